"""The team's due list in pages: each open case's due items that do not depend on the day, kept
beside its due facts, so that the store can list the first screenful in due order and count the
whole list without running the rules over every case (docs/decisions/0020-paged-due-list.md).

``case_due_item``: one row per item (its due day, an order within the case, the kind, the child,
the reason, whether it shows only once due soon), written by the services (who hold the practice
profiles) for the rows of ``case_due_facts`` that have none for the current rules, and dropped
whenever the case's facts are rewritten. ``case_due_facts.items_stamp`` names the rules and
profiles the items were computed with; a row with another stamp is read live.

Revision ID: 0015_due_facts_order
Revises: 0014_person_photo
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_due_facts_order"
down_revision = "0014_person_photo"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_due_facts") as batch:
        batch.add_column(sa.Column("items_stamp", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_case_due_facts_items_stamp"), "case_due_facts", ["items_stamp"])
    op.create_index(op.f("ix_case_due_facts_visits_until"), "case_due_facts", ["visits_until"])
    op.create_index(op.f("ix_case_due_facts_closed_on"), "case_due_facts", ["closed_on"])
    op.create_table(
        "case_due_item",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("profile_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("soon_only", sa.Boolean(), nullable=False),
        sa.Column("lp_person_id", sa.Integer(), nullable=True),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("child_label", sa.String(length=64), nullable=False),
        sa.Column("case_reference", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
            name=op.f("fk_case_due_item_case_id_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_due_item")),
    )
    op.create_index(op.f("ix_case_due_item_case_id"), "case_due_item", ["case_id"])
    op.create_index("ix_case_due_item_order", "case_due_item", ["due", "case_id", "seq", "reason"])
    op.create_index(
        "ix_case_due_item_count", "case_due_item", ["profile_id", "due", "soon_only", "kind"]
    )


def downgrade() -> None:
    op.drop_index("ix_case_due_item_count", table_name="case_due_item")
    op.drop_index("ix_case_due_item_order", table_name="case_due_item")
    op.drop_index(op.f("ix_case_due_item_case_id"), table_name="case_due_item")
    op.drop_table("case_due_item")
    op.drop_index(op.f("ix_case_due_facts_closed_on"), table_name="case_due_facts")
    op.drop_index(op.f("ix_case_due_facts_visits_until"), table_name="case_due_facts")
    op.drop_index(op.f("ix_case_due_facts_items_stamp"), table_name="case_due_facts")
    with op.batch_alter_table("case_due_facts") as batch:
        batch.drop_column("items_stamp")
