"""Convene: suggested dates with their reasons, the time and venue, the chair and minute taker, and
who is invited (the core group; an excluded member receives a summary instead)."""

from __future__ import annotations

import itertools
import weakref
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from lpdesk.domain import MemberRole
from lpdesk.gui.meeting.convene_fields import MeetingDateEdit, MeetingTimeEdit
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.errors import describe, field_messages
from lpdesk.gui.shell.labels import fmt_date, fmt_datetime, member_role_label
from lpdesk.gui.shell.record_dialog import from_qdate, to_qdate
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tables import current_follows_selection
from lpdesk.services.meetings import ProposedDate, convene_meeting, propose_dates
from lpdesk.services.meetings.convene import MeetingOfficers, meeting_officers

if TYPE_CHECKING:
    from lpdesk.gui.meeting.meeting_wizard import MeetingWizard

__all__ = ["ConvenePage"]

DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class ConvenePage(QWizardPage):
    def __init__(self, wizard: MeetingWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)  # no cycle: a closed wizard is freed with its pages
        self.setObjectName("convene_page")
        self.setTitle(self.tr("Convene the core group"))
        self.setSubTitle(
            self.tr(
                "Choose a date by the due date. The core group is invited; the minute taker is not the chair."
            )
        )
        self.convening = False
        self.date_typed = False  # the user has typed a date (the first suggestion is not taken)
        self._build()

    @property
    def meeting_wizard(self) -> MeetingWizard:
        wizard = self._wizard()
        assert wizard is not None, "the page outlived its wizard"
        return wizard

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        dates_label = QLabel(self.tr("Suggested dates"), self)
        dates_label.setProperty("role", "section_title")
        self.proposals_list = QListWidget(self)
        self.proposals_list.setObjectName("proposals_list")
        self.proposals_list.setAccessibleName(self.tr("Suggested dates, each with its reason"))
        self.proposals_list.setWordWrap(True)
        self.proposals_list.setSpacing(3)
        dates_label.setBuddy(self.proposals_list)
        left.addWidget(dates_label)
        left.addWidget(self.proposals_list, 1)
        layout.addLayout(left, 3)

        form = QFormLayout()
        self.date_edit = MeetingDateEdit(self)
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setAccessibleName(self.tr("Meeting date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.time_edit = MeetingTimeEdit(QTime(10, 0), self)
        self.time_edit.setObjectName("time_edit")
        self.time_edit.setAccessibleName(self.tr("Meeting time"))
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setObjectName("venue_edit")
        self.venue_edit.setAccessibleName(self.tr("Venue"))
        self.venue_edit.setPlaceholderText(self.tr("e.g. family home, school, family centre"))
        self.chair_combo = QComboBox(self)
        self.chair_combo.setObjectName("chair_combo")
        self.chair_combo.setAccessibleName(self.tr("Chair"))
        self.minute_taker_combo = QComboBox(self)
        self.minute_taker_combo.setObjectName("minute_taker_combo")
        self.minute_taker_combo.setAccessibleName(self.tr("Minute taker"))
        self.invitees_list = QListWidget(self)
        self.invitees_list.setObjectName("invitees_list")
        self.invitees_list.setAccessibleName(self.tr("Who is invited"))
        self.error_label = StatusLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "warning")
        for text, widget in (
            (self.tr("Date"), self.date_edit),
            (self.tr("Time"), self.time_edit),
            (self.tr("Venue"), self.venue_edit),
            (self.tr("Chair"), self.chair_combo),
            (self.tr("Minute taker"), self.minute_taker_combo),
            (self.tr("Invited"), self.invitees_list),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.error_label)
        layout.addLayout(form, 4)
        chain = [
            self.proposals_list,
            self.date_edit,
            self.time_edit,
            self.venue_edit,
            self.chair_combo,
            self.minute_taker_combo,
            self.invitees_list,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        current_follows_selection(self.proposals_list)  # a date chosen by a screen reader
        self.proposals_list.currentItemChanged.connect(self._proposal_chosen)
        self.venue_edit.textChanged.connect(lambda _t: emit(self.completeChanged))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.field_widgets = {
            "scheduled_at": self.date_edit,
            "venue": self.venue_edit,
            "chair_person_id": self.chair_combo,
            "minute_taker_person_id": self.minute_taker_combo,
        }

    # -- filling ----------------------------------------------------------------------------------

    def initializePage(self) -> None:
        w = self.meeting_wizard
        overview = w.overview
        today = w.ctx.clock.today()
        self.date_edit.setDate(to_qdate(today))
        self.date_typed = False
        self._fill_officers(None)
        self.invitees_list.clear()
        for m in overview.members:
            text = f"{m.name}: {member_role_label(m.role)}"
            if m.membership.excluded:
                text += " — " + self.tr("excluded: not invited, receives a summary")
            self.invitees_list.addItem(text)
        if w.meeting is not None:
            self._show_convened()
            return
        self._load_officers()
        w.setButtonText(QWizard.WizardButton.NextButton, self.tr("Convene and minute >"))
        self.proposals_list.clear()
        self.proposals_list.addItem(self.tr("Working out the due date…"))
        case_id = w.case_id
        ctx = w.ctx
        w.runner.run(
            lambda: propose_dates(ctx, case_id=case_id, count=5),
            self._show_proposals,
            self._proposals_failed,
            owner=self,
        )

    def _load_officers(self) -> None:
        """Ask the service who may chair and minute (only professionals of the core group)."""
        w = self.meeting_wizard
        case_id, ctx = w.case_id, w.ctx
        day = from_qdate(self.date_edit.date())
        w.runner.run(
            lambda: meeting_officers(ctx, case_id=case_id, on=day),
            self._fill_officers,
            self._officers_failed,
            owner=self,
        )

    def _date_changed(self, _date: Any) -> None:
        """Who may chair depends on who is in the core group that day: ask again."""
        if self.date_edit.hasFocus():  # typed: suggestions arriving later do not overwrite it
            self.date_typed = True
        if self.meeting_wizard.meeting is None and self.isVisible():
            self._load_officers()

    def _fill_officers(self, officers: MeetingOfficers | None) -> None:
        """The chair and minute taker choices: until the service has said who may, nobody (a
        convened meeting shows the core group as it was)."""
        w = self.meeting_wizard
        labels = {pid: name for pid, name in officers.names} if officers is not None else {}
        labels |= {pid: label for label, pid in w.people_choices()}
        chosen_before = (self.chair_combo.currentData(), self.minute_taker_combo.currentData())
        chairs = list(officers.chairs) if officers is not None else []
        takers = list(officers.minute_takers) if officers is not None else []
        if officers is None and w.meeting is not None:
            chairs = takers = list(labels)
        for combo, allowed in ((self.chair_combo, chairs), (self.minute_taker_combo, takers)):
            combo.clear()
            for pid in allowed:
                combo.addItem(labels.get(pid, ""), pid)
        if officers is None:
            return
        overview = w.overview
        manager = next((m for m in overview.members if m.role is MemberRole.LP_MANAGER), None)
        lead_id = overview.lead.assignment.person_id if overview.lead else None
        chair = officers.chair_required or (manager.membership.person_id if manager else lead_id)
        if chosen_before[0] in chairs:  # the date moved: keep what the user chose
            chair = chosen_before[0]
        self.chair_combo.setCurrentIndex(max(0, self.chair_combo.findData(chair)))
        chosen = self.chair_combo.currentData()
        taker = lead_id if lead_id != chosen else None
        if chosen_before[1] in takers and chosen_before[1] != chosen:
            taker = chosen_before[1]
        if taker is None or self.minute_taker_combo.findData(taker) < 0:
            taker = next((p for p in takers if p != chosen), None)
        self.minute_taker_combo.setCurrentIndex(max(0, self.minute_taker_combo.findData(taker)))
        if not chairs and officers.reason:
            self.error_label.setText(
                self.tr(
                    "The first core group is chaired by the lead professional's line manager, and"
                    " no line manager is recorded for {name}. The team manager records it: on"
                    " the Team oversight page, press Team…, choose {name}, then Line manager…."
                    " Then come back here to convene."
                ).format(
                    name=overview.lead.name if overview.lead else self.tr("the lead professional")
                )
            )
        elif len(set(chairs) | set(takers)) < 2:
            self.error_label.setText(
                self.tr(
                    "A chair and a minute taker are two professionals of the core group: add"
                    " the professionals to the core group before convening."
                )
            )

    def _officers_failed(self, err: BaseException) -> None:
        self.error_label.setText(describe(err).text)

    def _show_proposals(self, proposals: list[ProposedDate]) -> None:
        # refilling the list moves its current item, which would put a suggestion in the date
        # field: only the choice below (or the user's) may do that
        self.proposals_list.blockSignals(True)
        self.proposals_list.clear()
        for p in proposals:
            day = fmt_date(p.day, weekday=True)
            reason = p.reason.removeprefix(f"{day}: ")
            item = QListWidgetItem(f"{day}\n{reason[:1].upper()}{reason[1:]}")
            item.setData(DAY_ROLE, p.day)
            item.setToolTip(p.reason)
            self.proposals_list.addItem(item)
        self.proposals_list.setCurrentRow(-1)
        self.proposals_list.blockSignals(False)
        # a date the user chose, or the field they are in, is not changed under them
        if proposals and not self.date_typed and not self.date_edit.hasFocus():
            self.proposals_list.setCurrentRow(0)

    def _proposals_failed(self, err: BaseException) -> None:
        self.proposals_list.clear()
        self.proposals_list.addItem(describe(err).text)

    def _proposal_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        day = item.data(DAY_ROLE) if item is not None else None
        if day is not None:
            self.date_edit.setDate(to_qdate(day))

    def _show_convened(self) -> None:
        meeting = self.meeting_wizard.meeting
        assert meeting is not None
        self.proposals_list.clear()
        self.proposals_list.addItem(
            self.tr("Convened for {when}").format(when=fmt_datetime(meeting.scheduled_at))
        )
        self.venue_edit.setText(meeting.venue)
        for widget in (
            self.date_edit,
            self.time_edit,
            self.venue_edit,
            self.chair_combo,
            self.minute_taker_combo,
        ):
            widget.setEnabled(False)

    # -- convening --------------------------------------------------------------------------------

    def isComplete(self) -> bool:
        return self.meeting_wizard.meeting is not None or bool(self.venue_edit.text().strip())

    def validatePage(self) -> bool:
        w = self.meeting_wizard
        if w.meeting is not None:
            return True
        if self.convening:
            return False
        t = self.time_edit.time()
        values: dict[str, Any] = {
            "case_id": w.case_id,
            "scheduled_at": datetime.combine(
                from_qdate(self.date_edit.date()), time(t.hour(), t.minute())
            ),
            "venue": self.venue_edit.text(),
            "chair_person_id": self.chair_combo.currentData(),
            "minute_taker_person_id": self.minute_taker_combo.currentData(),
        }
        ctx = w.ctx
        self.convening = True
        self.error_label.setText(self.tr("Convening…"))
        w.runner.run(
            lambda: convene_meeting(ctx, **values),
            self._convened,
            self._refused,
            owner=self,
            changes=w.notice(Kind.MEETINGS),
        )
        return False

    def _convened(self, meeting: Any) -> None:
        self.convening = False
        self.error_label.setText("")
        self.meeting_wizard.set_meeting(meeting)
        self._show_convened()
        self.meeting_wizard.next()

    def _refused(self, err: BaseException) -> None:
        self.convening = False
        messages = field_messages(err)
        for field, widget in self.field_widgets.items():
            widget.setToolTip(messages.get(field, ""))
            widget.setStyleSheet("border: 2px solid #b3261e;" if field in messages else "")
        self.error_label.setText(describe(err).text)
