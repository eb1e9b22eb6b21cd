"""Compliance figures per lead professional and for the team over a period, with CSV and XLSX
exports. Every measure is defined in docs/compliance.md so a person can reproduce it by hand.

The records are read in a fixed number of queries per few thousand cases (the cases, then
``services.compliance_records``: their lead assignments and ``UnitOfWork.compliance_records``,
only the columns the measures read and only the rows the period can touch, docs/performance.md;
then the LPs' names), and the figures computed by the pure ``rules.compliance.case_counts``.
A case counts for the lead professional who held the role at the end of its period (the period's
end, today, or the day the case closed, whichever is first) and always for the team.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter

from lpdesk.documents.tree import DEFAULT_MARKING
from lpdesk.domain import Case, InvalidInput, Person
from lpdesk.rules.compliance import MEASURES, Measure, case_counts
from lpdesk.rules.profile import Profile
from lpdesk.services.compliance_records import ComplianceRecords, case_until
from lpdesk.services.context import ServiceContext
from lpdesk.services.csv_excel import csv_for_excel
from lpdesk.services.oversight import oversight_team, require_oversight
from lpdesk.services.profiles import shared_provider
from lpdesk.services.xlsx import Cell, write_workbook

__all__ = [
    "HEADER",
    "CaseFigure",
    "ComplianceReport",
    "ComplianceRow",
    "compliance_report",
    "to_csv",
    "to_pdf",
    "to_xlsx",
]

HEADER = (
    "period_start",
    "period_end",
    "scope",
    "name",
    "measure",
    "numerator",
    "denominator",
    "percent",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class ComplianceRow:
    scope: str  # "team", or the lead professional's person id
    name: str  # the team's name ("" for every team) or the LP's name
    measure: str  # one of rules.compliance.MEASURES
    numerator: int
    denominator: int
    percent: float | None  # one decimal place; None when nothing fell due


@dataclass(frozen=True, kw_only=True, slots=True)
class CaseFigure:
    """One case's share of one measure: what a figure's drill-down lists."""

    case_id: int
    reference: str
    lead_professional: str  # who held the role at the end of the case's period ("" if nobody)
    scope: str  # the LP's person id as text ("" if nobody): the per-LP rows it counts in
    measure: str
    numerator: int
    denominator: int

    @property
    def missed(self) -> int:
        return self.denominator - self.numerator


@dataclass(frozen=True, kw_only=True, slots=True)
class ComplianceReport:
    period_start: date
    period_end: date
    team: str
    cases: int
    rows: tuple[ComplianceRow, ...]  # the team's measures, then each LP's, by name
    made_on: date | None = None  # the day it was made (on the PDF); None: the period's end
    per_case: tuple[CaseFigure, ...] = ()  # each case's figures, by reference

    def row(self, scope: str, measure: str) -> ComplianceRow:
        return next(r for r in self.rows if r.scope == scope and r.measure == measure)

    def counting_against(self, scope: str, measure: str) -> tuple[CaseFigure, ...]:
        """The cases behind one figure that missed the timescale at least once, most missed
        first: for the team every case, for a lead professional their cases."""
        return tuple(
            sorted(
                (
                    f
                    for f in self.per_case
                    if f.measure == measure and f.missed > 0 and scope in ("team", f.scope)
                ),
                key=lambda f: (-f.missed, f.reference),
            )
        )


def compliance_report(
    ctx: ServiceContext,
    *,
    period_start: date,
    period_end: date,
    team: str | None = None,
    profiles: Mapping[str, Profile] | None = None,
) -> ComplianceReport:
    require_oversight(ctx)
    if period_end < period_start:
        raise InvalidInput.one("period_end", "before the start of the period")
    wanted = oversight_team(ctx, team)
    known = profiles if profiles is not None else shared_provider().profiles()
    with _collector_paused():
        return _report(ctx, period_start, period_end, wanted, known)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A year of a large authority is hundreds of thousands of rows read and a hundred thousand
    figures made, none of them in a reference cycle; left on, the cyclic garbage collector
    rescans the growing heap again and again (about a third of the run time at 2,000 children,
    more at 20,000, docs/performance.md). Reference counting still frees everything as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _report(
    ctx: ServiceContext,
    period_start: date,
    period_end: date,
    wanted: str,
    known: Mapping[str, Profile],
) -> ComplianceReport:
    today = ctx.clock.today()
    with ctx.uow() as uow:
        cases = [
            c
            for c in uow.repo(Case).find()
            if c.opened_on <= period_end
            and (c.closed_on is None or c.closed_on >= period_start)
            and (not wanted or not c.team or c.team == wanted)
        ]
        records = ComplianceRecords.load(
            uow,
            cases,
            period_start=period_start,
            period_end=period_end,
            today=today,
            profiles=known,
        )
        lp_ids = sorted({a.person_id for rows in records.leads.values() for a in rows})
        names = {p.id: p.name for p in uow.repo(Person).find(id=lp_ids)} if lp_ids else {}
    team_total = [0] * (2 * len(MEASURES))  # numerator, denominator of each measure in turn
    per_lp: dict[int, list[int]] = {}
    figured: list[_Figured] = []
    for case in cases:
        assert case.id is not None
        until = case_until(case, period_end, today)
        if until < period_start:
            continue
        profile = known.get(case.profile_id)
        if profile is None:
            raise InvalidInput.one(f"case {case.reference}.profile_id", "no such profile loaded")
        lp = records.lead_of.get(case.id)  # ``lp_on`` the case's last day, as loaded
        counts = case_counts(
            visits=records.visits.get(case.id, []),
            children=records.children.get(case.id, []),
            lp_person_id=lp,
            conferences=records.conferences.get(case.id, []),
            core_groups=records.core_groups.get(case.id, []),
            reports=records.reports.get(case.id, []),
            profile=profile,
            opened_on=case.opened_on,
            period_start=period_start,
            until=until,
        )
        figured.append((case.reference, case.id, lp, counts))
        team_total = [a + b for a, b in zip(team_total, counts, strict=True)]
        if lp is not None:
            mine = per_lp.get(lp) or [0] * len(counts)
            per_lp[lp] = [a + b for a, b in zip(mine, counts, strict=True)]

    def rows(scope: str, name: str, counts: list[int]) -> list[ComplianceRow]:
        out = []
        for i, m in enumerate(MEASURES):
            figure = Measure(numerator=counts[2 * i], denominator=counts[2 * i + 1])
            out.append(
                ComplianceRow(
                    scope=scope,
                    name=name,
                    measure=m,
                    numerator=figure.numerator,
                    denominator=figure.denominator,
                    percent=figure.percent,
                )
            )
        return out

    out = rows("team", wanted, team_total)
    for pid in sorted(per_lp, key=lambda p: (names.get(p, ""), p)):
        out += rows(str(pid), names.get(pid, ""), per_lp[pid])
    return ComplianceReport(
        period_start=period_start,
        period_end=period_end,
        team=wanted,
        cases=len(cases),
        rows=tuple(out),
        made_on=today,
        per_case=_per_case(figured, names),
    )


_Figured = tuple[str, int, int | None, tuple[int, ...]]  # reference, case id, LP, counts
_BY_NAME = tuple(sorted((m, 2 * i) for i, m in enumerate(MEASURES)))  # (measure, its numerator)


def _per_case(figured: list[_Figured], names: Mapping[int | None, str]) -> tuple[CaseFigure, ...]:
    """Each case's figures, by reference then measure (cases sharing a reference in the order
    they were figured), built in that order rather than sorted afterwards."""
    figured = sorted(figured, key=itemgetter(0))
    out: list[CaseFigure] = []
    for _, same in groupby(figured, key=itemgetter(0)):
        group = [
            (reference, case_id, names.get(lp, ""), str(lp), counts)
            if lp is not None
            else (reference, case_id, "", "", counts)
            for reference, case_id, lp, counts in same
        ]
        for m, at in _BY_NAME:
            for reference, case_id, lp_name, scope, counts in group:
                out.append(
                    CaseFigure(
                        case_id=case_id,
                        reference=reference,
                        lead_professional=lp_name,
                        scope=scope,
                        measure=m,
                        numerator=counts[at],
                        denominator=counts[at + 1],
                    )
                )
    return tuple(out)


def _table(report: ComplianceReport) -> list[list[Cell]]:
    table: list[list[Cell]] = [list(HEADER)]
    for r in report.rows:
        table.append(
            [
                report.period_start.isoformat(),
                report.period_end.isoformat(),
                r.scope,
                r.name,
                r.measure,
                r.numerator,
                r.denominator,
                r.percent,
            ]
        )
    return table


def to_csv(report: ComplianceReport) -> bytes:
    """The report as a .csv file for Excel (a header row, then one row per scope and measure; an
    empty percent when nothing fell due): UTF-8 with a BOM, formulas made inert."""
    return csv_for_excel(_table(report))


def to_xlsx(report: ComplianceReport) -> bytes:
    """The same table as an .xlsx workbook (sheet "Compliance"), and a second sheet, "Cases",
    with each case's share of each figure (the drill-down)."""
    cases: list[list[Cell]] = [
        ["case", "lead_professional", "measure", "numerator", "denominator", "missed"]
    ]
    cases += [
        [f.reference, f.lead_professional, f.measure, f.numerator, f.denominator, f.missed]
        for f in report.per_case
        if f.denominator
    ]
    return write_workbook([("Compliance", _table(report)), ("Cases", cases)])


def to_pdf(report: ComplianceReport, *, authority: str, marking: str = DEFAULT_MARKING) -> bytes:
    """The report as a PDF for an audit: the period, the team, a table per scope (the team, then
    each LP) and how each figure is counted; the authority and marking on every page. The
    renderer is imported here, on first use, not when the reports screen is built."""
    from lpdesk.documents.builders.compliance_report import (
        ComplianceFigure,
        ComplianceScope,
        build_compliance_report,
    )
    from lpdesk.documents.pdf_renderer import render_pdf

    scopes: list[ComplianceScope] = []
    for scope in dict.fromkeys(r.scope for r in report.rows):
        rows = [r for r in report.rows if r.scope == scope]
        if scope == "team":
            title = f"Team: {report.team}" if report.team else "Every team"
        else:
            title = f"Lead professional: {rows[0].name or scope}"
        figures = tuple(
            ComplianceFigure(
                measure=r.measure,
                numerator=r.numerator,
                denominator=r.denominator,
                percent=r.percent,
            )
            for r in rows
        )
        scopes.append(ComplianceScope(title=title, figures=figures))
    doc = build_compliance_report(
        authority=authority,
        marking=marking,
        created=report.made_on or report.period_end,
        team=report.team,
        period_start=report.period_start,
        period_end=report.period_end,
        cases=report.cases,
        scopes=tuple(scopes),
    )
    return render_pdf(doc).data
