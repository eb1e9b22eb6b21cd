"""A pack's rendering and encryption on every core (docs/performance.md).

Rendering a document (reportlab, python-docx) and encrypting a file (a Word copy's key derivation,
ECMA-376 Agile: 100,000 rounds of SHA-512 in msoffcrypto-tool's Python loop, ~0.1 s) hold the
interpreter, so threads would take turns; worker processes run side by side. Each distinct
document of a pack is rendered on them (``render_later``, with the module-level function and plain
inputs of a ``pack_render.RenderJob``), then each recipient's files encrypted there
(``encrypt_later``) while the pack's process takes the next recipient's documents as they come
back. The workers are started on first use, each a fresh interpreter (``spawn``: never a fork of
the GUI's threads; not ``forkserver`` either, whose server and workers outlived a process that
left with ``os._exit`` and held its output pipes), and kept for the next pack. A worker leaves
within a second of its parent (which may have left with ``os._exit``, or crashed, without
stopping it): its queue would never tell it. A frozen (bundled) app, or a machine where the
workers cannot start, renders and encrypts in its own process, as before: the same bytes either
way, only the timing differs.

An email recipient's whole draft is made on a worker too (``draft_later``): their files encrypted
and attached, and the message written out and checked for its one recipient (``build_draft``:
writing and re-reading a message with its attachments in base64 costs about as much as
rendering). Anything that goes wrong there (a render, a draft) gives None, and the pack makes
that document or draft again in its own process, where the error is raised as it always was.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any

from lpdesk.circulation.email_draft import Attachment, draft_bytes
from lpdesk.circulation.encrypt import encrypt_docx, encrypt_pdf, new_salt

__all__ = [
    "DraftFile",
    "draft",
    "draft_later",
    "encrypt",
    "encrypt_later",
    "render",
    "render_later",
    "workers",
]

DraftFile = tuple[str, bytes, str, str]  # (format, rendered document, attachment name, MIME type)

log = logging.getLogger("lpdesk.circulation")

_lock = threading.Lock()
_pool: Executor | None = None
_unavailable = False


def encrypt(fmt: str, data: bytes, password: str, salt: bytes | None = None) -> bytes:
    """One file encrypted with its recipient's password (runs in a worker); a Word file with
    ``salt``, their password's (``encrypt_docx``), when given."""
    return encrypt_pdf(data, password) if fmt == "pdf" else encrypt_docx(data, password, salt)


def draft(files: Sequence[DraftFile], password: str, message: dict[str, Any]) -> bytes | None:
    """One recipient's .eml (runs in a worker): each file encrypted with ``password`` and
    attached, in order, to ``build_draft(**message)``; None if it could not be made here. Their
    Word copies share one password salt (one key derivation for all of them)."""
    try:
        salt = new_salt()
        attachments = [
            Attachment(filename=name, mime=mime, data=encrypt(fmt, data, password, salt))
            for fmt, data, name, mime in files
        ]
        return draft_bytes(attachments=attachments, **message)
    except Exception:  # made again in the pack's own process, which raises it there
        return None


def render(
    function: Callable[..., tuple[str, bytes]], args: Sequence[Any]
) -> tuple[str, bytes] | None:
    """One distinct document of a pack (runs in a worker): ``function(*args)``, its title and
    bytes; None if it could not be made here (the pack then renders it in its own process)."""
    try:
        return function(*args)
    except Exception:  # rendered again in the pack's own process, which raises it there
        return None


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


def render_later(
    function: Callable[..., tuple[str, bytes]], args: Sequence[Any]
) -> Future[tuple[str, bytes] | None] | None:
    """The document's rendering, started now on a worker; None with no workers (the pack then
    renders it in its own process when it needs it)."""
    pool = workers()
    if pool is None:
        return None
    try:
        return pool.submit(render, function, tuple(args))
    except RuntimeError as err:  # shut down, or broken by a killed worker
        log.warning("pack rendering back in-process: %s", type(err).__name__)
        return None


def draft_later(
    files: Sequence[DraftFile], password: str, message: dict[str, Any]
) -> Future[bytes | None] | None:
    """The recipient's draft, started now on a worker; None with no workers (the pack then
    makes it in its own process)."""
    pool = workers()
    if pool is None:
        return None
    try:
        return pool.submit(draft, list(files), password, message)
    except RuntimeError as err:  # shut down, or broken by a killed worker
        log.warning("pack drafts back in-process: %s", type(err).__name__)
        return None
