"""One stored instance of every entity, each field away from its default, linked consistently."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from lpdesk.domain import (
    Absence,
    Action,
    ActionStatus,
    Agency,
    Amendment,
    AmendmentKind,
    Assessment,
    AssessmentKind,
    Attendance,
    AttendanceStatus,
    AuditEvent,
    Case,
    Category,
    Channel,
    Child,
    CirculationItem,
    Conference,
    ConferenceKind,
    Disagreement,
    DistributionState,
    DocumentKind,
    EscalationLevel,
    EscalationStep,
    EscalationStepKind,
    EscalationTrigger,
    ExcludedSummary,
    GeneratedDocument,
    LeadAssignment,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    Membership,
    Outcome,
    Person,
    PersonPhoto,
    Plan,
    PlanKind,
    PlanStage,
    PlanVersion,
    Position,
    ReportStatus,
    ReviewReport,
    Setting,
    SignificantEvent,
    User,
    UserRole,
    Visit,
    VisitOutcome,
)
from lpdesk.services.ports import UnitOfWork

D = date(2026, 10, 5)
T = datetime(2026, 10, 5, 14, 30, 15)


def add_one_of_each(uow: UnitOfWork) -> dict[type, Any]:
    """Insert one of each entity (in ENTITIES order) and return them as stored, by class."""
    out: dict[type, Any] = {}

    def add(obj: Any) -> Any:
        stored = uow.repo(type(obj)).add(obj)
        out[type(obj)] = stored
        return stored

    agency = add(Agency(name="Harbour Health", kind="health"))
    manager = uow.repo(Person).add(Person(name="Mo Manager"))
    person = add(
        Person(
            name="Ada Worker",
            agency_id=agency.id,
            job_title="Social worker",
            email="ada@example.org",
            phone="01632 960000",
            address="1 Test Street\nTestville",
            address_withheld=True,
            qualified_social_worker=True,
            manager_id=manager.id,
        )
    )
    add(PersonPhoto(person_id=person.id, data=b"\xff\xd8\xff not a real photo"))
    add(
        User(
            username="ada",
            display_name="Ada W.",
            role=UserRole.TEAM_MANAGER,
            person_id=person.id,
            team="North",
            active=False,
            password_hash="scrypt$n=16384$r=8$p=1$c2FsdA$aGFzaA",
        )
    )
    case = add(
        Case(
            reference="CP-2026-0001",
            profile_id="england",
            team="North",
            opened_on=D,
            closed_on=date(2027, 1, 2),
            looked_after=True,
        )
    )
    child = add(
        Child(
            case_id=case.id,
            person_id=person.id,
            date_of_birth=date(2019, 2, 3),
            expected_birth_date=date(2019, 2, 1),
            receives_documents=False,
            receives_documents_reason="too young",
        )
    )
    add(
        Membership(
            case_id=case.id,
            person_id=person.id,
            role=MemberRole.PARENT,
            joined_on=D,
            left_on=date(2026, 12, 1),
            excluded=True,
            exclusion_reason="risk",
            channel=Channel.POST,
            wants_editable=True,
            share_address=True,
        )
    )
    add(
        LeadAssignment(
            case_id=case.id,
            person_id=person.id,
            started_on=D,
            ended_on=date(2026, 11, 1),
            handover_note="handed over",
            family_informed_on=date(2026, 11, 2),
        )
    )
    add(
        Absence(
            person_id=person.id,
            starts_on=D,
            ends_on=date(2026, 10, 20),
            cover_person_id=manager.id,
            cover_recorded_on=date(2026, 10, 6),
            cover_cannot_be_met=True,
            senior_manager_notified_on=date(2026, 10, 7),
        )
    )
    plan = add(
        Plan(
            case_id=case.id,
            kind=PlanKind.GIRFEC,
            stage=PlanStage.DETAILED,
            categories=(Category.NEGLECT, Category.EMOTIONAL),
            reason="reason",
            contingency="contingency",
            seen_arrangements="weekly",
            started_on=D,
            ended_on=date(2027, 1, 1),
            revision=3,
        )
    )
    outcome = add(Outcome(plan_id=plan.id, number=2, description="safe", indicator="safe"))
    add(
        Action(
            plan_id=plan.id,
            outcome_id=outcome.id,
            what="attend nursery",
            who_person_id=person.id,
            by_when=date(2026, 11, 30),
            measure="register",
            status=ActionStatus.COMPLETED,
            progress="good",
            impact="settled",
            completed_on=date(2026, 11, 20),
        )
    )
    add(
        PlanVersion(
            plan_id=plan.id,
            number=4,
            created_at=T,
            created_by="ada",
            summary="first detailed plan",
            consulted_person_ids=(person.id, manager.id),
            snapshot={"outcomes": [{"number": 2, "text": "safe"}], "stage": "detailed", "n": 1.5},
            notify_manager_and_chair=False,
            notified_on=date(2026, 10, 6),
        )
    )
    conference = add(
        Conference(
            case_id=case.id,
            kind=ConferenceKind.REVIEW,
            held_on=date(2026, 12, 1),
            scheduled_for=date(2026, 11, 30),
            chair_person_id=manager.id,
        )
    )
    meeting = add(
        Meeting(
            case_id=case.id,
            kind=MeetingKind.LAC_REVIEW,
            number=3,
            scheduled_at=T,
            venue="Room 2",
            chair_person_id=manager.id,
            minute_taker_person_id=person.id,
            status=MeetingStatus.APPROVED,
            form_id="core_group_england",
            form_version=2,
            answers={"attendance": ["a", "b"], "risk": {"level": 3, "note": "é ✓"}},
            next_meeting_on=date(2026, 11, 5),
            review_conference_on=date(2026, 12, 30),
            held_on=D,
            approved_hash="ab" * 32,
            approved_by="mo",
            approved_at=datetime(2026, 10, 6, 9, 0, 0, 123456),
            circulated_on=date(2026, 10, 7),
            draft_saved_at=datetime(2026, 10, 5, 16, 1, 2),
            revision=5,
        )
    )
    add(
        Attendance(
            meeting_id=meeting.id,
            person_id=person.id,
            status=AttendanceStatus.APOLOGIES,
            reason="ill",
            report_received=True,
            additional=True,
        )
    )
    add(
        Amendment(
            meeting_id=meeting.id,
            kind=AmendmentKind.ACCURACY_COMMENT,
            at=T,
            by="mo",
            field_path="risks[0]",
            before="old",
            after="new",
            comment="typo",
        )
    )
    add(
        Disagreement(
            case_id=case.id,
            meeting_id=meeting.id,
            subject="contact",
            raised_on=D,
            positions=(
                Position(person_id=person.id, position="more"),
                Position(person_id=manager.id, position="less"),
            ),
            escalated_to=EscalationLevel.CONFERENCE_CHAIR,
            escalated_on=date(2026, 10, 8),
            outcome="agreed",
            resolved_on=date(2026, 10, 9),
            locked=True,
        )
    )
    add(
        ReviewReport(
            case_id=case.id,
            conference_id=conference.id,
            status=ReportStatus.ACCEPTED,
            recommendation="continue",
            submitted_on=date(2026, 11, 20),
            shared_with_parents_on=date(2026, 11, 22),
            chair_comments="fine",
            reviewed_on=date(2026, 11, 23),
        )
    )
    visit = add(
        Visit(
            case_id=case.id,
            child_id=child.id,
            visitor_person_id=person.id,
            visited_at=datetime(2026, 10, 5, 10, 0),
            recorded_at=datetime(2026, 10, 5, 15, 0),
            outcome=VisitOutcome.NO_ACCESS,
            present="mother",
            spoke_with_child=True,
            seen_alone=True,
            not_alone_reason="n/a",
            bedroom_seen=True,
            observations="obs",
            key_subjects="school",
            presentation="calm",
            new_concerns="none",
        )
    )
    add(
        EscalationStep(
            case_id=case.id,
            child_id=child.id,
            trigger=EscalationTrigger.NOT_SEEN_BY_LP,
            step=EscalationStepKind.CHAIR_DISCUSSION,
            opened_on=D,
            visit_id=visit.id,
            done_on=date(2026, 10, 9),
            done_by="mo",
            note="discussed",
        )
    )
    add(SignificantEvent(case_id=case.id, occurred_on=D, description="move", recorded_by="ada"))
    add(
        Assessment(
            case_id=case.id,
            kind=AssessmentKind.SPECIALIST,
            title="speech",
            commissioned_on=D,
            due_on=date(2026, 12, 1),
            completed_on=date(2026, 11, 1),
            provider="NHS",
        )
    )
    document = add(
        GeneratedDocument(
            case_id=case.id,
            kind=DocumentKind.MINUTES,
            record_id=meeting.id,
            fmt="pdfa",
            filename="CP-2026-0001-minutes.pdf",
            sha256="cd" * 32,
            size=12345,
            created_at=T,
            created_by="ada",
        )
    )
    add(
        CirculationItem(
            case_id=case.id,
            meeting_id=meeting.id,
            document_id=document.id,
            recipient_person_id=person.id,
            channel=Channel.HAND,
            sha256="cd" * 32,
            sent_at=T,
            sent_by="ada",
            state=DistributionState.HANDED,
            reached_at=T,
            reached_by="ada",
            note="handed over at the family centre",
            password_given_at=T,
            password_given_by="ada",
        )
    )
    add(
        ExcludedSummary(
            meeting_id=meeting.id,
            person_id=person.id,
            text="The core group met and the plan continues.",
            written_at=T,
            written_by="ada",
        )
    )
    add(
        AuditEvent(
            at=T,
            user="ada",
            role="team_manager",
            action="meeting.approve",
            entity="meeting",
            entity_id=meeting.id,
            detail="meeting 1",
        )
    )
    add(Setting(key="authority.name", value="Testshire Council", updated_at=T, updated_by="ada"))
    return out
