"""Documents in Welsh: a case on the Welsh profile has its minutes and plan rendered in Welsh
(Word and PDF), or with every label in Welsh and English; what people wrote stays as written; a
case on the English profile is refused Welsh, with the field named and nothing recorded."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest

from lpdesk.domain import (
    Case,
    DocumentKind,
    GeneratedDocument,
    InvalidInput,
    Meeting,
    MeetingStatus,
)
from lpdesk.services.context import ServiceContext
from lpdesk.services.profiles import shared_provider
from lpdesk.services.rendering import document_languages, render_document
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import (
    approve_directly,
    docx_everything,
    pdf_everything,
)

demo = fixtures.demo

WELSH_HEADINGS = (
    "Cofnod cyfarfod y grŵp craidd",  # the title: core group meeting record
    "Manylion y cyfarfod",  # meeting details
    "Presenoldeb",  # attendance
    "Llais y plentyn",  # the child's voice
    "Barn y rhieni a'r gofalwyr",  # parents' and carers' views
    "Cyfeirnod yr achos",  # case reference
    "Cadeirydd",  # chair
    "Yn bresennol",  # present
)
ENGLISH_HEADINGS = ("Meeting details", "The child's voice", "Case reference", "Name and role")
WRITTEN = "Roedd Yusuf yn hapus yn yr ysgol on 6 January 2027, and showed us Neglect (a game)."


def _welsh_meeting(store: Store) -> Meeting:
    """A held core group of the demo moved to the Welsh profile, approved with written answers."""
    with store.unit_of_work() as uow:
        meeting = next(
            m
            for m in uow.repo(Meeting).find()
            if m.status is not MeetingStatus.CONVENED
            and uow.repo(Case).get(m.case_id).profile_id == "england_cp"
        )
        case = uow.repo(Case).get(meeting.case_id)
        uow.repo(Case).update(replace(case, profile_id="wales_cp"))
    answers = dict(meeting.answers)
    answers["voice"] = {"wishes": WRITTEN}
    return approve_directly(store, meeting.id or 0, answers)


@pytest.mark.sqlite_only("the words do not depend on the database backend")
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_minutes_in_welsh(store: Store, demo: ServiceContext, fmt: str) -> None:
    meeting = _welsh_meeting(store)
    file = render_document(
        demo, kind=DocumentKind.MINUTES, record_id=meeting.id or 0, fmt=fmt, language="cy"
    )
    text = docx_everything(file.data) if fmt == "docx" else pdf_everything(file.data)
    flat = " ".join(text.split())
    for heading in WELSH_HEADINGS:
        assert heading in flat, heading
    for heading in ENGLISH_HEADINGS:
        assert heading not in flat, heading
    assert WRITTEN in flat  # what the minute taker wrote is never translated
    assert "(9 oed)" in flat and "(age 9)" not in flat  # a child's age
    assert "Llofnod:" in flat and "Signed:" not in flat  # beside each place to sign
    assert "Tudalen" in flat and "Page " not in flat  # the footer's page number
    assert "cy" in file.filename  # a Welsh copy does not overwrite the English one
    if fmt == "docx":
        import docx

        assert docx.Document(io.BytesIO(file.data)).core_properties.language == "cy-GB"
    with store.unit_of_work() as uow:
        stored = uow.repo(GeneratedDocument).find()
    assert [(d.kind, d.fmt, d.filename) for d in stored] == [
        (DocumentKind.MINUTES, fmt, file.filename)
    ]


@pytest.mark.sqlite_only("the words do not depend on the database backend")
def test_minutes_in_both_languages_and_the_plan_in_welsh(
    store: Store, demo: ServiceContext
) -> None:
    meeting = _welsh_meeting(store)
    both = render_document(
        demo, kind=DocumentKind.MINUTES, record_id=meeting.id or 0, fmt="docx", language="both"
    )
    flat = " ".join(docx_everything(both.data).split())
    assert "Manylion y cyfarfod / Meeting details" in flat
    assert "Presenoldeb / Attendance" in flat
    assert WRITTEN in flat
    plan = render_document(
        demo, kind=DocumentKind.PLAN, record_id=meeting.case_id, fmt="pdf", language="cy"
    )
    words = " ".join(pdf_everything(plan.data).split())
    assert "Cynllun amddiffyn plant" in words
    assert "Cynllun wrth gefn" in words  # contingency plan
    assert "Contingency plan" not in words


@pytest.mark.sqlite_only("the words do not depend on the database backend")
def test_welsh_is_offered_only_where_the_profile_has_it(store: Store, demo: ServiceContext) -> None:
    provider = shared_provider()
    assert document_languages(provider.profile("wales_cp")) == ("cy", "en", "both")
    assert document_languages(provider.profile("england_cp")) == ("en",)
    with store.unit_of_work() as uow:
        meeting = next(
            m
            for m in uow.repo(Meeting).find()
            if m.status is not MeetingStatus.CONVENED
            and uow.repo(Case).get(m.case_id).profile_id == "england_cp"
        )
    with pytest.raises(InvalidInput) as refused:
        render_document(
            demo, kind=DocumentKind.MINUTES, record_id=meeting.id or 0, fmt="pdf", language="cy"
        )
    assert refused.value.problems[0].field == "language"
    assert "English" in refused.value.problems[0].message
    with store.unit_of_work() as uow:
        assert uow.repo(GeneratedDocument).find() == []


_MADE_WELSH = re.compile(
    r"^(Canlyniad \d+: |Beth rydyn ni eisiau: |\w+: beth rydyn ni eisiau, |DRAFFT)"
)


@pytest.mark.sqlite_only("the words do not depend on the database backend")
def test_the_labels_of_every_document_kind_are_in_welsh(store: Store, demo: ServiceContext) -> None:
    """Every title, heading, row label, column header and signature label of every kind of
    document the demo's records make, in Welsh: a label added in English with no Welsh fails."""
    from lpdesk.documents.language import in_language
    from lpdesk.documents.tree import FieldTable, Heading, SignatureBlock, Table
    from lpdesk.documents.welsh import WELSH
    from lpdesk.services.rendering import assemble, inputs_for
    from tests.services.test_rendering import _add_plan_versions, _jobs

    _add_plan_versions(store)
    welsh = set(WELSH.values())
    inputs = inputs_for(demo)
    kinds, english = set(), set()
    for _case_id, kind, record_id, person in _jobs(store):
        built = assemble(demo, inputs, kind=kind, record_id=record_id, person_id=person)
        doc = in_language(built.tree(None), "cy")
        labels = [doc.meta.title]
        for block in doc.blocks:
            match block:
                case Heading():
                    labels.append(block.text)
                case FieldTable():
                    labels += [label for label, _value in block.rows]
                case Table():
                    labels += list(block.header)
                case SignatureBlock():
                    labels += list(block.labels)
        english |= {t for t in labels if t not in welsh and not _MADE_WELSH.match(t)}
        kinds.add(kind)
    assert len(kinds) == 10  # every kind but the team's compliance report
    assert english == set()


@pytest.mark.sqlite_only("the words do not depend on the database backend")
def test_the_running_text_of_the_letters_and_the_guide_is_in_welsh(
    store: Store, demo: ServiceContext
) -> None:
    """Every sentence lpdesk writes in an invitation, a summary for an excluded parent and the
    guide for families, for every record of the demo, is in Welsh: only what people wrote (the
    address block, the summary the lead professional wrote) stays as it was."""
    from lpdesk.documents.language import in_language
    from lpdesk.documents.tree import Paragraph
    from lpdesk.services.rendering import assemble, inputs_for
    from tests.services.test_circulation_fixtures import SUMMARY, write_summaries
    from tests.services.test_rendering import _jobs

    with store.unit_of_work() as uow:
        meeting_ids = [m.id or 0 for m in uow.repo(Meeting).find()]
    write_summaries(store, meeting_ids)
    letters = (
        DocumentKind.INVITATION,
        DocumentKind.EXCLUDED_PARENT_SUMMARY,
        DocumentKind.FAMILY_GUIDE,
    )
    inputs = inputs_for(demo)
    english: set[str] = set()
    kinds = set()
    for _case_id, kind, record_id, person in _jobs(store):
        if kind not in letters:
            continue
        built = assemble(demo, inputs, kind=kind, record_id=record_id, person_id=person).tree(None)
        welsh = in_language(built, "cy")
        assert len(welsh.blocks) == len(built.blocks)
        for i, (cy, en) in enumerate(zip(welsh.blocks, built.blocks, strict=True)):
            if not isinstance(en, Paragraph) or cy != en:
                continue
            text = "".join(r.text for r in en.runs)
            if (i == 0 and kind is not DocumentKind.FAMILY_GUIDE) or text in SUMMARY:
                continue  # the address block; what the lead professional wrote
            english.add(text)
        kinds.add(kind)
        assert "Guide" not in welsh.meta.title and "Invitation" not in welsh.meta.title
    assert kinds == set(letters)
    assert english == set()


@pytest.mark.sqlite_only("the words do not depend on the database backend")
def test_my_plan_speaks_to_the_child_in_welsh(store: Store, demo: ServiceContext) -> None:
    """The child's own plan: every sentence lpdesk writes in Welsh (in the familiar "ti"); the
    outcomes and the child's words as written."""
    from lpdesk.documents.language import in_language
    from lpdesk.documents.tree import Paragraph
    from lpdesk.services.rendering import assemble, inputs_for
    from tests.services.test_rendering import _jobs

    inputs = inputs_for(demo)
    text = []
    for _case_id, kind, record_id, person in _jobs(store):
        if kind is DocumentKind.CHILD_PLAN:
            built = assemble(demo, inputs, kind=kind, record_id=record_id, person_id=person)
            for block in in_language(built.tree(None), "cy").blocks:
                if isinstance(block, Paragraph):
                    text.append("".join(r.text for r in block.runs))
    flat = "\n".join(text)
    for welsh in (
        "Mae'r cynllun hwn ar gyfer ",
        "Mae'r oedolion sy'n dy helpu di",
        "yw'r person sy'n gwneud yn siŵr bod y cynllun hwn yn digwydd.",
        "Gelli di ffonio ",
        "Gelli di anfon e-bost at ",
        "Bydd ",
    ):
        assert welsh in flat, welsh
    for english in (
        "This plan is for",
        "The grown-ups",
        "is the person who makes sure",
        "You can phone",
        "You can email",
        "will help:",
        "You can also talk",
    ):
        assert english not in flat, english
