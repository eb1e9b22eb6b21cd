"""The cyclic garbage collector held off while the desktop app starts.

Start-up imports ~470 modules (PySide6, SQLAlchemy, lpdesk's own) and builds tens of thousands of
objects that all live on: the collector's passes, set off by the number of objects made, walk them
and find nothing to free. Held off, the start to the first screen costs ~35-45 ms less CPU (most
of it in SQLAlchemy's import; docs/performance.md, start-up). Objects are still freed as usual when
their last reference goes (nearly all of them); only reference cycles wait until ``resume()``.

``pause()`` is the first thing the desktop app does (``lpdesk.cli.gui_command.run``);
``resume()`` is called by the main window once the first screen's data is shown, or the database
could not be opened. Only a pause made here is resumed: a process whose collector was already off
(or a test that never paused) is left as it was.
"""

from __future__ import annotations

import gc

__all__ = ["pause", "resume"]

_held: list[bool] = []  # [True] while this module holds the collector off


def pause() -> None:
    if gc.isenabled():
        gc.disable()
        _held.append(True)


def resume() -> None:
    if _held:
        _held.clear()
        gc.enable()
