"""Small pieces every builder shares: dates, labels, the case header, document metadata."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from lpdesk.documents.builders.wording import plan_kind_of, wording_for
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, DocumentMeta, FieldTable, Heading, Paragraph
from lpdesk.domain import DocumentKind, MemberRole
from lpdesk.rules.dates import day_text

__all__ = [
    "NOT_RECORDED",
    "case_rows",
    "children_with_ages",
    "field_table",
    "label",
    "lead_contact",
    "lead_row",
    "long_date",
    "long_text",
    "long_text_section",
    "meta",
    "on_date",
    "role_label",
    "short_date",
    "time_of",
    "yes_no",
]

NOT_RECORDED = "Not recorded"


def long_date(day: date | None) -> str:
    """ "3 March 2027"."""
    return day_text(day, long=True) if day else NOT_RECORDED


def short_date(day: date | None) -> str:
    """ "03/03/2027"."""
    return f"{day:%d/%m/%Y}" if day else ""


def on_date(moment: datetime) -> str:
    return day_text(moment.date(), weekday=True, long=True)


def time_of(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def yes_no(value: bool | None) -> str:
    if value is None:
        return NOT_RECORDED
    return "Yes" if value else "No"


def label(value: str) -> str:
    """An enum value as words: "did_not_attend" -> "Did not attend"."""
    return value.replace("_", " ").capitalize()


def role_label(role: MemberRole) -> str:
    return {
        MemberRole.LEAD_PROFESSIONAL: "Lead professional",
        MemberRole.LP_MANAGER: "Manager",
        MemberRole.QA_MANAGER: "Quality assurance manager",
    }.get(role, label(role.value))


def meta(ctx: DocumentContext, kind: DocumentKind, title: str, suffix: str = "") -> DocumentMeta:
    return DocumentMeta(
        title=title,
        kind=kind,
        case_reference=ctx.case.reference,
        authority=ctx.authority,
        marking=ctx.marking,
        created=ctx.created,
        author_role=ctx.author_role,
        file_suffix=suffix,
    )


def children_with_ages(ctx: DocumentContext) -> str:
    parts = []
    for view in ctx.children:
        if view.age is not None:
            parts.append(f"{view.name} (age {view.age})")
        elif view.child.date_of_birth is None and view.child.expected_birth_date:
            parts.append(f"{view.name} (expected {long_date(view.child.expected_birth_date)})")
        else:
            parts.append(view.name)
    return "\n".join(parts) or NOT_RECORDED


def lead_contact(ctx: DocumentContext) -> str:
    """How to reach the lead professional, from their person record: "Phone 0141 496 0000,
    email a.b@example.org" ("" when neither is recorded)."""
    lp = ctx.people.get(ctx.lead_professional_id) if ctx.lead_professional_id else None
    if lp is None:
        return ""
    parts = [f"phone {lp.phone}" if lp.phone else "", f"email {lp.email}" if lp.email else ""]
    text = ", ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


def lead_row(ctx: DocumentContext, row_label: str = "Lead professional") -> tuple[str, str]:
    """The lead professional's name and role, and how to reach them."""
    if ctx.lead_professional_id is None:
        return (row_label, NOT_RECORDED)
    contact = lead_contact(ctx)
    who = ctx.name_and_role(ctx.lead_professional_id)
    return (row_label, f"{who}\n{contact}" if contact else who)


def case_rows(ctx: DocumentContext, form_kinds: Iterable[str] = ()) -> tuple[tuple[str, str], ...]:
    """The rows that open most documents: case, children, plan category (a child protection plan
    only), the lead professional and how to reach them."""
    words = wording_for(plan_kind_of(ctx, form_kinds))
    rows = [("Case reference", ctx.case.reference), ("Children", children_with_ages(ctx))]
    if ctx.plan is not None and words.child_protection:
        categories = ", ".join(label(c.value) for c in ctx.plan.categories)
        rows.append(("Plan category", categories or NOT_RECORDED))
    rows.append(lead_row(ctx, words.lead))
    return tuple(rows)


def long_text(text: str, restriction: str | None = None) -> Paragraph:
    return Paragraph.plain(text.strip() or NOT_RECORDED, restriction=restriction)


def long_text_section(
    title: str, text: str, level: int = 2, restriction: str | None = None
) -> tuple[Block, ...]:
    return (Heading(level=level, text=title, restriction=restriction), long_text(text, restriction))


def field_table(rows: list[tuple[str, str]], restriction: str | None = None) -> tuple[Block, ...]:
    return (FieldTable(rows=tuple(rows), restriction=restriction),) if rows else ()
