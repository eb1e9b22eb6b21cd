"""The kept due facts on a team database: a team member's change marks its case's row stale in the
same transaction (they may no longer see the case to recompute it), a team member reads only their
own cases' rows and computes their facts live, and the owner's reads equal the live queries."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from lpdesk.domain import LpdeskError, Visit, VisitOutcome
from lpdesk.store import Store
from lpdesk.store import facts as live
from lpdesk.store.due_facts import VERSION
from lpdesk.store.engine import make_engine
from lpdesk.store.tables import case, case_due_facts, child
from tests.security.test_team_policies import team  # noqa: F401  (the fixture)

pytestmark = pytest.mark.postgres

DAY = date(2026, 3, 1)


def _as(url: str, role: str | None = None) -> Store:
    if role is not None:
        url = make_url(url).set(username=role).render_as_string(hide_password=False)
    return Store(make_engine(url), url)


def _versions(store: Store) -> dict[str, int]:
    f = case_due_facts
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(case.c.reference, f.c.version).join(case, case.c.id == f.c.case_id)
        )
        return {r.reference: r.version for r in rows}


def test_a_team_members_change_marks_the_facts_stale_and_every_read_equals_the_live_one(
    team: str,  # noqa: F811
) -> None:
    owner, ana = _as(team), _as(team, "ana.lp")
    try:
        with owner.unit_of_work() as uow:
            assert uow.rebuild_due_facts() == 4
        assert set(_versions(owner).values()) == {VERSION}
        with ana.unit_of_work() as uow, pytest.raises(LpdeskError, match="rebuilt by its owner"):
            uow.rebuild_due_facts()
        with ana.unit_of_work() as uow:
            conn = uow.connection
            n1, kid = conn.execute(
                select(case.c.id, child.c.id)
                .join(child, child.c.case_id == case.c.id)
                .where(case.c.reference == "N1")
            ).one()
            uow.repo(Visit).add(
                Visit(
                    case_id=n1,
                    child_id=kid,
                    visitor_person_id=uow.connection.execute(
                        select(case_due_facts.c.lp_person_id).where(case_due_facts.c.case_id == n1)
                    ).scalar_one(),
                    visited_at=datetime(2026, 2, 20, 10),
                    recorded_at=datetime(2026, 2, 20, 12),
                    outcome=VisitOutcome.COMPLETED,
                    seen_alone=True,
                )
            )
        assert _versions(ana) == {"N1": 0, "N3": VERSION}  # only their own cases' rows, N1 stale
        assert _versions(owner) == {"N1": 0, "N2": VERSION, "N3": VERSION, "S1": VERSION}
        for store in (ana, owner):
            with store.unit_of_work() as uow:
                got = uow.case_facts(as_of=DAY)
                assert got == live.case_facts(uow.connection, DAY)
        with owner.unit_of_work() as uow:
            (n1_facts,) = uow.case_facts(as_of=DAY, case_ids=[n1])
        assert n1_facts.children[0].last_seen_alone == date(2026, 2, 20)
    finally:
        ana.close()
        owner.close()


def test_upgrading_a_team_database_applies_its_roles_to_the_new_table_and_function(
    team: str,  # noqa: F811
) -> None:
    owner = _as(team)
    with owner.engine.begin() as conn:  # back to 0012, as a team database before this version
        conn.exec_driver_sql("DROP FUNCTION lpdesk_due_facts_stale(integer[])")
        conn.exec_driver_sql("DROP INDEX ix_meeting_period")  # undo 0016 too
        conn.exec_driver_sql("DROP INDEX ix_visit_period")
        conn.exec_driver_sql("DROP TABLE case_due_item")  # undo 0015 too
        conn.exec_driver_sql("DROP TABLE person_photo")  # undo 0014 too
        conn.exec_driver_sql("DROP TABLE case_due_facts")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0012_docs_reader'")
    owner.close()
    owner, ana = Store.open(team), _as(team, "ana.lp")
    try:
        assert set(_versions(owner).values()) == {VERSION}  # refilled by the upgrade
        with ana.unit_of_work() as uow:  # a member's change marks its case stale: granted
            n1 = uow.connection.execute(
                select(case.c.id).where(case.c.reference == "N1")
            ).scalar_one()
            kid = uow.connection.execute(
                select(child.c.id).where(child.c.case_id == n1)
            ).scalar_one()
            uow.repo(Visit).add(
                Visit(
                    case_id=n1,
                    child_id=kid,
                    visitor_person_id=uow.connection.execute(
                        select(case_due_facts.c.lp_person_id).where(case_due_facts.c.case_id == n1)
                    ).scalar_one(),
                    visited_at=datetime(2026, 2, 21, 10),
                    recorded_at=datetime(2026, 2, 21, 12),
                    outcome=VisitOutcome.COMPLETED,
                )
            )
        assert _versions(ana) == {"N1": 0, "N3": VERSION}
        with owner.unit_of_work() as uow:
            assert uow.case_facts(as_of=DAY) == live.case_facts(uow.connection, DAY)
    finally:
        ana.close()
        owner.close()
