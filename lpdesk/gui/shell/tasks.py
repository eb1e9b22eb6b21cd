"""The task runner: the UI thread never waits on the database, rendering or the network.

Two lanes, both plain executors so the work itself never touches Qt:

- ``Lane.DB``: ONE thread for every service call. One thread means one SQLite writer from this
  process, no session shared across threads, and calls that run in the order they were asked for
  (a save is never overtaken by the load that follows it).
- ``Lane.WORK``: a pool of two for rendering and sending, so a pack being produced does not hold up
  the next database call.

Results, errors and progress come back to the UI thread through queued signals, and are dropped if
the widget that asked (``owner``) has been deleted meanwhile. Long work receives a Qt-free
``TaskProgress`` (``lpdesk.domain.Progress``): ``report()`` reaches the UI as a signal;
``Task.cancel()`` sets ``cancelled``, which the work polls and answers by raising ``Cancelled``.

A call that changes records says so where it is submitted (``changes=``: a ``Changes`` or a
function of the result giving one); once it has succeeded the runner's ``ChangeHub``
(``runner.changes``) broadcasts the notice, even if the widget that asked has gone, and every view
showing such records reloads itself (lpdesk.gui.shell.changes).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from lpdesk.domain import Cancelled, Progress
from lpdesk.gui.shell.changes import ChangeHub, Changes
from lpdesk.gui.shell.signals import emit

__all__ = ["Lane", "Task", "TaskProgress", "TaskRunner"]

log = logging.getLogger("lpdesk.gui.shell.tasks")

T = TypeVar("T")

ChangeNotice = Changes | Callable[[Any], Changes] | None


class Lane(Enum):
    DB = "db"
    WORK = "work"


class TaskProgress:
    """Progress for one task, with no Qt in it: safe to hand to any service or renderer."""

    def __init__(self, sink: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._sink = sink

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._sink is not None:
            self._sink(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled()


@dataclass(eq=False)
class Task(Generic[T]):
    """A handle on submitted work: cancel it, or ask whether it has finished."""

    id: int
    lane: Lane
    progress: TaskProgress
    future: Future[Any] | None = None
    finished: bool = False

    def cancel(self) -> None:
        """Ask the work to stop. Work not yet started never runs; running work sees
        ``progress.cancelled`` and stops at its next check. ``on_done`` is then not called."""
        self.progress.cancel()
        if self.future is not None:
            self.future.cancel()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled


@dataclass(eq=False)
class _Callbacks:
    task: Task[Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int, str], None] | None
    on_cancelled: Callable[[], None] | None
    owner: QObject | None
    changes: ChangeNotice = None


class TaskRunner(QObject):
    """Runs callables off the UI thread and delivers their outcome on it."""

    sig_busy_changed = Signal(int)  # how many tasks are pending
    sig_error = Signal(object)  # an error no on_error callback took (BaseException)
    # Worker threads emit only a task id; the outcome waits in a locked dict. Queued signals that
    # carry Python objects leak or double-free them when the receiver dies with events pending.
    _sig_finished = Signal(int)
    _sig_progress = Signal(int)

    def __init__(self, parent: QObject | None = None, *, work_threads: int = 2) -> None:
        super().__init__(parent)
        self.changes = ChangeHub(self)  # every view's change notices
        self._lanes = {
            Lane.DB: ThreadPoolExecutor(max_workers=1, thread_name_prefix="lpdesk-db"),
            Lane.WORK: ThreadPoolExecutor(
                max_workers=work_threads, thread_name_prefix="lpdesk-work"
            ),
        }
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._progress: dict[int, tuple[int, int, str]] = {}
        self._closed = False
        queued = Qt.ConnectionType.QueuedConnection
        self._sig_finished.connect(self._deliver, queued)
        self._sig_progress.connect(self._deliver_progress, queued)

    # -- submitting -------------------------------------------------------------------------------

    def run(
        self,
        call: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: Lane = Lane.DB,
        owner: QObject | None = None,
        on_cancelled: Callable[[], None] | None = None,
        changes: ChangeNotice = None,
    ) -> Task[T]:
        """Run ``call()`` on ``lane`` (the database thread unless told otherwise); once it has
        succeeded, broadcast ``changes`` (what it changed)."""
        return self._submit(
            lambda _progress: call(), lane, on_done, on_error, None, on_cancelled, owner, changes
        )

    def run_with_progress(
        self,
        call: Callable[[Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        lane: Lane = Lane.WORK,
        owner: QObject | None = None,
        changes: ChangeNotice = None,
    ) -> Task[T]:
        """Run ``call(progress)``: long work that reports progress and can be cancelled."""
        return self._submit(
            call, lane, on_done, on_error, on_progress, on_cancelled, owner, changes
        )

    def _submit(
        self,
        call: Callable[[Progress], Any],
        lane: Lane,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        on_cancelled: Callable[[], None] | None,
        owner: QObject | None,
        changes: ChangeNotice = None,
    ) -> Task[Any]:
        task_id = next(self._ids)
        if self._closed:  # the window is closing: late requests are dropped, never run
            dropped: Task[Any] = Task(id=task_id, lane=lane, progress=TaskProgress(), finished=True)
            dropped.progress.cancel()
            return dropped
        progress = TaskProgress(lambda d, t, m: self._post_progress(task_id, d, t, m))
        task: Task[Any] = Task(id=task_id, lane=lane, progress=progress)
        self._pending[task_id] = _Callbacks(
            task, on_done, on_error, on_progress, on_cancelled, owner, changes
        )
        finish = self._post_outcome

        def work() -> None:
            if progress.cancelled:
                finish(task_id, False, Cancelled())
                return
            try:
                value = call(progress)
            except BaseException as err:  # delivered to the UI thread, never swallowed
                finish(task_id, False, err)
            else:
                finish(task_id, True, value)

        task.future = self._lanes[lane].submit(work)
        task.future.add_done_callback(
            lambda f: finish(task_id, False, Cancelled()) if f.cancelled() else None
        )
        emit(self.sig_busy_changed, len(self._pending))
        return task

    # -- posting (any thread) ---------------------------------------------------------------------

    def _post_outcome(self, task_id: int, ok: bool, value: Any) -> None:
        with self._lock:
            if task_id in self._outcomes:
                return
            self._outcomes[task_id] = (ok, value)
        emit(self._sig_finished, task_id)

    def _post_progress(self, task_id: int, done: int, total: int, message: str) -> None:
        with self._lock:
            first = task_id not in self._progress
            self._progress[task_id] = (done, total, message)  # the latest report wins
        if first:
            emit(self._sig_progress, task_id)

    # -- delivering (UI thread) -------------------------------------------------------------------

    def _alive(self, cb: _Callbacks) -> bool:
        return cb.owner is None or shiboken6.isValid(cb.owner)

    def _deliver(self, task_id: int) -> None:
        with self._lock:
            outcome = self._outcomes.pop(task_id, None)
            self._progress.pop(task_id, None)
        cb = self._pending.pop(task_id, None)
        if cb is None or outcome is None:
            return
        ok, value = outcome
        cb.task.finished = True
        emit(self.sig_busy_changed, len(self._pending))
        if self._closed:
            return
        try:
            if not self._alive(cb):  # nobody is waiting any more; the records changed all the same
                return
            if ok and not cb.task.cancelled:
                if cb.on_done is not None:
                    cb.on_done(value)
            elif ok or isinstance(value, Cancelled):
                if cb.on_cancelled is not None:
                    cb.on_cancelled()
            elif cb.on_error is not None:
                cb.on_error(value)
            else:
                log.error("task %d failed: %s", task_id, type(value).__name__)
                emit(self.sig_error, value)
        except Exception as err:  # a fault in a callback is logged and reported, never lost
            log.error("task %d: its callback failed", task_id, exc_info=err)
            emit(self.sig_error, err)
        finally:
            if ok and cb.changes is not None:
                self._broadcast(task_id, cb.changes, value)

    def _broadcast(self, task_id: int, notice: ChangeNotice, value: Any) -> None:
        """Tell every view what a successful call changed (a failed call changed nothing)."""
        try:
            changes = notice(value) if callable(notice) else notice
        except Exception as err:
            log.error("task %d: its change notice failed", task_id, exc_info=err)
            emit(self.sig_error, err)
            return
        if changes:
            self.changes.notify(changes)

    def _deliver_progress(self, task_id: int) -> None:
        with self._lock:
            report = self._progress.pop(task_id, None)
        cb = self._pending.get(task_id)
        if report is not None and cb is not None and cb.on_progress is not None and self._alive(cb):
            cb.on_progress(*report)

    # -- state ------------------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop taking work; cancel rendering and sending; let queued database calls (a final
        autosave) finish when ``wait``."""
        if self._closed:
            return
        self._closed = True
        for cb in list(self._pending.values()):
            if cb.task.lane is Lane.WORK:
                cb.task.cancel()
        self._lanes[Lane.WORK].shutdown(wait=wait, cancel_futures=True)
        self._lanes[Lane.DB].shutdown(wait=wait)
