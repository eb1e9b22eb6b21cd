"""Sealed minutes: every approved version of a meeting's record, kept as the reader saw it.

``meeting.seals`` is a JSON list, oldest first: for each approval, the version number, who
approved and when, the content hash approved, the SHA-256 of the record rendered as PDF and Word
at approval, and the neutral document tree itself, from which every approved copy is rendered
(docs/decisions/0013-sealed-minutes.md). Existing rows start with no seal: minutes approved
before this revision render as before until they are approved again.

Revision ID: 0005_sealed_minutes
Revises: 0004_due_list_covering_indexes
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_sealed_minutes"
down_revision = "0004_due_list_covering_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("seals", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("seals")
