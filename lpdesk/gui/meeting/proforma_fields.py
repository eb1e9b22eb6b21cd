"""One editor widget per pro-forma field kind, built from the ``FieldSpec``; each reads and writes
the plain answer value the form stores (see ``lpdesk.forms.spec``). ``None`` means unanswered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpdesk.forms.spec import FieldKind, FieldSpec
from lpdesk.gui.shell.date_field import DateField, parse_british_date
from lpdesk.gui.shell.labels import choice_label

__all__ = ["FieldEditor", "make_field_editor"]

Changed = Callable[[], None]
People = Sequence[tuple[str, int]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("proforma", text)


class FieldEditor:
    """The widget for one field, with ``value()``/``set_value()`` in the stored form."""

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget


class _Text(FieldEditor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        edit = QLineEdit()
        edit.textEdited.connect(lambda _t: changed())
        super().__init__(spec, edit)
        self.edit = edit

    def value(self) -> Any:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class _LongText(FieldEditor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(60)
        edit.setMaximumHeight(96)
        super().__init__(spec, edit)
        self.edit = edit
        self._loading = False
        edit.textChanged.connect(lambda: None if self._loading else changed())

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.edit.setPlainText("" if value is None else str(value))
        self._loading = False


class _Date(FieldEditor):
    """A date typed the British way ("17/12/2026", "17 Dec 2026"), stored as YYYY-MM-DD. A line
    edit, not a QDateEdit: a blank QDateEdit takes no typed date and keeps Tab to itself. Text
    that is not a date is kept as typed, for the form's check to name."""

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        edit = DateField()
        edit.textEdited.connect(lambda _t: changed())
        super().__init__(spec, edit)
        self.edit = edit

    def value(self) -> Any:
        text = self.edit.text().strip()
        try:
            day = parse_british_date(text)
        except ValueError:
            return text
        return day.isoformat() if day is not None else None

    def set_value(self, value: Any) -> None:
        try:
            day = date.fromisoformat(value[:10]) if isinstance(value, str) and value else None
        except ValueError:
            self.edit.setText(str(value))
            return
        self.edit.set_date(day)


class _Combo(FieldEditor):
    """Choice, yes/no and person fields: a combo whose first entry is "not answered"."""

    def __init__(
        self, spec: FieldSpec, changed: Changed, options: Sequence[tuple[str, Any]]
    ) -> None:
        combo = QComboBox()
        combo.addItem("", None)
        for label, data in options:
            combo.addItem(label, data)
        combo.currentIndexChanged.connect(lambda _i: changed())
        super().__init__(spec, combo)
        self.combo = combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)


class _Scale(FieldEditor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        spin = QSpinBox()
        spin.setRange(-1, spec.scale_max)
        spin.setSpecialValueText("–")  # -1: not answered
        spin.setValue(-1)
        spin.valueChanged.connect(lambda _v: changed())
        super().__init__(spec, spin)
        self.spin = spin

    def value(self) -> Any:
        return None if self.spin.value() < 0 else self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(value) if isinstance(value, int) else -1)
        self.spin.blockSignals(False)


class _CellDelegate(QStyledItemDelegate):
    """Editors for choice and scale columns; text otherwise (dates typed as YYYY-MM-DD). A choice
    cell holds the stored value ("in_progress") and shows its words ("In progress")."""

    def displayText(self, value: Any, locale: Any) -> str:
        text = super().displayText(value, locale)
        return choice_label(text) if text in self._choices else text

    def __init__(self, columns: Sequence[FieldSpec], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns
        self._choices = frozenset(
            c for column in columns if column.kind is FieldKind.CHOICE for c in column.choices
        )

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = self.columns[index.column()]
        if column.kind is FieldKind.CHOICE:
            combo = QComboBox(parent)
            combo.addItem("", "")
            for choice in column.choices:
                combo.addItem(choice_label(choice), choice)  # words shown, the value stored
            return combo
        if column.kind is FieldKind.SCALE:
            spin = QSpinBox(parent)
            spin.setRange(0, column.scale_max)
            return spin
        editor = super().createEditor(parent, option, index)
        if column.kind is FieldKind.DATE and isinstance(editor, QLineEdit):
            editor.setPlaceholderText("YYYY-MM-DD")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(str(text))))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(text) if str(text).isdigit() else 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "")
        elif isinstance(editor, QSpinBox):
            model.setData(index, str(editor.value()))
        else:
            super().setModelData(editor, model, index)


class _Table(FieldEditor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        table = QTableWidget(0, len(spec.columns), box)
        table.setHorizontalHeaderLabels([c.label for c in spec.columns])
        for i, column in enumerate(spec.columns):
            header_item = table.horizontalHeaderItem(i)
            if header_item is not None:
                header_item.setToolTip(column.help or column.label)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        table.verticalHeader().setVisible(False)
        table.setItemDelegate(_CellDelegate(spec.columns, table))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setMinimumHeight(110)
        table.setAccessibleName(spec.label)
        # Tab leaves the grid (the arrow keys move between cells, typing or F2 edits one)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_tr("Add row"))
        self.add_button.setAccessibleName(_tr("Add a row to {table}").format(table=spec.label))
        self.remove_button = QPushButton(_tr("Remove row"))
        self.remove_button.setAccessibleName(
            _tr("Remove the selected row of {table}").format(table=spec.label)
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(table)
        layout.addLayout(buttons)
        super().__init__(spec, box)
        self.table = table
        self._loading = False
        self.changed = changed
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        table.itemChanged.connect(lambda _i: None if self._loading else changed())
        if spec.max_rows is not None:
            table.model().rowsInserted.connect(lambda *_: self._limit())
            table.model().rowsRemoved.connect(lambda *_: self._limit())

    def focus_widget(self) -> QWidget:
        return self.table

    def _add_clicked(self) -> None:
        self.add_row({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.changed()

    def _remove_clicked(self) -> None:
        self.remove_current()
        self.changed()

    def _limit(self) -> None:
        if self.spec.max_rows is not None:
            self.add_button.setEnabled(self.table.rowCount() < self.spec.max_rows)

    def add_row(self, values: dict[str, Any]) -> None:
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c, column in enumerate(self.spec.columns):
            value = values.get(column.key)
            self.table.setItem(row, c, QTableWidgetItem("" if value is None else str(value)))
        self._loading = False
        self.table.resizeRowsToContents()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def value(self) -> Any:
        rows = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, column in enumerate(self.spec.columns):
                item = self.table.item(r, c)
                text = item.text().strip() if item is not None else ""
                if not text:
                    continue
                row[column.key] = (
                    int(text) if column.kind is FieldKind.SCALE and text.isdigit() else text
                )
            if row:
                rows.append(row)
        return rows or None

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.table.setRowCount(0)
        self._loading = False
        for row in value if isinstance(value, list) else []:
            self.add_row(row if isinstance(row, dict) else {})


def make_field_editor(spec: FieldSpec, changed: Changed, people: People) -> FieldEditor:
    kind = spec.kind
    if kind is FieldKind.TEXT:
        editor: FieldEditor = _Text(spec, changed)
    elif kind is FieldKind.LONG_TEXT:
        editor = _LongText(spec, changed)
    elif kind is FieldKind.DATE:
        editor = _Date(spec, changed)
    elif kind is FieldKind.YES_NO:
        editor = _Combo(spec, changed, [(_tr("Yes"), True), (_tr("No"), False)])
    elif kind is FieldKind.CHOICE:
        editor = _Combo(spec, changed, [(choice_label(c), c) for c in spec.choices])
    elif kind is FieldKind.PERSON:
        editor = _Combo(spec, changed, list(people))
    elif kind is FieldKind.SCALE:
        editor = _Scale(spec, changed)
    else:
        editor = _Table(spec, changed)
    editor.focus_widget().setAccessibleName(spec.label)
    if spec.help:
        editor.focus_widget().setAccessibleDescription(spec.help)
        editor.focus_widget().setToolTip(spec.help)
    return editor
