"""Add a core group member: someone from the organisation's directory, a new person (contact
details, preferred channel, interpreter or access needs, a withheld address with its reason), or a
child on the case once of age and understanding (younger: the reason is recorded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.domain import Channel, MemberRole
from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import member_role_label
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["CHANNELS", "MemberDialog"]

DIRECTORY, NEW_PERSON, CHILD = "directory", "new", "child"
ROLES = (
    MemberRole.PARENT,
    MemberRole.CARER,
    MemberRole.FOSTER_CARER,
    MemberRole.PROFESSIONAL,
    MemberRole.LP_MANAGER,
    MemberRole.QA_MANAGER,
    MemberRole.CONFERENCE_CHAIR,
)
CHANNELS = (
    (Channel.EMAIL, "Email"),
    (Channel.POST, "Post"),
    (Channel.HAND, "By hand (the LP gives it)"),
    (Channel.NONE, "Does not receive documents"),
)


class MemberDialog(FormDialog):
    kinds = (Kind.PEOPLE,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self._build()
        self.load_directory(self._fill_directory)
        self._source_changed()

    def _build(self) -> None:
        self.begin(
            "member_dialog",
            self.tr("Add a core group member"),
            self.tr("From the directory, as a new person, or a child on this case."),
        )
        self.source_combo = self.combo(
            self.tr("Who joins"),
            "",
            "source_combo",
            [
                (self.tr("Someone in the directory"), DIRECTORY),
                (self.tr("A new person"), NEW_PERSON),
                (self.tr("A child on this case"), CHILD),
            ],
        )
        self.person_combo = self.combo(self.tr("Person"), "person_id", "person_combo")
        self.child_combo = self.combo(
            self.tr("Child"),
            "child_id",
            "child_combo",
            [(c.name, c.child.id) for c in self.overview.children if c.child.date_of_birth],
        )
        self.override_edit = self.text(
            self.tr("Why they join before the usual age (if younger)"),
            "override_reason",
            "override_edit",
            50,
        )
        self.name_edit = self.line(self.tr("Name"), "name", "name_edit")
        self.agency_edit = self.line(self.tr("Agency"), "agency", "agency_edit")
        self.job_edit = self.line(self.tr("Job title"), "job_title", "job_edit")
        self.email_edit = self.line(self.tr("Email"), "email", "email_edit")
        self.phone_edit = self.line(self.tr("Phone"), "phone", "phone_edit")
        self.address_edit = self.text(self.tr("Address"), "address", "address_edit", 60)
        self.withheld_check = self.check(
            self.tr("Withhold this address from everyone else"),
            "address_withheld",
            "withheld_check",
        )
        self.withheld_reason_edit = self.line(
            self.tr("Why it is withheld"), "address_withheld_reason", "withheld_reason_edit"
        )
        self.access_edit = self.line(
            self.tr("Interpreter or access needs"), "access_needs", "access_edit"
        )
        self.role_combo = self.combo(
            self.tr("Role in the core group"),
            "role",
            "role_combo",
            [(member_role_label(r), r) for r in ROLES],
        )
        self.channel_combo = self.combo(
            self.tr("Receives documents by"),
            "channel",
            "channel_combo",
            [(self.tr(text), ch) for ch, text in CHANNELS],
        )
        self.editable_check = self.check(
            self.tr("Wants Word copies as well as PDF"), "wants_editable", "editable_check"
        )
        self.share_check = self.check(
            self.tr("Their address may appear in documents others receive"),
            "share_address",
            "share_check",
        )
        self.joined_edit = self.day(
            self.tr("Joined on"), "joined_on", "joined_edit", self.session.ctx.clock.today()
        )
        self.finish()
        self.source_combo.currentIndexChanged.connect(lambda _i: self._source_changed())

    def _fill_directory(self) -> None:
        on_case = {m.membership.person_id for m in self.overview.members}
        for entry in self.directory_entries:
            if entry.person.id not in on_case:
                self.person_combo.addItem(entry.label, entry.person.id)

    def _source_changed(self) -> None:
        source = self.source_combo.currentData()
        self.show_rows(
            source == NEW_PERSON,
            self.name_edit,
            self.agency_edit,
            self.job_edit,
            self.email_edit,
            self.phone_edit,
            self.address_edit,
            self.withheld_check,
            self.withheld_reason_edit,
            self.access_edit,
        )
        self.show_rows(source == DIRECTORY, self.person_combo)
        self.show_rows(source == CHILD, self.child_combo, self.override_edit)
        self.show_rows(source != CHILD, self.role_combo, self.editable_check, self.share_check)

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.cases import add_child_member, add_member, add_new_member

        ctx, case_id = self.session.ctx, self.overview.case.id or 0
        joined = self.joined_edit.date()
        if joined is None:
            raise ValueError(self.tr("Give the date they joined."))
        source = self.source_combo.currentData()
        channel = self.channel_combo.currentData()
        if source == CHILD:
            child_id = self.child_combo.currentData()
            if child_id is None:
                raise ValueError(self.tr("There is no child of that age on this case."))
            reason = self.override_edit.toPlainText()
            return lambda: add_child_member(
                ctx, child_id=child_id, joined_on=joined, channel=channel, override_reason=reason
            )
        common: dict[str, Any] = {
            "case_id": case_id,
            "role": self.role_combo.currentData(),
            "joined_on": joined,
            "channel": channel,
            "wants_editable": self.editable_check.isChecked(),
            "share_address": self.share_check.isChecked(),
        }
        if source == DIRECTORY:
            person_id = self.person_combo.currentData()
            if person_id is None:
                raise ValueError(self.tr("Choose a person, or add a new person."))
            return lambda: add_member(ctx, person_id=person_id, **common)
        details: dict[str, Any] = {
            "name": self.name_edit.text(),
            "agency": self.agency_edit.text(),
            "job_title": self.job_edit.text(),
            "email": self.email_edit.text(),
            "phone": self.phone_edit.text(),
            "address": self.address_edit.toPlainText(),
            "address_withheld": self.withheld_check.isChecked(),
            "address_withheld_reason": self.withheld_reason_edit.text(),
            "access_needs": self.access_edit.text(),
        }
        return lambda: add_new_member(ctx, **common, **details)

    def saved_text(self, result: Any) -> str:
        return self.tr("Added to the core group as {role}.").format(
            role=member_role_label(result.role).lower()
        )
