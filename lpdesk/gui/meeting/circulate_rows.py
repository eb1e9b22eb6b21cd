"""What the circulate page shows, in words: one row per recipient (who, role, how, what they get,
what is removed, where it stands, what stops them) and a sentence on where circulation stands."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lpdesk.gui.admin.circulation_words import (
    channel_words,
    document_words,
    state_words,
    still_to_reach,
)
from lpdesk.gui.shell.labels import fmt_date, member_role_label

if TYPE_CHECKING:
    from lpdesk.services.circulation import CirculationPreview, MeetingDistribution

__all__ = ["recipient_rows", "where_it_stands"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CirculatePage", text)


def recipient_rows(
    check: CirculationPreview, record: MeetingDistribution, left_out: Mapping[int, str]
) -> tuple[list[list[str]], list[object]]:
    status = {r.person_id: r for r in record.recipients}
    rows: list[list[str]] = []
    data: list[object] = []
    for r in check.recipients:
        stands = status.get(r.person_id)
        if r.person_id in left_out:
            where = _tr("Not sent: {reason}").format(reason=left_out[r.person_id])
        else:
            where = state_words(stands.state, stands.note) if stands else state_words(None)
        rows.append(
            [
                r.name,
                member_role_label(r.role),
                channel_words(r.channel),
                ", ".join(document_words(d.kind, "/".join(d.formats)) for d in r.documents),
                "; ".join(r.redactions) or _tr("Nothing removed"),
                where,
                "; ".join(r.problems) or _tr("None"),
            ]
        )
        data.append(r.person_id)
    return rows, data


def where_it_stands(
    check: CirculationPreview, record: MeetingDistribution, left_out: Mapping[int, str]
) -> str:
    if record.circulated:
        return _tr("Circulated on {day}: every recipient has been reached.").format(
            day=fmt_date(record.circulated_on)
        )
    blocked = [r for r in check.recipients if r.problems and r.person_id not in left_out]
    if not any(r.lines for r in record.recipients):
        text = _tr("{n} recipients; nothing produced yet.").format(n=len(check.recipients))
        if blocked:
            text += " " + _tr(
                "Resolve these first, or record why they are not sent: {names}."
            ).format(names=", ".join(r.name for r in blocked))
        return text
    waiting = [(r.name, r.channel, r.state) for r in record.waiting]
    return _tr("Not circulated yet. Still to be reached: {who}.").format(
        who=still_to_reach(waiting)
    )
