"""A user's own photo for children's plans: kept as a small JPEG with no metadata (no location),
refused naming "photo" when it is not a PNG or JPEG picture or is too large, removed on request;
every change audited. On SQLite and PostgreSQL."""

from __future__ import annotations

import io

import pytest
from PIL import Image, PngImagePlugin

from lpdesk.domain import AuditEvent, InvalidInput, Person, PersonPhoto
from lpdesk.services.photos import MAX_BYTES, my_photo, set_my_photo
from tests.services.conftest import make_ctx

GPS_NOTE = "GPSLatitude 51.4816 North"  # fictional


def png_with_metadata(width: int = 1200, height: int = 800) -> bytes:
    picture = Image.new("RGB", (width, height), (40, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "Fictional Camera Co"  # Make
    exif[0x0132] = "2026:12:01 10:00:00"  # DateTime
    text = PngImagePlugin.PngInfo()
    text.add_text("Location", GPS_NOTE)
    out = io.BytesIO()
    picture.save(out, format="PNG", exif=exif, pnginfo=text)
    return out.getvalue()


@pytest.fixture
def me(store, clock):
    with store.unit_of_work() as uow:
        person = uow.repo(Person).add(Person(name="Lee Fictional", job_title="Social worker"))
    return make_ctx(store, clock, person_id=person.id, username="lee.lp")


def _stored(store) -> list[PersonPhoto]:
    with store.unit_of_work() as uow:
        return uow.repo(PersonPhoto).find()


def test_a_png_with_metadata_is_kept_as_a_small_jpeg_without_it(store, me):
    original = png_with_metadata()
    assert b"Fictional Camera Co" in original and GPS_NOTE.encode() in original
    saved = set_my_photo(me, data=original)
    assert saved is not None and saved.content_type == "image/jpeg"
    (stored,) = _stored(store)
    assert stored.person_id == me.actor.person_id and stored.data == saved.data
    assert stored.data.startswith(b"\xff\xd8\xff")
    assert b"Fictional Camera Co" not in stored.data and GPS_NOTE.encode() not in stored.data
    assert b"Exif" not in stored.data
    with Image.open(io.BytesIO(stored.data)) as kept:
        assert kept.format == "JPEG" and kept.size == (600, 400)
        assert not kept.getexif() and "Location" not in kept.info
    assert my_photo(me) == stored
    with store.unit_of_work() as uow:
        (event,) = uow.repo(AuditEvent).find(action="person.photo_set")
    assert event.entity_id == me.actor.person_id and "Lee" not in event.detail


def test_a_text_file_is_refused_naming_the_photo_and_nothing_is_written(store, me):
    with pytest.raises(InvalidInput) as refused:
        set_my_photo(me, data=b"Dear diary, this is not a picture.\n")
    (problem,) = refused.value.problems
    assert problem.field == "photo" and "PNG or JPEG" in problem.message
    # a file that starts like a PNG but is not one
    with pytest.raises(InvalidInput, match="cannot be read") as damaged:
        set_my_photo(me, data=b"\x89PNG\r\n\x1a\n" + b"nothing more")
    assert damaged.value.problems[0].field == "photo"
    assert _stored(store) == [] and my_photo(me) is None


def test_a_file_over_2_mb_is_refused(store, me):
    too_big = b"\xff\xd8\xff" + b"\0" * MAX_BYTES
    with pytest.raises(InvalidInput, match="larger than 2 MB") as refused:
        set_my_photo(me, data=too_big)
    assert refused.value.problems[0].field == "photo"
    # a small file that would unpack to a huge picture
    out = io.BytesIO()
    Image.new("1", (8000, 6000), 1).save(out, format="PNG")
    assert len(out.getvalue()) < MAX_BYTES
    with pytest.raises(InvalidInput, match="over 40 megapixels"):
        set_my_photo(me, data=out.getvalue())
    assert _stored(store) == []


def test_a_new_photo_replaces_the_old_and_remove_removes_it(store, me):
    first = set_my_photo(me, data=png_with_metadata())
    second = set_my_photo(me, data=png_with_metadata(300, 500))
    assert first is not None and second is not None and second.id == first.id
    (stored,) = _stored(store)
    with Image.open(io.BytesIO(stored.data)) as kept:
        assert kept.size == (300, 500)  # small photos are not enlarged
    assert set_my_photo(me, data=None) is None
    assert _stored(store) == [] and my_photo(me) is None
    with store.unit_of_work() as uow:
        actions = [e.action for e in uow.repo(AuditEvent).find()]
    assert actions.count("person.photo_set") == 2 and actions.count("person.photo_removed") == 1


def test_an_account_with_no_person_cannot_have_a_photo(store, clock):
    nobody = make_ctx(store, clock, person_id=None)
    with pytest.raises(InvalidInput) as refused:
        set_my_photo(nobody, data=png_with_metadata())
    assert refused.value.problems[0].field == "photo"
    assert my_photo(nobody) is None and _stored(store) == []
