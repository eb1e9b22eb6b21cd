"""A practice profile: every timescale of docs/practice.md as a value an authority can change
without code. Defaults are England's; profiles live as TOML in ``forms/profiles`` (see
``profile_loader`` and docs/decisions/0006-profile-format.md).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from lpdesk.domain.enums import DueKind, Nation, PlanKind
from lpdesk.rules.calendar import WorkingCalendar

__all__ = ["DEFAULT_NON_SPECIFIC_LABELS", "Profile"]

DEFAULT_NON_SPECIFIC_LABELS: tuple[str, ...] = (
    "disturbed",
    "aggressive",
    "inappropriate",
    "chaotic",
    "unkempt",
    "fine",
    "ok",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Profile:
    """Timescales and settings for one kind of plan in one area.

    Working days count from the day after the event (see ``WorkingCalendar``); weeks and months are
    calendar weeks and months. ``not_applicable`` lists due kinds the profile switches off (an early
    help plan has no review conference).
    """

    id: str
    title: str
    nation: Nation
    plan_kind: PlanKind
    # core groups and conferences
    first_core_group_working_days: int = 10
    first_core_group_calendar_days: int | None = None  # Scotland: within 15 days; beats the above
    core_group_interval_weeks: int = 4
    outline_plan_weeks: int = 4  # the outline plan is the detailed plan by then (after the ICPC)
    final_core_group_working_days_before_review: int = 10
    first_review_months: int = 3
    pre_birth_review_working_days_after_birth: int = 20
    later_review_months: int = 6
    lp_report_working_days_before: int = 5
    report_to_parents_working_days_before: int = 2
    minutes_circulation_working_days: int = 10
    # visits
    visit_seen_working_days: int = 10
    visit_alone_weeks: int = 4
    bedroom_once_per_conference_cycle: bool = True
    visit_recording_working_days: int = 2
    # escalation and cover
    escalate_not_seen_by_lp_weeks: int = 4
    escalate_not_seen_by_any_weeks: int = 6
    lp_absence_cover_weeks: int = 4
    # the due list, documents, language
    due_soon_working_days: int = 5
    child_document_age: int = 12
    flags: frozenset[str] = frozenset()
    minutes_form: str = "core_group_minutes"
    initial_conference_label: str = "ICPC"
    non_specific_labels: tuple[str, ...] = DEFAULT_NON_SPECIFIC_LABELS
    document_languages: tuple[str, ...] = ("en",)  # "en" English, "cy" Welsh (Cymraeg)
    closure_days: frozenset[date] = frozenset()
    not_applicable: frozenset[DueKind] = field(default_factory=frozenset)

    def calendar(self) -> WorkingCalendar:
        """The working-day calendar for this profile's nation and closure days (shared, cached)."""
        return _calendar(self.nation, self.closure_days)

    def applies(self, kind: DueKind) -> bool:
        return kind not in self.not_applicable


@functools.cache
def _calendar(nation: Nation, closure_days: frozenset[date]) -> WorkingCalendar:
    return WorkingCalendar(nation, closure_days)
