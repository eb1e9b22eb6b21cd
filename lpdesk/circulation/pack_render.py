"""Which documents a pack renders, and where: each distinct document once, on the worker processes.

Recipients whose redaction is the same receive the same document, so a pack asks its caller for a
``RenderJob`` per recipient, document and format, and renders each distinct job (by ``key``) once.
A job is a module-level function and its plain inputs (a document tree, a format, the authority's
settings), so it can run on a worker process (``pack_workers``): rendering (reportlab, python-docx)
holds the interpreter as long as the encryption does, and both cores then share it
(docs/performance.md). Every job is started on the workers as soon as the pack knows it, before
anyone's files are encrypted; each recipient's encryption and draft start as soon as their own
documents are back.

With no workers, or a job that cannot be sent to one, or one that failed there, the document is
rendered in the pack's own process when it is first needed, where any error is raised as it always
was: the same bytes either way, only the timing differs.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from lpdesk.circulation.pack_workers import render_later
from lpdesk.circulation.recipients import RecipientPlan
from lpdesk.domain import DocumentKind

__all__ = ["Render", "RenderJob", "Renders"]

_MAGIC = {"pdf": b"%PDF-", "docx": b"PK"}


@dataclass(frozen=True, slots=True)
class RenderJob:
    """One document to render: ``function(*args)`` gives its title (for the check screen) and its
    bytes. ``function`` is defined at module level and ``args`` are plain values, so a worker
    process can run it; two jobs with the same ``key`` give the same bytes (rendered once)."""

    key: Hashable
    function: Callable[..., tuple[str, bytes]]
    args: tuple[Any, ...] = ()


# For a recipient, one of their documents and a format: the job that renders it.
Render = Callable[[RecipientPlan, DocumentKind, str], RenderJob]


class Renders:
    """The distinct documents of a pack, started on the workers as soon as they are allocated."""

    def __init__(self, render: Render) -> None:
        self._render = render
        self._jobs: dict[tuple[int, DocumentKind, str], RenderJob] = {}
        self._started: dict[Hashable, Future[tuple[str, bytes] | None] | None] = {}
        self._done: dict[Hashable, tuple[str, bytes]] = {}

    def allocate(self, number: int, plan: RecipientPlan, kind: DocumentKind, fmt: str) -> None:
        """Ask for recipient ``number``'s ``kind`` in ``fmt``; started now unless already asked."""
        job = self._render(plan, kind, fmt)
        self._jobs[(number, kind, fmt)] = job
        if job.key not in self._started:
            self._started[job.key] = render_later(job.function, job.args)

    def result(self, number: int, kind: DocumentKind, fmt: str) -> tuple[str, bytes]:
        """The title and bytes of recipient ``number``'s document, waiting for its worker (or
        rendered here); refused unless it is the format asked for."""
        job = self._jobs[(number, kind, fmt)]
        found = self._done.get(job.key)
        if found is None:
            found = self._done[job.key] = _title_and_data(job, self._started.get(job.key))
        title, data = found
        if not data.startswith(_MAGIC[fmt]):
            raise ValueError(f"render returned no {fmt} for {kind.value}")
        return title, data

    def cancel(self) -> None:
        """Jobs not yet started on a worker are never started."""
        for future in self._started.values():
            if future is not None:
                future.cancel()


def _title_and_data(
    job: RenderJob, started: Future[tuple[str, bytes] | None] | None
) -> tuple[str, bytes]:
    if started is not None:
        try:
            found = started.result()
        except Exception:  # not sent (it cannot be pickled), or its worker was lost: made here
            found = None
        if found is not None:
            return found
    return job.function(*job.args)
