"""The due engine: from compact case facts to a list of what is due, due soon and overdue, each with
a reason a person can check by hand against a calendar.

Pure: no I/O, no clock (``as_of`` is the day the list is for). One pass over the facts; calendars
and their holiday tables are shared per profile, so a team's 20,000 children cost one lookup per
date. Items are sorted by due date, which puts every overdue item (due before ``as_of``) first.

Status: overdue if due before ``as_of``; due soon if due on ``as_of`` or within the profile's
``due_soon_working_days`` working days after it; otherwise ok. A meeting whose period ends on a
weekend or holiday (weeks, months, calendar days) is due the working day before.

Horizon: with ``horizon_days``, items that are ok and due more than that many days after
``as_of`` are left out (overdue and due-soon items are always kept), and their reasons are never
built: each rule works out the due date first and formats its reason only for an item kept.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, timedelta
from operator import attrgetter

from lpdesk.domain.enums import DueKind, DueStatus
from lpdesk.domain.errors import InvalidInput
from lpdesk.domain.facts import CaseFacts, ChildFacts
from lpdesk.domain.outputs import DueItem
from lpdesk.rules.calendar import add_months, fmt_date
from lpdesk.rules.due_tasks import add_child_and_task_items
from lpdesk.rules.outline_plan import add_outline_plan_item
from lpdesk.rules.profile import Profile

__all__ = ["due_items"]

_OVERDUE, _DUE_SOON, _OK = DueStatus.OVERDUE, DueStatus.DUE_SOON, DueStatus.OK


def due_items(
    facts: Iterable[CaseFacts],
    profiles: Mapping[str, Profile],
    as_of: date,
    *,
    horizon_days: int | None = None,
) -> list[DueItem]:
    """Everything due for the given cases on ``as_of``, overdue first, then by due date; with
    ``horizon_days``, without the ok items due more than ``horizon_days`` days after ``as_of``."""
    if horizon_days is not None and horizon_days < 0:
        raise InvalidInput.one("horizon_days", "must be 0 or more days (or none, for every item)")
    with _collector_paused():
        items = _collect(facts, profiles, as_of, horizon_days)
    items.sort(key=attrgetter("due"))
    return items


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The pass allocates a few hundred thousand long-lived objects and no reference cycles; left
    on, the cyclic garbage collector rescans the whole heap several times over (about a third of
    the run time for 20,000 children). Reference counting still frees everything as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _collect(
    facts: Iterable[CaseFacts],
    profiles: Mapping[str, Profile],
    as_of: date,
    horizon_days: int | None,
) -> list[DueItem]:
    items: list[DueItem] = []
    rules_by_profile: dict[str, CaseRules] = {}
    for case in facts:
        rules = rules_by_profile.get(case.profile_id)  # pragma: no mutate (a cache: speed only)
        if rules is None:
            profile = profiles.get(case.profile_id)
            if profile is None:
                raise InvalidInput.one(
                    f"case {case.reference}.profile_id",
                    f"no practice profile {case.profile_id!r} is loaded",
                )
            rules = rules_by_profile[case.profile_id] = CaseRules(profile, as_of, horizon_days)
        rules.add_items(case, items)
    return items


class CaseRules:
    """The rules of one profile on one day, applied to one case at a time."""

    def __init__(self, profile: Profile, as_of: date, horizon_days: int | None = None) -> None:
        self.profile = profile
        self.calendar = profile.calendar()
        self.as_of = as_of
        self.soon = self.calendar.add_working_days(as_of, profile.due_soon_working_days)
        # The last due date kept: every due-soon item, and ok items up to the horizon.
        self.last_kept = (
            date.max if horizon_days is None else max(self.soon, as_of + timedelta(horizon_days))
        )
        self.off = profile.not_applicable
        self.core_group_interval = timedelta(weeks=profile.core_group_interval_weeks)
        self._spans: dict[tuple[date, int], tuple[date, str]] = {}

    def beyond(self, due: date) -> bool:
        """Whether an item due then is past the horizon (left out, its reason never built)."""
        return due > self.last_kept

    def item(
        self,
        case: CaseFacts,
        kind: DueKind,
        due: date,
        reason: str,
        child: ChildFacts | None = None,
        for_lp_manager: bool = False,
    ) -> DueItem:
        return DueItem(
            case_id=case.case_id,
            case_reference=case.reference,
            child_id=child.child_id if child else None,
            child_label=child.label if child else "",
            kind=kind,
            due=due,
            status=_OVERDUE if due < self.as_of else _DUE_SOON if due <= self.soon else _OK,
            reason=reason,
            responsible_person_id=case.lp_manager_person_id
            if for_lp_manager
            else case.lp_person_id,
        )

    def after(self, start: date, n: int) -> tuple[date, str]:
        """(n working days after start, "; 25 Dec is a bank holiday" or ""), n < 0 for before."""
        key = (start, n)
        found = self._spans.get(key)  # pragma: no mutate (a cache: speed only)
        if found is None:
            due = self.calendar.add_working_days(start, n)
            first, last = (start, due) if n >= 0 else (due, start)
            days_off = self.calendar.describe_days_off(first, last)
            found = self._spans[key] = (due, f"; {days_off}" if days_off else "")
        return found

    def before(self, end: date, n: int) -> tuple[date, str]:
        return self.after(end, -n)

    def on_working_day(self, day: date) -> tuple[date, str]:
        """A meeting due on a weekend or holiday is due the working day before it."""
        moved = self.calendar.working_day_on_or_before(day)
        return moved, "" if moved == day else f"; {fmt_date(day)} is not a working day"

    def conference_name(self, case: CaseFacts) -> str:
        return "pre-birth conference" if case.pre_birth else self.profile.initial_conference_label

    # -- the case's meetings ----------------------------------------------------------------------

    def add_items(self, case: CaseFacts, out: list[DueItem]) -> None:
        p, off = self.profile, self.off
        icpc = case.initial_conference_on
        add_outline_plan_item(self, case, out)
        if icpc is not None and case.first_core_group_held_on is None:
            if DueKind.FIRST_CORE_GROUP not in off:
                self.first_core_group(case, icpc, out)
        elif case.last_core_group_held_on is not None and DueKind.NEXT_CORE_GROUP not in off:
            self.next_core_group(case, case.last_core_group_held_on, out)

        target = case.next_review_scheduled_for
        if icpc is not None and DueKind.REVIEW_CONFERENCE not in off:
            review_due = self.review_conference(case, icpc, out)
            target = target or review_due
        if target is not None:
            if DueKind.FINAL_CORE_GROUP not in off:
                held = case.last_core_group_before_review_on
                if held is None or not target - self.core_group_interval <= held <= target:
                    n = p.final_core_group_working_days_before_review
                    due, days_off = self.before(target, n)
                    if not self.beyond(due):
                        reason = (
                            f"final core group due by {fmt_date(due)}: {n} working days before "
                            f"{self.review_text(case, target)}{days_off}"
                        )
                        out.append(self.item(case, DueKind.FINAL_CORE_GROUP, due, reason))
            if case.report_submitted_on is None and DueKind.LP_REPORT not in off:
                n = p.lp_report_working_days_before
                due, days_off = self.before(target, n)
                if not self.beyond(due):
                    reason = (
                        f"LP's report due by {fmt_date(due)}: {n} working days before "
                        f"{self.review_text(case, target)}{days_off}"
                    )
                    out.append(self.item(case, DueKind.LP_REPORT, due, reason))
            if case.report_shared_with_parents_on is None and DueKind.REPORT_TO_PARENTS not in off:
                n = p.report_to_parents_working_days_before
                due, days_off = self.before(target, n)
                if not self.beyond(due):
                    reason = (
                        f"LP's report to be shared with the parents and child by {fmt_date(due)}: "
                        f"{n} working days before {self.review_text(case, target)}{days_off}"
                    )
                    out.append(self.item(case, DueKind.REPORT_TO_PARENTS, due, reason))

        if DueKind.MINUTES_CIRCULATION not in off:
            n = p.minutes_circulation_working_days
            for meeting in case.uncirculated_meetings:
                due, days_off = self.after(meeting.held_on, n)
                if self.beyond(due):
                    continue
                reason = (
                    f"minutes of the meeting on {fmt_date(meeting.held_on)} to be circulated by "
                    f"{fmt_date(due)}: {n} working days after it{days_off}"
                    + ("" if meeting.approved else "; not yet approved by the chair")
                )
                out.append(self.item(case, DueKind.MINUTES_CIRCULATION, due, reason))

        add_child_and_task_items(self, case, target, out)

    def review_text(self, case: CaseFacts, target: date) -> str:
        """How the items worked back from the review conference name it."""
        scheduled = target == case.next_review_scheduled_for
        return (
            f"the review conference {'scheduled for' if scheduled else 'due by'} {fmt_date(target)}"
        )

    def first_core_group(self, case: CaseFacts, icpc: date, out: list[DueItem]) -> None:
        p = self.profile
        if p.first_core_group_calendar_days is not None:
            n = p.first_core_group_calendar_days
            due, days_off = self.on_working_day(icpc + timedelta(days=n))
            span = f"{n} days"
        else:
            n = p.first_core_group_working_days
            due, days_off = self.after(icpc, n)
            span = f"{n} working days"
        if self.beyond(due):
            return
        reason = (
            f"first core group due by {fmt_date(due)}: {span} after the "
            f"{self.conference_name(case)} on {fmt_date(icpc)}{days_off}"
        )
        out.append(self.item(case, DueKind.FIRST_CORE_GROUP, due, reason))

    def next_core_group(self, case: CaseFacts, last: date, out: list[DueItem]) -> None:
        weeks = self.profile.core_group_interval_weeks
        due, not_working = self.on_working_day(last + self.core_group_interval)
        if self.beyond(due):
            return
        reason = (
            f"next core group due by {fmt_date(due)}: {weeks} weeks after the last core group "
            f"on {fmt_date(last)}{not_working}"
        )
        scheduled = case.next_core_group_scheduled_on
        if scheduled is not None and scheduled > due:
            reason += f"; the next one is scheduled for {fmt_date(scheduled)}, later than that"
        out.append(self.item(case, DueKind.NEXT_CORE_GROUP, due, reason))

    def review_conference(self, case: CaseFacts, icpc: date, out: list[DueItem]) -> date:
        """Adds the review conference item (unless beyond the horizon); returns its due date."""
        p = self.profile
        last = case.last_review_conference_on
        if last is not None:
            due, not_working = self.on_working_day(add_months(last, p.later_review_months))
            if self.beyond(due):
                return due
            reason = (
                f"review conference due by {fmt_date(due)}: {p.later_review_months} months after "
                f"the last review conference on {fmt_date(last)}{not_working}"
            )
        else:
            due, not_working = self.on_working_day(add_months(icpc, p.first_review_months))
            by_birth = self.pre_birth_review_due(case, icpc) if case.pre_birth else None
            earliest = due if by_birth is None else min(due, by_birth)
            if self.beyond(earliest):
                return earliest
            months = (
                f"{p.first_review_months} months after the {self.conference_name(case)} "
                f"on {fmt_date(icpc)}{not_working}"
            )
            reason = f"first review conference due by {fmt_date(due)}: {months}"
            if case.pre_birth:
                due, reason = self.pre_birth_review(case, icpc, due, months)
        scheduled = case.next_review_scheduled_for
        if scheduled is not None and scheduled > due:
            reason += f"; it is scheduled for {fmt_date(scheduled)}, later than that"
        out.append(self.item(case, DueKind.REVIEW_CONFERENCE, due, reason))
        return due

    def pre_birth_review_due(self, case: CaseFacts, icpc: date) -> date | None:
        """n working days after the birth (the earliest on or after the conference), or None."""
        birth = _birth(case, icpc)
        if birth is None:
            return None
        return self.after(birth, self.profile.pre_birth_review_working_days_after_birth)[0]

    def pre_birth_review(
        self, case: CaseFacts, icpc: date, by_months: date, months: str
    ) -> tuple[date, str]:
        """Within n months of the pre-birth conference or n working days after the birth,
        whichever is sooner. The birth is the earliest date of birth on or after the conference."""
        n = self.profile.pre_birth_review_working_days_after_birth
        birth = _birth(case, icpc)
        if birth is None:
            return by_months, (
                f"first review conference due by {fmt_date(by_months)}: {months}; the baby is not "
                f"yet born (once born: {n} working days after the birth, if that is sooner)"
            )
        by_birth, days_off = self.after(birth, n)
        if by_birth < by_months:
            return by_birth, (
                f"first review conference due by {fmt_date(by_birth)}: {n} working days after the "
                f"birth on {fmt_date(birth)}, sooner than {months}{days_off}"
            )
        return by_months, (
            f"first review conference due by {fmt_date(by_months)}: {months}, sooner than {n} "
            f"working days after the birth on {fmt_date(birth)} ({fmt_date(by_birth)})"
        )


def _birth(case: CaseFacts, conference: date) -> date | None:
    """The birth a pre-birth plan waits for: the earliest date of birth on or after the
    conference (a baby born the day of the conference counts), or None while none is recorded."""
    return min(
        (
            c.date_of_birth
            for c in case.children
            if c.date_of_birth is not None and c.date_of_birth >= conference
        ),
        default=None,
    )
