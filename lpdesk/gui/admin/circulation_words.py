"""Circulation in words for the screens: how a recipient is reached, what they get, and where
their items stand. One place, used by the circulate page, the queue and the administrator's
dialogs, so no enum value reaches a user."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from lpdesk.domain import DOCUMENT_KINDS, Channel, DistributionState, DocumentKind

__all__ = ["channel_words", "document_words", "state_words", "still_to_reach"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("circulation_words", text)


_CHANNEL = {
    Channel.EMAIL: "Email",
    Channel.POST: "Post",
    Channel.HAND: "By hand",
    Channel.NONE: "No way to reach them",
}
_DOCUMENT = {
    DocumentKind.MINUTES: "Minutes",
    DocumentKind.PLAN: "Plan",
    DocumentKind.CHILD_PLAN: "Child's own plan",
    DocumentKind.INVITATION: "Invitation",
    DocumentKind.EXCLUDED_PARENT_SUMMARY: "Summary letter for an excluded parent",
    DocumentKind.REVIEW_REPORT: "Review conference report",
    DocumentKind.VISIT_RECORD: "Visit record",
    DocumentKind.DISTRIBUTION_RECORD: "Distribution record",
    DocumentKind.PLAN_CHANGE_NOTICE: "Plan change notice",
}
_STATE = {
    DistributionState.PREPARED: "Prepared, not yet sent",
    DistributionState.SENT: "Sent",
    DistributionState.POSTED: "Posted",
    DistributionState.HANDED: "Handed over",
    DistributionState.FAILED: "Failed",
    DistributionState.NOT_SENT: "Not sent",
}


def channel_words(channel: Channel) -> str:
    return _tr(_CHANNEL[channel])


def document_words(kind: DocumentKind | None, fmt: str = "") -> str:
    if kind is None:
        words = _tr("Nothing")
    else:
        words = _tr(_DOCUMENT.get(kind) or DOCUMENT_KINDS[kind].label)
    return f"{words} ({fmt.upper()})" if fmt else words


def state_words(state: DistributionState | None, note: str = "") -> str:
    """A state in words, with its reason where it has one."""
    if state is None:
        return _tr("Not yet produced")
    words = _tr(_STATE[state])
    if note and state in (DistributionState.FAILED, DistributionState.NOT_SENT):
        return f"{words}: {note}"
    return words


def still_to_reach(waiting: Iterable[tuple[str, Channel, DistributionState | None]]) -> str:
    """ "Amira Haddad (by hand, prepared, not yet sent); Karim Haddad (post, not yet produced)"."""
    return "; ".join(
        f"{name} ({channel_words(channel).lower()}, {state_words(state).lower()})"
        for name, channel, state in waiting
    )
