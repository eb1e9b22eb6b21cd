"""Compliance figures of a whole case and the meetings measures, worked by hand (England):

ICPC Mon 2 Nov 2026; period Sun 1 Nov 2026 - Sun 28 Feb 2027.
- core groups held 12 Nov, 14 Dec, 7 Jan (and one cancelled on 20 Jan):
  first due 16 Nov (10 working days after the ICPC): met by 12 Nov;
  then 4 weeks after each: 10 Dec (next held 14 Dec: late), 11 Jan (7 Jan: met),
  4 Feb (none: missed)                                                   -> 2/4
- minutes: 12 Nov circulated 20 Nov (due 26 Nov: on time); 14 Dec circulated 6 Jan (due
  30 Dec: late); 7 Jan never circulated (due 21 Jan, passed)             -> 1/3
- review conference held Mon 1 Feb 2027: due 2 Feb (3 months)          -> 1/1
- LP's report submitted Tue 26 Jan: due Mon 25 Jan (5 working days before) -> 0/1
- report shared with the parents Wed 27 Jan: due Thu 28 Jan (2 before)   -> 1/1
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    Child,
    Conference,
    ConferenceKind,
    Meeting,
    MeetingStatus,
    ReviewReport,
    Visit,
)
from lpdesk.rules.compliance import (
    MEASURES,
    Measure,
    case_measures,
    core_group_rows,
    core_group_timeliness,
    minutes_circulation_timeliness,
    report_timeliness,
    review_conference_timeliness,
    visit_rows,
)
from lpdesk.rules.profile import Profile

LP = 7
ICPC = date(2026, 11, 2)
START, UNTIL = date(2026, 11, 1), date(2027, 2, 28)
REVIEW = date(2027, 2, 1)


def core_group(n: int, held: date | None, circulated: date | None = None, **kw: object) -> Meeting:
    return Meeting(
        id=n,
        case_id=1,
        number=n,
        scheduled_at=datetime(2026, 11, 1, 10),
        held_on=held,
        circulated_on=circulated,
        status=kw.pop("status", MeetingStatus.HELD),  # type: ignore[arg-type]
    )


CONFERENCES = [
    Conference(id=1, case_id=1, kind=ConferenceKind.INITIAL, held_on=ICPC),
    Conference(id=2, case_id=1, kind=ConferenceKind.REVIEW, held_on=REVIEW),
    Conference(id=3, case_id=1, kind=ConferenceKind.REVIEW, scheduled_for=date(2027, 8, 1)),
]
CORE_GROUPS = [
    core_group(1, date(2026, 11, 12), date(2026, 11, 20)),
    core_group(2, date(2026, 12, 14), date(2027, 1, 6)),
    core_group(3, date(2027, 1, 7)),
    core_group(4, date(2027, 1, 20), status=MeetingStatus.CANCELLED),
    core_group(5, None),  # only convened
]
REPORTS = [
    ReviewReport(
        id=1,
        case_id=1,
        conference_id=2,
        submitted_on=date(2027, 1, 26),
        shared_with_parents_on=date(2027, 1, 27),
    )
]


def figures(profiles: dict[str, Profile], **changes: object) -> dict[str, tuple[int, int]]:
    args: dict[str, object] = {
        "visits": [],
        "children": [],
        "lp_person_id": LP,
        "conferences": CONFERENCES,
        "core_groups": CORE_GROUPS,
        "reports": REPORTS,
        "profile": profiles["england_cp"],
        "opened_on": date(2026, 10, 20),
        "period_start": START,
        "until": UNTIL,
    }
    args.update(changes)
    # the measures read narrow rows: made from the records as the report's full read makes them
    args["visits"] = visit_rows(args["visits"])  # type: ignore[arg-type]
    args["core_groups"] = core_group_rows(args["core_groups"])  # type: ignore[arg-type]
    measures = case_measures(**args)  # type: ignore[arg-type]
    assert tuple(measures) == MEASURES
    return {k: (m.numerator, m.denominator) for k, m in measures.items()}


def test_the_worked_case(profiles: dict[str, Profile]) -> None:
    assert figures(profiles) == {
        "visits_in_timescale": (0, 0),
        "seen_alone": (0, 0),
        "bedroom_seen": (0, 0),
        "visits_recorded_on_time": (0, 0),
        "core_groups_on_time": (2, 4),
        "minutes_circulated_on_time": (1, 3),
        "review_conferences_on_time": (1, 1),
        "lp_reports_on_time": (0, 1),
        "reports_to_parents_on_time": (1, 1),
    }


def test_a_report_not_yet_written_is_a_miss(profiles: dict[str, Profile]) -> None:
    got = figures(profiles, reports=[])
    assert (got["lp_reports_on_time"], got["reports_to_parents_on_time"]) == ((0, 1), (0, 1))


def test_a_conference_after_the_period_is_not_the_initial_one(
    profiles: dict[str, Profile],
) -> None:
    later = Conference(id=9, case_id=1, kind=ConferenceKind.INITIAL, held_on=date(2027, 3, 5))
    assert figures(profiles, conferences=[*CONFERENCES, later]) == figures(profiles)


def test_the_latest_initial_conference_restarts_the_clock(profiles: dict[str, Profile]) -> None:
    again = Conference(id=9, case_id=1, kind=ConferenceKind.PRE_BIRTH, held_on=date(2027, 1, 4))
    got = figures(profiles, conferences=[again, *CONFERENCES])
    # first due 18 Jan, 10 working days after the 4 Jan conference: met by 7 Jan (the core
    # groups before the conference no longer count); the next, due 4 Feb, missed
    assert got["core_groups_on_time"] == (1, 2)


def test_figures_end_on_the_day_given(profiles: dict[str, Profile]) -> None:
    got = figures(profiles, until=date(2027, 1, 31))
    assert got["core_groups_on_time"] == (2, 3)  # 4 Feb is after the end
    assert got["review_conferences_on_time"] == (0, 0)  # due 2 Feb
    assert got["lp_reports_on_time"] == (0, 0)  # the review was held after the end


CHILD_BORN = Child(id=11, case_id=1, person_id=21, date_of_birth=date(2020, 5, 1))
NO_DATE = Child(id=12, case_id=1, person_id=22)  # born, date not recorded
EXPECTED = Child(id=13, case_id=1, person_id=23, expected_birth_date=date(2027, 1, 1))
BORN_AFTER = Child(id=14, case_id=1, person_id=24, date_of_birth=date(2027, 3, 10))
BORN_IN = Child(id=15, case_id=1, person_id=25, date_of_birth=date(2027, 2, 15))
NOT_SAVED = Child(id=None, case_id=1, person_id=26, date_of_birth=date(2020, 1, 1))


def lp_visit(child: Child, day: date, **kw: object) -> Visit:
    return Visit(
        case_id=1,
        child_id=child.id or 0,
        visitor_person_id=kw.pop("by", LP),  # type: ignore[arg-type]
        visited_at=datetime(day.year, day.month, day.day, 10),
        recorded_at=datetime(day.year, day.month, day.day, 16),
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("children", "seen"),
    [
        ([CHILD_BORN], (0, 1)),
        ([NO_DATE], (0, 1)),  # counted like any other child: one rule with the due list
        ([EXPECTED], (0, 0)),
        ([BORN_AFTER], (0, 0)),
        ([NOT_SAVED], (0, 0)),
        # born 15 Feb: the first visit is due 10 working days later, 1 Mar, after the period
        ([BORN_IN], (0, 0)),
        ([CHILD_BORN, NO_DATE, EXPECTED, BORN_AFTER, BORN_IN], (0, 2)),
        ([EXPECTED, NO_DATE, CHILD_BORN], (0, 2)),
    ],
)
def test_which_children_count(
    profiles: dict[str, Profile], children: list[Child], seen: tuple[int, int]
) -> None:
    assert figures(profiles, children=children)["visits_in_timescale"] == seen


def test_a_child_born_in_the_period_counts_from_the_birth(profiles: dict[str, Profile]) -> None:
    visits = [lp_visit(BORN_IN, date(2027, 2, 16), seen_alone=True, bedroom_seen=True)]
    got = figures(profiles, children=[BORN_IN], visits=visits, until=date(2027, 3, 31))
    assert got["visits_in_timescale"] == (1, 2)  # due 1 Mar (met 16 Feb), then 2 Mar
    assert got["visits_recorded_on_time"] == (1, 1)


def test_visits_count_for_the_lp_only(profiles: dict[str, Profile]) -> None:
    visits = [lp_visit(CHILD_BORN, date(2026, 11, 10))]
    assert figures(profiles, children=[CHILD_BORN], visits=visits)["visits_in_timescale"] == (
        1,
        2,
    )
    nobody = figures(profiles, children=[CHILD_BORN], visits=visits, lp_person_id=None)
    assert nobody["visits_in_timescale"] == (0, 1)
    assert nobody["visits_recorded_on_time"] == (1, 1)  # any visitor's recording counts


def test_the_bedroom_is_counted_across_the_conferences(profiles: dict[str, Profile]) -> None:
    visits = [lp_visit(CHILD_BORN, date(2026, 12, 1), bedroom_seen=True)]
    got = figures(profiles, children=[CHILD_BORN], visits=visits)
    assert got["bedroom_seen"] == (1, 1)  # the cycle 2 Nov - 1 Feb closed in the period


# -- the measures one by one ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "first_cg", "expected"),
    [
        ([date(2026, 11, 12), date(2026, 12, 14), date(2027, 1, 7)], True, (2, 3)),
        ([], True, (0, 1)),  # only the first one fell due, and was missed
        ([date(2026, 11, 16)], True, (1, 2)),  # on the due day itself
        ([date(2026, 11, 17)], True, (0, 2)),
        ([date(2026, 10, 30), date(2026, 11, 12)], True, (1, 2)),  # before the ICPC: ignored
        ([date(2026, 11, 12), date(2026, 11, 12)], True, (1, 2)),  # a duplicate day, once
        ([date(2026, 12, 14), date(2026, 11, 12)], True, (1, 3)),  # any order
        ([date(2026, 11, 12)], False, (0, 1)),  # no first core group rule: from 12 Nov only
    ],
)
def test_core_group_timeliness(
    profiles: dict[str, Profile],
    held: list[date],
    first_cg: bool,
    expected: tuple[int, int],
) -> None:
    from dataclasses import replace

    from lpdesk.domain import DueKind

    profile = profiles["england_cp"]
    if not first_cg:
        profile = replace(profile, not_applicable=frozenset({DueKind.FIRST_CORE_GROUP}))
    got = core_group_timeliness(held, ICPC, profile, START, date(2027, 1, 31))
    assert (got.numerator, got.denominator) == expected


def test_core_groups_without_a_conference_and_in_scotland(profiles: dict[str, Profile]) -> None:
    held = [date(2026, 11, 12), date(2026, 12, 14)]
    early = core_group_timeliness(held, None, profiles["early_help"], START, date(2027, 3, 31))
    # no first core group rule; every 12 weeks: due 4 Feb (met by 14 Dec), 8 Mar (missed)
    assert (early.numerator, early.denominator) == (1, 2)
    # Scotland: the first within 15 calendar days of the conference (Tue 17 Nov)
    scot = core_group_timeliness(
        [date(2026, 11, 17)], ICPC, profiles["scotland_cp"], START, date(2026, 11, 30)
    )
    assert (scot.numerator, scot.denominator) == (1, 1)
    late = core_group_timeliness(
        [date(2026, 11, 18)], ICPC, profiles["scotland_cp"], START, date(2026, 11, 30)
    )
    assert (late.numerator, late.denominator) == (0, 1)


def test_next_core_groups_off_counts_only_the_first(profiles: dict[str, Profile]) -> None:
    from dataclasses import replace

    from lpdesk.domain import DueKind

    profile = replace(profiles["england_cp"], not_applicable=frozenset({DueKind.NEXT_CORE_GROUP}))
    held = [date(2026, 11, 12), date(2026, 12, 14)]
    got = core_group_timeliness(held, ICPC, profile, START, date(2027, 1, 31))
    assert (got.numerator, got.denominator) == (1, 1)


def test_a_core_group_due_on_a_weekend_is_due_the_friday(profiles: dict[str, Profile]) -> None:
    # held Sat 5 Dec 2026 (a weekend meeting): 4 weeks on is Sat 2 Jan, so due Thu 31 Dec
    held = [date(2026, 11, 12), date(2026, 12, 5), date(2026, 12, 31)]
    got = core_group_timeliness(held, ICPC, profiles["england_cp"], START, date(2027, 1, 20))
    assert (got.numerator, got.denominator) == (3, 3)
    held = [date(2026, 11, 12), date(2026, 12, 5), date(2027, 1, 1)]
    got = core_group_timeliness(held, ICPC, profiles["england_cp"], START, date(2027, 1, 20))
    assert (got.numerator, got.denominator) == (2, 3)


@pytest.mark.parametrize(
    ("reviews", "until", "expected"),
    [
        ([REVIEW], UNTIL, (1, 1)),
        ([date(2027, 2, 2)], UNTIL, (1, 1)),  # on the due day
        ([date(2027, 2, 3)], UNTIL, (0, 1)),
        ([], UNTIL, (0, 1)),
        ([], date(2027, 2, 1), (0, 0)),  # not yet due
        ([], date(2027, 2, 2), (0, 1)),  # due on the last day counted
        ([date(2026, 10, 1), REVIEW], UNTIL, (1, 1)),  # before the ICPC: not a review of it
        # the second review is due 6 months after the first: Sun 1 Aug 2027, so Fri 30 Jul
        ([REVIEW, date(2027, 7, 30)], date(2027, 8, 31), (2, 2)),
        ([REVIEW, date(2027, 8, 2)], date(2027, 8, 31), (1, 2)),
        ([date(2027, 7, 30), REVIEW, REVIEW], date(2027, 8, 31), (2, 2)),
    ],
)
def test_review_conference_timeliness(
    profiles: dict[str, Profile], reviews: list[date], until: date, expected: tuple[int, int]
) -> None:
    got = review_conference_timeliness(reviews, ICPC, profiles["england_cp"], START, until)
    assert (got.numerator, got.denominator) == expected


def test_no_review_measure_without_a_conference_or_the_rule(profiles: dict[str, Profile]) -> None:
    none = review_conference_timeliness([REVIEW], None, profiles["england_cp"], START, UNTIL)
    off = review_conference_timeliness([REVIEW], ICPC, profiles["early_help"], START, UNTIL)
    assert none == Measure() and off == Measure()


@pytest.mark.parametrize(
    ("meetings", "until", "expected"),
    [
        ([(date(2026, 11, 12), date(2026, 11, 26))], UNTIL, (1, 1)),  # on the due day
        ([(date(2026, 11, 12), date(2026, 11, 27))], UNTIL, (0, 1)),
        ([(date(2026, 11, 12), None)], date(2026, 11, 25), (0, 0)),  # not yet due
        # due on the last day counted and still not circulated: a miss
        ([(date(2026, 11, 12), None)], date(2026, 11, 26), (0, 1)),
        ([(date(2026, 11, 12), None)], date(2026, 11, 27), (0, 1)),
        ([(date(2026, 11, 12), date(2026, 11, 13))], date(2026, 11, 12), (1, 1)),
        ([(date(2026, 10, 30), date(2026, 11, 2))], UNTIL, (0, 0)),  # held before the period
        ([(date(2027, 3, 1), date(2027, 3, 2))], UNTIL, (0, 0)),  # held after it
        (
            [
                (date(2026, 11, 1), date(2026, 11, 2)),  # held the first day
                (date(2027, 2, 28), None),  # held the last day, not yet due
                (date(2026, 12, 14), date(2027, 1, 6)),
            ],
            UNTIL,
            (1, 2),
        ),
    ],
)
def test_minutes_circulation_timeliness(
    profiles: dict[str, Profile],
    meetings: list[tuple[date, date | None]],
    until: date,
    expected: tuple[int, int],
) -> None:
    got = minutes_circulation_timeliness(meetings, profiles["england_cp"], START, until)
    assert (got.numerator, got.denominator) == expected


def test_minutes_measure_off_when_the_profile_says(profiles: dict[str, Profile]) -> None:
    from dataclasses import replace

    from lpdesk.domain import DueKind

    profile = replace(
        profiles["england_cp"], not_applicable=frozenset({DueKind.MINUTES_CIRCULATION})
    )
    got = minutes_circulation_timeliness([(date(2026, 11, 12), None)], profile, START, UNTIL)
    assert got == Measure()


@pytest.mark.parametrize(
    ("reviews", "expected"),
    [
        ([(REVIEW, date(2027, 1, 25), date(2027, 1, 28))], ((1, 1), (1, 1))),  # due days
        ([(REVIEW, date(2027, 1, 26), date(2027, 1, 29))], ((0, 1), (0, 1))),
        ([(REVIEW, None, None)], ((0, 1), (0, 1))),
        ([(date(2026, 10, 30), date(2026, 10, 1), date(2026, 10, 1))], ((0, 0), (0, 0))),
        ([(date(2027, 3, 1), date(2027, 2, 1), date(2027, 2, 1))], ((0, 0), (0, 0))),
        (
            [
                (START, date(2026, 10, 1), date(2026, 10, 1)),  # held the first day
                (UNTIL, date(2027, 2, 1), None),  # held the last day
            ],
            ((2, 2), (1, 2)),
        ),
    ],
)
def test_report_timeliness(
    profiles: dict[str, Profile],
    reviews: list[tuple[date, date | None, date | None]],
    expected: tuple[tuple[int, int], tuple[int, int]],
) -> None:
    lp, parents = report_timeliness(reviews, profiles["england_cp"], START, UNTIL)
    assert ((lp.numerator, lp.denominator), (parents.numerator, parents.denominator)) == expected


def test_report_measures_off_one_by_one(profiles: dict[str, Profile]) -> None:
    from dataclasses import replace

    from lpdesk.domain import DueKind

    reviews = [(REVIEW, date(2027, 1, 25), date(2027, 1, 28))]
    england = profiles["england_cp"]
    no_lp = replace(england, not_applicable=frozenset({DueKind.LP_REPORT}))
    no_parents = replace(england, not_applicable=frozenset({DueKind.REPORT_TO_PARENTS}))
    assert report_timeliness(reviews, no_lp, START, UNTIL) == (
        Measure(),
        Measure(numerator=1, denominator=1),
    )
    assert report_timeliness(reviews, no_parents, START, UNTIL) == (
        Measure(numerator=1, denominator=1),
        Measure(),
    )


def test_the_first_due_points_on_the_first_day_and_meetings_on_the_conference_day(
    profiles: dict[str, Profile],
) -> None:
    england = profiles["england_cp"]
    first_due = date(2026, 11, 16)  # 10 working days after the ICPC
    got = core_group_timeliness([ICPC], ICPC, england, first_due, first_due)
    assert (got.numerator, got.denominator) == (1, 1)  # held the ICPC day, due on the first day
    got = review_conference_timeliness([ICPC, REVIEW], ICPC, england, START, date(2027, 6, 30))
    # a review the day of the ICPC answers the first due point; the next (2 May) is met 1 Feb
    assert (got.numerator, got.denominator) == (2, 2)


def test_reports_out_of_the_period_hide_no_other(profiles: dict[str, Profile]) -> None:
    before = (date(2026, 10, 1), None, None)
    within = (REVIEW, date(2027, 1, 25), date(2027, 1, 28))
    for reviews in ([before, within], [within, before]):
        lp, parents = report_timeliness(reviews, profiles["england_cp"], START, UNTIL)
        assert (lp, parents) == (Measure(numerator=1, denominator=1),) * 2


def test_a_report_on_time_is_counted(profiles: dict[str, Profile]) -> None:
    on_time = ReviewReport(
        id=1,
        case_id=1,
        conference_id=2,
        submitted_on=date(2027, 1, 25),
        shared_with_parents_on=date(2027, 1, 28),
    )
    got = figures(profiles, reports=[on_time])
    assert (got["lp_reports_on_time"], got["reports_to_parents_on_time"]) == ((1, 1), (1, 1))


def test_without_an_initial_conference_the_case_starts_when_opened(
    profiles: dict[str, Profile],
) -> None:
    got = figures(profiles, conferences=[], children=[CHILD_BORN], opened_on=date(2026, 11, 2))
    assert got["core_groups_on_time"] == (1, 3)  # 12 Nov - 14 Dec - 7 Jan - (4 Feb)
    assert got["review_conferences_on_time"] == (0, 0)
    assert got["visits_in_timescale"] == (0, 1)


def test_the_childs_clock_starts_at_the_icpc_not_the_opening(
    profiles: dict[str, Profile],
) -> None:
    # opened 20 Oct, ICPC Mon 2 Nov: the first visit is due 16 Nov (not 13 Nov, from 1 Nov)
    visits = [lp_visit(CHILD_BORN, date(2026, 11, 16))]
    got = figures(profiles, children=[CHILD_BORN], visits=visits)
    assert got["visits_in_timescale"] == (1, 2)


def test_an_icpc_on_the_last_day_counted(profiles: dict[str, Profile]) -> None:
    got = figures(profiles, until=ICPC)
    assert got["core_groups_on_time"] == (0, 0)  # the ICPC counts: its first core group not due
    again = figures(profiles, until=ICPC, conferences=[CONFERENCES[0]], core_groups=[])
    assert again["core_groups_on_time"] == (0, 0)


@pytest.mark.parametrize(
    ("children", "expected"),
    [
        ([BORN_AFTER, CHILD_BORN], (0, 1)),  # a child born after the period hides no other
        ([NOT_SAVED, CHILD_BORN], (0, 1)),
        ([EXPECTED, CHILD_BORN], (0, 1)),
        (
            [
                Child(
                    id=16,
                    case_id=1,
                    person_id=27,
                    date_of_birth=date(2020, 1, 1),
                    expected_birth_date=date(2020, 1, 3),
                )
            ],
            (0, 1),
        ),  # born, the expected date kept: counted
    ],
)
def test_children_in_any_order(
    profiles: dict[str, Profile], children: list[Child], expected: tuple[int, int]
) -> None:
    assert figures(profiles, children=children)["visits_in_timescale"] == expected


def test_a_child_born_on_the_last_day_counted(profiles: dict[str, Profile]) -> None:
    born = Child(id=17, case_id=1, person_id=28, date_of_birth=UNTIL)
    got = figures(profiles, children=[born], visits=[lp_visit(born, UNTIL)])
    assert got["visits_recorded_on_time"] == (1, 1)


def test_no_lp_no_visit_counts_as_seen_by_the_lp(profiles: dict[str, Profile]) -> None:
    by_person_one = [lp_visit(CHILD_BORN, date(2026, 11, 10), by=1)]
    for lp in (None, 1):
        got = figures(profiles, children=[CHILD_BORN], visits=by_person_one, lp_person_id=lp)
        assert got["visits_in_timescale"] == ((0, 1) if lp is None else (1, 2))


def test_the_case_starts_at_an_icpc_held_on_the_last_day_counted(
    profiles: dict[str, Profile],
) -> None:
    visits = [lp_visit(CHILD_BORN, START)]  # Sun 1 Nov, the day before the ICPC
    got = figures(profiles, children=[CHILD_BORN], visits=visits, until=ICPC)
    assert got["visits_recorded_on_time"] == (0, 0)  # counted from the ICPC on 2 Nov
