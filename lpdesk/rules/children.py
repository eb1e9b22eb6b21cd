"""One rule for when a child's visit rules start, shared by the due list and the compliance
figures: a child with no date of birth but an expected one is not yet born (the pre-birth rules
apply instead). A child with neither date is born, its date of birth not recorded: the visit rules
apply from the start of the plan, as for any other child, so a missing date never hides a child
from the due list or the figures. (The figures also leave out a child born after their period.)"""

from __future__ import annotations

from datetime import date

__all__ = ["is_unborn"]


def is_unborn(date_of_birth: date | None, expected_birth_date: date | None) -> bool:
    """Whether the child is not yet born: no date of birth, but an expected one."""
    return date_of_birth is None and expected_birth_date is not None
