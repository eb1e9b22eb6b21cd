"""Append-only audit trail, and the indexes the due list reads by.

UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) on ``audit_event`` are refused by triggers, so
no code path, not even a bug in lpdesk, can rewrite who did what.

Revision ID: 0002_append_only_audit
Revises: 0001_initial
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002_append_only_audit"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

MESSAGE = "audit_event is append-only"

SQLITE_UP = [
    f"""CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"""
    for verb in ("UPDATE", "DELETE")
]
SQLITE_DOWN = ["DROP TRIGGER audit_event_no_update", "DROP TRIGGER audit_event_no_delete"]

POSTGRESQL_UP = [
    f"""CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'restrict_violation'; END $$""",
    """CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
    """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()""",
]
POSTGRESQL_DOWN = [
    "DROP TRIGGER audit_event_no_truncate ON audit_event",
    "DROP TRIGGER audit_event_no_change ON audit_event",
    "DROP FUNCTION audit_event_append_only()",
]

INDEXES = [
    ("ix_audit_event_at", "audit_event", ["at"]),
    ("ix_audit_event_entity_entity_id", "audit_event", ["entity", "entity_id"]),
    ("ix_conference_case_id_kind", "conference", ["case_id", "kind"]),
    ("ix_lead_assignment_case_id_ended_on", "lead_assignment", ["case_id", "ended_on"]),
    ("ix_meeting_case_id_status", "meeting", ["case_id", "status"]),
    ("ix_visit_child_outcome_visited_at", "visit", ["child_id", "outcome", "visited_at"]),
]


def _statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if dialect == "postgresql":
        return POSTGRESQL_UP if up else POSTGRESQL_DOWN
    raise NotImplementedError(f"no append-only triggers for {dialect}")


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(up=False):
        op.execute(statement)
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
