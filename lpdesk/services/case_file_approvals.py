"""Approved minutes in an exported case file. An approval is the SHA-256 of the exact minutes
(``meetings.approval.canonical_minutes``), which names the meeting's and the attendees' ids; in
the file the hash is rebased over the local keys, so a reader can see what was approved. It proves
nothing (anyone may edit the file and recompute it): imported minutes arrive held and are
approved again in the importing database (``case_file.import_case_file``)."""

from __future__ import annotations

import hashlib
from typing import Any

from lpdesk.domain import Attendance, Disagreement, Meeting
from lpdesk.services.case_file_schema import from_json

__all__ = ["rebase_approvals"]


def _digest(
    meeting: Meeting, attendance: list[Attendance], disagreements: list[Disagreement]
) -> str:
    from lpdesk.services.meetings.approval import canonical_minutes

    return hashlib.sha256(canonical_minutes(meeting, attendance, disagreements)).hexdigest()


def _file_minutes(
    data: dict[str, Any], item: dict[str, Any]
) -> tuple[Meeting, list[Attendance], list[Disagreement]]:
    rows = [a for a in data["attendances"] if a["meeting_id"] == item["id"]]
    raised = [d for d in data.get("disagreements", []) if d.get("meeting_id") == item["id"]]
    return (
        from_json(Meeting, item),
        [from_json(Attendance, a) for a in rows],
        [from_json(Disagreement, d) for d in raised],
    )


def rebase_approvals(records: dict[type, list[Any]], out: dict[str, Any]) -> None:
    by_id = {m.id: m for m in records[Meeting]}
    for item, source in zip(out["meetings"], sorted(by_id), strict=True):
        meeting = by_id[source]
        if not meeting.approved_hash:
            continue
        rows = [a for a in records[Attendance] if a.meeting_id == meeting.id]
        raised = [d for d in records.get(Disagreement, []) if d.meeting_id == meeting.id]
        if _digest(meeting, rows, raised) == meeting.approved_hash:
            item["approved_hash"] = _digest(*_file_minutes(out, item))
