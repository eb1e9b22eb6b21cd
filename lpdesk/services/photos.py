"""A person's own photo, printed beside their name under "Who you can talk to" on a child's own
plan ("My plan"). Each user sets or removes only their own; the file is checked (PNG or JPEG, at
most 2 MB) and re-encoded before it is kept, every change audited."""

from __future__ import annotations

import dataclasses
import io

from PIL import Image, ImageOps, UnidentifiedImageError

from lpdesk.domain import InvalidInput, PersonPhoto
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "LONGEST_SIDE",
    "MAX_BYTES",
    "MAX_PIXELS",
    "clean_photo",
    "my_photo",
    "photo_of",
    "set_my_photo",
]

MAX_BYTES = 2 * 1024 * 1024
LONGEST_SIDE = 600  # pixels: plenty for about 3 cm on paper
MAX_PIXELS = 40_000_000  # a small file may still unpack to a huge picture: refused before it does
_PNG, _JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"


def _person_id(ctx: ServiceContext) -> int:
    if ctx.actor.person_id is None:
        raise InvalidInput.one(
            "photo", "your account is not linked to a person, so it cannot have a photo"
        )
    return ctx.actor.person_id


def clean_photo(data: bytes) -> bytes:
    """The photo as a new JPEG at most ``LONGEST_SIDE`` pixels on its long side; refused with a
    problem naming "photo" unless it is a PNG or JPEG picture of at most 2 MB.

    The picture is redrawn into a new, empty image before it is saved, so nothing but the pixels
    survives: no EXIF data (the GPS location where it was taken, the camera, the date), no
    comments and no colour profile."""
    if not data:
        raise InvalidInput.one("photo", "the file is empty")
    if len(data) > MAX_BYTES:
        raise InvalidInput.one("photo", "the file is larger than 2 MB: choose a smaller photo")
    if not data.startswith((_PNG, _JPEG)):
        raise InvalidInput.one("photo", "the file is not a photo: choose a PNG or JPEG picture")
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format not in ("PNG", "JPEG"):
                raise InvalidInput.one("photo", "choose a PNG or JPEG picture")
            if opened.width * opened.height > MAX_PIXELS:
                raise InvalidInput.one(
                    "photo", "the picture is too big (over 40 megapixels): choose a smaller one"
                )
            upright = ImageOps.exif_transpose(opened)  # a phone's "turned" photo the right way up
            picture = upright.convert("RGBA")
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        raise InvalidInput.one(
            "photo", "the picture cannot be read: it may be damaged, choose another"
        ) from None
    picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
    clean = Image.new("RGB", picture.size, "white")  # a new image: no metadata carried over
    clean.paste(picture, mask=picture.getchannel("A"))
    out = io.BytesIO()
    clean.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue()


def photo_of(uow: UnitOfWork, person_id: int | None) -> bytes | None:
    """The stored photo of a person, if they have one (for the documents that print it)."""
    if person_id is None:
        return None
    found = uow.repo(PersonPhoto).find(person_id=person_id)
    return found[0].data if found else None


def my_photo(ctx: ServiceContext) -> PersonPhoto | None:
    """The acting user's own photo, or None."""
    if ctx.actor.person_id is None:
        return None
    with ctx.uow() as uow:
        found = uow.repo(PersonPhoto).find(person_id=ctx.actor.person_id)
    return found[0] if found else None


def set_my_photo(ctx: ServiceContext, *, data: bytes | None) -> PersonPhoto | None:
    """Keep ``data`` (a PNG or JPEG file's bytes) as the acting user's photo, re-encoded by
    ``clean_photo``; None removes it. Audited with the person's id, never the picture."""
    person_id = _person_id(ctx)
    cleaned = clean_photo(data) if data is not None else None
    with ctx.uow() as uow:
        repo = uow.repo(PersonPhoto)
        found = repo.find(person_id=person_id)
        if cleaned is None:
            if found and found[0].id is not None:
                repo.delete(found[0].id)
                record(uow, ctx, "person.photo_removed", "person", person_id)
            return None
        photo = PersonPhoto(person_id=person_id, data=cleaned, content_type="image/jpeg")
        if found:
            saved = repo.update(dataclasses.replace(photo, id=found[0].id))
        else:
            saved = repo.add(photo)
        record(uow, ctx, "person.photo_set", "person", person_id, f"bytes={len(cleaned)}")
    return saved
