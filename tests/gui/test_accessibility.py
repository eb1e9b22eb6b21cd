"""Every page and every dialog a lead professional can reach, read through Qt's own accessibility
interface (what Qt hands a screen reader): each interactive widget is named by its purpose, not its
value, with the role a screen reader expects; every combo box has a visible label tied to it; no
table keeps Tab to itself, and Tab from inside a table leaves it; a row opens with Enter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
    QWizard,
)

_INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
_ROLES: list[tuple[type, set[Any]]] = [
    (QCheckBox, {QAccessible.Role.CheckBox}),
    (QRadioButton, {QAccessible.Role.RadioButton}),
    (QAbstractButton, {QAccessible.Role.PushButton, QAccessible.Role.ButtonMenu}),
    (QComboBox, {QAccessible.Role.ComboBox}),
    (QAbstractSpinBox, {QAccessible.Role.SpinBox, QAccessible.Role.ComboBox}),
    (QLineEdit, {QAccessible.Role.EditableText}),
    (QPlainTextEdit, {QAccessible.Role.EditableText}),
    (QTextEdit, {QAccessible.Role.EditableText, QAccessible.Role.StaticText}),
    (QTableView, {QAccessible.Role.Table}),
    (QAbstractItemView, {QAccessible.Role.List, QAccessible.Role.Table, QAccessible.Role.Tree}),
]
_INTERNALS = (QAbstractSpinBox, QComboBox, QCalendarWidget, QTabBar, QScrollBar)


def _interactive(root: QWidget) -> list[QWidget]:
    """What a keyboard or screen reader user operates, leaving out Qt's own parts of a widget (a
    spin box's line edit, a combo's list, a tab bar's scroll arrows)."""
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, _INTERACTIVE) or not w.isVisibleTo(root):
            continue
        if w.objectName().startswith("qt_") or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent, inner = w.parentWidget(), False
        while parent is not None and parent is not root:
            inner = inner or isinstance(parent, _INTERNALS)
            parent = parent.parentWidget()
        if not inner:
            found.append(w)
    return found


def _value(w: QWidget) -> str:
    if isinstance(w, QComboBox):
        return w.currentText()
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    return ""


def _label_of(w: QWidget) -> str:
    return f"{type(w).__name__} {w.objectName() or '(no object name)'}"


def _in_a_cell(w: QWidget) -> bool:
    """A control set into a table's cell: the column header is its label."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _qt_part_of_a_wizard(label: QLabel) -> bool:
    """QWizard's own frame holds an empty, unnamed label (not lpdesk's to hide)."""
    parent = label.parentWidget()
    grand = parent.parentWidget() if parent is not None else None
    return (
        not label.objectName()
        and parent is not None
        and not parent.objectName()
        and grand is not None
        and not grand.objectName()
        and isinstance(grand.parentWidget(), QWizard)
    )


def check_accessible(root: QWidget) -> list[str]:
    """What a screen reader user would miss on ``root``, one sentence a problem."""
    problems: list[str] = []
    widgets = _interactive(root)
    for w in widgets:
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface is not None and iface.isValid()
        name = iface.text(QAccessible.Text.Name).strip()
        value = _value(w).strip()
        if isinstance(w, QComboBox):
            # on Linux Qt names a combo box by its value and its purpose by the label tied to
            # it (the "labelled by" relation), which is what a screen reader speaks
            labels = [
                other.text(QAccessible.Text.Name).strip()
                for other, _flag in iface.relations(QAccessible.Relation.Label)
            ]
            name = next((text for text in labels if text), "")
            if not name:
                problems.append(f"{_label_of(w)} has no visible label set as its buddy")
        elif not name:
            problems.append(f"{_label_of(w)} has no accessible name")
        if name and value and name == value and not isinstance(w, QAbstractButton):
            problems.append(f"{_label_of(w)} is named by its value {value!r}")
        role = iface.role()
        expected = next(roles for kind, roles in _ROLES if isinstance(w, kind))
        if role not in expected:
            problems.append(f"{_label_of(w)} has the role {role}")
        if isinstance(w, QAbstractButton) and w.isEnabled():
            actions = iface.actionInterface()
            if actions is None or not actions.actionNames():
                problems.append(f"{_label_of(w)} offers no action")
    for label in root.findChildren(QLabel):
        if _qt_part_of_a_wizard(label):
            continue
        if label.isVisibleTo(root) and not label.text().strip() and label.pixmap().isNull():
            problems.append(f"{_label_of(label)} is empty and still announced")
    for edit in [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]:
        if edit.isVisibleTo(root) and not edit.tabChangesFocus() and not _in_a_cell(edit):
            problems.append(f"{_label_of(edit)} keeps Tab to itself")
    for table in root.findChildren(QTableView):
        if table.tabKeyNavigation():
            problems.append(f"{_label_of(table)} keeps Tab to move between its cells")
    return problems


def tab_leaves_fields(qtbot: Any, root: QWidget) -> list[str]:
    """Tab pressed inside each visible table, or date or time field, moves the focus out of it
    (Qt's own keep it: a table moves between its cells, a date edit between its parts)."""
    trapped = []
    fields: list[QWidget] = [*root.findChildren(QTableView), *root.findChildren(QDateTimeEdit)]
    for field in fields:
        if not field.isVisible() or field.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        if isinstance(field, QTableView) and field.model() is not None and field.model().rowCount():
            field.setCurrentIndex(field.model().index(0, 0))
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        if field.hasFocus():
            trapped.append(_label_of(field))
    return trapped


def _show(qtbot: Any, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)


@pytest.fixture
def workspace(qtbot, main_window):  # type: ignore[no-untyped-def]
    main_window.resize(1366, 768)
    _show(qtbot, main_window)
    row = main_window.caseload_view.model.row_at(0)
    ws = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=10000)
    return ws


def test_every_page_of_the_main_window_is_named_and_tab_leaves_its_tables(
    qtbot, main_window
) -> None:
    main_window.resize(1366, 768)
    _show(qtbot, main_window)
    problems: list[str] = []
    walked = 0
    for page in main_window.pages:
        main_window.show_page(page)
        qtbot.waitUntil(page.isVisible, timeout=3000)
        walked += len(_interactive(page))
        problems += [f"{page.objectName()}: {p}" for p in check_accessible(page)]
        problems += [
            f"{page.objectName()}: Tab stays in {t}" for t in tab_leaves_fields(qtbot, page)
        ]
    assert walked > 5 * len(main_window.pages)
    assert problems == [], "\n".join(problems)


def test_every_tab_of_a_case_workspace_is_named_and_tab_leaves_its_tables(qtbot, workspace) -> None:
    tabs = workspace.ui.section_tabs
    problems: list[str] = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        problems += [f"tab {i}: {p}" for p in check_accessible(tabs.widget(i))]
        problems += [f"tab {i}: Tab stays in {t}" for t in tab_leaves_fields(qtbot, tabs.widget(i))]
    problems += [f"header: {p}" for p in check_accessible(workspace)]
    assert problems == [], "\n".join(problems)


_CASE_DIALOGS = [
    "open_visit_dialog",
    "open_disagreement_dialog",
    "open_absence_dialog",
    "open_escalation_dialog",
    "open_assessment_dialog",
    "open_event_dialog",
    "open_review_report_dialog",
    "open_lac_review_dialog",
    *(f"open_plan_dialog:{page}" for page in ("outcome", "action", "progress", "text", "version")),
]


@pytest.mark.parametrize("opener", _CASE_DIALOGS)
def test_every_case_dialog_is_named_by_purpose(qtbot, workspace, opener) -> None:
    method, _, page = opener.partition(":")
    dialog = getattr(workspace, method)(*([page] if page else []))
    if dialog is None:
        pytest.skip(f"the demo case offers no {opener}")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    problems = check_accessible(dialog)
    problems += [f"Tab stays in {t}" for t in tab_leaves_fields(qtbot, dialog)]
    assert problems == [], "\n".join(problems)
    dialog.reject()


@pytest.mark.parametrize("opener", ["open_new_case", "open_settings"])
def test_every_main_window_dialog_is_named_by_purpose(qtbot, main_window, opener) -> None:
    _show(qtbot, main_window)
    dialog = getattr(main_window, opener)()
    assert isinstance(dialog, QDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    problems = check_accessible(dialog)
    assert problems == [], "\n".join(problems)
    dialog.reject()


def test_a_new_meeting_wizard_is_named_by_purpose(qtbot, workspace) -> None:
    wizard = workspace.open_new_meeting()
    if not hasattr(wizard, "convene_page"):
        pytest.skip("the demo case already has a convened meeting")
    qtbot.addWidget(wizard)
    problems = check_accessible(wizard)
    wizard.reject()
    assert problems == [], "\n".join(problems)


def test_every_page_of_the_meeting_wizard_is_named_by_purpose(qtbot, workspace) -> None:
    table = workspace.ui.meetings_table
    assert table.rowCount(), "the demo case has meetings"
    table.selectRow(0)
    wizard = workspace.open_selected_meeting()
    qtbot.addWidget(wizard)
    problems: list[str] = []
    for page in (
        wizard.convene_page,
        wizard.minute_page,
        wizard.review_page,
        wizard.circulate_page,
    ):
        problems += [f"{type(page).__name__}: {p}" for p in check_accessible(page)]
    wizard.reject()
    assert problems == [], "\n".join(problems)


def test_each_attendance_choice_is_labelled_by_its_invitee(qtbot, workspace) -> None:
    """On Linux a combo box's purpose is spoken only from the label tied to it: each invitee's
    attendance choice is tied to the invitee's name shown in the row."""
    table = workspace.ui.meetings_table
    table.selectRow(0)
    wizard = workspace.open_selected_meeting()
    qtbot.addWidget(wizard)
    editor = wizard.minute_page.attendance_editor
    qtbot.waitUntil(lambda: bool(editor.rows), timeout=5000)
    names = [line.name for line in wizard.minute_page.prefill_data.attendance]
    for (_pid, status, _reason, _report), name in zip(editor.rows, names, strict=True):
        iface = QAccessible.queryAccessibleInterface(status)
        labels = [
            o.text(QAccessible.Text.Name) for o, _f in iface.relations(QAccessible.Relation.Label)
        ]
        assert len(labels) == 1 and labels[0].startswith(name), labels
    wizard.reject()


def test_enter_on_a_meeting_opens_it(qtbot, workspace) -> None:
    tabs, table = workspace.ui.section_tabs, workspace.ui.meetings_table
    tabs.setCurrentWidget(workspace.ui.meetings_tab)
    table.setFocus()
    table.selectRow(0)
    before = len(workspace.wizards)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.wizards) == before + 1, timeout=5000)
    wizard = workspace.wizards[-1]
    qtbot.addWidget(wizard)
    wizard.reject()


def test_enter_on_a_due_item_opens_its_case(qtbot, main_window) -> None:
    main_window.resize(1366, 768)
    _show(qtbot, main_window)
    due = main_window.due_view
    main_window.show_page(due)
    qtbot.waitUntil(lambda: due.table_view.model().rowCount() > 0, timeout=10000)
    due.table_view.setFocus()
    due.table_view.setCurrentIndex(due.table_view.model().index(0, 0))
    qtbot.keyClick(due.table_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(main_window.workspaces), timeout=5000)
    assert len(main_window.workspaces) == 1  # opened once, not once per signal


def test_the_more_menu_opens_through_its_accessible_action(qtbot, workspace) -> None:
    """What a screen reader (or voice control) does to open a menu button: its "show menu"
    action, which Qt's QToolButton in instant-popup mode advertises but ignores."""
    button = workspace.ui.more_button
    actions = QAccessible.queryAccessibleInterface(button).actionInterface()
    show_menu = QAccessibleActionInterface.showMenuAction()
    assert show_menu in actions.actionNames()
    menu = button.menu()
    seen: list[bool] = []

    def look_and_close() -> None:
        seen.append(menu.isVisible())
        menu.close()

    menu.aboutToShow.connect(lambda: QTimer.singleShot(0, look_and_close))
    actions.doAction(show_menu)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [True]
    assert {workspace.disagreement_action, workspace.absence_action} <= set(menu.actions())
