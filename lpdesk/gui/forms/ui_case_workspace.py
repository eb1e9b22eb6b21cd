# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_workspace.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CaseWorkspace(object):
    def setupUi(self, CaseWorkspace: Any) -> None:
        if not CaseWorkspace.objectName():
            CaseWorkspace.setObjectName(u"CaseWorkspace")
        CaseWorkspace.resize(1000, 700)
        self.workspace_layout = QVBoxLayout(CaseWorkspace)
        self.workspace_layout.setSpacing(10)
        self.workspace_layout.setObjectName(u"workspace_layout")
        self.workspace_layout.setContentsMargins(20, 16, 20, 12)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_layout = QVBoxLayout()
        self.title_layout.setSpacing(2)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(CaseWorkspace)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(CaseWorkspace)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.title_layout.addWidget(self.summary_label)


        self.header_layout.addLayout(self.title_layout)

        self.header_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.convene_button = QPushButton(CaseWorkspace)
        self.convene_button.setObjectName(u"convene_button")

        self.header_layout.addWidget(self.convene_button)

        self.visit_button = QPushButton(CaseWorkspace)
        self.visit_button.setObjectName(u"visit_button")

        self.header_layout.addWidget(self.visit_button)

        self.more_button = QPushButton(CaseWorkspace)
        self.more_button.setObjectName(u"more_button")

        self.header_layout.addWidget(self.more_button)

        self.refresh_button = QPushButton(CaseWorkspace)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)

        self.close_button = QPushButton(CaseWorkspace)
        self.close_button.setObjectName(u"close_button")

        self.header_layout.addWidget(self.close_button)


        self.workspace_layout.addLayout(self.header_layout)

        self.section_tabs = QTabWidget(CaseWorkspace)
        self.section_tabs.setObjectName(u"section_tabs")
        self.section_tabs.setDocumentMode(True)
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.overview_outer = QVBoxLayout(self.overview_tab)
        self.overview_outer.setObjectName(u"overview_outer")
        self.overview_outer.setContentsMargins(0, 0, 0, 0)
        self.overview_scroll = QScrollArea(self.overview_tab)
        self.overview_scroll.setObjectName(u"overview_scroll")
        self.overview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.overview_scroll.setWidgetResizable(True)
        self.overview_content = QWidget()
        self.overview_content.setObjectName(u"overview_content")
        self.overview_layout = QVBoxLayout(self.overview_content)
        self.overview_layout.setObjectName(u"overview_layout")
        self.timeline_title_label = QLabel(self.overview_content)
        self.timeline_title_label.setObjectName(u"timeline_title_label")

        self.overview_layout.addWidget(self.timeline_title_label)

        self.timeline_host = QWidget(self.overview_content)
        self.timeline_host.setObjectName(u"timeline_host")
        self.timeline_host.setMinimumSize(QSize(0, 230))

        self.overview_layout.addWidget(self.timeline_host)

        self.facts_layout = QHBoxLayout()
        self.facts_layout.setObjectName(u"facts_layout")
        self.children_group = QGroupBox(self.overview_content)
        self.children_group.setObjectName(u"children_group")
        self.children_layout = QVBoxLayout(self.children_group)
        self.children_layout.setObjectName(u"children_layout")
        self.children_label = QLabel(self.children_group)
        self.children_label.setObjectName(u"children_label")
        self.children_label.setWordWrap(True)
        self.children_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.children_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.children_layout.addWidget(self.children_label)


        self.facts_layout.addWidget(self.children_group)

        self.conferences_group = QGroupBox(self.overview_content)
        self.conferences_group.setObjectName(u"conferences_group")
        self.conferences_layout = QVBoxLayout(self.conferences_group)
        self.conferences_layout.setObjectName(u"conferences_layout")
        self.conferences_label = QLabel(self.conferences_group)
        self.conferences_label.setObjectName(u"conferences_label")
        self.conferences_label.setWordWrap(True)
        self.conferences_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.conferences_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.conferences_layout.addWidget(self.conferences_label)


        self.facts_layout.addWidget(self.conferences_group)

        self.due_group = QGroupBox(self.overview_content)
        self.due_group.setObjectName(u"due_group")
        self.due_layout = QVBoxLayout(self.due_group)
        self.due_layout.setObjectName(u"due_layout")
        self.due_label = QLabel(self.due_group)
        self.due_label.setObjectName(u"due_label")
        self.due_label.setWordWrap(True)
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.due_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.due_layout.addWidget(self.due_label)


        self.facts_layout.addWidget(self.due_group)


        self.overview_layout.addLayout(self.facts_layout)

        self.overview_scroll.setWidget(self.overview_content)

        self.overview_outer.addWidget(self.overview_scroll)

        self.section_tabs.addTab(self.overview_tab, "")
        self.members_tab = QWidget()
        self.members_tab.setObjectName(u"members_tab")
        self.members_layout = QVBoxLayout(self.members_tab)
        self.members_layout.setObjectName(u"members_layout")
        self.members_table = QTableWidget(self.members_tab)
        self.members_table.setObjectName(u"members_table")

        self.members_layout.addWidget(self.members_table)

        self.section_tabs.addTab(self.members_tab, "")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_layout = QVBoxLayout(self.plan_tab)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_label = QLabel(self.plan_tab)
        self.plan_label.setObjectName(u"plan_label")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.plan_layout.addWidget(self.plan_label)

        self.actions_table = QTableWidget(self.plan_tab)
        self.actions_table.setObjectName(u"actions_table")

        self.plan_layout.addWidget(self.actions_table)

        self.section_tabs.addTab(self.plan_tab, "")
        self.meetings_tab = QWidget()
        self.meetings_tab.setObjectName(u"meetings_tab")
        self.meetings_layout = QVBoxLayout(self.meetings_tab)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings_table = QTableWidget(self.meetings_tab)
        self.meetings_table.setObjectName(u"meetings_table")

        self.meetings_layout.addWidget(self.meetings_table)

        self.meeting_buttons_layout = QHBoxLayout()
        self.meeting_buttons_layout.setObjectName(u"meeting_buttons_layout")
        self.meetings_hint_label = QLabel(self.meetings_tab)
        self.meetings_hint_label.setObjectName(u"meetings_hint_label")

        self.meeting_buttons_layout.addWidget(self.meetings_hint_label)

        self.meeting_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meeting_buttons_layout.addItem(self.meeting_buttons_spacer)

        self.open_meeting_button = QPushButton(self.meetings_tab)
        self.open_meeting_button.setObjectName(u"open_meeting_button")

        self.meeting_buttons_layout.addWidget(self.open_meeting_button)


        self.meetings_layout.addLayout(self.meeting_buttons_layout)

        self.section_tabs.addTab(self.meetings_tab, "")
        self.visits_tab = QWidget()
        self.visits_tab.setObjectName(u"visits_tab")
        self.visits_layout = QVBoxLayout(self.visits_tab)
        self.visits_layout.setObjectName(u"visits_layout")
        self.visits_table = QTableWidget(self.visits_tab)
        self.visits_table.setObjectName(u"visits_table")

        self.visits_layout.addWidget(self.visits_table)

        self.section_tabs.addTab(self.visits_tab, "")
        self.records_tab = QWidget()
        self.records_tab.setObjectName(u"records_tab")
        self.records_layout = QVBoxLayout(self.records_tab)
        self.records_layout.setObjectName(u"records_layout")
        self.disagreements_table = QTableWidget(self.records_tab)
        self.disagreements_table.setObjectName(u"disagreements_table")

        self.records_layout.addWidget(self.disagreements_table)

        self.events_table = QTableWidget(self.records_tab)
        self.events_table.setObjectName(u"events_table")

        self.records_layout.addWidget(self.events_table)

        self.section_tabs.addTab(self.records_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_layout = QVBoxLayout(self.documents_tab)
        self.documents_layout.setObjectName(u"documents_layout")
        self.documents_table = QTableWidget(self.documents_tab)
        self.documents_table.setObjectName(u"documents_table")

        self.documents_layout.addWidget(self.documents_table)

        self.section_tabs.addTab(self.documents_tab, "")

        self.workspace_layout.addWidget(self.section_tabs)


        self.retranslateUi(CaseWorkspace)
    # setupUi

    def retranslateUi(self, CaseWorkspace: Any) -> None:
        CaseWorkspace.setWindowTitle(QCoreApplication.translate("CaseWorkspace", u"Case", None))
        self.title_label.setText(QCoreApplication.translate("CaseWorkspace", u"Case", None))
        self.title_label.setProperty(u"role", QCoreApplication.translate("CaseWorkspace", u"page_title", None))
        self.summary_label.setText(QCoreApplication.translate("CaseWorkspace", u"Loading\u2026", None))
        self.summary_label.setProperty(u"role", QCoreApplication.translate("CaseWorkspace", u"page_hint", None))
        self.convene_button.setText(QCoreApplication.translate("CaseWorkspace", u"Convene core group\u2026", None))
        self.convene_button.setProperty(u"role", QCoreApplication.translate("CaseWorkspace", u"primary", None))
        self.visit_button.setText(QCoreApplication.translate("CaseWorkspace", u"Record visit\u2026", None))
        self.more_button.setText(QCoreApplication.translate("CaseWorkspace", u"More", None))
#if QT_CONFIG(accessibility)
        self.more_button.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"More actions", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_button.setText(QCoreApplication.translate("CaseWorkspace", u"Refresh", None))
        self.close_button.setText(QCoreApplication.translate("CaseWorkspace", u"Close case", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("CaseWorkspace", u"Close this workspace (the case stays open)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.section_tabs.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Case sections", None))
#endif // QT_CONFIG(accessibility)
        self.timeline_title_label.setText(QCoreApplication.translate("CaseWorkspace", u"Contact against the required cadence", None))
        self.timeline_title_label.setProperty(u"role", QCoreApplication.translate("CaseWorkspace", u"section_title", None))
        self.children_group.setTitle(QCoreApplication.translate("CaseWorkspace", u"Children", None))
        self.conferences_group.setTitle(QCoreApplication.translate("CaseWorkspace", u"Conferences and lead professional", None))
        self.due_group.setTitle(QCoreApplication.translate("CaseWorkspace", u"Due for this case", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.overview_tab), QCoreApplication.translate("CaseWorkspace", u"Overview", None))
#if QT_CONFIG(accessibility)
        self.members_table.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Core group members", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.members_tab), QCoreApplication.translate("CaseWorkspace", u"Core group", None))
#if QT_CONFIG(accessibility)
        self.actions_table.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Plan actions", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.plan_tab), QCoreApplication.translate("CaseWorkspace", u"Plan", None))
#if QT_CONFIG(accessibility)
        self.meetings_table.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        self.meetings_hint_label.setProperty(u"role", QCoreApplication.translate("CaseWorkspace", u"page_hint", None))
        self.open_meeting_button.setText(QCoreApplication.translate("CaseWorkspace", u"Open minutes\u2026", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.meetings_tab), QCoreApplication.translate("CaseWorkspace", u"Meetings", None))
#if QT_CONFIG(accessibility)
        self.visits_table.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Visits", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.visits_tab), QCoreApplication.translate("CaseWorkspace", u"Visits", None))
#if QT_CONFIG(accessibility)
        self.disagreements_table.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Disagreements", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.events_table.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Significant events", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.records_tab), QCoreApplication.translate("CaseWorkspace", u"Disagreements and events", None))
#if QT_CONFIG(accessibility)
        self.documents_table.setAccessibleName(QCoreApplication.translate("CaseWorkspace", u"Documents produced", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.documents_tab), QCoreApplication.translate("CaseWorkspace", u"Documents", None))
    # retranslateUi
