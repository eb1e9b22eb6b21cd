"""A person's photo (the lead professional's, shown on a child's own plan), in its own table so
that the many reads of ``person`` never carry it.

Revision ID: 0014_person_photo
Revises: 0013_case_due_facts
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_person_photo"
down_revision = "0013_case_due_facts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_photo",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("content_type", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_photo_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_photo")),
    )
    op.create_index(op.f("ix_person_photo_person_id"), "person_photo", ["person_id"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_person_photo_person_id"), table_name="person_photo")
    op.drop_table("person_photo")
