"""The review conference report as a document on screen: headings, tables and the lead
professional's words, laid out like the printed report.

Text is escaped and handed to Qt in its logical order: Qt shapes and orders every script itself
(Arabic joined and right to left, with ``dir="auto"`` on each paragraph and cell), so the strings
prepared for reportlab's PDF (reshaped, visually reordered) are never used here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from lpdesk.gui.chair.chair_model import ReportSummary, status_label
from lpdesk.gui.shell.labels import fmt_date, fmt_datetime, member_role_label

__all__ = ["report_html"]

_STYLE = """
body { font-size: 10.5pt; }
h1 { font-size: 16pt; margin: 0 0 4px 0; }
h2 { font-size: 12.5pt; margin: 14px 0 4px 0; border-bottom: 1px solid #9aa5b1; }
p.meta { color: #3e4c59; margin: 0; }
table.grid { border-collapse: collapse; margin: 4px 0; }
table.grid th { background: #e8eef4; text-align: left; padding: 3px 6px; }
table.grid td { padding: 3px 6px; vertical-align: top; }
p.quote { margin: 4px 0 4px 12px; }
p.empty { color: #616e7c; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("report_document", text)


def _e(text: object) -> str:
    return escape(str(text)).replace("\n", "<br/>")


def _p(text: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<p dir="auto"{klass}>{_e(text)}</p>'


def _table(headers: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td dir="auto">{_e(c)}</td>' for c in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="grid" border="1" cellspacing="0" width="100%"><tr>{head}</tr>{body}</table>'
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:g}%"


def report_html(summary: ReportSummary, *, tr: Callable[[str], str] = _tr) -> str:
    """The case and the report as an HTML document for a ``QTextBrowser``."""
    ov, data = summary.overview, summary.data
    report = data.report
    names = {c.child.id: c.name for c in ov.children}
    out: list[str] = [f"<html><head><style>{_STYLE}</style></head><body>"]
    add = out.append
    add(
        "<h1>"
        + _e(
            tr("Report to the review conference on {date}").format(
                date=fmt_date(data.conference_on, weekday=True) or "–"
            )
        )
        + "</h1>"
    )
    add(_p(tr("Case {reference}").format(reference=ov.case.reference), "meta"))
    facts = [
        tr("Status: {status}").format(status=status_label(report.status)),
        tr("Submitted: {date}").format(date=fmt_date(report.submitted_on) or "–"),
        tr("Shared with the parents: {date}").format(
            date=fmt_date(report.shared_with_parents_on) or "–"
        ),
        tr("Period: {start} to {end}").format(
            start=fmt_date(data.since) or tr("the case opening"),
            end=fmt_date(data.conference_on),
        ),
    ]
    if ov.lead is not None:
        facts.insert(0, tr("Lead professional: {name}").format(name=ov.lead.name))
    add(_p(" · ".join(facts), "meta"))

    add("<h2>" + _e(tr("Recommendation")) + "</h2>")
    add(_p(data.recommendation or "–", "quote"))

    add("<h2>" + _e(tr("Children")) + "</h2>")
    add(
        _table(
            [tr("Name"), tr("Age")],
            [(c.name, tr("unborn") if c.age is None else str(c.age)) for c in ov.children],
        )
    )
    if ov.plan is not None:
        add("<h2>" + _e(tr("The plan")) + "</h2>")
        add(_p(tr("Plan since {date}").format(date=fmt_date(ov.plan.started_on))))
        if ov.plan.categories:
            add(_p(", ".join(str(c).replace("_", " ") for c in ov.plan.categories)))
        if ov.plan.reason:
            add(_p(ov.plan.reason, "quote"))

    add("<h2>" + _e(tr("Core group")) + "</h2>")
    add(
        _table(
            [tr("Name"), tr("Role"), tr("Job title"), tr("Agency")],
            [(m.name, member_role_label(m.role), m.job_title, m.agency) for m in ov.members],
        )
    )

    add("<h2>" + _e(tr("Progress against the plan")) + "</h2>")
    if not data.outcomes:
        add(_p("–", "empty"))
    for outcome in data.outcomes:
        label = tr("Outcome {n}").format(n=outcome.number) if outcome.number else tr("Other")
        add(f'<p dir="auto"><b>{_e(label)}</b>: {_e(outcome.description)}</p>')
        add(
            _table(
                [
                    tr("Action"),
                    tr("Who"),
                    tr("Status"),
                    tr("By or done"),
                    tr("Progress and impact"),
                ],
                [
                    (
                        a.what,
                        a.who or tr("nobody named"),
                        a.status.replace("_", " "),
                        fmt_date(a.completed_on or a.by_when),
                        "\n".join(x for x in (a.progress, a.impact) if x),
                    )
                    for a in outcome.actions
                ],
            )
        )

    add("<h2>" + _e(tr("Visits in the period: {n}").format(n=len(data.visits))) + "</h2>")
    if data.visit_compliance:
        add(
            _table(
                [tr("Child"), tr("Seen"), tr("Seen alone"), tr("Bedroom seen"), tr("Gaps")],
                [
                    (
                        names.get(vc.child_id, tr("a child")),
                        _percent(vc.figures.seen.percent),
                        _percent(vc.figures.seen_alone.percent),
                        _percent(vc.figures.bedroom.percent),
                        "\n".join(vc.gaps),
                    )
                    for vc in data.visit_compliance
                ],
            )
        )

    add("<h2>" + _e(tr("The child's voice")) + "</h2>")
    for key, text in data.child_voice:
        add(f'<p dir="auto"><b>{_e(key.replace("_", " ").capitalize())}</b>: {_e(text)}</p>')
    if not data.child_voice:
        add(_p("–", "empty"))
    add("<h2>" + _e(tr("The parents' views")) + "</h2>")
    add(_p(data.parents_views or "–", "quote"))
    if data.disagreements:
        add("<h2>" + _e(tr("Disagreements")) + "</h2>")
        add(
            _table(
                [tr("About"), tr("State")],
                [
                    (d.subject, tr("resolved") if d.resolved_on else tr("open"))
                    for d in data.disagreements
                ],
            )
        )
    if report.chair_comments:
        add("<h2>" + _e(tr("The chair's comments")) + "</h2>")
        add(_p(report.chair_comments, "quote"))
    if summary.history:
        add("<h2>" + _e(tr("History of this report")) + "</h2>")
        add(
            _table(
                [tr("When"), tr("What happened")],
                [(fmt_datetime(h.at), h.sentence) for h in summary.history],
            )
        )
    add("</body></html>")
    return "".join(out)
