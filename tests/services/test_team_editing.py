"""Two people editing the same record, on SQLite and on a shared PostgreSQL database: the second
save is refused with ``Conflict`` carrying both versions (theirs as stored, mine as typed), and
nothing of the second save is written. Run truly at once from threads, exactly one save wins."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest

from lpdesk.domain import AuditEvent, Conflict, Meeting, Plan, UserRole
from lpdesk.services import plans
from lpdesk.services.meetings import record_attendance, save_draft
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import build_family, convene_first, everyone_present
from tests.services.test_roles import PROFILES

JAN6 = date(2027, 1, 6)


def _two(store, clock):
    ana = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="ana.tm")
    ben = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="ben.tm")
    return ana, ben


def test_the_second_save_of_the_plan_is_refused_with_both_versions(store, clock):
    fam = build_family(store)
    ana, ben = _two(store, clock)
    with store.unit_of_work() as uow:
        opened = uow.repo(Plan).get(fam.plan_id).revision  # both open the plan here
    plans.set_contingency(
        ana, plan_id=fam.plan_id, contingency="Ana's text", expected_revision=opened
    )
    with pytest.raises(Conflict) as conflict:
        plans.set_contingency(
            ben, plan_id=fam.plan_id, contingency="Ben's text", expected_revision=opened
        )
    assert conflict.value.theirs.contingency == "Ana's text"
    assert conflict.value.mine.contingency == "Ben's text"  # kept for Ben to reconcile
    with store.unit_of_work() as uow:
        assert uow.repo(Plan).get(fam.plan_id).contingency == "Ana's text"
        assert [e.user for e in uow.repo(AuditEvent).find(action="plan.contingency")] == ["ana.tm"]


def test_the_second_save_of_the_minutes_is_refused_with_both_versions(store, clock):
    fam = build_family(store)
    ana, ben = _two(store, clock)
    meeting = convene_first(ana, fam, PROFILES, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(ana, meeting_id=meeting.id, entries=everyone_present(fam))
    mine = {"voice": {"wishes": "Ben's note"}}
    save_draft(
        ana,
        meeting_id=meeting.id,
        answers={"voice": {"wishes": "Ana's note"}},
        expected_revision=meeting.revision,
        profiles=PROFILES,
    )
    with pytest.raises(Conflict) as conflict:
        save_draft(
            ben,
            meeting_id=meeting.id,
            answers=mine,
            expected_revision=meeting.revision,
            profiles=PROFILES,
        )
    assert conflict.value.theirs.answers["voice"]["wishes"] == "Ana's note"
    assert conflict.value.mine["voice"]["wishes"] == "Ben's note"
    with store.unit_of_work() as uow:
        assert uow.repo(Meeting).get(meeting.id).answers["voice"]["wishes"] == "Ana's note"


def test_saves_made_at_the_same_moment_let_exactly_one_win(store, clock):
    fam = build_family(store)
    with store.unit_of_work() as uow:
        opened = uow.repo(Plan).get(fam.plan_id).revision
    people = [
        make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username=f"tm{i}") for i in range(6)
    ]
    start = threading.Barrier(len(people))
    results: dict[str, str] = {}

    def save(ctx) -> None:
        start.wait()
        try:
            plans.set_contingency(
                ctx,
                plan_id=fam.plan_id,
                contingency=f"by {ctx.actor.username}",
                expected_revision=opened,
            )
            results[ctx.actor.username] = "saved"
        except Conflict:
            results[ctx.actor.username] = "conflict"
        except Exception as exc:
            results[ctx.actor.username] = repr(exc)

    threads = [threading.Thread(target=save, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(results.values()) == ["conflict"] * 5 + ["saved"], results
    (winner,) = [u for u, r in results.items() if r == "saved"]
    with store.unit_of_work() as uow:
        plan = uow.repo(Plan).get(fam.plan_id)
        assert (plan.contingency, plan.revision) == (f"by {winner}", opened + 1)
        assert [e.user for e in uow.repo(AuditEvent).find(action="plan.contingency")] == [winner]
