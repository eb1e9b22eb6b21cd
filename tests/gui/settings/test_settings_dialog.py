"""The settings dialog: a round trip through the settings service on a real SQLite file with the
demo, and on a plain dict; the Word template checked by loading it (a missing style named); the
SMTP password in the keyring and nowhere else; a sample document previewed as a PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from docx import Document
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.compat import properties
from PySide6.QtWidgets import QDialog

from lpdesk.circulation.secrets import SMTP_SERVICE, SecretStore
from lpdesk.documents.template import default_template_path
from lpdesk.gui.settings.settings_dialog import SETTING_KEYS, SettingsDialog
from lpdesk.gui.shell.session import GuiSession
from lpdesk.services.settings import all_settings, get_setting
from tests.gui.test_dialogs import check_labelled

MANAGER = "daniel.kowalczyk"
PASSWORD = "s3cret-Πάσχα-pw"


def _session(demo_app, username: str = MANAGER) -> GuiSession:  # type: ignore[no-untyped-def]
    return GuiSession(
        ctx=demo_app.context(demo_app.actor(username)),
        profiles=demo_app.profiles,
        forms=demo_app.forms,
        data_dir=demo_app.data_dir,
        close=lambda: None,
    )


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, installed only by the fixture below. Not viable for keyring's own
    choice of backend (its priority raises): merely defining a backend class must not change the
    keyring every other test, and the encrypted store, gets."""

    @properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]
        raise RuntimeError("installed explicitly by tests only")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def dialog(qtbot, runner, demo_app):  # type: ignore[no-untyped-def]
    dlg = SettingsDialog(runner, session=_session(demo_app))
    qtbot.addWidget(dlg)
    qtbot.waitSignal(dlg.sig_loaded, timeout=10000).wait()
    return dlg


def _save(qtbot, dlg) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dlg.sig_saved, timeout=10000) as saved:
        dlg.ui.button_box.accepted.emit()
    return saved.args[0]


def test_settings_round_trip_through_the_service(qtbot, runner, demo_app, dialog) -> None:
    ui = dialog.ui
    ui.authority_name_edit.setText("Northvale Council")
    ui.protective_marking_edit.setText("OFFICIAL-SENSITIVE")
    other = 1 if ui.default_profile_combo.currentIndex() == 0 else 0
    ui.default_profile_combo.setCurrentIndex(other)
    profile = ui.default_profile_combo.currentData()
    values = _save(qtbot, dialog)
    assert set(values) == set(SETTING_KEYS)
    ctx = demo_app.context(demo_app.actor(MANAGER))
    assert get_setting(ctx, "authority_name") == "Northvale Council"
    assert get_setting(ctx, "protective_marking") == "OFFICIAL-SENSITIVE"
    assert get_setting(ctx, "default_profile") == profile

    again = SettingsDialog(runner, session=_session(demo_app))
    qtbot.addWidget(again)
    qtbot.waitSignal(again.sig_loaded, timeout=10000).wait()
    assert again.ui.authority_name_edit.text() == "Northvale Council"
    assert again.ui.default_profile_combo.currentData() == profile


def test_a_plain_dict_round_trips_without_a_session(qtbot, runner) -> None:
    given = {
        "authority_name": "Glenmuir Council",
        "default_profile": "scotland",
        "protective_marking": "OFFICIAL",
        "template_path": "",
        "letterhead_logo": "",
        "letterhead_address": "1 High Street\nGlenmuir",
        "smtp_host": "smtp.example.org",
        "smtp_port": "465",
        "smtp_username": "lp.team",
        "smtp_starttls": "false",
        "smtp_oauth_client_id": "0b6f2a3c-0000-4000-8000-000000000001",
        "smtp_oauth_tenant": "glenmuir.example.gov.uk",
    }
    dlg = SettingsDialog(runner, values=given, profiles={"scotland": "Scotland (GIRFEC)"})
    qtbot.addWidget(dlg)
    assert dlg.values() == given
    dlg.ui.smtp_host_edit.setText("mail.example.org")
    assert _save(qtbot, dlg) == dict(given, smtp_host="mail.example.org")


def test_a_template_missing_a_style_is_named(qtbot, runner, tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))  # Word's own defaults: none of lpdesk's named styles
    dlg = SettingsDialog(runner, values={})
    qtbot.addWidget(dlg)
    dlg.ui.template_path_edit.setText(str(plain))
    with qtbot.waitSignal(dlg.sig_template_checked, timeout=10000) as checked:
        dlg.check_template()
    assert checked.args == [False]
    assert "style named 'LP Title'" in dlg.ui.template_status_label.text()

    dlg.ui.template_path_edit.setText(str(default_template_path()))
    with qtbot.waitSignal(dlg.sig_template_checked, timeout=10000) as checked:
        dlg.check_template()
    assert checked.args == [True]


def test_saving_refuses_a_bad_template_and_writes_nothing(
    qtbot, runner, demo_app, dialog, tmp_path
) -> None:
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    dialog.ui.template_path_edit.setText(str(plain))
    dialog.ui.authority_name_edit.setText("Not saved")
    dialog.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.ui.error_label.isHidden(), timeout=10000)
    assert "LP Title" in dialog.ui.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    ctx = demo_app.context(demo_app.actor(MANAGER))
    assert get_setting(ctx, "authority_name") != "Not saved"


def test_the_password_goes_to_the_keyring_and_nowhere_else(
    qtbot, runner, demo_app, dialog, memory_keyring
) -> None:
    dialog.ui.smtp_username_edit.setText("lp.team")
    dialog.ui.smtp_password_edit.setText(PASSWORD)
    values = _save(qtbot, dialog)
    assert memory_keyring.store[(SMTP_SERVICE, "lp.team")] == PASSWORD
    assert PASSWORD not in values.values()
    stored = all_settings(demo_app.context(demo_app.actor(MANAGER)))
    assert all(PASSWORD not in v for v in stored.values())
    assert dialog.ui.smtp_password_edit.text() == ""
    raw = (demo_app.data_dir / "lpdesk.db").read_bytes()
    assert PASSWORD.encode() not in raw


def test_a_password_without_a_keyring_stays_in_memory(qtbot, runner) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())  # what keyring does with no Secret Service
    try:
        store = SecretStore(lambda _user: None)
        dlg = SettingsDialog(runner, values={"smtp_username": "lp.team"}, secrets=store)
        qtbot.addWidget(dlg)
        dlg.ui.smtp_password_edit.setText(PASSWORD)
        _save(qtbot, dlg)
        assert store.get("lp.team") == PASSWORD
        assert "session only" in dlg.ui.password_note_label.text()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.slow
def test_preview_renders_a_sample_pdf_and_opens_it(qtbot, dialog) -> None:
    opened: list[Path] = []
    dialog.open_file = opened.append
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=30000):
        dialog.ui.preview_button.click()
    assert len(opened) == 1
    assert opened[0].read_bytes().startswith(b"%PDF-")
    assert opened[0].stat().st_mode & 0o077 == 0


def test_title_accessible_names_and_tab_order(dialog) -> None:
    dialog.show()
    check_labelled(dialog, dialog.windowTitle())
    assert dialog.windowTitle() == "Settings"


def test_a_lead_professional_is_told_only_a_manager_may_change_them(
    qtbot, runner, demo_app
) -> None:
    dlg = SettingsDialog(runner, session=_session(demo_app, "aisha.rahman"))
    qtbot.addWidget(dlg)
    qtbot.waitSignal(dlg.sig_loaded, timeout=10000).wait()
    dlg.ui.authority_name_edit.setText("Changed by an LP")
    dlg.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: not dlg.ui.error_label.isHidden(), timeout=10000)
    assert "may not change organisational settings" in dlg.ui.error_label.text()
    ctx = demo_app.context(demo_app.actor(MANAGER))
    assert get_setting(ctx, "authority_name") != "Changed by an LP"
