"""Where the LP's report to the next review conference stands, and sharing it with the parents: a
copy each (owner-only), recorded only when every copy was written; an excluded parent or someone
who is no parent is refused and nothing is written or recorded."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from lpdesk.domain import InvalidInput
from lpdesk.services.report_sharing import share_report_with_parents
from lpdesk.services.review_conference import (
    report_for,
    report_state,
    start_report,
    submit_report,
)
from tests.services.meetings.builders import as_person, audit_count, build_family


def test_state_then_share_with_the_parents(store, clock, tmp_path: Path) -> None:
    fam = build_family(store)  # review conference scheduled for 12 Mar 2027
    lp = as_person(store, clock, fam.lp_id)
    state = report_state(lp, case_id=fam.case_id)
    assert state is not None and state.report is None
    assert state.timeline.lp_report_by == date(2027, 3, 5)
    assert state.timeline.share_with_parents_by == date(2027, 3, 10)
    report = start_report(lp, conference_id=state.conference.id or 0, recommendation="Continue.")
    assert report_state(lp, case_id=fam.case_id).report == report

    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        share_report_with_parents(
            lp,
            report_id=report.id or 0,
            parent_ids=[fam.father_id, fam.teacher_id],
            out_dir=tmp_path / "refused",
        )
    assert [p.field for p in refused.value.problems] == ["parents[0]", "parents[1]"]
    assert not (tmp_path / "refused").exists() and audit_count(store) == before
    with pytest.raises(InvalidInput):  # not yet submitted: nothing shared, no copies left
        share_report_with_parents(
            lp,
            report_id=report.id or 0,
            parent_ids=[fam.mother_id],
            out_dir=tmp_path / "early",
        )
    assert not (tmp_path / "early").exists()

    submit_report(lp, report_id=report.id or 0)
    shared = share_report_with_parents(
        lp,
        report_id=report.id or 0,
        parent_ids=[fam.mother_id],
        out_dir=tmp_path / "parents",
    )
    assert not shared.late
    ((pid, copy),) = shared.copies
    assert pid == fam.mother_id and (copy.stat().st_mode & 0o777) == 0o600
    text = subprocess.run(["pdftotext", str(copy), "-"], capture_output=True, check=True)
    assert "Continue." in text.stdout.decode()
    assert report_for(lp, report_id=report.id or 0).shared_with_parents_on == clock.today()
