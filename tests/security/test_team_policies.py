"""Row-level security and the privileged-act functions on the real PostgreSQL server: each test
connects as a person's own role (as psql would) and tries to read or change what is outside
their scope. Fictional data: two teams, North and South, one family per case."""

from __future__ import annotations

import pytest

from lpdesk.cli import main
from tests.security.team_db import connect_as

pytestmark = pytest.mark.postgres

# username -> (role, team, person name or None, account admin)
STAFF = {
    "ana.lp": ("lead_professional", "North", "Ana Example", False),
    "ben.lp": ("lead_professional", "North", "Ben Example", False),
    "dee.lp": ("lead_professional", "North", "Dee Example", False),
    "eve.lp": ("lead_professional", "North", "Eve Example", False),
    "cal.lp": ("lead_professional", "South", "Cal Example", False),
    "mo.tm": ("team_manager", "North", "Mo Example", False),
    "cy.chair": ("conference_chair", "", "Cy Example", False),
    "qa.one": ("qa_manager", "", "Quinn Example", False),
    "it.admin": ("administrator", "", None, True),
}
# reference -> (team, lead's username or None, the child's name)
CASES = {
    "N1": ("North", "ana.lp", "Kit Northone"),
    "N2": ("North", "ben.lp", "Lee Northtwo"),
    "N3": ("North", None, "Max Norththree"),
    "S1": ("South", "cal.lp", "Sam Southone"),
}


def _insert(con, table: str, **values) -> int:
    cols = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join(["%s"] * len(values))
    row = con.execute(
        f'INSERT INTO "{table}" ({cols}) VALUES ({marks}) RETURNING id', list(values.values())
    )
    return row.fetchone()[0]


def _person(con, name: str, agency_id: int | None = None) -> int:
    return _insert(
        con,
        "person",
        name=name,
        agency_id=agency_id,
        job_title="",
        email="",
        phone="",
        address="",
        address_withheld=False,
        qualified_social_worker=False,
    )


def _seed(con) -> None:
    """As the owner: the staff's people, four cases with a child, a mother, a meeting, a visit;
    Dee covers Cal (South) while Cal is away; Cy chairs S1's meeting."""
    people = {}
    for username, (_role, _team, name, _admin) in STAFF.items():
        if name:
            people[username] = _person(con, name, None)
            con.execute(
                'UPDATE "user" SET person_id = %s WHERE username = %s',
                (people[username], username),
            )
    for ref, (team, lead, child_name) in CASES.items():
        case_id = _insert(
            con, "case", reference=ref, profile_id="england_cp", team=team,
            opened_on="2026-01-05", looked_after=False,
        )  # fmt: skip
        if lead:
            _insert(
                con, "lead_assignment", case_id=case_id, person_id=people[lead],
                started_on="2026-01-05", handover_note="",
            )  # fmt: skip
        child_id = _insert(
            con, "child", case_id=case_id, person_id=_person(con, child_name),
            receives_documents_reason="",
        )  # fmt: skip
        _insert(
            con, "membership", case_id=case_id, person_id=_person(con, f"Mother of {ref}"),
            role="parent", joined_on="2026-01-05", excluded=False, exclusion_reason="",
            channel="email", wants_editable=False, share_address=False,
        )  # fmt: skip
        _insert(
            con, "meeting", case_id=case_id, kind="core_group", number=1,
            scheduled_at="2026-02-01 10:00", venue="", status="convened", form_id="f",
            form_version=1, answers="{}", approved_hash="", approved_by="", revision=1,
            seals="[]", chair_person_id=people["cy.chair"] if ref == "S1" else None,
        )  # fmt: skip
        _insert(
            con, "visit", case_id=case_id, child_id=child_id,
            visitor_person_id=people[lead or "mo.tm"], visited_at="2026-02-02 10:00",
            recorded_at="2026-02-02 12:00", outcome="seen", present="", spoke_with_child=True,
            seen_alone=True, not_alone_reason="", bedroom_seen=True, observations="",
            key_subjects="", presentation="", new_concerns="",
        )  # fmt: skip
    _insert(
        con, "absence", person_id=people["cal.lp"], starts_on="2000-01-01",
        cover_person_id=people["dee.lp"], cover_cannot_be_met=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def team():
    from tests.store.pg import fresh_database, postgres_available, running_postgres

    if not postgres_available():
        pytest.skip("PostgreSQL server binaries not found")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LPDESK_LOG_LEVEL", "WARNING")
        mp.setattr("getpass.getpass", lambda prompt="": "a database password 1")
        with running_postgres() as server, fresh_database(server) as url:
            assert main(["--database-url", url, "team", "setup"]) == 0
            for username, (role, team_name, name, admin) in STAFF.items():
                argv = ["--database-url", url, "team", "add-user", username]
                argv += ["--name", name or "IT", "--role", role, "--team", team_name]
                assert main(argv + (["--account-admin"] if admin else [])) == 0
            with connect_as(url) as owner:
                _seed(owner)
            assert main(["--database-url", url, "team", "setup"]) == 0  # again: idempotent
            yield url


def _refs(con) -> set[str]:
    return {r[0] for r in con.execute('SELECT reference FROM "case"')}


def _scoped(con, table: str) -> set[str]:
    """The references of the cases whose ``table`` rows the connection can read."""
    rows = con.execute(
        f'SELECT DISTINCT c.reference FROM "{table}" t JOIN "case" c ON c.id = t.case_id'
    )
    return {r[0] for r in rows}


def _count(con, sql: str) -> int:
    return con.execute(sql).fetchone()[0]


def test_an_lp_sees_only_their_own_cases_and_their_records(team):
    with connect_as(team, "ana.lp") as con:
        # their case, and the team's open case nobody leads yet (waiting for a lead)
        assert _refs(con) == {"N1", "N3"}
        for table in ("child", "membership", "meeting", "visit", "lead_assignment"):
            assert _scoped(con, table) <= {"N1", "N3"}, table
        assert _scoped(con, "visit") == {"N1", "N3"}
        # raw counts too: nothing of another case leaks without the join
        assert _count(con, "SELECT count(*) FROM child") == 2
        assert _count(con, "SELECT count(*) FROM meeting") == 2
        names = {r[0] for r in con.execute("SELECT name FROM person")}
        assert {"Kit Northone", "Mother of N1"} <= names
        assert not names & {"Lee Northtwo", "Sam Southone", "Mother of N2", "Mother of S1"}
        assert "Ben Example" in names  # colleagues are staff, not family
    with connect_as(team, "ben.lp") as con:
        assert _refs(con) == {"N2", "N3"}


def test_another_teams_case_is_unreadable_and_unwritable(team):
    import psycopg

    with connect_as(team) as owner:
        s1 = owner.execute("SELECT id FROM \"case\" WHERE reference = 'S1'").fetchone()[0]
    with connect_as(team, "mo.tm") as con:
        assert _refs(con) == {"N1", "N2", "N3"}
        for table in ("child", "membership", "meeting", "visit"):
            assert "S1" not in _scoped(con, table)
        assert (
            con.execute("UPDATE \"case\" SET closed_reason = 'x' WHERE reference = 'S1'").rowcount
            == 0
        )
        assert con.execute(f"DELETE FROM visit WHERE case_id = {s1}").rowcount == 0
        assert con.execute(f"DELETE FROM meeting WHERE case_id = {s1}").rowcount == 0
    with connect_as(team, "ana.lp") as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(
                "INSERT INTO significant_event (case_id, occurred_on, description, recorded_by) "
                "VALUES (%s, '2026-03-01', 'x', 'ana.lp')",
                (s1,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor open one for South
            con.execute(
                'INSERT INTO "case" (reference, profile_id, team, opened_on, looked_after) '
                "VALUES ('X9', 'england', 'South', '2026-03-01', false)"
            )
        assert (
            con.execute(
                f"UPDATE child SET receives_documents_reason = 'x' WHERE case_id = {s1}"
            ).rowcount
            == 0
        )


def test_cover_chairs_and_qa_see_what_they_serve(team):
    with connect_as(team, "dee.lp") as con:  # covering Cal (South) while Cal is away
        assert _refs(con) == {"S1", "N3"}
        assert _scoped(con, "visit") == {"S1", "N3"}
    with connect_as(team, "cal.lp") as con:  # away, still their own case
        assert _refs(con) == {"S1"}
    with connect_as(team, "cy.chair") as con:
        assert _refs(con) == {"S1"}
        assert _scoped(con, "meeting") == {"S1"}
    with connect_as(team, "qa.one") as con:  # every case, to read only
        assert _refs(con) == set(CASES)
        assert con.execute("UPDATE visit SET observations = 'x'").rowcount == 0
        assert con.execute("UPDATE \"case\" SET closed_reason = 'x'").rowcount == 0
        assert con.execute("UPDATE person SET email = 'x@example.invalid'").rowcount == 0
    with connect_as(team) as owner:  # the owner role bypasses every policy
        assert _refs(owner) == set(CASES)
        # every case's visits (another test of this module may have recorded one more)
        assert _count(owner, "SELECT count(DISTINCT case_id) FROM visit") == len(CASES)


def test_the_audit_trail_is_append_only_and_read_in_scope(team):
    import psycopg

    for who in ("ana.lp", "cal.lp"):
        with connect_as(team, who) as con:
            con.execute(
                'INSERT INTO audit_event (at, "user", role, action, entity, detail) '
                "VALUES (now(), 'qa.one', 'qa_manager', 'case.read', 'case', '')"
            )
    with connect_as(team, "ana.lp") as con:
        assert {r[0] for r in con.execute('SELECT DISTINCT "user" FROM audit_event')} == {"ana.lp"}
        for attack in (
            "UPDATE audit_event SET detail = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "ALTER TABLE audit_event DISABLE ROW LEVEL SECURITY",
            "DROP POLICY lpdesk_read ON audit_event",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(attack)
    with connect_as(team, "mo.tm") as con:  # a manager reads their team's events, not South's
        users = {r[0] for r in con.execute('SELECT DISTINCT "user" FROM audit_event')}
        assert "ana.lp" in users and "cal.lp" not in users
    with connect_as(team, "qa.one") as con:
        users = {r[0] for r in con.execute('SELECT DISTINCT "user" FROM audit_event')}
        assert {"ana.lp", "cal.lp", "it.setup"} <= users


def _role(url: str, username: str) -> str:
    with connect_as(url) as owner:
        return owner.execute('SELECT role FROM "user" WHERE username = %s', (username,)).fetchone()[
            0
        ]


def test_no_one_promotes_themselves_or_reads_a_hash(team, capsys):
    import psycopg

    refused = psycopg.errors.InsufficientPrivilege
    with connect_as(team, "ana.lp") as con:
        for attack in (
            "UPDATE \"user\" SET role = 'team_manager' WHERE username = 'ana.lp'",
            'UPDATE "user" SET failed_sign_ins = 0',
            'INSERT INTO "user" (username, display_name, role, team, active) '
            "VALUES ('x.tm', 'X', 'team_manager', 'North', true)",
            'SELECT password_hash FROM "user"',
            "SELECT lpdesk_set_role('ana.lp', 'team_manager')",
            "SELECT lpdesk_set_role('ben.lp', 'administrator')",
            "SELECT lpdesk_create_user('x.tm', 'X', 'team_manager', 'North')",
            "SELECT lpdesk_reset_password('mo.tm', 'scrypt$n=1$a$b')",
            "SELECT lpdesk_audit_act('user.set_role', 1, 'role=qa_manager')",
            "SELECT lpdesk_may_manage('x', 'qa_manager', '', 'qa_manager')",
            'SET ROLE "mo.tm"',
            'GRANT lpdesk_account_admin TO "ana.lp"',
        ):
            with pytest.raises((refused, psycopg.errors.InvalidParameterValue)):
                con.execute(attack)
        con.execute("SELECT lpdesk_reset_password('ana.lp', 'scrypt$n=16384$salt$hash')")
    with connect_as(team, "mo.tm") as con:
        for attack in (
            "SELECT lpdesk_set_role('mo.tm', 'qa_manager')",  # not themselves
            "SELECT lpdesk_set_role('eve.lp', 'team_manager')",  # no managers made
            "SELECT lpdesk_set_role('cal.lp', 'administrator')",  # not another team
            "SELECT lpdesk_reset_password('qa.one', 'scrypt$n=1$a$b')",
            "SELECT lpdesk_create_user('x.lp', 'X', 'lead_professional', 'South')",
        ):
            with pytest.raises(refused):
                con.execute(attack)
        con.execute("SELECT lpdesk_set_role('eve.lp', 'administrator')")
        assert _role(team, "eve.lp") == "administrator"
        con.execute("SELECT lpdesk_create_user('fay.lp', 'Fay', 'lead_professional', 'North')")
    argv = ["--database-url", team, "team", "add-user", "fay.lp", "--name", "Fay", "--no-password"]
    assert main([*argv, "--role", "team_manager", "--team", "North"]) != 0  # not another role
    assert "another role or team" in capsys.readouterr().err
    assert main([*argv, "--role", "lead_professional", "--team", "North"]) == 0
    with connect_as(team, "fay.lp") as con:  # a new LP leads nothing: the team's unallocated case
        assert _refs(con) == {"N3"}
    with connect_as(team, "it.admin") as con:  # the account-admin role: anyone but themselves
        con.execute("SELECT lpdesk_set_role('eve.lp', 'lead_professional')")
        con.execute("SELECT lpdesk_set_role('fay.lp', 'team_manager')")
        with pytest.raises(refused):
            con.execute("SELECT lpdesk_set_role('it.admin', 'qa_manager')")
    assert (_role(team, "eve.lp"), _role(team, "fay.lp")) == ("lead_professional", "team_manager")
    with connect_as(team) as owner:
        acts = owner.execute(
            'SELECT "user", action, detail FROM audit_event WHERE action LIKE %s ORDER BY id',
            ("user.%",),
        ).fetchall()
    assert ("mo.tm", "user.set_role", "role=administrator") in acts
    assert ("it.admin", "user.set_role", "role=team_manager") in acts
    assert ("ana.lp", "user.set_password", "") in acts


def test_no_one_widens_their_own_scope(team):
    """Writing oneself in as cover, as lead, or naming another family's person in one's case
    would open another case's records: each is refused."""
    import psycopg

    with connect_as(team) as owner:
        ids = dict(owner.execute('SELECT username, person_id FROM "user"').fetchall())
        sam = owner.execute("SELECT id FROM person WHERE name = 'Sam Southone'").fetchone()[0]
        n1, n3 = (
            owner.execute('SELECT id FROM "case" WHERE reference = %s', (r,)).fetchone()[0]
            for r in ("N1", "N3")
        )
    refused = psycopg.errors.InsufficientPrivilege
    with connect_as(team, "ana.lp") as con:
        for attack, values in (
            (
                "INSERT INTO absence (person_id, starts_on, cover_person_id, cover_cannot_be_met)"
                " VALUES (%s, '2026-01-01', %s, false)",
                (ids["cal.lp"], ids["ana.lp"]),
            ),
            (
                "INSERT INTO membership (case_id, person_id, role, joined_on, excluded, "
                "exclusion_reason, channel, wants_editable, share_address) "
                "VALUES (%s, %s, 'parent', '2026-01-05', false, '', 'email', false, false)",
                (n1, sam),
            ),
            (
                "INSERT INTO lead_assignment (case_id, person_id, started_on, handover_note) "
                "VALUES (%s, %s, '2026-03-01', '')",
                (n3, ids["ben.lp"]),
            ),
        ):
            with pytest.raises(refused):
                con.execute(attack, values)
        assert (
            con.execute("UPDATE absence SET cover_person_id = %s", (ids["ana.lp"],)).rowcount == 0
        )
        assert _refs(con) == {"N1", "N3"}
    with connect_as(team, "mo.tm") as con:  # the North manager records a North absence
        con.execute(
            "INSERT INTO absence (person_id, starts_on, cover_cannot_be_met) "
            "VALUES (%s, '2030-01-01', false)",
            (ids["ben.lp"],),
        )
        with pytest.raises(refused):  # but not a South one
            con.execute(
                "INSERT INTO absence (person_id, starts_on, cover_cannot_be_met) "
                "VALUES (%s, '2030-01-01', false)",
                (ids["cal.lp"],),
            )
        assert con.execute("DELETE FROM absence WHERE starts_on = '2030-01-01'").rowcount == 1


def test_people_of_other_cases_cannot_be_changed(team):
    """A colleague leading another case, or a professional in one, is readable (the directory) but
    their email cannot be changed to steer that case's circulation."""
    with connect_as(team, "ana.lp") as con:
        for name in ("Ben Example", "Cal Example", "Sam Southone"):
            changed = con.execute(
                "UPDATE person SET email = 'steer@example.invalid' WHERE name = %s", (name,)
            )
            assert changed.rowcount == 0, name
        assert (
            con.execute(
                "UPDATE person SET phone = '01632 960000' WHERE name = 'Mother of N1'"
            ).rowcount
            == 1
        )


def test_every_case_table_is_under_a_policy():
    """A table added later with a case (or a plan or meeting) behind it must join the scope."""
    from lpdesk.store.tables import metadata
    from lpdesk.store.team_policies import CASE_TABLES, PARENT_SCOPED

    for table in metadata.sorted_tables:
        if "case_id" in table.c:
            assert table.name in CASE_TABLES, table.name
        elif {"plan_id", "meeting_id"} & set(table.c.keys()):
            assert table.name in PARENT_SCOPED, table.name


def test_the_helpers_are_owned_definers_with_a_fixed_search_path(team):
    with connect_as(team) as owner:
        rows = owner.execute(
            "SELECT p.proname, p.prosecdef, p.proconfig, pg_get_userbyid(p.proowner), "
            "has_function_privilege('public', p.oid, 'EXECUTE') "
            "FROM pg_proc p WHERE p.proname LIKE 'lpdesk\\_%'"
        ).fetchall()
        me = owner.execute("SELECT current_user").fetchone()[0]
        secured = {
            r[0]
            for r in owner.execute(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'"
            )
        }
    assert len(rows) >= 10
    for name, definer, config, who, public in rows:
        assert definer and who == me and not public, name
        assert config == ["search_path=pg_catalog, public"], name
    from lpdesk.store.team_policies import CASE_TABLES, PARENT_SCOPED

    assert {"case", "person", "audit_event", *CASE_TABLES, *PARENT_SCOPED} <= secured


def test_the_services_work_as_an_lps_own_role(team, tmp_path):
    """The app's use cases, connected as Ana's own role: her caseload, her case, a visit
    recorded on it (insert, audit, read back); the other team's case is simply not there."""
    from datetime import datetime, timedelta

    from sqlalchemy.engine import make_url

    from lpdesk.app import open_app
    from lpdesk.domain import InvalidInput, UserRole
    from lpdesk.services.cases.overview import case_overview, list_cases
    from lpdesk.services.context import Actor
    from lpdesk.services.due import caseload, due_list
    from lpdesk.services.visits import record_visit

    with connect_as(team) as owner:
        ids = dict(owner.execute('SELECT reference, id FROM "case"').fetchall())
        ana = owner.execute("SELECT person_id FROM \"user\" WHERE username = 'ana.lp'").fetchone()[
            0
        ]
    url = make_url(team).set(username="ana.lp").render_as_string(hide_password=False)
    app = open_app(data_dir=tmp_path, database_url=url)
    try:
        ctx = app.context(
            Actor(username="ana.lp", role=UserRole.LEAD_PROFESSIONAL, person_id=ana, team="North")
        )
        assert {c.reference for c in list_cases(ctx)} == {"N1", "N3"}
        overview = case_overview(ctx, case_id=ids["N1"])
        kit = overview.children[0]
        with pytest.raises(InvalidInput):
            case_overview(ctx, case_id=ids["S1"])
        when = app.clock.now().replace(microsecond=0) - timedelta(hours=2)
        recorded = record_visit(
            ctx,
            case_id=ids["N1"],
            child_id=kit.child.id,
            visitor_person_id=ana,
            visited_at=when,
            present="Kit and his mother",
            spoke_with_child=True,
            seen_alone=True,
            bedroom_seen=True,
        )
        assert recorded.visit.case_id == ids["N1"] and isinstance(when, datetime)
        # the team-wide due list and caseload show only what her role may read
        due = {i.case_reference for i in due_list(ctx, profiles=app.profiles, horizon_days=None)}
        assert "N1" in due and due <= {"N1", "N3"}
        mine = caseload(ctx, profiles=app.profiles, lp_person_id=ana)
        assert [row.reference for row in mine] == ["N1"]
    finally:
        app.close()
    with connect_as(team) as owner:
        (who,) = owner.execute(
            "SELECT \"user\" FROM audit_event WHERE entity = 'visit' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert who == "ana.lp"
