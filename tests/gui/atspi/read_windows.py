"""Run by the system's Python with pyatspi (not lpdesk's virtualenv): for each line "read NAME" on
its standard input, reads every window lpdesk shows over the AT-SPI bus, as a screen reader does,
and prints one JSON line: how many interactive nodes it checked, their roles, and the problems
found, and the description of each focusable filler (the timeline). A node's purpose is its label (the "labelled by" relation Orca reads first) or its name;
it must not be empty nor only the node's value; buttons, check boxes and radio buttons must offer
an action; nothing that takes the focus may have no role."""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {
    "push button",
    "toggle button",
    "combo box",
    "text",
    "password text",
    "entry",
    "check box",
    "radio button",
    "spin button",
    "table",
    "tree table",
    "list",
    "list box",
    "page tab",
}
ACTIONS = {"push button", "toggle button", "check box", "radio button"}
NOT_INTO = {"combo box", "spin button", "table", "tree table", "list", "list box", "menu"}


def _app():  # type: ignore[no-untyped-def]
    for _ in range(100):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "lpdesk":
                return app
        time.sleep(0.1)
    return None


def _showing(node) -> bool:  # type: ignore[no-untyped-def]
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def _label(node) -> str:  # type: ignore[no-untyped-def]
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                text = (relation.getTarget(i).name or "").strip()
                if text:
                    return text
    return ""


def _value(node, role: str) -> str:  # type: ignore[no-untyped-def]
    if role in ("text", "entry", "password text", "spin button"):
        try:
            text = node.queryText()
            return text.getText(0, text.characterCount).strip()
        except NotImplementedError:
            return ""
    if role == "combo box" and not node.getState().contains(pyatspi.STATE_EDITABLE):
        return (node.name or "").strip()  # on Linux Qt names such a combo box by its value
    return ""


def _where(node) -> str:  # type: ignore[no-untyped-def]
    names = []
    parent = node.parent
    while parent is not None and len(names) < 3:
        if parent.name:
            names.append(parent.name)
        parent = parent.parent
    return " < ".join(names)


def check(node, role: str, problems: list[str]) -> None:  # type: ignore[no-untyped-def]
    name = (node.name or "").strip()
    purpose = _label(node) or name
    where = f"{role} {name!r} in {_where(node)}"
    if not purpose:
        problems.append(f"{where}: no name")
        return
    value = _value(node, role)
    if value and purpose == value:
        problems.append(f"{where}: named only by its value")
    if role in ACTIONS and node.getState().contains(pyatspi.STATE_SENSITIVE):
        try:
            if node.queryAction().nActions == 0:
                problems.append(f"{where}: no action")
        except NotImplementedError:
            problems.append(f"{where}: no action")


def walk(node, found, problems, depth=0):  # type: ignore[no-untyped-def]
    if node is None or depth > 40 or not _showing(node):
        return
    role = node.getRoleName()
    state = node.getState()
    if role in INTERACTIVE:
        found[role] = found.get(role, 0) + 1
        check(node, role, problems)
    elif state.contains(pyatspi.STATE_FOCUSABLE) and role in ("unknown", "invalid", ""):
        problems.append(f"{role or 'no role'} {node.name!r} in {_where(node)}: takes the focus")
    elif role == "filler" and state.contains(pyatspi.STATE_FOCUSABLE) and node.description:
        found.setdefault("described", []).append([node.name, node.description])
    if role in NOT_INTO:
        return
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), found, problems, depth + 1)


def main() -> None:
    app = _app()
    for line in sys.stdin:
        target = line.strip().removeprefix("read ")
        found: dict = {}
        problems: list[str] = []
        if app is None:
            problems.append("lpdesk is not on the accessibility bus")
        else:
            for i in range(app.childCount):
                window = app.getChildAtIndex(i)
                walk(window, found, problems)
        described = found.pop("described", [])
        report = {"target": target, "roles": found, "described": described, "problems": problems}
        print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
