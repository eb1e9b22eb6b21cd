"""The manager's tables and their filters: the proxy that narrows the team's actions by worker,
agency and case, the combos that choose them, and the read-only table and titled section the
manager's page is built from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QVBoxLayout, QWidget

from lpdesk.gui.admin.admin_model import SORT_ROLE, RowsModel
from lpdesk.gui.shell.tables import read_only_view
from lpdesk.services.oversight import TeamActionRow

__all__ = ["ActionsFilterModel", "fill_filter_combos", "filter_combo", "section", "titled_table"]


class ActionsFilterModel(QSortFilterProxyModel):
    """The team's actions narrowed by worker (who is responsible, or the lead professional),
    agency and case, and by free text over every column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.worker = self.agency = self.case = ""

    def set_filters(self, *, worker: str, agency: str, case: str) -> None:
        self.beginFilterChange()  # Qt 6.10: replaces invalidateRowsFilter
        self.worker, self.agency, self.case = worker, agency, case
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, RowsModel):
            r: TeamActionRow = model.row_at(row)
            if self.worker and self.worker not in (r.who, r.lead_professional):
                return False
            if self.agency and r.agency != self.agency:
                return False
            if self.case and r.case_reference != self.case:
                return False
        return super().filterAcceptsRow(row, parent)


def filter_combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def fill_filter_combos(
    *,
    worker: tuple[QComboBox, str],
    agency: tuple[QComboBox, str],
    case: tuple[QComboBox, str],
    actions: Sequence[TeamActionRow],
) -> None:
    """Each combo: "every …" then the values the actions hold, keeping the current choice."""
    for (combo, everyone), values in (
        (worker, {r.who for r in actions} | {r.lead_professional for r in actions}),
        (agency, {r.agency for r in actions}),
        (case, {r.case_reference for r in actions}),
    ):
        kept = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, "")
        for value in sorted(v for v in values if v):
            combo.addItem(value, value)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(False)


def titled_table(
    parent: QWidget,
    name: str,
    accessible: str,
    model: RowsModel,
    proxy: QSortFilterProxyModel | None = None,
) -> QTableView:
    proxy = proxy if proxy is not None else QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return read_only_view(parent, name, accessible, proxy, row_height=32)


def section(parent: QWidget, title: str, view: QTableView) -> tuple[QWidget, QLabel]:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title, box)
    label.setProperty("role", "section_title")
    label.setBuddy(view)
    layout.addWidget(label)
    layout.addWidget(view, 1)
    return box, label
