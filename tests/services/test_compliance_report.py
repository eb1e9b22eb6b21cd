"""Compliance: every meeting and report rule table-tested across bank holidays and profiles; the
demo caseload's report checked against figures computed here by hand from the same records; the
CSV and XLSX exports read back (the XLSX also by LibreOffice); role refusals."""

from __future__ import annotations

import csv
import io
import itertools
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from lpdesk.domain import (
    Case,
    Child,
    Conference,
    ConferenceKind,
    Forbidden,
    InvalidInput,
    LeadAssignment,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ReviewReport,
    UserRole,
    Visit,
    VisitOutcome,
)
from lpdesk.rules.compliance import (
    MEASURES,
    Measure,
    core_group_timeliness,
    minutes_circulation_timeliness,
    report_timeliness,
    review_conference_timeliness,
)
from lpdesk.rules.profile import Profile
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.compliance_report import HEADER, compliance_report, to_csv, to_xlsx
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.services.xlsx import column_letter, write_xlsx
from lpdesk.store import Store
from tests.services.conftest import make_ctx

PROFILES = load_profiles(default_profiles_dir())
D = date
DEC, JAN, MAR = (
    (D(2026, 12, 1), D(2026, 12, 31)),
    (D(2027, 1, 1), D(2027, 1, 31)),
    (
        D(2027, 3, 1),
        D(2027, 3, 31),
    ),
)


def m(n: int, d: int) -> Measure:
    return Measure(numerator=n, denominator=d)


# ------------------------------------------------------------------ the rules, table by table

# ICPC Fri 18 Dec 2026. England: first core group by Wed 6 Jan 2027 (10 working days; 25, 28 Dec
# and 1 Jan are bank holidays), then every 4 weeks; Wales every 6 weeks; Scotland within 15 days
# (Sat 2 Jan, so Thu 31 Dec: Fri 1 Jan is a holiday).
HELD = [D(2027, 1, 6), D(2027, 2, 3), D(2027, 3, 4)]


@pytest.mark.parametrize(
    ("profile_id", "icpc", "held", "period", "expected"),
    [
        ("england_cp", D(2026, 12, 18), HELD, (D(2026, 12, 1), D(2027, 3, 31)), m(2, 3)),
        ("wales_cp", D(2026, 12, 18), HELD, (D(2026, 12, 1), D(2027, 3, 31)), m(3, 3)),
        ("scotland_cp", D(2026, 12, 18), HELD, (D(2026, 12, 1), D(2027, 3, 31)), m(1, 3)),
        ("england_cp", D(2026, 12, 18), [D(2027, 1, 7)], JAN, m(0, 1)),
        ("england_cp", D(2026, 12, 18), [], JAN, m(0, 1)),
        ("england_cp", D(2026, 12, 18), HELD, JAN, m(1, 1)),  # only due points in the period
        # 4 weeks after Mon 30 Nov is Mon 28 Dec, a bank holiday: due Thu 24 Dec
        ("england_cp", None, [D(2026, 11, 30), D(2026, 12, 24)], DEC, m(1, 1)),
        ("england_cp", None, [D(2026, 11, 30), D(2026, 12, 29)], DEC, m(0, 1)),
        ("early_help", None, [D(2026, 10, 1), D(2026, 12, 24)], DEC, m(1, 1)),  # 12 weeks
    ],
)
def test_core_groups_on_time(
    profile_id: str,
    icpc: date | None,
    held: list[date],
    period: tuple[date, date],
    expected: Measure,
) -> None:
    assert core_group_timeliness(held, icpc, PROFILES[profile_id], *period) == expected


# Held Wed 23 Dec 2026: 10 working days -> Mon 11 Jan 2027 in England, Tue 12 Jan in Scotland
# (4 Jan is also a holiday there).
@pytest.mark.parametrize(
    ("profile_id", "circulated", "until", "expected"),
    [
        ("england_cp", D(2027, 1, 11), D(2027, 1, 31), m(1, 1)),
        ("england_cp", D(2027, 1, 12), D(2027, 1, 31), m(0, 1)),
        ("scotland_cp", D(2027, 1, 12), D(2027, 1, 31), m(1, 1)),
        ("wales_cp", D(2027, 1, 12), D(2027, 1, 31), m(0, 1)),
        ("england_cp", None, D(2027, 1, 10), m(0, 0)),  # not yet due: not counted
        ("england_cp", None, D(2027, 1, 11), m(0, 1)),
    ],
)
def test_minutes_circulated_on_time(
    profile_id: str, circulated: date | None, until: date, expected: Measure
) -> None:
    got = minutes_circulation_timeliness(
        [(D(2026, 12, 23), circulated)], PROFILES[profile_id], D(2026, 12, 1), until
    )
    assert got == expected


@pytest.mark.parametrize(
    ("profile_id", "icpc", "reviews", "period", "expected"),
    [
        ("england_cp", D(2026, 12, 18), [D(2027, 3, 18)], MAR, m(1, 1)),
        ("england_cp", D(2026, 12, 18), [D(2027, 3, 19)], MAR, m(0, 1)),
        # Sat 26 Sep + 3 months = Sat 26 Dec; Fri 25 Dec is a holiday: due Thu 24 Dec
        ("england_cp", D(2026, 9, 26), [D(2026, 12, 24)], DEC, m(1, 1)),
        ("england_cp", D(2026, 9, 26), [D(2026, 12, 29)], DEC, m(0, 1)),
        # then every 6 months: 24 Dec 2026 + 6 months = Thu 24 Jun 2027
        (
            "england_cp",
            D(2026, 9, 26),
            [D(2026, 12, 24), D(2027, 6, 24)],
            (D(2026, 9, 1), D(2027, 6, 30)),
            m(2, 2),
        ),
        ("early_help", D(2026, 12, 18), [], MAR, m(0, 0)),  # no review conferences
    ],
)
def test_review_conferences_on_time(
    profile_id: str,
    icpc: date,
    reviews: list[date],
    period: tuple[date, date],
    expected: Measure,
) -> None:
    assert review_conference_timeliness(reviews, icpc, PROFILES[profile_id], *period) == expected


# Review Thu 7 Jan 2027: LP's report by Wed 30 Dec (England; Tue 29 Dec in Scotland, where 4 Jan
# is a holiday), shared with the parents by Tue 5 Jan (both).
@pytest.mark.parametrize(
    ("profile_id", "submitted", "shared", "expected"),
    [
        ("england_cp", D(2026, 12, 30), D(2027, 1, 5), (m(1, 1), m(1, 1))),
        ("scotland_cp", D(2026, 12, 30), D(2027, 1, 5), (m(0, 1), m(1, 1))),
        ("wales_cp", D(2026, 12, 31), D(2027, 1, 6), (m(0, 1), m(0, 1))),
        ("england_cp", None, None, (m(0, 1), m(0, 1))),
        ("early_help", D(2026, 12, 30), D(2027, 1, 5), (m(0, 0), m(0, 0))),
    ],
)
def test_reports_on_time(
    profile_id: str,
    submitted: date | None,
    shared: date | None,
    expected: tuple[Measure, Measure],
) -> None:
    got = report_timeliness([(D(2027, 1, 7), submitted, shared)], PROFILES[profile_id], *JAN)
    assert got == expected


# ------------------------------------------------------------------ the demo caseload, by hand

TODAY = D(2026, 11, 23)
START = D(2025, 11, 24)


@pytest.fixture
def demo(store: Store) -> ServiceContext:
    return _demo(store)


def _demo(store: Store) -> ServiceContext:
    clock = FixedClock(datetime(2026, 11, 23, 9))
    manager = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="demo.manager", role=UserRole.TEAM_MANAGER, team="North"),
        clock=clock,
    )
    load_demo(manager)
    return manager


def _wd(profile: Profile, day: date, n: int) -> date:
    return profile.calendar().add_working_days(day, n)


def _meeting_day(profile: Profile, day: date) -> date:
    cal = profile.calendar()
    while not cal.is_working_day(day):
        day -= timedelta(days=1)
    return day


def _add_months(day: date, months: int) -> date:
    y, mo = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, mo + 1
    for d in (31, 30, 29, 28):
        try:
            return D(year, month, min(day.day, d))
        except ValueError:
            continue
    raise AssertionError


def _chain_by_hand(points: list[tuple[date, date | None]], until: date) -> list[int]:
    counted = [(due, done) for due, done in points if START <= due <= until]
    return [sum(1 for due, done in counted if done is not None and done <= due), len(counted)]


def _by_hand(store: Store) -> dict[str, dict[str, list[int]]]:
    """Every measure, computed straight from the stored records with plain loops."""
    with store.unit_of_work() as uow:
        cases = uow.repo(Case).find()
        children = uow.repo(Child).find()
        visits = uow.repo(Visit).find()
        conferences = uow.repo(Conference).find()
        meetings = uow.repo(Meeting).find(kind=MeetingKind.CORE_GROUP)
        reports = uow.repo(ReviewReport).find()
        leads = uow.repo(LeadAssignment).find()
    out: dict[str, dict[str, list[int]]] = {}

    def add(scope: str, measure: str, num: int, den: int) -> None:
        row = out.setdefault(scope, {k: [0, 0] for k in MEASURES})[measure]
        row[0] += num
        row[1] += den

    for case in cases:
        p = PROFILES[case.profile_id]
        until = TODAY
        lp = next(a.person_id for a in leads if a.case_id == case.id and a.ended_on is None)
        scopes = ("team", str(lp))
        held_confs = sorted(c.held_on for c in conferences if c.case_id == case.id and c.held_on)
        icpcs = [
            c.held_on
            for c in conferences
            if c.case_id == case.id and c.kind is not ConferenceKind.REVIEW and c.held_on
        ]
        icpc = max(icpcs) if icpcs else None
        for child in children:
            if child.case_id != case.id or child.date_of_birth is None:
                continue
            start = max(START, icpc or case.opened_on, child.date_of_birth)
            mine = [v for v in visits if v.child_id == child.id]
            seen = [
                v for v in mine if v.visitor_person_id == lp and v.outcome is VisitOutcome.COMPLETED
            ]
            for measure, days, step in (
                (
                    "visits_in_timescale",
                    sorted({v.visited_at.date() for v in seen}),
                    lambda d, p=p: _wd(p, d, p.visit_seen_working_days),
                ),
                (
                    "seen_alone",
                    sorted({v.visited_at.date() for v in seen if v.seen_alone}),
                    lambda d, p=p: d + timedelta(weeks=p.visit_alone_weeks),
                ),
            ):
                before = [d for d in days if d <= start]
                anchor = before[-1] if before else start
                met = due_points = 0
                while step(anchor) <= until:
                    due_points += 1
                    later = [d for d in days if d > anchor]
                    if later and later[0] <= step(anchor):
                        met += 1
                    if not later or later[0] > until:
                        break
                    anchor = later[0]
                for s in scopes:
                    add(s, measure, met, due_points)
            bedroom_days = [v.visited_at.date() for v in seen if v.bedroom_seen]
            for a, b in itertools.pairwise(held_confs):
                if start <= b <= until and p.bedroom_once_per_conference_cycle:
                    ok = any(a <= d < b for d in bedroom_days)
                    for s in scopes:
                        add(s, "bedroom_seen", int(ok), 1)
            for v in mine:
                if start <= v.visited_at.date() <= until:
                    ok = v.recorded_at.date() <= _wd(p, v.visited_at.date(), 2)
                    for s in scopes:
                        add(s, "visits_recorded_on_time", int(ok), 1)
        held = sorted(
            x.held_on
            for x in meetings
            if x.case_id == case.id
            and x.held_on
            and x.status is not MeetingStatus.CANCELLED
            and (icpc is None or x.held_on >= icpc)
        )
        points: list[tuple[date, date | None]] = []
        if icpc is not None:
            points.append((_wd(p, icpc, 10), held[0] if held else None))
        for i, h in enumerate(held):
            nxt = held[i + 1] if i + 1 < len(held) else None
            points.append((_meeting_day(p, h + timedelta(weeks=p.core_group_interval_weeks)), nxt))
        for s in scopes:
            add(s, "core_groups_on_time", *_chain_by_hand(points, until))
        for x in meetings:
            if x.case_id == case.id and x.held_on and START <= x.held_on <= until:
                due = _wd(p, x.held_on, 10)
                if x.circulated_on is not None or due <= until:
                    ok = x.circulated_on is not None and x.circulated_on <= due
                    for s in scopes:
                        add(s, "minutes_circulated_on_time", int(ok), 1)
        reviews = sorted(
            c
            for c in conferences
            if c.case_id == case.id and c.kind is ConferenceKind.REVIEW and c.held_on
        )
        if icpc is not None and case.profile_id.endswith("_cp"):
            days = [r.held_on for r in reviews]
            pts = [(_meeting_day(p, _add_months(icpc, 3)), days[0] if days else None)]
            for i, h in enumerate(days):
                pts.append(
                    (_meeting_day(p, _add_months(h, 6)), days[i + 1] if i + 1 < len(days) else None)
                )
            for s in scopes:
                add(s, "review_conferences_on_time", *_chain_by_hand(pts, until))
            for r in reviews:
                if START <= r.held_on <= until:
                    rep = [x for x in reports if x.conference_id == r.id]
                    sub = rep[0].submitted_on if rep else None
                    shared = rep[0].shared_with_parents_on if rep else None
                    for s in scopes:
                        add(
                            s,
                            "lp_reports_on_time",
                            int(sub is not None and sub <= _wd(p, r.held_on, -5)),
                            1,
                        )
                        add(
                            s,
                            "reports_to_parents_on_time",
                            int(shared is not None and shared <= _wd(p, r.held_on, -2)),
                            1,
                        )
    return out


def test_the_demo_report_matches_figures_computed_by_hand(
    store: Store, demo: ServiceContext
) -> None:
    report = compliance_report(demo, period_start=START, period_end=TODAY)
    expected = _by_hand(store)
    got: dict[str, dict[str, list[int]]] = {}
    for row in report.rows:
        got.setdefault(row.scope, {})[row.measure] = [row.numerator, row.denominator]
        if row.denominator:
            assert row.percent == round(100 * row.numerator / row.denominator, 1)
        else:
            assert row.percent is None
    assert got == expected
    assert report.cases == 6 and report.team == "North"
    # the demo has something in most measures, so the comparison is not of zeros
    assert sum(1 for m in MEASURES if expected["team"][m][1] > 0) >= 7
    assert report.row("team", "core_groups_on_time").denominator > 0


def test_csv_and_xlsx_read_back(demo: ServiceContext) -> None:
    report = compliance_report(demo, period_start=START, period_end=TODAY)
    rows = list(csv.reader(io.StringIO(to_csv(report).decode("utf-8-sig"))))
    assert tuple(rows[0]) == HEADER and len(rows) == len(report.rows) + 1
    first = report.rows[0]
    assert rows[1] == [
        "2025-11-24",
        "2026-11-23",
        "team",
        "North",
        first.measure,
        str(first.numerator),
        str(first.denominator),
        "" if first.percent is None else str(first.percent),
    ]
    data = to_xlsx(report)
    assert data == to_xlsx(report)  # deterministic
    table, sheets = _read_xlsx(data)
    assert sheets == ["Compliance", "Cases"]
    cases, _ = _read_xlsx(data, sheet=2)  # each case's share of each figure
    assert cases[0] == [
        "case",
        "lead_professional",
        "measure",
        "numerator",
        "denominator",
        "missed",
    ]
    team_misses = sum(r.denominator - r.numerator for r in report.rows if r.scope == "team")
    assert sum(int(r[-1]) for r in cases[1:]) == team_misses
    assert table[0] == list(HEADER)
    assert [r[:7] for r in table[1:]] == [r[:7] for r in rows[1:]]


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _read_xlsx(data: bytes, sheet: int = 1) -> tuple[list[list[str]], list[str]]:
    """The first sheet's cells as text (shared strings resolved, empty cells skipped), and the
    sheet names: read with the standard library, not with the writer."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            ET.fromstring(archive.read(name))
        shared = [
            "".join(t.text or "" for t in si.iter(f"{_NS}t"))
            for si in ET.fromstring(archive.read("xl/sharedStrings.xml")).findall(f"{_NS}si")
        ]
        cells = ET.fromstring(archive.read(f"xl/worksheets/sheet{sheet}.xml"))
        book = ET.fromstring(archive.read("xl/workbook.xml"))
    table = [
        [
            shared[int(c.findtext(f"{_NS}v") or 0)]
            if c.get("t") == "s"
            else (c.findtext(f"{_NS}v") or "")
            for c in r.findall(f"{_NS}c")
        ]
        for r in cells.findall(f"{_NS}sheetData/{_NS}row")
    ]
    names = [s.get("name") or "" for s in book.findall(f"{_NS}sheets/{_NS}sheet")]
    return table, names


def test_xlsx_cells_keep_text_and_name_columns() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    data = write_xlsx([["<a & b>", " padded ", "bell\x07", 3, 2.5, None, True]], "Q1: [x]")
    table, names = _read_xlsx(data)
    assert table == [["<a & b>", " padded ", "bell", "3", "2.5", "1"]]
    assert names == ["Q1 x"]


@pytest.mark.slow
def test_libreoffice_opens_the_xlsx(tmp_path: Path) -> None:
    """One database is enough here: the workbook is the same whichever store produced it."""
    store = Store.open(f"sqlite:///{tmp_path / 'lo.db'}", backup_dir=tmp_path / "backups")
    try:
        report = compliance_report(_demo(store), period_start=START, period_end=TODAY)
    finally:
        store.close()
    source = tmp_path / "compliance.xlsx"
    source.write_bytes(to_xlsx(report))
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",  # comma, double quote, UTF-8
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    target = tmp_path / "out" / "compliance.csv"
    assert target.exists(), (
        "LibreOffice could not open the workbook (Calc needs the Debian package "
        f"libreoffice-calc-nogui): {done.stdout} {done.stderr}"
    )
    converted = target.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(converted)))
    mine = list(csv.reader(io.StringIO(to_csv(report).decode("utf-8-sig"))))
    assert rows[0] == mine[0]
    assert [r[:7] for r in rows[1:]] == [r[:7] for r in mine[1:]]
    assert [float(r[7]) if r[7] else None for r in rows[1:]] == [
        float(r[7]) if r[7] else None for r in mine[1:]
    ]


def test_the_report_is_for_managers_only(store: Store, demo: ServiceContext) -> None:
    clock = FixedClock(datetime(2026, 11, 23, 9))
    for role in (UserRole.LEAD_PROFESSIONAL, UserRole.ADMINISTRATOR, UserRole.CONFERENCE_CHAIR):
        with pytest.raises(Forbidden):
            compliance_report(make_ctx(store, clock, role), period_start=START, period_end=TODAY)
    qa = make_ctx(store, clock, UserRole.QA_MANAGER)
    assert compliance_report(qa, period_start=START, period_end=TODAY).cases == 6
    with pytest.raises(InvalidInput) as caught:
        compliance_report(qa, period_start=TODAY, period_end=START)
    assert caught.value.problems[0].field == "period_end"
    assert compliance_report(qa, period_start=START, period_end=TODAY, team="South").cases == 0


def test_the_number_of_queries_does_not_grow_with_the_caseload(
    store: Store, demo: ServiceContext
) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def run() -> int:
        statements.clear()
        event.listen(store.engine, "before_cursor_execute", count)
        try:
            compliance_report(demo, period_start=START, period_end=TODAY)
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        return len(statements)

    before = run()
    with store.unit_of_work() as uow:
        for n in range(3):
            case = uow.repo(Case).add(
                Case(
                    reference=f"CP-2026-09{n}0",
                    profile_id="wales_cp",
                    team="North",
                    opened_on=D(2026, 3, 2),
                )
            )
            assert case.id is not None
            uow.repo(Conference).add(
                Conference(case_id=case.id, kind=ConferenceKind.INITIAL, held_on=D(2026, 3, 2))
            )
            child = uow.repo(Child).add(
                Child(case_id=case.id, person_id=1, date_of_birth=D(2020, 1, 1))
            )
            assert child.id is not None
            uow.repo(LeadAssignment).add(
                LeadAssignment(case_id=case.id, person_id=3, started_on=D(2026, 3, 2))
            )
            uow.repo(Visit).add(
                Visit(
                    case_id=case.id,
                    child_id=child.id,
                    visitor_person_id=3,
                    visited_at=datetime(2026, 3, 10, 10),
                    recorded_at=datetime(2026, 3, 10, 15),
                )
            )
    assert run() == before <= 10
    report = compliance_report(demo, period_start=START, period_end=TODAY)
    assert report.cases == 9


def test_the_pdf_holds_every_measure_and_the_team_figures_as_in_the_csv(
    demo: ServiceContext, tmp_path: Path
) -> None:
    from lpdesk.services.compliance_report import to_pdf

    report = compliance_report(demo, period_start=START, period_end=TODAY)
    data = to_pdf(report, authority="Northshire Council", marking="OFFICIAL-SENSITIVE")
    assert data.startswith(b"%PDF") and data == to_pdf(
        report, authority="Northshire Council", marking="OFFICIAL-SENSITIVE"
    )
    path = tmp_path / "compliance.pdf"
    path.write_bytes(data)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Compliance report" in text and "How each figure is counted" in text
    assert "24 November 2025 to 23 November 2026" in text and "Team: North" in text
    assert "Northshire Council" in text and "Page 1 of " in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    team_rows = [
        r
        for r in csv.DictReader(io.StringIO(to_csv(report).decode("utf-8-sig")))
        if r["scope"] == "team"
    ]
    assert len(team_rows) == len(MEASURES)
    first_lp = next(i for i, line in enumerate(lines) if line.startswith("Lead professional:"))
    for row in team_rows:
        assert row["measure"] in text  # named in "how each figure is counted"
        percent = f"{float(row['percent']):.1f}%" if row["percent"] else "nothing due"
        label = row["measure"].replace("_", " ").capitalize().replace("Lp ", "LP ")
        wanted = f"{label} {row['numerator']} {row['denominator']} {percent}"
        assert wanted in lines[:first_lp], wanted
    lps = {r.name for r in report.rows if r.scope != "team"}
    assert lps and all(f"Lead professional: {name}" in text for name in lps)
