"""``emit(signal, *args)``: every Python-side signal emission in lpdesk goes through here.

PySide6 6.12's ``SignalInstance.emit`` returns ``True`` without taking a reference to it, so each
call made from Python drops one reference to the ``True`` singleton. After a few hundred emissions
CPython 3.11 frees ``True`` and aborts ("bool_dealloc: deallocating True or False"). This module
measures the fault once at import and, where present, gives the reference back after each call;
on a fixed PySide6 it adds nothing. See docs/decisions/0009-gui-threads.md.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["EMIT_STEALS_TRUE", "emit"]

_PROBES = 64
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_lock = threading.Lock()


class _Probe(QObject):
    sig_probe = Signal()


def _measure() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.sig_probe.emit()
    lost = before - sys.getrefcount(True)
    if lost >= _PROBES // 2:
        for _ in range(_PROBES):
            _incref(True)
        return True
    return False


EMIT_STEALS_TRUE = _measure()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, safe from the PySide6 reference fault; from any thread."""
    signal.emit(*args)
    if EMIT_STEALS_TRUE:
        _incref(True)
