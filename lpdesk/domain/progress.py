"""A Qt-free way for long work (packs, renders, imports) to report progress and be cancelled."""

from __future__ import annotations

from typing import Protocol

__all__ = ["Cancelled", "NullProgress", "Progress"]


class Cancelled(Exception):
    """Raised by long work when its Progress says the user cancelled. Nothing half-done is kept."""


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    """Progress for work nobody watches (the command line, tests)."""

    def report(self, done: int, total: int, message: str = "") -> None:
        return None

    @property
    def cancelled(self) -> bool:
        return False
