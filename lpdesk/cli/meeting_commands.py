"""Meetings and escalation steps for administrators and scripts: convene, move, cancel, write the
invitations; list and complete escalation steps. Each verb prints a sentence, or JSON with
--json; refused input exits 2 naming each field, with nothing written."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lpdesk.cli.common import bounded, opened, record_number
from lpdesk.domain import InvalidInput


def register(sub: Any) -> None:
    meeting = sub.add_parser("meeting", help="convene, move or cancel a meeting; its invitations")
    verbs = meeting.add_subparsers(dest="verb", required=True)
    conv = verbs.add_parser("convene", help="convene a core group (or --lac-review) for a case")
    conv.add_argument("case", help="the case reference")
    conv.add_argument("--at", type=datetime.fromisoformat, required=True, help="YYYY-MM-DDTHH:MM")
    conv.add_argument("--venue", required=True)
    conv.add_argument("--chair", type=record_number, required=True, help="the chair's person id")
    conv.add_argument("--minute-taker", type=record_number, required=True, help="their person id")
    conv.add_argument("--lac-review", action="store_true", help="a looked after child review")
    conv.set_defaults(handler=convene)
    move = verbs.add_parser("reschedule", help="move a meeting not yet held")
    move.add_argument("meeting", type=record_number, help="the meeting id")
    move.add_argument("--at", type=datetime.fromisoformat, required=True, help="YYYY-MM-DDTHH:MM")
    move.add_argument("--venue")
    move.set_defaults(handler=reschedule)
    cancel = verbs.add_parser("cancel", help="cancel a meeting not yet held (cannot be undone)")
    cancel.add_argument("meeting", type=record_number, help="the meeting id")
    cancel.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    cancel.set_defaults(handler=cancel_it)
    inv = verbs.add_parser(
        "invitations", help="letters, email drafts and calendar files for everyone invited"
    )
    inv.add_argument("meeting", type=record_number, help="the meeting id")
    inv.add_argument("--out", type=Path, required=True, help="a new or empty folder")
    inv.add_argument(
        "--minutes",
        type=bounded(1, 24 * 60, "a length in minutes up to a day"),
        default=90,
        help="length of the meeting",
    )
    inv.set_defaults(handler=invitations)
    esc = sub.add_parser("escalation", help="escalation steps: list and complete")
    steps = esc.add_subparsers(dest="verb", required=True)
    listing = steps.add_parser("list", help="a case's steps not yet done")
    listing.add_argument("case", help="the case reference")
    listing.set_defaults(handler=list_steps)
    done = steps.add_parser("complete", help="record a step as done, with the decision")
    done.add_argument("step", type=record_number, help="the step id")
    done.add_argument("--on", type=date.fromisoformat, help="YYYY-MM-DD (default today)")
    done.add_argument("--note", required=True, help="with whom, and what was decided")
    done.set_defaults(handler=complete)
    for parser in (conv, move, cancel, inv, listing, done):
        parser.add_argument("--json", action="store_true", help="print JSON")


def _case_id(ctx: Any, reference: str) -> int:
    from lpdesk.services.cases import list_cases

    found = [c for c in list_cases(ctx, include_closed=True) if c.reference == reference]
    if not found or found[0].id is None:
        raise InvalidInput.one("case", f"no case {reference}")
    return found[0].id


def _meeting_json(m: Any) -> dict[str, Any]:
    return {
        "meeting": m.id,
        "kind": m.kind.value,
        "number": m.number,
        "at": m.scheduled_at.isoformat(timespec="minutes"),
        "venue": m.venue,
        "status": m.status.value,
    }


def _say(args: argparse.Namespace, data: Any, text: str) -> int:
    print(json.dumps(data, indent=2, ensure_ascii=False) if args.json else text)
    return 0


def convene(args: argparse.Namespace) -> int:
    from lpdesk.domain import MeetingKind
    from lpdesk.services.meetings import convene_meeting

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        meeting = convene_meeting(
            ctx,
            case_id=_case_id(ctx, args.case),
            scheduled_at=args.at,
            venue=args.venue,
            chair_person_id=args.chair,
            minute_taker_person_id=args.minute_taker,
            kind=MeetingKind.LAC_REVIEW if args.lac_review else MeetingKind.CORE_GROUP,
            profiles=app.profiles,
        )
    return _say(args, _meeting_json(meeting), f"Convened meeting {meeting.id}.")


def reschedule(args: argparse.Namespace) -> int:
    from lpdesk.services.meetings import get_meeting, reschedule_meeting

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        current = get_meeting(ctx, meeting_id=args.meeting)
        moved = reschedule_meeting(
            ctx,
            meeting_id=args.meeting,
            scheduled_at=args.at,
            venue=args.venue,
            expected_revision=current.revision,
        )
    return _say(
        args,
        _meeting_json(moved),
        f"Moved meeting {moved.id}; now write the invitations to tell the invitees.",
    )


def cancel_it(args: argparse.Namespace) -> int:
    from lpdesk.services.meetings import cancel_meeting, get_meeting

    if not args.yes:
        raise InvalidInput.one("yes", "cancelling cannot be undone: add --yes to confirm")
    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        current = get_meeting(ctx, meeting_id=args.meeting)
        gone = cancel_meeting(ctx, meeting_id=args.meeting, expected_revision=current.revision)
    return _say(
        args,
        _meeting_json(gone),
        f"Cancelled meeting {gone.id}; now write the invitations to send the cancellations.",
    )


def invitations(args: argparse.Namespace) -> int:
    from lpdesk.services.invitations import invitation_pack

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        pack = invitation_pack(
            ctx,
            meeting_id=args.meeting,
            out_dir=args.out,
            duration_minutes=args.minutes,
            profiles=app.profiles,
        )
    data = {
        "meeting": pack.meeting_id,
        "folder": str(pack.out_dir),
        "passwords": str(pack.password_list_path),
        "invitees": [
            {
                "person": s.person_id,
                "channel": s.channel.value,
                "method": s.method,
                "letter": str(s.letter) if s.letter else None,
                "calendar": str(s.calendar) if s.calendar else None,
                "email_draft": str(s.email) if s.email else None,
            }
            for s in pack.invitees
        ],
        "problems": list(pack.problems),
    }
    text = f"Invitations for {len(pack.invitees)} invitees written into {pack.out_dir}."
    return _say(args, data, "\n".join([text, *pack.problems]))


def list_steps(args: argparse.Namespace) -> int:
    from lpdesk.services.escalations import open_steps

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        steps = open_steps(ctx, case_id=_case_id(ctx, args.case))
    data = [
        {
            "step": s.id,
            "kind": s.step.value,
            "trigger": s.trigger.value,
            "opened_on": s.opened_on.isoformat(),
            "child": s.child_id,
        }
        for s in steps
    ]
    lines = [f"{s.id}\t{s.opened_on.isoformat()}\t{s.step.value}" for s in steps]
    return _say(args, data, "\n".join(lines) or "No escalation step is waiting.")


def complete(args: argparse.Namespace) -> int:
    from lpdesk.services.escalations import complete_step

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        step = complete_step(
            ctx, step_id=args.step, done_on=args.on or ctx.clock.today(), note=args.note
        )
    data = {"step": step.id, "done_on": step.done_on.isoformat() if step.done_on else None}
    return _say(args, data, f"Step {step.id} done; it has left the due list.")
