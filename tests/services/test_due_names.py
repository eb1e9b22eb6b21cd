"""Due items name the child ("Yusuf Haddad to be seen alone by ..."), not "child 1": in the label
and in the reason, on the due list and the caseload, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

from lpdesk.domain import Child, Person, UserRole
from lpdesk.services.context import FixedClock
from lpdesk.services.demo import load_demo
from lpdesk.services.due import caseload, due_list
from lpdesk.services.profiles import shared_provider
from lpdesk.store import Store
from tests.services.conftest import make_ctx

NUMBERED = re.compile(r"\b(?:unborn )?child \d+\b|\bunborn child\b")


def test_due_items_name_the_child(store: Store, clock: FixedClock) -> None:
    ctx = make_ctx(store, clock, UserRole.TEAM_MANAGER, username="demo.loader")
    load_demo(ctx)
    with ctx.uow() as uow:
        people = {p.id: p.name for p in uow.repo(Person).find()}
        names = {c.id: people[c.person_id] for c in uow.repo(Child).find()}
    items = due_list(ctx, profiles=shared_provider().profiles(), horizon_days=None)
    for_children = [i for i in items if i.child_id is not None]
    assert for_children, "the demo has visits due for its children"
    for item in for_children:
        assert item.child_label == names[item.child_id], item
        assert not NUMBERED.search(item.reason), item.reason
    assert any(i.reason.startswith(names[i.child_id]) for i in for_children)
    for row in caseload(ctx, profiles=shared_provider().profiles()):
        if row.next_due is not None:
            assert not NUMBERED.search(row.next_due.child_label + row.next_due.reason)
