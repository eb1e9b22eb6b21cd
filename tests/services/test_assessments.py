"""Assessments are tracked like actions: due until completed, in the due list through the facts."""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.domain import AssessmentKind, DueKind, Forbidden, InvalidInput, UserRole
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.assessments import (
    commission_assessment,
    complete_assessment,
    list_assessments,
)
from lpdesk.services.context import FixedClock
from lpdesk.services.due import due_list
from lpdesk.store import Store
from tests.services.meetings.builders import as_person, audit_count, build_family

PROFILES = load_profiles(default_profiles_dir())


def test_an_assessment_is_due_until_completed(store: Store, clock: FixedClock) -> None:
    fam = build_family(store)
    lp = as_person(store, clock, fam.lp_id)
    core = commission_assessment(
        lp, case_id=fam.case_id, kind="core", title="Core assessment", due_on=date(2027, 1, 29)
    )
    specialist = commission_assessment(
        lp,
        case_id=fam.case_id,
        kind=AssessmentKind.SPECIALIST,
        title="Speech and language assessment",
        due_on=date(2026, 12, 31),
        provider="Community health",
    )
    assert (core.commissioned_on, core.kind) == (date(2026, 12, 18), AssessmentKind.CORE)
    due = [
        i
        for i in due_list(lp, profiles=PROFILES, horizon_days=None)
        if i.kind is DueKind.ASSESSMENT
    ]
    assert sorted(i.due for i in due) == [date(2026, 12, 31), date(2027, 1, 29)]
    assert specialist.id is not None
    done = complete_assessment(lp, assessment_id=specialist.id, completed_on=date(2026, 12, 18))
    assert done.completed_on == date(2026, 12, 18)
    due = [
        i
        for i in due_list(lp, profiles=PROFILES, horizon_days=None)
        if i.kind is DueKind.ASSESSMENT
    ]
    assert [i.due for i in due] == [date(2027, 1, 29)]
    assert [a.id for a in list_assessments(lp, case_id=fam.case_id)] == [core.id, specialist.id]
    with pytest.raises(InvalidInput) as caught:
        complete_assessment(lp, assessment_id=specialist.id, completed_on=date(2026, 12, 18))
    assert caught.value.problems[0].field == "assessment_id"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "medical"}, "kind"),
        ({"title": " "}, "title"),
        ({"due_on": date(2026, 12, 1)}, "due_on"),
        ({"commissioned_on": date(2026, 12, 19), "due_on": date(2027, 1, 5)}, "commissioned_on"),
        ({"case_id": 999}, "case_id"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    store: Store, clock: FixedClock, changes: dict[str, object], field: str
) -> None:
    fam = build_family(store)
    lp = as_person(store, clock, fam.lp_id)
    kw: dict[str, object] = {
        "case_id": fam.case_id,
        "kind": "core",
        "title": "Core assessment",
        "due_on": date(2027, 1, 29),
    }
    kw.update(changes)
    before = audit_count(store)
    with pytest.raises(InvalidInput) as caught:
        commission_assessment(lp, **kw)  # type: ignore[arg-type]
    assert field in {p.field for p in caught.value.problems}
    assert audit_count(store) == before


def test_only_the_case_team_commissions(store: Store, clock: FixedClock) -> None:
    fam = build_family(store)
    for person, role in (
        (fam.outsider_id, UserRole.LEAD_PROFESSIONAL),
        (fam.chair_id, UserRole.CONFERENCE_CHAIR),
    ):
        with pytest.raises(Forbidden):
            commission_assessment(
                as_person(store, clock, person, role),
                case_id=fam.case_id,
                kind="core",
                title="Core assessment",
                due_on=date(2027, 1, 29),
            )
