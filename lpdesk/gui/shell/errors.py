"""The one place the desktop app turns a typed error into words for the person at the desk.

Domain errors carry what went wrong (``InvalidInput`` names each field); here they become a title,
a sentence, and, for refused input, a message per field that forms show beside the field itself.
Anything unexpected is logged by type only (never its text, which may hold a child's name) and
reported as a fault with a pointer to the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lpdesk.domain import (
    Cancelled,
    Conflict,
    Forbidden,
    InvalidInput,
    LpdeskError,
    NotFound,
    RuleViolation,
)

__all__ = ["ErrorMessage", "describe", "field_messages", "show_error"]

log = logging.getLogger("lpdesk.gui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


@dataclass(frozen=True, slots=True)
class ErrorMessage:
    title: str
    text: str
    detail: str = ""
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning


def describe(err: BaseException) -> ErrorMessage:
    """Title, sentence and detail for any error a task or dialog can raise."""
    if isinstance(err, InvalidInput):
        lines = "\n".join(f"• {_field_label(p.field)}: {p.message}" for p in err.problems)
        return ErrorMessage(
            _tr("Please check the form"),
            _tr("Nothing was saved. Please correct:") + "\n" + lines,
        )
    if isinstance(err, Conflict):
        return ErrorMessage(
            _tr("Changed by someone else"),
            _tr(
                "This {kind} was changed by someone else since you opened it. Your text has been "
                "kept on screen: copy anything you need, then reopen the {kind} to see their "
                "version."
            ).format(kind=_kind_label(err.kind)),
        )
    if isinstance(err, Forbidden):
        return ErrorMessage(
            _tr("Not allowed"),
            _tr(
                "Your role ({role}) may not {action}. Ask your team manager if you need this."
            ).format(role=err.role.replace("_", " "), action=err.action),
        )
    if isinstance(err, NotFound):
        return ErrorMessage(
            _tr("Not found"),
            _tr(
                "The {kind} could not be found; it may have been removed. Refresh and try again."
            ).format(kind=_kind_label(err.kind)),
        )
    if isinstance(err, RuleViolation):
        return ErrorMessage(_tr("Not possible yet"), str(err))
    if isinstance(err, Cancelled):
        return ErrorMessage(
            _tr("Cancelled"),
            _tr("Stopped. Nothing half-done was kept."),
            icon=QMessageBox.Icon.Information,
        )
    if isinstance(err, LpdeskError):
        return ErrorMessage(_tr("Could not finish"), str(err))
    if isinstance(err, OSError):
        return ErrorMessage(
            _tr("File or network problem"),
            _tr("The computer reported: {error}").format(error=err.strerror or type(err).__name__),
        )
    log.error("unexpected %s", type(err).__name__, exc_info=err)
    return ErrorMessage(
        _tr("Something went wrong"),
        _tr(
            "lpdesk hit an unexpected fault ({kind}). Your saved work is safe; the details are in "
            "the log."
        ).format(kind=type(err).__name__),
        icon=QMessageBox.Icon.Critical,
    )


def field_messages(err: BaseException) -> dict[str, str]:
    """For refused input: field path -> message, to show beside each field. Empty otherwise."""
    if not isinstance(err, InvalidInput):
        return {}
    messages: dict[str, str] = {}
    for p in err.problems:
        messages[p.field] = (
            f"{messages[p.field]}; {p.message}" if p.field in messages else p.message
        )
    return messages


def show_error(parent: QWidget | None, err: BaseException) -> None:
    """A modal message for an error; the caller decides whether anything else must change."""
    message = describe(err)
    box = QMessageBox(
        message.icon, message.title, message.text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("error_message_box")
    if message.detail:
        box.setDetailedText(message.detail)
    box.open()


def _field_label(path: str) -> str:
    return path.replace("_", " ").replace(".", " › ")


def _kind_label(kind: str) -> str:
    return _tr(kind.replace("_", " "))
