# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plans_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTreeView,
    QVBoxLayout, QWidget)

class Ui_PlansPage(object):
    def setupUi(self, PlansPage):
        if not PlansPage.objectName():
            PlansPage.setObjectName(u"PlansPage")
        self.layout = QVBoxLayout(PlansPage)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(PlansPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listHeader = QHBoxLayout()
        self.listHeader.setObjectName(u"listHeader")
        self.listLabel = QLabel(self.listPanel)
        self.listLabel.setObjectName(u"listLabel")

        self.listHeader.addWidget(self.listLabel)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listHeader.addItem(self.listSpacer)

        self.bundledCombo = QComboBox(self.listPanel)
        self.bundledCombo.setObjectName(u"bundledCombo")

        self.listHeader.addWidget(self.bundledCombo)

        self.importBundledButton = QPushButton(self.listPanel)
        self.importBundledButton.setObjectName(u"importBundledButton")

        self.listHeader.addWidget(self.importBundledButton)

        self.importButton = QPushButton(self.listPanel)
        self.importButton.setObjectName(u"importButton")

        self.listHeader.addWidget(self.importButton)

        self.calendarButton = QPushButton(self.listPanel)
        self.calendarButton.setObjectName(u"calendarButton")

        self.listHeader.addWidget(self.calendarButton)

        self.refreshButton = QPushButton(self.listPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.listHeader.addWidget(self.refreshButton)


        self.listLayout.addLayout(self.listHeader)

        self.planTable = QTableView(self.listPanel)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.listLayout.addWidget(self.planTable)

        self.splitter.addWidget(self.listPanel)
        self.dashboardPanel = QWidget(self.splitter)
        self.dashboardPanel.setObjectName(u"dashboardPanel")
        self.dashboardLayout = QVBoxLayout(self.dashboardPanel)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.dashboardLayout.setContentsMargins(0, 0, 0, 0)
        self.planTitleLabel = QLabel(self.dashboardPanel)
        self.planTitleLabel.setObjectName(u"planTitleLabel")
        self.planTitleLabel.setStyleSheet(u"font-size: 16px; font-weight: bold;")

        self.dashboardLayout.addWidget(self.planTitleLabel)

        self.planInfoLabel = QLabel(self.dashboardPanel)
        self.planInfoLabel.setObjectName(u"planInfoLabel")
        self.planInfoLabel.setWordWrap(True)
        self.planInfoLabel.setText(u"")

        self.dashboardLayout.addWidget(self.planInfoLabel)

        self.institutionLayout = QHBoxLayout()
        self.institutionLayout.setObjectName(u"institutionLayout")
        self.institutionLabel = QLabel(self.dashboardPanel)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.institutionLayout.addWidget(self.institutionLabel)

        self.institutionCombo = QComboBox(self.dashboardPanel)
        self.institutionCombo.setObjectName(u"institutionCombo")
        self.institutionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.institutionLayout.addWidget(self.institutionCombo)

        self.institutionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.institutionLayout.addItem(self.institutionSpacer)

        self.totalsLabel = QLabel(self.dashboardPanel)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.institutionLayout.addWidget(self.totalsLabel)


        self.dashboardLayout.addLayout(self.institutionLayout)

        self.progressTree = QTreeView(self.dashboardPanel)
        self.progressTree.setObjectName(u"progressTree")
        self.progressTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progressTree.setAlternatingRowColors(True)
        self.progressTree.setUniformRowHeights(True)

        self.dashboardLayout.addWidget(self.progressTree)

        self.splitter.addWidget(self.dashboardPanel)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.planTable)
        self.institutionLabel.setBuddy(self.institutionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planTable, self.institutionCombo)
        QWidget.setTabOrder(self.institutionCombo, self.progressTree)
        QWidget.setTabOrder(self.progressTree, self.importButton)
        QWidget.setTabOrder(self.importButton, self.bundledCombo)
        QWidget.setTabOrder(self.bundledCombo, self.importBundledButton)
        QWidget.setTabOrder(self.importBundledButton, self.calendarButton)
        QWidget.setTabOrder(self.calendarButton, self.refreshButton)

        self.retranslateUi(PlansPage)

        QMetaObject.connectSlotsByName(PlansPage)
    # setupUi

    def retranslateUi(self, PlansPage):
        self.listLabel.setText(QCoreApplication.translate("PlansPage", u"\u62bd\u67e5\u8ba1\u5212(&L)", None))
#if QT_CONFIG(tooltip)
        self.bundledCombo.setToolTip(QCoreApplication.translate("PlansPage", u"\u968f\u8f6f\u4ef6\u63d0\u4f9b\u7684\u8ba1\u5212\u793a\u4f8b", None))
#endif // QT_CONFIG(tooltip)
        self.importBundledButton.setText(QCoreApplication.translate("PlansPage", u"\u5bfc\u5165\u793a\u4f8b\u8ba1\u5212", None))
        self.importButton.setText(QCoreApplication.translate("PlansPage", u"\u5bfc\u5165\u8ba1\u5212\u6587\u4ef6(&I)\u2026", None))
#if QT_CONFIG(shortcut)
        self.importButton.setShortcut(QCoreApplication.translate("PlansPage", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.calendarButton.setText(QCoreApplication.translate("PlansPage", u"\u5de5\u4f5c\u65e5\u5386(&W)\u2026", None))
#if QT_CONFIG(tooltip)
        self.calendarButton.setToolTip(QCoreApplication.translate("PlansPage", u"\u6cd5\u5b9a\u8282\u5047\u65e5\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5\uff08chinesecalendar \u672a\u8986\u76d6\u7684\u5e74\u4efd\u5728\u6b64\u8865\u5f55\uff1b\u672c\u8868\u4f18\u5148\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("PlansPage", u"\u5237\u65b0(&R)", None))
#if QT_CONFIG(shortcut)
        self.refreshButton.setShortcut(QCoreApplication.translate("PlansPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.planTitleLabel.setText(QCoreApplication.translate("PlansPage", u"\u8bf7\u9009\u62e9\u4e00\u4e2a\u8ba1\u5212", None))
        self.institutionLabel.setText(QCoreApplication.translate("PlansPage", u"\u627f\u68c0\u673a\u6784(&J)", None))
        pass
    # retranslateUi

