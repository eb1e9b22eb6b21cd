"""Everything a case workspace shows, gathered on the database thread in one call (no Qt here).

Each part comes from its use case. Parts whose use case is not in this build (a listing not yet
written) come back as ``None`` so the workspace can say so instead of failing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lpdesk.domain import (
    ConferenceKind,
    Disagreement,
    DueItem,
    GeneratedDocument,
    LpdeskError,
    Meeting,
    MeetingKind,
    MeetingStatus,
    SignificantEvent,
    Visit,
    VisitOutcome,
)
from lpdesk.gui.case.timeline_model import Timeline, lane, window
from lpdesk.gui.shell.session import GuiSession
from lpdesk.services.cases import CaseOverview, case_overview
from lpdesk.services.disagreements import list_disagreements
from lpdesk.services.documents import list_documents
from lpdesk.services.due import due_list
from lpdesk.services.events import list_significant_events
from lpdesk.services.meetings import list_meetings
from lpdesk.services.plans import PlanView, plan_view
from lpdesk.services.review_conference import ReportState, report_state
from lpdesk.services.visits import list_visits

__all__ = ["CaseSnapshot", "build_timeline", "load_case"]

log = logging.getLogger("lpdesk.gui")


@dataclass(frozen=True, kw_only=True)
class CaseSnapshot:
    overview: CaseOverview
    due: tuple[DueItem, ...]
    plan: PlanView | None
    meetings: tuple[Meeting, ...]
    visits: tuple[Visit, ...]
    disagreements: tuple[Disagreement, ...]
    events: tuple[SignificantEvent, ...]
    documents: tuple[GeneratedDocument, ...]
    names: dict[int, str]  # person id -> name, for the people this case names
    today: date
    review: ReportState | None = None  # the next review conference and the LP's report to it


def load_case(session: GuiSession, case_id: int) -> CaseSnapshot:
    ctx = session.ctx
    overview = case_overview(ctx, case_id=case_id)
    plan = None
    if overview.plan is not None and overview.plan.id is not None:
        plan = plan_view(ctx, plan_id=overview.plan.id)
    names = {c.child.person_id: c.name for c in overview.children}
    names.update({m.membership.person_id: m.name for m in overview.members})
    names.update({h.assignment.person_id: h.name for h in overview.lead_history})
    return CaseSnapshot(
        overview=overview,
        due=tuple(due_list(ctx, profiles=session.profiles, case_ids=[case_id])),
        plan=plan,
        meetings=tuple(list_meetings(ctx, case_id=case_id)),
        visits=tuple(list_visits(ctx, case_id=case_id)),
        disagreements=tuple(list_disagreements(ctx, case_id=case_id)),
        events=tuple(list_significant_events(ctx, case_id=case_id)),
        documents=tuple(list_documents(ctx, case_id=case_id)),
        names=names,
        today=ctx.clock.today(),
        review=_review(session, case_id),
    )


def _review(session: GuiSession, case_id: int) -> ReportState | None:
    """The next review conference and its report; a case whose review cannot be read (its
    profile gone) shows everything else."""
    try:
        return report_state(session.ctx, case_id=case_id, profiles=session.profiles)
    except LpdeskError as err:
        log.warning("case %s: review report state not read (%s)", case_id, type(err).__name__)
        return None


def build_timeline(
    snapshot: CaseSnapshot,
    profile: Any,
    child_id: int | None,
    tr: Callable[[str], str] = lambda text: text,
) -> Timeline:
    """Lanes for the case (conferences, core groups) and for one child (seen, alone, bedroom).
    ``tr`` translates the lane labels."""
    today = snapshot.today
    conferences = [c for c in snapshot.overview.conferences if c.held_on is not None]
    initial = [
        c.held_on
        for c in conferences
        if c.kind in (ConferenceKind.INITIAL, ConferenceKind.PRE_BIRTH) and c.held_on
    ]
    anchor = max(initial) if initial else snapshot.overview.case.opened_on
    start, end = window(today, anchor)
    interval = getattr(profile, "core_group_interval_weeks", 4)
    seen_days = round(getattr(profile, "visit_seen_working_days", 10) * 7 / 5)
    alone_weeks = getattr(profile, "visit_alone_weeks", 4)
    lanes = [
        lane(
            tr("Conferences"),
            [c.held_on for c in conferences if c.held_on],
            anchor=None,
            today=today,
            marker="diamond",
        )
    ]
    if snapshot.meetings:
        held = [
            m.held_on or m.scheduled_at.date()
            for m in snapshot.meetings
            if m.kind is MeetingKind.CORE_GROUP
            and m.status not in (MeetingStatus.CONVENED, MeetingStatus.CANCELLED)
        ]
        lanes.append(
            lane(
                tr("Core groups"),
                held,
                anchor=anchor,
                today=today,
                cadence_days=interval * 7,
                cadence_label=tr("every {n} weeks").format(n=interval),
            )
        )
    if snapshot.visits and child_id is not None:
        mine = [
            v
            for v in snapshot.visits
            if v.child_id == child_id and v.outcome is VisitOutcome.COMPLETED
        ]
        lanes += [
            lane(
                tr("Child seen"),
                [v.visited_at.date() for v in mine],
                anchor=anchor,
                today=today,
                cadence_days=seen_days,
                cadence_label=tr("every {n} weeks").format(n=seen_days // 7),
            ),
            lane(
                tr("Seen alone"),
                [v.visited_at.date() for v in mine if v.seen_alone],
                anchor=anchor,
                today=today,
                cadence_days=alone_weeks * 7,
                cadence_label=tr("every {n} weeks").format(n=alone_weeks),
            ),
            lane(
                tr("Bedroom seen"),
                [v.visited_at.date() for v in mine if v.bedroom_seen],
                anchor=anchor,
                today=today,
                cadence_days=_conference_cycle_days(conferences, today),
                cadence_label=tr("once between conferences"),
            ),
        ]
    return Timeline(start=start, end=end, today=today, lanes=tuple(lanes))


def _conference_cycle_days(conferences: list[Any], today: date) -> int:
    """The length of the current conference cycle (at least three months)."""
    held = sorted(c.held_on for c in conferences if c.held_on)
    last = held[-1] if held else today - timedelta(days=92)
    return max(92, (today - last).days + 1)
