# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog: Any) -> None:
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(640, 720)
        self.dialog_layout = QVBoxLayout(VisitDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(VisitDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.child_label = QLabel(VisitDialog)
        self.child_label.setObjectName(u"child_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.child_label)

        self.child_combo = QComboBox(VisitDialog)
        self.child_combo.setObjectName(u"child_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.child_combo)

        self.visitor_label = QLabel(VisitDialog)
        self.visitor_label.setObjectName(u"visitor_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visitor_label)

        self.visitor_combo = QComboBox(VisitDialog)
        self.visitor_combo.setObjectName(u"visitor_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visitor_combo)

        self.visited_at_label = QLabel(VisitDialog)
        self.visited_at_label.setObjectName(u"visited_at_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visited_at_label)

        self.visited_at_edit = QDateTimeEdit(VisitDialog)
        self.visited_at_edit.setObjectName(u"visited_at_edit")
        self.visited_at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visited_at_edit)

        self.outcome_label = QLabel(VisitDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(VisitDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.present_label = QLabel(VisitDialog)
        self.present_label.setObjectName(u"present_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.present_label)

        self.present_edit = QLineEdit(VisitDialog)
        self.present_edit.setObjectName(u"present_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.present_edit)

        self.checks_layout = QHBoxLayout()
        self.checks_layout.setObjectName(u"checks_layout")
        self.spoke_check = QCheckBox(VisitDialog)
        self.spoke_check.setObjectName(u"spoke_check")

        self.checks_layout.addWidget(self.spoke_check)

        self.alone_check = QCheckBox(VisitDialog)
        self.alone_check.setObjectName(u"alone_check")

        self.checks_layout.addWidget(self.alone_check)

        self.bedroom_check = QCheckBox(VisitDialog)
        self.bedroom_check.setObjectName(u"bedroom_check")

        self.checks_layout.addWidget(self.bedroom_check)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.checks_layout)

        self.not_alone_reason_label = QLabel(VisitDialog)
        self.not_alone_reason_label.setObjectName(u"not_alone_reason_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.not_alone_reason_label)

        self.not_alone_reason_edit = QPlainTextEdit(VisitDialog)
        self.not_alone_reason_edit.setObjectName(u"not_alone_reason_edit")
        self.not_alone_reason_edit.setTabChangesFocus(True)
        self.not_alone_reason_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.not_alone_reason_edit)

        self.observations_label = QLabel(VisitDialog)
        self.observations_label.setObjectName(u"observations_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.observations_label)

        self.observations_edit = QPlainTextEdit(VisitDialog)
        self.observations_edit.setObjectName(u"observations_edit")
        self.observations_edit.setTabChangesFocus(True)
        self.observations_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.observations_edit)

        self.key_subjects_label = QLabel(VisitDialog)
        self.key_subjects_label.setObjectName(u"key_subjects_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.key_subjects_label)

        self.key_subjects_edit = QPlainTextEdit(VisitDialog)
        self.key_subjects_edit.setObjectName(u"key_subjects_edit")
        self.key_subjects_edit.setTabChangesFocus(True)
        self.key_subjects_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.key_subjects_edit)

        self.presentation_label = QLabel(VisitDialog)
        self.presentation_label.setObjectName(u"presentation_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.presentation_label)

        self.presentation_edit = QPlainTextEdit(VisitDialog)
        self.presentation_edit.setObjectName(u"presentation_edit")
        self.presentation_edit.setTabChangesFocus(True)
        self.presentation_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.presentation_edit)

        self.new_concerns_label = QLabel(VisitDialog)
        self.new_concerns_label.setObjectName(u"new_concerns_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.new_concerns_label)

        self.new_concerns_edit = QPlainTextEdit(VisitDialog)
        self.new_concerns_edit.setObjectName(u"new_concerns_edit")
        self.new_concerns_edit.setTabChangesFocus(True)
        self.new_concerns_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.new_concerns_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(VisitDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(VisitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.child_label.setBuddy(self.child_combo)
        self.visitor_label.setBuddy(self.visitor_combo)
        self.visited_at_label.setBuddy(self.visited_at_edit)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.present_label.setBuddy(self.present_edit)
        self.not_alone_reason_label.setBuddy(self.not_alone_reason_edit)
        self.observations_label.setBuddy(self.observations_edit)
        self.key_subjects_label.setBuddy(self.key_subjects_edit)
        self.presentation_label.setBuddy(self.presentation_edit)
        self.new_concerns_label.setBuddy(self.new_concerns_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.child_combo, self.visitor_combo)
        QWidget.setTabOrder(self.visitor_combo, self.visited_at_edit)
        QWidget.setTabOrder(self.visited_at_edit, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.present_edit)
        QWidget.setTabOrder(self.present_edit, self.spoke_check)
        QWidget.setTabOrder(self.spoke_check, self.alone_check)
        QWidget.setTabOrder(self.alone_check, self.bedroom_check)
        QWidget.setTabOrder(self.bedroom_check, self.not_alone_reason_edit)
        QWidget.setTabOrder(self.not_alone_reason_edit, self.observations_edit)
        QWidget.setTabOrder(self.observations_edit, self.key_subjects_edit)
        QWidget.setTabOrder(self.key_subjects_edit, self.presentation_edit)
        QWidget.setTabOrder(self.presentation_edit, self.new_concerns_edit)
        QWidget.setTabOrder(self.new_concerns_edit, self.button_box)

        self.retranslateUi(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog: Any) -> None:
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Record a visit", None))
        self.intro_label.setText(QCoreApplication.translate("VisitDialog", u"Record everything a visit record holds (F1 lists it). Describe presentation and behaviour factually; avoid labels such as \u201cdisturbed\u201d.", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("VisitDialog", u"page_hint", None))
        self.child_label.setText(QCoreApplication.translate("VisitDialog", u"Child", None))
#if QT_CONFIG(accessibility)
        self.child_combo.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Child visited", None))
#endif // QT_CONFIG(accessibility)
        self.visitor_label.setText(QCoreApplication.translate("VisitDialog", u"Visitor", None))
#if QT_CONFIG(accessibility)
        self.visitor_combo.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Who visited", None))
#endif // QT_CONFIG(accessibility)
        self.visited_at_label.setText(QCoreApplication.translate("VisitDialog", u"Date and time", None))
#if QT_CONFIG(accessibility)
        self.visited_at_edit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Date and time of the visit", None))
#endif // QT_CONFIG(accessibility)
        self.visited_at_edit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"ddd d MMM yyyy HH:mm", None))
        self.outcome_label.setText(QCoreApplication.translate("VisitDialog", u"Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Outcome of the visit", None))
#endif // QT_CONFIG(accessibility)
        self.present_label.setText(QCoreApplication.translate("VisitDialog", u"Who was present", None))
#if QT_CONFIG(accessibility)
        self.present_edit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Who was present", None))
#endif // QT_CONFIG(accessibility)
        self.spoke_check.setText(QCoreApplication.translate("VisitDialog", u"Spoke with the child", None))
#if QT_CONFIG(accessibility)
        self.spoke_check.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Spoke with the child", None))
#endif // QT_CONFIG(accessibility)
        self.alone_check.setText(QCoreApplication.translate("VisitDialog", u"Child seen alone", None))
#if QT_CONFIG(accessibility)
        self.alone_check.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Child seen alone", None))
#endif // QT_CONFIG(accessibility)
        self.bedroom_check.setText(QCoreApplication.translate("VisitDialog", u"Bedroom seen", None))
#if QT_CONFIG(accessibility)
        self.bedroom_check.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Bedroom seen", None))
#endif // QT_CONFIG(accessibility)
        self.not_alone_reason_label.setText(QCoreApplication.translate("VisitDialog", u"Why not seen alone", None))
#if QT_CONFIG(accessibility)
        self.not_alone_reason_edit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Why the child was not seen alone", None))
#endif // QT_CONFIG(accessibility)
        self.observations_label.setText(QCoreApplication.translate("VisitDialog", u"Observations against the risks", None))
#if QT_CONFIG(accessibility)
        self.observations_edit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Observations against the identified risks", None))
#endif // QT_CONFIG(accessibility)
        self.key_subjects_label.setText(QCoreApplication.translate("VisitDialog", u"Key subjects of the plan", None))
#if QT_CONFIG(accessibility)
        self.key_subjects_edit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Key subjects of the plan discussed", None))
#endif // QT_CONFIG(accessibility)
        self.presentation_label.setText(QCoreApplication.translate("VisitDialog", u"Presentation and behaviour", None))
#if QT_CONFIG(accessibility)
        self.presentation_edit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Child's presentation and behaviour, described factually", None))
#endif // QT_CONFIG(accessibility)
        self.new_concerns_label.setText(QCoreApplication.translate("VisitDialog", u"New incidents or concerns", None))
#if QT_CONFIG(accessibility)
        self.new_concerns_edit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"New incidents, injuries or concerns", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setProperty(u"role", QCoreApplication.translate("VisitDialog", u"warning", None))
    # retranslateUi
