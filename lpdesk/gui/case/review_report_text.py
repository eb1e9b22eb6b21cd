"""What the records say for the review conference report, as plain sentences for the LP to read
while writing (the plan's progress, the visits, the child's voice, the parents' views, the
disagreements still open), and the call that shares the report with the parents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lpdesk.domain import ActionStatus
from lpdesk.gui.shell.labels import fmt_date

__all__ = ["records_text", "share_copies"]

_ACTION_STATUS = {
    ActionStatus.NOT_STARTED: "not started",
    ActionStatus.IN_PROGRESS: "in progress",
    ActionStatus.COMPLETED: "completed",
    ActionStatus.NOT_ACHIEVED: "not achieved",
    ActionStatus.CANCELLED: "cancelled",
}


def _status(tr: Callable[[str], str], value: str) -> str:
    try:
        return tr(_ACTION_STATUS[ActionStatus(value)])
    except ValueError:
        return value


def records_text(tr: Callable[[str], str], assembly: Any, children: dict[Any, str]) -> str:
    lines: list[str] = []
    since = fmt_date(assembly.since) if assembly.since else tr("the start of the plan")
    lines.append(tr("Since {since}:").format(since=since))
    lines.append("")
    lines.append(tr("The plan"))
    if not assembly.outcomes:
        lines.append(tr("  No outcomes or actions recorded."))
    for outcome in assembly.outcomes:
        lines.append(f"  {outcome.number}. {outcome.description}")
        for a in outcome.actions:
            who = f" ({a.who})" if a.who else ""
            lines.append(
                "    • "
                + tr("{what}{who}: {status}").format(
                    what=a.what, who=who, status=_status(tr, a.status)
                )
                + (f"; {a.progress}" if a.progress else "")
            )
    lines.append("")
    lines.append(tr("Visits: {n} in the period").format(n=len(assembly.visits)))
    for c in assembly.visit_compliance:
        for gap in c.gaps:
            lines.append(f"  • {children.get(c.child_id, '')}: {gap}")
    lines.append("")
    lines.append(tr("The child's voice"))
    voice = [text for _key, text in assembly.child_voice]
    lines.extend(f"  {text}" for text in voice or [tr("Not recorded in approved minutes yet.")])
    lines.append(tr("The parents' views"))
    lines.append(f"  {assembly.parents_views or tr('Not recorded in approved minutes yet.')}")
    open_ones = [d for d in assembly.disagreements if d.resolved_on is None]
    if open_ones:
        lines.append(tr("Disagreements still open: {n}").format(n=len(open_ones)))
        lines.extend(f"  • {d.subject}" for d in open_ones)
    return "\n".join(lines)


def share_copies(
    ctx: Any,
    profiles: Any,
    forms: Any,
    report_id: int,
    parent_ids: Sequence[int],
    folder: Path,
) -> Any:
    from lpdesk.services.report_sharing import share_report_with_parents

    return share_report_with_parents(
        ctx,
        report_id=report_id,
        parent_ids=parent_ids,
        out_dir=folder,
        profiles=profiles,
        forms=forms,
    )
