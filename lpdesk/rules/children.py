"""One rule for when a child's visit rules start, shared by the due list and the compliance
figures: a child is not yet born when it has no date of birth but an expected one (the pre-birth
rules apply instead), or when its date of birth is after the day asked about. A child with neither
date is born, its date of birth not recorded: the visit rules apply from the start of the plan, as
for any other child, so a missing date never hides a child from the due list or the figures."""

from __future__ import annotations

from datetime import date

__all__ = ["is_unborn"]


def is_unborn(
    date_of_birth: date | None, expected_birth_date: date | None, on: date | None = None
) -> bool:
    """Whether the visit rules have not started for a child on ``on`` (any day when None)."""
    if date_of_birth is None:
        return expected_birth_date is not None
    return on is not None and date_of_birth > on
