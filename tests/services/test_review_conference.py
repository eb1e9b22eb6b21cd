"""The review conference: its timeline across bank holidays and profiles, the report's lifecycle
between the LP and the chair, role refusals, and what the report is assembled from."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    Action,
    ActionStatus,
    Conference,
    ConferenceKind,
    Disagreement,
    Forbidden,
    InvalidInput,
    Meeting,
    MeetingStatus,
    Outcome,
    Position,
    ReportStatus,
    UserRole,
    Visit,
)
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.review_conference import (
    accept_report,
    comment_on_report,
    report_assembly,
    report_for,
    reports_awaiting_review,
    request_changes,
    review_timeline,
    revise_report,
    schedule_review,
    share_with_parents,
    start_report,
    submit_report,
)
from lpdesk.store import Store
from tests.services.meetings.builders import Family, as_person, audit_count, build_family

PROFILES = load_profiles(default_profiles_dir())


# (profile, conference, final core group by, LP report by, shared with parents by)
@pytest.mark.parametrize(
    ("profile_id", "conference", "final", "report", "parents"),
    [
        ("england_cp", date(2027, 3, 12), date(2027, 2, 26), date(2027, 3, 5), date(2027, 3, 10)),
        # 1 Jan, 28 and 25 Dec are bank holidays
        ("england_cp", date(2027, 1, 7), date(2026, 12, 21), date(2026, 12, 30), date(2027, 1, 5)),
        # Scotland also keeps 4 Jan (for Sat 2 Jan)
        ("scotland_cp", date(2027, 1, 7), date(2026, 12, 18), date(2026, 12, 29), date(2027, 1, 5)),
        ("wales_cp", date(2027, 1, 7), date(2026, 12, 21), date(2026, 12, 30), date(2027, 1, 5)),
        # Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar (not a holiday in Scotland)
        ("england_cp", date(2027, 3, 31), date(2027, 3, 15), date(2027, 3, 22), date(2027, 3, 25)),
        ("scotland_cp", date(2027, 3, 31), date(2027, 3, 16), date(2027, 3, 23), date(2027, 3, 29)),
    ],
)
def test_review_timeline(
    profile_id: str, conference: date, final: date, report: date, parents: date
) -> None:
    timeline = review_timeline(PROFILES[profile_id], conference)
    assert (
        timeline.final_core_group_by,
        timeline.lp_report_by,
        timeline.share_with_parents_by,
    ) == (final, report, parents)
    assert len(timeline.reasons) == 3
    assert timeline.reasons[1].startswith("LP's report to the chair by")


@pytest.fixture
def fam(store: Store) -> Family:
    return build_family(store, review_on=None)


def test_schedule_review_records_the_conference_and_its_timeline(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    lp = as_person(store, clock, fam.lp_id)
    scheduled = schedule_review(
        lp, case_id=fam.case_id, scheduled_for=date(2027, 1, 7), chair_person_id=fam.chair_id
    )
    assert scheduled.conference.kind is ConferenceKind.REVIEW
    assert scheduled.conference.scheduled_for == date(2027, 1, 7)
    assert scheduled.timeline.lp_report_by == date(2026, 12, 30)
    assert "25 Dec, 28 Dec and 1 Jan are bank holidays" in scheduled.timeline.reasons[0]
    before = audit_count(store)
    for kw, field in (
        ({"scheduled_for": date(2026, 12, 17), "chair_person_id": fam.chair_id}, "scheduled_for"),
        ({"scheduled_for": date(2027, 1, 7), "chair_person_id": 999}, "chair_person_id"),
    ):
        with pytest.raises(InvalidInput) as caught:
            schedule_review(lp, case_id=fam.case_id, **kw)  # type: ignore[arg-type]
        assert caught.value.problems[0].field == field
    assert audit_count(store) == before


def _review(lp: ServiceContext, fam: Family, day: date = date(2027, 1, 7)) -> int:
    conference = schedule_review(
        lp, case_id=fam.case_id, scheduled_for=day, chair_person_id=fam.chair_id
    ).conference
    assert conference.id is not None
    return conference.id


def test_the_report_goes_to_the_chair_and_back(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    lp = as_person(store, clock, fam.lp_id)
    chair = as_person(store, clock, fam.chair_id, UserRole.CONFERENCE_CHAIR)
    conference_id = _review(lp, fam)
    report = start_report(lp, conference_id=conference_id)
    assert report.status is ReportStatus.DRAFT and report.id is not None
    with pytest.raises(InvalidInput) as caught:
        submit_report(lp, report_id=report.id)
    assert caught.value.problems[0].field == "recommendation"
    with pytest.raises(InvalidInput) as caught:
        share_with_parents(lp, report_id=report.id)
    assert caught.value.problems[0].field == "report_id"
    with pytest.raises(InvalidInput):
        start_report(lp, conference_id=conference_id)  # one report per conference
    revise_report(lp, report_id=report.id, recommendation="The plan continues for three months")
    assert reports_awaiting_review(chair) == []

    submitted = submit_report(lp, report_id=report.id)  # Fri 18 Dec, due by Wed 30 Dec
    assert not submitted.late and submitted.report.submitted_on == date(2026, 12, 18)
    assert [r.id for r in reports_awaiting_review(chair)] == [report.id]
    comment_on_report(chair, report_id=report.id, comments="Clear; add school attendance")
    assert report_for(lp, report_id=report.id).status is ReportStatus.SUBMITTED
    back = request_changes(chair, report_id=report.id, comments="Add the school's view")
    assert back.status is ReportStatus.CHANGES_REQUESTED
    assert report_for(lp, report_id=report.id).chair_comments == "Add the school's view"
    assert reports_awaiting_review(chair) == []
    with pytest.raises(InvalidInput):
        accept_report(chair, report_id=report.id)  # not submitted

    clock.current = datetime(2026, 12, 31, 10)  # one working day after the deadline
    revise_report(lp, report_id=report.id, recommendation="Continue; school agrees")
    late = submit_report(lp, report_id=report.id)
    assert late.late and "due by Wed 30 Dec 2026" in late.reason
    shared = share_with_parents(lp, report_id=report.id)  # due by Tue 5 Jan
    assert not shared.late and shared.report.shared_with_parents_on == date(2026, 12, 31)
    accepted = accept_report(chair, report_id=report.id)
    assert (accepted.status, accepted.reviewed_on) == (ReportStatus.ACCEPTED, date(2026, 12, 31))
    assert accepted.chair_comments == "Add the school's view"
    with pytest.raises(InvalidInput):
        revise_report(lp, report_id=report.id, recommendation="too late")


def test_only_the_conference_chair_reviews(store: Store, clock: FixedClock, fam: Family) -> None:
    lp = as_person(store, clock, fam.lp_id)
    report = start_report(lp, conference_id=_review(lp, fam), recommendation="Continue the plan")
    assert report.id is not None
    submit_report(lp, report_id=report.id)
    other_chair = as_person(store, clock, fam.outsider_id, UserRole.CONFERENCE_CHAIR)
    manager = as_person(store, clock, fam.manager_id, UserRole.TEAM_MANAGER)
    before = audit_count(store)
    for who in (lp, manager, other_chair):
        for act in (
            lambda c: accept_report(c, report_id=report.id),
            lambda c: request_changes(c, report_id=report.id, comments="no"),
            lambda c: comment_on_report(c, report_id=report.id, comments="no"),
        ):
            with pytest.raises(Forbidden):
                act(who)
    with pytest.raises(Forbidden):
        reports_awaiting_review(lp)
    assert reports_awaiting_review(other_chair) == []
    assert audit_count(store) == before
    assert report_for(lp, report_id=report.id).status is ReportStatus.SUBMITTED


def test_report_assembly_gathers_progress_visits_voice_and_disagreements(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    """ICPC Fri 18 Dec 2026; review Wed 3 Mar 2027; assembled on 26 Feb 2027."""
    clock.current = datetime(2027, 2, 26, 9)
    lp = as_person(store, clock, fam.lp_id)
    conference_id = _review(lp, fam, date(2027, 3, 3))
    with store.unit_of_work() as uow:
        outcome = uow.repo(Outcome).add(
            Outcome(plan_id=fam.plan_id, number=1, description="Finn attends school every day")
        )
        uow.repo(Action).add_all(
            [
                Action(
                    plan_id=fam.plan_id,
                    outcome_id=outcome.id,
                    what="Walk Finn to school",
                    who_person_id=fam.mother_id,
                    by_when=date(2027, 1, 15),
                    status=ActionStatus.COMPLETED,
                    impact="Attendance 98%",
                    completed_on=date(2027, 1, 14),
                ),
                Action(
                    plan_id=fam.plan_id,
                    what="Housing referral",
                    who_person_id=fam.lp_id,
                    by_when=date(2027, 2, 1),
                    status=ActionStatus.IN_PROGRESS,
                    progress="Referral sent",
                ),
            ]
        )
        uow.repo(Visit).add_all(
            [
                Visit(
                    case_id=fam.case_id,
                    child_id=fam.child_id,
                    visitor_person_id=fam.lp_id,
                    visited_at=datetime(day.year, day.month, day.day, 10),
                    recorded_at=datetime(day.year, day.month, day.day, 16),
                    seen_alone=True,
                    bedroom_seen=True,
                )
                for day in (date(2026, 12, 10), date(2027, 1, 6), date(2027, 2, 3))
            ]
        )
        for n, (day, status, wishes) in enumerate(
            [
                (date(2027, 1, 5), MeetingStatus.CIRCULATED, "Finn wants to stay at his school"),
                (date(2027, 2, 2), MeetingStatus.APPROVED, "Finn wants his dad to visit"),
                (date(2027, 2, 20), MeetingStatus.HELD, "draft, not yet approved"),
            ],
            start=1,
        ):
            uow.repo(Meeting).add(
                Meeting(
                    case_id=fam.case_id,
                    number=n,
                    scheduled_at=datetime(day.year, day.month, day.day, 10),
                    status=status,
                    held_on=day,
                    form_id="core_group_minutes",
                    form_version=1,
                    answers={
                        "voice": {"wishes": wishes, "lived_experience": ""},
                        "parents_views": {"views": f"Mother's view at meeting {n}"},
                    },
                )
            )
        uow.repo(Disagreement).add(
            Disagreement(
                case_id=fam.case_id,
                subject="Contact with the father",
                raised_on=date(2027, 2, 2),
                positions=(Position(person_id=fam.mother_id, position="No contact"),),
            )
        )
    report = start_report(lp, conference_id=conference_id, recommendation="Continue the plan")
    assert report.id is not None
    data = report_assembly(lp, report_id=report.id)
    assert (data.conference_on, data.since, data.case_reference) == (
        date(2027, 3, 3),
        date(2026, 12, 18),
        "CP-2026-0001",
    )
    assert [(o.number, [a.what for a in o.actions]) for o in data.outcomes] == [
        (1, ["Walk Finn to school"]),
        (0, ["Housing referral"]),
    ]
    walk = data.outcomes[0].actions[0]
    assert (walk.who, walk.status, walk.impact) == ("Dana Example", "completed", "Attendance 98%")
    assert [v.visited_at.date() for v in data.visits] == [date(2027, 1, 6), date(2027, 2, 3)]
    assert [c.child_id for c in data.visit_compliance] == [fam.child_id]
    assert data.child_voice == (("wishes", "Finn wants his dad to visit"),)
    assert data.parents_views == "Mother's view at meeting 2"
    assert [d.subject for d in data.disagreements] == ["Contact with the father"]
    assert data.recommendation == "Continue the plan"
    with store.unit_of_work() as uow:
        held = [c for c in uow.repo(Conference).find(case_id=fam.case_id) if c.held_on]
    assert [c.held_on for c in held] == [date(2026, 12, 18)]
