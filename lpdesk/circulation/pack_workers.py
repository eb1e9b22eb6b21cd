"""The encryption of a pack's files on every core (docs/performance.md).

Each file of a pack is encrypted on its own: a Word copy's key derivation (ECMA-376 Agile, 100,000
rounds of SHA-512 in msoffcrypto-tool's Python loop) holds the interpreter for ~0.1 s, so threads
would take turns; worker processes run side by side, while the pack's process goes on rendering
the next recipient's documents. The workers are started on first use, each a fresh interpreter
(``spawn``: never a fork of the GUI's threads; not ``forkserver`` either, whose server and workers
outlived a process that left with ``os._exit`` and held its output pipes), and kept for the next
pack. A worker leaves within a second of its parent (which may have left with ``os._exit``, or
crashed, without stopping it): its queue would never tell it. A frozen (bundled) app, or a machine where the workers cannot start, encrypts
in its own process, as before: the same bytes either way, only the timing differs.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor

from lpdesk.circulation.encrypt import encrypt_docx, encrypt_pdf

__all__ = ["encrypt", "encrypt_later", "workers"]

log = logging.getLogger("lpdesk.circulation")

_lock = threading.Lock()
_pool: Executor | None = None
_unavailable = False


def encrypt(fmt: str, data: bytes, password: str) -> bytes:
    """One file encrypted with its recipient's password (runs in a worker)."""
    return encrypt_pdf(data, password) if fmt == "pdf" else encrypt_docx(data, password)


def workers() -> Executor | None:
    """The shared worker processes (started now if need be), or None to encrypt in-process."""
    global _pool, _unavailable
    with _lock:
        if _pool is None and not _unavailable:
            if getattr(sys, "frozen", False) or (os.cpu_count() or 1) < 2:
                _unavailable = True
            else:
                try:
                    _pool = ProcessPoolExecutor(
                        max_workers=min(os.cpu_count() or 2, 4),
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_leave_with,
                        initargs=(os.getpid(),),
                    )
                    atexit.register(_stop)
                except (OSError, ValueError) as err:
                    log.warning("pack encryption stays in-process: %s", type(err).__name__)
                    _unavailable = True
        return _pool


def _leave_with(parent: int) -> None:
    """In each worker: a watcher that ends the worker once ``parent`` has gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="lpdesk-parent-watch", daemon=True).start()


def _stop() -> None:
    """At exit: the workers stopped and their queues released."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(cancel_futures=True)


def encrypt_later(fmt: str, data: bytes, password: str) -> Future[bytes]:
    """The file's encryption, started now on a worker (or done now, in-process)."""
    pool = workers()
    if pool is not None:
        try:
            return pool.submit(encrypt, fmt, data, password)
        except RuntimeError as err:  # shut down, or broken by a killed worker
            log.warning("pack encryption back in-process: %s", type(err).__name__)
    done: Future[bytes] = Future()
    done.set_result(encrypt(fmt, data, password))
    return done
