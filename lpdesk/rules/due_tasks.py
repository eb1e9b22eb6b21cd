"""Due items about the children and the people around them: visits, seen alone, bedroom seen,
escalation when a child is not seen, open escalation steps, cover for the LP's absence, open
actions and assessments. Part of the due engine (``lpdesk.rules.due``).

A computed escalation (child not seen for the profile's weeks) appears only once it is due soon or
overdue: until then the VISIT item already says when the child must be seen. An open escalation
step is due the day it was opened: escalation does not wait.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lpdesk.domain.enums import DueKind, EscalationTrigger
from lpdesk.domain.facts import CaseFacts, ChildFacts
from lpdesk.domain.outputs import DueItem
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.children import is_unborn

if TYPE_CHECKING:
    from lpdesk.rules.due import CaseRules

__all__ = ["add_child_and_task_items"]

_TRIGGER_WORDS = {
    EscalationTrigger.CONTACT_REFUSED: "contact was refused or avoided",
    EscalationTrigger.NOT_SEEN_BY_LP: "the child was not seen by the LP",
    EscalationTrigger.NOT_SEEN_BY_ANY_AGENCY: "the child was not seen by any agency",
}


def add_child_and_task_items(
    rules: CaseRules, case: CaseFacts, review: date | None, out: list[DueItem]
) -> None:
    """Adds the children's and the tasks' items (none beyond ``rules``' horizon) to ``out``."""
    off = rules.off
    open_triggers = (
        {(e.child_id, e.trigger) for e in case.open_escalations} if case.open_escalations else set()
    )
    for child in case.children:
        if is_unborn(child.date_of_birth, child.expected_birth_date):
            continue  # not yet born: the visit rules start at birth (and the siblings' go on)
        start, start_text = _start(rules, case, child)
        if DueKind.VISIT not in off:
            _visit(rules, case, child, start, start_text, out)
        if DueKind.VISIT_ALONE not in off:
            _seen_alone(rules, case, child, start, start_text, out)
        if review is not None and DueKind.BEDROOM_SEEN not in off:
            _bedroom(rules, case, child, review, out)
        if DueKind.ESCALATION not in off:
            _not_seen(rules, case, child, start, start_text, open_triggers, out)
    if DueKind.ESCALATION not in off:
        labels = {c.child_id: c.label for c in case.children}
        for step in case.open_escalations:
            whom = (
                labels.get(step.child_id, "the case") if step.child_id is not None else "the case"
            )
            reason = (
                f"escalation for {whom}: {step.step.value.replace('_', ' ')} due at once, since "
                f"{fmt_date(step.opened_on)} when {_TRIGGER_WORDS[step.trigger]}"
            )
            if rules.beyond(step.opened_on):
                continue
            about = next((c for c in case.children if c.child_id == step.child_id), None)
            out.append(rules.item(case, DueKind.ESCALATION, step.opened_on, reason, about))
    if case.lp_absence is not None and DueKind.LP_COVER not in off:
        _cover(rules, case, out)
    # Actions and assessments due the same day are one item ("2 plan actions due by ..."): the
    # list shows no record numbers (the plan's tab lists each action), so two rows would read the
    # same and a screen reader could not tell them apart; nor could the list's order.
    if DueKind.ACTION not in off:
        # in any order: one beyond the horizon hides no other
        days = Counter(a.by_when for a in case.open_actions if not rules.beyond(a.by_when))
        for day, n in sorted(days.items()):
            what = "a plan action" if n == 1 else f"{n} plan actions"
            reason = f"{what} due by {fmt_date(day)}, as the plan says"
            out.append(rules.item(case, DueKind.ACTION, day, reason))
    if DueKind.ASSESSMENT not in off:
        kinds = Counter(
            (a.due_on, a.title_kind) for a in case.open_assessments if not rules.beyond(a.due_on)
        )
        for (day, kind), n in sorted(kinds.items()):
            what = f"{kind} assessment" if n == 1 else f"{n} {kind} assessments"
            out.append(rules.item(case, DueKind.ASSESSMENT, day, f"{what} due by {fmt_date(day)}"))


def _start(rules: CaseRules, case: CaseFacts, child: ChildFacts) -> tuple[date | None, str]:
    """Where the clock starts for a child never seen: the initial conference, or the birth if
    later; without a conference, the plan's first meeting."""
    icpc = case.initial_conference_on
    if icpc is None:  # no conference (early help, GIRFEC): the plan starts at its first meeting
        first = case.first_core_group_held_on
        return (first, f"the first plan meeting on {fmt_date(first)}") if first else (None, "")
    born = child.date_of_birth
    if born is not None and born > icpc:
        return born, f"the birth on {fmt_date(born)}"
    return icpc, f"the {rules.conference_name(case)} on {fmt_date(icpc)}"


def _visit(
    rules: CaseRules,
    case: CaseFacts,
    child: ChildFacts,
    start: date | None,
    start_text: str,
    out: list[DueItem],
) -> None:
    n = rules.profile.visit_seen_working_days
    last = child.last_seen_by_lp
    if last is not None:
        due, days_off = rules.after(last, n)
        since = f"the last visit on {fmt_date(last)}"
    elif start is not None:
        due, days_off = rules.after(start, n)
        since = f"{start_text}; not yet seen by the LP"
    else:
        return
    if rules.beyond(due):
        return
    reason = f"{child.label} to be seen by the LP by {fmt_date(due)}: {n} working days after {since}{days_off}"
    out.append(rules.item(case, DueKind.VISIT, due, reason, child))


def _seen_alone(
    rules: CaseRules,
    case: CaseFacts,
    child: ChildFacts,
    start: date | None,
    start_text: str,
    out: list[DueItem],
) -> None:
    weeks = rules.profile.visit_alone_weeks
    last = child.last_seen_alone
    if last is not None:
        base, since = last, f"last seen alone on {fmt_date(last)}"
    elif start is not None:
        base, since = start, f"{start_text}; not yet seen alone"
    else:
        return
    due, not_working = rules.on_working_day(base + timedelta(weeks=weeks))
    if rules.beyond(due):
        return
    reason = (  # a reason recorded for not seeing the child alone explains a gap, not closes it
        f"{child.label} to be seen alone by {fmt_date(due)}: {weeks} weeks after {since}"
        f"{not_working}"
    )
    out.append(rules.item(case, DueKind.VISIT_ALONE, due, reason, child))


def _bedroom(
    rules: CaseRules,
    case: CaseFacts,
    child: ChildFacts,
    review: date,
    out: list[DueItem],
) -> None:
    if not rules.profile.bedroom_once_per_conference_cycle or rules.beyond(review):
        return
    conference = case.last_review_conference_on or case.initial_conference_on
    if conference is None:
        return
    seen = child.last_bedroom_seen
    if seen is not None and seen >= conference:
        return
    reason = (
        f"{child.label}'s bedroom to be seen before {rules.review_text(case, review)}: not seen since the conference "
        f"on {fmt_date(conference)}"
    )
    out.append(rules.item(case, DueKind.BEDROOM_SEEN, review, reason, child))


def _not_seen(
    rules: CaseRules,
    case: CaseFacts,
    child: ChildFacts,
    start: date | None,
    start_text: str,
    open_triggers: set[tuple[int | None, EscalationTrigger]],
    out: list[DueItem],
) -> None:
    p = rules.profile
    by_lp = child.last_seen_by_lp
    by_any = child.last_seen_by_any
    if by_any is None or (by_lp is not None and by_lp > by_any):
        by_any = by_lp  # a visit by the LP is a visit by an agency
    for trigger, last, weeks, by_whom in (
        (EscalationTrigger.NOT_SEEN_BY_LP, by_lp, p.escalate_not_seen_by_lp_weeks, "the LP"),
        (
            EscalationTrigger.NOT_SEEN_BY_ANY_AGENCY,
            by_any,
            p.escalate_not_seen_by_any_weeks,
            "any agency",
        ),
    ):
        base = last if last is not None else start
        if base is None:
            continue
        due, not_working = rules.on_working_day(base + timedelta(weeks=weeks))
        if due > rules.soon or (child.child_id, trigger) in open_triggers:
            continue  # not yet due soon, or this trigger's open step is listed instead
        since = f"the last visit on {fmt_date(base)}" if last is not None else start_text
        reason = (
            f"escalate to the LP's manager by {fmt_date(due)} if {child.label} is still not seen "
            f"by {by_whom}: {weeks} weeks after {since}{not_working}"
        )
        out.append(rules.item(case, DueKind.ESCALATION, due, reason, child))


def _cover(rules: CaseRules, case: CaseFacts, out: list[DueItem]) -> None:
    absence = case.lp_absence
    assert absence is not None
    weeks = rules.profile.lp_absence_cover_weeks
    limit = timedelta(weeks=weeks)
    if absence.ends_on is not None and (
        absence.ends_on - absence.starts_on <= limit or absence.ends_on < rules.as_of
    ):
        return  # not longer than the limit, or over
    if absence.cover_recorded or (absence.cover_cannot_be_met and absence.senior_manager_notified):
        return
    due, not_working = rules.on_working_day(absence.starts_on + limit)
    if rules.beyond(due):
        return
    until = f"until {fmt_date(absence.ends_on)}" if absence.ends_on else "with no end date"
    if absence.cover_cannot_be_met:
        need = "cover cannot be met: the LP's manager must tell their own manager"
    else:
        need = "the LP's manager must record cover, or that it cannot be met and tell their own manager"
    reason = (
        f"{need} by {fmt_date(due)}: the LP is absent from {fmt_date(absence.starts_on)} {until}, "
        f"more than {weeks} weeks{not_working}"
    )
    out.append(rules.item(case, DueKind.LP_COVER, due, reason, for_lp_manager=True))
