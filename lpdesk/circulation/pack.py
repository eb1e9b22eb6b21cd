"""Produce a circulation pack: encrypted files, .eml drafts, printable post or hand delivery, plus
one password list.

Mode ``own`` gives every recipient what their own channel needs: an .eml draft for email, a
printable PDF with the address page for post, a printable PDF for hand delivery (and one hand
delivery sheet listing them). The other modes make one kind only and leave the rest out.

- File names come from the case reference, a recipient number and the document kind, never a name.
- Every path is resolved and checked to be directly inside ``out_dir``; every file is written to a
  temporary name and moved into place with ``os.replace``. A pack goes into a new or empty folder.
- Each recipient has one password for all their files; passwords are listed in one text file for
  the lead professional to give by phone or text, never in an email.
- Cancelling (``progress.cancelled``) or any failure removes everything this pack wrote, then raises.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, NamedTuple

from lpdesk.circulation import pack_drafts
from lpdesk.circulation.email_draft import Mailbox
from lpdesk.circulation.encrypt import encrypt_pdf, new_password
from lpdesk.circulation.hand import HandRow, hand_sheet_pdf, merged_pdf
from lpdesk.circulation.pack_files import PackWriter, prepare_folder
from lpdesk.circulation.pack_render import Render, RenderJob, Renders
from lpdesk.circulation.pack_words import (
    DEFAULT_BODY,
    address_marking,
    date_line,
    email_body,
    password_line,
    password_list,
    reference_line,
)
from lpdesk.circulation.pack_workers import encrypt_later
from lpdesk.circulation.post import build_post_pdf, post_problems
from lpdesk.circulation.recipients import RecipientPlan
from lpdesk.circulation.safety import is_valid_email, safe_reference
from lpdesk.domain import (
    DOCUMENT_KINDS,
    Cancelled,
    Channel,
    DocumentKind,
    InvalidInput,
    Person,
    Progress,
)

__all__ = [
    "DEFAULT_BODY",
    "PackItem",
    "PackMode",
    "PackResult",
    "Render",
    "RenderJob",
    "produce_pack",
]

PackMode = Literal["eml", "post", "files", "own"]

_MODE_CHANNEL = {"eml": Channel.EMAIL, "post": Channel.POST}
_OWN = {Channel.EMAIL: "eml", Channel.POST: "post", Channel.HAND: "hand"}
_DOCUMENT_WORDS = {
    DocumentKind.MINUTES: "minutes",
    DocumentKind.PLAN: "plan",
    DocumentKind.CHILD_PLAN: "child's own plan",
    DocumentKind.EXCLUDED_PARENT_SUMMARY: "summary letter",
    DocumentKind.PLAN_CHANGE_NOTICE: "plan change notice",
}


@dataclass(frozen=True, kw_only=True, slots=True)
class PackItem:
    """One document for one recipient. ``sha256`` and ``size`` are of the rendered (unencrypted)
    document; ``path`` is the file that carries it (the document itself, the .eml or the post
    PDF)."""

    recipient_number: int
    person_id: int
    kind: DocumentKind
    fmt: str
    title: str  # for the lead professional's check screen only: never a file name or a header
    path: Path
    sha256: str
    channel: Channel
    size: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class PackResult:
    files: tuple[Path, ...]
    password_list_path: Path | None
    items: tuple[PackItem, ...]
    problems: tuple[str, ...]
    passwords: tuple[tuple[int, str], ...] = ()  # (person id, password) for each recipient packed


def produce_pack(
    *,
    case_reference: str,
    plans: Sequence[RecipientPlan],
    render: Render,
    out_dir: Path,
    mode: PackMode,
    progress: Progress,
    now: datetime,
    people: Mapping[int, Person],
    sender: Mailbox | None = None,
    body_text: str | None = None,
    language: str = "en",
) -> PackResult:
    """Render, encrypt and write the pack for ``plans`` (recipient numbers are positions in
    ``plans``, from 1). ``render`` gives the job that renders each recipient's document in a
    format (pack_render: each distinct job is rendered once, on the worker processes).
    ``people`` supplies each recipient's own email or address (unredacted: it is only used for
    that recipient's envelope). Plans with problems, or whose channel does not fit the mode, are
    listed in ``problems`` and left out. ``language`` ("en", "cy", "both") is that of the
    covering email (``body_text`` replaces it), the address page, the hand delivery sheet and the
    password list (pack_words); the documents come from ``render`` as they are."""
    body = body_text if body_text is not None else email_body(language)
    if mode not in ("eml", "post", "files", "own"):
        raise InvalidInput.one("mode", f"unknown pack mode {mode!r}")
    created = not out_dir.exists()
    folder = prepare_folder(out_dir)
    reference = safe_reference(case_reference)
    chosen, problems = _choose(plans, mode, people)
    if sender is None and any(_how(mode, p) == "eml" for _, p in chosen):
        raise InvalidInput.one("sender", "an email pack needs a sender")
    total = sum(len(d.formats) for _, p in chosen for d in p.documents)
    writer = PackWriter(out_dir=folder)
    renders = Renders(render)
    items: list[PackItem] = []
    passwords: list[str] = []
    given: list[tuple[int, str]] = []
    handed: list[HandRow] = []
    done = 0
    prepared: list[tuple[int, RecipientPlan, str, list[_Rendered], pack_drafts.Drafted]] = []
    try:
        # Every distinct document started on the worker processes first (pack_render); then, in
        # order, each recipient's documents taken as they come back and their encryption (an
        # email recipient's whole draft) started there too (pack_workers); then the files
        # written in order, each waiting for its encryption.
        for number, plan in chosen:
            for document in plan.documents:
                for fmt in document.formats:
                    renders.allocate(number, plan, document.kind, fmt)
        for number, plan in chosen:
            password = new_password()
            how = _how(mode, plan)
            rendered: list[_Rendered] = []
            for document in plan.documents:
                for fmt in document.formats:
                    if progress.cancelled:
                        raise Cancelled("pack cancelled")
                    progress.report(done, total, f"recipient {number}: {document.kind.value}")
                    title, data = renders.result(number, document.kind, fmt)
                    # encrypted one by one, as they are
                    sealed = encrypt_later(fmt, data, password) if how == "files" else None
                    rendered.append(_Rendered(document.kind, fmt, title, data, sealed))
                    done += 1
            drafted: pack_drafts.Drafted = None
            if how == "eml":
                assert sender is not None
                drafted = pack_drafts.draft(
                    reference,
                    [(r.kind, r.fmt, r.data) for r in rendered],
                    password,
                    pack_drafts.message(
                        sender, people[plan.person_id], case_reference, body, now, language
                    ),
                )
            prepared.append((number, plan, password, rendered, drafted))
        for number, plan, password, rendered, drafted in prepared:
            if progress.cancelled:
                raise Cancelled("pack cancelled")
            stem = f"{reference}_r{number:02d}"
            how = _how(mode, plan)
            if how == "files":
                for kind, fmt, title, data, sealed in rendered:
                    path = writer.write(f"{stem}_{kind.value}.{fmt}", _result(sealed))
                    items.append(_item(number, plan, kind, fmt, title, path, data))
            elif how == "eml":
                assert sender is not None
                eml = drafted.result() if drafted is not None else None
                if eml is None:  # no workers, or it failed there: made here, errors raised here
                    eml = pack_drafts.made_here(
                        reference,
                        [(r.kind, r.fmt, r.data) for r in rendered],
                        password,
                        pack_drafts.message(
                            sender, people[plan.person_id], case_reference, body, now, language
                        ),
                    )
                path = writer.write(f"{stem}.eml", eml)
                items += [_item(number, plan, k, f, t, path, d) for k, f, t, d, _ in rendered]
            elif how == "hand":
                pdfs = [r for r in rendered if r[1] == "pdf"]
                printable = merged_pdf([r.data for r in pdfs])
                path = writer.write(f"{stem}_hand.pdf", encrypt_pdf(printable, password))
                items += [_item(number, plan, k, f, t, path, d) for k, f, t, d, _ in pdfs]
                handed.append(
                    (
                        people[plan.person_id].name,
                        ", ".join(
                            _DOCUMENT_WORDS.get(k, DOCUMENT_KINDS[k].in_a_sentence)
                            for k, _, _, _, _ in pdfs
                        ),
                    )
                )
            else:
                pdfs = [r for r in rendered if r[1] == "pdf"]
                if len(pdfs) < len(rendered):
                    problems.append(f"recipient {number}: Word copies are not part of a post pack")
                printable = build_post_pdf(
                    recipient=people[plan.person_id],
                    person_id=plan.person_id,
                    reference_line=reference_line(reference, language),
                    date_line=date_line(now, language),
                    documents=[r.data for r in pdfs],
                    marking=address_marking(language) if language != "en" else "",
                )
                path = writer.write(f"{stem}_post.pdf", encrypt_pdf(printable, password))
                items += [_item(number, plan, k, f, t, path, d) for k, f, t, d, _ in pdfs]
            person = people[plan.person_id]
            passwords.append(
                password_line(
                    number=number,
                    name=person.name,
                    phone=person.phone,
                    how=how,
                    password=password,
                    language=language,
                )
            )
            given.append((plan.person_id, password))
        if handed:
            writer.write(
                f"{reference}_hand_delivery.pdf",
                hand_sheet_pdf(reference=reference, now=now, rows=handed, language=language),
            )
        password_path = None
        if passwords:
            password_path = writer.write(
                f"{reference}_passwords.txt",
                password_list(reference, now, passwords, language),
            )
        progress.report(total, total, "pack written")
    except BaseException:
        renders.cancel()  # not started yet: never started
        for _, _, _, rendered, drafted in prepared:
            for r in rendered:
                if r.sealed is not None:
                    r.sealed.cancel()
            if drafted is not None:
                drafted.cancel()
        writer.undo()
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return PackResult(
        files=tuple(writer.written),
        password_list_path=password_path,
        items=tuple(items),
        problems=tuple(problems),
        passwords=tuple(given),
    )


def _how(mode: str, plan: RecipientPlan) -> str:
    """What this recipient's files are: the mode's, or in mode ``own`` their channel's."""
    return _OWN.get(plan.channel, "none") if mode == "own" else mode


def _choose(
    plans: Sequence[RecipientPlan], mode: str, people: Mapping[int, Person]
) -> tuple[list[tuple[int, RecipientPlan]], list[str]]:
    chosen: list[tuple[int, RecipientPlan]] = []
    problems: list[str] = []
    for number, plan in enumerate(plans, start=1):
        person = people.get(plan.person_id)
        who = f"recipient {number} ({person.name if person else 'unknown'})"
        wanted = _MODE_CHANNEL.get(mode)
        how = _how(mode, plan)
        if plan.problems:
            problems += [f"{who} left out: {_words(problem)}" for problem in plan.problems]
        elif not plan.documents:
            problems.append(f"{who} left out: nothing to send")
        elif wanted is not None and plan.channel is not wanted:
            problems.append(f"{who} left out: reached by {plan.channel.value}, not by {mode}")
        elif person is None:
            problems.append(f"{who} left out: person unknown")
        elif how == "none":
            problems.append(f"{who} left out: no way to reach them")
        elif how == "eml" and not is_valid_email(person.email):
            problems.append(f"{who} left out: no valid email address")
        elif how == "post" and post_problems(person, person_id=plan.person_id):
            problems += [
                f"{who} left out: {_words(p)}"
                for p in post_problems(person, person_id=plan.person_id)
            ]
        else:
            chosen.append((number, plan))
    return chosen, problems


def _words(problem: str) -> str:
    """A recipient's problem without its identifier prefix ("person 18: no address")."""
    return problem.split(": ", 1)[-1]


class _Rendered(NamedTuple):
    kind: DocumentKind
    fmt: str
    title: str
    data: bytes
    sealed: Future[bytes] | None  # its encryption, for the modes that send files one by one


def _result(sealed: Future[bytes] | None) -> bytes:
    assert sealed is not None
    return sealed.result()


def _item(
    number: int,
    plan: RecipientPlan,
    kind: DocumentKind,
    fmt: str,
    title: str,
    path: Path,
    data: bytes,
) -> PackItem:
    return PackItem(
        recipient_number=number,
        person_id=plan.person_id,
        kind=kind,
        fmt=fmt,
        title=title,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        channel=plan.channel,
        size=len(data),
    )
