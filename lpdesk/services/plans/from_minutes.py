"""What approved minutes agree becomes the plan: one record, nothing typed twice.

``agreed_plan`` reads, from the minutes' answers, the updated plan (SMART actions: what, who, by
when, how measured; the contingency plan; when and how the child is seen alone and with the
family) and the review of the plan (each action's progress, status and, once completed, its
impact). ``apply_agreed_plan`` runs inside the approval's unit of work: it adds the new actions
(an action already on the plan with the same what, who and date is not added again, so approving
an amendment adds nothing twice), records the reviewed progress, sets the contingency and seeing
arrangements, makes an outline plan detailed, and saves the plan's next version with the members
present as those consulted, flagged so the LP's manager and the conference chair are told.
Approving again with nothing new for the plan saves no version.
``agreement_problems`` is what completeness reports before approval (an action's "who" that names
no member of the core group, a completed action without its impact).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from lpdesk.domain import (
    Action,
    ActionStatus,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Person,
    Plan,
    PlanStage,
    PlanVersion,
)
from lpdesk.forms.spec import FieldKind, FormSpec
from lpdesk.rules.calendar import fmt_date
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.plans.versions import add_version
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "AgreedAction",
    "AgreedPlan",
    "ReviewedAction",
    "agreed_plan",
    "agreement_problems",
    "apply_agreed_plan",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class AgreedAction:
    row: int  # 1-based, as the minute taker sees the table
    section: str
    what: str
    who: str
    by_when: date | None
    measure: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewedAction:
    row: int
    section: str
    action_id: int
    status: ActionStatus | None
    progress: str
    impact: str


@dataclass(frozen=True, kw_only=True, slots=True)
class AgreedPlan:
    actions: tuple[AgreedAction, ...] = ()
    reviewed: tuple[ReviewedAction, ...] = ()
    contingency: str = ""
    seen_alone: str = ""
    seen_with_family: str = ""

    @property
    def seen_arrangements(self) -> str:
        parts = [
            f"Seen alone: {self.seen_alone}" if self.seen_alone else "",
            f"Seen with the family: {self.seen_with_family}" if self.seen_with_family else "",
        ]
        return "\n".join(p for p in parts if p)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _status(value: object) -> ActionStatus | None:
    try:
        return ActionStatus(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _rows(values: dict[str, Any], key: str) -> list[dict[str, Any]]:
    rows = values.get(key)
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def agreed_plan(spec: FormSpec, answers: dict[str, Any]) -> AgreedPlan:
    """What the minutes on ``spec`` agree about the plan (empty when the form asks nothing)."""
    actions: list[AgreedAction] = []
    reviewed: list[ReviewedAction] = []
    texts: dict[str, str] = {}
    for section in spec.sections:
        values = answers.get(section.key)
        if not isinstance(values, dict):
            continue
        for f in section.fields:
            columns = {col.key for col in f.columns}
            if f.kind is FieldKind.TABLE and section.prefill == "plan_review":
                for i, row in enumerate(_rows(values, f.key), start=1):
                    raw = _text(row.get("action_id")) or str(row.get("action_id") or "")
                    if raw.isdigit():
                        reviewed.append(
                            ReviewedAction(
                                row=i,
                                section=section.key,
                                action_id=int(raw),
                                status=_status(row.get("status")),
                                progress=_text(row.get("progress")),
                                impact=_text(row.get("impact")),
                            )
                        )
            elif f.kind is FieldKind.TABLE and {"what", "who"} <= columns and not section.prefill:
                for i, row in enumerate(_rows(values, f.key), start=1):
                    if not _text(row.get("what")):
                        continue
                    actions.append(
                        AgreedAction(
                            row=i,
                            section=section.key,
                            what=_text(row.get("what")),
                            who=_text(row.get("who")),
                            by_when=_day(row.get("by_when")),
                            measure=_text(row.get("measured_by") or row.get("measure")),
                        )
                    )
            elif f.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT) and f.key in (
                "contingency",
                "seen_alone",
                "seen_with_family",
            ):
                texts[f.key] = _text(values.get(f.key))
    return AgreedPlan(
        actions=tuple(actions),
        reviewed=tuple(reviewed),
        contingency=texts.get("contingency", ""),
        seen_alone=texts.get("seen_alone", ""),
        seen_with_family=texts.get("seen_with_family", ""),
    )


def match_member(who: str, people: dict[int, Person]) -> int | None:
    """The core group member ``who`` names: their name as in the core group list (any case), or
    that name followed by " (their role)"."""
    wanted = who.split(" (")[0].strip().casefold()
    found = [pid for pid, p in people.items() if p.name.strip().casefold() == wanted]
    return found[0] if len(found) == 1 else None


def _members(uow: UnitOfWork, meeting: Meeting) -> dict[int, Person]:
    ids = c.member_person_ids(uow, meeting.case_id, meeting.scheduled_at.date())
    return {p.id: p for p in uow.repo(Person).find(id=sorted(ids)) if p.id is not None}


def agreement_problems(uow: UnitOfWork, spec: FormSpec, meeting: Meeting) -> list[tuple[str, str]]:
    """(field, message) for what approval could not carry into the plan."""
    agreed = agreed_plan(spec, meeting.answers)
    out: list[tuple[str, str]] = []
    if agreed.actions:
        members = _members(uow, meeting)
        for a in agreed.actions:
            if a.who and match_member(a.who, members) is None:
                names = sorted(p.name for p in members.values())
                wanted = a.who.split(" (")[0].strip().casefold()
                same = [n for n in names if n.strip().casefold() == wanted]
                message = (
                    f'action {a.row}: {len(same)} members of the core group are called "{a.who}";'
                    " the plan needs to know which one will do it"
                    if same
                    else f'action {a.row}: "{a.who}" is not a member of the core group; write the'
                    f" name of the member who will do it ({', '.join(names)})"
                )
                out.append((f"{a.section}.actions[{a.row}]", message))
    for r in agreed.reviewed:
        if r.status is ActionStatus.COMPLETED and not r.impact:
            out.append(
                (
                    f"{r.section}.actions[{r.row}]",
                    f"action {r.action_id} is completed: say what difference it made to the child",
                )
            )
    return out


def apply_agreed_plan(
    ctx: ServiceContext, uow: UnitOfWork, *, meeting: Meeting, spec: FormSpec
) -> PlanVersion | None:
    """The plan's next version from approved ``meeting``'s minutes (None: nothing agreed)."""
    if meeting.kind is not MeetingKind.CORE_GROUP:
        return None
    plan = c.current_plan(uow, meeting.case_id)
    agreed = agreed_plan(spec, meeting.answers)
    if plan is None or agreed == AgreedPlan():
        return None
    assert plan.id is not None
    held = meeting.held_on or meeting.scheduled_at.date()
    members = _members(uow, meeting)
    existing = uow.repo(Action).find(plan_id=plan.id)
    added = 0
    for a in agreed.actions:
        who = match_member(a.who, members)
        if any((e.what, e.who_person_id, e.by_when) == (a.what, who, a.by_when) for e in existing):
            continue
        stored = uow.repo(Action).add(
            Action(
                plan_id=plan.id,
                what=a.what,
                who_person_id=who,
                by_when=a.by_when,
                measure=a.measure,
            )
        )
        existing.append(stored)
        added += 1
        record(
            uow, ctx, "plan.action_add", "action", stored.id, f"plan={plan.id} meeting={meeting.id}"
        )
    on_plan = {e.id: e for e in existing}
    reviewed = 0
    for r in agreed.reviewed:
        action = on_plan.get(r.action_id)
        if action is None:
            continue
        status = r.status or action.status
        done = status is ActionStatus.COMPLETED
        changed = replace(
            action,
            status=status,
            progress=r.progress or action.progress,
            impact=r.impact or action.impact,
            completed_on=(action.completed_on or held) if done else None,
        )
        if changed != action:
            reviewed += 1
            uow.repo(Action).update(changed)
            record(uow, ctx, "plan.action_progress", "action", action.id, f"status={status.value}")
    updated = plan
    if agreed.contingency:
        updated = replace(updated, contingency=agreed.contingency)
    if agreed.seen_arrangements:
        updated = replace(updated, seen_arrangements=agreed.seen_arrangements)
    if updated.stage is PlanStage.OUTLINE and agreed.actions:
        updated = replace(updated, stage=PlanStage.DETAILED)
        record(uow, ctx, "plan.detailed", "plan", plan.id, f"meeting={meeting.id}")
    if updated != plan:
        updated = uow.repo(Plan).update(updated)
        record(uow, ctx, "plan.from_minutes", "plan", plan.id, f"meeting={meeting.id}")
    if not added and not reviewed and updated == plan:
        return None  # nothing new agreed (an amendment approved again): no new version
    present = sorted(
        a.person_id
        for a in uow.repo(Attendance).find(meeting_id=meeting.id)
        if a.status is AttendanceStatus.PRESENT and a.person_id in members
    )
    summary = (
        f"Agreed at core group meeting {meeting.number} on {fmt_date(held)}"
        f" (minutes approved): {added} new action{'s' if added != 1 else ''}"
        + (", contingency plan" if agreed.contingency else "")
        + (", when the child is seen" if agreed.seen_arrangements else "")
        + (f", progress on {reviewed} action{'s' if reviewed != 1 else ''}" if reviewed else "")
        + "."
    )
    return add_version(uow, ctx, plan=updated, summary=summary, consulted_person_ids=tuple(present))
