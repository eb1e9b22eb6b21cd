"""``emit(signal, *args)``: every Python-side signal emission in lpdesk goes through here.

PySide6 6.12 dropped a reference to ``True`` on every emission made from Python (and on every
``disconnect()``), until CPython freed ``True`` and aborted. lpdesk pins PySide6 6.11.3, which
shows neither fault, so this is a plain pass-through: it stays as the one place a future binding
fault would be handled, and tests/gui/shell/test_signals.py checks on every run that
``sys.getrefcount(True)`` is unchanged across emits and disconnects. See
docs/decisions/0009-gui-threads.md.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SignalInstance

__all__ = ["emit"]


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``; from any thread."""
    signal.emit(*args)
