"""PySide6 6.12 drops a reference to True on every Python-side emit; ``emit`` gives it back."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal

from lpdesk.gui.shell.signals import emit


class _Source(QObject):
    sig_value = Signal(int)


def test_thousands_of_emits_keep_true_alive(qtbot) -> None:
    source = _Source()
    got: list[int] = []
    source.sig_value.connect(got.append)
    before = sys.getrefcount(True)

    def from_a_thread() -> None:
        for n in range(1000):
            emit(source.sig_value, n)

    for n in range(1000):
        emit(source.sig_value, n)
    worker = threading.Thread(target=from_a_thread)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(got) == 2000, timeout=3000)
    assert abs(sys.getrefcount(True) - before) < 500  # the fault would lose 2000
