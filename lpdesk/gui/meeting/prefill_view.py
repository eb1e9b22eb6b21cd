"""What the records already say, as short HTML for the top of each pro-forma section, and the
answers a writer can take from them instead of retyping (actions to review, the next dates)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

from lpdesk.gui.shell.labels import fmt_date, fmt_datetime, visit_outcome_label
from lpdesk.services.meetings import Prefill

__all__ = ["prefill_answers", "prefill_html"]

Tr = Callable[[str], str]


def prefill_html(p: Prefill, child_names: Mapping[int, str], tr: Tr) -> dict[str, str]:
    """Section key -> HTML of the records for that section (only sections with something)."""
    out: dict[str, str] = {}
    since = fmt_date(p.since) if p.since else tr("the start of the plan")
    if p.visits:
        lines = []
        for v in p.visits:
            seen = tr("seen") if v.seen else visit_outcome_label(v.outcome)
            alone = (
                tr("seen alone")
                if v.seen_alone
                else tr("not alone: {reason}").format(reason=escape(v.not_alone_reason or "–"))
            )
            bedroom = tr("bedroom seen") if v.bedroom_seen else tr("bedroom not seen")
            lines.append(
                f"<b>{fmt_datetime(v.visited_at)}</b> · {escape(child_names.get(v.child_id, ''))}"
                f" · {escape(v.visitor_name)} · {seen} · {alone} · {bedroom}"
            )
        out["visits"] = (
            tr("<b>Visits since {since}</b> (from the visit records):").format(since=since)
            + "<br>"
            + "<br>".join(lines)
        )
    else:
        out["visits"] = tr("No visits recorded since {since}.").format(since=since)
    if p.open_actions:
        out["plan_review"] = (
            tr("<b>Open actions in the plan</b>:")
            + "<br>"
            + "<br>".join(
                f"#{a.action_id} {escape(a.what)} · {escape(a.who_name)} · {fmt_date(a.by_when)}"
                f" · {a.status.value.replace('_', ' ')}"
                for a in p.open_actions
            )
        )
    disagreements = [*p.open_disagreements, *p.previous_disagreements]
    if disagreements:
        out["disagreements"] = (
            tr("<b>Disagreements on record</b>:")
            + "<br>"
            + "<br>".join(
                f"{fmt_date(d.raised_on)} · {escape(d.subject)} · "
                + (
                    tr("resolved: {outcome}").format(outcome=escape(d.outcome))
                    if d.resolved_on
                    else tr("open")
                )
                + (
                    f" · {tr('escalated to')} {d.escalated_to.value.replace('_', ' ')}"
                    if d.escalated_on
                    else ""
                )
                for d in disagreements
            )
        )
    if p.events:
        out["events"] = (
            tr("<b>Significant events since {since}</b>:").format(since=since)
            + "<br>"
            + "<br>".join(f"{fmt_date(e.occurred_on)} · {escape(e.description)}" for e in p.events)
        )
    nxt = []
    if p.next_meeting_by:
        nxt.append(
            tr("Next core group by {date} ({reason})").format(
                date=fmt_date(p.next_meeting_by, weekday=True), reason=escape(p.next_meeting_reason)
            )
        )
    if p.review_conference_on:
        nxt.append(
            tr("Review conference on {date}").format(
                date=fmt_date(p.review_conference_on, weekday=True)
            )
        )
    if nxt:
        out["next_dates"] = "<br>".join(nxt)
    return out


def prefill_answers(
    p: Prefill, current: dict[str, Any], keys: set[tuple[str, str]], *, venue: str = ""
) -> dict[str, Any]:
    """``current`` with empty fields filled from the records: one review row per open action,
    and the next dates. Never overwrites what someone typed."""
    answers = {k: dict(v) for k, v in current.items() if isinstance(v, dict)}

    def put(section: str, field: str, value: Any) -> None:
        if (section, field) in keys and value and not answers.get(section, {}).get(field):
            answers.setdefault(section, {})[field] = value

    put("header", "venue", venue)
    put(
        "plan_review",
        "rows",
        [
            {"action_id": str(a.action_id), "status": a.status.value, "progress": a.progress}
            for a in p.open_actions
        ],
    )
    put(
        "next_dates",
        "next_core_group",
        p.next_meeting_by.isoformat() if p.next_meeting_by else None,
    )
    put(
        "next_dates",
        "review_conference",
        p.review_conference_on.isoformat() if p.review_conference_on else None,
    )
    return answers
