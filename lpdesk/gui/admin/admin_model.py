"""Item models for the administrator's circulation queue and the recipient preview, plus the small
column-driven table model the chair and manager views reuse.

``RowsModel`` holds frozen rows and a list of ``Column`` (header, text, sort key, badge, tooltip):
one way to show a list of DTOs read-only, sortable through a ``QSortFilterProxyModel`` on
``SORT_ROLE``. The queue itself comes from ``lpdesk.services.circulation_queue``; the pack
machinery (rendering, encryption) is imported only when a batch is produced, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from lpdesk.circulation.safety import safe_reference
from lpdesk.domain import (
    Cancelled,
    DueStatus,
    LpdeskError,
    Progress,
)
from lpdesk.gui.admin.circulation_words import channel_words, document_words, still_to_reach
from lpdesk.gui.shell.badges import BADGE_ROLE
from lpdesk.gui.shell.labels import due_status_label, fmt_date, member_role_label
from lpdesk.gui.shell.style import BADGE
from lpdesk.services.circulation_queue import QueueEntry
from lpdesk.services.context import ServiceContext

if TYPE_CHECKING:
    from lpdesk.services.circulation import CirculationPreview, PackSummary

__all__ = [
    "SORT_ROLE",
    "BatchOutcome",
    "CirculationQueueModel",
    "Column",
    "PreviewRow",
    "RecipientPreviewModel",
    "RowsModel",
    "pack_folder",
    "preview_rows",
    "produce_batch",
]

SORT_ROLE = Qt.ItemDataRole.UserRole + 2

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


class CirculationQueueModel(RowsModel):
    def define_columns(self) -> list[Column]:
        return [
            Column(
                _tr("Status"),
                lambda e: due_status_label(e.status),
                sort=lambda e: e.due.toordinal() * 10 + _RANK[e.status],  # oldest deadline first
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
            Column(
                _tr("Still to be reached"),
                lambda e: still_to_reach((w.name, w.channel, w.state) for w in e.waiting),
                tooltip=lambda e: still_to_reach((w.name, w.channel, w.state) for w in e.waiting),
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


def preview_rows(previews: Sequence[CirculationPreview]) -> list[PreviewRow]:
    """Every recipient of every chosen meeting, in words: what they get in which format, what is
    removed for them, and what stops them being sent."""
    return [
        PreviewRow(
            case_reference=p.case_reference,
            recipient=r.name,
            role=member_role_label(r.role),
            organisation=r.organisation,
            channel=channel_words(r.channel),
            documents="; ".join(document_words(d.kind, ", ".join(d.formats)) for d in r.documents)
            or _tr("nothing"),
            redactions="; ".join(r.redactions),
            problems="; ".join(r.problems),
        )
        for p in previews
        for r in p.recipients
    ]


# -- producing packs in a batch ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class BatchOutcome:
    """What a batch produced: a summary per meeting packed, and the error of any that failed."""

    packs: tuple[PackSummary, ...]
    failures: tuple[tuple[int, BaseException], ...]  # (meeting id, error)
    names: tuple[tuple[int, str], ...] = ()  # (meeting id, "CP-2026-0141, meeting of 7 Nov 2026")

    def name(self, meeting_id: int) -> str:
        return dict(self.names).get(meeting_id, "")


class _PartProgress:
    """One meeting's progress reported as its share of the whole batch."""

    def __init__(self, outer: Progress, index: int, count: int) -> None:
        self._outer, self._index, self._count = outer, index, count

    def report(self, done: int, total: int, message: str = "") -> None:
        scale = 100
        part = (done * scale) // max(total, 1)
        self._outer.report(self._index * scale + part, self._count * scale, message)

    @property
    def cancelled(self) -> bool:
        return self._outer.cancelled


def pack_folder(root: Path, entry: QueueEntry) -> Path:
    """A new folder per meeting, named from the case reference and meeting id only."""
    return root / f"{safe_reference(entry.case_reference)}-meeting-{entry.meeting_id}"


def produce_batch(
    ctx: ServiceContext,
    *,
    entries: Sequence[QueueEntry],
    out_dir: Path,
    channel: str = "own",
    progress: Progress,
    profiles: Mapping[str, Any] | None = None,
) -> BatchOutcome:
    """Produce each meeting's pack into its own folder under ``out_dir``. A meeting that fails is
    reported and the rest still go; Cancel stops the batch (the pack under way is undone by the
    service; packs already finished stay, recorded as prepared: each meeting is circulated once
    every recipient is marked sent, posted or handed)."""
    from lpdesk.services.circulation import produce_pack

    packs: list[PackSummary] = []
    failures: list[tuple[int, BaseException]] = []
    for n, entry in enumerate(entries):
        if progress.cancelled:
            raise Cancelled()
        progress.report(n * 100, len(entries) * 100, entry.case_reference)
        try:
            packs.append(
                produce_pack(
                    ctx,
                    meeting_id=entry.meeting_id,
                    out_dir=pack_folder(out_dir, entry),
                    channel=channel,
                    progress=_PartProgress(progress, n, len(entries)),
                    profiles=profiles,
                )
            )
        except Cancelled:
            raise
        except (LpdeskError, OSError) as err:
            failures.append((entry.meeting_id, err))
    progress.report(len(entries) * 100, len(entries) * 100, "")
    names = tuple(
        (e.meeting_id, f"{e.case_reference}, meeting of {fmt_date(e.meeting_on)}") for e in entries
    )
    return BatchOutcome(packs=tuple(packs), failures=tuple(failures), names=names)
