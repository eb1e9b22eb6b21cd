"""Rendering: from a record id to a finished file, for the lead professional or one recipient.

One assembler per document kind (``meeting_documents``, ``case_documents``) loads what its builder
needs in a fixed number of queries and returns an ``Assembled``: ``tree(redaction)`` builds the
document with that recipient's withheld and unshared addresses blanked in the people mapping
(before anything is built) and the restricted sections they may not see stripped. The renderers
then write PDF, PDF/A or Word; ``render_document`` records a ``GeneratedDocument`` with an audit
event. Circulation uses ``assemble`` and ``render_tree`` to render many recipients from one load.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal

from lpdesk.circulation.redaction import Redaction, redaction_for
from lpdesk.documents.language import (
    DOCUMENT_LANGUAGES,
    in_language,
    language_choices,
    pack_language,
)
from lpdesk.documents.output import RenderedFile, safe_filename
from lpdesk.documents.tree import Document
from lpdesk.domain import (
    Case,
    DocumentKind,
    GeneratedDocument,
    InvalidInput,
    Meeting,
    MeetingKind,
    MeetingStatus,
)
from lpdesk.forms.registry import FormRegistry
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.rendering._case import Assembled, CaseData
from lpdesk.services.rendering._sources import (
    AuthoritySettings,
    Inputs,
    Sources,
    load_settings,
)
from lpdesk.services.rendering.case_documents import (
    assemble_child_plan,
    assemble_family_guide,
    assemble_plan,
    assemble_plan_change_notice,
    assemble_review_report,
    assemble_visit_record,
)
from lpdesk.services.rendering.meeting_documents import (
    assemble_distribution_record,
    assemble_excluded_parent_summary,
    assemble_invitation,
    assemble_minutes,
)

__all__ = [
    "ASSEMBLERS",
    "DOCUMENT_LANGUAGES",
    "FORMATS",
    "Assembled",
    "AuthoritySettings",
    "CaseData",
    "Format",
    "Inputs",
    "ProfilesArg",
    "Sources",
    "assemble",
    "document_languages",
    "inputs_for",
    "pack_language_for",
    "recipient_redaction",
    "record_generated",
    "render_document",
    "render_sample",
    "render_tree",
]

Format = Literal["pdf", "docx", "pdfa"]
FORMATS: tuple[str, ...] = ("pdf", "docx", "pdfa")
Loader = Callable[[ServiceContext, UnitOfWork, Inputs, int, "int | None"], Assembled]
Assembler = Callable[[ServiceContext, Inputs, int, "int | None"], Assembled]


def _in_unit_of_work(load: Loader) -> Assembler:
    """An assembler that reads everything in one unit of work of its own."""

    def assembler(
        ctx: ServiceContext, inputs: Inputs, record_id: int, person_id: int | None
    ) -> Assembled:
        with ctx.uow() as uow:
            return load(ctx, uow, inputs, record_id, person_id)

    return assembler


ASSEMBLERS: Mapping[DocumentKind, Assembler] = {
    DocumentKind.MINUTES: _in_unit_of_work(assemble_minutes),
    DocumentKind.PLAN: _in_unit_of_work(assemble_plan),
    DocumentKind.CHILD_PLAN: _in_unit_of_work(assemble_child_plan),
    DocumentKind.INVITATION: _in_unit_of_work(assemble_invitation),
    DocumentKind.EXCLUDED_PARENT_SUMMARY: _in_unit_of_work(assemble_excluded_parent_summary),
    # report_assembly is a use case with its own unit of work: called before this one opens
    DocumentKind.REVIEW_REPORT: assemble_review_report,
    DocumentKind.VISIT_RECORD: _in_unit_of_work(assemble_visit_record),
    DocumentKind.DISTRIBUTION_RECORD: _in_unit_of_work(assemble_distribution_record),
    DocumentKind.PLAN_CHANGE_NOTICE: _in_unit_of_work(assemble_plan_change_notice),
    DocumentKind.FAMILY_GUIDE: _in_unit_of_work(assemble_family_guide),
}

ProfilesArg = ProfileProvider | Mapping[str, Profile] | None


def inputs_for(
    ctx: ServiceContext,
    *,
    settings: AuthoritySettings | None = None,
    profiles: ProfilesArg = None,
    forms: FormRegistry | None = None,
) -> Inputs:
    """The settings (the database's unless given), profiles, forms and today's date."""
    if settings is None:
        with ctx.uow() as uow:
            settings = load_settings(uow)
    return Inputs(
        settings=settings,
        sources=Sources(profiles, forms),
        today=ctx.clock.today(),
    )


def assemble(
    ctx: ServiceContext,
    inputs: Inputs,
    *,
    kind: DocumentKind | str,
    record_id: int,
    person_id: int | None = None,
) -> Assembled:
    try:
        chosen = DocumentKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in DocumentKind)
        raise InvalidInput.one("kind", f'"{kind}" is not one of: {allowed}') from None
    return ASSEMBLERS[chosen](ctx, inputs, record_id, person_id)


def document_languages(profile: Profile) -> tuple[str, ...]:
    """The languages ``profile``'s documents are offered in: "en", "cy", "both" (names in
    ``DOCUMENT_LANGUAGES``)."""
    return language_choices(profile.document_languages)


def pack_language_for(inputs: Inputs, profile_id: str, language: str | None = None) -> str:
    """The language of a pack for a case on ``profile_id``: ``language`` when its profile offers
    it (else refused, naming the field), by default the profile's ``pack_language`` (Welsh and
    English for a profile offering both)."""
    profile = inputs.sources.profile(profile_id)
    if language is None:
        return pack_language(profile.document_languages)
    offered = document_languages(profile)
    if language not in offered:
        names = ", ".join(DOCUMENT_LANGUAGES[code] for code in offered)
        raise InvalidInput.one("language", f"this case's documents are offered in: {names}")
    return language


def recipient_redaction(data: CaseData, person_id: int) -> Redaction:
    """What ``person_id`` (a member of the case) must not receive."""
    member = data.member(person_id)
    return redaction_for(
        recipient_person_id=person_id,
        recipient_role=member.role,
        memberships=data.memberships,
        people=data.people,
    )


def render_tree(doc: Document, fmt: str, settings: AuthoritySettings) -> RenderedFile:
    """The tree as a file: ``pdf``, ``pdfa`` (the archive copy) or ``docx``."""
    if fmt == "docx":
        from lpdesk.documents.docx_renderer import render_docx

        return render_docx(doc, settings.template(), settings.letterhead)
    from lpdesk.documents.pdf_renderer import render_pdf

    pdf = render_pdf(doc, settings.letterhead)
    if fmt == "pdf":
        return pdf
    if fmt == "pdfa":
        from lpdesk.documents.pdfa import to_pdfa

        meta = doc.meta
        name = safe_filename(meta.case_reference, meta.kind, meta.file_suffix, "pdfa")
        return RenderedFile.of(name, pdf.mime, to_pdfa(pdf.data))
    raise InvalidInput.one("fmt", f'"{fmt}" is not one of: pdf, docx, pdfa')


def record_generated(
    uow: UnitOfWork,
    ctx: ServiceContext,
    *,
    case_id: int,
    kind: DocumentKind,
    record_id: int | None,
    fmt: str,
    filename: str,
    sha256: str,
    size: int,
) -> GeneratedDocument:
    stored = uow.repo(GeneratedDocument).add(
        GeneratedDocument(
            case_id=case_id,
            kind=kind,
            record_id=record_id,
            fmt=fmt,
            filename=filename,
            sha256=sha256,
            size=size,
            created_at=ctx.clock.now(),
            created_by=ctx.actor.username,
        )
    )
    record(
        uow,
        ctx,
        "document.generate",
        "generated_document",
        stored.id,
        f"case={case_id} kind={kind.value} record={record_id} fmt={fmt}",
    )
    return stored


def render_document(
    ctx: ServiceContext,
    *,
    kind: DocumentKind | str,
    record_id: int,
    fmt: str,
    for_person_id: int | None = None,
    person_id: int | None = None,
    settings: AuthoritySettings | None = None,
    profiles: ProfilesArg = None,
    forms: FormRegistry | None = None,
    deliver: Callable[[RenderedFile], None] | None = None,
    language: str = "en",
) -> RenderedFile:
    """Render one document, in ``language`` ("en", or "cy" / "both" where the case's profile
    offers Welsh: ``document_languages``). ``person_id`` names the invitee or the excluded parent for letters
    (default: ``for_person_id``). With ``for_person_id`` the recipient's redaction is applied
    before building. Records a ``GeneratedDocument`` and an audit event; with ``deliver`` (which
    writes the file) only once it has delivered: a refused write records nothing."""
    require(ctx, Permission.READ_CASE)
    if fmt not in FORMATS:
        raise InvalidInput.one("fmt", f'"{fmt}" is not one of: {", ".join(FORMATS)}')
    inputs = inputs_for(ctx, settings=settings, profiles=profiles, forms=forms)
    assembled = assemble(
        ctx,
        inputs,
        kind=kind,
        record_id=record_id,
        person_id=person_id if person_id is not None else for_person_id,
    )
    redaction = (
        recipient_redaction(assembled.data, for_person_id) if for_person_id is not None else None
    )
    doc = assembled.tree(redaction)
    if language != "en":
        profile = inputs.sources.profile(assembled.data.case.profile_id)
        offered = document_languages(profile)
        if language not in offered:
            names = ", ".join(DOCUMENT_LANGUAGES[code] for code in offered)
            raise InvalidInput.one("language", f"this case's documents are offered in: {names}")
        doc = in_language(doc, language)
    file = render_tree(doc, fmt, inputs.settings)
    case_id = assembled.data.case.id
    assert case_id is not None
    with ctx.uow() as uow:
        if deliver is not None:
            deliver(file)
        record_generated(
            uow,
            ctx,
            case_id=case_id,
            kind=doc.meta.kind,
            record_id=record_id,
            fmt=fmt,
            filename=file.filename,
            sha256=file.sha256,
            size=len(file.data),
        )
    return file


def render_sample(
    ctx: ServiceContext,
    *,
    profiles: ProfilesArg = None,
    forms: FormRegistry | None = None,
) -> list[RenderedFile]:
    """The minutes (or, with none held, the plan) of the first case, as PDF and Word: the
    self-test's proof that both renderers work in this installation. Nothing is recorded."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        cases = sorted(
            (c for c in uow.repo(Case).find() if c.closed_on is None), key=lambda c: c.id or 0
        )
        if not cases:
            raise InvalidInput.one("case", "no open case to render")
        case = cases[0]
        held = [
            m
            for m in uow.repo(Meeting).find(case_id=case.id, kind=MeetingKind.CORE_GROUP)
            if m.status in (MeetingStatus.HELD, MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)
        ]
    inputs = inputs_for(ctx, profiles=profiles, forms=forms)
    assert case.id is not None
    if held and held[0].id is not None:
        assembled = assemble(ctx, inputs, kind=DocumentKind.MINUTES, record_id=held[0].id)
    else:
        assembled = assemble(ctx, inputs, kind=DocumentKind.PLAN, record_id=case.id)
    doc = assembled.tree(None)
    return [render_tree(doc, fmt, inputs.settings) for fmt in ("pdf", "docx")]
