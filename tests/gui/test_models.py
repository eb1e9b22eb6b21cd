"""The caseload and due models: what each column says, badges in words, sorting and filtering."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt

from lpdesk.domain import DueItem, DueKind, DueStatus
from lpdesk.gui.caseload.caseload_model import (
    CASE_ID_ROLE,
    SORT_ROLE,
    CaseloadColumn,
    CaseloadModel,
)
from lpdesk.gui.caseload.due_model import DueColumn, DueFilterProxy, DueModel
from lpdesk.gui.shell.badges import BADGE_ROLE
from lpdesk.services.due import CaseloadRow


def _item(case: str, status: DueStatus, due: date, kind: DueKind = DueKind.VISIT) -> DueItem:
    return DueItem(
        case_id=int(case[-1]),
        case_reference=case,
        child_id=None,
        child_label="child 1",
        kind=kind,
        due=due,
        status=status,
        reason=f"{kind.value} due by {due:%d %b %Y}: the rule says so",
    )


ROWS = [
    CaseloadRow(
        case_id=1,
        reference="CP-2026-0001",
        profile_id="england_cp",
        children=("Zoë Brown", "Kai Brown"),
        lead_professional="Aisha Rahman",
        overdue=2,
        due_soon=1,
        next_due=_item("CP-2026-0001", DueStatus.OVERDUE, date(2026, 11, 1)),
    ),
    CaseloadRow(
        case_id=2,
        reference="CP-2026-0002",
        profile_id="wales_cp",
        children=("Ffion Jones",),
        lead_professional="Aisha Rahman",
        overdue=0,
        due_soon=0,
        next_due=None,
    ),
]


def test_caseload_columns_badges_and_tooltips(qtbot) -> None:
    model = CaseloadModel()
    model.set_profile_titles({"england_cp": "Child protection (England)"}.get)
    model.set_rows(ROWS)
    assert model.rowCount() == 2 and model.columnCount() == len(CaseloadColumn)
    first = lambda col: model.index(0, col)  # noqa: E731
    assert first(CaseloadColumn.REFERENCE).data() == "CP-2026-0001"
    assert first(CaseloadColumn.CHILDREN).data() == "Zoë Brown, Kai Brown"
    assert first(CaseloadColumn.PROFILE).data() == "Child protection (England)"
    assert first(CaseloadColumn.STATUS).data(BADGE_ROLE) == [
        ("2 overdue", "overdue"),
        ("1 due soon", "due_soon"),
    ]
    assert first(CaseloadColumn.STATUS).data() == "2 overdue, 1 due soon"  # words, not colour alone
    assert first(CaseloadColumn.NEXT_DUE).data() == "1 Nov 2026 · Visit: child seen"
    assert "the rule says so" in first(CaseloadColumn.NEXT_DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert first(CaseloadColumn.REFERENCE).data(CASE_ID_ROLE) == 1
    second = model.index(1, CaseloadColumn.STATUS)
    assert second.data(BADGE_ROLE) == [("On track", "ok")]
    assert model.index(1, CaseloadColumn.NEXT_DUE).data() == ""


def test_caseload_filter_and_sort(qtbot) -> None:
    model = CaseloadModel()
    model.set_rows(list(reversed(ROWS)))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(CaseloadColumn.STATUS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, CaseloadColumn.REFERENCE).data() == "CP-2026-0001"
    proxy.setFilterFixedString("ffion")
    assert proxy.rowCount() == 1
    assert proxy.index(0, CaseloadColumn.REFERENCE).data() == "CP-2026-0002"


def test_due_list_is_overdue_first_then_by_date_and_filters_by_status(qtbot) -> None:
    items = [
        _item("CP-1", DueStatus.OK, date(2026, 12, 1)),
        _item("CP-2", DueStatus.DUE_SOON, date(2026, 11, 25)),
        _item("CP-3", DueStatus.OVERDUE, date(2026, 11, 10)),
        _item("CP-4", DueStatus.OVERDUE, date(2026, 10, 1)),
    ]
    model = DueModel()
    model.set_items(items)
    assert [model.index(r, DueColumn.CASE).data() for r in range(4)] == [
        "CP-4",
        "CP-3",
        "CP-2",
        "CP-1",
    ]
    assert model.index(0, DueColumn.STATUS).data() == "Overdue"
    assert (
        model.index(0, DueColumn.REASON).data(Qt.ItemDataRole.ToolTipRole).endswith("rule says so")
    )
    proxy = DueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_statuses(frozenset({"overdue"}))
    assert proxy.rowCount() == 2
    proxy.set_statuses(frozenset(s.value for s in DueStatus))
    proxy.sort(DueColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, DueColumn.CASE).data() for r in range(4)] == [
        "CP-4",
        "CP-3",
        "CP-2",
        "CP-1",
    ]
