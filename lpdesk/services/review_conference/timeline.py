"""A review conference's timeline: the three deadlines before it, each with its reason, and
scheduling the conference with its timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lpdesk.domain import Conference, ConferenceKind, InvalidInput
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.profile import Profile
from lpdesk.services.cases import record_conference
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings._common import get_case, provider
from lpdesk.services.profiles import ProfileProvider

__all__ = [
    "ReviewTimeline",
    "ScheduledReview",
    "review_timeline",
    "schedule_review",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewTimeline:
    conference_on: date
    final_core_group_by: date
    lp_report_by: date
    share_with_parents_by: date
    reasons: tuple[str, ...]  # one sentence per date above, in that order


@dataclass(frozen=True, kw_only=True, slots=True)
class ScheduledReview:
    conference: Conference
    timeline: ReviewTimeline


def review_timeline(profile: Profile, conference_on: date) -> ReviewTimeline:
    """The three deadlines before a review conference, each with its reason."""
    calendar = profile.calendar()
    reasons: list[str] = []
    dates: list[date] = []
    for what, n in (
        ("final core group", profile.final_core_group_working_days_before_review),
        ("LP's report to the chair", profile.lp_report_working_days_before),
        ("report shared with the parents and child", profile.report_to_parents_working_days_before),
    ):
        due = calendar.add_working_days(conference_on, -n)
        days_off = calendar.describe_days_off(due, conference_on)
        reasons.append(
            f"{what} by {fmt_date(due)}: {n} working days before the review conference on "
            f"{fmt_date(conference_on)}" + (f"; {days_off}" if days_off else "")
        )
        dates.append(due)
    return ReviewTimeline(
        conference_on=conference_on,
        final_core_group_by=dates[0],
        lp_report_by=dates[1],
        share_with_parents_by=dates[2],
        reasons=tuple(reasons),
    )


def schedule_review(
    ctx: ServiceContext,
    *,
    case_id: int,
    scheduled_for: date,
    chair_person_id: int,
    profiles: ProfileProvider | None = None,
) -> ScheduledReview:
    """Schedule a review conference (``cases.record_conference``) and give its timeline."""
    if scheduled_for < ctx.clock.today():
        raise InvalidInput.one("scheduled_for", "must not be in the past")
    conference = record_conference(
        ctx,
        case_id=case_id,
        kind=ConferenceKind.REVIEW,
        scheduled_for=scheduled_for,
        chair_person_id=chair_person_id,
    )
    with ctx.uow() as uow:
        case = get_case(uow, case_id)
    profile = provider(profiles).profile(case.profile_id, "case_id")
    return ScheduledReview(conference=conference, timeline=review_timeline(profile, scheduled_for))
