"""The meeting wizard: Convene -> Minute -> Review -> Circulate.

The wizard holds the meeting as last stored and its revision; each page does its work through the
task runner and hands the stored result back with ``set_meeting``; each write declares its change
notice (``notice``), from which the case's other views reload. Opening an existing meeting
starts at the page its status calls for, with the autosaved draft restored from the record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from lpdesk.domain import Meeting, MeetingStatus
from lpdesk.gui.meeting.circulate_page import CirculatePage
from lpdesk.gui.meeting.convene_page import ConvenePage
from lpdesk.gui.meeting.minute_page import MinutePage
from lpdesk.gui.meeting.review_page import ReviewPage
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["MeetingWizard"]

CONVENE, MINUTE, REVIEW, CIRCULATE = range(4)


class MeetingWizard(QWizard):
    sig_meeting = Signal(object)  # the stored Meeting

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.overview = overview
        self.meeting: Meeting | None = None
        self.revision = 0
        self.setObjectName("meeting_wizard")
        self.setWindowTitle(
            self.tr("Core group meeting: {reference}").format(reference=overview.case.reference)
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        fit_to_screen(self, 1120, 780)
        self.convene_page = ConvenePage(self)
        self.minute_page = MinutePage(self)
        self.review_page = ReviewPage(self)
        self.circulate_page = CirculatePage(self)
        self.setPage(CONVENE, self.convene_page)
        self.setPage(MINUTE, self.minute_page)
        self.setPage(REVIEW, self.review_page)
        self.setPage(CIRCULATE, self.circulate_page)
        if meeting is not None:
            self.set_meeting(meeting, announce=False)
            self.setStartId(self._start_for(meeting))

    def _start_for(self, meeting: Meeting) -> int:
        if meeting.status is MeetingStatus.APPROVED:
            return REVIEW
        if meeting.status is MeetingStatus.CIRCULATED:
            return CIRCULATE
        return MINUTE

    @property
    def ctx(self) -> Any:
        return self.session.ctx

    @property
    def profile(self) -> Any:
        return self.session.profiles.get(self.overview.case.profile_id)

    def set_meeting(self, meeting: Meeting, *, announce: bool = True) -> None:
        self.meeting = meeting
        self.revision = meeting.revision
        if announce:
            emit(self.sig_meeting, meeting)

    @property
    def meeting_id(self) -> int:
        assert self.meeting is not None and self.meeting.id is not None
        return self.meeting.id

    @property
    def case_id(self) -> int:
        assert self.overview.case.id is not None
        return self.overview.case.id

    def notice(self, *kinds: Kind) -> Changes:
        """The change notice for a write on this case's meeting."""
        return Changes.of(self.case_id, *kinds)

    def set_revision(self, revision: int) -> None:
        self.revision = revision

    def people_choices(self) -> list[tuple[str, int]]:
        """(label, person id) for every current core group member and the LP."""
        seen: dict[int, str] = {}
        lead = self.overview.lead
        if lead is not None:
            seen[lead.assignment.person_id] = self.tr("{name} (lead professional)").format(
                name=lead.name
            )
        for m in self.overview.members:
            if m.membership.person_id not in seen:
                seen[m.membership.person_id] = (
                    f"{m.name} ({m.agency or m.job_title or m.role.value.replace('_', ' ')})"
                )
        return [(label, pid) for pid, label in seen.items()]

    def flush(self) -> None:
        """Save the minutes now if an autosave is waiting (the window is closing)."""
        self.minute_page.flush()

    def done(self, result: int) -> None:
        self.flush()
        super().done(result)
