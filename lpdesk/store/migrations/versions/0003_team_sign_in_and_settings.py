"""Team mode: a password hash on every user, and the organisational settings table.

``user.password_hash`` is a self-describing scrypt string written by ``lpdesk.services.auth``
(empty: no password set, the user cannot sign in to a team database). ``setting`` holds the
authority's settings (name, protective marking, profile), changed only through the audited service.

Revision ID: 0003_team_sign_in_and_settings
Revises: 0002_append_only_audit
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_team_sign_in_and_settings"
down_revision = "0002_append_only_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("password_hash", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "setting",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_setting_key")),
    )


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("user") as batch:
        batch.drop_column("password_hash")
