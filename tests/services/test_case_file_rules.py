"""Import is no way round the rules: a case file breaking a domain rule the use cases enforce, or
carrying input no use case would accept (control characters, a reference holding a header, an
unknown profile, numbers and dates out of range, nesting deep enough to crash a parser), is refused
with the JSON path named and nothing written, on SQLite and PostgreSQL. Importing a case that
shares a professional with one already here matches that person instead of copying them; a true
ambiguity is refused and named."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lpdesk.domain import InvalidInput, Person
from lpdesk.services.case_file import case_file_problems, import_case, import_case_file
from lpdesk.services.case_file_checks import MAX_FILE_BYTES, read_case_file
from lpdesk.services.context import ServiceContext
from tests.services.test_case_file import (  # noqa: F401  (fixtures)
    demo,
    demo_templates,
    manager,
    sample,
)
from tests.services.test_people import row_counts

Change = Callable[[dict[str, Any]], None]


def _first(section: str, **where: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def pick(data: dict[str, Any]) -> dict[str, Any]:
        return next(
            item for item in data[section] if all(item.get(k) == v for k, v in where.items())
        )

    return pick


def _index(data: dict[str, Any], section: str, item: dict[str, Any]) -> int:
    return next(i for i, x in enumerate(data[section]) if x is item)


def _lp_unqualified(data: dict[str, Any]) -> str:
    lead = next(a for a in data["lead_assignments"] if a["ended_on"] is None)
    person = next(p for p in data["people"] if p["id"] == lead["person_id"])
    person["qualified_social_worker"] = False
    return f"$.lead_assignments[{data['lead_assignments'].index(lead)}].person_id"


def _held_in_future(data: dict[str, Any]) -> str:
    conference = next(c for c in data["conferences"] if c["held_on"])
    conference["held_on"] = "2027-06-01"  # the clock says 18 Dec 2026
    return f"$.conferences[{data['conferences'].index(conference)}].held_on"


def _not_alone_no_reason(data: dict[str, Any]) -> str:
    visit = next(v for v in data["visits"] if v["outcome"] == "completed")
    visit.update(seen_alone=False, not_alone_reason="")
    return f"$.visits[{data['visits'].index(visit)}].not_alone_reason"


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], str]:
    """Set a value by a simple JSON path ("$.people[0].name") and return the path."""

    def change(data: dict[str, Any]) -> str:
        parts: list[str | int] = []
        for chunk in path[2:].replace("]", "").split("."):
            name, *indices = chunk.split("[")
            parts.append(name)
            parts.extend(int(i) for i in indices)
        target: Any = data
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value
        return path

    return change


def _deep(levels: int) -> Any:
    value: Any = []
    for _ in range(levels):
        value = [value]
    return value


def _parent_chairs(data: dict[str, Any]) -> str:
    parent = next(m["person_id"] for m in data["memberships"] if m["role"] == "parent")
    data["meetings"][0]["chair_person_id"] = parent
    return "$.meetings[0].chair_person_id"


def _excluded_minutes(data: dict[str, Any]) -> str:
    excluded = next(m["person_id"] for m in data["memberships"] if m["excluded"])
    data["meetings"][1]["minute_taker_person_id"] = excluded
    return "$.meetings[1].minute_taker_person_id"


RULES: list[tuple[str, Callable[[dict[str, Any]], str], str]] = [
    ("parent-chairs-a-core-group", _parent_chairs, "cannot be the chair"),
    ("excluded-parent-minutes", _excluded_minutes, "cannot be the minute taker"),
    ("cp-lead-unqualified", _lp_unqualified, "must be a qualified social worker"),
    ("conference-held-in-future", _held_in_future, "must not be in the future"),
    ("completed-visit-not-alone-no-reason", _not_alone_no_reason, "required when the child"),
]
HYGIENE: list[tuple[str, Callable[[dict[str, Any]], str], str]] = [
    ("reference-header", _set("$.case.reference", "CP-1\nBcc: x@evil.example"), "letters, digits"),
    ("reference-rtl", _set("$.case.reference", "CP-\u202e1471"), "direction override"),
    ("reference-pattern", _set("$.case.reference", "CP 2026/1"), "letters, digits"),
    ("nul", _set("$.people[0].name", "Ann\x00e"), "NUL"),
    ("lone-surrogate", _set("$.people[0].name", "Ann\udc80e"), "lone surrogate"),
    ("huge-field", _set("$.visits[0].observations", "x" * 200_001), "longer than"),
    ("visit-text-limit", _set("$.visits[0].observations", "x" * 8001), "longer than 8000"),
    ("unknown-profile", _set("$.case.profile_id", "atlantis_cp"), 'no profile "atlantis_cp"'),
    ("int-2-70", _set("$.meetings[0].revision", 2**70), "too large"),
    ("date-year-1", _set("$.visits[0].visited_at", "0001-01-01T10:00:00"), "between 1900"),
    ("date-year-9999", _set("$.case.opened_on", "9999-12-31"), "between 1900"),
    ("deep-answers", _set("$.meetings[0].answers.voice.wishes", _deep(100_000)), "nested deeper"),
    ("bad-email", _set("$.people[0].email", "not an address"), "not an email address"),
    ("double-dot-email", _set("$.people[0].email", "a..b@example.org"), "not an email address"),
]


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("change", "words"), [c[1:] for c in RULES + HYGIENE], ids=[c[0] for c in RULES + HYGIENE]
)
def test_import_refuses_what_the_services_refuse_naming_the_path(
    manager: ServiceContext,  # noqa: F811
    sample: dict[str, Any],  # noqa: F811
    change: Callable[[dict[str, Any]], str],
    words: str,
) -> None:
    data = copy.deepcopy(sample)
    path = change(data)
    before = row_counts(manager)
    with pytest.raises(InvalidInput) as refused:
        import_case(manager, data)
    found: dict[str, str] = {}
    for p in refused.value.problems:
        found[p.field] = f"{found.get(p.field, '')} {p.message}"
    assert path in found, found
    assert words in found[path], found[path]
    assert row_counts(manager) == before


def test_the_untouched_sample_passes_every_check(
    manager: ServiceContext,  # noqa: F811
    sample: dict[str, Any],  # noqa: F811
) -> None:
    assert case_file_problems(sample, now=manager.clock.now()) == []


def test_a_file_too_deep_for_the_parser_is_refused_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        data = read_case_file(path)
        assert case_file_problems(data)  # if the parser copes, the depth check refuses it
        raise InvalidInput.one("$", "nested deeper")
    assert refused.value.problems[0].field.startswith("$")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": NaN}', "not a number"),
        (b"\xff\xfe not utf-8", "not a readable JSON file"),
        (b'{"x": 1' + b"0" * 5000 + b"}", "not a readable JSON file"),
        (b"{not json", "not a readable JSON file"),
    ],
)
def test_unreadable_files_are_refused_at_the_root(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as refused:
        read_case_file(path)
    assert [p.field for p in refused.value.problems] == ["$"]
    assert words in refused.value.problems[0].message


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(InvalidInput) as refused:
        read_case_file(path)
    assert "larger than" in refused.value.problems[0].message


# ---------------------------------------------------------------- matching people


def _professionals(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in data["people"] if p.get("email")]


def test_a_shared_professional_is_matched_not_copied(
    manager: ServiceContext,  # noqa: F811
    sample: dict[str, Any],  # noqa: F811
) -> None:
    first = import_case_file(manager, sample)
    assert first.matched == ()
    again = copy.deepcopy(sample)
    again["case"]["reference"] = "CP-2026-9999"
    people_before = row_counts(manager)["Person"]
    second = import_case_file(manager, again)
    shared = _professionals(sample)
    assert shared and len(second.matched) == len(shared)
    assert all("matched a person already here" in line for line in second.matched)
    assert {line.split(" (")[0] for line in second.matched} == {p["name"] for p in shared}
    added = row_counts(manager)["Person"] - people_before
    assert added == len(sample["people"]) - len(shared)
    with manager.uow() as uow:
        for p in shared:
            assert len(uow.repo(Person).find(name=p["name"])) == 1


def test_an_ambiguous_match_is_refused_and_named(
    manager: ServiceContext,  # noqa: F811
    sample: dict[str, Any],  # noqa: F811
) -> None:
    shared = _professionals(sample)[0]
    with manager.uow() as uow:
        for title in ("Social worker", "Senior social worker"):
            uow.repo(Person).add(
                Person(name=shared["name"], email=shared["email"], job_title=title)
            )
    before = row_counts(manager)
    with pytest.raises(InvalidInput) as refused:
        import_case_file(manager, sample)
    index = sample["people"].index(shared)
    found = {p.field: p.message for p in refused.value.problems}
    assert f"$.people[{index}]" in found, found
    message = found[f"$.people[{index}]"]
    assert shared["name"] in message and "matches 2 people" in message
    assert "Senior social worker" in message
    assert row_counts(manager) == before


def test_every_demo_case_into_one_database_creates_each_professional_once(
    demo: ServiceContext,  # noqa: F811
    manager: ServiceContext,  # noqa: F811
) -> None:
    from lpdesk.services import cases
    from lpdesk.services.case_file import export_case

    for case in cases.list_cases(demo):
        assert case.id is not None
        import_case(manager, json.loads(json.dumps(export_case(demo, case.id))))
    with manager.uow() as uow:
        people = [(p.name, p.email) for p in uow.repo(Person).find() if p.email]
    assert len(people) == len(set(people))
