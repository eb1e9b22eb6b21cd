"""Writing the minutes: draft saves, edits after approval, accuracy comments.

A draft save is one small transaction: the meeting row is updated only if its revision is still the
one the writer read (``expected_revision``), so two people editing the same minutes never overwrite
each other silently: the second save raises ``Conflict`` carrying both versions. Drafts are checked
for types only (``final=False``); a problem is returned with the saved draft, never a reason to lose
typing. Saving over approved minutes withdraws the approval and records each changed field as an
``Amendment``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from lpdesk.domain import (
    Amendment,
    AmendmentKind,
    FieldProblem,
    InvalidInput,
    Meeting,
    MeetingStatus,
    RuleViolation,
)
from lpdesk.forms.spec import FieldKind, FormSpec
from lpdesk.forms.validate import normalise_answers as normalise_form_answers
from lpdesk.forms.validate import validate_answers
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.language import TextFinding, check_answers
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.profiles import ProfileProvider

__all__ = [
    "SavedDraft",
    "amendments",
    "flatten_answers",
    "record_accuracy_comment",
    "save_draft",
]

MAX_ANSWERS_BYTES = 2_000_000


@dataclass(frozen=True, kw_only=True, slots=True)
class SavedDraft:
    revision: int
    saved_at: datetime
    problems: tuple[FieldProblem, ...]  # type problems (non-final validation): warnings
    language_findings: tuple[TextFinding, ...]
    approval_withdrawn: bool = False


def save_draft(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    answers: dict[str, Any],
    expected_revision: int,
    profiles: ProfileProvider | None = None,
) -> SavedDraft:
    require(ctx, Permission.EDIT_NARRATIVE)
    normalised = normalise_answers(answers)
    provider = c.provider(profiles)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        meeting = c.meeting_for(ctx, uow, meeting_id, Permission.EDIT_NARRATIVE)
        if meeting.status is MeetingStatus.CANCELLED:
            raise RuleViolation(f"meeting {meeting_id} was cancelled: it has no minutes")
        c.check_revision(meeting, expected_revision, mine=normalised)
        case = c.get_case(uow, meeting.case_id, field="meeting_id")
        profile = provider.profile(case.profile_id)
        spec = provider.form(meeting.form_id, meeting.form_version)
        _check_sections(spec, normalised)
        normalised = normalise_form_answers(spec, normalised)
        members = c.member_person_ids(uow, meeting.case_id, meeting.scheduled_at.date())
        problems = _validate(spec, normalised, profile.flags, members, final=False)
        next_on, review_on = dates_from_answers(spec, normalised)
        withdrawn = meeting.status in c.APPROVED_STATES
        changed = replace(
            meeting,
            answers=normalised,
            draft_saved_at=now,
            next_meeting_on=next_on if next_on is not None else meeting.next_meeting_on,
            review_conference_on=review_on
            if review_on is not None
            else meeting.review_conference_on,
        )
        if withdrawn:
            changed = replace(
                changed,
                status=MeetingStatus.HELD,
                approved_hash="",
                approved_by="",
                approved_at=None,
            )
            _record_edits(uow, ctx, meeting, normalised, now)
        saved = uow.repo(Meeting).update(changed)
        record(
            uow,
            ctx,
            "meeting.approval_withdrawn" if withdrawn else "meeting.draft_save",
            "meeting",
            meeting_id,
            f"revision={saved.revision}",
        )
    return SavedDraft(
        revision=saved.revision,
        saved_at=now,
        problems=tuple(problems),
        language_findings=check_answers(spec, normalised, profile.non_specific_labels),
        approval_withdrawn=withdrawn,
    )


def normalise_answers(answers: object) -> dict[str, Any]:
    """A plain JSON copy with line endings made "\\n"; refuses anything that is not
    ``{section: {field: value}}`` of JSON values."""
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and isinstance(v, dict) for k, v in answers.items()
    ):
        raise InvalidInput.one("answers", "must map each section key to its fields")
    try:
        text = json.dumps(answers, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise InvalidInput.one("answers", f"not plain data: {error}") from None
    if len(text.encode()) > MAX_ANSWERS_BYTES:
        raise InvalidInput.one("answers", "the minutes are too large to save")
    loaded: dict[str, Any] = json.loads(text.replace("\\r\\n", "\\n"))
    return loaded


def _check_sections(spec: FormSpec, answers: dict[str, Any]) -> None:
    known = {s.key for s in spec.sections}
    unknown = [k for k in answers if k not in known]
    if unknown:
        raise InvalidInput(
            [FieldProblem(f"answers.{k}", f"no section {k} on form {spec.id}") for k in unknown]
        )


def _validate(
    spec: FormSpec,
    answers: dict[str, Any],
    flags: frozenset[str],
    members: set[int],
    *,
    final: bool,
) -> list[FieldProblem]:
    return list(
        validate_answers(spec, answers, flags=flags, member_ids=frozenset(members), final=final)
    )


def dates_from_answers(spec: FormSpec, answers: dict[str, Any]) -> tuple[date | None, date | None]:
    """The next core group date and the review conference date from the "next_dates" section."""
    next_on: date | None = None
    review_on: date | None = None
    for section in spec.sections:
        if section.prefill != "next_dates":
            continue
        values = answers.get(section.key, {})
        for fs in section.fields:
            if fs.kind is not FieldKind.DATE:
                continue
            day = _parse_date(values.get(fs.key))
            if day is None:
                continue
            if "review" in fs.key or "conference" in fs.key:
                review_on = review_on or day
            else:
                next_on = next_on or day
    return next_on, review_on


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def flatten_answers(answers: dict[str, Any]) -> dict[str, str]:
    """``{"section.field": text}``: strings as written, anything else as canonical JSON."""
    flat: dict[str, str] = {}
    for section, values in answers.items():
        for key, value in values.items():
            flat[f"{section}.{key}"] = (
                value
                if isinstance(value, str)
                else json.dumps(value, sort_keys=True, ensure_ascii=False)
            )
    return flat


def _record_edits(
    uow: Any, ctx: ServiceContext, meeting: Meeting, answers: dict[str, Any], at: datetime
) -> None:
    before, after = flatten_answers(meeting.answers), flatten_answers(answers)
    assert meeting.id is not None
    rows = [
        Amendment(
            meeting_id=meeting.id,
            kind=AmendmentKind.EDIT_AFTER_APPROVAL,
            at=at,
            by=ctx.actor.username,
            field_path=path,
            before=before.get(path, ""),
            after=after.get(path, ""),
        )
        for path in sorted(before.keys() | after.keys())
        if before.get(path, "") != after.get(path, "")
    ]
    if rows:
        uow.repo(Amendment).add_all(rows)


def record_accuracy_comment(
    ctx: ServiceContext, *, meeting_id: int, comment: str, field_path: str = ""
) -> Amendment:
    """A recipient's comment on the accuracy of the minutes, kept with the record."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(problems, "comment", comment, required=True, multiline=True, max_length=5000)
    check_text(problems, "field_path", field_path, max_length=200)
    with ctx.uow() as uow:
        meeting = c.meeting_for(ctx, uow, meeting_id, Permission.EDIT_NARRATIVE)
        if meeting.status not in c.HELD_STATES:
            problems.append(FieldProblem("meeting_id", "the meeting has no minutes yet"))
        c.raise_problems(problems)
        amendment = uow.repo(Amendment).add(
            Amendment(
                meeting_id=meeting_id,
                kind=AmendmentKind.ACCURACY_COMMENT,
                at=ctx.clock.now(),
                by=ctx.actor.username,
                field_path=field_path.strip(),
                comment=comment.strip(),
            )
        )
        record(
            uow, ctx, "meeting.accuracy_comment", "amendment", amendment.id, f"meeting={meeting_id}"
        )
    return amendment


def amendments(ctx: ServiceContext, meeting_id: int) -> list[Amendment]:
    """Edits after approval and accuracy comments, oldest first."""
    with ctx.uow() as uow:
        c.meeting_for(ctx, uow, meeting_id, Permission.READ_CASE)
        return sorted(
            uow.repo(Amendment).find(meeting_id=meeting_id), key=lambda a: (a.at, a.id or 0)
        )
