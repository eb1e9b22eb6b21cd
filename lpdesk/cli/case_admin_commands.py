"""Case administration for scripts: ``case create`` (from the initial conference), ``member
add|exclude|leave`` and ``conference record``. Each prints what was stored (``--json``: one
object); refused input exits 2 naming every problem, and nothing is written."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import re
from datetime import date
from typing import Any

from lpdesk.cli.common import opened
from lpdesk.domain import FieldProblem, InvalidInput

_NUMERIC_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def register(sub: Any) -> None:
    case = sub.add_parser("case", help="start a case from its initial conference")
    case_sub = case.add_subparsers(dest="case_command", required=True)
    create = case_sub.add_parser("create", help="the case, children, plan, ICPC and LP at once")
    create.add_argument("--reference", default="")
    create.add_argument("--profile", default="england_cp", help="practice profile id")
    create.add_argument("--category", action="append", default=[], help="repeat for each")
    create.add_argument("--reason", default="", help="why the children are on a plan")
    create.add_argument("--child", action="append", default=[], help='"Name,DATE OF BIRTH"')
    create.add_argument("--unborn", action="append", default=[], help='"Name,EXPECTED DATE"')
    create.add_argument("--conference-on", default="", help="the ICPC's date")
    create.add_argument("--chair", default="", help="the chair's name (a new person)")
    create.add_argument("--chair-id", default="", help="the chair's person id")
    create.add_argument("--outline-plan", default="")
    create.add_argument("--first-review", default="", help="the first review conference's date")
    create.add_argument("--lead", default="", help="the LP: a username or a person id")
    create.add_argument("--team", default="")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=case_create)

    member = sub.add_parser("member", help="core group membership")
    member_sub = member.add_subparsers(dest="member_command", required=True)
    add = member_sub.add_parser("add", help="a person from the directory, or a new person")
    add.add_argument("--case", default="", help="the case reference")
    add.add_argument("--person-id", default="", help="someone in the directory")
    add.add_argument("--name", default="", help="a new person")
    for flag in ("agency", "job-title", "email", "phone", "address", "access-needs"):
        add.add_argument(f"--{flag}", default="")
    add.add_argument("--withheld-reason", default="", help="withhold the address, saying why")
    add.add_argument("--role", default="professional")
    add.add_argument("--channel", default="email", help="email, post, hand or none")
    add.add_argument("--joined-on", default="", help="default today")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=member_add)
    exclude = member_sub.add_parser("exclude", help="exclude a family member (a summary only)")
    exclude.add_argument("--membership-id", default="")
    exclude.add_argument("--reason", default="")
    exclude.add_argument("--on", default="", help="default today")
    exclude.add_argument("--json", action="store_true")
    exclude.set_defaults(handler=member_exclude)
    leave = member_sub.add_parser("leave", help="a member leaves the core group")
    leave.add_argument("--membership-id", default="")
    leave.add_argument("--on", default="", help="default today")
    leave.add_argument("--json", action="store_true")
    leave.set_defaults(handler=member_leave)

    conference = sub.add_parser("conference", help="review conferences")
    conf_sub = conference.add_subparsers(dest="conference_command", required=True)
    rec = conf_sub.add_parser("record", help="a review held: the plan continues, changes or ends")
    rec.add_argument("--case", default="")
    rec.add_argument("--held-on", default="")
    rec.add_argument("--outcome", default="", help="plan_continues, category_changed, plan_ends")
    rec.add_argument("--next-review", default="")
    rec.add_argument("--category", action="append", default=[])
    rec.add_argument("--end-reason", default="")
    rec.add_argument("--chair-id", default="")
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(handler=conference_record)


# -- parsing: every problem collected, none raised on its own ----------------------------------


def _day(problems: list[FieldProblem], field: str, text: str) -> date | None:
    """17/12/2026 or 2026-12-17; empty is None."""
    text = text.strip()
    if not text:
        return None
    try:
        found = _NUMERIC_DATE.match(text)
        if found:
            d, m, y = (int(g) for g in found.groups())
            return date(y, m, d)
        return date.fromisoformat(text)
    except ValueError:
        problems.append(FieldProblem(field, f'"{text}" is not a date (17/12/2026 or 2026-12-17)'))
        return None


def _int(problems: list[FieldProblem], field: str, text: str) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit():
        problems.append(FieldProblem(field, f'"{text}" is not a number'))
        return None
    return int(text)


def _required(problems: list[FieldProblem], field: str, value: object) -> None:
    if value is None or value == "":
        problems.append(FieldProblem(field, "required"))


def _case_id(app: Any, ctx: Any, reference: str, problems: list[FieldProblem]) -> int:
    from lpdesk.services.cases import list_cases

    for case in list_cases(ctx, include_closed=True):
        if case.reference == reference.strip():
            return case.id or 0
    problems.append(FieldProblem("case", f'no case "{reference}"' if reference else "required"))
    return 0


def _json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    return value


def _print(args: argparse.Namespace, result: Any, sentence: str) -> int:
    print(json.dumps(_json(result), indent=2, ensure_ascii=False) if args.json else sentence)
    return 0


def _raise(problems: list[FieldProblem]) -> None:
    if problems:
        raise InvalidInput(problems)


# -- the commands ---------------------------------------------------------------------------


def case_create(args: argparse.Namespace) -> int:
    from lpdesk.domain import User
    from lpdesk.services.cases import NewChild, start_case

    problems: list[FieldProblem] = []
    children = []
    for kind, given in [("child", c) for c in args.child] + [("unborn", c) for c in args.unborn]:
        name, _, when = given.rpartition(",")
        day = _day(problems, kind, when)
        if not name.strip() or day is None:
            problems.append(FieldProblem(kind, f'"{given}": give "Name,DATE"'))
            continue
        born = kind == "child"
        children.append(
            NewChild(
                name=name.strip(),
                date_of_birth=day if born else None,
                expected_birth_date=None if born else day,
            )
        )
    conference_on = _day(problems, "conference-on", args.conference_on)
    first_review = _day(problems, "first-review", args.first_review)
    _required(problems, "conference-on", args.conference_on)
    _required(problems, "first-review", args.first_review)
    chair_id = _int(problems, "chair-id", args.chair_id)
    with opened(args) as app:
        actor = app.actor(args.user)
        ctx = app.context(actor)
        lead_id: int | None = actor.person_id
        if args.lead.strip().isdigit():
            lead_id = int(args.lead)
        elif args.lead.strip():
            with app.store.unit_of_work() as uow:
                users = uow.repo(User).find(username=args.lead.strip())
            lead_id = users[0].person_id if users else None
            if lead_id is None:
                problems.append(FieldProblem("lead", f'no user "{args.lead}" with a person'))
        if lead_id is None and not args.lead.strip():
            problems.append(FieldProblem("lead", "required: a username or a person id"))
        if conference_on is None or first_review is None:
            _raise(problems)
        assert conference_on is not None and first_review is not None
        try:
            started = start_case(
                ctx,
                reference=args.reference,
                profile_id=args.profile,
                categories=args.category,
                reason=args.reason,
                children=children,
                conference_on=conference_on,
                chair_person_id=chair_id,
                chair_name=args.chair,
                outline_plan=args.outline_plan,
                first_review_on=first_review,
                lead_person_id=lead_id or 0,
                team=args.team,
                profiles=app.profiles,
            )
        except InvalidInput as err:
            raise InvalidInput([*problems, *err.problems]) from None
        _raise(problems)
    return _print(
        args,
        started,
        f"case {started.case.reference} started; {started.first_core_group_reason}",
    )


def member_add(args: argparse.Namespace) -> int:
    problems: list[FieldProblem] = []
    person_id = _int(problems, "person-id", args.person_id)
    joined = _day(problems, "joined-on", args.joined_on)
    if person_id is None and not args.name.strip():
        problems.append(FieldProblem("person-id", "a person id, or --name for a new person"))
    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        case_id = _case_id(app, ctx, args.case, problems)
        if not case_id:
            _raise(problems)
        common: dict[str, Any] = {
            "case_id": case_id,
            "role": args.role,
            "joined_on": joined or ctx.clock.today(),
            "channel": args.channel,
        }
        try:
            member = _add(ctx, args, person_id, common)
        except InvalidInput as err:
            raise InvalidInput([*problems, *err.problems]) from None
        _raise(problems)
    return _print(args, member, f"added to the core group (membership {member.id})")


def _add(ctx: Any, args: argparse.Namespace, person_id: int | None, common: dict[str, Any]) -> Any:
    from lpdesk.services.cases import add_member, add_new_member

    if person_id is not None:
        return add_member(ctx, person_id=person_id, **common)
    return add_new_member(
        ctx,
        name=args.name,
        agency=args.agency,
        job_title=args.job_title,
        email=args.email,
        phone=args.phone,
        address=args.address.replace("\\n", "\n"),
        address_withheld=bool(args.withheld_reason.strip()),
        address_withheld_reason=args.withheld_reason,
        access_needs=args.access_needs,
        **common,
    )


def member_exclude(args: argparse.Namespace) -> int:
    from lpdesk.services.cases import exclude_member

    problems: list[FieldProblem] = []
    membership_id = _int(problems, "membership-id", args.membership_id)
    _required(problems, "membership-id", membership_id)
    day = _day(problems, "on", args.on)
    if not args.reason.strip():
        problems.append(FieldProblem("reason", "required"))
    _raise(problems)
    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        member = exclude_member(
            ctx, membership_id=membership_id or 0, reason=args.reason, excluded_on=day
        )
    return _print(args, member, f"membership {member.id} excluded: a summary from now on")


def member_leave(args: argparse.Namespace) -> int:
    from lpdesk.services.cases import leave_member

    problems: list[FieldProblem] = []
    membership_id = _int(problems, "membership-id", args.membership_id)
    _required(problems, "membership-id", membership_id)
    day = _day(problems, "on", args.on)
    _raise(problems)
    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        member = leave_member(
            ctx, membership_id=membership_id or 0, left_on=day or ctx.clock.today()
        )
    return _print(args, member, f"membership {member.id} left the core group")


def conference_record(args: argparse.Namespace) -> int:
    from lpdesk.services.cases import record_review_conference

    problems: list[FieldProblem] = []
    held = _day(problems, "held-on", args.held_on)
    _required(problems, "held-on", args.held_on)
    next_review = _day(problems, "next-review", args.next_review)
    chair_id = _int(problems, "chair-id", args.chair_id)
    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        case_id = _case_id(app, ctx, args.case, problems)
        if held is None or not case_id:
            _raise(problems)
        try:
            result = record_review_conference(
                ctx,
                case_id=case_id,
                held_on=held or date.min,
                outcome=args.outcome,
                chair_person_id=chair_id,
                next_review_on=next_review,
                categories=args.category,
                end_reason=args.end_reason,
            )
        except InvalidInput as err:
            raise InvalidInput([*problems, *err.problems]) from None
        _raise(problems)
    sentence = (
        f"review recorded; next review {result.next_review.scheduled_for}"
        if result.next_review is not None
        else "review recorded; the plan ended and the case is closed"
    )
    return _print(args, result, sentence)
