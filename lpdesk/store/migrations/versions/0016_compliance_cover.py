"""Covering indexes for the compliance report's period reads (docs/performance.md).

The report reads the period's visits of each child (day visited, day recorded, visitor, outcome,
seen alone, bedroom seen) and the core groups held of each case in a span (held on, status,
circulated on). ``recorded_at`` is not in ``ix_visit_due`` and ``circulated_on`` not in
``ix_meeting_due``, so every row was looked up in its table (on SQLite, for a meeting, past the
minutes' JSON). ``ix_visit_period`` and ``ix_meeting_period`` hold every column those two reads
use, in the order they seek by: the child (or the case and kind), then the day.

Revision ID: 0016_compliance_cover
Revises: 0015_due_facts_order
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0016_compliance_cover"
down_revision = "0015_due_facts_order"
branch_labels = None
depends_on = None

VISIT_PERIOD = [
    "child_id",
    "visited_at",
    "recorded_at",
    "visitor_person_id",
    "outcome",
    "seen_alone",
    "bedroom_seen",
]
MEETING_PERIOD = ["case_id", "kind", "held_on", "status", "circulated_on"]


def upgrade() -> None:
    op.create_index("ix_visit_period", "visit", VISIT_PERIOD)
    op.create_index("ix_meeting_period", "meeting", MEETING_PERIOD)


def downgrade() -> None:
    op.drop_index("ix_meeting_period", table_name="meeting")
    op.drop_index("ix_visit_period", table_name="visit")
