"""Settings (Designer form ``ui/settings_dialog.ui``): the authority's name, default profile and
protective marking, the Word template (checked by loading it: a missing style is named), the
letterhead, the SMTP server, and the user's own photo (``photo_row``). The SMTP password goes to
the system keyring through ``SecretStore``, never into the database or the values this dialog
hands back.

Values are a plain ``dict[str, str]`` (``SETTING_KEYS``). With a session they are read and written
through ``lpdesk.services.settings`` (audited there; keys that service does not know yet stay in
the dict ``sig_saved`` carries); without one the dialog edits the dict it was given.
Checking the template, rendering the preview and the keyring all run on the work pool.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from lpdesk.circulation.secrets import SecretStore
from lpdesk.domain import InvalidInput
from lpdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from lpdesk.gui.settings.photo_row import PhotoRow
from lpdesk.gui.settings.settings_work import (
    SETTING_KEYS,
    check_files,
    load_values,
    render_preview_pdf,
    store_values,
)
from lpdesk.gui.shell.errors import describe, field_messages
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import status_label_in_place_of
from lpdesk.gui.shell.tasks import Lane, TaskRunner

__all__ = [
    "SETTING_KEYS",
    "SettingsDialog",
    "check_files",
    "load_values",
    "render_preview_pdf",
    "store_values",
]  # the values' keys and the work off the UI thread live in ``settings_work``


def _open_with_desktop(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# -- the dialog ---------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    sig_loaded = Signal()
    sig_template_checked = Signal(bool)  # True when the template (and logo) are usable
    sig_preview_ready = Signal(object)  # Path of the sample PDF
    sig_saved = Signal(object)  # dict[str, str]: every value shown (never the password)

    def __init__(
        self,
        runner: TaskRunner,
        *,
        session: GuiSession | None = None,
        values: Mapping[str, str] | None = None,
        profiles: Mapping[str, str] | None = None,
        secrets: SecretStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.secrets = secrets if secrets is not None else SecretStore(lambda _user: None)
        self.open_file: Callable[[Path], None] = _open_with_desktop
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for name in ("template_status_label", "preview_status_label"):  # hidden while empty
            setattr(self.ui, name, status_label_in_place_of(getattr(self.ui, name)))
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.ui.error_label.hide()
        self.ui.password_note_label.setText(
            self.tr("Leave the password empty to keep the one already stored.")
        )
        # the signed-in user's own photo, added in code (the Designer form stays as it is)
        self.photo_row = PhotoRow.add_to(self.ui.documents_form, runner, session, self)
        self._fill_profiles(profiles)
        self._loaded: dict[str, str] = {}
        self.set_values(values or {})
        self._connect_signals()
        self.ui.preview_button.setEnabled(session is not None)
        if session is not None:
            self._load()

    def use_photo_file(self, path: str | Path) -> None:
        """Keep the photo in ``path`` as the user's own (saved at once; "Choose photo…")."""
        self.photo_row.use_photo_file(path)

    def _fill_profiles(self, profiles: Mapping[str, str] | None) -> None:
        if profiles is None and self.session is not None:
            profiles = {
                pid: getattr(p, "title", "") or pid for pid, p in self.session.profiles.items()
            }
        for pid, title in sorted((profiles or {}).items(), key=lambda kv: kv[1]):
            self.ui.default_profile_combo.addItem(title, pid)

    def _connect_signals(self) -> None:
        self.ui.template_browse_button.clicked.connect(self._browse_template)
        self.ui.logo_browse_button.clicked.connect(self._browse_logo)
        self.ui.template_path_edit.editingFinished.connect(self.check_template)
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    # -- values -----------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        ui = self.ui
        return {
            "authority_name": ui.authority_name_edit.text().strip(),
            "default_profile": str(ui.default_profile_combo.currentData() or ""),
            "protective_marking": ui.protective_marking_edit.text().strip(),
            "template_path": ui.template_path_edit.text().strip(),
            "letterhead_logo": ui.logo_path_edit.text().strip(),
            "letterhead_address": ui.address_edit.toPlainText().strip(),
            "smtp_host": ui.smtp_host_edit.text().strip(),
            "smtp_port": str(ui.smtp_port_spin.value()),
            "smtp_username": ui.smtp_username_edit.text().strip(),
            "smtp_starttls": "true" if ui.smtp_starttls_check.isChecked() else "false",
            "smtp_oauth_client_id": ui.smtp_oauth_client_edit.text().strip(),
            "smtp_oauth_tenant": ui.smtp_oauth_tenant_edit.text().strip(),
        }

    def set_values(self, values: Mapping[str, str]) -> None:
        ui = self.ui
        ui.authority_name_edit.setText(values.get("authority_name", ""))
        profile = values.get("default_profile", "")
        if profile and ui.default_profile_combo.findData(profile) < 0:
            ui.default_profile_combo.addItem(profile, profile)
        ui.default_profile_combo.setCurrentIndex(max(0, ui.default_profile_combo.findData(profile)))
        ui.protective_marking_edit.setText(values.get("protective_marking", ""))
        ui.template_path_edit.setText(values.get("template_path", ""))
        ui.logo_path_edit.setText(values.get("letterhead_logo", ""))
        ui.address_edit.setPlainText(values.get("letterhead_address", ""))
        ui.smtp_host_edit.setText(values.get("smtp_host", ""))
        port = values.get("smtp_port", "")
        ui.smtp_port_spin.setValue(int(port) if port.isdigit() else 587)
        ui.smtp_username_edit.setText(values.get("smtp_username", ""))
        ui.smtp_starttls_check.setChecked(values.get("smtp_starttls", "true") != "false")
        ui.smtp_oauth_client_edit.setText(values.get("smtp_oauth_client_id", ""))
        ui.smtp_oauth_tenant_edit.setText(values.get("smtp_oauth_tenant", ""))
        self._loaded = self.values()

    def _load(self) -> None:
        session = self.session
        assert session is not None
        self.setEnabled(False)
        self.runner.run(
            lambda: load_values(session.ctx), self._loaded_values, self._load_failed, owner=self
        )

    def _loaded_values(self, values: dict[str, str]) -> None:
        self.setEnabled(True)
        self.set_values({**self._loaded, **values})
        emit(self.sig_loaded)

    def _load_failed(self, err: BaseException) -> None:
        self.setEnabled(True)
        self._show_problem(describe(err).text)

    # -- files ------------------------------------------------------------------------------------

    def _browse_template(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Word template"),
            self.ui.template_path_edit.text(),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self.ui.template_path_edit.setText(path)
            self.check_template()

    def _browse_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Letterhead logo"),
            self.ui.logo_path_edit.text(),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.ui.logo_path_edit.setText(path)

    def check_template(self) -> None:
        """Load the template on the work pool; the status line names any missing style."""
        template = self.ui.template_path_edit.text()
        if not template.strip():
            self.ui.template_status_label.setText(self.tr("The bundled template is used."))
            return
        self.ui.template_status_label.setText(self.tr("Checking the template…"))
        self.runner.run(
            lambda: check_files(template, ""),
            lambda _none: self._template_checked(None),
            self._template_checked,
            lane=Lane.WORK,
            owner=self,
        )

    def _template_checked(self, err: BaseException | None) -> None:
        if err is None:
            self.ui.template_status_label.setText(
                self.tr("Template checked: every style lpdesk needs is there.")
            )
        else:
            messages = field_messages(err) or {"template": describe(err).text}
            self.ui.template_status_label.setText(
                messages.get("template", "\n".join(messages.values()))
            )
        emit(self.sig_template_checked, err is None)

    # -- preview ----------------------------------------------------------------------------------

    def preview(self) -> None:
        session = self.session
        if session is None:
            return
        self.ui.preview_button.setEnabled(False)
        self.ui.preview_status_label.setText(self.tr("Rendering a sample…"))
        self.runner.run(
            lambda: render_preview_pdf(session),
            self._preview_ready,
            self._preview_failed,
            lane=Lane.WORK,
            owner=self,
        )

    def _preview_ready(self, path: Path) -> None:
        self.ui.preview_button.setEnabled(True)
        self.ui.preview_status_label.setText(self.tr("Opened the sample PDF."))
        self.open_file(path)
        emit(self.sig_preview_ready, path)

    def _preview_failed(self, err: BaseException) -> None:
        self.ui.preview_button.setEnabled(True)
        self.ui.preview_status_label.setText(describe(err).text)

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        """Check the files, write what changed through the service, keep the password in the
        keyring, then close. Refused input keeps the dialog open with the field named."""
        values = self.values()
        self.ui.error_label.hide()
        self._set_saving(True)
        self.runner.run(
            lambda: check_files(values["template_path"], values["letterhead_logo"]),
            lambda _none: self._write(values),
            self._save_failed,
            lane=Lane.WORK,
            owner=self,
        )

    def _write(self, values: dict[str, str]) -> None:
        changed = {k: v for k, v in values.items() if self._loaded.get(k, "") != v}
        session = self.session
        if session is None or not changed:
            self._store_password(values)
            return
        self.runner.run(
            lambda: store_values(session.ctx, changed),
            lambda _written: self._store_password(values),
            self._save_failed,
            owner=self,
        )

    def _store_password(self, values: dict[str, str]) -> None:
        password, username = self.ui.smtp_password_edit.text(), values["smtp_username"]
        if not password:
            self._saved(values, None)
            return
        if not username:
            self._save_failed(InvalidInput.one("smtp_username", "needed to store a password"))
            return
        secrets = self.secrets
        self.runner.run(
            lambda: secrets.save(username, password),
            lambda in_keyring: self._saved(values, in_keyring),
            self._save_failed,
            lane=Lane.WORK,
            owner=self,
        )

    def _saved(self, values: dict[str, str], in_keyring: bool | None) -> None:
        self._set_saving(False)
        self.ui.smtp_password_edit.clear()
        if in_keyring is False:
            self.ui.password_note_label.setText(
                self.tr("No system keyring: the password is kept for this session only.")
            )
        self._loaded = dict(values)
        emit(self.sig_saved, dict(values))
        self.accept()

    def _save_failed(self, err: BaseException) -> None:
        self._set_saving(False)
        messages = field_messages(err)
        widgets = {
            "template": self.ui.template_path_edit,
            "template_path": self.ui.template_path_edit,
            "letterhead_logo": self.ui.logo_path_edit,
            "smtp_username": self.ui.smtp_username_edit,
            "smtp_oauth_client_id": self.ui.smtp_oauth_client_edit,
            "smtp_oauth_tenant": self.ui.smtp_oauth_tenant_edit,
            "value": self.ui.authority_name_edit,
        }
        if messages:
            self._show_problem(
                "\n".join(f"{k.replace('_', ' ')}: {m}" for k, m in messages.items())
            )
            first = next((widgets[k] for k in messages if k in widgets), None)
            if first is not None:
                first.setFocus()
            if "template" in messages:
                self.ui.template_status_label.setText(messages["template"])
            return
        self._show_problem(describe(err).text)

    def _show_problem(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def _set_saving(self, saving: bool) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not saving)

    def closeEvent(self, event: Any) -> None:
        self.ui.smtp_password_edit.clear()  # never kept beyond the dialog
        super().closeEvent(event)
