"""A short guide for the family, in plain words: what the core group (or the team around the child
or family) is, what the lead professional does, what the family can expect and how to disagree.
Printed from the case's Documents tab, or sent with the first invitation."""

from __future__ import annotations

from datetime import date

from lpdesk.documents.builders.common import lead_contact, long_date, meta
from lpdesk.documents.builders.wording import plan_kind_of, wording_for
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, Document, Heading, Paragraph
from lpdesk.domain import DocumentKind

__all__ = ["build_family_guide"]


def _p(text: str) -> Paragraph:
    return Paragraph.plain(text)


def build_family_guide(ctx: DocumentContext, *, next_meeting_on: date | None = None) -> Document:
    words = wording_for(plan_kind_of(ctx))
    group = words.group  # "the core group", "the team around the child", ...
    authority = ctx.authority
    kids = "your child" if len(ctx.children) == 1 else "your children"
    children = ctx.children_names() or kids
    lp = ctx.people.get(ctx.lead_professional_id) if ctx.lead_professional_id else None
    lp_name = lp.name if lp is not None else "your lead professional"
    blocks: list[Block] = [
        _p(
            f"{authority} and other services are working with your family to help {children}. "
            f"This guide tells you what {group} is, who does what, what you can expect "
            "from us, and what to do if you do not agree."
        ),
        Heading(level=1, text=f"What is {group}?"),
        _p(
            f"{group[:1].upper()}{group[1:]} is a small group of people who work together with "
            f"your family to make the plan for {kids} happen. It includes you, {kids} "
            "when old enough to take part, the lead professional, and the "
            "people from other services who know your family, such as the health visitor, the "
            "school, the nursery or the doctor."
        ),
        _p(
            "The group meets regularly. At each meeting we look at the plan together: what has "
            "been done, what is going well, what we are still worried about, and what needs to "
            "happen next. Your views matter and are written down in the record of the meeting."
        ),
        Heading(level=1, text="What the lead professional does"),
        _p(
            f"{lp_name} is your lead professional. They are the person who makes sure the plan "
            f"happens. They visit your family and see {kids}, arrange the meetings, make "
            "sure what was agreed is written down and sent to you, keep everyone in touch, and "
            "are the first person to contact if you have a question or a worry."
        ),
        Heading(level=1, text="What you can expect"),
        _p("You will be invited to every meeting, in writing, with the date, time and place."),
        _p(
            "You can bring someone to support you, such as a friend or a family member. If you "
            "need an interpreter, large print or help to get to the meeting, tell your lead "
            "professional and it will be arranged."
        ),
        _p(
            "If you cannot come, you can tell your lead professional your views before the meeting."
        ),
        _p(
            "You will get a copy of the plan and of the record of each meeting. If the plan "
            "changes, you will be told."
        ),
        _p(
            "Information about your family is kept safe. It is shared only with the people who "
            f"need it to help {kids}."
        ),
    ]
    if next_meeting_on is not None:
        blocks.append(_p(f"The next meeting is on {long_date(next_meeting_on)}."))
    blocks += [
        Heading(level=1, text="If you do not agree"),
        _p(
            "You can disagree with anything in the plan or in the record of a meeting. Say so at "
            "the meeting, or tell your lead professional. What you think will be written down in "
            "the record, next to what the others think."
        ),
        _p(
            "If you are still unhappy, you can ask to speak to the lead professional's manager."
            + (
                " After that, you can ask the chair of the child protection conference to look "
                "at it."
                if words.child_protection
                else ""
            )
        ),
        _p(
            f"You can also make a complaint to {authority}. Disagreeing or complaining will not "
            "be held against you or your family."
        ),
        Heading(level=1, text="How to reach your lead professional"),
        _p(lp_name + (f". {lead_contact(ctx)}." if lead_contact(ctx) else ".")),
    ]
    title = f"About {group}: a guide for your family"
    return Document(
        meta=meta(ctx, DocumentKind.FAMILY_GUIDE, title[:1].upper() + title[1:], "guide"),
        blocks=tuple(blocks),
    )
