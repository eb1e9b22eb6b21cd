"""Covering indexes for the team's due list.

The core group facts read ``(case_id, kind, status, held_on, scheduled_at)`` of every meeting; on
SQLite ``held_on`` sits after the minutes' JSON in the row, so without a covering index each row's
overflow pages are walked. ``ix_meeting_due`` makes that query index-only. Likewise
``ix_visit_due`` covers the children's "last seen" lookups (alone, bedroom seen, by the LP) and
supersedes ``ix_visit_child_outcome_visited_at``, its prefix, which is dropped.

Revision ID: 0004_due_list_covering_indexes
Revises: 0003_team_sign_in_and_settings
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0004_due_list_covering_indexes"
down_revision = "0003_team_sign_in_and_settings"
branch_labels = None
depends_on = None

MEETING_DUE = ["case_id", "kind", "status", "held_on", "scheduled_at"]
VISIT_DUE = ["child_id", "outcome", "visited_at", "visitor_person_id", "seen_alone", "bedroom_seen"]
VISIT_SUPERSEDED = ["child_id", "outcome", "visited_at"]


def upgrade() -> None:
    op.create_index("ix_meeting_due", "meeting", MEETING_DUE)
    op.create_index("ix_visit_due", "visit", VISIT_DUE)
    op.drop_index("ix_visit_child_outcome_visited_at", table_name="visit")


def downgrade() -> None:
    op.create_index("ix_visit_child_outcome_visited_at", "visit", VISIT_SUPERSEDED)
    op.drop_index("ix_visit_due", table_name="visit")
    op.drop_index("ix_meeting_due", table_name="meeting")
