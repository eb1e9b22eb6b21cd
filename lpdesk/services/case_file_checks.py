"""The rules a case file must keep before anything in it is written: the same checks the use cases
run (``services.validation``, ``services.people``), each problem named by its JSON path.

``hygiene_problems`` runs first, on anything at all: nesting depth, string sizes and characters,
integers within int64, finite numbers; nothing else walks data that fails it. ``record_problems``
runs once the file has the schema's shape and its references hold: dates within bounds, the case's
reference and profile, people's details, visits, conferences and meetings not held in the future,
the lead professional of a child protection plan qualified, and each core group chaired and
minuted by professionals of the core group.

``read_case_file`` reads a file from disk within a size limit and parses it without letting a
deeply nested file reach the parser's recursion limit as a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from lpdesk.domain import (
    Case,
    FieldProblem,
    InvalidInput,
    MeetingKind,
    MeetingStatus,
    Membership,
    PlanKind,
    VisitOutcome,
)
from lpdesk.rules.profile import Profile
from lpdesk.services.case_file_relink import FormLookup
from lpdesk.services.case_file_schema import SECTIONS, from_json, section_key, type_hints
from lpdesk.services.people import check_person_details, check_text
from lpdesk.services.validation import (
    VISIT_TEXT_LIMITS,
    check_date_bounds,
    check_lead_qualified,
    check_meeting_officers,
    check_not_future,
    check_plain_data,
    check_profile,
    check_reference,
    check_visit,
    eligible_officers,
)

__all__ = [
    "MAX_FILE_BYTES",
    "hygiene_problems",
    "read_case_file",
    "record_problems",
]

MAX_FILE_BYTES: Final = 50_000_000  # the largest demo case file is ~60 kB


def read_case_file(path: Path) -> Any:
    """The parsed JSON of a case file, or ``InvalidInput`` at "$" saying why it cannot be read:
    missing, larger than ``MAX_FILE_BYTES``, not UTF-8, not JSON, or nested too deep to parse."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput.one(
                "$", f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB: not a case file"
            )
        text = path.read_bytes().decode("utf-8")
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise InvalidInput.one("$", "nested too deeply to be a case file") from None
    except (OSError, UnicodeDecodeError, ValueError) as err:
        reason = str(err).split("\n")[0][:200]
        raise InvalidInput.one("$", f"not a readable JSON file: {reason}") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a case file may hold")


def hygiene_problems(data: Any) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    check_plain_data(problems, data)
    return problems


def record_problems(
    data: dict[str, Any], *, now: datetime, profiles: Mapping[str, Profile], forms: FormLookup
) -> list[FieldProblem]:
    """Every domain rule the use cases enforce, on a file of the right shape."""
    problems: list[FieldProblem] = []
    for cls, path, item in _records(data):
        _check_dates(problems, cls, path, item)
    case = data["case"]
    check_reference(problems, "$.case.reference", case["reference"])
    check_profile(problems, "$.case.profile_id", case["profile_id"], profiles)
    check_text(problems, "$.case.team", case.get("team", ""), max_length=80)
    check_not_future(problems, "$.case.opened_on", _day(case["opened_on"]), now)
    for i, agency in enumerate(data["agencies"]):
        check_text(problems, f"$.agencies[{i}].name", agency["name"], required=True)
    for i, person in enumerate(data["people"]):
        check_person_details(
            problems,
            lambda f, i=i: f"$.people[{i}].{f}",  # type: ignore[misc]
            name=person["name"],
            job_title=person.get("job_title", ""),
            email=person.get("email", ""),
            phone=person.get("phone", ""),
            address=person.get("address", ""),
        )
    _check_visits(problems, data["visits"], now)
    for i, conference in enumerate(data["conferences"]):
        check_not_future(
            problems, f"$.conferences[{i}].held_on", _day(conference.get("held_on")), now
        )
    for i, meeting in enumerate(data["meetings"]):
        check_not_future(problems, f"$.meetings[{i}].held_on", _day(meeting.get("held_on")), now)
        _check_answers(problems, f"$.meetings[{i}]", meeting, forms)
    profile = profiles.get(case["profile_id"])
    _check_lead(problems, data, profile)
    _check_officers(problems, data)
    return problems


def _records(data: dict[str, Any]) -> Iterable[tuple[type, str, dict[str, Any]]]:
    for cls in SECTIONS:
        key = section_key(cls)
        if cls is Case:
            yield cls, f"$.{key}", data[key]
        else:
            for i, item in enumerate(data[key]):
                yield cls, f"$.{key}[{i}]", item


def _check_dates(problems: list[FieldProblem], cls: type, path: str, item: dict[str, Any]) -> None:
    hints = type_hints(cls)
    for f in dataclasses.fields(cls):
        leaves = set(typing.get_args(hints[f.name])) | {hints[f.name]}
        if (date in leaves or datetime in leaves) and isinstance(item.get(f.name), str):
            check_date_bounds(problems, f"{path}.{f.name}", _day(item[f.name]))


def _day(value: str | None) -> date | datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def _check_visits(
    problems: list[FieldProblem], visits: list[dict[str, Any]], now: datetime
) -> None:
    for i, visit in enumerate(visits):
        check_not_future(problems, f"$.visits[{i}].visited_at", _day(visit["visited_at"]), now)
        for name, longest in VISIT_TEXT_LIMITS.items():
            text = visit.get(name, "")
            check_text(problems, f"$.visits[{i}].{name}", text, multiline=True, max_length=longest)
        check_visit(
            problems,
            lambda f, i=i: f"$.visits[{i}].{f}",  # type: ignore[misc]
            outcome=VisitOutcome(visit.get("outcome", VisitOutcome.COMPLETED.value)),
            seen_alone=visit.get("seen_alone", False),
            not_alone_reason=visit.get("not_alone_reason", ""),
            spoke_with_child=visit.get("spoke_with_child", False),
            bedroom_seen=visit.get("bedroom_seen", False),
        )


def _check_answers(
    problems: list[FieldProblem], path: str, meeting: dict[str, Any], forms: FormLookup
) -> None:
    from lpdesk.services.meetings.minutes import MAX_ANSWERS_BYTES

    answers = meeting.get("answers") or {}
    if len(json.dumps(answers, ensure_ascii=False).encode()) > MAX_ANSWERS_BYTES:
        problems.append(FieldProblem(f"{path}.answers", "the minutes are too large"))
        return
    spec = forms(meeting.get("form_id", ""), meeting.get("form_version", 0))
    if spec is None:
        return  # named by the reference check
    known = {s.key for s in spec.sections}
    for key, value in answers.items():
        if key not in known:
            problems.append(
                FieldProblem(f"{path}.answers.{key}", f"no section {key} on form {spec.id}")
            )
        elif not isinstance(value, dict):
            problems.append(FieldProblem(f"{path}.answers.{key}", "must be answers by field"))


def _check_officers(problems: list[FieldProblem], data: dict[str, Any]) -> None:
    """A core group's chair and minute taker are professionals of the core group that day (or
    the lead professional's manager), never family or excluded, and not one person."""
    memberships = [from_json(Membership, m) for m in data["memberships"]]
    people = {p["id"]: p for p in data["people"]}
    names = {key: p["name"] for key, p in people.items()}
    for i, meeting in enumerate(data["meetings"]):
        if meeting.get("kind", MeetingKind.CORE_GROUP.value) != MeetingKind.CORE_GROUP.value:
            continue
        if meeting.get("status") == MeetingStatus.CANCELLED.value:
            continue
        day = datetime.fromisoformat(meeting["scheduled_at"]).date()
        leads = [
            a
            for a in data["lead_assignments"]
            if date.fromisoformat(a["started_on"]) <= day
            and (a.get("ended_on") is None or day < date.fromisoformat(a["ended_on"]))
        ]
        manager = people.get(leads[-1]["person_id"], {}).get("manager_id") if leads else None
        eligible = eligible_officers(memberships, day, manager)
        check_meeting_officers(
            problems,
            lambda f, i=i: f"$.meetings[{i}].{f}",  # type: ignore[misc]
            chair=meeting.get("chair_person_id"),
            minute_taker=meeting.get("minute_taker_person_id"),
            chairs=eligible,
            minute_takers=eligible,
            names=names,
        )


def _check_lead(
    problems: list[FieldProblem], data: dict[str, Any], profile: Profile | None
) -> None:
    """The current lead professional of a child protection plan is a qualified social worker."""
    plans = [p for p in data["plans"] if p.get("ended_on") is None]
    if plans:
        kind = PlanKind(plans[-1]["kind"])
    else:
        kind = profile.plan_kind if profile is not None else PlanKind.CHILD_PROTECTION
    people = {p["id"]: p for p in data["people"]}
    for i, lead in enumerate(data["lead_assignments"]):
        if lead.get("ended_on") is not None:
            continue
        person = people.get(lead["person_id"], {})
        check_lead_qualified(
            problems,
            f"$.lead_assignments[{i}].person_id",
            qualified=bool(person.get("qualified_social_worker", False)),
            plan_kind=kind,
        )
