"""Item models for the administrator's circulation queue and the recipient preview, plus the small
column-driven table model the chair and manager views reuse.

``RowsModel`` holds frozen rows and a list of ``Column`` (header, text, sort key, badge, tooltip):
one way to show a list of DTOs read-only, sortable through a ``QSortFilterProxyModel`` on
``SORT_ROLE``. ``load_circulation_queue`` is the Qt-free call the view runs on the database thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from lpdesk.domain import DueItem, DueKind, DueStatus
from lpdesk.gui.badges import BADGE_ROLE
from lpdesk.gui.case_loader import optional_service
from lpdesk.gui.labels import due_status_label, fmt_date
from lpdesk.gui.style import BADGE
from lpdesk.services.context import ServiceContext
from lpdesk.services.due import due_list

__all__ = [
    "CIRCULATION_SERVICE",
    "SORT_ROLE",
    "CirculationQueueModel",
    "Column",
    "QueueEntry",
    "RecipientPreviewModel",
    "RowsModel",
    "load_circulation_queue",
]

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CIRCULATION_SERVICE = "lpdesk.services.circulation"

_Index = QModelIndex | QPersistentModelIndex
_RANK = {DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.OK: 2}


def _tr(text: str) -> str:
    return QCoreApplication.translate("admin_model", text)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # defaults to the casefolded text
    badge: Callable[[Any], list[tuple[str, str]]] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Read-only rows shown through ``columns``; ``warn`` marks rows to highlight (problems)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.columns: list[Column] = self.define_columns()

    def define_columns(self) -> list[Column]:
        """The columns, left to right. Subclasses override (``self.tr`` works here)."""
        return []

    def warn(self, row: Any) -> bool:
        """Whether to highlight the row (a problem to resolve first)."""
        return False

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row).casefold()
        if role == BADGE_ROLE and column.badge is not None:
            return column.badge(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if self.warn(row):
            if role == Qt.ItemDataRole.BackgroundRole:
                return BADGE["overdue"][0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(BADGE["overdue"][1])
        return None


# -- the circulation queue ------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class QueueEntry:
    """One approved meeting whose minutes are not yet circulated."""

    meeting_id: int
    case_id: int
    case_reference: str
    meeting_on: date | None
    due: date
    status: DueStatus
    reason: str


def load_circulation_queue(ctx: ServiceContext, *, profiles: Mapping[str, Any]) -> list[QueueEntry]:
    """Approved, uncirculated meetings across the team, overdue first. The due list gives the
    deadline (kind ``minutes_circulation``); the circulation service names the meetings."""
    approved = optional_service(CIRCULATION_SERVICE, "approved_uncirculated")
    if approved is None:
        return []
    items = [i for i in due_list(ctx, profiles=profiles) if i.kind is DueKind.MINUTES_CIRCULATION]
    meetings = list(approved(ctx))
    return sort_queue(match_meetings(items, meetings))


def match_meetings(items: Sequence[DueItem], meetings: Sequence[Any]) -> list[QueueEntry]:
    """Pair each approved meeting (``id``, ``case_id``, ``held_on``) with its case's due item whose
    reason names the meeting's date; a meeting with no item is still listed, due today."""
    entries = []
    for m in meetings:
        held = m.held_on.strftime("%-d %b %Y") if m.held_on else ""
        case_items = [i for i in items if i.case_id == m.case_id]
        match = next((i for i in case_items if held and held in i.reason), None)
        match = match or (case_items[0] if case_items else None)
        entries.append(
            QueueEntry(
                meeting_id=m.id,
                case_id=m.case_id,
                case_reference=getattr(m, "case_reference", "")
                or (match.case_reference if match else str(m.case_id)),
                meeting_on=m.held_on,
                due=match.due if match else date.max,
                status=match.status if match else DueStatus.OK,
                reason=match.reason if match else "",
            )
        )
    return entries


def sort_queue(entries: Sequence[QueueEntry]) -> list[QueueEntry]:
    return sorted(entries, key=lambda e: (_RANK[e.status], e.due, e.case_reference, e.meeting_id))


class CirculationQueueModel(RowsModel):
    def define_columns(self) -> list[Column]:
        return [
            Column(
                _tr("Status"),
                lambda e: due_status_label(e.status),
                sort=lambda e: _RANK[e.status] * 10_000_000 + e.due.toordinal(),
                badge=lambda e: [(due_status_label(e.status), e.status.value)],
                tooltip=lambda e: e.reason,
            ),
            Column(_tr("Case"), lambda e: e.case_reference),
            Column(
                _tr("Meeting"),
                lambda e: fmt_date(e.meeting_on),
                sort=lambda e: e.meeting_on.toordinal() if e.meeting_on else 0,
            ),
            Column(
                _tr("Circulate by"),
                lambda e: fmt_date(e.due, weekday=True) if e.due != date.max else "",
                sort=lambda e: e.due.toordinal(),
                tooltip=lambda e: e.reason,
            ),
        ]


# -- the recipient preview ------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class PreviewRow:
    """One recipient of one meeting's pack, in words, for the final check."""

    case_reference: str
    recipient: str
    role: str
    organisation: str
    channel: str
    documents: str
    redactions: str
    problems: str


class RecipientPreviewModel(RowsModel):
    """Every recipient of the chosen meetings; rows with problems are highlighted."""

    def define_columns(self) -> list[Column]:
        return [
            Column(_tr("Case"), lambda r: r.case_reference),
            Column(_tr("Recipient"), lambda r: r.recipient),
            Column(_tr("Role"), lambda r: r.role),
            Column(_tr("Organisation"), lambda r: r.organisation),
            Column(_tr("How"), lambda r: r.channel),
            Column(_tr("Documents"), lambda r: r.documents),
            Column(_tr("Removed"), lambda r: r.redactions),
            Column(_tr("Problems"), lambda r: r.problems, tooltip=lambda r: r.problems),
        ]

    def warn(self, row: Any) -> bool:
        return bool(row.problems)
