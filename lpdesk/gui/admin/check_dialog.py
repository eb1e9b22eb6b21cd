"""The final check before the administrator's packs are produced: every recipient of every chosen
meeting, how they are reached, exactly which documents, what is removed for them, and what stops
them (highlighted). Confirm produces; Cancel produces nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from lpdesk.gui.admin.admin_model import RecipientPreviewModel, preview_rows
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.tables import current_follows_selection, read_only_view

if TYPE_CHECKING:
    from lpdesk.services.circulation import CirculationPreview

__all__ = ["CirculationCheckDialog"]


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    return read_only_view(parent, name, accessible, several=True)


class CirculationCheckDialog(QDialog):
    """The final check: every recipient of every chosen meeting; problems highlighted."""

    def __init__(
        self, previews: list[CirculationPreview], settings: QSettings, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("circulation_check_dialog")
        self.setWindowTitle(self.tr("Final check before circulating"))
        self.settings = settings
        fit_to_screen(self, 1100, 560)
        rows = preview_rows(previews)
        blocked = sum(1 for r in rows if r.problems)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(
            self.tr(
                "Check each recipient, how they are reached, exactly which documents they get and "
                "what is removed for them. Highlighted recipients have a problem and are not sent."
            ),
            self,
        )
        self.intro_label.setObjectName("intro_label")
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.model = RecipientPreviewModel(self)
        self.model.set_rows(rows)
        self.recipients_table = _table(self, "recipients_table", self.tr("Recipients to check"))
        self.recipients_table.setModel(self.model)
        current_follows_selection(self.recipients_table)
        self.recipients_table.setSortingEnabled(False)
        self.recipients_table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            width = min(self.recipients_table.columnWidth(column) + 12, 260)
            self.recipients_table.setColumnWidth(column, width)
        self.recipients_table.resizeRowsToContents()
        layout.addWidget(self.recipients_table, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setText(
            self.tr("{meetings} meetings · {people} recipients · {blocked} with problems").format(
                meetings=len(previews), people=len(rows), blocked=blocked
            )
        )
        layout.addWidget(self.summary_label)
        self.button_box = QDialogButtonBox(self)
        self.button_box.setObjectName("button_box")
        self.confirm_button = self.button_box.addButton(
            self.tr("Confirm and produce"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("confirm_button")
        self.confirm_button.setEnabled(len(rows) > blocked)
        self.cancel_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        layout.addWidget(self.button_box)
        self.setTabOrder(self.recipients_table, self.confirm_button)
        self.setTabOrder(self.confirm_button, self.cancel_button)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        state = self.settings.value("admin_view/check_columns")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.recipients_table.horizontalHeader().restoreState(state)

    def done(self, result: int) -> None:
        self.settings.setValue(
            "admin_view/check_columns", self.recipients_table.horizontalHeader().saveState()
        )
        super().done(result)
