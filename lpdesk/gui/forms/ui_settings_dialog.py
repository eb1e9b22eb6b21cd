# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog: Any) -> None:
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 720)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SettingsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.authority_group = QGroupBox(SettingsDialog)
        self.authority_group.setObjectName(u"authority_group")
        self.authority_group_layout = QVBoxLayout(self.authority_group)
        self.authority_group_layout.setObjectName(u"authority_group_layout")
        self.authority_form = QFormLayout()
        self.authority_form.setObjectName(u"authority_form")
        self.authority_name_label = QLabel(self.authority_group)
        self.authority_name_label.setObjectName(u"authority_name_label")

        self.authority_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authority_name_label)

        self.authority_name_edit = QLineEdit(self.authority_group)
        self.authority_name_edit.setObjectName(u"authority_name_edit")
        self.authority_name_edit.setMaxLength(200)

        self.authority_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authority_name_edit)

        self.default_profile_label = QLabel(self.authority_group)
        self.default_profile_label.setObjectName(u"default_profile_label")

        self.authority_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.default_profile_label)

        self.default_profile_combo = QComboBox(self.authority_group)
        self.default_profile_combo.setObjectName(u"default_profile_combo")

        self.authority_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.default_profile_combo)

        self.protective_marking_label = QLabel(self.authority_group)
        self.protective_marking_label.setObjectName(u"protective_marking_label")

        self.authority_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.protective_marking_label)

        self.protective_marking_edit = QLineEdit(self.authority_group)
        self.protective_marking_edit.setObjectName(u"protective_marking_edit")
        self.protective_marking_edit.setMaxLength(60)

        self.authority_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.protective_marking_edit)


        self.authority_group_layout.addLayout(self.authority_form)


        self.dialog_layout.addWidget(self.authority_group)

        self.documents_group = QGroupBox(SettingsDialog)
        self.documents_group.setObjectName(u"documents_group")
        self.documents_group_layout = QVBoxLayout(self.documents_group)
        self.documents_group_layout.setObjectName(u"documents_group_layout")
        self.documents_form = QFormLayout()
        self.documents_form.setObjectName(u"documents_form")
        self.template_path_label = QLabel(self.documents_group)
        self.template_path_label.setObjectName(u"template_path_label")

        self.documents_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_path_label)

        self.template_row = QHBoxLayout()
        self.template_row.setObjectName(u"template_row")
        self.template_path_edit = QLineEdit(self.documents_group)
        self.template_path_edit.setObjectName(u"template_path_edit")

        self.template_row.addWidget(self.template_path_edit)

        self.template_browse_button = QPushButton(self.documents_group)
        self.template_browse_button.setObjectName(u"template_browse_button")

        self.template_row.addWidget(self.template_browse_button)


        self.documents_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.template_row)

        self.template_status_label = QLabel(self.documents_group)
        self.template_status_label.setObjectName(u"template_status_label")
        self.template_status_label.setWordWrap(True)

        self.documents_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.template_status_label)

        self.logo_path_label = QLabel(self.documents_group)
        self.logo_path_label.setObjectName(u"logo_path_label")

        self.documents_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logo_path_label)

        self.logo_row = QHBoxLayout()
        self.logo_row.setObjectName(u"logo_row")
        self.logo_path_edit = QLineEdit(self.documents_group)
        self.logo_path_edit.setObjectName(u"logo_path_edit")

        self.logo_row.addWidget(self.logo_path_edit)

        self.logo_browse_button = QPushButton(self.documents_group)
        self.logo_browse_button.setObjectName(u"logo_browse_button")

        self.logo_row.addWidget(self.logo_browse_button)


        self.documents_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logo_row)

        self.address_label = QLabel(self.documents_group)
        self.address_label.setObjectName(u"address_label")

        self.documents_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.documents_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 80))

        self.documents_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.preview_row = QHBoxLayout()
        self.preview_row.setObjectName(u"preview_row")
        self.preview_button = QPushButton(self.documents_group)
        self.preview_button.setObjectName(u"preview_button")

        self.preview_row.addWidget(self.preview_button)

        self.preview_status_label = QLabel(self.documents_group)
        self.preview_status_label.setObjectName(u"preview_status_label")
        self.preview_status_label.setWordWrap(True)

        self.preview_row.addWidget(self.preview_status_label)


        self.documents_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.preview_row)


        self.documents_group_layout.addLayout(self.documents_form)


        self.dialog_layout.addWidget(self.documents_group)

        self.smtp_group = QGroupBox(SettingsDialog)
        self.smtp_group.setObjectName(u"smtp_group")
        self.smtp_group_layout = QVBoxLayout(self.smtp_group)
        self.smtp_group_layout.setObjectName(u"smtp_group_layout")
        self.smtp_form = QFormLayout()
        self.smtp_form.setObjectName(u"smtp_form")
        self.smtp_host_label = QLabel(self.smtp_group)
        self.smtp_host_label.setObjectName(u"smtp_host_label")

        self.smtp_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smtp_host_label)

        self.smtp_host_edit = QLineEdit(self.smtp_group)
        self.smtp_host_edit.setObjectName(u"smtp_host_edit")

        self.smtp_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.smtp_host_edit)

        self.smtp_port_label = QLabel(self.smtp_group)
        self.smtp_port_label.setObjectName(u"smtp_port_label")

        self.smtp_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.smtp_port_label)

        self.smtp_port_spin = QSpinBox(self.smtp_group)
        self.smtp_port_spin.setObjectName(u"smtp_port_spin")
        self.smtp_port_spin.setMinimum(1)
        self.smtp_port_spin.setMaximum(65535)
        self.smtp_port_spin.setValue(587)

        self.smtp_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.smtp_port_spin)

        self.smtp_username_label = QLabel(self.smtp_group)
        self.smtp_username_label.setObjectName(u"smtp_username_label")

        self.smtp_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.smtp_username_label)

        self.smtp_username_edit = QLineEdit(self.smtp_group)
        self.smtp_username_edit.setObjectName(u"smtp_username_edit")

        self.smtp_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.smtp_username_edit)

        self.smtp_password_label = QLabel(self.smtp_group)
        self.smtp_password_label.setObjectName(u"smtp_password_label")

        self.smtp_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.smtp_password_label)

        self.smtp_password_edit = QLineEdit(self.smtp_group)
        self.smtp_password_edit.setObjectName(u"smtp_password_edit")
        self.smtp_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.smtp_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.smtp_password_edit)

        self.smtp_starttls_check = QCheckBox(self.smtp_group)
        self.smtp_starttls_check.setObjectName(u"smtp_starttls_check")
        self.smtp_starttls_check.setChecked(True)

        self.smtp_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.smtp_starttls_check)

        self.smtp_oauth_client_label = QLabel(self.smtp_group)
        self.smtp_oauth_client_label.setObjectName(u"smtp_oauth_client_label")

        self.smtp_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.smtp_oauth_client_label)

        self.smtp_oauth_client_edit = QLineEdit(self.smtp_group)
        self.smtp_oauth_client_edit.setObjectName(u"smtp_oauth_client_edit")

        self.smtp_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.smtp_oauth_client_edit)

        self.smtp_oauth_tenant_label = QLabel(self.smtp_group)
        self.smtp_oauth_tenant_label.setObjectName(u"smtp_oauth_tenant_label")

        self.smtp_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.smtp_oauth_tenant_label)

        self.smtp_oauth_tenant_edit = QLineEdit(self.smtp_group)
        self.smtp_oauth_tenant_edit.setObjectName(u"smtp_oauth_tenant_edit")

        self.smtp_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.smtp_oauth_tenant_edit)

        self.password_note_label = QLabel(self.smtp_group)
        self.password_note_label.setObjectName(u"password_note_label")
        self.password_note_label.setWordWrap(True)

        self.smtp_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.password_note_label)


        self.smtp_group_layout.addLayout(self.smtp_form)


        self.dialog_layout.addWidget(self.smtp_group)

        self.error_label = QLabel(SettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.authority_name_label.setBuddy(self.authority_name_edit)
        self.default_profile_label.setBuddy(self.default_profile_combo)
        self.protective_marking_label.setBuddy(self.protective_marking_edit)
        self.template_path_label.setBuddy(self.template_path_edit)
        self.logo_path_label.setBuddy(self.logo_path_edit)
        self.address_label.setBuddy(self.address_edit)
        self.smtp_host_label.setBuddy(self.smtp_host_edit)
        self.smtp_port_label.setBuddy(self.smtp_port_spin)
        self.smtp_username_label.setBuddy(self.smtp_username_edit)
        self.smtp_password_label.setBuddy(self.smtp_password_edit)
        self.smtp_oauth_client_label.setBuddy(self.smtp_oauth_client_edit)
        self.smtp_oauth_tenant_label.setBuddy(self.smtp_oauth_tenant_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.authority_name_edit, self.default_profile_combo)
        QWidget.setTabOrder(self.default_profile_combo, self.protective_marking_edit)
        QWidget.setTabOrder(self.protective_marking_edit, self.template_path_edit)
        QWidget.setTabOrder(self.template_path_edit, self.template_browse_button)
        QWidget.setTabOrder(self.template_browse_button, self.logo_path_edit)
        QWidget.setTabOrder(self.logo_path_edit, self.logo_browse_button)
        QWidget.setTabOrder(self.logo_browse_button, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.smtp_host_edit)
        QWidget.setTabOrder(self.smtp_host_edit, self.smtp_port_spin)
        QWidget.setTabOrder(self.smtp_port_spin, self.smtp_username_edit)
        QWidget.setTabOrder(self.smtp_username_edit, self.smtp_password_edit)
        QWidget.setTabOrder(self.smtp_password_edit, self.smtp_starttls_check)
        QWidget.setTabOrder(self.smtp_starttls_check, self.smtp_oauth_client_edit)
        QWidget.setTabOrder(self.smtp_oauth_client_edit, self.smtp_oauth_tenant_edit)
        QWidget.setTabOrder(self.smtp_oauth_tenant_edit, self.button_box)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog: Any) -> None:
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.intro_label.setText(QCoreApplication.translate("SettingsDialog", u"Organisational settings are shared by the team and every change is audited. The SMTP password is kept in the system keyring, never in the database.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"page_hint", None))
        self.authority_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Authority", None))
        self.authority_name_label.setText(QCoreApplication.translate("SettingsDialog", u"Authority name", None))
#if QT_CONFIG(accessibility)
        self.authority_name_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Authority name", None))
#endif // QT_CONFIG(accessibility)
        self.default_profile_label.setText(QCoreApplication.translate("SettingsDialog", u"Default practice profile", None))
#if QT_CONFIG(accessibility)
        self.default_profile_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Default practice profile for new cases", None))
#endif // QT_CONFIG(accessibility)
        self.protective_marking_label.setText(QCoreApplication.translate("SettingsDialog", u"Protective marking", None))
#if QT_CONFIG(accessibility)
        self.protective_marking_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Protective marking printed on every page", None))
#endif // QT_CONFIG(accessibility)
        self.protective_marking_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"OFFICIAL-SENSITIVE", None))
        self.documents_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Documents", None))
        self.template_path_label.setText(QCoreApplication.translate("SettingsDialog", u"Word template", None))
#if QT_CONFIG(accessibility)
        self.template_path_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Word template file", None))
#endif // QT_CONFIG(accessibility)
        self.template_path_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"The bundled template", None))
        self.template_browse_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.template_browse_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choose the Word template file", None))
#endif // QT_CONFIG(accessibility)
        self.template_status_label.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"page_hint", None))
        self.logo_path_label.setText(QCoreApplication.translate("SettingsDialog", u"Letterhead logo", None))
#if QT_CONFIG(accessibility)
        self.logo_path_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Letterhead logo file (PNG or JPEG)", None))
#endif // QT_CONFIG(accessibility)
        self.logo_browse_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.logo_browse_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choose the letterhead logo", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("SettingsDialog", u"Letterhead address", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Letterhead address", None))
#endif // QT_CONFIG(accessibility)
        self.preview_button.setText(QCoreApplication.translate("SettingsDialog", u"Preview a document", None))
#if QT_CONFIG(accessibility)
        self.preview_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Preview a sample document as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.preview_status_label.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"page_hint", None))
        self.smtp_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Email (SMTP)", None))
        self.smtp_host_label.setText(QCoreApplication.translate("SettingsDialog", u"Server", None))
#if QT_CONFIG(accessibility)
        self.smtp_host_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"SMTP server host name", None))
#endif // QT_CONFIG(accessibility)
        self.smtp_host_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"smtp.example.org", None))
        self.smtp_port_label.setText(QCoreApplication.translate("SettingsDialog", u"Port", None))
#if QT_CONFIG(accessibility)
        self.smtp_port_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"SMTP port", None))
#endif // QT_CONFIG(accessibility)
        self.smtp_username_label.setText(QCoreApplication.translate("SettingsDialog", u"User name", None))
#if QT_CONFIG(accessibility)
        self.smtp_username_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"SMTP user name", None))
#endif // QT_CONFIG(accessibility)
        self.smtp_password_label.setText(QCoreApplication.translate("SettingsDialog", u"Password", None))
#if QT_CONFIG(accessibility)
        self.smtp_password_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"SMTP password (kept in the system keyring)", None))
#endif // QT_CONFIG(accessibility)
        self.smtp_password_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Unchanged", None))
        self.smtp_starttls_check.setText(QCoreApplication.translate("SettingsDialog", u"Use STARTTLS", None))
#if QT_CONFIG(accessibility)
        self.smtp_starttls_check.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Use STARTTLS", None))
#endif // QT_CONFIG(accessibility)
        self.smtp_oauth_client_label.setText(QCoreApplication.translate("SettingsDialog", u"Microsoft 365 app id", None))
#if QT_CONFIG(accessibility)
        self.smtp_oauth_client_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Microsoft 365 application (client) id, for signing in to Exchange Online without a password", None))
#endif // QT_CONFIG(accessibility)
        self.smtp_oauth_client_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Only for Exchange Online: the id lpdesk is registered as", None))
        self.smtp_oauth_tenant_label.setText(QCoreApplication.translate("SettingsDialog", u"Microsoft 365 tenant", None))
#if QT_CONFIG(accessibility)
        self.smtp_oauth_tenant_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Microsoft 365 tenant id or domain", None))
#endif // QT_CONFIG(accessibility)
        self.smtp_oauth_tenant_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"example.gov.uk", None))
        self.password_note_label.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"page_hint", None))
        self.error_label.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"warning", None))
    # retranslateUi
