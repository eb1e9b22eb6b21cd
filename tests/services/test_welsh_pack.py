"""Circulation and invitation packs in Welsh: for a case on the Welsh profile every document of the
pack, the covering email, the address page, the hand delivery sheet and the password list are in
Welsh, or in Welsh and English (the default where nobody chose); what people wrote stays as
written; who receives what is exactly as in English (the excluded parent still gets only their
summary); the subject carries the case reference only; a case on the English profile is refused
Welsh, with the field named and nothing written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from lpdesk.domain import (
    Attendance,
    Case,
    CirculationItem,
    DocumentKind,
    InvalidInput,
    Meeting,
    Membership,
    Person,
)
from lpdesk.services.circulation import produce_pack
from lpdesk.services.context import ServiceContext
from lpdesk.services.invitations import invitation_pack
from lpdesk.services.meetings import convene_meeting
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import (
    SUMMARY,
    eml_parts,
    file_text,
    make_leaky,
    normalised,
    pdf_everything,
)

demo = fixtures.demo

pytestmark = pytest.mark.sqlite_only("the words do not depend on the database backend")

# (Welsh, English) words each kind of pack document must carry
MINUTES = (("Manylion y cyfarfod", "Meeting details"), ("Enw a rôl", "Name and role"))
SUMMARY_LETTER = (
    ("Beth a drafodwyd ac a benderfynwyd", "What was discussed and decided"),
    ("Os oes gennych unrhyw gwestiynau, cysylltwch â mi.", "If you have any questions"),
    ("Yn gywir,", "Yours sincerely,"),
)
PLAN = (("Cynllun wrth gefn", "Contingency plan"),)
_LINE = re.compile(
    r"^(?:derbynnydd|recipient)(?: / recipient)? (\d+)  (.+?)  .*"
    r"(?:cyfrinair|password)(?: / password)? (\S+)  \("
)


def _welsh_case(store: Store, meeting_id: int) -> tuple[int, set[int]]:
    """Move the meeting's case to the Welsh profile: its id and its excluded parents."""
    with store.unit_of_work() as uow:
        case = uow.repo(Case).get(uow.repo(Meeting).get(meeting_id).case_id)
        uow.repo(Case).update(replace(case, profile_id="wales_cp"))
        excluded = {m.person_id for m in uow.repo(Membership).find(case_id=case.id, excluded=True)}
    return case.id or 0, excluded


def _secrets(path: Path, store: Store) -> dict[int, tuple[int, str]]:
    with store.unit_of_work() as uow:
        ids = {p.name: p.id or 0 for p in uow.repo(Person).find()}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _LINE.match(line):
            found[ids[match[2]]] = (int(match[1]), match[3])
    return found


def _read(paths: list[Path], password: str) -> Iterator[tuple[str, str]]:
    """(name of the document, its text) for each document in a recipient's files."""
    for path in paths:
        if path.suffix == ".eml":
            _, text, attachments = eml_parts(path)
            yield path.name, text
            for name, data in attachments:
                yield name, file_text(name, data, password)
        else:
            yield path.name, file_text(path.name, path.read_bytes(), password)


def _check(text: str, pairs: tuple[tuple[str, str], ...], language: str, where: str) -> None:
    flat = normalised(text)
    for welsh, english in pairs:
        assert welsh in flat, f"{welsh!r} missing from {where}"
        if language == "cy":
            assert english not in flat, (
                f"{english!r} in the Welsh {where}: {flat[max(0, flat.find(english) - 150) : flat.find(english) + 80]!r}"
            )
        else:
            assert english in flat, f"{english!r} missing from the bilingual {where}"


def _pack_meeting(store: Store) -> tuple[int, int, set[int]]:
    leaky = make_leaky(store)
    for meeting_id in leaky.meetings:
        case_id, excluded = _welsh_case(store, meeting_id)
        if excluded:
            return meeting_id, case_id, excluded
    raise AssertionError("the demo has an excluded parent")


def _who_gets_what(store: Store, meeting_id: int) -> set[tuple[int, DocumentKind, str]]:
    with store.unit_of_work() as uow:
        from lpdesk.domain import GeneratedDocument

        docs = {d.id: d for d in uow.repo(GeneratedDocument).find()}
        return {
            (i.recipient_person_id, docs[i.document_id].kind, docs[i.document_id].fmt)
            for i in uow.repo(CirculationItem).find(meeting_id=meeting_id)
            if i.document_id is not None
        }


@pytest.mark.parametrize("language", ["cy", "both"])
def test_a_files_pack_in_welsh(
    store: Store, demo: ServiceContext, tmp_path: Path, language: str
) -> None:
    meeting_id, _case_id, excluded = _pack_meeting(store)
    summary = produce_pack(
        demo, meeting_id=meeting_id, out_dir=tmp_path / "pack", channel="files", language=language
    )
    assert summary.password_list_path is not None
    listing = summary.password_list_path.read_text(encoding="utf-8")
    assert "Cyfrineiriau ar gyfer pecyn dosbarthu" in listing
    assert ("Passwords for the circulation pack" in listing) is (language == "both")
    secrets = _secrets(summary.password_list_path, store)
    assert set(secrets) == {i.person_id for i in summary.items}
    kinds_of = {p: {i.kind for i in summary.items if i.person_id == p} for p in secrets}
    for parent in excluded:  # the excluded parent gets their summary, and nothing else
        assert kinds_of[parent] == {DocumentKind.EXCLUDED_PARENT_SUMMARY}
    seen: set[DocumentKind] = set()
    for person_id, (number, password) in secrets.items():
        mine = [p for p in summary.files if f"_r{number:02d}" in p.name]
        for name, text in _read(mine, password):
            if "_minutes." in name:
                _check(text, MINUTES, language, name)
                seen.add(DocumentKind.MINUTES)
            elif "_excluded_parent_summary." in name:
                assert person_id in excluded
                _check(text, SUMMARY_LETTER, language, name)
                assert normalised(SUMMARY) in normalised(text)  # as the lead professional wrote
                assert "Annwyl" in text
                assert ("Dear " in text) is (language == "both")
                seen.add(DocumentKind.EXCLUDED_PARENT_SUMMARY)
            elif "_plan." in name:
                _check(text, PLAN, language, name)
                seen.add(DocumentKind.PLAN)
    assert {DocumentKind.MINUTES, DocumentKind.PLAN, DocumentKind.EXCLUDED_PARENT_SUMMARY} <= seen


def test_the_same_people_get_the_same_documents_in_welsh(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    """The recipients and what each receives are the plan the final check shows, in any
    language: exactly as in English."""
    from lpdesk.services.circulation import preview

    meeting_id, _case_id, excluded = _pack_meeting(store)
    check = preview(demo, meeting_id=meeting_id)
    planned = {
        (r.person_id, d.kind, fmt)
        for r in check.recipients
        if not r.problems
        for d in r.documents
        for fmt in d.formats
    }
    summary = produce_pack(
        demo, meeting_id=meeting_id, out_dir=tmp_path / "cy", channel="files", language="cy"
    )
    assert {(i.person_id, i.kind, i.fmt) for i in summary.items} == planned
    assert _who_gets_what(store, meeting_id) == planned
    for parent in excluded:
        assert {k for p, k, _ in planned if p == parent} == {DocumentKind.EXCLUDED_PARENT_SUMMARY}


def test_an_email_pack_in_both_languages_by_default(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    meeting_id, case_id, _excluded = _pack_meeting(store)
    summary = produce_pack(demo, meeting_id=meeting_id, out_dir=tmp_path / "eml", channel="eml")
    with store.unit_of_work() as uow:
        reference = uow.repo(Case).get(case_id).reference
        names = [p.name for p in uow.repo(Person).find()]
    drafts = sorted({p for p in summary.files if p.suffix == ".eml"})
    assert drafts
    for path in drafts:
        msg, text, _ = eml_parts(path)
        assert msg["Subject"] == f"Dogfennau'r grŵp craidd / Core group documents: {reference}"
        assert not any(part in msg["Subject"] for n in names for part in n.split() if len(part) > 3)
        assert "Mae'r atodiadau wedi'u diogelu gan gyfrinair." in text
        assert "The attachments are protected by a password." in text
        assert text.index("Mae'r atodiadau") < text.index("The attachments")  # Welsh first


def test_post_and_hand_papers_in_welsh(store: Store, demo: ServiceContext, tmp_path: Path) -> None:
    """The address page and the hand delivery sheet in Welsh (each recipient reached by their own
    channel; email recipients left out with a reason)."""
    meeting_id, _case_id, _excluded = _pack_meeting(store)
    from lpdesk.domain import Channel
    from lpdesk.services.circulation import preview

    check = preview(demo, meeting_id=meeting_id)
    by_hand_or_post = [r for r in check.recipients if r.channel in (Channel.POST, Channel.HAND)]
    assert by_hand_or_post
    with store.unit_of_work() as uow:
        for recipient in check.recipients:
            if recipient.channel is Channel.EMAIL:
                continue
            person = uow.repo(Person).get(recipient.person_id)
            if not person.address.strip() or person.address_withheld:
                uow.repo(Person).update(
                    replace(
                        person,
                        address="1 Heol y Dderwen\nCaerdydd\nCF10 1AA",
                        address_withheld=False,
                    )
                )
    summary = produce_pack(
        demo,
        meeting_id=meeting_id,
        out_dir=tmp_path / "own",
        channel="own",
        language="cy",
        left_out={
            r.person_id: "reached by email this time"
            for r in check.recipients
            if r.channel is Channel.EMAIL
        },
    )
    assert summary.password_list_path is not None
    secrets = _secrets(summary.password_list_path, store)
    posted = [p for p in summary.files if p.name.endswith("_post.pdf")]
    handed = [p for p in summary.files if p.name.endswith("_hand_delivery.pdf")]
    assert posted or handed
    for path in posted:
        number = int(re.search(r"_r(\d+)_post", path.name)[1])  # type: ignore[index]
        password = next(pw for n, pw in secrets.values() if n == number)
        text = normalised(pdf_everything(path.read_bytes(), password))
        assert "Ein cyfeirnod:" in text and "Our reference" not in text
        assert "PREIFAT A CHYFRINACHOL" in text and "PRIVATE AND CONFIDENTIAL" not in text
        assert re.search(
            r"\d\d (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}",
            text,
        )
    for path in handed:
        text = normalised(pdf_everything(path.read_bytes()))
        assert "Taflen danfon â llaw" in text and "Hand delivery sheet" not in text
        assert "Dyddiad ei roi" in text and "Date handed" not in text
        assert "Dogfennau i'w rhoi'n bersonol" in text


def test_an_english_case_is_refused_a_welsh_pack(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    leaky = make_leaky(store)
    out = tmp_path / "refused"
    with pytest.raises(InvalidInput) as refused:
        produce_pack(
            demo, meeting_id=leaky.meetings[0], out_dir=out, channel="files", language="cy"
        )
    assert refused.value.problems[0].field == "language"
    assert not out.exists() or not any(out.iterdir())
    with store.unit_of_work() as uow:
        assert uow.repo(CirculationItem).find(meeting_id=leaky.meetings[0]) == []


def test_invitations_in_welsh(store: Store, demo: ServiceContext, tmp_path: Path) -> None:
    """The invitation letters, the guide for families and the covering emails in Welsh."""
    with store.unit_of_work() as uow:
        case = uow.repo(Case).get(2)
        uow.repo(Case).update(replace(case, profile_id="wales_cp"))
    meeting = convene_meeting(
        demo,
        case_id=2,
        scheduled_at=datetime(2027, 1, 12, 10, 0),
        venue="Family centre, Quay Road",
        chair_person_id=2,
        minute_taker_person_id=4,
    )
    with store.unit_of_work() as uow:
        invited = [a.person_id for a in uow.repo(Attendance).find(meeting_id=meeting.id)]
    pack = invitation_pack(
        demo, meeting_id=meeting.id or 0, out_dir=tmp_path / "inv", language="cy"
    )
    listing = pack.password_list_path.read_text(encoding="utf-8")
    assert "Cyfrineiriau ar gyfer y llythyrau gwahodd" in listing
    secrets = {
        int(line.split()[1]): line.split()[3]
        for line in listing.splitlines()
        if line.startswith("gwahoddedig")
    }
    assert len(secrets) == len(invited)
    for number, sent in enumerate(pack.invitees, start=1):
        assert sent.letter is not None
        text = normalised(pdf_everything(sent.letter.read_bytes(), secrets[number]))
        assert "Fe'ch gwahoddir i gyfarfod y grŵp craidd" in text
        assert "ddydd Mawrth 12 Ionawr 2027 am 10:00" in text
        assert "Lleoliad: Family centre, Quay Road." in text  # the venue as written
        assert "Yn gywir," in text
        for english in ("You are invited", "Yours sincerely", "Dear ", "January"):
            assert english not in text
        guide = sent.letter.with_name(sent.letter.name.replace("_invitation.pdf", "_guide.pdf"))
        if guide.exists():
            words = normalised(pdf_everything(guide.read_bytes(), secrets[number]))
            assert "Beth yw'r grŵp craidd?" in words
            assert "Os nad ydych yn cytuno" in words
            assert "If you do not agree" not in words and "The group meets" not in words
        if sent.email is not None:
            msg, body, _ = eml_parts(sent.email)
            assert msg["Subject"].startswith("Dogfennau'r grŵp craidd: ")
            assert "Fe'ch gwahoddir i gyfarfod y grŵp craidd ar Maw 12 Ion 2027 10:00" in body
            assert "You are invited" not in body
        if sent.calendar is not None:
            calendar = sent.calendar.read_text(encoding="utf-8")
            assert "SUMMARY:Cyfarfod y grŵp craidd CP-2026-" in calendar
