"""Change notices: how every view learns that the records it shows have changed.

A use case run from the GUI declares, where the GUI submits it to the ``TaskRunner``, which kinds
of record it changes for which case (``Changes``). When it succeeds, the runner's ``ChangeHub``
broadcasts the notice; every view that shows such records subscribes (``subscribe``) and reloads
when a notice touches what it shows. No view calls another view's refresh: the notice is the one
way a view learns of a change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

import shiboken6
from PySide6.QtCore import QObject, Signal

from lpdesk.gui.shell.signals import emit

__all__ = ["ALL_CASE_RECORDS", "LISTED", "ChangeHub", "Changes", "Kind", "subscribe"]


class Kind(StrEnum):
    """A kind of record a use case can change."""

    CASES = "cases"  # a case started, closed, its category or LP changed
    PEOPLE = "people"  # people, membership, contact details
    VISITS = "visits"
    MEETINGS = "meetings"  # convened, rescheduled, cancelled, attendance, invitations
    MINUTES = "minutes"  # drafted, approved
    CIRCULATION = "circulation"  # packs produced, marked sent
    PLAN = "plan"  # outcomes, actions, progress, versions
    CONFERENCES = "conferences"
    ESCALATIONS = "escalations"
    EVENTS = "events"  # significant events, assessments, absences
    DISAGREEMENTS = "disagreements"
    REPORTS = "reports"  # the review conference report
    DOCUMENTS = "documents"
    STAFF = "staff"  # workers' loads, protected time, users
    SETTINGS = "settings"


ALL_CASE_RECORDS = frozenset(Kind) - {Kind.STAFF, Kind.SETTINGS}
# What the caseload, the due list and the oversight lists show: everything but a draft's text
# (saved every few seconds while minuting) and the documents made from the records.
LISTED = ALL_CASE_RECORDS - {Kind.MINUTES, Kind.DOCUMENTS}


@dataclass(frozen=True)
class Changes:
    """Which kinds of record changed for which cases (no case ids: not tied to one case)."""

    kinds: frozenset[Kind]
    case_ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, case_id: int | None, *kinds: Kind) -> Changes:
        return cls(frozenset(kinds), frozenset() if case_id is None else frozenset({case_id}))

    def touches(self, kinds: Iterable[Kind], case_id: int | None = None) -> bool:
        """Whether this notice concerns any of ``kinds`` (for ``case_id``, when given)."""
        if self.kinds.isdisjoint(kinds):
            return False
        return case_id is None or not self.case_ids or case_id in self.case_ids

    def __bool__(self) -> bool:
        return bool(self.kinds)


class ChangeHub(QObject):
    """The one broadcaster of change notices (the ``TaskRunner`` owns it)."""

    changed = Signal(object)  # Changes

    def notify(self, changes: Changes) -> None:
        if changes:
            emit(self.changed, changes)


def subscribe(
    hub: ChangeHub,
    owner: QObject,
    kinds: Iterable[Kind],
    reload: Callable[[], None],
    case_id: Callable[[], int | None] | int | None = None,
) -> None:
    """Call ``reload()`` whenever a notice touches ``kinds`` (for ``case_id``, when given), as
    long as ``owner`` lives."""
    wanted = frozenset(kinds)

    def on_changed(changes: Changes) -> None:
        if not shiboken6.isValid(owner):
            return
        which = case_id() if callable(case_id) else case_id
        if changes.touches(wanted, which):
            reload()

    hub.changed.connect(on_changed)
    owner.destroyed.connect(lambda *_: _disconnect(hub, on_changed))


def _disconnect(hub: ChangeHub, slot: Callable[[Changes], None]) -> None:
    if shiboken6.isValid(hub):
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the hub
            hub.changed.disconnect(slot)
