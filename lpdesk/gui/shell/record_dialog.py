"""What every dialog that records something shares: save on the database thread, keep the dialog
open with each refused field marked beside it, close only when the record is stored, and say what
kinds of record the save changed (``kinds``: the change notice every view showing them reloads on)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QWidget

from lpdesk.domain import InvalidInput
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.errors import describe, field_messages
from lpdesk.gui.shell.screen_fit import scroll_when_taller
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tasks import Lane, TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["RecordDialog", "from_qdate", "from_qdatetime", "to_qdate", "to_qdatetime"]


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class RecordDialog(QDialog):
    sig_saved = Signal(object)  # what the use case returned
    lane = Lane.DB  # Lane.WORK for a save that renders documents (it takes a moment)
    kinds: tuple[Kind, ...] = ()  # the kinds of record a save changes (each dialog says)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.overview = overview
        self.saving = False
        self.field_widgets: dict[str, QWidget] = {}
        self.error_label: QLabel | None = None
        self.button_box: QDialogButtonBox | None = None

    def attach(self, error_label: QLabel, button_box: QDialogButtonBox) -> None:
        self.error_label = error_label
        self.button_box = button_box
        error_label.hide()
        button_box.accepted.connect(self.save)
        button_box.rejected.connect(self.reject)
        scroll_when_taller(self, button_box)

    def save(self) -> None:
        if self.saving:
            return
        try:
            call = self.build_call()
        except ValueError as err:
            self.show_problems({}, str(err))
            return
        self.saving = True
        if self.button_box is not None:
            self.button_box.setEnabled(False)
        self.runner.run(
            call,
            self._saved,
            self._refused,
            lane=self.lane,
            owner=self,
            changes=self.changes_made,
        )

    def build_call(self) -> Callable[[], Any]:
        """The use-case call with the values on screen (subclasses)."""
        raise NotImplementedError

    def changes_made(self, result: Any) -> Changes:
        """The notice a successful save sends: this case's ``kinds`` (a case just started is
        named by the result)."""
        case = self.overview.case if self.overview is not None else getattr(result, "case", None)
        return Changes.of(getattr(case, "id", None), *self.kinds)

    def _saved(self, result: Any) -> None:
        self.saving = False
        emit(self.sig_saved, result)
        self.accept()

    def _refused(self, err: BaseException) -> None:
        self.saving = False
        if self.button_box is not None:
            self.button_box.setEnabled(True)
        text = describe(err).text
        if isinstance(err, InvalidInput):  # each field called by the words beside it on screen
            lines = [f"• {self.field_label(p.field)}: {p.message}" for p in err.problems]
            text = "\n".join([self.tr("Nothing was saved. Please correct:"), *lines])
        self.show_problems(field_messages(err), text)

    def field_label(self, field: str) -> str:
        """A refused field as the person sees it: the label beside its input (its buddy), a check
        box's own text, or its accessible name; a field with no input, in words."""
        name = field.split("[")[0].split(".")[0]
        widget = self.field_widgets.get(name)
        if widget is not None:
            buddies = [q for q in self.findChildren(QLabel) if q.buddy() is widget and q.text()]
            text = buddies[0].text() if buddies else ""
            if not text and isinstance(widget, QAbstractButton):
                text = widget.text()
            text = text or widget.accessibleName()
            if text:
                return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")
        return name.removesuffix("_id").replace("_", " ").capitalize()

    def show_problems(self, by_field: dict[str, str], text: str) -> None:
        """Mark each refused field (tooltip and accessible description) and list them all."""
        for widget in self.field_widgets.values():
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            widget.setAccessibleDescription("")
            widget.setStyleSheet("")
        for field, message in by_field.items():
            found = self.field_widgets.get(field.split("[")[0].split(".")[0])
            if found is not None:
                found.setProperty("invalid", True)
                found.setToolTip(message)
                found.setAccessibleDescription(message)
                found.setStyleSheet("border: 2px solid #b3261e;")
        if self.error_label is not None:
            self.error_label.setText(text)
            self.error_label.setVisible(bool(text))

    def people_choices(self, *, professionals_only: bool = False) -> list[tuple[str, int]]:
        """(label, person id) for the core group and the lead professional."""
        seen: dict[int, str] = {}
        lead = self.overview.lead
        if lead is not None:
            seen[lead.assignment.person_id] = self.tr("{name} (lead professional)").format(
                name=lead.name
            )
        for m in self.overview.members:
            if professionals_only and m.role.is_family:
                continue
            if m.membership.person_id not in seen:
                extra = m.agency or m.job_title or m.role.value.replace("_", " ")
                seen[m.membership.person_id] = f"{m.name} ({extra})"
        return [(label, pid) for pid, label in seen.items()]
