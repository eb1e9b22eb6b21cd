"""Convene a looked after child review. It is always a separate meeting from the core group (it
never counts as one), and may be held back to back with a core group on the same day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import MeetingKind
from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_datetime
from lpdesk.gui.shell.record_dialog import RecordDialog, from_qdatetime, to_qdatetime
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["LacReviewDialog"]


class LacReviewDialog(RecordDialog):
    kinds = (Kind.MEETINGS,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        chairs: list[tuple[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.summary = ""
        self.setObjectName("lac_review_dialog")
        self.setWindowTitle(self.tr("Convene a looked after child review"))
        fit_to_screen(self, 560, 340)
        self._build(chairs)
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {
            "scheduled_at": self.when_edit,
            "venue": self.venue_edit,
            "chair_person_id": self.chair_combo,
            "minute_taker_person_id": self.minute_taker_combo,
        }

    def _build(self, chairs: list[tuple[str, int]]) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A looked after child review is kept separate from the core group. It can be"
                " held on the same day, straight before or after a core group meeting."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.when_edit = fp.datetime_edit(self, "when_edit", self.tr("Date and time of the review"))
        start = datetime.combine(
            self.session.ctx.clock.today() + timedelta(days=7), datetime.min.time()
        )
        self.when_edit.setDateTime(to_qdatetime(start.replace(hour=10)))
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setObjectName("venue_edit")
        self.venue_edit.setAccessibleName(self.tr("Venue"))
        self.chair_combo = fp.combo(self, "chair_combo", self.tr("Who chairs the review"))
        self.minute_taker_combo = fp.combo(
            self, "minute_taker_combo", self.tr("Who writes the record")
        )
        seen: set[int] = set()
        for label, pid in chairs + self.people_choices(professionals_only=True):
            if pid not in seen:
                seen.add(pid)
                self.chair_combo.addItem(label, pid)
                self.minute_taker_combo.addItem(label, pid)
        self.minute_taker_combo.setCurrentIndex(min(1, self.minute_taker_combo.count() - 1))
        form = QFormLayout()
        for text, widget in (
            (self.tr("When"), self.when_edit),
            (self.tr("Venue"), self.venue_edit),
            (self.tr("Chair"), self.chair_combo),
            (self.tr("Minute taker"), self.minute_taker_combo),
        ):
            form.addRow(fp.buddy(self, text, widget), widget)
        layout.addLayout(form)
        self.error_label_widget = fp.error_label(self)
        layout.addWidget(self.error_label_widget)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        convene = self.buttons.addButton(self.tr("Convene"), QDialogButtonBox.ButtonRole.AcceptRole)
        convene.setObjectName("convene_button")
        self.buttons.setObjectName("button_box")
        layout.addWidget(self.buttons)
        fp.tab_chain(
            self,
            [
                self.when_edit,
                self.venue_edit,
                self.chair_combo,
                self.minute_taker_combo,
                self.buttons,
            ],
        )

    def show_problems(self, by_field: dict[str, str], text: str) -> None:
        labels = {
            "scheduled_at": self.tr("When"),
            "venue": self.tr("Venue"),
            "chair_person_id": self.tr("Chair"),
            "minute_taker_person_id": self.tr("Minute taker"),
        }
        super().show_problems(by_field, fp.name_fields(text, labels))

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.meetings import convene_meeting

        ctx, case_id = self.session.ctx, self.overview.case.id
        assert case_id is not None
        values = {
            "case_id": case_id,
            "scheduled_at": from_qdatetime(self.when_edit.dateTime()),
            "venue": self.venue_edit.text(),
            "chair_person_id": self.chair_combo.currentData(),
            "minute_taker_person_id": self.minute_taker_combo.currentData(),
            "kind": MeetingKind.LAC_REVIEW,
            "profiles": self.session.profiles,
        }
        if values["chair_person_id"] is None or values["minute_taker_person_id"] is None:
            raise ValueError(self.tr("Choose who chairs the review and who writes the record."))
        return lambda: convene_meeting(ctx, **values)

    def _saved(self, result: Any) -> None:
        self.summary = self.tr(
            "Saved: a looked after child review on {when} at {venue}. It is separate from the"
            " core group."
        ).format(when=fmt_datetime(result.scheduled_at), venue=result.venue)
        fp.show_saved(self.parentWidget() or self, self.windowTitle(), self.summary)
        super()._saved(result)
