"""Trust: optimistic locking on people, actions and review reports; sign-in backoff; the audit
trail's hash chain.

- ``person``, ``action`` and ``review_report`` get a ``revision`` (starting at 1): an update names
  the revision it read, so a second editor never silently overwrites the first.
- ``user.failed_sign_ins`` and ``user.locked_until``: after 5 wrong passwords in a row the account
  waits (recorded in the database, so every desk of a team sees it).
- ``audit_event.prev_hash`` and ``audit_event.hash``: on SQLite every event, old ones included,
  is chained to the one before it (lpdesk.store.audit_chain). The append-only trigger is lifted
  only for the one UPDATE that fills the chain, inside the migration's transaction.

Revision ID: 0011_trust
Revises: 0008_case_front_doors
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_trust"
down_revision = "0008_case_front_doors"
branch_labels = None
depends_on = None

VERSIONED = ("person", "action", "review_report")
NO_UPDATE = """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"""
NO_DELETE = """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"""


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("revision", sa.Integer(), nullable=False, server_default="1")
            )
    with op.batch_alter_table("user") as batch:
        batch.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
    # Not in batch mode: on SQLite that would rebuild the table and lose its triggers.
    for name in ("prev_hash", "hash"):
        op.add_column(
            "audit_event",
            sa.Column(name, sa.String(length=64), nullable=False, server_default=""),
        )
    if op.get_bind().dialect.name == "sqlite":
        _chain_existing_events()


def _chain_existing_events() -> None:
    from lpdesk.store.audit_chain import GENESIS, event_hash

    conn = op.get_bind()
    events = sa.table(
        "audit_event",
        sa.column("at", sa.DateTime()),
        *(sa.column(n) for n in ("id", "user", "role", "action", "entity", "entity_id")),
        *(sa.column(n) for n in ("detail", "prev_hash", "hash")),
    )
    rows = conn.execute(sa.select(events).order_by(events.c.id)).mappings().all()
    if not rows:
        return
    op.execute("DROP TRIGGER audit_event_no_update")
    prev = GENESIS
    chained = []
    for row in rows:
        digest = event_hash(prev, dict(row))
        chained.append({"event_id": row["id"], "prev": prev, "digest": digest})
        prev = digest
    stmt = (
        events.update()
        .where(events.c.id == sa.bindparam("event_id"))
        .values(prev_hash=sa.bindparam("prev"), hash=sa.bindparam("digest"))
    )
    conn.execute(stmt, chained)  # one executemany
    op.execute(NO_UPDATE)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # a batch rebuild of the table would drop its triggers: put them back after
        op.execute("DROP TRIGGER audit_event_no_update")
        op.execute("DROP TRIGGER audit_event_no_delete")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
    if sqlite:
        op.execute(NO_UPDATE)
        op.execute(NO_DELETE)
    with op.batch_alter_table("user") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_sign_ins")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("revision")
