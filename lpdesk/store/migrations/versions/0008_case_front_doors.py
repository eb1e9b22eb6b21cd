"""What a case's front doors record beyond the first schema: why a case closed, what a conference
decided and the outline plan it agreed, when a member was excluded, and a person's access needs and
the reason their address is withheld.

Revision ID: 0008_case_front_doors
Revises: 0006_distribution_states
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_case_front_doors"
down_revision = "0006_distribution_states"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(_text("address_withheld_reason"))
        batch.add_column(_text("access_needs"))
    with op.batch_alter_table("case") as batch:
        batch.add_column(_text("closed_reason"))
    with op.batch_alter_table("membership") as batch:
        batch.add_column(sa.Column("excluded_on", sa.Date(), nullable=True))
    with op.batch_alter_table("conference") as batch:
        batch.add_column(sa.Column("outcome", sa.String(length=40), nullable=True))
        batch.add_column(_text("outline_plan"))


def downgrade() -> None:
    with op.batch_alter_table("conference") as batch:
        batch.drop_column("outline_plan")
        batch.drop_column("outcome")
    with op.batch_alter_table("membership") as batch:
        batch.drop_column("excluded_on")
    with op.batch_alter_table("case") as batch:
        batch.drop_column("closed_reason")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("access_needs")
        batch.drop_column("address_withheld_reason")
