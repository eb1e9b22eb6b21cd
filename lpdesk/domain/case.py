"""Cases (a family's plan and core group), children, lead professionals and their absences."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["Absence", "Case", "Child", "LeadAssignment"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Case:
    """One plan and one core group around one or more children (siblings share a case).

    ``reference`` is the only identifier that appears in file names and email subjects.
    ``profile_id`` names the practice profile (timescales) in ``forms/profiles``.
    """

    id: int | None = None
    reference: str
    profile_id: str
    team: str = ""
    opened_on: date
    closed_on: date | None = None
    closed_reason: str = ""  # why the plan ended and the case closed
    looked_after: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Child:
    """A child on the case. The name lives on the linked Person; ``date_of_birth`` is None before
    birth, when ``expected_birth_date`` drives the pre-birth rules.

    ``receives_documents`` overrides the profile's age-and-understanding rule when not None; the
    reason is then required.
    """

    id: int | None = None
    case_id: int
    person_id: int
    date_of_birth: date | None = None
    expected_birth_date: date | None = None
    receives_documents: bool | None = None
    receives_documents_reason: str = ""

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


@dataclass(frozen=True, kw_only=True, slots=True)
class LeadAssignment:
    """Who held the lead professional role for a case, and when. A transfer ends one and starts the
    next, with the handover recorded and the family informed."""

    id: int | None = None
    case_id: int
    person_id: int
    started_on: date
    ended_on: date | None = None
    handover_note: str = ""
    family_informed_on: date | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Absence:
    """A lead professional's absence. Over the profile's limit the LP's manager must record cover,
    or record that it cannot be met and notify their own manager."""

    id: int | None = None
    person_id: int
    starts_on: date
    ends_on: date | None = None
    cover_person_id: int | None = None
    cover_recorded_on: date | None = None
    cover_cannot_be_met: bool = False
    senior_manager_notified_on: date | None = None
