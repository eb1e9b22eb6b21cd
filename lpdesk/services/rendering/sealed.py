"""Sealing approved minutes: the record is built once, at approval, as the reader sees it, and kept.

``seal_minutes`` runs inside the approval's unit of work. It builds the whole tree of the record
(every section, including those filled from visits, the plan, events, attendance, disagreements,
names and dates) from the approved meeting, with every address left out and every restricted
section kept under its label (each recipient's copy strips the sections they may not see), renders
it as PDF and Word to record their SHA-256, and returns the ``MinutesSeal`` the approval stores.
From then on the approved record renders only from the seal (``meeting_documents.current_seal``).
See docs/decisions/0013-sealed-minutes.md.
"""

from __future__ import annotations

from datetime import datetime

from lpdesk.circulation.redaction import Redaction
from lpdesk.documents.builders.common import long_date
from lpdesk.documents.context import ApprovalNote
from lpdesk.documents.tree import Document, strip_restricted
from lpdesk.documents.tree_data import from_data, to_data
from lpdesk.domain import (
    Amendment,
    AmendmentKind,
    Disagreement,
    Meeting,
    MinutesSeal,
    Person,
    User,
)
from lpdesk.forms.registry import FormRegistry
from lpdesk.forms.spec import FormSpec
from lpdesk.services.context import ServiceContext
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.rendering._sources import Inputs, Sources, load_settings
from lpdesk.services.rendering.meeting_documents import minutes_builder

__all__ = ["approver_name", "seal_minutes", "sealed_document"]


def approver_name(uow: UnitOfWork, ctx: ServiceContext) -> str:
    """The approver as printed: their name, else their display name, else their user name."""
    if ctx.actor.person_id is not None:
        people = uow.repo(Person).find(id=ctx.actor.person_id)
        if people and people[0].name:
            return people[0].name
    users = uow.repo(User).find(username=ctx.actor.username)
    if users and users[0].display_name:
        return users[0].display_name
    return ctx.actor.username


def _field_label(form: FormSpec, path: str) -> str:
    section_key, _, field_key = path.partition(".")
    for section in form.sections:
        if section.key != section_key:
            continue
        for f in section.fields:
            if f.key == field_key:
                return f"{section.title}: {f.label}"
        return section.title
    return "The record"


def _shown(value: str) -> str:
    if value.startswith(("[", "{")):
        return "(a table: see the section above)"
    return value or "(blank)"


def _changes(
    uow: UnitOfWork, meeting: Meeting, form: FormSpec, since: MinutesSeal
) -> tuple[tuple[str, str, str], ...]:
    after = datetime.fromisoformat(since.approved_at)
    edits = sorted(
        (
            a
            for a in uow.repo(Amendment).find(meeting_id=meeting.id)
            if a.kind is AmendmentKind.EDIT_AFTER_APPROVAL and a.at >= after
        ),
        key=lambda a: (a.at, a.id or 0),
    )
    rows = [(_field_label(form, a.field_path), _shown(a.before), _shown(a.after)) for a in edits]
    for d in sorted(uow.repo(Disagreement).find(meeting_id=meeting.id), key=lambda d: d.id or 0):
        if d.id not in since.disagreement_ids:
            rows.append(
                (
                    "Disagreement and dissent",
                    "(not in the record)",
                    f"{d.subject} (raised on {long_date(d.raised_on)})",
                )
            )
    return tuple(rows)


def _everything_but_addresses(people_ids: frozenset[int]) -> Redaction:
    """The sealed copy: no address of anyone, every restricted section kept under its label."""
    return Redaction(
        recipient_person_id=0,
        blank_address_ids=people_ids,
        allowed_sections=frozenset(),
        withheld_sections=frozenset(),
        reasons=(),
    )


def seal_minutes(
    ctx: ServiceContext,
    uow: UnitOfWork,
    *,
    meeting: Meeting,
    approver: str,
    profiles: ProfileProvider | None = None,
    forms: FormRegistry | None = None,
) -> MinutesSeal:
    """The seal of ``meeting`` as approved now (status, approver, time and hash already set)."""
    from lpdesk.services.rendering import render_tree

    assert meeting.approved_at is not None and meeting.approved_hash
    inputs = Inputs(
        settings=load_settings(uow), sources=Sources(profiles, forms), today=ctx.clock.today()
    )
    previous = meeting.seals[-1] if meeting.seals else None
    form = inputs.sources.form(meeting.form_id, meeting.form_version)
    approval = ApprovalNote(
        version=len(meeting.seals) + 1,
        approver=approver,
        approved_at=meeting.approved_at,
        amends=(
            f"version {previous.version}, approved by {previous.approver} on "
            f"{long_date(datetime.fromisoformat(previous.approved_at).date())}"
            if previous
            else ""
        ),
        changes=_changes(uow, meeting, form, previous) if previous else (),
    )
    data, build = minutes_builder(ctx, uow, inputs, meeting, approval)
    doc = build(_everything_but_addresses(frozenset(data.people)))
    pdf = render_tree(doc, "pdf", inputs.settings)
    docx = render_tree(doc, "docx", inputs.settings)
    shown = uow.repo(Disagreement).find(meeting_id=meeting.id)
    return MinutesSeal(
        version=approval.version,
        approved_at=meeting.approved_at.isoformat(),
        approved_by=meeting.approved_by,
        approver=approver,
        content_hash=meeting.approved_hash,
        pdf_sha256=pdf.sha256,
        docx_sha256=docx.sha256,
        disagreement_ids=tuple(sorted(d.id for d in shown if d.id is not None)),
        document=to_data(doc),
    )


def sealed_document(seal: MinutesSeal, redaction: Redaction | None = None) -> Document:
    """A sealed version as a tree; for a recipient, without the sections they may not see."""
    doc = from_data(seal.document)
    return doc if redaction is None else strip_restricted(doc, redaction.allowed_sections)
