"""The cyclic garbage collector held off while a burst of lasting objects is made: the desktop
app's start, and the PDF fonts' registration.

Both make tens of thousands of objects that all live on (the start imports ~470 modules: PySide6,
SQLAlchemy, lpdesk's own; reportlab parses the TrueType faces). The collector's passes, set off by
the number of objects made, walk them and find nothing to free, and a full pass holds the
interpreter: at start ~35-45 ms of CPU on the way to the first screen; while the fonts are
registered on the work lane, two full passes of ~15-30 ms each during which the UI thread cannot
run (docs/performance.md, start-up and stalls). Held off, objects are still freed as usual when
their last reference goes (nearly all of them); only reference cycles wait for the release.

When the start-up hold ends, every object then alive is moved out of the collector's sight
(``gc.freeze``): with the collector off they had all piled up in its youngest generation, and the
first pass after would walk them all (~120,000, a 15-35 ms pause) only to keep them; and every
later full pass would walk them again (~20 ms each). The cost: a reference cycle among those
objects that later becomes garbage is never freed; a start leaves ~500 such objects (measured),
once a process. The fonts' hold does not freeze: it ends whenever a window first opens a case,
and would freeze whatever that window holds then.

A hold has a name (``START_UP``, ``FONTS``); the collector runs again once every hold is released.
A release of a name not held does nothing, and a collector that was already off (a test, or
someone else's choice) is left as it was.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["FONTS", "START_UP", "held", "hold", "release"]

START_UP = "start-up"  # from the desktop app's start until its first screen's data is shown
FONTS = "fonts"  # while the PDF fonts are registered

_lock = threading.Lock()
_holds: set[str] = set()
_off_here: list[bool] = []  # [True] while this module holds the collector off
_freeze: list[bool] = []  # [True]: the start-up was held; freeze when the collector comes back


def hold(name: str) -> None:
    with _lock:
        if not _holds and gc.isenabled():
            gc.disable()
            _off_here.append(True)
        if _off_here:
            _holds.add(name)
            if name == START_UP:
                _freeze.append(True)


def release(name: str) -> None:
    with _lock:
        _holds.discard(name)
        if not _holds and _off_here:
            _off_here.clear()
            if _freeze:
                _freeze.clear()
                gc.freeze()  # the start's objects live on: no pass walks them again (above)
            gc.enable()


@contextmanager
def held(name: str) -> Iterator[None]:
    hold(name)
    try:
        yield
    finally:
        release(name)
