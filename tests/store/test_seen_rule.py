"""One rule for "seen": the store's last-seen dates behind the due list equal
``lpdesk.rules.seen.last_seen`` (the rule the compliance figures count by) over the same visits.
Seen alone and bedroom seen count only the lead professional's completed visits; a visit by
another agency counts only as seen by any agency."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from lpdesk.domain import Case, Child, LeadAssignment, Person, Visit, VisitOutcome
from lpdesk.rules.seen import LastSeen, last_seen
from lpdesk.store import Store

AS_OF = date(2026, 12, 18)


def _seed(store: Store) -> tuple[int, list[Visit], dict[str, int]]:
    rng = random.Random(19)
    with store.unit_of_work() as uow:
        add = lambda obj: uow.repo(type(obj)).add(obj)  # noqa: E731
        people = {n: add(Person(name=n)).id for n in ("LP", "Old LP", "Officer", "Kid")}
        case = add(Case(reference="CP-S", profile_id="england", opened_on=date(2026, 9, 1)))
        for person, start, end in (
            ("Old LP", date(2026, 9, 1), date(2026, 10, 1)),
            ("LP", date(2026, 10, 1), None),
        ):
            add(
                LeadAssignment(
                    case_id=case.id, person_id=people[person], started_on=start, ended_on=end
                )
            )
        visits: list[Visit] = []
        for _ in range(40):
            child = add(
                Child(case_id=case.id, person_id=people["Kid"], date_of_birth=date(2019, 3, 1))
            )
            for _ in range(rng.randrange(5)):
                when = datetime.combine(AS_OF - timedelta(days=rng.randrange(-3, 40)), time(10))
                if rng.random() < 0.2:
                    when = datetime.combine(AS_OF, time(23, 30))  # late on the day asked
                visits.append(
                    add(
                        Visit(
                            case_id=case.id,
                            child_id=child.id,
                            visitor_person_id=people[rng.choice(("LP", "Old LP", "Officer"))],
                            visited_at=when,
                            recorded_at=when,
                            outcome=rng.choice(
                                (
                                    VisitOutcome.COMPLETED,
                                    VisitOutcome.COMPLETED,
                                    VisitOutcome.REFUSED,
                                )
                            ),
                            seen_alone=rng.random() < 0.5,
                            bedroom_seen=rng.random() < 0.5,
                        )
                    )
                )
    return case.id, visits, people


def test_the_due_list_facts_follow_the_compliance_rule(store: Store) -> None:
    case_id, visits, people = _seed(store)
    with store.unit_of_work() as uow:
        (facts,) = uow.case_facts(as_of=AS_OF)
    assert facts.case_id == case_id and facts.lp_person_id == people["LP"]
    assert len(facts.children) == 40
    for child in facts.children:
        stored = LastSeen(
            by_lp=child.last_seen_by_lp,
            by_any=child.last_seen_by_any,
            alone=child.last_seen_alone,
            bedroom=child.last_bedroom_seen,
        )
        assert stored == last_seen(visits, child.child_id, people["LP"], AS_OF), child.label
    # the table above reaches every case the rule tells apart
    other = [v for v in visits if v.visitor_person_id != people["LP"]]
    assert any(v.seen_alone and v.outcome is VisitOutcome.COMPLETED for v in other)
    assert any(c.last_seen_alone is None and c.last_seen_by_any for c in facts.children)


def test_seen_alone_by_another_agency_is_not_seen_alone_by_the_lp(store: Store) -> None:
    with store.unit_of_work() as uow:
        add = lambda obj: uow.repo(type(obj)).add(obj)  # noqa: E731
        lp, officer, kid = (add(Person(name=n)).id for n in ("LP", "Officer", "Kid"))
        case = add(Case(reference="CP-T", profile_id="england", opened_on=date(2026, 9, 1)))
        add(LeadAssignment(case_id=case.id, person_id=lp, started_on=date(2026, 9, 1)))
        child = add(Child(case_id=case.id, person_id=kid, date_of_birth=date(2019, 3, 1)))
        for who, day, alone in ((lp, 1, False), (officer, 10, True)):
            when = datetime(2026, 12, day, 10)
            add(
                Visit(
                    case_id=case.id,
                    child_id=child.id,
                    visitor_person_id=who,
                    visited_at=when,
                    recorded_at=when,
                    seen_alone=alone,
                    bedroom_seen=alone,
                )
            )
    with store.unit_of_work() as uow:
        (facts,) = uow.case_facts(as_of=AS_OF)
    (seen,) = facts.children
    assert (seen.last_seen_by_lp, seen.last_seen_by_any) == (date(2026, 12, 1), date(2026, 12, 10))
    assert (seen.last_seen_alone, seen.last_bedroom_seen) == (None, None)
