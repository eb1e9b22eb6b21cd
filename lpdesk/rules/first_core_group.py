"""When the first core group is due after the initial (or pre-birth) conference, with its reason:
the same rule the due list applies, for a screen that shows it before the case is saved."""

from __future__ import annotations

from datetime import date, timedelta

from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.profile import Profile

__all__ = ["first_core_group_due"]


def first_core_group_due(
    profile: Profile, conference_on: date, *, pre_birth: bool = False
) -> tuple[date, str]:
    """(due date, "first core group due by 6 Jan 2027: 10 working days after the ICPC on ...")."""
    calendar = profile.calendar()
    name = "pre-birth conference" if pre_birth else profile.initial_conference_label
    if profile.first_core_group_calendar_days is not None:
        n = profile.first_core_group_calendar_days
        target = conference_on + timedelta(days=n)
        due = calendar.working_day_on_or_before(target)
        span = f"{n} days"
        off = "" if due == target else f"; {fmt_date(target)} is not a working day"
    else:
        n = profile.first_core_group_working_days
        due = calendar.add_working_days(conference_on, n)
        span = f"{n} working days"
        days_off = calendar.describe_days_off(conference_on, due)
        off = f"; {days_off}" if days_off else ""
    reason = f"first core group due by {fmt_date(due)}: {span} after the {name} on {fmt_date(conference_on)}{off}"
    return due, reason
