"""Assemblers for the documents of a case rather than a meeting: the plan (child protection,
GIRFEC or early help, by the plan's kind), a child's own plan, the notice of a plan change, the
record of a visit and the report to a review conference."""

from __future__ import annotations

import dataclasses
from datetime import date

from lpdesk.circulation.redaction import Redaction
from lpdesk.documents.builders import (
    build_child_plan,
    build_family_guide,
    build_plan,
    build_plan_change_notice,
    build_review_report,
    build_visit_record,
)
from lpdesk.documents.context import ReviewReportContext
from lpdesk.documents.tree import Document
from lpdesk.domain import (
    Action,
    Child,
    Conference,
    ConferenceKind,
    InvalidInput,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Outcome,
    Plan,
    PlanVersion,
    Visit,
)
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require_case
from lpdesk.services.photos import photo_of
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.rendering._case import Assembled, load_case
from lpdesk.services.rendering._sources import Inputs

__all__ = [
    "assemble_child_plan",
    "assemble_family_guide",
    "assemble_plan",
    "assemble_plan_change_notice",
    "assemble_review_report",
    "assemble_visit_record",
]

_APPROVED = (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)


def _core_groups(uow: UnitOfWork, case_id: int) -> list[Meeting]:
    found = [
        m
        for m in uow.repo(Meeting).find(case_id=case_id, kind=MeetingKind.CORE_GROUP)
        if m.status is not MeetingStatus.CANCELLED
    ]
    return sorted(found, key=lambda m: (m.scheduled_at, m.id or 0))


def next_core_group_on(meetings: list[Meeting], today: date) -> date | None:
    """The next core group a child can be told of: the next one convened; with none convened, the
    date the last approved minutes agreed. Never a date a draft merely proposes."""
    convened = [
        m.scheduled_at.date()
        for m in meetings
        if m.status is MeetingStatus.CONVENED and m.scheduled_at.date() >= today
    ]
    if convened:
        return min(convened)
    agreed = [
        m.next_meeting_on
        for m in meetings
        if m.status in (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)
        and m.next_meeting_on is not None
        and m.next_meeting_on >= today
    ]
    return agreed[-1] if agreed else None


def _text(answers: dict[str, object], section: str) -> str:
    values = answers.get(section)
    if not isinstance(values, dict):
        return ""
    return "\n\n".join(v.strip() for v in values.values() if isinstance(v, str) and v.strip())


_NOT_THE_CHILDS_WORDS = ("presentation", "lived_experience")  # the adults' observations


def child_wishes(meetings: list[Meeting]) -> str:
    """What the child said in the child's voice section of the latest approved minutes (their
    wishes, feelings and views; not the adults' account of their presentation)."""
    approved = [m for m in meetings if m.status in _APPROVED]
    for meeting in reversed(approved):
        voice = meeting.answers.get("voice")
        if not isinstance(voice, dict):
            continue
        said = [
            v.strip()
            for k, v in voice.items()
            if k not in _NOT_THE_CHILDS_WORDS and isinstance(v, str) and v.strip()
        ]
        if said:
            return "\n\n".join(said)
    return ""


def assemble_plan(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    """``record_id`` is the case id; the current plan's kind chooses the layout."""
    require_case(ctx, uow, Permission.READ_CASE, record_id)
    data = load_case(uow, record_id)
    if data.plan is None:
        raise InvalidInput.one("record_id", f"case {record_id} has no current plan")
    versions = uow.repo(PlanVersion).find(plan_id=data.plan.id)
    latest = max((v.number for v in versions), default=None)
    meetings = _core_groups(uow, record_id)
    approved = [m for m in meetings if m.status in _APPROVED]
    answers = approved[-1].answers if approved else {}
    reviews = [
        c.scheduled_for
        for c in uow.repo(Conference).find(case_id=record_id)
        if c.kind is ConferenceKind.REVIEW and c.held_on is None and c.scheduled_for
    ]
    next_review = min(reviews) if reviews else None
    if next_review is None and meetings:
        next_review = meetings[-1].review_conference_on

    def build(redaction: Redaction | None) -> Document:
        return build_plan(
            data.context(inputs, redaction),
            version=latest,
            review_on=next_review,
            child_views=_text(answers, "voice"),
            parents_views=_text(answers, "parents_views"),
        )

    return Assembled(data=data, record_id=record_id, build=build)


def assemble_child_plan(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    """``record_id`` is the child id."""
    found = uow.repo(Child).find(id=record_id)
    if not found:
        raise InvalidInput.one("record_id", f"no child {record_id}")
    case_id = found[0].case_id
    require_case(ctx, uow, Permission.READ_CASE, case_id)
    data = load_case(uow, case_id)
    meetings = _core_groups(uow, case_id)
    next_on = next_core_group_on(meetings, inputs.today)
    wishes = child_wishes(meetings)
    photo = photo_of(uow, data.lead_id)
    return Assembled(
        data=data,
        record_id=record_id,
        build=lambda redaction: build_child_plan(
            data.context(inputs, redaction),
            record_id,
            next_meeting_on=next_on,
            wishes=wishes,
            lp_photo=photo,
        ),
    )


def assemble_family_guide(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    """``record_id`` is the case id: the guide for its family, naming its lead professional."""
    require_case(ctx, uow, Permission.READ_CASE, record_id)
    data = load_case(uow, record_id)
    next_on = next_core_group_on(_core_groups(uow, record_id), inputs.today)
    return Assembled(
        data=data,
        record_id=record_id,
        build=lambda redaction: build_family_guide(
            data.context(inputs, redaction), next_meeting_on=next_on
        ),
    )


def assemble_plan_change_notice(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    """``record_id`` is the plan version id; the notice shows the plan that version belongs to."""
    found = uow.repo(PlanVersion).find(id=record_id)
    if not found:
        raise InvalidInput.one("record_id", f"no plan version {record_id}")
    version = found[0]
    plan = uow.repo(Plan).get(version.plan_id)
    require_case(ctx, uow, Permission.READ_CASE, plan.case_id)
    data = load_case(uow, plan.case_id, extra_person_ids=version.consulted_person_ids, plan=False)
    data = dataclasses.replace(
        data,
        plan=plan,
        outcomes=tuple(uow.repo(Outcome).find(plan_id=plan.id)),
        actions=tuple(uow.repo(Action).find(plan_id=plan.id)),
    )
    who = {a.who_person_id for a in data.actions if a.who_person_id is not None} - set(data.people)
    if who:  # owners of actions who are no longer members: one more look-up, by id list
        from lpdesk.domain import Person

        data.people.update({p.id: p for p in uow.repo(Person).find(id=sorted(who)) if p.id})
    return Assembled(
        data=data,
        record_id=record_id,
        build=lambda redaction: build_plan_change_notice(data.context(inputs, redaction), version),
    )


def assemble_visit_record(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    found = uow.repo(Visit).find(id=record_id)
    if not found:
        raise InvalidInput.one("record_id", f"no visit {record_id}")
    visit = found[0]
    require_case(ctx, uow, Permission.READ_CASE, visit.case_id)
    data = load_case(uow, visit.case_id, extra_person_ids=[visit.visitor_person_id])
    return Assembled(
        data=data,
        record_id=record_id,
        build=lambda redaction: build_visit_record(data.context(inputs, redaction), visit),
    )


def assemble_review_report(
    ctx: ServiceContext, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    """``record_id`` is the review report id; the content is ``review_conference.report_assembly``
    (a use case with its own unit of work), the case's people from one more."""
    from lpdesk.services.review_conference import report_assembly

    assembly = report_assembly(ctx, report_id=record_id, profiles=inputs.sources.provider())
    report = assembly.report
    extra = [v.visitor_person_id for v in assembly.visits]
    extra += [p.person_id for d in assembly.disagreements for p in d.positions]
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_CASE, report.case_id)
        conference = uow.repo(Conference).get(report.conference_id)
        meetings = _core_groups(uow, report.case_id)
        data = load_case(uow, report.case_id, extra_person_ids=extra)
    start = assembly.since or data.case.opened_on
    end = assembly.conference_on or inputs.today
    held = tuple(m for m in meetings if m.held_on and start <= m.held_on <= end)
    findings = tuple(gap for c in assembly.visit_compliance for gap in c.gaps)
    voice = "\n\n".join(text for _, text in assembly.child_voice)

    def build(redaction: Redaction | None) -> Document:
        return build_review_report(
            ReviewReportContext(
                base=data.context(inputs, redaction),
                report=report,
                conference=conference,
                period_start=start,
                visits=assembly.visits,
                compliance_findings=findings,
                child_voice=voice,
                parents_views=assembly.parents_views,
                disagreements=assembly.disagreements,
                meetings_held=held,
            )
        )

    return Assembled(data=data, record_id=record_id, build=build)
