"""Documents that fit their reader, read back as the reader gets them (pdftotext and Word): a GIRFEC
review reads as a GIRFEC child's plan review and an Early Help review as an Early Help review;
every document names the lead professional and how to reach them; "My plan" speaks to the child
in the child's words, with their own wishes, in large type in both formats."""

from __future__ import annotations

import io
import subprocess
from datetime import date, datetime, timedelta

import pytest

from lpdesk.domain import (
    Attendance,
    Case,
    Child,
    DocumentKind,
    LeadAssignment,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Person,
    Plan,
    Visit,
)
from lpdesk.services.context import ServiceContext
from lpdesk.services.plans.outcomes_and_actions import add_action, add_outcome
from lpdesk.services.rendering import render_document
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import docx_everything

demo = fixtures.demo

SHANARRI = ("Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible",
            "Included")  # fmt: skip


def _pdf_text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def _word_text(data: bytes) -> str:
    return " ".join(docx_everything(data).split())


def _both(ctx: ServiceContext, kind: DocumentKind, record_id: int, person_id: int | None = None):  # type: ignore[no-untyped-def]
    pdf = render_document(ctx, kind=kind, record_id=record_id, fmt="pdf", person_id=person_id)
    word = render_document(ctx, kind=kind, record_id=record_id, fmt="docx", person_id=person_id)
    return _pdf_text(pdf.data), _word_text(word.data), word.data


def _case(store: Store, reference: str) -> tuple[int, int, int]:
    """(case id, child id, lead professional's person id)."""
    with store.unit_of_work() as uow:
        case = uow.repo(Case).find(reference=reference)[0]
        child = uow.repo(Child).find(case_id=case.id)[0]
        lead = [a for a in uow.repo(LeadAssignment).find(case_id=case.id) if a.ended_on is None]
        return case.id or 0, child.id or 0, lead[-1].person_id


def _add_meeting(
    store: Store,
    case_id: int,
    form_id: str,
    answers: dict[str, object],
    status: MeetingStatus = MeetingStatus.HELD,
    when: datetime = datetime(2026, 12, 14, 10, 0),
) -> int:
    with store.unit_of_work() as uow:
        members = uow.repo(Membership).find(case_id=case_id)
        meeting = uow.repo(Meeting).add(
            Meeting(
                case_id=case_id,
                number=1,
                scheduled_at=when,
                venue="Glenmuir Primary School",
                status=status,
                form_id=form_id,
                form_version=1,
                answers=answers,
                next_meeting_on=date(2027, 3, 8),
                held_on=when.date(),
                approved_by="Fictional Chair" if status is MeetingStatus.APPROVED else "",
                approved_at=when + timedelta(hours=4) if status is MeetingStatus.APPROVED else None,
            )
        )
        for m in members:
            uow.repo(Attendance).add(Attendance(meeting_id=meeting.id or 0, person_id=m.person_id))
        return meeting.id or 0


GIRFEC_ANSWERS: dict[str, object] = {
    "meeting": {"purpose": "Review Ciorstaidh's child's plan."},
    "voice": {"views": "I want to go to swimming club with my friend."},
    "healthy": {"needs": "Dental and eye checks are overdue."},
}


@pytest.mark.sqlite_only("the renderers do not depend on the database backend")
def test_a_girfec_review_reads_as_a_girfec_childs_plan_review(
    store: Store, demo: ServiceContext
) -> None:
    case_id, _, _ = _case(store, "GM-2026-0033")
    meeting_id = _add_meeting(store, case_id, "girfec_child_plan_review", GIRFEC_ANSWERS)
    pdf, word, _ = _both(demo, DocumentKind.MINUTES, meeting_id)
    for text in (pdf, word):
        assert "Child's plan review" in text
        assert "Core group" not in text and "core group" not in text
        assert "Plan category" not in text and "Review conference" not in text
        assert "Named lead professional Mòrag NicLeòid" in text
        assert "Child's plan review meeting 1" in text
        assert "Next review of the child's plan 8 March 2027" in text
        for indicator in SHANARRI:
            assert indicator in text
        assert "Dental and eye checks are overdue." in text
    # the headings are the eight indicators, in order
    positions = [pdf.index(f" {name} ") for name in SHANARRI]
    assert positions == sorted(positions)
    # the child's plan itself, likewise
    pdf, word, _ = _both(demo, DocumentKind.PLAN, case_id)
    for text in (pdf, word):
        assert "Child's plan" in text and "Wellbeing needs (SHANARRI)" in text
        assert "Plan category" not in text and "Named lead professional" in text


@pytest.mark.sqlite_only("the renderers do not depend on the database backend")
def test_an_early_help_review_reads_as_an_early_help_review(
    store: Store, demo: ServiceContext
) -> None:
    case_id, _, _ = _case(store, "EH-2026-0088")
    answers = {"meeting": {"purpose": "Review the family's Early Help plan."}}
    meeting_id = _add_meeting(store, case_id, "early_help_review", answers)
    pdf, word, _ = _both(demo, DocumentKind.MINUTES, meeting_id)
    for text in (pdf, word):
        assert "Early Help review" in text
        assert "Team around the family meeting 1" in text
        assert "Core group" not in text and "Plan category" not in text
        assert "Review conference" not in text
        assert "Lead professional Siobhán Ní Bhriain" in text


@pytest.mark.sqlite_only("the renderers do not depend on the database backend")
def test_every_document_names_the_lead_professional_and_how_to_reach_them(
    store: Store, demo: ServiceContext
) -> None:
    case_id, child_id, lead_id = _case(store, "GM-2026-0033")
    meeting_id = _add_meeting(store, case_id, "girfec_child_plan_review", GIRFEC_ANSWERS)
    with store.unit_of_work() as uow:
        lead = uow.repo(Person).get(lead_id)
        parent = next(
            m.person_id
            for m in uow.repo(Membership).find(case_id=case_id)
            if m.role is MemberRole.PARENT
        )
        visit = uow.repo(Visit).add(
            Visit(
                case_id=case_id,
                child_id=child_id,
                visitor_person_id=lead_id,
                visited_at=datetime(2026, 12, 10, 15, 0),
                recorded_at=datetime(2026, 12, 10, 17, 0),
                spoke_with_child=True,
                seen_alone=True,
            )
        )
    assert lead.email
    jobs = [
        (DocumentKind.MINUTES, meeting_id, None),
        (DocumentKind.PLAN, case_id, None),
        (DocumentKind.CHILD_PLAN, child_id, None),
        (DocumentKind.INVITATION, meeting_id, parent),
        (DocumentKind.DISTRIBUTION_RECORD, meeting_id, None),
        (DocumentKind.VISIT_RECORD, visit.id or 0, None),
        (DocumentKind.FAMILY_GUIDE, case_id, None),
    ]
    for kind, record_id, person in jobs:
        pdf, word, _ = _both(demo, kind, record_id, person)
        for text in (pdf, word):
            assert lead.name in text, kind
            assert lead.email in text, kind


def _girfec_plan_with_childs_words(store: Store, demo: ServiceContext) -> tuple[int, int]:
    case_id, child_id, _ = _case(store, "GM-2026-0033")
    with store.unit_of_work() as uow:
        plan = uow.repo(Plan).find(case_id=case_id)[0]
        parent = next(
            m.person_id
            for m in uow.repo(Membership).find(case_id=case_id)
            if m.role is MemberRole.PARENT
        )
    outcome = add_outcome(
        demo,
        plan_id=plan.id or 0,
        description="Ciorstaidh takes part in an after-school activity of her choosing.",
        indicator="active",
        child_words="I go to a club after school that I picked.",
    ).value
    add_action(
        demo,
        plan_id=plan.id or 0,
        outcome_id=outcome.id,
        what="Enrol Ciorstaidh at the swimming club and arrange transport.",
        who_person_id=parent,
        by_when=date(2027, 1, 29),
        measure="Attendance at the club.",
        child_words="Mum will take me to swimming club on Tuesdays.",
    )
    return case_id, child_id


@pytest.mark.sqlite_only("the renderers do not depend on the database backend")
def test_my_plan_is_written_for_the_child(store: Store, demo: ServiceContext) -> None:
    import docx

    case_id, child_id = _girfec_plan_with_childs_words(store, demo)
    _add_meeting(store, case_id, "girfec_child_plan_review", GIRFEC_ANSWERS, MeetingStatus.APPROVED)
    pdf, word, word_bytes = _both(demo, DocumentKind.CHILD_PLAN, child_id)
    for text in (pdf, word):
        assert "My plan" in text and "This plan is for Ciorstaidh NicLeòid." in text
        # the child's words where the plan holds them, the plan's own wording otherwise
        assert "I go to a club after school that I picked." in text
        assert "Mum will take me to swimming club on Tuesdays." in text
        assert "Enrol Ciorstaidh" not in text
        assert "Ciorstaidh reads with confidence." in text
        # SHANARRI for a GIRFEC child's plan
        assert "Active: what we want, number 3" in text
        # the child's own wishes, from the approved review
        assert "What you told us" in text
        assert "I want to go to swimming club with my friend." in text
        # who to talk to, and how
        assert "Who you can talk to" in text
        assert "You can email Mòrag NicLeòid at m.nicleoid@glenmuir.example.sch.uk." in text
    # large type in Word too: the headings and title are bigger than their styles
    word_doc = docx.Document(io.BytesIO(word_bytes))
    headings = [p for p in word_doc.paragraphs if p.style.name.startswith("LP Heading")]
    title = next(p for p in word_doc.paragraphs if p.style.name == "LP Title")
    assert headings
    for paragraph in [title, *headings]:
        style_size = paragraph.style.font.size.pt
        assert all(run.font.size is not None for run in paragraph.runs)
        assert all(run.font.size.pt >= style_size * 1.5 for run in paragraph.runs)


@pytest.mark.sqlite_only("the renderers do not depend on the database backend")
def test_my_plan_leaves_out_a_draft_and_the_adults_observations(
    store: Store, demo: ServiceContext
) -> None:
    case_id, child_id, _ = _case(store, "GM-2026-0033")
    answers = {"voice": {"views": "A draft wish.", "presentation": "Quiet and watchful."}}
    _add_meeting(store, case_id, "girfec_child_plan_review", answers)  # held, not approved
    pdf, word, _ = _both(demo, DocumentKind.CHILD_PLAN, child_id)
    for text in (pdf, word):
        assert "A draft wish." not in text and "What you told us" not in text
        assert "Quiet and watchful." not in text


@pytest.mark.sqlite_only("the renderers do not depend on the database backend")
def test_the_family_guide_explains_the_core_group_in_plain_words(
    store: Store, demo: ServiceContext
) -> None:
    from lpdesk.services.settings import set_setting

    set_setting(demo, key="authority_name", value="Northvale Fictional Council")
    with store.unit_of_work() as uow:
        case = next(c for c in uow.repo(Case).find() if c.reference.startswith("CP-"))
    case_id, _, lead_id = _case(store, case.reference)
    with store.unit_of_work() as uow:
        lead = uow.repo(Person).get(lead_id)
    pdf, word, _ = _both(demo, DocumentKind.FAMILY_GUIDE, case_id)
    for text in (pdf, word):
        assert "About the core group: a guide for your family" in text
        assert "Northvale Fictional Council and other services are working with your family" in text
        for heading in (
            "What is the core group?",
            "What the lead professional does",
            "What you can expect",
            "If you do not agree",
        ):
            assert heading in text
        assert f"{lead.name} is your lead professional." in text
        assert "chair of the child protection conference" in text
        assert "make a complaint to Northvale Fictional Council" in text
        assert "Plan category" not in text and "_" not in text.split("Page")[0]
    # a GIRFEC family reads about the team around the child, with no child protection chair
    girfec_id, _, _ = _case(store, "GM-2026-0033")
    pdf, word, _ = _both(demo, DocumentKind.FAMILY_GUIDE, girfec_id)
    for text in (pdf, word):
        assert "What is the team around the child?" in text
        assert "child protection" not in text and "core group" not in text


def test_the_childs_words_are_kept_on_outcomes_and_actions(
    store: Store, demo: ServiceContext
) -> None:
    from lpdesk.domain import Action, InvalidInput, Outcome

    _girfec_plan_with_childs_words(store, demo)
    with store.unit_of_work() as uow:
        outcomes = [o for o in uow.repo(Outcome).find() if o.child_words]
        actions = [a for a in uow.repo(Action).find() if a.child_words]
    assert [o.child_words for o in outcomes] == ["I go to a club after school that I picked."]
    assert [a.child_words for a in actions] == ["Mum will take me to swimming club on Tuesdays."]
    with pytest.raises(InvalidInput) as refused:
        add_outcome(
            demo,
            plan_id=outcomes[0].plan_id,
            description="Another outcome.",
            indicator="safe",
            child_words="x" * 100_000,
        )
    assert [p.field for p in refused.value.problems] == ["child_words"]
    with store.unit_of_work() as uow:
        assert len(uow.repo(Outcome).find(plan_id=outcomes[0].plan_id)) == 3  # nothing written
