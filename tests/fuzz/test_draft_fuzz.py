"""Every pro-forma field kind (text, long text, date, yes/no, choice, person, scale, table) given
arbitrary values through ``save_draft``: the draft is saved (any type problem returned as a
warning naming its field) or refused with ``InvalidInput`` naming the field; nothing else escapes,
and what was saved is what is stored."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lpdesk.domain import InvalidInput, Meeting, UserRole
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.meetings import record_attendance, save_draft
from lpdesk.services.profiles import ProfileProvider
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from tests.fuzz.conftest import FUZZ
from tests.fuzz.test_import_fuzz import json_values
from tests.services.meetings.builders import build_family, convene_first, everyone_present

PROFILES = ProfileProvider(forms_dir=Path(__file__).parent / "forms")
KINDS = ["text", "long_text", "date", "yes_no", "choice", "person", "scale", "table"]
OUTCOMES: Counter[str] = Counter()


@pytest.fixture(scope="module")
def held(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ServiceContext, int, list[int]]]:
    folder = tmp_path_factory.mktemp("fuzz-draft")
    store = Store.open(sqlite_url(folder / "lpdesk.db"), backup_dir=folder / "backups")
    clock = FixedClock(datetime(2026, 12, 18, 9, 30))
    ctx = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="tm.fuzz", role=UserRole.TEAM_MANAGER),
        clock=clock,
    )
    fam = build_family(store)
    meeting = convene_first(ctx, fam, PROFILES, date(2027, 1, 6))
    clock.current = datetime(2027, 1, 6, 12, 0)
    record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    members = [fam.lp_id, fam.mother_id, fam.health_visitor_id, fam.teacher_id]
    yield ctx, meeting.id, members
    store.close()
    print(f"\ndraft fuzz: {sum(OUTCOMES.values())} drafts tried: {dict(OUTCOMES)}")


def plausible(kind: str, members: list[int]) -> st.SearchStrategy[Any]:
    """Values a person might give for the kind: right, nearly right, and wrong."""
    dates = st.dates(min_value=date(1900, 1, 1)).map(date.isoformat)
    return {
        "text": st.text(max_size=40),
        "long_text": st.text(max_size=200),
        "date": dates | st.text(max_size=12) | st.sampled_from(["2027-02-30", " 2027-01-06 "]),
        "yes_no": st.booleans() | st.sampled_from(["yes", 1, 0, None]),
        "choice": st.sampled_from(["Red", "Amber", "Green", "red", "", "Purple"]),
        "person": st.sampled_from(members) | st.integers(-5, 10**6) | st.sampled_from([True, 2.5]),
        "scale": st.integers(-3, 14) | st.sampled_from([5.0, 5.5, "7", True]),
        "table": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "what": st.text(max_size=20),
                    "who": st.sampled_from(members) | st.integers(-1, 99),
                    "when": dates | st.text(max_size=5),
                    "rag": st.sampled_from(["Red", "Green", "Blue"]),
                    "extra": json_values,
                },
            )
            | json_values,
            max_size=4,
        ),
    }[kind]


def _named(field: str, answers: Any) -> bool:
    """True when a problem's field is a path into what was given (or the answers as a whole)."""
    head = re.split(r"[.\[]", field, maxsplit=1)[0]
    return head == "answers" or (isinstance(answers, dict) and head in {str(k) for k in answers})


@FUZZ
@given(data=st.data())
def test_every_field_kind_is_saved_or_refused_naming_the_field(held, data) -> None:
    ctx, meeting_id, members = held
    chosen = data.draw(st.lists(st.sampled_from(KINDS), unique=True, max_size=len(KINDS)))
    section: dict[str, Any] = {}
    for kind in chosen:
        any_value = data.draw(st.booleans())
        section[kind] = data.draw(json_values if any_value else plausible(kind, members))
    answers: Any = {"all": section}
    if data.draw(st.integers(0, 9)) == 0:  # now and then: an unknown section, or no dict at all
        answers = data.draw(st.sampled_from([{"nosuch": {}}, {"all": []}, {"all": {"nosuch": 1}}]))
    with ctx.uow() as uow:
        revision = uow.repo(Meeting).get(meeting_id).revision
    try:
        saved = save_draft(
            ctx,
            meeting_id=meeting_id,
            answers=answers,
            expected_revision=revision,
            profiles=PROFILES,
        )
    except InvalidInput as refused:
        assert refused.problems
        for problem in refused.problems:
            assert _named(problem.field, answers), problem
        with ctx.uow() as uow:
            assert uow.repo(Meeting).get(meeting_id).revision == revision  # nothing written
        OUTCOMES["refused"] += 1
        return
    for problem in saved.problems:
        assert _named(problem.field, answers), problem
    with ctx.uow() as uow:
        assert uow.repo(Meeting).get(meeting_id).revision == saved.revision == revision + 1
    OUTCOMES["saved with warnings" if saved.problems else "saved"] += 1
