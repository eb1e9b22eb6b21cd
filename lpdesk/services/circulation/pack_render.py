"""What a circulation pack renders: each recipient's documents allocated to render jobs.

Every record is loaded once (``assemble``) and its tree built once for each distinct redaction
(the addresses a recipient may not see, the restricted sections they may): a tree depends on the
recipient through nothing else. Each tree in each format is one ``RenderJob`` (``render_copy``
and its plain inputs), rendered once on the pack's worker processes however many recipients
receive it (``lpdesk.circulation.pack_render``); what each recipient receives is the same as if
it had been rendered for them alone.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace

from lpdesk.circulation.pack import RenderJob
from lpdesk.circulation.recipients import RecipientPlan
from lpdesk.documents.language import in_language
from lpdesk.documents.output import document_filename
from lpdesk.documents.tree import Block, Document, PageBreak
from lpdesk.domain import DocumentKind
from lpdesk.services.circulation.preview import CirculationPreview
from lpdesk.services.context import ServiceContext
from lpdesk.services.rendering import (
    Assembled,
    AuthoritySettings,
    ProfilesArg,
    assemble,
    inputs_for,
    render_tree,
)

__all__ = ["PackRenderer", "render_copy"]


def render_copy(doc: Document, fmt: str, settings: AuthoritySettings) -> tuple[str, bytes]:
    """One distinct document of a pack (on a worker process): its title and its bytes."""
    return doc.meta.title, render_tree(doc, fmt, settings).data


class PackRenderer:
    """Allocates any planned document of a recipient to its render job, from one load per
    record and one tree per distinct redaction; remembers each file's name for the record."""

    def __init__(
        self,
        ctx: ServiceContext,
        check: CirculationPreview,
        settings: AuthoritySettings | None,
        profiles: ProfilesArg,
    ) -> None:
        self.ctx, self.check = ctx, check
        self.inputs = inputs_for(ctx, settings=settings, profiles=profiles)
        self._loaded: dict[tuple[DocumentKind, int | None], list[Assembled]] = {}
        self._trees: dict[Hashable, Document] = {}
        self.names: dict[tuple[int, DocumentKind, str], str] = {}
        self.language = "en"  # the pack's language (pack._build: pack_language)

    def _load(self, kind: DocumentKind, person_id: int) -> tuple[Hashable, list[Assembled]]:
        meeting, data = self.check.meeting, self.check.data
        assert meeting.id is not None and data.case.id is not None
        key: tuple[DocumentKind, int | None]
        if kind is DocumentKind.EXCLUDED_PARENT_SUMMARY:
            key, record_ids, who = (kind, person_id), [meeting.id], person_id
        elif kind is DocumentKind.CHILD_PLAN:
            child = next(c for c in data.children if c.person_id == person_id)
            key, record_ids, who = (kind, person_id), [child.id or 0], None
        elif kind is DocumentKind.PLAN_CHANGE_NOTICE:
            key, record_ids, who = (kind, None), list(self.check.notice_version_ids), None
        elif kind is DocumentKind.PLAN:
            key, record_ids, who = (kind, None), [data.case.id], None
        else:
            key, record_ids, who = (kind, None), [meeting.id], None
        if key not in self._loaded:
            self._loaded[key] = [
                assemble(self.ctx, self.inputs, kind=kind, record_id=rid, person_id=who)
                for rid in record_ids
            ]
        return key, self._loaded[key]

    def __call__(self, plan: RecipientPlan, kind: DocumentKind, fmt: str) -> RenderJob:
        loaded, assembled = self._load(kind, plan.person_id)
        redaction = plan.redaction
        key = (loaded, redaction.blank_address_ids, redaction.allowed_sections)
        doc = self._trees.get(key)
        if doc is None:
            trees = [a.tree(redaction) for a in assembled]
            doc = self._trees[key] = in_language(_joined(trees), self.language)
        self.names[(plan.person_id, kind, fmt)] = document_filename(doc.meta, fmt)
        return RenderJob((key, fmt), render_copy, (doc, fmt, self.inputs.settings))


def _joined(trees: Sequence[Document]) -> Document:
    """One document from several (plan change notices for several versions), latest meta."""
    if len(trees) == 1:
        return trees[0]
    blocks: list[Block] = []
    for i, tree in enumerate(trees):
        if i:
            blocks.append(PageBreak())
        blocks.extend(tree.blocks)
    return replace(trees[-1], blocks=tuple(blocks))
