"""Optimistic locking for every editable record: an editor names the revision they read.

Records with a ``revision`` field (meetings, plans, people, actions, review reports) are updated
by the store only where the stored revision is still the one given, else ``Conflict`` (with both
versions) and nothing is written. A use case reads the record inside its unit of work, so two
concurrent transactions never both win; ``expected_revision`` carries the same promise across the
minutes a person spends editing a form.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

__all__ = ["as_read"]

T = TypeVar("T")


def as_read(obj: T, expected_revision: int | None) -> T:
    """``obj`` as the editor read it: at ``expected_revision`` when given (the stored row must
    still be at it), else as just read in this transaction."""
    if expected_revision is None:
        return obj
    value: Any = replace(obj, revision=expected_revision)  # type: ignore[type-var]
    return value  # type: ignore[no-any-return]
