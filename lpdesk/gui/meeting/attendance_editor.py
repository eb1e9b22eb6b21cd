"""Attendance inside the minutes: each invitee present, sent apologies or did not attend, with the
reason a child or parent was absent and whether an absent agency sent a report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import AttendanceStatus, MemberRole
from lpdesk.gui.shell.labels import attendance_label, member_role_label
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.services.meetings import AttendanceEntry, AttendanceLine

__all__ = ["AttendanceEditor"]


class AttendanceEditor(QWidget):
    sig_record = Signal()  # the user asked to record attendance

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance_editor")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("attendance_table")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Invitee"),
                self.tr("Attendance"),
                self.tr("Reason (child or parent absent)"),
                self.tr("Report sent"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        # Tab moves through each invitee's controls and then leaves the grid; the grid itself
        # takes no focus (its cells hold the controls, an empty cell is nothing to land on)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.status_label = StatusLabel(self)
        self.status_label.setObjectName("attendance_status_label")
        self.status_label.setProperty("role", "page_hint")
        self.record_button = QPushButton(self.tr("Record attendance"), self)
        self.record_button.setObjectName("record_attendance_button")
        self.record_button.setAccessibleName(self.tr("Record attendance and mark the meeting held"))
        row.addWidget(self.status_label, 1)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        self.record_button.clicked.connect(lambda: emit(self.sig_record))
        self.rows: list[tuple[int, QComboBox, QLineEdit, QCheckBox]] = []
        self.focus_after: QWidget | None = None  # what Tab leaves for the first invitee

    def _chain_focus(self) -> None:
        """Tab goes from ``focus_after`` through each invitee's controls, row by row, then to
        "Record attendance" (controls set into cells would otherwise come last of all)."""
        chain = [widget for _pid, *controls in self.rows for widget in controls]
        previous = self.focus_after
        for widget in [*chain, self.record_button]:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget

    def set_lines(self, lines: Sequence[AttendanceLine], *, locked: bool) -> None:
        self.table.setRowCount(len(lines))
        self.rows = []
        for r, line in enumerate(lines):
            roles = ", ".join(member_role_label(_role(v)) for v in line.roles) or self.tr(
                "additional invitee"
            )
            invitee = f"{line.name} ({roles})"
            # the invitee as the cell's own text for a screen reader reading the row, shown by
            # a label tied to the invitee's attendance choice: on Linux Qt names a combo box
            # only through the label tied to it (its accessible name is not spoken)
            name = QTableWidgetItem()
            name.setData(Qt.ItemDataRole.AccessibleTextRole, invitee)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            status = QComboBox(self.table)
            status.setAccessibleName(self.tr("Attendance of {name}").format(name=line.name))
            shown = QLabel(invitee, self.table)
            shown.setObjectName(f"invitee_label_{r}")
            shown.setContentsMargins(6, 0, 6, 0)
            shown.setBuddy(status)
            for choice in (
                AttendanceStatus.PRESENT,
                AttendanceStatus.APOLOGIES,
                AttendanceStatus.DID_NOT_ATTEND,
            ):
                status.addItem(attendance_label(choice), choice.value)
            if line.status is not AttendanceStatus.INVITED:
                status.setCurrentIndex(max(0, status.findData(line.status.value)))
            reason = QLineEdit(line.reason, self.table)
            reason.setAccessibleName(self.tr("Why {name} did not attend").format(name=line.name))
            report = QCheckBox(self.table)
            report.setChecked(line.report_received)
            report.setAccessibleName(self.tr("{name} sent a report").format(name=line.name))
            for widget in (status, reason, report):
                widget.setEnabled(not locked)
            self.table.setItem(r, 0, name)
            self.table.setCellWidget(r, 0, shown)
            self.table.setCellWidget(r, 1, status)
            self.table.setCellWidget(r, 2, reason)
            self.table.setCellWidget(r, 3, report)
            self.rows.append((line.person_id, status, reason, report))
        self.table.setFixedHeight(min(320, 34 + 32 * max(1, len(lines))))
        self.record_button.setEnabled(not locked and bool(lines))
        self._chain_focus()

    def entries(self) -> list[AttendanceEntry]:
        return [
            AttendanceEntry(
                person_id=pid,
                status=status.currentData(),
                reason=reason.text(),
                report_received=report.isChecked(),
            )
            for pid, status, reason, report in self.rows
        ]

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)


def _role(value: str) -> MemberRole:
    try:
        return MemberRole(value)
    except ValueError:
        return MemberRole.PROFESSIONAL
