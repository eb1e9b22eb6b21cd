"""Each case's due facts, kept up to date by the store (``lpdesk.store.due_facts``).

``case_due_facts`` holds, per case, what the due rules read that does not depend on the day (the
conferences, core groups, open items, children and their last visits, as JSON), with the current
lead professional, the closing day and the day of the latest completed visit beside it. The unit
of work that changes a case rewrites that case's row before it commits.

This migration creates the table only: ``lpdesk.store.migrate.upgrade`` fills it from the other
tables after every upgrade that reaches the head, in the same transaction (so a later migration
that changes a table the facts are read from refills it with that version's code).

Revision ID: 0013_case_due_facts
Revises: 0012_docs_reader
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_case_due_facts"
down_revision = "0012_docs_reader"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_due_facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("lp_person_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("visits_until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
            name=op.f("fk_case_due_facts_case_id_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_due_facts")),
    )
    op.create_index(op.f("ix_case_due_facts_case_id"), "case_due_facts", ["case_id"], unique=True)
    op.create_index(op.f("ix_case_due_facts_lp_person_id"), "case_due_facts", ["lp_person_id"])
    op.create_index(op.f("ix_case_due_facts_version"), "case_due_facts", ["version"])


def downgrade() -> None:
    op.drop_index(op.f("ix_case_due_facts_version"), table_name="case_due_facts")
    op.drop_index(op.f("ix_case_due_facts_lp_person_id"), table_name="case_due_facts")
    op.drop_index(op.f("ix_case_due_facts_case_id"), table_name="case_due_facts")
    op.drop_table("case_due_facts")
