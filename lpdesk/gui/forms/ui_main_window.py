# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QSizePolicy, QSplitter,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow: Any) -> None:
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setMinimumSize(QSize(720, 480))
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.main_splitter = QSplitter(self.central_widget)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.nav_panel = QWidget(self.main_splitter)
        self.nav_panel.setObjectName(u"nav_panel")
        self.nav_panel.setMinimumSize(QSize(170, 0))
        self.nav_panel.setMaximumSize(QSize(320, 16777215))
        self.nav_layout = QVBoxLayout(self.nav_panel)
        self.nav_layout.setSpacing(6)
        self.nav_layout.setObjectName(u"nav_layout")
        self.nav_layout.setContentsMargins(10, 14, 6, 10)
        self.brand_label = QLabel(self.nav_panel)
        self.brand_label.setObjectName(u"brand_label")

        self.nav_layout.addWidget(self.brand_label)

        self.user_label = QLabel(self.nav_panel)
        self.user_label.setObjectName(u"user_label")
        self.user_label.setWordWrap(True)

        self.nav_layout.addWidget(self.user_label)

        self.nav_list = QListWidget(self.nav_panel)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_list.setUniformItemSizes(True)

        self.nav_layout.addWidget(self.nav_list)

        self.main_splitter.addWidget(self.nav_panel)
        self.page_stack = QStackedWidget(self.main_splitter)
        self.page_stack.setObjectName(u"page_stack")
        self.main_splitter.addWidget(self.page_stack)

        self.central_layout.addWidget(self.main_splitter)

        MainWindow.setCentralWidget(self.central_widget)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow: Any) -> None:
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"lpdesk", None))
        self.brand_label.setText(QCoreApplication.translate("MainWindow", u"lpdesk", None))
        self.user_label.setText(QCoreApplication.translate("MainWindow", u"Opening the database\u2026", None))

        __sortingEnabled = self.nav_list.isSortingEnabled()
        self.nav_list.setSortingEnabled(False)
        ___qlistwidgetitem = self.nav_list.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"My caseload", None))
        ___qlistwidgetitem1 = self.nav_list.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Due and overdue", None))
        ___qlistwidgetitem2 = self.nav_list.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Meetings", None))
        ___qlistwidgetitem3 = self.nav_list.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Visits", None))
        ___qlistwidgetitem4 = self.nav_list.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Circulation", None))
        ___qlistwidgetitem5 = self.nav_list.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"Reports", None))
        self.nav_list.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.page_stack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
