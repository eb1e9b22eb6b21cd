"""The team manager keeps the team: accounts added with their line manager, a line manager
recorded or changed later (audited, only within the manager's team, no circles), and the list of
workers with names, never ids. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from lpdesk.domain import AuditEvent, Forbidden, InvalidInput, Person, User, UserRole
from lpdesk.services.users import add_user, list_staff, set_line_manager
from tests.services.conftest import make_ctx


@pytest.fixture
def manager(store, clock):
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="local")


def _team(manager):
    dana = add_user(
        manager, username="dana.mills", display_name="Dana Mills", role=UserRole.TEAM_MANAGER
    )
    sam = add_user(
        manager,
        username="sam.okafor",
        display_name="Sam Okafor",
        role=UserRole.LEAD_PROFESSIONAL,
        qualified_social_worker=True,
        line_manager_id=dana.person_id,
    )
    return dana, sam


def test_an_account_added_with_its_line_manager_is_listed_by_name(store, manager):
    dana, sam = _team(manager)
    with store.unit_of_work() as uow:
        assert uow.repo(Person).get(sam.person_id).manager_id == dana.person_id
    staff = {s.username: s for s in list_staff(manager)}
    assert [s.name for s in list_staff(manager)] == ["Dana Mills", "Sam Okafor"]
    assert staff["sam.okafor"].line_manager_name == "Dana Mills"
    assert staff["sam.okafor"].qualified_social_worker is True
    assert staff["sam.okafor"].role is UserRole.LEAD_PROFESSIONAL
    assert staff["dana.mills"].line_manager_name == ""


def test_a_bad_account_names_each_field_and_writes_nothing(store, manager):
    with pytest.raises(InvalidInput) as refused:
        add_user(
            manager,
            username="Sam Okafor!",
            display_name=" ",
            role=UserRole.LEAD_PROFESSIONAL,
            line_manager_id=999,
        )
    assert {p.field for p in refused.value.problems} == {
        "username",
        "display_name",
        "line_manager_id",
    }
    with store.unit_of_work() as uow:
        assert uow.repo(User).find() == [] and uow.repo(Person).find() == []


def test_a_line_manager_is_recorded_changed_and_cleared_with_an_audit_event(store, manager):
    dana, _sam = _team(manager)
    kim = add_user(
        manager, username="kim.lee", display_name="Kim Lee", role=UserRole.LEAD_PROFESSIONAL
    )
    member = set_line_manager(manager, person_id=kim.person_id, manager_id=dana.person_id)
    assert (member.name, member.line_manager_name) == ("Kim Lee", "Dana Mills")
    cleared = set_line_manager(manager, person_id=kim.person_id, manager_id=None)
    assert cleared.line_manager_id is None and cleared.line_manager_name == ""
    with store.unit_of_work() as uow:
        events = uow.repo(AuditEvent).find(action="person.line_manager")
    assert [(e.entity_id, e.user) for e in events] == [(kim.person_id, "local")] * 2


def test_no_one_manages_themselves_or_their_own_manager(store, manager):
    dana, sam = _team(manager)
    for person_id, manager_id, words in (
        (sam.person_id, sam.person_id, "their own manager"),
        (dana.person_id, sam.person_id, "Sam Okafor is managed by Dana Mills"),
    ):
        with pytest.raises(InvalidInput) as refused:
            set_line_manager(manager, person_id=person_id, manager_id=manager_id)
        (problem,) = refused.value.problems
        assert problem.field == "line_manager_id" and words in problem.message
    with store.unit_of_work() as uow:
        assert uow.repo(Person).get(dana.person_id).manager_id is None


def test_a_person_without_an_account_is_no_line_manager(store, manager):
    from lpdesk.services.people import add_person

    _, sam = _team(manager)
    chair = add_person(manager, name="Ivy Chair")
    with pytest.raises(InvalidInput) as refused:
        set_line_manager(manager, person_id=sam.person_id, manager_id=chair.id)
    assert refused.value.problems[0].field == "line_manager_id"
    with pytest.raises(InvalidInput):
        set_line_manager(manager, person_id=chair.id, manager_id=None)


def test_only_the_manager_of_the_team_keeps_it(store, clock, manager):
    north = add_user(
        manager,
        username="nia.north",
        display_name="Nia North",
        role=UserRole.TEAM_MANAGER,
        team="north",
    )
    south = add_user(
        manager,
        username="sol.south",
        display_name="Sol South",
        role=UserRole.LEAD_PROFESSIONAL,
        team="south",
    )
    nia = make_ctx(
        store,
        clock,
        role=UserRole.TEAM_MANAGER,
        username="nia.north",
        team="north",
        person_id=north.person_id,
    )
    assert [s.username for s in list_staff(nia)] == ["nia.north"]
    with pytest.raises(Forbidden):
        set_line_manager(nia, person_id=south.person_id, manager_id=north.person_id)
    lp = make_ctx(store, clock, role=UserRole.LEAD_PROFESSIONAL, person_id=south.person_id)
    with pytest.raises(Forbidden):
        list_staff(lp)
    with pytest.raises(Forbidden):
        set_line_manager(lp, person_id=south.person_id, manager_id=north.person_id)
    with store.unit_of_work() as uow:
        assert uow.repo(Person).get(south.person_id).manager_id is None


def test_a_team_manager_adds_accounts_to_their_own_team_only(store, clock, manager):
    from lpdesk.services.users import check_account

    north = add_user(
        manager, username="nia.north", display_name="Nia North", role=UserRole.TEAM_MANAGER,
        team="north",
    )  # fmt: skip
    nia = make_ctx(
        store, clock, role=UserRole.TEAM_MANAGER, username="nia.north", team="north",
        person_id=north.person_id,
    )  # fmt: skip
    with pytest.raises(Forbidden):
        add_user(nia, username="sol.south", display_name="Sol South",
                 role=UserRole.LEAD_PROFESSIONAL, team="south")  # fmt: skip
    problems = check_account(nia, username="nia.north", display_name="", email="nope")
    assert {p.field for p in problems} == {"username", "display_name", "email"}
    assert check_account(nia, username="sol.north", display_name="Sol North") == []
    with store.unit_of_work() as uow:
        assert [u.username for u in uow.repo(User).find()] == ["nia.north"]


@pytest.mark.parametrize(
    "role",
    [
        UserRole.LEAD_PROFESSIONAL,
        UserRole.ADMINISTRATOR,
        UserRole.CONFERENCE_CHAIR,
        UserRole.QA_MANAGER,
    ],
)
def test_only_a_team_manager_keeps_the_team(store, clock, manager, role):
    dana, sam = _team(manager)
    other = make_ctx(store, clock, role=role, username="someone.else")
    for attempt in (
        lambda: list_staff(other),
        lambda: set_line_manager(other, person_id=sam.person_id, manager_id=None),
        lambda: add_user(
            other, username="kim.lee", display_name="Kim Lee", role=UserRole.TEAM_MANAGER
        ),
    ):
        with pytest.raises(Forbidden):
            attempt()
    with store.unit_of_work() as uow:
        assert uow.repo(Person).get(sam.person_id).manager_id == dana.person_id
        assert len(uow.repo(User).find()) == 2


def test_a_team_keeps_its_last_team_manager(store, clock, manager):
    """Dana is the only team manager: her role is refused with a sentence, nothing written;
    once Sam is a team manager too, Dana may become a lead professional."""
    from lpdesk.domain import RuleViolation
    from lpdesk.services.users import set_role

    _team(manager)
    with pytest.raises(RuleViolation, match="Dana Mills is the only team manager of this database"):
        set_role(manager, username="dana.mills", role=UserRole.LEAD_PROFESSIONAL)
    set_role(manager, username="sam.okafor", role=UserRole.TEAM_MANAGER)
    set_role(manager, username="dana.mills", role=UserRole.LEAD_PROFESSIONAL)
    with pytest.raises(RuleViolation, match="Sam Okafor is the only team manager"):
        set_role(manager, username="sam.okafor", role=UserRole.ADMINISTRATOR)
    staff = {s.username: s.role for s in list_staff(manager)}
    assert staff == {"dana.mills": UserRole.LEAD_PROFESSIONAL, "sam.okafor": UserRole.TEAM_MANAGER}
    with store.unit_of_work() as uow:
        events = [e.action for e in uow.repo(AuditEvent).find(entity="user")]
    assert events.count("user.set_role") == 2
