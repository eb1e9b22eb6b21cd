"""The compliance report for an audit: the team's figures, then each lead professional's, over a
period, with a short account of how each figure is counted (from docs/compliance.md).

The builder knows nothing of services: the caller passes the figures as ``ComplianceScope``s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lpdesk.documents.builders.common import label, long_date
from lpdesk.documents.tree import (
    DEFAULT_MARKING,
    Block,
    Document,
    DocumentMeta,
    FieldTable,
    Heading,
    Paragraph,
    Run,
    Table,
)
from lpdesk.domain import DocumentKind

__all__ = [
    "COUNTING",
    "REPORT_KIND",
    "ComplianceFigure",
    "ComplianceScope",
    "build_compliance_report",
    "measure_label",
]

REPORT_KIND = DocumentKind.COMPLIANCE_REPORT

NOTHING_DUE = "nothing due"

# How each figure is counted, shortened from docs/compliance.md (keep the two in step).
COUNTING: dict[str, str] = {
    "visits_in_timescale": (
        "Per child: each day a visit by the LP fell due (the visit timescale in working days "
        "from the last one) up to the last counted day; met when the next LP visit came by then."
    ),
    "seen_alone": (
        "As above, with visits where the child was seen alone, due every few calendar weeks "
        "as the profile says."
    ),
    "bedroom_seen": (
        "Per child: conference cycles closing in the period; met when an LP visit in the cycle "
        "saw the bedroom (none when the profile does not ask for it)."
    ),
    "visits_recorded_on_time": (
        "Per child: visits by anyone in the period; met when recorded within the profile's "
        "working days of the visit."
    ),
    "core_groups_on_time": (
        "Per case: the first core group after the initial conference, then each next one after "
        "a held core group, due in the period; met when held by the due day."
    ),
    "minutes_circulated_on_time": (
        "Per case: core groups held in the period whose minutes were circulated or due; met "
        "when circulated within the profile's working days of the meeting."
    ),
    "review_conferences_on_time": (
        "Per case: the first review after the initial conference, then each next one after a "
        "held review, due in the period; met when held by the due day."
    ),
    "lp_reports_on_time": (
        "Per case: review conferences held in the period; met when the LP's report reached the "
        "chair the profile's working days before the conference."
    ),
    "reports_to_parents_on_time": (
        "Per case: the same conferences; met when the report was shared with the parents the "
        "profile's working days before the conference."
    ),
}

COMMON_GROUND = (
    "Cases: opened by the end of the period and not closed before its start, in the team "
    "(a case with no team counts for every team). The last counted day of a case is the earliest "
    "of the period's end, the day the report was made and the day the case closed. A case counts "
    "for the team and for the lead professional (LP) who held the role on its last counted day. "
    "Working days exclude weekends, bank holidays and the authority's closure days. Timescales "
    "come from each case's practice profile. Percentages are rounded to one decimal place."
)


@dataclass(frozen=True, kw_only=True, slots=True)
class ComplianceFigure:
    measure: str  # one of rules.compliance.MEASURES
    numerator: int
    denominator: int
    percent: float | None  # None when nothing fell due


@dataclass(frozen=True, kw_only=True, slots=True)
class ComplianceScope:
    title: str  # "Team North", or the LP's name
    figures: tuple[ComplianceFigure, ...]


def measure_label(measure: str) -> str:
    """ "lp_reports_on_time" -> "LP reports on time"."""
    return label(measure).replace("Lp ", "LP ")


def _percent(value: float | None) -> str:
    return NOTHING_DUE if value is None else f"{value:.1f}%"


def _scope_table(scope: ComplianceScope) -> Table:
    return Table(
        header=("Measure", "Numerator", "Denominator", "Percent"),
        rows=tuple(
            (
                measure_label(f.measure),
                str(f.numerator),
                str(f.denominator),
                _percent(f.percent),
            )
            for f in scope.figures
        ),
        widths=(5, 1.6, 1.8, 1.6),
    )


def build_compliance_report(
    *,
    authority: str,
    marking: str = DEFAULT_MARKING,
    created: date,
    team: str,
    period_start: date,
    period_end: date,
    cases: int,
    scopes: tuple[ComplianceScope, ...],  # the team first, then each LP
) -> Document:
    team_text = team or "Every team"
    period = f"{long_date(period_start)} to {long_date(period_end)}"
    blocks: list[Block] = [
        FieldTable(
            rows=(
                ("Period", period),
                ("Team", team_text),
                ("Cases counted", f"{cases:,}"),
                ("Made on", long_date(created)),
            )
        )
    ]
    for scope in scopes:
        blocks.append(Heading(level=2, text=scope.title))
        blocks.append(_scope_table(scope))
    if len(scopes) <= 1:
        blocks.append(Paragraph.plain("No case had a lead professional in the period.", "note"))
    blocks.append(Heading(level=2, text="How each figure is counted"))
    blocks.append(Paragraph.plain(COMMON_GROUND))
    for measure, text in COUNTING.items():
        blocks.append(
            Paragraph(
                runs=(
                    Run(text=f"{measure_label(measure)} ({measure}). ", bold=True),
                    Run(text=text),
                )
            )
        )
    blocks.append(
        Paragraph.plain(
            "Each figure is a numerator over a denominator; the full definitions, with worked "
            "examples, are in lpdesk's docs/compliance.md.",
            "note",
        )
    )
    return Document(
        meta=DocumentMeta(
            title="Compliance report",
            kind=REPORT_KIND,
            case_reference=f"{team_text}, {period_start:%d/%m/%Y}-{period_end:%d/%m/%Y}",
            authority=authority,
            marking=marking,
            created=created,
            author_role="Manager",
            file_suffix=f"{period_start.isoformat()}-{period_end.isoformat()}",
        ),
        blocks=tuple(blocks),
    )
