"""The password list of one meeting's pack as a screen: each recipient by name, the phone number to
give the password by, the password shown on demand, and a tick "password given" with who gave it
and when. Showing a password and ticking it given are audited by the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lpdesk.gui.admin.circulation_words import channel_words
from lpdesk.gui.shell.changes import Changes, Kind, subscribe
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import fmt_datetime
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_tail import close_tail
from lpdesk.gui.shell.tables import ROW_DATA, fill_table, prepare_table
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.circulation import (
    PasswordRow,
    mark_password_given,
    password_list,
    reveal_password,
)
from lpdesk.services.context import ServiceContext

__all__ = ["PasswordDialog"]


class PasswordDialog(QDialog):
    sig_loaded = Signal(int)  # rows shown

    def __init__(
        self,
        runner: TaskRunner,
        ctx: ServiceContext,
        meeting_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("password_dialog")
        self.setWindowTitle(self.tr("Passwords: {what}").format(what=title))
        self.runner, self.ctx, self.meeting_id = runner, ctx, meeting_id
        self.rows: list[PasswordRow] = []
        self.shown: dict[int, str] = {}
        fit_to_screen(self, 900, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give each password by telephone or text message, never by email, then tick it "
                "given. The printed password list made with the pack holds the same passwords."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(self)
        self.table.setObjectName("password_table")
        self.table.setAccessibleName(self.tr("Recipients and their passwords"))
        prepare_table(
            self.table,
            [
                self.tr("Recipient"),
                self.tr("Phone"),
                self.tr("How"),
                self.tr("Password"),
                self.tr("Password given"),
            ],
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show password"), self)
        self.show_button.setObjectName("show_button")
        self.given_button = QPushButton(self.tr("Password given"), self)
        self.given_button.setObjectName("given_button")
        self.given_button.setAccessibleName(self.tr("Tick the chosen recipient's password given"))
        row.addWidget(self.show_button)
        row.addWidget(self.given_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = close_tail(self, layout)
        self.show_button.clicked.connect(self.show_password)
        self.given_button.clicked.connect(self.password_given)
        self.setTabOrder(self.table, self.show_button)
        self.setTabOrder(self.show_button, self.given_button)
        subscribe(runner.changes, self, {Kind.CIRCULATION}, self.reload)
        self.reload()

    def reload(self) -> None:
        ctx, meeting_id = self.ctx, self.meeting_id
        self.runner.run(
            lambda: password_list(ctx, meeting_id=meeting_id), self._show, self._failed, owner=self
        )

    def _show(self, rows: list[PasswordRow]) -> None:
        self.rows = rows
        current = self.table.currentRow()
        fill_table(
            self.table,
            [
                [
                    r.name,
                    r.phone or self.tr("No phone number recorded"),
                    channel_words(r.channel),
                    self.shown.get(r.person_id, "••••" if r.available else self.tr("See list")),
                    self.tr("Given by {who}, {when}").format(
                        who=r.given_by, when=fmt_datetime(r.given_at)
                    )
                    if r.given_at
                    else self.tr("Not yet"),
                ]
                for r in rows
            ],
            data=[r.person_id for r in rows],
            empty=self.tr("No pack has been produced for this meeting."),
        )
        if 0 <= current < len(rows):
            self.table.selectRow(current)
        emit(self.sig_loaded, len(rows))

    def chosen(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        value = item.data(ROW_DATA) if item is not None else None
        return int(value) if isinstance(value, int) else None

    def choose(self, person_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ROW_DATA) == person_id:
                self.table.selectRow(row)

    def show_password(self) -> None:
        person_id = self.chosen()
        if person_id is None:
            return
        ctx, meeting_id = self.ctx, self.meeting_id

        def shown(password: str) -> None:
            self.shown[person_id] = password
            self._show(self.rows)

        self.runner.run(
            lambda: reveal_password(ctx, meeting_id=meeting_id, person_id=person_id),
            shown,
            self._failed,
            owner=self,
        )

    def password_given(self) -> None:
        person_id = self.chosen()
        if person_id is None:
            return
        ctx, meeting_id = self.ctx, self.meeting_id
        self.runner.run(
            lambda: mark_password_given(ctx, meeting_id=meeting_id, person_id=person_id),
            None,
            self._failed,
            owner=self,
            changes=Changes.of(None, Kind.CIRCULATION),
        )

    def _failed(self, err: BaseException) -> None:
        self.status_label.setText(describe(err).text)

    def password_shown(self, person_id: int) -> Any:
        """The password on screen for ``person_id`` (None until shown)."""
        return self.shown.get(person_id)
