"""What the case's front-door dialogs share: rows added in reading order (a label with its buddy,
an accessible name on each input, the tab order following the rows), the refused fields marked
beside them (``RecordDialog``), the directory loaded off the UI thread, a confirmation before
anything irreversible, and a sentence saying what was saved."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import InvalidInput
from lpdesk.gui.shell.date_field import DateField
from lpdesk.gui.shell.record_dialog import RecordDialog
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["FormDialog"]


class FormDialog(RecordDialog):
    """Subclasses call ``begin`` then add rows, then ``finish``; ``saved_text(result)`` says what
    was saved (shown by whoever opened the dialog)."""

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)  # type: ignore[arg-type]
        self.chain: list[QWidget] = []
        self.directory_entries: list[Any] = []
        self.field_labels: dict[str, str] = {}  # a refused field is named as its row is

    # -- building ---------------------------------------------------------------------------------

    def begin(self, name: str, title: str, intro: str = "") -> QFormLayout:
        self.setObjectName(name)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        if intro:
            hint = QLabel(intro, self)
            hint.setWordWrap(True)
            hint.setProperty("role", "page_hint")
            outer.addWidget(hint)
        scroll = QScrollArea(self)  # usable at 1366x768: a long form scrolls, the buttons stay
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)  # a short form keeps its rows together at the top
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.body = body
        self.outer = outer
        return self.form

    def finish(self) -> None:
        self.error_label_widget = StatusLabel(self)
        self.error_label_widget.setObjectName("error_label")
        self.error_label_widget.setWordWrap(True)
        self.error_label_widget.setProperty("role", "warning")
        self.outer.addWidget(self.error_label_widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("button_box")
        self.outer.addWidget(self.buttons)
        self.attach(self.error_label_widget, self.buttons)
        for first, second in itertools.pairwise([*self.chain, self.buttons]):
            self.setTabOrder(first, second)
        fit_to_screen(self, 720, min(700, max(360, 120 + 34 * len(self.chain))))

    def row(self, label: str, widget: QWidget, field: str = "", accessible: str = "") -> QWidget:
        widget.setAccessibleName(accessible or label.rstrip(":"))
        if not widget.objectName():
            widget.setObjectName(f"{field or 'input'}_{type(widget).__name__.lower()}")
        if isinstance(widget, QCheckBox):
            self.form.addRow("", widget)
        else:
            text = QLabel(label, self.body)
            text.setBuddy(widget)
            self.form.addRow(text, widget)
        if field:
            self.field_widgets[field] = widget
            self.field_labels.setdefault(field, label.rstrip(":"))
        self.chain.append(widget)
        return widget

    def show_rows(self, visible: bool, *widgets: QWidget) -> None:
        """Show only the rows that apply (a hidden row is out of the tab order too)."""
        for widget in widgets:
            self.form.setRowVisible(widget, visible)

    def line(self, label: str, field: str, name: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self.body)
        edit.setObjectName(name)
        self.row(label, edit, field)
        return edit

    def text(self, label: str, field: str, name: str, height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        self.row(label, edit, field)
        return edit

    def day(self, label: str, field: str, name: str, value: date | None = None) -> DateField:
        edit = DateField(self.body, value)
        edit.setObjectName(name)
        self.row(label, edit, field)
        return edit

    def combo(
        self,
        label: str,
        field: str,
        name: str,
        items: list[tuple[str, Any]] = (),  # type: ignore[assignment]
    ) -> QComboBox:
        combo = QComboBox(self.body)
        combo.setObjectName(name)
        # long names (a person with their job and agency) must not widen the form past the screen
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        for text, data in items:
            combo.addItem(text, data)
        self.row(label, combo, field)
        return combo

    def check(self, label: str, field: str, name: str) -> QCheckBox:
        box = QCheckBox(label, self.body)
        box.setObjectName(name)
        self.row(label, box, field)
        return box

    # -- behaviour --------------------------------------------------------------------------------

    def load_directory(self, then: Callable[[], None]) -> None:
        """The organisation's directory, read on the database thread."""
        from lpdesk.services.directory import directory

        ctx = self.session.ctx

        def loaded(entries: list[Any]) -> None:
            self.directory_entries = entries
            then()

        self.runner.run(lambda: directory(ctx), loaded, owner=self)

    def _refused(self, err: BaseException) -> None:
        """As ``RecordDialog``, with each problem named by the label beside its field."""
        super()._refused(err)
        if isinstance(err, InvalidInput) and self.error_label is not None:
            lines = [
                "• {field}: {message}".format(
                    field=self.field_labels.get(
                        p.field.split("[")[0], p.field.replace("_", " ").capitalize()
                    ),
                    message=p.message,
                )
                for p in err.problems
            ]
            self.error_label.setText(
                "\n".join([self.tr("Nothing was saved. Please correct:"), *lines])
            )

    def confirm(self, title: str, text: str) -> bool:
        """Yes/No before something that cannot be undone; No is the default."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def saved_text(self, result: Any) -> str:
        return self.tr("Saved.")
