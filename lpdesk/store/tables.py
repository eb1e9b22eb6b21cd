"""The schema: one SQLAlchemy Core table per entity in ``lpdesk.domain.ENTITIES``.

Table names are ``entity_name(cls)``; columns are named exactly as the dataclass fields, so the one
generic mapper (``lpdesk.store.mapping``) needs no per-entity code. Types are portable to
PostgreSQL: enums are stored as their string values, tuples and dicts as JSON. Every foreign key
column is indexed (PostgreSQL does not do it by itself); the composite indexes serve the due-list
queries of ``lpdesk.store.facts``. The migrations must create exactly this: a test compares them.

Over 400 lines on purpose: one explicit table per entity, the whole schema readable in one place.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = ["DERIVED_TABLES", "metadata", "table_for"]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

CASCADE, SET_NULL, RESTRICT = "CASCADE", "SET NULL", "RESTRICT"
ENUM = String(40)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _fk(name: str, target: str, ondelete: str, *, nullable: bool = False) -> Column[int]:
    return Column(
        name,
        Integer,
        ForeignKey(f"{target}.id", ondelete=ondelete),
        nullable=nullable,
        index=True,
    )


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False)


def _flag(name: str) -> Column[bool]:
    return Column(name, Boolean, nullable=False)


def _day(name: str, *, nullable: bool = True) -> Column[object]:
    return Column(name, Date, nullable=nullable)


def _moment(name: str, *, nullable: bool = True) -> Column[object]:
    return Column(name, DateTime, nullable=nullable)


# ------------------------------------------------------------------ people

agency = Table("agency", metadata, _id(), Column("name", Text, nullable=False), _text("kind"))

person = Table(
    "person",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    _fk("agency_id", "agency", SET_NULL, nullable=True),
    _text("job_title"),
    _text("email"),
    _text("phone"),
    _text("address"),
    _flag("address_withheld"),
    Column("address_withheld_reason", Text, nullable=False, server_default=""),
    Column("access_needs", Text, nullable=False, server_default=""),
    _flag("qualified_social_worker"),
    _fk("manager_id", "person", SET_NULL, nullable=True),
    Column("revision", Integer, nullable=False, server_default="1"),
)

# A person's photo, apart from ``person`` so that every read of a person stays light (0014).
person_photo = Table(
    "person_photo",
    metadata,
    _id(),
    Column(
        "person_id",
        Integer,
        ForeignKey("person.id", ondelete=CASCADE),
        nullable=False,
        unique=True,
        index=True,
    ),
    Column("data", LargeBinary, nullable=False),
    _text("content_type"),
)

user = Table(
    "user",
    metadata,
    _id(),
    Column("username", String(120), nullable=False, unique=True),
    Column("display_name", Text, nullable=False),
    Column("role", ENUM, nullable=False),
    _fk("person_id", "person", SET_NULL, nullable=True),
    _text("team"),
    _flag("active"),
    Column("password_hash", Text, nullable=False, server_default=""),
    Column("failed_sign_ins", Integer, nullable=False, server_default="0"),
    _moment("locked_until"),
)

# ------------------------------------------------------------------ the case

case = Table(
    "case",
    metadata,
    _id(),
    Column("reference", String(40), nullable=False, unique=True),
    Column("profile_id", String(80), nullable=False),
    _text("team"),
    _day("opened_on", nullable=False),
    _day("closed_on"),
    Column("closed_reason", Text, nullable=False, server_default=""),
    _flag("looked_after"),
)

child = Table(
    "child",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("person_id", "person", RESTRICT),
    _day("date_of_birth"),
    _day("expected_birth_date"),
    Column("receives_documents", Boolean, nullable=True),
    _text("receives_documents_reason"),
)

membership = Table(
    "membership",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("person_id", "person", RESTRICT),
    Column("role", ENUM, nullable=False),
    _day("joined_on", nullable=False),
    _day("left_on"),
    _flag("excluded"),
    _text("exclusion_reason"),
    _day("excluded_on"),
    Column("channel", ENUM, nullable=False),
    _flag("wants_editable"),
    _flag("share_address"),
)

lead_assignment = Table(
    "lead_assignment",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("person_id", "person", RESTRICT),
    _day("started_on", nullable=False),
    _day("ended_on"),
    _text("handover_note"),
    _day("family_informed_on"),
)

absence = Table(
    "absence",
    metadata,
    _id(),
    _fk("person_id", "person", CASCADE),
    _day("starts_on", nullable=False),
    _day("ends_on"),
    _fk("cover_person_id", "person", SET_NULL, nullable=True),
    _day("cover_recorded_on"),
    _flag("cover_cannot_be_met"),
    _day("senior_manager_notified_on"),
)

# ------------------------------------------------------------------ the plan

plan = Table(
    "plan",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    Column("kind", ENUM, nullable=False),
    Column("stage", ENUM, nullable=False),
    Column("categories", JSON, nullable=False),
    _text("reason"),
    _text("contingency"),
    _text("seen_arrangements"),
    _day("started_on", nullable=False),
    _day("ended_on"),
    Column("revision", Integer, nullable=False),
)

outcome = Table(
    "outcome",
    metadata,
    _id(),
    _fk("plan_id", "plan", CASCADE),
    Column("number", Integer, nullable=False),
    Column("description", Text, nullable=False),
    _text("indicator"),
    Column("child_words", Text, nullable=False, server_default=""),
)

action = Table(
    "action",
    metadata,
    _id(),
    _fk("plan_id", "plan", CASCADE),
    _fk("outcome_id", "outcome", SET_NULL, nullable=True),
    Column("what", Text, nullable=False),
    _fk("who_person_id", "person", SET_NULL, nullable=True),
    _day("by_when"),
    _text("measure"),
    Column("status", ENUM, nullable=False),
    _text("progress"),
    _text("impact"),
    _day("completed_on"),
    Column("revision", Integer, nullable=False, server_default="1"),
    Column("child_words", Text, nullable=False, server_default=""),
)

plan_version = Table(
    "plan_version",
    metadata,
    _id(),
    _fk("plan_id", "plan", CASCADE),
    Column("number", Integer, nullable=False),
    _moment("created_at", nullable=False),
    Column("created_by", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("consulted_person_ids", JSON, nullable=False),
    Column("snapshot", JSON, nullable=False),
    _flag("notify_manager_and_chair"),
    _day("notified_on"),
)

# ------------------------------------------------------------------ conferences and meetings

conference = Table(
    "conference",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    Column("kind", ENUM, nullable=False),
    _day("held_on"),
    _day("scheduled_for"),
    _fk("chair_person_id", "person", SET_NULL, nullable=True),
    Column("outcome", ENUM, nullable=True),
    Column("outline_plan", Text, nullable=False, server_default=""),
)

meeting = Table(
    "meeting",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    Column("kind", ENUM, nullable=False),
    Column("number", Integer, nullable=False),
    _moment("scheduled_at", nullable=False),
    _text("venue"),
    _fk("chair_person_id", "person", SET_NULL, nullable=True),
    _fk("minute_taker_person_id", "person", SET_NULL, nullable=True),
    Column("status", ENUM, nullable=False),
    Column("form_id", String(80), nullable=False),
    Column("form_version", Integer, nullable=False),
    Column("answers", JSON, nullable=False),
    _day("next_meeting_on"),
    _day("review_conference_on"),
    _day("held_on"),
    Column("approved_hash", String(64), nullable=False),
    _text("approved_by"),
    _moment("approved_at"),
    _day("circulated_on"),
    _moment("draft_saved_at"),
    Column("revision", Integer, nullable=False),
    Column("seals", JSON, nullable=False),  # the approved versions, sealed (0005)
)

attendance = Table(
    "attendance",
    metadata,
    _id(),
    _fk("meeting_id", "meeting", CASCADE),
    _fk("person_id", "person", RESTRICT),
    Column("status", ENUM, nullable=False),
    _text("reason"),
    _flag("report_received"),
    _flag("additional"),
)

amendment = Table(
    "amendment",
    metadata,
    _id(),
    _fk("meeting_id", "meeting", CASCADE),
    Column("kind", ENUM, nullable=False),
    _moment("at", nullable=False),
    Column("by", Text, nullable=False),
    _text("field_path"),
    _text("before"),
    _text("after"),
    _text("comment"),
)

disagreement = Table(
    "disagreement",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("meeting_id", "meeting", SET_NULL, nullable=True),
    Column("subject", Text, nullable=False),
    _day("raised_on", nullable=False),
    Column("positions", JSON, nullable=False),
    Column("escalated_to", ENUM, nullable=False),
    _day("escalated_on"),
    _text("outcome"),
    _day("resolved_on"),
    _flag("locked"),
)

review_report = Table(
    "review_report",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("conference_id", "conference", CASCADE),
    Column("status", ENUM, nullable=False),
    _text("recommendation"),
    _day("submitted_on"),
    _day("shared_with_parents_on"),
    _text("chair_comments"),
    _day("reviewed_on"),
    Column("revision", Integer, nullable=False, server_default="1"),
)

# ------------------------------------------------------------------ between meetings

visit = Table(
    "visit",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("child_id", "child", CASCADE),
    _fk("visitor_person_id", "person", RESTRICT),
    _moment("visited_at", nullable=False),
    _moment("recorded_at", nullable=False),
    Column("outcome", ENUM, nullable=False),
    _text("present"),
    _flag("spoke_with_child"),
    _flag("seen_alone"),
    _text("not_alone_reason"),
    _flag("bedroom_seen"),
    _text("observations"),
    _text("key_subjects"),
    _text("presentation"),
    _text("new_concerns"),
)

escalation_step = Table(
    "escalation_step",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("child_id", "child", CASCADE, nullable=True),
    Column("trigger", ENUM, nullable=False),
    Column("step", ENUM, nullable=False),
    _day("opened_on", nullable=False),
    _fk("visit_id", "visit", SET_NULL, nullable=True),
    _day("done_on"),
    _text("done_by"),
    _text("note"),
)

significant_event = Table(
    "significant_event",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _day("occurred_on", nullable=False),
    Column("description", Text, nullable=False),
    _text("recorded_by"),
)

assessment = Table(
    "assessment",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    Column("kind", ENUM, nullable=False),
    Column("title", Text, nullable=False),
    _day("commissioned_on", nullable=False),
    _day("due_on"),
    _day("completed_on"),
    _text("provider"),
)

# ------------------------------------------------------------------ outputs

generated_document = Table(
    "generated_document",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    Column("kind", ENUM, nullable=False),
    Column("record_id", Integer, nullable=True),
    Column("fmt", String(16), nullable=False),
    Column("filename", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    _moment("created_at", nullable=False),
    _text("created_by"),
)

circulation_item = Table(
    "circulation_item",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _fk("meeting_id", "meeting", SET_NULL, nullable=True),
    _fk("document_id", "generated_document", SET_NULL, nullable=True),
    _fk("recipient_person_id", "person", RESTRICT),
    Column("channel", ENUM, nullable=False),
    Column("sha256", String(64), nullable=False),
    _moment("sent_at", nullable=False),
    _text("sent_by"),
    Column("state", ENUM, nullable=False),
    _moment("reached_at"),
    _text("reached_by"),
    _text("note"),
    _moment("password_given_at"),
    _text("password_given_by"),
)

excluded_summary = Table(
    "excluded_summary",
    metadata,
    _id(),
    _fk("meeting_id", "meeting", CASCADE),
    _fk("person_id", "person", RESTRICT),
    _text("text"),
    _moment("written_at", nullable=False),
    _text("written_by"),
)

# Append-only (triggers in migration 0002) and deliberately without foreign keys: the trail of
# who did what must outlive the records it names.
audit_event = Table(
    "audit_event",
    metadata,
    _id(),
    _moment("at", nullable=False),
    Column("user", Text, nullable=False),
    Column("role", String(40), nullable=False),
    Column("action", String(80), nullable=False),
    _text("entity"),
    Column("entity_id", Integer, nullable=True),
    _text("detail"),
    # The hash chain (embedded desks): each event carries its predecessor's hash and its own,
    # so an edited or dropped row is found by ``lpdesk audit --verify`` (lpdesk.store.audit_chain).
    Column("prev_hash", String(64), nullable=False, server_default=""),
    Column("hash", String(64), nullable=False, server_default=""),
)

# ------------------------------------------------------------------ organisational settings

setting = Table(
    "setting",
    metadata,
    _id(),
    Column("key", String(120), nullable=False, unique=True),
    _text("value"),
    _moment("updated_at", nullable=False),
    _text("updated_by"),
)

# ------------------------------------------------------------------ derived, kept by the store

# Each case's due facts, kept in the unit of work that changes what they are computed from
# (migration 0013, ``lpdesk.store.due_facts``): the facts that do not depend on the day, as JSON,
# with what the reader filters on beside them. No entity: nothing outside the store reads it.
case_due_facts = Table(
    "case_due_facts",
    metadata,
    _id(),
    Column(
        "case_id",
        Integer,
        ForeignKey("case.id", ondelete=CASCADE),
        nullable=False,
        unique=True,
        index=True,
    ),
    Column("lp_person_id", Integer, nullable=True, index=True),  # the current LP, if any
    _day("closed_on"),
    _day("visits_until"),  # the day of the latest completed visit to a child of the case
    Column("version", Integer, nullable=False, index=True),  # 0: stale, compute live
    Column("facts", Text, nullable=False),
    # migration 0015: the rules and profiles the case's kept items were computed with, if any
    Column("items_stamp", String(64), nullable=True, index=True),
)
Index("ix_case_due_facts_visits_until", case_due_facts.c.visits_until)
Index("ix_case_due_facts_closed_on", case_due_facts.c.closed_on)

# Each open case's due items that do not depend on the day (migration 0015,
# ``lpdesk.store.due_items``): the team's due list is read from them a page at a time.
case_due_item = Table(
    "case_due_item",
    metadata,
    _id(),
    _fk("case_id", "case", CASCADE),
    _day("due", nullable=False),
    Column("seq", BigInteger, nullable=False),  # the kind's place, then the child (the order)
    Column("profile_id", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    _flag("soon_only"),  # listed only once due soon (the computed escalations)
    Column("lp_person_id", Integer, nullable=True),
    Column("child_id", Integer, nullable=True),
    Column("child_label", String(64), nullable=False),
    Column("case_reference", String(64), nullable=False),
    _text("reason"),
)
Index(
    "ix_case_due_item_order",
    case_due_item.c.due,
    case_due_item.c.case_id,
    case_due_item.c.seq,
    case_due_item.c.reason,
)
Index(
    "ix_case_due_item_count",
    case_due_item.c.profile_id,
    case_due_item.c.due,
    case_due_item.c.soon_only,
    case_due_item.c.kind,
)

DERIVED_TABLES = ("case_due_facts", "case_due_item")
"""Tables with no entity: the store writes them from the others."""

# ------------------------------------------------------------------ indexes for the due list

# Covering (migration 0004): the core group facts and the children's "last seen" lookups are
# answered from the index alone, never reading the meeting rows' minutes or the visit rows.
Index(
    "ix_meeting_due",
    meeting.c.case_id,
    meeting.c.kind,
    meeting.c.status,
    meeting.c.held_on,
    meeting.c.scheduled_at,
)
Index(
    "ix_visit_due",
    visit.c.child_id,
    visit.c.outcome,
    visit.c.visited_at,
    visit.c.visitor_person_id,
    visit.c.seen_alone,
    visit.c.bedroom_seen,
)
# the compliance report's period reads, index-only (0016_compliance_cover)
Index(
    "ix_visit_period",
    visit.c.child_id,
    visit.c.visited_at,
    visit.c.recorded_at,
    visit.c.visitor_person_id,
    visit.c.outcome,
    visit.c.seen_alone,
    visit.c.bedroom_seen,
)
Index(
    "ix_meeting_period",
    meeting.c.case_id,
    meeting.c.kind,
    meeting.c.held_on,
    meeting.c.status,
    meeting.c.circulated_on,
)
Index("ix_meeting_case_id_status", meeting.c.case_id, meeting.c.status)
Index("ix_conference_case_id_kind", conference.c.case_id, conference.c.kind)
Index("ix_lead_assignment_case_id_ended_on", lead_assignment.c.case_id, lead_assignment.c.ended_on)
Index("ix_audit_event_at", audit_event.c.at)
Index("ix_audit_event_entity_entity_id", audit_event.c.entity, audit_event.c.entity_id)


def table_for(cls: type) -> Table:
    """The table of an entity class (``entity_name(cls)``)."""
    from lpdesk.domain.registry import entity_name

    return metadata.tables[entity_name(cls)]
