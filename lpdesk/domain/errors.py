"""Typed errors. The GUI and the command line map them to messages in one place each."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Conflict",
    "FieldProblem",
    "Forbidden",
    "InvalidInput",
    "LpdeskError",
    "NotFound",
    "RuleViolation",
]


class LpdeskError(Exception):
    """Base of every error lpdesk reports to a person."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field: ``field`` is a dotted path a person can find ("visits[2].date")."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class InvalidInput(LpdeskError):
    """Input refused; nothing was written. Carries every problem found, each naming its field."""

    def __init__(self, problems: list[FieldProblem] | tuple[FieldProblem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def one(cls, field: str, message: str) -> InvalidInput:
        return cls([FieldProblem(field, message)])


class NotFound(LpdeskError):
    def __init__(self, kind: str, ident: object) -> None:
        self.kind, self.ident = kind, ident
        super().__init__(f"{kind} {ident} was not found")


class Conflict(LpdeskError):
    """Someone else saved this record first. Both versions are kept for the user to reconcile."""

    def __init__(
        self, kind: str, ident: object, theirs: object = None, mine: object = None
    ) -> None:
        self.kind, self.ident, self.theirs, self.mine = kind, ident, theirs, mine
        super().__init__(
            f"{kind} {ident} was changed by someone else since you opened it; "
            "your version is kept so you can reconcile the two"
        )


class Forbidden(LpdeskError):
    def __init__(self, role: str, action: str) -> None:
        self.role, self.action = role, action
        super().__init__(f"a {role.replace('_', ' ')} may not {action}")


class RuleViolation(LpdeskError):
    """A practice rule forbids this (e.g. circulating unapproved minutes)."""
