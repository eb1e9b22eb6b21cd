"""Run by the system's Python with pyatspi (not lpdesk's virtualenv): reads lpdesk's main window
over the AT-SPI bus as a screen reader does, chooses "Due and overdue" in the navigation through
the AT-SPI Selection interface, and prints what it found as JSON."""

from __future__ import annotations

import json
import time

import pyatspi  # type: ignore[import-not-found]


def _find(node, wanted, depth=0):  # type: ignore[no-untyped-def]
    if node is None or depth > 25:
        return None
    if wanted(node):
        return node
    for i in range(node.childCount):
        found = _find(node.getChildAtIndex(i), wanted, depth + 1)
        if found is not None:
            return found
    return None


def _showing(node) -> bool:  # type: ignore[no-untyped-def]
    return node is not None and node.getState().contains(pyatspi.STATE_SHOWING)


def main() -> None:
    app = None
    for _ in range(100):
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        app = next((a for a in apps if a is not None and a.name == "lpdesk"), None)
        if app is not None:
            break
        time.sleep(0.1)
    if app is None:
        print(json.dumps({"error": "lpdesk is not on the accessibility bus"}))
        return
    nav = _find(app, lambda n: n.getRoleName() == "list" and n.name == "Navigation")
    items = [nav.getChildAtIndex(i).name for i in range(nav.childCount)]

    def due_table():  # type: ignore[no-untyped-def]
        return _find(app, lambda n: n.getRoleName() == "table" and n.name == "Due list")

    before = _showing(due_table())
    nav.querySelection().selectChild(items.index("Due and overdue"))
    after = False
    for _ in range(50):
        after = _showing(due_table())
        if after:
            break
        time.sleep(0.1)
    print(json.dumps({"items": items, "due_before": before, "due_after": after}))


if __name__ == "__main__":
    main()
