"""Row-level security and the privileged-act functions of a team database (PostgreSQL).

Each person's own role sees only its scope (docs/security.md, "The team model"):

- a lead professional: the cases they lead now, those led by an LP they cover today (an absence
  naming them as cover), and their team's open cases that nobody leads yet (a new case before its
  lead is recorded, an unallocated case waiting for one);
- a team manager and an administrator: their team's cases (every case when their account belongs
  to no team, as the services treat them);
- a conference chair: the cases of the conferences and meetings they chair;
- the QA manager: every case (they review across teams), to read only.

Every table holding a ``case_id`` is scoped by it; outcomes, actions and plan versions through
their plan, attendance, amendments and excluded summaries through their meeting. Writes keep to
the same scope, and no one widens it: a lead assignment is written by a team manager, or by an LP
naming themselves (starting a case, handing one over); an absence and its cover by a manager of
the absent person's team; a child or member added to a case must already be visible. A person named in
a case (as a child or member) is hidden unless one of their cases is in scope, they have an agency
(a professional) or they are an lpdesk user; anyone named in a case out of scope (a child, member
or lead) may be read but not changed. Audit events: everyone inserts (the stamp trigger
says who), reads their own; a team manager their team's users' events (every event when they
belong to no team); the QA manager every event. Agencies: everyone reads; lead professionals,
managers and administrators add one; a team manager changes one. Settings (shared by every team):
everyone reads; a team manager of no team (or of the only team) writes, under their own name;
workload facts kept as settings by a manager of the worker's team or the case.
A person's photo: everyone reads it; the person or a team manager writes it.
Staff absences are seen by the absent person, their cover, their team and those serving every
team. ``user`` and ``alembic_version`` have no row-level security, by design (``EXEMPT``).

Policies ask ``lpdesk_me()`` and ``lpdesk_case_ids()``: SECURITY DEFINER functions owned by the
schema's owner (not subject to row-level security) with a fixed ``search_path``, keyed on
``session_user`` mapped to ``"user".username``. The owner role bypasses every policy.

Creating a user, setting a role and resetting a password go only through ``lpdesk_create_user``,
``lpdesk_set_role`` and ``lpdesk_reset_password``: a member of ``lpdesk_account_admin`` may act on
anyone but themselves; a team manager only on lead professionals and administrators of their own
team, never on themselves (a person resets their own password). Each act is audited.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

__all__ = [
    "ACCOUNT_ADMIN",
    "CASE_TABLES",
    "EXEMPT",
    "PARENT_SCOPED",
    "SECURED",
    "apply_policies",
]

ACCOUNT_ADMIN = "lpdesk_account_admin"
CASE_TABLES = (
    "child",
    "membership",
    "lead_assignment",
    "plan",
    "conference",
    "meeting",
    "disagreement",
    "review_report",
    "visit",
    "escalation_step",
    "significant_event",
    "assessment",
    "generated_document",
    "circulation_item",
    "case_due_facts",
    "case_due_item",
)
PARENT_SCOPED = {
    "outcome": ("plan_id", "plan"),
    "action": ("plan_id", "plan"),
    "plan_version": ("plan_id", "plan"),
    "attendance": ("meeting_id", "meeting"),
    "amendment": ("meeting_id", "meeting"),
    "excluded_summary": ("meeting_id", "meeting"),
}
_DEFINER = "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public"
_ACT = "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public"

_FUNCTIONS = (
    f"""
CREATE OR REPLACE FUNCTION lpdesk_me(OUT username text, OUT role text, OUT person_id integer,
    OUT team text) {_DEFINER} AS $$
BEGIN
    SELECT u.username, u.role, u.person_id, u.team INTO username, role, person_id, team
      FROM public."user" u WHERE u.username = session_user AND u.active;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION lpdesk_case_ids() RETURNS integer[] {_DEFINER} AS $$
DECLARE me record;
BEGIN
    SELECT * INTO me FROM public.lpdesk_me();
    IF me.role = 'qa_manager' THEN
        RETURN ARRAY(SELECT c.id FROM public."case" c);
    ELSIF me.role IN ('team_manager', 'administrator') THEN
        RETURN ARRAY(SELECT c.id FROM public."case" c WHERE c.team = me.team OR me.team = '');
    ELSIF me.role = 'conference_chair' THEN
        RETURN ARRAY(SELECT f.case_id FROM public.conference f WHERE f.chair_person_id = me.person_id
                     UNION SELECT m.case_id FROM public.meeting m
                            WHERE m.chair_person_id = me.person_id);
    ELSIF me.role = 'lead_professional' THEN
        RETURN ARRAY(
            SELECT la.case_id FROM public.lead_assignment la
             WHERE la.ended_on IS NULL
               AND (la.person_id = me.person_id OR la.person_id IN (
                    SELECT a.person_id FROM public.absence a
                     WHERE a.cover_person_id = me.person_id AND a.starts_on <= current_date
                       AND (a.ends_on IS NULL OR a.ends_on >= current_date)))
            UNION
            SELECT c.id FROM public."case" c
             WHERE c.team = me.team AND c.closed_on IS NULL
               AND NOT EXISTS (SELECT 1 FROM public.lead_assignment la
                                WHERE la.case_id = c.id AND la.ended_on IS NULL));
    END IF;
    RETURN '{{}}';
END $$""",
    f"""
CREATE OR REPLACE FUNCTION lpdesk_hidden_person_ids() RETURNS integer[] {_DEFINER} AS $$
DECLARE visible integer[] := public.lpdesk_case_ids();
BEGIN
    RETURN ARRAY(
        SELECT x.person_id FROM (
            SELECT person_id, case_id FROM public.child
            UNION ALL SELECT person_id, case_id FROM public.membership) x
         GROUP BY x.person_id HAVING NOT bool_or(x.case_id = ANY (visible))
        EXCEPT SELECT u.person_id FROM public."user" u WHERE u.person_id IS NOT NULL
        EXCEPT SELECT p.id FROM public.person p WHERE p.agency_id IS NOT NULL);
END $$""",
    # People named in a case out of scope (child, member or lead) may be read but not changed.
    f"""
CREATE OR REPLACE FUNCTION lpdesk_locked_person_ids() RETURNS integer[] {_DEFINER} AS $$
DECLARE visible integer[] := public.lpdesk_case_ids();
BEGIN
    RETURN ARRAY(
        SELECT x.person_id FROM (
            SELECT person_id, case_id FROM public.child
            UNION ALL SELECT person_id, case_id FROM public.membership
            UNION ALL SELECT person_id, case_id FROM public.lead_assignment) x
         WHERE NOT (x.case_id = ANY (visible)));
END $$""",
    f"""
CREATE OR REPLACE FUNCTION lpdesk_audit_users() RETURNS text[] {_DEFINER} AS $$
DECLARE me record;
BEGIN
    SELECT * INTO me FROM public.lpdesk_me();
    IF me.role = 'qa_manager' OR (me.role = 'team_manager' AND me.team = '') THEN
        RETURN NULL;  -- every event
    ELSIF me.role = 'team_manager' THEN
        RETURN ARRAY(SELECT u.username::text FROM public."user" u WHERE u.team = me.team);
    END IF;
    RETURN ARRAY[session_user::text];
END $$""",
    # May the caller create, re-role or reset the account (target_role/target_team)?
    f"""
CREATE OR REPLACE FUNCTION lpdesk_may_manage(target text, target_role text, target_team text,
    new_role text) RETURNS boolean {_DEFINER} AS $$
DECLARE me record;
BEGIN
    IF target = session_user THEN
        RETURN false;
    END IF;
    IF pg_has_role(session_user, '{ACCOUNT_ADMIN}', 'MEMBER') THEN
        RETURN true;
    END IF;
    SELECT * INTO me FROM public.lpdesk_me();
    RETURN me.role = 'team_manager' AND target_team = me.team
       AND target_role IN ('lead_professional', 'administrator')
       AND new_role IN ('lead_professional', 'administrator');
END $$""",
    # Staff absences (and who covers) are recorded by a manager of the absent person's team.
    f"""
CREATE OR REPLACE FUNCTION lpdesk_may_record_absence(absent integer) RETURNS boolean
    {_DEFINER} AS $$
DECLARE me record;
BEGIN
    SELECT * INTO me FROM public.lpdesk_me();
    RETURN me.role = 'team_manager' AND (me.team = '' OR EXISTS (
        SELECT 1 FROM public."user" u WHERE u.person_id = absent AND u.team = me.team));
END $$""",
    # Settings are shared by every team: a team manager of no team, or of the only team there is.
    f"""
CREATE OR REPLACE FUNCTION lpdesk_may_set_organisation() RETURNS boolean {_DEFINER} AS $$
DECLARE me record;
BEGIN
    SELECT * INTO me FROM public.lpdesk_me();
    RETURN me.role = 'team_manager' AND (me.team = '' OR NOT EXISTS (
        SELECT 1 FROM public."user" u WHERE u.team NOT IN ('', me.team)
        UNION ALL SELECT 1 FROM public."case" c WHERE c.team NOT IN ('', me.team)));
END $$""",
    # Workload facts kept as settings: a worker's protected time by a manager of their team, a
    # case's court work by a manager whose scope holds the case; every other key is shared.
    f"""
CREATE OR REPLACE FUNCTION lpdesk_may_write_setting(setting_key text) RETURNS boolean
    {_DEFINER} AS $$
DECLARE me record;
BEGIN
    IF setting_key ~ '^caseload\\.protected\\.[0-9]{{1,9}}$' THEN
        RETURN public.lpdesk_may_record_absence(substring(setting_key from '[0-9]+$')::integer);
    ELSIF setting_key ~ '^caseload\\.court\\.[0-9]{{1,9}}$' THEN
        SELECT * INTO me FROM public.lpdesk_me();
        RETURN me.role = 'team_manager'
           AND substring(setting_key from '[0-9]+$')::integer = ANY (public.lpdesk_case_ids());
    END IF;
    RETURN public.lpdesk_may_set_organisation();
END $$""",
    # A staff absence is seen by the absent person, their cover, their team's staff, and those
    # who serve every team (a manager or administrator of no team, the QA manager).
    f"""
CREATE OR REPLACE FUNCTION lpdesk_sees_absence(absent integer, cover integer) RETURNS boolean
    {_DEFINER} AS $$
DECLARE me record;
BEGIN
    SELECT * INTO me FROM public.lpdesk_me();
    RETURN me.role = 'qa_manager'
        OR (me.role IN ('team_manager', 'administrator') AND me.team = '')
        OR absent = me.person_id OR cover = me.person_id
        OR EXISTS (SELECT 1 FROM public."user" u WHERE u.person_id = absent AND u.team = me.team
                   AND me.team <> '');
END $$""",
    # A team member's change may take a case out of their sight (a handover): they cannot
    # recompute its due facts, so they mark them stale and readers compute that case live
    # (lpdesk.store.due_facts). Harmless for any case: stale facts are only recomputed.
    f"""
CREATE OR REPLACE FUNCTION lpdesk_due_facts_stale(ids integer[]) RETURNS void {_ACT} AS $$
BEGIN
    INSERT INTO public.case_due_facts (case_id, version, facts)
    SELECT c.id, 0, '' FROM public."case" c WHERE c.id = ANY (ids)
    ON CONFLICT (case_id) DO UPDATE SET version = 0;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION lpdesk_audit_act(act text, target_id integer, detail text)
    RETURNS void {_ACT} AS $$
BEGIN
    INSERT INTO public.audit_event (at, "user", role, action, entity, entity_id, detail)
    VALUES (localtimestamp(0), session_user,
            coalesce((SELECT m.role FROM public.lpdesk_me() m), 'account_admin'),
            act, 'user', target_id, detail);
END $$""",
    f"""
CREATE OR REPLACE FUNCTION lpdesk_create_user(new_username text, display_name text,
    new_role text, new_team text, new_person integer DEFAULT NULL) RETURNS integer {_ACT} AS $$
DECLARE new_id integer;
BEGIN
    IF new_username !~ '^[a-z][a-z0-9._-]{{1,62}}$'
       OR NOT public.lpdesk_may_manage(new_username, new_role, new_team, new_role) THEN
        RAISE EXCEPTION 'not allowed to create this user' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- linked to a person the caller can see (a user's person is visible to every role)
    IF new_person IS NOT NULL AND (
           NOT EXISTS (SELECT 1 FROM public.person p WHERE p.id = new_person)
           OR new_person = ANY (public.lpdesk_hidden_person_ids())) THEN
        RAISE EXCEPTION 'not allowed to link this person' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public."user" (username, display_name, role, person_id, team, active)
    VALUES (new_username, display_name, new_role, new_person, new_team, true)
    RETURNING id INTO new_id;
    PERFORM public.lpdesk_audit_act('user.create', new_id, 'role=' || new_role);
    RETURN new_id;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION lpdesk_set_role(target text, new_role text) RETURNS void {_ACT} AS $$
DECLARE them record;
BEGIN
    SELECT * INTO them FROM public."user" u WHERE u.username = target;
    IF NOT FOUND OR NOT public.lpdesk_may_manage(target, them.role, them.team, new_role) THEN
        RAISE EXCEPTION 'not allowed to set this role' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE public."user" SET role = new_role WHERE id = them.id;
    PERFORM public.lpdesk_audit_act('user.set_role', them.id, 'role=' || new_role);
END $$""",
    f"""
CREATE OR REPLACE FUNCTION lpdesk_reset_password(target text, new_hash text) RETURNS void
    {_ACT} AS $$
DECLARE them record;
BEGIN
    SELECT * INTO them FROM public."user" u WHERE u.username = target;
    IF NOT FOUND OR NOT (target = session_user
                         OR public.lpdesk_may_manage(target, them.role, them.team, them.role)) THEN
        RAISE EXCEPTION 'not allowed to set this password' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF new_hash NOT LIKE 'scrypt$%' THEN
        RAISE EXCEPTION 'not an lpdesk password hash' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public."user" SET password_hash = new_hash, failed_sign_ins = 0, locked_until = NULL
     WHERE id = them.id;
    PERFORM public.lpdesk_audit_act('user.set_password', them.id, '');
END $$""",
)
_SIGNATURES = (
    "lpdesk_me()",
    "lpdesk_case_ids()",
    "lpdesk_hidden_person_ids()",
    "lpdesk_locked_person_ids()",
    "lpdesk_audit_users()",
    "lpdesk_may_record_absence(integer)",
    "lpdesk_may_set_organisation()",
    "lpdesk_may_write_setting(text)",
    "lpdesk_sees_absence(integer, integer)",
    "lpdesk_create_user(text, text, text, text, integer)",
    "lpdesk_set_role(text, text)",
    "lpdesk_reset_password(text, text)",
    "lpdesk_due_facts_stale(integer[])",
)
_INTERNAL = ("lpdesk_may_manage(text, text, text, text)", "lpdesk_audit_act(text, integer, text)")
# Tables without row-level security, and why (tests/security/test_every_table_is_covered.py):
EXEMPT = {
    "user": "the staff directory: every column but password_hash readable by every user role "
    "(column grants); no user role may insert, update or delete a row: accounts change only "
    "through lpdesk_create_user, lpdesk_set_role and lpdesk_reset_password",
    "alembic_version": "the schema's revision, readable (SELECT only) so the app can check it",
}
SECURED = (
    "case",
    *CASE_TABLES,
    *PARENT_SCOPED,
    "person",
    "person_photo",
    "absence",
    "audit_event",
    "agency",
    "setting",
)
_IN_SCOPE = "(SELECT lpdesk_case_ids())::integer[]"  # a sub-select: computed once per statement


def _policy(conn: Connection, table: str, name: str, clause: str) -> None:
    quoted = '"' + table + '"'
    conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {quoted}"))
    conn.execute(text(f"CREATE POLICY {name} ON {quoted} {clause}"))


def apply_policies(conn: Connection, group: str) -> None:
    """Create the functions and policies (idempotent); run as the schema's owner."""
    exists = text("SELECT 1 FROM pg_roles WHERE rolname = :r")
    if conn.execute(exists, {"r": ACCOUNT_ADMIN}).first() is None:
        conn.execute(text(f"CREATE ROLE {ACCOUNT_ADMIN} NOLOGIN"))
    # the four-argument version before a user could be linked to their person
    conn.execute(text("DROP FUNCTION IF EXISTS lpdesk_create_user(text, text, text, text)"))
    for sql in _FUNCTIONS:
        conn.execute(text(sql))
    for signature in _SIGNATURES:
        conn.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {group}"))
    for signature in _INTERNAL:  # called only by the functions above, as the owner
        conn.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC, {group}"))
    conn.execute(text(f"GRANT {group} TO {ACCOUNT_ADMIN}"))
    scoped = f"case_id = ANY ({_IN_SCOPE})"
    writer = "(SELECT m.role FROM lpdesk_me() m) <> 'qa_manager'"  # the QA manager reads only
    for table in SECURED:
        conn.execute(text(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY'))
    _policy(conn, "case", "lpdesk_scope", f"FOR SELECT USING (id = ANY ({_IN_SCOPE}))")
    _policy(
        conn,
        "case",
        "lpdesk_open",
        "FOR INSERT WITH CHECK (team = (SELECT m.team FROM lpdesk_me() m) "
        "AND (SELECT m.role FROM lpdesk_me() m) IN ('lead_professional', 'team_manager'))",
    )
    _policy(
        conn,
        "case",
        "lpdesk_change",
        f"FOR UPDATE USING (id = ANY ({_IN_SCOPE}) AND {writer}) "
        f"WITH CHECK (id = ANY ({_IN_SCOPE}))",
    )
    _policy(
        conn, "case", "lpdesk_remove", f"FOR DELETE USING (id = ANY ({_IN_SCOPE}) AND {writer})"
    )
    # NOT IN a sub-select (a hashed set), not NOT = ANY (an array searched for every row)
    hidden = "(SELECT unnest(lpdesk_hidden_person_ids()))"
    for table in CASE_TABLES:
        check = f"{scoped} AND {writer}"
        if table in ("child", "membership"):  # naming someone adds nobody out of scope
            check = f"{check} AND person_id NOT IN {hidden}"
        elif table == "lead_assignment":  # a manager allocates; an LP records only themselves
            check = (
                f"{check} AND ((SELECT m.role FROM lpdesk_me() m) = 'team_manager' "
                "OR person_id = (SELECT m.person_id FROM lpdesk_me() m))"
            )
        _policy(conn, table, "lpdesk_scope", f"FOR SELECT USING ({scoped})")
        _policy(conn, table, "lpdesk_add", f"FOR INSERT WITH CHECK ({check})")
        _policy(conn, table, "lpdesk_change", f"FOR UPDATE USING ({check}) WITH CHECK ({check})")
        _policy(conn, table, "lpdesk_remove", f"FOR DELETE USING ({check})")
    for table, (column, parent) in PARENT_SCOPED.items():
        through = f"{column} IN (SELECT p.id FROM {parent} p)"  # the parent's policy applies
        _policy(conn, table, "lpdesk_scope", f"FOR ALL USING ({through}) WITH CHECK ({through})")
    visible = f"id NOT IN {hidden}"
    free = f"{visible} AND {writer} AND id NOT IN (SELECT unnest(lpdesk_locked_person_ids()))"
    _policy(conn, "person", "lpdesk_scope", f"FOR SELECT USING ({visible})")
    _policy(conn, "person", "lpdesk_add", f"FOR INSERT WITH CHECK ({writer})")
    _policy(conn, "person", "lpdesk_change", f"FOR UPDATE USING ({free}) WITH CHECK ({free})")
    _policy(conn, "person", "lpdesk_remove", f"FOR DELETE USING ({free})")
    # A person's photo (printed on children's plans): every role reads it; the person themselves
    # or a team manager changes it.
    own = (
        "(person_id = (SELECT m.person_id FROM lpdesk_me() m) "
        "OR (SELECT m.role FROM lpdesk_me() m) = 'team_manager')"
    )
    _policy(conn, "person_photo", "lpdesk_scope", "FOR SELECT USING (true)")
    _policy(conn, "person_photo", "lpdesk_add", f"FOR INSERT WITH CHECK ({own})")
    _policy(conn, "person_photo", "lpdesk_change", f"FOR UPDATE USING ({own}) WITH CHECK ({own})")
    _policy(conn, "person_photo", "lpdesk_remove", f"FOR DELETE USING ({own})")
    _policy(
        conn,
        "absence",
        "lpdesk_scope",
        "FOR SELECT USING (lpdesk_sees_absence(person_id, cover_person_id))",
    )
    absent = "lpdesk_may_record_absence(person_id)"
    _policy(conn, "absence", "lpdesk_add", f"FOR INSERT WITH CHECK ({absent})")
    _policy(conn, "absence", "lpdesk_change", f"FOR UPDATE USING ({absent}) WITH CHECK ({absent})")
    _policy(conn, "absence", "lpdesk_remove", f"FOR DELETE USING ({absent})")
    _policy(conn, "audit_event", "lpdesk_append", "FOR INSERT WITH CHECK (true)")
    _policy(
        conn,
        "audit_event",
        "lpdesk_read",
        "FOR SELECT USING ((SELECT lpdesk_audit_users()) IS NULL "
        'OR "user" = ANY ((SELECT lpdesk_audit_users())::text[]))',
    )
    # Agencies (organisations, no one's personal data): everyone reads the list; those who add
    # people to cases add one (lead professionals, managers, administrators importing a case
    # file); only a team manager changes or removes one.
    adder = "(SELECT m.role FROM lpdesk_me() m) IN ('lead_professional', 'team_manager', 'administrator')"
    manager = "(SELECT m.role FROM lpdesk_me() m) = 'team_manager'"
    _policy(conn, "agency", "lpdesk_scope", "FOR SELECT USING (true)")
    _policy(conn, "agency", "lpdesk_add", f"FOR INSERT WITH CHECK ({adder})")
    _policy(conn, "agency", "lpdesk_change", f"FOR UPDATE USING ({manager}) WITH CHECK ({manager})")
    _policy(conn, "agency", "lpdesk_remove", f"FOR DELETE USING ({manager})")
    # Settings: everyone reads them (they are printed on every document); a manager of no team,
    # or of the only team, writes them, under their own name; workload facts (a worker's
    # protected time, a case's court work) a manager of that worker's team or case.
    organiser = "lpdesk_may_write_setting(key)"
    signed = f"{organiser} AND updated_by = session_user::text"
    _policy(conn, "setting", "lpdesk_scope", "FOR SELECT USING (true)")
    _policy(conn, "setting", "lpdesk_add", f"FOR INSERT WITH CHECK ({signed})")
    _policy(
        conn, "setting", "lpdesk_change", f"FOR UPDATE USING ({organiser}) WITH CHECK ({signed})"
    )
    _policy(conn, "setting", "lpdesk_remove", f"FOR DELETE USING ({organiser})")
