"""Distribution items with an honest state, and the excluded parent's own summary.

``circulation_item`` gains ``state`` (prepared, sent, handed, posted, failed, not_sent), who
confirmed it reached the recipient and when (``reached_at``, ``reached_by``), a ``note`` (the
reason of a failure or of a recipient recorded as not sent) and who gave the recipient their
password and when. Existing items were recorded as "sent" whatever their channel, including
email drafts nobody confirmed: they become ``prepared`` (the honest reading); meetings already
marked circulated stay so.

``excluded_summary`` holds what the lead professional wrote for one excluded parent about one
meeting, the only text of that parent's summary letter.

Revision ID: 0006_distribution_states
Revises: 0005_sealed_minutes
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_distribution_states"
down_revision = "0005_sealed_minutes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("circulation_item") as batch:
        batch.add_column(
            sa.Column("state", sa.String(length=40), nullable=False, server_default="prepared")
        )
        batch.add_column(sa.Column("reached_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("reached_by", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("password_given_at", sa.DateTime(), nullable=True))
        batch.add_column(
            sa.Column("password_given_by", sa.Text(), nullable=False, server_default="")
        )
    op.create_table(
        "excluded_summary",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("written_by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_excluded_summary_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_excluded_summary_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excluded_summary")),
    )
    op.create_index(
        op.f("ix_excluded_summary_meeting_id"), "excluded_summary", ["meeting_id"], unique=False
    )
    op.create_index(
        op.f("ix_excluded_summary_person_id"), "excluded_summary", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_excluded_summary_person_id"), table_name="excluded_summary")
    op.drop_index(op.f("ix_excluded_summary_meeting_id"), table_name="excluded_summary")
    op.drop_table("excluded_summary")
    with op.batch_alter_table("circulation_item") as batch:
        for name in (
            "password_given_by",
            "password_given_at",
            "note",
            "reached_by",
            "reached_at",
            "state",
        ):
            batch.drop_column(name)
