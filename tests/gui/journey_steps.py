"""The steps of an LP's year through the real windows, shared by each journey's own test and by the
one continuous walk from an empty database (tests/gui/test_empty_database_journey.py): the case
started from its ICPC (journey 1), its core group (2), the LP transferred and covered (7), review
conferences to the end of the plan (4). Each step asserts what was stored. Names are fictional.
The steps between meetings are in journey_record_steps.py, the meetings' in
journey_meeting_steps.py."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from lpdesk.domain import (
    Absence,
    Category,
    Channel,
    Child,
    Conference,
    ConferenceKind,
    ConferenceOutcome,
    LeadAssignment,
    MemberRole,
    Membership,
    Person,
    PlanStage,
    UserRole,
)
from lpdesk.services.context import Actor, FixedClock
from tests.gui.helpers import (
    case_dialog,
    click_save,
    open_main_window,
    rows,
    save_dialog,
    signed_in,
    type_into,
)
from tests.gui.test_dialogs import check_labelled

REFERENCE = "CP-2026-0900"
ICPC_DAY = datetime(2026, 12, 18, 9, 30)  # a Friday: the first core group falls after Christmas


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_empty_database(data_dir: Path, qtbot: Any, settings: Any) -> Any:
    """A migrated SQLite file with no cases and no demo, on a fixed clock, and its people made
    in the windows, as on a first run: the first-run dialog makes the desk's owner, Dana Mills,
    team manager; on her page's Team window she adds the two LPs (qualified social workers),
    each with Dana as line manager (who chairs their first core groups)."""
    from lpdesk.app import open_app
    from lpdesk.gui.manager.account_dialog import AccountDialog
    from lpdesk.gui.shell.first_run_dialog import FirstRunDialog
    from lpdesk.services.cases import list_cases

    app = open_app(data_dir=data_dir)
    app.clock = FixedClock(ICPC_DAY)
    first_run = app.context(Actor(username="local", role=UserRole.TEAM_MANAGER))
    assert list_cases(first_run, include_closed=True) == []
    setup = FirstRunDialog(app.set_up_owner)
    qtbot.addWidget(setup)
    qtbot.keyClicks(setup.name_edit, "Dana Mills")
    setup.role_combo.setCurrentIndex(setup.role_combo.findData(UserRole.TEAM_MANAGER))
    setup.set_up_button.click()
    assert setup.owner is not None and setup.owner.username == "dana.mills", (
        setup.error_label.text()
    )
    manager = window_of(qtbot, settings, app, "dana.mills")
    view = manager.manager_view
    qtbot.waitUntil(lambda: view.team_button.isVisibleTo(view), timeout=10000)
    qtbot.mouseClick(view.team_button, Qt.MouseButton.LeftButton)
    team = view.team_dialog
    qtbot.waitUntil(lambda: team.table.rowCount() == 1, timeout=10000)
    for name, username in (("Sam Okafor", "sam.okafor"), ("Kim Lee", "kim.lee")):
        with qtbot.waitSignal(team.sig_dialog_opened, timeout=5000) as opened:
            qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
        dialog = opened.args[0]
        assert isinstance(dialog, AccountDialog)
        qtbot.keyClicks(dialog.name_edit, name)
        assert dialog.username_edit.text() == username  # suggested from the name
        qtbot.keyClicks(dialog.email_edit, f"{username}@council.example.org")
        dialog.qualified_check.setChecked(True)
        assert dialog.manager_combo.currentText() == "Dana Mills (team manager)"
        with qtbot.waitSignal(team.sig_loaded, timeout=10000):
            save_dialog(qtbot, dialog)
        said(qtbot, team)
    shown = {team.table.item(r, 0).text(): team.table.item(r, 3).text() for r in range(3)}
    assert shown == {
        "Dana Mills": "None recorded",
        "Kim Lee": "Dana Mills",
        "Sam Okafor": "Dana Mills",
    }
    team.close()
    manager.close()
    return app


def window_of(qtbot: Any, settings: Any, app: Any, username: str) -> Any:
    # Each person as a team database signs them in: on a desk's own database only its owner
    # acts, so the manager's and the LP's windows are built from their user records.
    return open_main_window(qtbot, settings, app, signed_in(app, username))


def saved_message(qtbot: Any, parent: Any, name: str = "saved_message") -> QMessageBox:
    """The message a dialog leaves saying what was saved (the newest shown)."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[-1]


def said(qtbot: Any, ws: Any) -> str:
    """Read the saved message, then close it."""
    box = saved_message(qtbot, ws)
    text = box.text()
    box.accept()
    return text


# -- journey 1: the case from its initial conference -----------------------------------------------


def start_case_from_icpc(qtbot: Any, window: Any, app: Any) -> tuple[int, Any]:
    """New case from the caseload: refused empty, then two children (one unborn), two categories,
    the ICPC on 18 Dec 2026 and the first core group set by the rule. The case id and its
    workspace, opened."""
    from lpdesk.gui.case.new_case_dialog import NewCaseDialog

    assert window.caseload_view.model.rowCount() == 0
    # The due list holds what it shows: every item, so the new case's (none due soon) are there.
    with qtbot.waitSignal(window.due_view.sig_loaded, timeout=10000):
        window.due_view.status_combo.setCurrentIndex(2)
    qtbot.mouseClick(window.caseload_view.new_case_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewCaseDialog)
    assert dialog is not None and dialog.isVisible()
    check_labelled(dialog, dialog.windowTitle())
    qtbot.waitUntil(lambda: dialog.lead_combo.count() > 0, timeout=5000)
    assert dialog.lead_combo.currentText().startswith("Sam Okafor")
    click_save(qtbot, dialog)  # nothing filled in: refused, each field marked, nothing written
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisible(), timeout=5000)
    assert dialog.isVisible()
    assert dialog.reference_edit.property("invalid") is True, dialog.error_label_widget.text()
    assert dialog.reason_edit.property("invalid") is True
    refusal = dialog.error_label_widget.text()
    assert "• Case reference: letters, digits" in refusal and "• Category:" in refusal
    assert "• Children: at least one child" in refusal and "_" not in refusal
    assert dialog.height() <= 740  # usable at 1366x768
    assert rows(app, Child) == []

    qtbot.keyClicks(dialog.reference_edit, REFERENCE)
    dialog.category_checks[Category.NEGLECT].setChecked(True)
    dialog.category_checks[Category.EMOTIONAL].setChecked(True)
    qtbot.keyClicks(dialog.reason_edit, "Home conditions and conflict between the adults.")
    qtbot.keyClicks(dialog.child_name_edit, "Robin Example")
    qtbot.keyClicks(dialog.child_born_edit, "04/03/2016")
    qtbot.mouseClick(dialog.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.child_name_edit, "Baby Example")
    dialog.child_unborn_check.setChecked(True)
    qtbot.keyClicks(dialog.child_expected_edit, "20 Feb 2027")
    qtbot.mouseClick(dialog.add_child_button, Qt.MouseButton.LeftButton)
    assert dialog.children_list.count() == 2
    type_into(qtbot, dialog.conference_edit, "11/12/2026")
    assert dialog.review_edit.text() == "11 Mar 2027"  # filled in from the profile: 3 months
    type_into(qtbot, dialog.conference_edit, "18/12/2026")
    assert "Wed 6 Jan 2027" in dialog.due_label.text()  # the rule: 25, 28 Dec, 1 Jan are holidays
    assert dialog.review_edit.text() == "18 Mar 2027"  # within 3 months, filled in
    dialog.chair_combo.setEditText("Pat Chairperson")
    qtbot.keyClicks(dialog.outline_edit, "Home conditions improve; parents attend a course.")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(window.workspaces) == 1, timeout=5000)
    assert "first core group due by Wed 6 Jan 2027" in window.ui.status_bar.currentMessage()
    (case_id,) = window.workspaces
    ws = window.workspaces[case_id]
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    # the caseload and the due list were told by the change notice, not by a refresh call
    qtbot.waitUntil(lambda: window.caseload_view.model.rowCount() == 1, timeout=5000)
    due = window.due_view.model
    qtbot.waitUntil(
        lambda: any(due.item_at(r).case_id == case_id for r in range(due.rowCount())),
        timeout=5000,
    )
    children = rows(app, Child, case_id=case_id)
    assert {(c.date_of_birth, c.expected_birth_date) for c in children} == {
        (None, date(2027, 2, 20)),
        (date(2016, 3, 4), None),
    }
    (icpc,) = rows(app, Conference, case_id=case_id, kind=ConferenceKind.INITIAL)
    assert icpc.held_on == date(2026, 12, 18) and "parents attend" in icpc.outline_plan
    (review,) = rows(app, Conference, case_id=case_id, kind=ConferenceKind.REVIEW)
    assert review.scheduled_for == date(2027, 3, 18)
    return case_id, ws


# -- journey 2: the core group ---------------------------------------------------------------------


def add_new_member(
    qtbot: Any,
    ws: Any,
    name: str,
    role: MemberRole,
    channel: Channel,
    *,
    email: str = "",
    agency: str = "",
    address: str = "",
) -> int:
    """A new person added to the core group from the workspace's Add a member dialog; their id."""
    from lpdesk.gui.case.member_dialog import MemberDialog

    before = len(ws.snapshot.overview.members)
    member = case_dialog(qtbot, ws, "member", MemberDialog)
    member.source_combo.setCurrentIndex(member.source_combo.findData("new"))
    qtbot.keyClicks(member.name_edit, name)
    if agency:
        qtbot.keyClicks(member.agency_edit, agency)
    if email:
        type_into(qtbot, member.email_edit, email)
    if address:
        qtbot.keyClicks(member.address_edit, address)
    member.role_combo.setCurrentIndex(member.role_combo.findData(role))
    member.channel_combo.setCurrentIndex(member.channel_combo.findData(channel))
    save_dialog(qtbot, member)
    qtbot.waitUntil(lambda: len(ws.snapshot.overview.members) == before + 1, timeout=5000)
    (person,) = [m for m in ws.snapshot.overview.members if m.name == name]
    return int(person.membership.person_id)


def build_core_group(qtbot: Any, window: Any, ws: Any, app: Any, monkeypatch: Any) -> None:
    """A parent with a withheld address (then excluded), a teacher (who then leaves), the LP's
    manager from the directory, and the child as a member with a reason; contact details edited in
    one place. Refusals are marked beside their fields and write nothing."""
    from lpdesk.gui.case.member_change_dialog import MemberChangeDialog
    from lpdesk.gui.case.member_dialog import MemberDialog
    from lpdesk.gui.case.person_dialog import PersonDialog

    case_id = ws.case_id
    today = ws.session.ctx.clock.today()
    member = case_dialog(qtbot, ws, "member", MemberDialog)
    check_labelled(member, member.windowTitle())
    member.source_combo.setCurrentIndex(member.source_combo.findData("new"))
    qtbot.keyClicks(member.name_edit, "Alex Example")
    qtbot.keyClicks(member.phone_edit, "01234 567890")
    qtbot.keyClicks(member.address_edit, "Flat 2, 1 Example Road")
    member.withheld_check.setChecked(True)
    qtbot.keyClicks(member.withheld_reason_edit, "a refuge")
    qtbot.keyClicks(member.access_edit, "Polish interpreter")
    member.role_combo.setCurrentIndex(member.role_combo.findData(MemberRole.PARENT))
    member.channel_combo.setCurrentIndex(member.channel_combo.findData(Channel.EMAIL))
    click_save(qtbot, member)  # email chosen, no address: refused beside the field
    qtbot.waitUntil(lambda: member.error_label_widget.isVisible(), timeout=5000)
    assert member.channel_combo.property("invalid") is True
    member.channel_combo.setCurrentIndex(member.channel_combo.findData(Channel.POST))
    save_dialog(qtbot, member)
    assert "Added to the core group as parent" in window.ui.status_bar.currentMessage()

    qtbot.waitUntil(lambda: len(ws.snapshot.overview.members) == 2, timeout=5000)
    member = case_dialog(qtbot, ws, "member", MemberDialog)
    member.source_combo.setCurrentIndex(member.source_combo.findData("new"))
    qtbot.keyClicks(member.name_edit, "Jo Teacher")
    qtbot.keyClicks(member.agency_edit, "Example Primary School")
    qtbot.keyClicks(member.email_edit, "jo..teacher@school.example.org")
    member.role_combo.setCurrentIndex(member.role_combo.findData(MemberRole.PROFESSIONAL))
    click_save(qtbot, member)  # an address no pack could be sent to: refused, beside the field
    qtbot.waitUntil(lambda: member.error_label_widget.isVisible(), timeout=5000)
    assert member.email_edit.property("invalid") is True
    assert "not an email address" in member.error_label_widget.text()
    assert len(rows(app, Person, name="Jo Teacher")) == 0
    type_into(qtbot, member.email_edit, "jo.teacher@school.example.org")
    save_dialog(qtbot, member)

    qtbot.waitUntil(lambda: len(ws.snapshot.overview.members) == 3, timeout=5000)
    member = case_dialog(qtbot, ws, "member", MemberDialog)  # the LP's manager, from the directory
    qtbot.waitUntil(lambda: member.person_combo.count() > 0, timeout=5000)
    member.person_combo.setCurrentIndex(member.person_combo.findText("Dana Mills"))
    member.role_combo.setCurrentIndex(member.role_combo.findData(MemberRole.LP_MANAGER))
    member.channel_combo.setCurrentIndex(member.channel_combo.findData(Channel.HAND))
    save_dialog(qtbot, member)

    qtbot.waitUntil(lambda: len(ws.snapshot.overview.members) == 4, timeout=5000)
    member = case_dialog(qtbot, ws, "member", MemberDialog)  # the child, aged 10: a reason needed
    member.source_combo.setCurrentIndex(member.source_combo.findData("child"))
    member.channel_combo.setCurrentIndex(member.channel_combo.findData(Channel.HAND))
    click_save(qtbot, member)
    qtbot.waitUntil(lambda: member.error_label_widget.isVisible(), timeout=5000)
    assert member.override_edit.property("invalid") is True
    qtbot.keyClicks(member.override_edit, "Asked to take part and understands the plan.")
    save_dialog(qtbot, member)

    qtbot.waitUntil(lambda: len(ws.snapshot.overview.members) == 5, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    change = case_dialog(qtbot, ws, "change", MemberChangeDialog)
    check_labelled(change, change.windowTitle())
    change.member_combo.setCurrentIndex(change.member_combo.findText("Alex Example (parent)"))
    change.change_combo.setCurrentIndex(change.change_combo.findData("excluded"))
    type_into(qtbot, change.on_edit, f"{today:%d/%m/%Y}")
    qtbot.keyClicks(change.reason_edit, "Threats to a worker.")
    save_dialog(qtbot, change)
    change = case_dialog(qtbot, ws, "change", MemberChangeDialog)
    change.member_combo.setCurrentIndex(change.member_combo.findText("Jo Teacher (professional)"))
    save_dialog(qtbot, change)

    person = case_dialog(qtbot, ws, "person", PersonDialog)
    check_labelled(person, person.windowTitle())
    qtbot.waitUntil(lambda: person.person_combo.count() > 0, timeout=5000)
    person.person_combo.setCurrentIndex(person.person_combo.findText("Alex Example"))
    assert person.access_edit.text() == "Polish interpreter"
    person.phone_edit.setText("07000 000000")
    save_dialog(qtbot, person)

    members = {m.person_id: m for m in rows(app, Membership, case_id=case_id)}
    people = {p.name: p for p in rows(app, Person)}
    alex, jo = people["Alex Example"], people["Jo Teacher"]
    assert (alex.phone, alex.address_withheld, alex.address_withheld_reason) == (
        "07000 000000",
        True,
        "a refuge",
    )
    assert members[alex.id].excluded and members[alex.id].excluded_on == today
    assert members[jo.id].left_on == today
    assert members[people["Robin Example"].id].role is MemberRole.CHILD
    assert members[people["Dana Mills"].id].channel is Channel.HAND


# -- journey 7: the LP transferred, then absent with cover -----------------------------------------


def transfer_and_cover(qtbot: Any, manager: Any, app: Any, case_id: int) -> Any:
    """The team manager transfers the case from Sam Okafor to Kim Lee (a handover note needed,
    the family told yesterday), then records Kim's absence with Dana Mills covering; the covering
    worker sees the case's due items as their own. The manager's workspace of the case."""
    from lpdesk.gui.case.lead_professional_dialog import LeadProfessionalDialog
    from lpdesk.services.due import due_list

    today = app.clock.today()
    told = date.fromordinal(today.toordinal() - 1)
    ws = manager.open_case(case_id, REFERENCE)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    lead = case_dialog(qtbot, ws, "lead", LeadProfessionalDialog)
    check_labelled(lead, lead.windowTitle())
    qtbot.waitUntil(lambda: lead.person_combo.count() > 0, timeout=5000)
    lead.person_combo.setCurrentIndex(
        lead.person_combo.findText("Kim Lee", Qt.MatchFlag.MatchStartsWith)
    )
    click_save(qtbot, lead)  # a transfer needs a handover note
    qtbot.waitUntil(lambda: lead.error_label_widget.isVisible(), timeout=5000)
    assert lead.handover_edit.property("invalid") is True
    qtbot.keyClicks(lead.handover_edit, "Joint visit with Kim yesterday.")
    type_into(qtbot, lead.informed_edit, f"{told.day} {told:%b %Y}")
    save_dialog(qtbot, lead)
    assert "Kim Lee is now the lead professional" in manager.ui.status_bar.currentMessage()
    people = {p.name: p for p in rows(app, Person)}
    kim = people["Kim Lee"]
    assert [
        (a.person_id, a.ended_on, a.family_informed_on)
        for a in rows(app, LeadAssignment, case_id=case_id)
    ] == [(people["Sam Okafor"].id, today, None), (kim.id, None, told)]
    qtbot.waitUntil(lambda: ws.snapshot.overview.lead.name == "Kim Lee", timeout=5000)
    absence = ws.open_absence_dialog()
    absence.cover_combo.setCurrentIndex(
        absence.cover_combo.findText("Dana Mills", Qt.MatchFlag.MatchStartsWith)
    )
    save_dialog(qtbot, absence)
    (stored_absence,) = rows(app, Absence, person_id=kim.id)
    assert stored_absence.cover_person_id == people["Dana Mills"].id
    kim_ctx = app.context(signed_in(app, "kim.lee"))
    assert due_list(kim_ctx, profiles=app.profiles, lp_person_id=kim.id)
    dana = people["Dana Mills"].id  # the covering worker sees the case's due items as their own
    covered = due_list(kim_ctx, profiles=app.profiles, lp_person_id=dana)
    assert covered and {i.case_id for i in covered} == {case_id}
    return ws


# -- journey 4: review conferences, then the plan ends ---------------------------------------------


def review_then_plan_ends(qtbot: Any, window: Any, ws: Any, app: Any) -> None:
    """On 18 Mar 2027 the review changes the category (emotional abuse removed) and sets the next
    review; on 16 Sep 2027 the plan ends: the case closes with its reason, read-only, and leaves
    the due list."""
    from lpdesk.gui.case.conference_dialog import ConferenceDialog
    from lpdesk.services.due import due_list

    app.clock.current = datetime(2027, 3, 18, 15, 0)
    ws.refresh()  # a new day: nothing was recorded, the dates moved on
    qtbot.waitUntil(lambda: ws.case_actions.buttons["conference"].isEnabled(), timeout=5000)
    conference = case_dialog(qtbot, ws, "conference", ConferenceDialog)
    check_labelled(conference, conference.windowTitle())
    assert conference.held_edit.text() == "18 Mar 2027"
    conference.outcome_combo.setCurrentIndex(
        conference.outcome_combo.findData(ConferenceOutcome.CATEGORY_CHANGED)
    )
    conference.category_checks[Category.EMOTIONAL].setChecked(False)
    type_into(qtbot, conference.next_edit, "16/09/2027")
    save_dialog(qtbot, conference)
    assert "next review is on 16 Sep 2027" in window.ui.status_bar.currentMessage()

    app.clock.current = datetime(2027, 9, 16, 15, 0)
    ws.refresh()
    qtbot.waitUntil(lambda: len(ws.snapshot.overview.conferences) == 3, timeout=5000)
    conference = case_dialog(qtbot, ws, "conference", ConferenceDialog)
    conference.outcome_combo.setCurrentIndex(
        conference.outcome_combo.findData(ConferenceOutcome.PLAN_ENDS)
    )
    qtbot.keyClicks(conference.end_edit, "Sustained change over six months.")
    save_dialog(qtbot, conference)
    qtbot.waitUntil(lambda: ws.snapshot.overview.case.closed_on is not None, timeout=5000)
    assert not ws.case_actions.buttons["member"].isEnabled()  # read-only now
    overview = ws.snapshot.overview
    assert overview.case.closed_reason == "Sustained change over six months."
    assert overview.plan is not None and overview.plan.stage is PlanStage.ENDED
    assert overview.plan.categories == (Category.NEGLECT,)
    outcomes = sorted(
        (c.held_on, c.outcome) for c in overview.conferences if c.kind is ConferenceKind.REVIEW
    )
    assert outcomes == [
        (date(2027, 3, 18), ConferenceOutcome.CATEGORY_CHANGED),
        (date(2027, 9, 16), ConferenceOutcome.PLAN_ENDS),
    ]
    assert due_list(ws.session.ctx, profiles=app.profiles) == []
    facts = ws.ui.conferences_label.text()
    assert "case closed on 16 Sep 2027</b>: Sustained change" in facts
    assert "18 Mar 2027 · Review conference · category changed" in facts
