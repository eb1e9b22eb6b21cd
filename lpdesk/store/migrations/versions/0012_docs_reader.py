"""The child's own words for "My plan": an outcome and an action may each carry a line written the
way the child would say it (empty: "My plan" shows the plan's own wording).

Revision ID: 0012_docs_reader
Revises: 0011_trust
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_docs_reader"
down_revision = "0011_trust"
branch_labels = None
depends_on = None

TABLES = ("outcome", "action")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("child_words", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("child_words")
