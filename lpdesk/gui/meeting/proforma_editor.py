"""The pro-forma editor, built in code from the ``FormSpec``: a section index beside a scrolling
column of sections, one editor per field, language-check findings shown under the field they
are about, and room at the top of each section for what the records already say (prefill)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lpdesk.forms.spec import FormSpec, SectionSpec
from lpdesk.gui.meeting.proforma_fields import FieldEditor, People, make_field_editor
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import current_follows_selection

__all__ = ["ProformaEditor", "field_key"]

_PATH = re.compile(r"^(?P<section>\w+)\.(?P<field>\w+)")


def field_key(path: str) -> tuple[str, str] | None:
    """("voice", "wishes") for "voice.wishes" or "updates.rows[2].update" -> ("updates", "rows")."""
    found = _PATH.match(path)
    return (found["section"], found["field"]) if found else None


class ProformaEditor(QWidget):
    sig_edited = Signal()

    def __init__(
        self,
        spec: FormSpec,
        flags: frozenset[str],
        people: People,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proforma_editor")
        self.spec = spec
        self.sections = spec.sections_for(flags)
        self.editors: dict[tuple[str, str], FieldEditor] = {}
        self.finding_labels: dict[tuple[str, str], QLabel] = {}
        self.prefill_labels: dict[str, QLabel] = {}
        self.extra_layouts: dict[str, QVBoxLayout] = {}
        self.section_boxes: dict[str, QGroupBox] = {}
        self.focus_chain: list[QWidget] = []
        self._section_starts: dict[str, int] = {}
        self._loading = False
        self._build(people)

    def _build(self, people: People) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("section_list")
        self.section_list.setAccessibleName(self.tr("Sections of the record"))
        self.section_list.setMaximumWidth(230)
        self.section_list.setMinimumWidth(170)
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.section_list)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("sections_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        column = QWidget(self.scroll_area)
        self.column_layout = QVBoxLayout(column)
        self.column_layout.setSpacing(14)
        focus_chain: list[QWidget] = [self.section_list]
        for number, section in enumerate(self.sections, start=1):
            self.section_list.addItem(f"{number}. {section.title}")
            self._section_starts[section.key] = len(focus_chain)
            box = self._section_box(number, section, people, focus_chain)
            self.column_layout.addWidget(box)
        self.column_layout.addStretch(1)
        self.scroll_area.setWidget(column)
        outer.addWidget(self.scroll_area, 1)
        for first, second in itertools.pairwise(focus_chain):
            self.setTabOrder(first, second)
        self.focus_chain = focus_chain
        current_follows_selection(self.section_list)  # a section chosen by a screen reader
        self.section_list.currentRowChanged.connect(self.scroll_to_section)

    def _section_box(
        self, number: int, section: SectionSpec, people: People, focus_chain: list[QWidget]
    ) -> QGroupBox:
        title = f"{number}. {section.title}" + (" *" if section.required else "")
        box = QGroupBox(title, self)
        box.setObjectName(f"{section.key}_group")
        self.section_boxes[section.key] = box
        layout = QVBoxLayout(box)
        if section.help:
            hint = QLabel(section.help, box)
            hint.setWordWrap(True)
            hint.setProperty("role", "page_hint")
            layout.addWidget(hint)
        if section.prefill:
            prefill = QLabel(box)
            prefill.setObjectName(f"{section.key}_prefill_label")
            prefill.setWordWrap(True)
            prefill.setTextFormat(Qt.TextFormat.RichText)
            prefill.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            prefill.setStyleSheet(
                "background: #f2f6fb; border: 1px solid #d3deea; border-radius: 4px; padding: 6px;"
            )
            prefill.hide()
            self.prefill_labels[section.key] = prefill
            layout.addWidget(prefill)
        extra = QVBoxLayout()
        self.extra_layouts[section.key] = extra
        layout.addLayout(extra)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in section.fields:
            editor = make_field_editor(field, self._edited, people)
            editor.widget.setObjectName(f"{section.key}__{field.key}")
            label = QLabel(field.label + (" *" if field.required else ""), box)
            label.setWordWrap(True)
            # a form row takes one line's height beside a one-line field: room for the wrap
            label.setMinimumHeight(label.sizeHint().height())
            label.setBuddy(editor.focus_widget())
            finding = QLabel(box)
            finding.setObjectName(f"{section.key}__{field.key}__finding")
            finding.setWordWrap(True)
            finding.setProperty("role", "warning")
            finding.hide()
            cell = QWidget(box)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor.widget)
            cell_layout.addWidget(finding)
            form.addRow(label, cell)
            self.editors[(section.key, field.key)] = editor
            self.finding_labels[(section.key, field.key)] = finding
            focus_chain.append(editor.focus_widget())
            add = getattr(editor, "add_button", None)
            if add is not None:
                focus_chain += [add, editor.remove_button]  # type: ignore[attr-defined]
        layout.addLayout(form)
        return box

    def focus_before(self, section: str) -> QWidget:
        """The control Tab leaves just before ``section``'s own fields (what a section adds
        above its fields, such as the attendance grid, goes after it)."""
        start = self._section_starts.get(section, len(self.focus_chain))
        return self.focus_chain[max(0, start - 1)]

    # -- values -----------------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading:
            emit(self.sig_edited)

    def answers(self) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for (section, field), editor in self.editors.items():
            value = editor.value()
            if value is not None:
                result.setdefault(section, {})[field] = value
        return result

    def set_answers(self, answers: dict[str, Any]) -> None:
        self._loading = True
        try:
            for (section, field), editor in self.editors.items():
                values = answers.get(section)
                editor.set_value(values.get(field) if isinstance(values, dict) else None)
        finally:
            self._loading = False

    def editor(self, section: str, field: str) -> FieldEditor:
        return self.editors[(section, field)]

    # -- what the records say, and the findings ---------------------------------------------------

    def set_prefill(self, section: str, html: str) -> None:
        label = self.prefill_labels.get(section)
        if label is not None:
            label.setText(html)
            label.setVisible(bool(html))

    def show_findings(self, findings: Sequence[Any]) -> int:
        """Show each finding (anything with ``field`` and ``prompt`` or ``message``) under its
        field; clears the others. Returns how many were placed."""
        grouped: dict[tuple[str, str], list[str]] = {}
        for f in findings:
            key = field_key(getattr(f, "field", ""))
            if key is None or key not in self.finding_labels:
                continue
            label = getattr(f, "label", "")
            text = getattr(f, "prompt", "") or getattr(f, "message", "")
            where = getattr(f, "field", "")
            row = re.search(r"\[(\d+)\]", where)
            prefix = self.tr("Row {n}: ").format(n=int(row[1]) + 1) if row else ""
            grouped.setdefault(key, []).append(
                prefix + (f"“{label}”: {text}" if label and label not in text else text)
            )
        for key, label in self.finding_labels.items():
            lines = grouped.get(key, [])
            label.setText("⚠ " + "\n⚠ ".join(lines) if lines else "")
            label.setVisible(bool(lines))
            self.editors[key].focus_widget().setAccessibleDescription("; ".join(lines))
        return sum(len(v) for v in grouped.values())

    def focus_field(self, path: str) -> bool:
        """Move the keyboard focus to the field a finding is about ("section.field"), or to the
        first field of its section ("section"); False when the form has no such place."""
        key = field_key(path)
        editor = self.editors.get(key) if key is not None else None
        if editor is None:
            section = path.split(".", 1)[0]
            editor = next((e for (s, _f), e in self.editors.items() if s == section), None)
        if editor is None:
            return False
        widget = editor.focus_widget()
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def scroll_to_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            box = self.section_boxes[self.sections[row].key]
            self.scroll_area.ensureWidgetVisible(box, 0, 0)
            self.scroll_area.verticalScrollBar().setValue(box.y())
