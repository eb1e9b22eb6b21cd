"""What approval seals, table by table (``services.meetings.approval``): the exact bytes an
approval covers, who may approve, what is refused with nothing written, and the state the review
page reads before, at and after approval. Small and fast: these tests are the mutation run's for
the approval module (docs/testing.md)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest

from lpdesk.domain import (
    Attendance,
    AttendanceStatus,
    AuditEvent,
    Conflict,
    Disagreement,
    EscalationLevel,
    Forbidden,
    Meeting,
    MeetingStatus,
    Plan,
    PlanVersion,
    Position,
    RuleViolation,
    UserRole,
)
from lpdesk.services import disagreements, plans
from lpdesk.services.context import Actor, ServiceContext
from lpdesk.services.meetings import (
    approval_state,
    approve,
    canonical_minutes,
    minutes_hash,
    record_attendance,
    save_draft,
)
from tests.services.meetings.builders import (
    as_person,
    audit_count,
    build_family,
    convene_first,
    everyone_present,
)

JAN6 = date(2027, 1, 6)
COMPLETE = {
    "purpose": {"purpose": "Develop the detailed plan"},
    "voice": {"wishes": "Finn said he likes his teacher and wants more time at the park."},
    "danger": {"statements": "Workers are worried Finn goes hungry at weekends."},
    "next_dates": {"next_meeting_on": "2027-02-03", "review_conference_on": "2027-03-12"},
}

CONTINGENCY = "If food is not seen twice, a strategy discussion is held."

# -- the exact bytes ------------------------------------------------------------------------------

MEETING = Meeting(
    id=7,
    case_id=1,
    scheduled_at=datetime(2027, 1, 6, 10),
    form_id="cg",
    form_version=2,
    answers={"voice": {"wishes": "Élodie’s park"}, "a": 1},
    # left out of the bytes: an edit of these alone keeps the approval
    status=MeetingStatus.APPROVED,
    approved_by="someone",
)
ROWS = (
    Attendance(meeting_id=7, person_id=9, status=AttendanceStatus.APOLOGIES, report_received=True),
    Attendance(
        meeting_id=7,
        person_id=4,
        status=AttendanceStatus.DID_NOT_ATTEND,
        reason="ill",
        additional=True,
    ),
)
ATTENDANCE_BYTES = (
    '"attendance":['
    '{"additional":true,"person_id":4,"reason":"ill","report_received":false,"status":"did_not_attend"},'
    '{"additional":false,"person_id":9,"reason":"","report_received":true,"status":"apologies"}]'
)
HEAD = '{"answers":{"a":1,"voice":{"wishes":"Élodie’s park"}},' + ATTENDANCE_BYTES
TAIL = '"form_id":"cg","form_version":2,"meeting_id":7}'


def dispute(id: int | None, subject: str, *positions: tuple[int, str]) -> Disagreement:
    return Disagreement(
        id=id,
        case_id=1,
        meeting_id=7,
        subject=subject,
        raised_on=date(2027, 1, 6),
        positions=tuple(Position(person_id=p, position=t) for p, t in positions),
        escalated_to=EscalationLevel.LP_MANAGER,
        outcome="left out of the bytes",
        locked=True,
    )


@pytest.mark.parametrize(
    ("shown", "middle"),
    [
        ((), ","),  # no disagreement: no key, the bytes as before disagreements were shown
        (
            (dispute(5, "Visits", (3, "Too many"), (2, "Not enough")), dispute(1, "School")),
            ',"disagreements":['
            '{"id":1,"positions":[],"raised_on":"2027-01-06","subject":"School"},'
            '{"id":5,"positions":[[3,"Too many"],[2,"Not enough"]],"raised_on":"2027-01-06",'
            '"subject":"Visits"}],',
        ),
        (  # not yet stored: first
            (dispute(1, "Stored"), dispute(None, "New")),
            ',"disagreements":['
            '{"id":null,"positions":[],"raised_on":"2027-01-06","subject":"New"},'
            '{"id":1,"positions":[],"raised_on":"2027-01-06","subject":"Stored"}],',
        ),
    ],
)
def test_the_bytes_an_approval_covers(shown: tuple[Disagreement, ...], middle: str) -> None:
    expected = (HEAD + middle + TAIL).encode("utf-8")
    assert canonical_minutes(MEETING, ROWS, shown) == expected
    assert canonical_minutes(MEETING, ROWS[::-1], shown) == expected  # rows in any order


# -- approving on a real database -----------------------------------------------------------------


@pytest.fixture
def held(store, ctx, clock, profiles):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    return fam, meeting


def complete(ctx, meeting, profiles) -> int:
    return save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=meeting.revision,
        profiles=profiles,
    ).revision


def stored(store, meeting_id: int) -> Meeting:
    with store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


def last_audit(store) -> AuditEvent:
    with store.unit_of_work() as uow:
        return max(uow.repo(AuditEvent).find(), key=lambda e: e.id)


def test_approval_seals_exactly_what_is_stored(store, ctx, clock, held, profiles):
    fam, meeting = held
    dispute_id = disagreements.record_disagreement(
        ctx,
        case_id=fam.case_id,
        meeting_id=meeting.id,
        subject="Frequency of visits",
        raised_on=JAN6,
        positions=[(fam.mother_id, "Weekly visits are too many")],
    ).id
    disagreements.escalate_disagreement(
        ctx, disagreement_id=dispute_id, level="lp_manager", escalated_on=JAN6
    )
    revision = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=dict(COMPLETE, updated_plan={"contingency": CONTINGENCY}),
        expected_revision=stored(store, meeting.id).revision,
        profiles=profiles,
    ).revision
    before = approval_state(ctx, meeting_id=meeting.id, profiles=profiles)
    assert (before.findings, before.approved, before.changed_since_approval) == ((), False, False)
    assert (before.versions, before.approver) == (0, "")

    clock.current = datetime(2027, 1, 6, 15, 30)
    chair = as_person(store, clock, fam.manager_id)
    approved = approve(chair, meeting_id=meeting.id, expected_revision=revision, profiles=profiles)

    assert approved == stored(store, meeting.id)
    assert approved.revision == revision + 1
    assert (approved.status, approved.approved_by, approved.approved_at) == (
        MeetingStatus.APPROVED,
        f"user{fam.manager_id}",
        datetime(2027, 1, 6, 15, 30),
    )
    with store.unit_of_work() as uow:
        rows = uow.repo(Attendance).find(meeting_id=meeting.id)
        shown = uow.repo(Disagreement).find(meeting_id=meeting.id)
    assert all(d.locked for d in shown) and len(shown) == 1
    expected = hashlib.sha256(canonical_minutes(approved, rows, shown)).hexdigest()
    assert approved.approved_hash == expected == minutes_hash(ctx, meeting.id)
    (seal,) = approved.seals
    assert (seal.version, seal.approver, seal.content_hash) == (1, "Morgan Teamlead", expected)
    with store.unit_of_work() as uow:  # what the minutes agreed is the plan's next version
        assert uow.repo(Plan).get(fam.plan_id).contingency == CONTINGENCY
        (version,) = uow.repo(PlanVersion).find(plan_id=fam.plan_id)
        events = sorted(uow.repo(AuditEvent).find(), key=lambda e: e.id)
    assert version.snapshot["plan"]["contingency"] == CONTINGENCY
    assert version.notify_manager_and_chair  # the LP's manager and the chair are told
    event = next(e for e in events if e.action == "meeting.approve")
    assert (event.entity, event.entity_id, event.user) == (
        "meeting",
        meeting.id,
        f"user{fam.manager_id}",
    )
    assert event.detail == f"revision={approved.revision} version=1"
    assert "plan.from_minutes" in [e.action for e in events if e.id > event.id]

    # a later action on the plan is no finding of minutes already approved
    plans.add_action(
        ctx,
        plan_id=fam.plan_id,
        what="Weekly food parcel",
        who_person_id=fam.lp_id,
        by_when=date(2027, 2, 1),
        measure="Food in the cupboard at each visit",
        profiles=profiles,
    )

    after = approval_state(ctx, meeting_id=meeting.id, profiles=profiles)
    assert (after.findings, after.approved, after.changed_since_approval) == ((), True, False)
    assert (after.versions, after.approver) == (1, "Morgan Teamlead")


NOT_CHAIR = "approve minutes of a meeting they did not chair"


@pytest.mark.sqlite_only("who may approve is decided by the services' policy before any write")
@pytest.mark.parametrize(
    ("who", "role", "refused"),
    [
        ("chair", UserRole.LEAD_PROFESSIONAL, ""),  # the meeting's chair, whatever their role
        ("chair", UserRole.CONFERENCE_CHAIR, ""),
        ("lp", UserRole.LEAD_PROFESSIONAL, f"a lead professional may not {NOT_CHAIR}"),
        (
            "lp",
            UserRole.CONFERENCE_CHAIR,
            f"a conference chair may not {NOT_CHAIR}",
        ),  # not this one's
        ("teacher", UserRole.TEAM_MANAGER, ""),  # any team manager
        ("chair", UserRole.QA_MANAGER, "a qa manager may not approve minutes"),  # never
        ("nobody", UserRole.CONFERENCE_CHAIR, f"a conference chair may not {NOT_CHAIR}"),
    ],
)
def test_who_may_approve(store, ctx, clock, held, profiles, who, role, refused):
    fam, meeting = held
    revision = complete(ctx, meeting, profiles)
    person = {"chair": fam.manager_id, "lp": fam.lp_id, "teacher": fam.teacher_id}.get(who)
    actor = (
        as_person(store, clock, person, role)
        if person is not None
        else ServiceContext(
            uow=store.unit_of_work, actor=Actor(username="chair.x", role=role), clock=clock
        )
    )
    try:  # the review page offers "Approve" exactly to those the approval accepts
        state = approval_state(actor, meeting_id=meeting.id, profiles=profiles)
    except Forbidden:  # may not read the case at all
        assert refused
    else:
        assert state.may_approve is (not refused)
        assert state.chair == stored_name(store, fam.manager_id)
    before = audit_count(store)
    if not refused:
        assert (
            approve(
                actor, meeting_id=meeting.id, expected_revision=revision, profiles=profiles
            ).status
            is MeetingStatus.APPROVED
        )
        return
    with pytest.raises(Forbidden) as error:
        approve(actor, meeting_id=meeting.id, expected_revision=revision, profiles=profiles)
    assert str(error.value) == refused
    assert stored(store, meeting.id).status is MeetingStatus.HELD
    assert audit_count(store) == before


def stored_name(store, person_id):  # type: ignore[no-untyped-def]
    from lpdesk.domain import Person

    with store.unit_of_work() as uow:
        return uow.repo(Person).get(person_id).name


def test_refusals_write_nothing(store, ctx, clock, profiles):
    fam = build_family(store)
    convened = convene_first(ctx, fam, profiles, JAN6)
    chair = as_person(store, clock, fam.manager_id)
    before = audit_count(store)
    with pytest.raises(RuleViolation) as error:
        approve(
            chair, meeting_id=convened.id, expected_revision=convened.revision, profiles=profiles
        )
    assert str(error.value) == (
        f"meeting {convened.id} is convened: only held meetings with draft minutes can be approved"
    )
    state = approval_state(ctx, meeting_id=convened.id, profiles=profiles)
    assert ("attendance", "attendance has not been recorded") in [
        (f.field, f.message) for f in state.findings
    ]
    assert (state.approved, state.versions) == (False, 0)

    clock.current = datetime(2027, 1, 6, 12, 0)
    held = record_attendance(ctx, meeting_id=convened.id, entries=everyone_present(fam))
    state = approval_state(ctx, meeting_id=held.id, profiles=profiles)
    todo = "; ".join(f"{f.field}: {f.message}" for f in state.findings)
    assert len(state.findings) >= 3 and "purpose.purpose" in todo
    before = audit_count(store)
    with pytest.raises(RuleViolation) as error:
        approve(chair, meeting_id=held.id, expected_revision=held.revision, profiles=profiles)
    assert str(error.value) == f"the minutes are not complete ({len(state.findings)} to do): {todo}"

    revision = complete(ctx, held, profiles)
    for wrong in (revision - 1, revision + 1):
        with pytest.raises(Conflict):
            approve(chair, meeting_id=held.id, expected_revision=wrong, profiles=profiles)
    assert stored(store, held.id).status is MeetingStatus.HELD
    assert audit_count(store) == before + 1  # the draft saved, nothing else

    approved = approve(chair, meeting_id=held.id, expected_revision=revision, profiles=profiles)
    with pytest.raises(RuleViolation) as error:
        approve(chair, meeting_id=held.id, expected_revision=approved.revision, profiles=profiles)
    assert str(error.value) == "these minutes are already approved and unchanged"
    assert stored(store, held.id) == approved


def test_a_change_after_approval_is_approved_as_a_new_version(store, ctx, clock, held, profiles):
    fam, meeting = held
    revision = complete(ctx, meeting, profiles)
    chair = as_person(store, clock, fam.manager_id)
    first = approve(chair, meeting_id=meeting.id, expected_revision=revision, profiles=profiles)
    later = disagreements.record_disagreement(
        ctx,
        case_id=fam.case_id,
        meeting_id=meeting.id,
        subject="Frequency of visits",
        raised_on=JAN6,
        positions=[(fam.mother_id, "Weekly visits are too many")],
    )
    state = approval_state(ctx, meeting_id=meeting.id, profiles=profiles)
    assert (state.approved, state.changed_since_approval, state.versions) == (False, True, 1)
    assert [f.field for f in state.findings] == [f"disagreements[{later.id}]"]  # not escalated
    disagreements.escalate_disagreement(
        ctx, disagreement_id=later.id, level="lp_manager", escalated_on=JAN6
    )
    state = approval_state(ctx, meeting_id=meeting.id, profiles=profiles)
    assert (state.findings, state.changed_since_approval) == ((), True)

    clock.current = datetime(2027, 1, 8, 9, 0)
    current = stored(store, meeting.id)
    second = approve(
        as_person(store, clock, fam.teacher_id, UserRole.TEAM_MANAGER),
        meeting_id=meeting.id,
        expected_revision=current.revision,
        profiles=profiles,
    )
    assert [s.version for s in second.seals] == [1, 2]
    assert second.seals[0] == first.seals[0]
    assert second.approved_hash == minutes_hash(ctx, meeting.id) != first.approved_hash
    assert (second.approved_by, second.approved_at) == (
        f"user{fam.teacher_id}",
        datetime(2027, 1, 8, 9, 0),
    )
    assert last_audit(store).detail == f"revision={second.revision} version=2"
    state = approval_state(ctx, meeting_id=meeting.id, profiles=profiles)
    assert (state.approved, state.changed_since_approval, state.versions) == (True, False, 2)
    assert state.approver == second.seals[-1].approver
    with store.unit_of_work() as uow:
        assert uow.repo(Disagreement).get(later.id).locked
