"""Small pieces every builder shares: dates, labels, the case header, document metadata."""

from __future__ import annotations

from datetime import date, datetime

from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, DocumentMeta, FieldTable, Heading, Paragraph
from lpdesk.domain import DocumentKind, MemberRole

__all__ = [
    "NOT_RECORDED",
    "case_rows",
    "children_with_ages",
    "field_table",
    "label",
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
    return f"{day.day} {day:%B %Y}" if day else NOT_RECORDED


def short_date(day: date | None) -> str:
    """ "03/03/2027"."""
    return f"{day:%d/%m/%Y}" if day else ""


def on_date(moment: datetime) -> str:
    return f"{moment:%A} {long_date(moment.date())}"


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


def case_rows(ctx: DocumentContext) -> tuple[tuple[str, str], ...]:
    """The rows that open most documents: case, children, plan category, lead professional."""
    rows = [("Case reference", ctx.case.reference), ("Children", children_with_ages(ctx))]
    if ctx.plan is not None:
        categories = ", ".join(label(c.value) for c in ctx.plan.categories)
        rows.append(("Plan category", categories or NOT_RECORDED))
    if ctx.lead_professional_id is not None:
        rows.append(("Lead professional", ctx.name_and_role(ctx.lead_professional_id)))
    return tuple(rows)


def long_text(text: str, restriction: str | None = None) -> Paragraph:
    return Paragraph.plain(text.strip() or NOT_RECORDED, restriction=restriction)


def long_text_section(
    title: str, text: str, level: int = 2, restriction: str | None = None
) -> tuple[Block, ...]:
    return (Heading(level=level, text=title, restriction=restriction), long_text(text, restriction))


def field_table(rows: list[tuple[str, str]], restriction: str | None = None) -> tuple[Block, ...]:
    return (FieldTable(rows=tuple(rows), restriction=restriction),) if rows else ()
