"""Letters to one person: the invitation to a core group meeting, and the summary of discussions
and outcomes for a parent excluded from the core group (a summary, never the full record)."""

from __future__ import annotations

from lpdesk.documents.builders.common import long_date, meta, on_date, time_of
from lpdesk.documents.builders.wording import plan_kind_of, wording_for
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, Document, Heading, Paragraph, Run
from lpdesk.domain import DocumentKind, Meeting

__all__ = ["build_excluded_parent_summary", "build_invitation"]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _address_block(ctx: DocumentContext, person_id: int) -> tuple[Block, ...]:
    name = ctx.name(person_id)
    address = ctx.address(person_id)  # "" when withheld
    text = "\n".join(p for p in (name, address.strip()) if p)
    return (Paragraph.plain(text), Paragraph.plain(long_date(ctx.created)))


def _sign_off(ctx: DocumentContext) -> tuple[Block, ...]:
    lp = ctx.people.get(ctx.lead_professional_id) if ctx.lead_professional_id else None
    if lp is None:
        return (Paragraph.plain("Yours sincerely,\n\nLead professional"),)
    contact = "\n".join(p for p in (lp.phone, lp.email) if p)
    lines = ["Yours sincerely,", "", lp.name, lp.job_title or "Lead professional", contact]
    return (Paragraph.plain("\n".join(line for line in lines if line is not None).rstrip()),)


def build_invitation(ctx: DocumentContext, meeting: Meeting, invitee_id: int) -> Document:
    """An invitation to one member: when, where, what the meeting is for, what to bring."""
    invitee = ctx.people.get(invitee_id)
    family = any(m.person_id == invitee_id and m.role.is_family for m in ctx.memberships)
    when = f"{on_date(meeting.scheduled_at)} at {time_of(meeting.scheduled_at)}"
    words = wording_for(plan_kind_of(ctx))
    meeting_words = words.meeting[:1].lower() + words.meeting[1:]
    blocks: list[Block] = [
        *_address_block(ctx, invitee_id),
        Paragraph.plain(f"Dear {invitee.name if invitee else 'core group member'},"),
        Paragraph(
            runs=(
                Run(text=f"You are invited to the {meeting_words} for "),
                Run(text=ctx.children_names() or "the children", bold=True),
                Run(text=" on "),
                Run(text=when, bold=True),
                Run(text=f", at {meeting.venue}." if meeting.venue else "."),
            )
        ),
        Paragraph.plain(
            f"{_capital(words.group)} meets to put the plan into effect and to review how it is "
            "working: what has happened since the last meeting, the progress of every action, "
            "and what needs to happen next."
        ),
    ]
    if meeting.review_conference_on is not None and words.child_protection:
        blocks.append(
            Paragraph(
                runs=(
                    Run(text="The next review conference is on "),
                    Run(text=long_date(meeting.review_conference_on), bold=True),
                    Run(text=". Every member of the core group is asked to keep this date."),
                )
            )
        )
    if family:
        blocks.append(
            Paragraph.plain(
                "Your views matter. You are welcome to bring someone to support you. If you cannot "
                "come, please tell me before the meeting so that your views can still be shared."
            )
        )
    else:
        blocks.append(
            Paragraph.plain(
                "Please bring an update on your agency's actions under the plan. If you cannot "
                "attend, please send your apologies and a written report before the meeting."
            )
        )
    blocks += _sign_off(ctx)
    suffix = f"cg{meeting.number}-invitation-{invitee_id}"
    return Document(
        meta=meta(ctx, DocumentKind.INVITATION, f"Invitation to a {meeting_words}", suffix),
        blocks=tuple(blocks),
    )


def _paragraphs(text: str) -> list[str]:
    parts = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return [p for p in parts if p] or ["No summary was written."]


def build_excluded_parent_summary(
    ctx: DocumentContext, meeting: Meeting, parent_id: int, summary: str
) -> Document:
    """What was discussed and decided, as the lead professional judges fit to share with a parent
    who is excluded from the core group. No attendance, no other person's details."""
    held = meeting.held_on or meeting.scheduled_at.date()
    group = _capital(wording_for(plan_kind_of(ctx)).group)
    blocks: list[Block] = [
        *_address_block(ctx, parent_id),
        Paragraph.plain(f"Dear {ctx.name(parent_id)},"),
        Paragraph.plain(
            f"{group} met on {long_date(held)} about {ctx.children_names() or 'your children'}. "
            "This letter tells you what was discussed and what was decided."
        ),
        Heading(level=1, text="What was discussed and decided"),
        # only what the lead professional wrote for this parent: nothing from any other field
        *[Paragraph.plain(part) for part in _paragraphs(summary)],
    ]
    if meeting.next_meeting_on:
        blocks.append(
            Paragraph.plain(f"{group} will next meet on {long_date(meeting.next_meeting_on)}.")
        )
    blocks.append(Paragraph.plain("If you have any questions, please contact me."))
    blocks += _sign_off(ctx)
    return Document(
        meta=meta(
            ctx,
            DocumentKind.EXCLUDED_PARENT_SUMMARY,
            "Summary of discussions and outcomes",
            f"cg{meeting.number}-summary-{parent_id}",
        ),
        blocks=tuple(blocks),
    )
