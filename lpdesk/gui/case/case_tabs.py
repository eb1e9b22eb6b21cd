"""Filling a case workspace's tabs from a ``CaseSnapshot``: the facts, the core group, the plan,
meetings, visits, disagreements and events, and documents. Only presentation: the workspace
(``case_workspace.py``) owns the layout, the signals and the actions that start from a case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from lpdesk.domain import ConferenceOutcome, DueStatus
from lpdesk.gui.case.case_loader import CaseSnapshot
from lpdesk.gui.forms.ui_case_workspace import Ui_CaseWorkspace
from lpdesk.gui.shell.labels import (
    action_status_label,
    category_label,
    channel_label,
    conference_kind_label,
    count,
    document_kind_label,
    due_kind_label,
    due_status_label,
    escalation_label,
    fmt_date,
    fmt_datetime,
    meeting_status_label,
    member_role_label,
    plan_kind_label,
    plan_stage_label,
    visit_outcome_label,
)
from lpdesk.gui.shell.tables import fill_table

__all__ = ["DUE_SHOWN", "CaseTabs"]

DUE_SHOWN = 6  # items overdue or due soon listed on the case's facts; the rest are counted


def _yes(flag: bool) -> str:
    """Words, not a tick or a dash (a screen reader reads a bare symbol as nothing, or its name)."""
    if flag:
        return QCoreApplication.translate("case_tabs", "Yes")
    return QCoreApplication.translate("case_tabs", "No")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CaseTabs:
    """The workspace's tabs, filled from one snapshot. ``tr`` is the workspace's translator."""

    def __init__(
        self,
        ui: Ui_CaseWorkspace,
        tr: Callable[[str], str],
        plan_buttons: Callable[[], list[QPushButton]],
    ) -> None:
        self.ui = ui
        self.tr = tr
        self.plan_buttons = plan_buttons

    def show(self, s: CaseSnapshot) -> None:
        self.show_facts(s)
        self.show_members(s)
        self.show_plan(s)
        self.show_meetings(s)
        self.show_visits(s)
        self.show_records(s)
        self.show_documents(s)

    def show_facts(self, s: CaseSnapshot) -> None:
        o = s.overview
        kids = []
        for c in o.children:
            if c.age is not None:
                age = count(c.age, self.tr("%n year old"), self.tr("%n years old"))
            else:
                age = self.tr("due {date}").format(date=fmt_date(c.child.expected_birth_date))
            kids.append(f"<b>{_html(c.name)}</b> · {age}")
        self.ui.children_label.setText("<br>".join(kids) or self.tr("No children recorded."))
        outcome = {
            ConferenceOutcome.PLAN_CONTINUES: self.tr("plan continues"),
            ConferenceOutcome.CATEGORY_CHANGED: self.tr("category changed"),
            ConferenceOutcome.PLAN_ENDS: self.tr("plan ends"),
        }
        lines = [
            f"{fmt_date(c.held_on or c.scheduled_for)} · {conference_kind_label(c.kind)}"
            + ("" if c.held_on else " " + self.tr("(scheduled)"))
            + (f" · {outcome[c.outcome]}" if c.outcome in outcome else "")
            for c in sorted(o.conferences, key=lambda c: c.held_on or c.scheduled_for or s.today)
        ]
        if o.case.closed_on is not None:  # read-only from now on
            lines.insert(
                0,
                self.tr("<b>Plan ended, case closed on {date}</b>: {reason}").format(
                    date=fmt_date(o.case.closed_on), reason=_html(o.case.closed_reason)
                ),
            )
        for h in o.lead_history:
            end = fmt_date(h.assignment.ended_on) if h.assignment.ended_on else self.tr("now")
            lines.append(
                self.tr("LP {name}: {start} to {end}").format(
                    name=_html(h.name), start=fmt_date(h.assignment.started_on), end=end
                )
            )
        self.ui.conferences_label.setText("<br>".join(lines) or self.tr("None recorded."))
        pending = [i for i in s.due if i.status is not DueStatus.OK]
        shown = pending[:DUE_SHOWN]
        lines = [
            f"<b>{due_status_label(i.status)}</b> {fmt_date(i.due)} · {due_kind_label(i.kind)}"
            + (f" ({_html(i.child_label)})" if i.child_label else "")
            for i in shown
        ]
        if len(pending) > len(shown):
            more = len(pending) - len(shown)
            lines.append(
                count(
                    more,
                    self.tr("and %n more: see the due list for every item"),
                    self.tr("and %n more: see the due list for every item"),
                )
            )
        self.ui.due_label.setText("<br>".join(lines) or self.tr("Nothing overdue or due soon."))
        self.ui.due_label.setToolTip("\n".join(i.reason for i in pending))

    def show_members(self, s: CaseSnapshot) -> None:
        rows = []
        for m in s.overview.members:
            ms = m.membership
            notes = []
            if ms.excluded:
                notes.append(self.tr("excluded: receives a summary"))
            if ms.share_address:
                notes.append(self.tr("address may be shared"))
            agency = " · ".join(p for p in (m.agency, m.job_title) if p)
            rows.append(
                [
                    m.name,
                    member_role_label(m.role),
                    agency,
                    channel_label(ms.channel),
                    "; ".join(notes),
                ]
            )
        fill_table(self.ui.members_table, rows, empty=self.tr("No core group members yet."))

    def show_plan(self, s: CaseSnapshot) -> None:
        plan = s.overview.plan
        for button in self.plan_buttons():
            button.setEnabled(s.plan is not None)
        if plan is None:
            self.ui.plan_label.setText(self.tr("No plan recorded yet."))
            fill_table(self.ui.actions_table, [])
            return
        categories = ", ".join(category_label(c) for c in plan.categories) or self.tr(
            "none recorded"
        )
        self.ui.plan_label.setText(
            self.tr(
                "<b>{kind}</b> plan, {stage}, since {start}. Categories: {categories}.<br>"
                "<b>Why:</b> {reason}<br><b>Contingency:</b> {contingency}"
            ).format(
                kind=plan_kind_label(plan.kind),
                stage=plan_stage_label(plan.stage),
                start=fmt_date(plan.started_on),
                categories=categories,
                reason=_html(plan.reason) or "–",
                contingency=_html(plan.contingency) or "–",
            )
        )
        actions = s.plan.actions if s.plan is not None else ()
        fill_table(
            self.ui.actions_table,
            [
                [
                    a.what,
                    s.names.get(a.who_person_id or -1, ""),
                    fmt_date(a.by_when),
                    action_status_label(a.status),
                    a.progress,
                ]
                for a in actions
            ],
            data=list(actions),
            empty=self.tr("No actions recorded."),
        )

    def show_meetings(self, s: CaseSnapshot) -> None:
        meetings = sorted(s.meetings, key=lambda m: m.scheduled_at, reverse=True)
        fill_table(
            self.ui.meetings_table,
            [
                [
                    str(m.number),
                    fmt_datetime(m.scheduled_at),
                    m.venue,
                    meeting_status_label(m.status),
                    fmt_datetime(m.draft_saved_at),
                ]
                for m in meetings
            ],
            data=meetings,
            empty=self.tr("No meetings yet. Use “Convene core group…”."),
        )
        self.ui.meetings_hint_label.setText(self.tr("Double-click a meeting to open its minutes."))

    def show_visits(self, s: CaseSnapshot) -> None:
        child_names = {c.child.id: c.name for c in s.overview.children}
        visits = sorted(s.visits, key=lambda v: v.visited_at, reverse=True)
        fill_table(
            self.ui.visits_table,
            [
                [
                    fmt_datetime(v.visited_at),
                    child_names.get(v.child_id, ""),
                    s.names.get(v.visitor_person_id, ""),
                    visit_outcome_label(v.outcome),
                    _yes(v.seen_alone)
                    if v.seen_alone
                    else self.tr("No: {reason}").format(
                        reason=v.not_alone_reason or self.tr("no reason given")
                    ),
                    _yes(v.bedroom_seen),
                    v.observations,
                ]
                for v in visits
            ],
            empty=self.tr("No visits recorded."),
        )

    def show_records(self, s: CaseSnapshot) -> None:
        fill_table(
            self.ui.disagreements_table,
            [
                [
                    fmt_date(d.raised_on),
                    d.subject,
                    escalation_label(d.escalated_to),
                    d.outcome or (self.tr("open") if d.resolved_on is None else ""),
                ]
                for d in s.disagreements
            ],
            tooltips=[
                "\n".join(f"{s.names.get(p.person_id, '')}: {p.position}" for p in d.positions)
                for d in s.disagreements
            ],
            empty=self.tr("No disagreements recorded."),
        )
        fill_table(
            self.ui.events_table,
            [[fmt_date(e.occurred_on), e.description] for e in s.events],
            empty=self.tr("No significant events recorded."),
        )

    def show_documents(self, s: CaseSnapshot) -> None:
        fill_table(
            self.ui.documents_table,
            [
                [
                    fmt_datetime(d.created_at),
                    document_kind_label(d.kind),
                    d.fmt,
                    d.filename,
                    d.sha256[:16] + "…",
                ]
                for d in s.documents
            ],
            empty=self.tr("No documents produced yet."),
        )

    # -- actions ----------------------------------------------------------------------------------
