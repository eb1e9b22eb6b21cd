"""The task runner: work runs off the UI thread, results arrive on it, cancel works, and the event
loop keeps turning while the database thread is busy."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer

from lpdesk.domain import Cancelled, InvalidInput
from lpdesk.gui.shell.tasks import Lane, TaskProgress


def _on_ui_thread() -> bool:
    return (
        QThread.currentThread() is QObject().thread()
        and threading.current_thread() is threading.main_thread()
    )


def test_result_is_delivered_on_the_ui_thread_and_work_runs_off_it(qtbot, runner) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread().name
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["delivered_on_main"] = threading.current_thread() is threading.main_thread()

    runner.run(work, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=3000)
    assert seen["value"] == 42
    assert seen["delivered_on_main"] is True
    assert str(seen["worker"]).startswith("lpdesk-db")


def test_database_calls_share_one_thread_and_keep_their_order(qtbot, runner) -> None:
    threads: list[str] = []
    order: list[int] = []
    for n in range(20):
        runner.run(
            lambda n=n: (threads.append(threading.current_thread().name), n)[1],
            order.append,
        )
    qtbot.waitUntil(lambda: len(order) == 20, timeout=3000)
    assert order == list(range(20))
    assert len(set(threads)) == 1


def test_work_lane_uses_the_pool_not_the_database_thread(qtbot, runner) -> None:
    names: list[str] = []
    runner.run(lambda: names.append(threading.current_thread().name), lane=Lane.WORK)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=3000)
    assert names and names[0].startswith("lpdesk-work")


def test_errors_go_to_on_error_on_the_ui_thread(qtbot, runner) -> None:
    caught: list[tuple[BaseException, bool]] = []

    def fail() -> None:
        raise InvalidInput.one("venue", "required")

    runner.run(
        fail,
        lambda _v: pytest.fail("on_done must not run"),
        lambda err: caught.append((err, threading.current_thread() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: bool(caught), timeout=3000)
    err, on_main = caught[0]
    assert isinstance(err, InvalidInput) and err.problems[0].field == "venue"
    assert on_main


def test_an_error_with_no_handler_is_reported_by_signal(qtbot, runner) -> None:
    with qtbot.waitSignal(runner.sig_error, timeout=3000) as blocker:
        runner.run(lambda: 1 / 0)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_progress_reaches_the_ui_and_cancel_stops_the_work(qtbot, runner) -> None:
    reports: list[tuple[int, int, str]] = []
    outcome: list[str] = []
    started = threading.Event()

    def long_work(progress: TaskProgress) -> str:
        for n in range(1000):
            if progress.cancelled:
                raise Cancelled()
            progress.report(n, 1000, f"step {n}")
            started.set()
            time.sleep(0.005)
        return "finished"

    task = runner.run_with_progress(
        long_work,
        lambda v: outcome.append(v),
        on_progress=lambda d, t, m: reports.append((d, t, m)),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: len(reports) >= 3, timeout=3000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=3000)
    assert outcome == ["cancelled"]
    # reports are coalesced (the latest wins while the UI is busy), so the first seen need not be
    # step 0 on a loaded machine; each is whole and they only go forward
    assert all(t == 1000 and m == f"step {d}" for d, t, m in reports)
    assert [d for d, _, _ in reports] == sorted({d for d, _, _ in reports})
    assert reports[-1][0] < 999  # stopped well before the end


def test_a_task_cancelled_before_it_starts_never_runs(qtbot, runner) -> None:
    gate = threading.Event()
    ran: list[str] = []
    cancelled: list[bool] = []
    runner.run(lambda: gate.wait(3))  # occupies the database thread
    queued = runner.run(lambda: ran.append("ran"), on_cancelled=lambda: cancelled.append(True))
    queued.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=3000)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=3000)
    assert ran == []


def test_result_for_a_deleted_owner_is_dropped(qtbot, runner) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    got: list[int] = []
    gate = threading.Event()
    runner.run(lambda: (gate.wait(3), 7)[1], got.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=3000)
    assert got == []


def test_event_loop_keeps_turning_while_a_slow_database_call_runs(qtbot, runner) -> None:
    """A heartbeat timer measures the longest gap between event-loop turns during a 1.5 s call."""
    worker_thread: list[str] = []
    done: list[bool] = []
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def slow() -> None:
        worker_thread.append(threading.current_thread().name)
        time.sleep(1.5)

    runner.run(slow, lambda _v: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    heartbeat.stop()
    assert worker_thread and worker_thread[0] != threading.main_thread().name
    assert len(gaps) >= 20  # the loop turned all the way through
    print(f"longest event-loop gap {max(gaps)} ms over {len(gaps)} beats")
    assert max(gaps) < 500, f"event loop stalled {max(gaps)} ms"


def test_shutdown_finishes_queued_database_calls(qtbot) -> None:
    from lpdesk.gui.shell.tasks import TaskRunner

    local = TaskRunner()
    saved: list[int] = []
    for n in range(5):
        local.run(lambda n=n: (time.sleep(0.01), saved.append(n)))
    local.shutdown(wait=True)
    assert saved == [0, 1, 2, 3, 4]
    late: list[int] = []
    dropped = local.run(lambda: late.append(1))
    qtbot.wait(50)
    assert dropped.cancelled and dropped.finished and late == []


def test_a_fault_in_a_result_callback_is_logged_and_reported_not_lost(
    qtbot, runner, caplog
) -> None:  # type: ignore[no-untyped-def]
    def broken_callback(_value: object) -> None:
        raise KeyError("Zoë Fictional")

    with qtbot.waitSignal(runner.sig_error, timeout=5000) as blocker, caplog.at_level("ERROR"):
        runner.run(lambda: 1, on_done=broken_callback)
    assert isinstance(blocker.args[0], KeyError)
    assert any("its callback failed" in r.getMessage() for r in caplog.records)
