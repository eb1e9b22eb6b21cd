"""The domain rules and input checks every route into the record enforces: the use cases, the
update of a person, and the import of a case file. One rule, one place: each check appends a
``FieldProblem`` naming the field (a service's argument name, or a case file's JSON path) and lets
the caller refuse them all together, so a refused change writes nothing.

Text checks (``check_text``, ``check_email``) stay in ``services.people``, where every use case
already finds them; ``check_plain_data`` is their counterpart for data that arrives as a whole
(a case file): nesting depth, string sizes and characters, integer range, finite numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, datetime
from typing import Final

from lpdesk.domain import FieldProblem, Membership, PlanKind, VisitOutcome

__all__ = [
    "CP_LEAD_QUALIFIED",
    "EARLIEST",
    "INT64_MAX",
    "LATEST",
    "MAX_DEPTH",
    "MAX_STRING",
    "REFERENCE",
    "VISIT_TEXT_LIMITS",
    "check_date_bounds",
    "check_lead_qualified",
    "check_meeting_officers",
    "check_not_future",
    "check_plain_data",
    "check_profile",
    "check_reference",
    "check_visit",
    "eligible_officers",
]

CP_LEAD_QUALIFIED: Final = (
    "the lead professional for a child protection plan must be a qualified social worker"
)
REFERENCE: Final = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
MAX_REFERENCE: Final = 40
# Dates a case record may hold: the date arithmetic of the due list and the reports stays in range.
EARLIEST: Final = date(1900, 1, 1)
LATEST: Final = date(2199, 12, 31)
INT64_MAX: Final = 2**63 - 1
MAX_DEPTH: Final = 64  # a case file is at most ~8 levels deep; minutes' answers add a few
MAX_STRING: Final = 100_000  # characters in any one string of a case file
_NAMED: Final = 8  # a problem of depth is named at the last field up to this depth
_NOT_SEEN: Final = (VisitOutcome.REFUSED, VisitOutcome.NO_ACCESS)
# The longest text each field of a visit holds (``check_text`` with these, on every route).
VISIT_TEXT_LIMITS: Final = {
    "present": 2000,
    "not_alone_reason": 8000,
    "observations": 8000,
    "key_subjects": 8000,
    "presentation": 8000,
    "new_concerns": 8000,
}
# NUL and other control characters (not tab or line breaks), lone surrogates, bidi overrides.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def check_lead_qualified(
    problems: list[FieldProblem], field: str, *, qualified: bool, plan_kind: PlanKind | None
) -> None:
    """The lead professional for a child protection plan is a qualified social worker."""
    if plan_kind is PlanKind.CHILD_PROTECTION and not qualified:
        problems.append(FieldProblem(field, CP_LEAD_QUALIFIED))


def check_not_future(
    problems: list[FieldProblem], field: str, when: date | datetime | None, now: datetime
) -> None:
    """Something that happened (a conference held, a visit) is not in the future."""
    if when is None:
        return
    late = when > now if isinstance(when, datetime) else when > now.date()
    if late:
        problems.append(FieldProblem(field, "must not be in the future"))


def check_date_bounds(problems: list[FieldProblem], field: str, when: date | None) -> None:
    if when is None:
        return
    day = when.date() if isinstance(when, datetime) else when
    if not EARLIEST <= day <= LATEST:
        problems.append(FieldProblem(field, f"must be between {EARLIEST.year} and {LATEST.year}"))


def check_reference(problems: list[FieldProblem], field: str, reference: str) -> None:
    """A case reference ("CP-2026-0147"): letters, digits and single hyphens, at most 40."""
    if not REFERENCE.fullmatch(reference) or len(reference) > MAX_REFERENCE:
        problems.append(
            FieldProblem(field, "letters, digits and single hyphens only (e.g. CP-2026-0147)")
        )


def check_profile(
    problems: list[FieldProblem], field: str, profile_id: str, known: Collection[str]
) -> None:
    """A case runs one of the practice profiles this database knows."""
    if profile_id not in known:
        problems.append(
            FieldProblem(field, f'no profile "{profile_id}" (known: {", ".join(sorted(known))})')
        )


def check_visit(
    problems: list[FieldProblem],
    field: Callable[[str], str],
    *,
    outcome: VisitOutcome | None,
    seen_alone: bool,
    not_alone_reason: str,
    spoke_with_child: bool,
    bedroom_seen: bool,
) -> None:
    """A completed visit where the child was not seen alone says why; a refused or no-access
    visit cannot record the child as spoken with, seen alone or their bedroom seen. ``field``
    turns a field name into the name to report (``lambda f: f`` for a use case)."""
    if outcome is VisitOutcome.COMPLETED and not seen_alone and not not_alone_reason.strip():
        problems.append(
            FieldProblem(field("not_alone_reason"), "required when the child was not seen alone")
        )
    if outcome in _NOT_SEEN:
        for name, value in (
            ("spoke_with_child", spoke_with_child),
            ("seen_alone", seen_alone),
            ("bedroom_seen", bedroom_seen),
        ):
            if value:
                problems.append(FieldProblem(field(name), f"not possible on a {outcome} visit"))


def eligible_officers(
    memberships: Iterable[Membership], day: date, lp_manager_id: int | None
) -> tuple[int, ...]:
    """Who may chair or minute a core group held on ``day``: the core group's professionals then
    (and the lead professional's manager), never anyone who is family or excluded on the case."""
    rows = list(memberships)
    barred = {m.person_id for m in rows if m.role.is_family or m.excluded}
    professionals = [m.person_id for m in rows if m.active_on(day) and not m.role.is_family]
    if lp_manager_id is not None:
        professionals.append(lp_manager_id)
    return tuple(dict.fromkeys(p for p in professionals if p not in barred))


def check_meeting_officers(
    problems: list[FieldProblem],
    field: Callable[[str], str],
    *,
    chair: int | None,
    minute_taker: int | None,
    chairs: Collection[int],
    minute_takers: Collection[int],
    names: Mapping[int, str],
) -> None:
    """The chair and the minute taker of a core group are among those who may, and not one
    person. ``names`` name them in the sentence (no ids on screen)."""
    if chair is not None and chair == minute_taker:
        problems.append(
            FieldProblem(field("minute_taker_person_id"), "the minute taker must not be the chair")
        )
    for name, pid, allowed, what in (
        ("chair_person_id", chair, chairs, "chair"),
        ("minute_taker_person_id", minute_taker, minute_takers, "minute taker"),
    ):
        if pid is not None and pid in names and pid not in allowed:
            problems.append(
                FieldProblem(
                    field(name),
                    f"{names[pid]} cannot be the {what}: the {what} of a core group is a"
                    " professional of the core group, never a parent, carer, child or excluded"
                    " member",
                )
            )


def check_plain_data(
    problems: list[FieldProblem],
    value: object,
    path: str = "$",
    *,
    max_depth: int = MAX_DEPTH,
    max_string: int = MAX_STRING,
) -> None:
    """Walk JSON-like data without recursion: refuse nesting deeper than ``max_depth``, strings
    longer than ``max_string`` or holding NUL, control characters, lone surrogates or bidi
    overrides, integers outside int64 and numbers that are not finite. One problem per place;
    a structure too deep is reported once, at the last field named on the way down, and not
    walked further."""
    stack: list[tuple[object, str, int, str]] = [(value, path, 0, path)]
    while stack:
        item, where, depth, field = stack.pop()  # field: the last named field on the way
        if isinstance(item, dict | list):
            if depth >= max_depth:
                problems.append(FieldProblem(field, f"nested deeper than {max_depth} levels"))
                continue
            if isinstance(item, dict):
                for k, v in item.items():
                    if not isinstance(k, str):
                        problems.append(FieldProblem(where, "keys must be text"))
                        continue
                    _check_string(problems, f"{where} (a key)", k, max_string)
                    named = f"{where}.{k}"
                    stack.append((v, named, depth + 1, named if depth < _NAMED else field))
            else:
                stack.extend((v, f"{where}[{i}]", depth + 1, field) for i, v in enumerate(item))
        elif isinstance(item, str):
            _check_string(problems, where, item, max_string)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not -INT64_MAX - 1 <= item <= INT64_MAX:
                problems.append(FieldProblem(where, "a whole number too large to store"))
        elif isinstance(item, float):
            if not math.isfinite(item):
                problems.append(FieldProblem(where, "not a finite number"))
        else:
            problems.append(FieldProblem(where, f"not plain data ({type(item).__name__})"))


def _check_string(problems: list[FieldProblem], where: str, text: str, max_string: int) -> None:
    if len(text) > max_string:
        problems.append(FieldProblem(where, f"longer than {max_string} characters"))
    elif _UNSAFE.search(text):
        problems.append(
            FieldProblem(
                where,
                "holds a character that cannot be stored or shown safely (NUL, a control"
                " character, a lone surrogate or a direction override)",
            )
        )
