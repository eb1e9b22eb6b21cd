"""``CaseFacts`` for a whole caseload in a fixed number of aggregate queries.

Every query starts from one CTE, ``scope``: the cases open on ``as_of`` (``closed_on`` null or
later), optionally limited to ``case_ids`` and to the cases whose current lead professional is
``lp_person_id``, each with that current LP (the assignment with no ``ended_on``, latest
``started_on``). Then one query per kind of fact (GROUP BY, or for the children's visits a lookup
on the visit index per child): nine queries whatever the number of cases or children, and no case
or child id is ever sent as a parameter list.

On PostgreSQL JIT compilation is switched off for these queries only, and for a whole caseload
(no ``lp_person_id`` or ``case_ids``) nested-loop joins too (``set_config(..., true)``, restored
afterwards: two more statements). One LP's few cases are best found by nested loops over the
indexes; a whole caseload reads every case, where
hash joins are right; and on tables without statistics yet (just after a bulk import, before
autovacuum has analysed them) the planner otherwise picks nested loops over the scope and takes
half a minute for 10,000 cases instead of about a second.

Over 400 lines on purpose: every query and its assembly in one module, so the fixed query count
can be checked by reading it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import CTE, Connection, and_, case, func, or_, select

from lpdesk.domain import (
    AbsenceFacts,
    ActionStatus,
    CaseFacts,
    ChildFacts,
    ConferenceKind,
    EscalationStepKind,
    EscalationTrigger,
    MeetingKind,
    MeetingStatus,
    OpenAction,
    OpenAssessment,
    OpenEscalation,
    PlanKind,
    PlanStage,
    UncirculatedMeeting,
    VisitOutcome,
)
from lpdesk.store import tables as t

__all__ = ["case_facts"]

INITIAL_KINDS = (ConferenceKind.INITIAL.value, ConferenceKind.PRE_BIRTH.value)
REVIEW = ConferenceKind.REVIEW.value
CORE_GROUP = MeetingKind.CORE_GROUP.value
OPEN_ACTION = (ActionStatus.NOT_STARTED.value, ActionStatus.IN_PROGRESS.value)
UNCIRCULATED = (MeetingStatus.HELD.value, MeetingStatus.APPROVED.value)

# Aliases built once: building one proxies every column of its table, which cost more than
# running the queries when one case's facts are recomputed on each change (lpdesk.store.due_facts).
_LATER = t.lead_assignment.alias("later")
_RV = t.conference.alias("rv")
_NX = t.conference.alias("nx")
_VISITS = {label: t.visit.alias(f"v_{label}") for label in ("by_lp", "by_any", "alone", "bedroom")}


def case_facts(
    conn: Connection,
    as_of: date | None,
    *,
    case_ids: Sequence[int] | None = None,
    lp_person_id: int | None = None,
) -> list[CaseFacts]:
    if conn.dialect.name != "postgresql":
        return _case_facts(conn, as_of, case_ids, lp_person_id)
    settings = dict(_PG_SETTINGS)
    if lp_person_id is None and case_ids is None:
        settings["enable_nestloop"] = "off"  # a whole caseload: hash joins
    names = list(settings)
    previous = conn.execute(
        select(
            *(func.current_setting(n) for n in names),
            *(func.set_config(n, v, True) for n, v in settings.items()),
        )
    ).one()
    facts = _case_facts(conn, as_of, case_ids, lp_person_id)  # on error the rollback restores it
    conn.execute(select(*(func.set_config(n, previous[i], True) for i, n in enumerate(names))))
    return facts


# JIT compiling these queries costs more than running them (~0.4 s per query at 20,000 children).
_PG_SETTINGS = {"jit": "off"}


def _case_facts(
    conn: Connection, as_of: date | None, case_ids: Sequence[int] | None, lp_person_id: int | None
) -> list[CaseFacts]:
    """With ``as_of`` None: every case, closed or not, every visit, and no absence (the facts that
    do not depend on the day, as ``lpdesk.store.due_facts`` keeps them)."""
    scope = _scope(as_of, case_ids, lp_person_id)
    base = {r.id: r for r in conn.execute(_cases_query(scope))}
    if not base:
        return []
    conf, last_review = _conference_ctes(scope)
    conferences = {r.case_id: r for r in conn.execute(_conference_query(conf, last_review))}
    core_groups = {r.case_id: r for r in conn.execute(_core_group_query(scope, conf, last_review))}
    lists = _open_items(conn, scope)
    absences = _absences(conn, scope, as_of) if as_of is not None else {}
    children = _children(conn, scope, as_of)
    return [
        _assemble(
            row,
            conferences.get(case_id),
            core_groups.get(case_id),
            {name: items.get(case_id, ()) for name, items in lists.items()},
            absences.get(case_id),
            children.get(case_id, ()),
        )
        for case_id, row in base.items()
    ]


# ------------------------------------------------------------------ queries


def _in_scope(column: Any, scope: CTE) -> Any:
    return column.in_(select(scope.c.case_id))


def _scope(as_of: date | None, case_ids: Sequence[int] | None, lp_person_id: int | None) -> CTE:
    """The open cases with their current LP: the open assignment with no open assignment started
    later (or on the same day with a higher id). Written as NOT EXISTS rather than a window over
    every assignment, so one LP's scope is found through the person_id index alone."""
    la, c = t.lead_assignment, t.case
    later = _LATER
    newer = (
        select(later.c.id)
        .where(later.c.case_id == la.c.case_id, later.c.ended_on.is_(None))
        .where(
            or_(
                later.c.started_on > la.c.started_on,
                and_(later.c.started_on == la.c.started_on, later.c.id > la.c.id),
            )
        )
        .exists()
    )
    current = and_(la.c.case_id == c.c.id, la.c.ended_on.is_(None), ~newer)
    if lp_person_id is not None:  # inner join: the planner may start from the LP's assignments
        joined = c.join(la, and_(current, la.c.person_id == lp_person_id))
    else:
        joined = c.outerjoin(la, current)
    stmt = select(c.c.id.label("case_id"), la.c.person_id.label("lp_person_id")).select_from(joined)
    if as_of is not None:
        stmt = stmt.where(or_(c.c.closed_on.is_(None), c.c.closed_on > as_of))
    if case_ids is not None:
        stmt = stmt.where(c.c.id.in_(list(case_ids)))
    return stmt.cte("scope")


def _cases_query(scope: CTE) -> Any:
    c, p, pl = t.case, t.person, t.plan
    ended_last = case((pl.c.ended_on.is_(None), 0), else_=1)
    plans = (
        select(
            pl.c.case_id,
            pl.c.kind,
            pl.c.stage,
            func.row_number()
            .over(
                partition_by=pl.c.case_id,
                order_by=(ended_last, pl.c.started_on.desc(), pl.c.id.desc()),
            )
            .label("rank"),
        )
        .where(_in_scope(pl.c.case_id, scope))
        .subquery("latest_plan")
    )
    return (
        select(
            c.c.id,
            c.c.reference,
            c.c.profile_id,
            c.c.team,
            scope.c.lp_person_id,
            p.c.manager_id,
            plans.c.kind.label("plan_kind"),
            plans.c.stage.label("plan_stage"),
        )
        .select_from(
            scope.join(c, c.c.id == scope.c.case_id)
            .outerjoin(p, p.c.id == scope.c.lp_person_id)
            .outerjoin(plans, and_(plans.c.case_id == c.c.id, plans.c.rank == 1))
        )
        .order_by(c.c.id)
    )


def _conference_ctes(scope: CTE) -> tuple[CTE, CTE]:
    cf = t.conference
    conf = (
        select(
            cf.c.case_id,
            func.max(case((cf.c.kind.in_(INITIAL_KINDS), cf.c.held_on))).label("icpc"),
            func.max(case((cf.c.kind == ConferenceKind.PRE_BIRTH.value, cf.c.held_on))).label(
                "pre_birth_on"
            ),
            func.min(
                case((and_(cf.c.kind == REVIEW, cf.c.held_on.is_(None)), cf.c.scheduled_for))
            ).label("next_review"),
        )
        .where(_in_scope(cf.c.case_id, scope))
        .group_by(cf.c.case_id)
        .cte("conf")
    )
    rv = _RV
    last_review = (
        select(conf.c.case_id, func.max(rv.c.held_on).label("last_review"))
        .select_from(
            conf.join(
                rv,
                and_(
                    rv.c.case_id == conf.c.case_id,
                    rv.c.kind == REVIEW,
                    rv.c.held_on.is_not(None),
                    or_(conf.c.icpc.is_(None), rv.c.held_on >= conf.c.icpc),
                ),
            )
        )
        .group_by(conf.c.case_id)
        .cte("last_review")
    )
    return conf, last_review


def _conference_query(conf: CTE, last_review: CTE) -> Any:
    nx, rr = _NX, t.review_report
    report = (
        select(
            conf.c.case_id,
            func.max(rr.c.submitted_on).label("submitted_on"),
            func.max(rr.c.shared_with_parents_on).label("shared_on"),
        )
        .select_from(
            conf.join(
                nx,
                and_(
                    nx.c.case_id == conf.c.case_id,
                    nx.c.kind == REVIEW,
                    nx.c.held_on.is_(None),
                    nx.c.scheduled_for == conf.c.next_review,
                ),
            ).join(rr, rr.c.conference_id == nx.c.id)
        )
        .group_by(conf.c.case_id)
        .subquery("report")
    )
    return select(
        conf.c.case_id,
        conf.c.icpc,
        conf.c.pre_birth_on,
        conf.c.next_review,
        last_review.c.last_review,
        report.c.submitted_on,
        report.c.shared_on,
    ).select_from(
        conf.outerjoin(last_review, last_review.c.case_id == conf.c.case_id).outerjoin(
            report, report.c.case_id == conf.c.case_id
        )
    )


def _core_group_query(scope: CTE, conf: CTE, last_review: CTE) -> Any:
    m = t.meeting
    held = and_(
        m.c.kind == CORE_GROUP,
        m.c.held_on.is_not(None),
        m.c.status != MeetingStatus.CANCELLED.value,
    )
    since_icpc = and_(held, or_(conf.c.icpc.is_(None), m.c.held_on >= conf.c.icpc))
    bound = func.coalesce(last_review.c.last_review, conf.c.icpc)
    since_conference = and_(held, or_(bound.is_(None), m.c.held_on > bound))
    before_review = and_(held, conf.c.next_review.is_not(None), m.c.held_on <= conf.c.next_review)
    convened = and_(m.c.kind == CORE_GROUP, m.c.status == MeetingStatus.CONVENED.value)
    return (
        select(
            m.c.case_id,
            func.min(case((since_icpc, m.c.held_on))).label("first_held"),
            func.max(case((since_icpc, m.c.held_on))).label("last_held"),
            func.min(case((convened, m.c.scheduled_at))).label("next_scheduled"),
            func.sum(case((since_conference, 1), else_=0)).label("since_conference"),
            func.max(case((before_review, m.c.held_on))).label("before_review"),
        )
        .select_from(
            m.outerjoin(conf, conf.c.case_id == m.c.case_id).outerjoin(
                last_review, last_review.c.case_id == m.c.case_id
            )
        )
        .where(_in_scope(m.c.case_id, scope))
        .group_by(m.c.case_id)
    )


def _open_items(conn: Connection, scope: CTE) -> dict[str, dict[int, tuple[Any, ...]]]:
    m, a, pl, asm, es = t.meeting, t.action, t.plan, t.assessment, t.escalation_step
    queries = {
        "uncirculated": select(m.c.case_id, m.c.id, m.c.held_on, m.c.status)
        .where(_in_scope(m.c.case_id, scope), m.c.held_on.is_not(None))
        .where(m.c.status.in_(UNCIRCULATED))
        .order_by(m.c.id),
        "actions": select(pl.c.case_id, a.c.id, a.c.by_when, a.c.who_person_id)
        .select_from(a.join(pl, pl.c.id == a.c.plan_id))
        .where(_in_scope(pl.c.case_id, scope), pl.c.ended_on.is_(None))
        .where(a.c.status.in_(OPEN_ACTION), a.c.by_when.is_not(None))
        .order_by(a.c.id),
        "assessments": select(asm.c.case_id, asm.c.id, asm.c.kind, asm.c.due_on)
        .where(_in_scope(asm.c.case_id, scope), asm.c.completed_on.is_(None))
        .where(asm.c.due_on.is_not(None))
        .order_by(asm.c.id),
        "escalations": select(
            es.c.case_id, es.c.id, es.c.child_id, es.c.trigger, es.c.step, es.c.opened_on
        )
        .where(_in_scope(es.c.case_id, scope), es.c.done_on.is_(None))
        .order_by(es.c.id),
    }
    build: dict[str, Callable[[Any], Any]] = {
        "uncirculated": lambda r: UncirculatedMeeting(
            meeting_id=r.id,
            held_on=r.held_on,
            approved=r.status == MeetingStatus.APPROVED.value,
        ),
        "actions": lambda r: OpenAction(
            action_id=r.id, by_when=r.by_when, who_person_id=r.who_person_id
        ),
        "assessments": lambda r: OpenAssessment(
            assessment_id=r.id, title_kind=r.kind, due_on=r.due_on
        ),
        "escalations": lambda r: OpenEscalation(
            step_id=r.id,
            child_id=r.child_id,
            trigger=EscalationTrigger(r.trigger),
            step=EscalationStepKind(r.step),
            opened_on=r.opened_on,
        ),
    }
    result: dict[str, dict[int, tuple[Any, ...]]] = {}
    for name, stmt in queries.items():
        grouped: dict[int, list[Any]] = {}
        for row in conn.execute(stmt):
            grouped.setdefault(row.case_id, []).append(build[name](row))
        result[name] = {k: tuple(v) for k, v in grouped.items()}
    return result


def _absences(conn: Connection, scope: CTE, as_of: date) -> dict[int, AbsenceFacts]:
    ab = t.absence
    stmt = (
        select(scope.c.case_id, ab)
        .select_from(scope.join(ab, ab.c.person_id == scope.c.lp_person_id))
        .where(ab.c.starts_on <= as_of, or_(ab.c.ends_on.is_(None), ab.c.ends_on >= as_of))
        .order_by(scope.c.case_id, ab.c.starts_on, ab.c.id)
    )
    return {  # the latest-starting absence covering as_of wins
        r.case_id: AbsenceFacts(
            absence_id=r.id,
            starts_on=r.starts_on,
            ends_on=r.ends_on,
            cover_recorded=r.cover_recorded_on is not None,
            cover_cannot_be_met=r.cover_cannot_be_met,
            senior_manager_notified=r.senior_manager_notified_on is not None,
        )
        for r in conn.execute(stmt)
    }


def _children(
    conn: Connection, scope: CTE, as_of: date | None
) -> dict[int, tuple[ChildFacts, ...]]:
    """One row per child, each "last seen" date a correlated lookup on the visit index
    (child_id, outcome, visited_at), read newest first: a child's years of visits are not
    aggregated, only walked back to the latest one that matches. With ``as_of`` None every
    visit counts, whatever its day."""
    ch = t.child
    day_end = None if as_of is None else datetime.combine(as_of + timedelta(days=1), time())

    def latest(label: str, condition: Callable[[Any], Any] | None = None) -> Any:
        v = _VISITS[label]
        stmt = select(v.c.visited_at).where(
            v.c.child_id == ch.c.id, v.c.outcome == VisitOutcome.COMPLETED.value
        )
        if day_end is not None:
            stmt = stmt.where(v.c.visited_at < day_end)
        if condition is not None:
            stmt = stmt.where(condition(v))
        return stmt.order_by(v.c.visited_at.desc()).limit(1).scalar_subquery().label(label)

    def by_lp(v: Any) -> Any:
        return v.c.visitor_person_id == scope.c.lp_person_id

    stmt = (
        select(
            ch.c.id,
            ch.c.case_id,
            ch.c.date_of_birth,
            ch.c.expected_birth_date,
            latest("by_lp", by_lp),
            latest("by_any"),
            # seen alone and bedroom seen: by the LP only, as lpdesk.rules.seen says
            latest("alone", lambda v: by_lp(v) & v.c.seen_alone.is_(True)),
            latest("bedroom", lambda v: by_lp(v) & v.c.bedroom_seen.is_(True)),
        )
        .select_from(ch.join(scope, scope.c.case_id == ch.c.case_id))
        .order_by(ch.c.case_id, ch.c.id)
    )
    grouped: dict[int, list[ChildFacts]] = {}
    for r in conn.execute(stmt):
        siblings = grouped.setdefault(r.case_id, [])
        unborn = r.date_of_birth is None and r.expected_birth_date is not None
        siblings.append(
            ChildFacts(
                child_id=r.id,
                label="unborn child" if unborn else f"child {len(siblings) + 1}",
                date_of_birth=r.date_of_birth,
                expected_birth_date=r.expected_birth_date,
                last_seen_by_lp=_day(r.by_lp),
                last_seen_by_any=_day(r.by_any),
                last_seen_alone=_day(r.alone),
                last_bedroom_seen=_day(r.bedroom),
            )
        )
    return {k: tuple(v) for k, v in grouped.items()}


# ------------------------------------------------------------------ assembly


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.date()


def _assemble(
    row: Any,
    conf: Any,
    cg: Any,
    lists: dict[str, tuple[Any, ...]],
    absence: AbsenceFacts | None,
    children: tuple[ChildFacts, ...],
) -> CaseFacts:
    icpc = conf.icpc if conf else None
    return CaseFacts(
        case_id=row.id,
        reference=row.reference,
        profile_id=row.profile_id,
        plan_kind=PlanKind(row.plan_kind) if row.plan_kind else PlanKind.CHILD_PROTECTION,
        team=row.team,
        lp_person_id=row.lp_person_id,
        lp_manager_person_id=row.manager_id,
        initial_conference_on=icpc,
        pre_birth=icpc is not None and conf.pre_birth_on == icpc,
        last_review_conference_on=conf.last_review if conf else None,
        next_review_scheduled_for=conf.next_review if conf else None,
        first_core_group_held_on=cg.first_held if cg else None,
        last_core_group_held_on=cg.last_held if cg else None,
        next_core_group_scheduled_on=_day(cg.next_scheduled) if cg else None,
        core_groups_since_last_conference=int(cg.since_conference or 0) if cg else 0,
        last_core_group_before_review_on=cg.before_review if cg else None,
        outline_plan=row.plan_stage == PlanStage.OUTLINE.value,
        report_submitted_on=conf.submitted_on if conf else None,
        report_shared_with_parents_on=conf.shared_on if conf else None,
        uncirculated_meetings=lists["uncirculated"],
        open_actions=lists["actions"],
        open_assessments=lists["assessments"],
        open_escalations=lists["escalations"],
        lp_absence=absence,
        children=children,
    )
