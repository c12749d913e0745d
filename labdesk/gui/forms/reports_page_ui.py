# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.pageLayout = QHBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.registerPanel = QWidget(self.splitter)
        self.registerPanel.setObjectName(u"registerPanel")
        self.registerLayout = QVBoxLayout(self.registerPanel)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(self.registerPanel)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.registerPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.showSupersededCheck = QCheckBox(self.registerPanel)
        self.showSupersededCheck.setObjectName(u"showSupersededCheck")
        self.showSupersededCheck.setChecked(True)

        self.filterRow.addWidget(self.showSupersededCheck)


        self.registerLayout.addLayout(self.filterRow)

        self.reportTable = QTableWidget(self.registerPanel)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportTable.setAlternatingRowColors(True)

        self.registerLayout.addWidget(self.reportTable)

        self.detailLabel = QLabel(self.registerPanel)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailLabel.setText(u"")

        self.registerLayout.addWidget(self.detailLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.refreshButton = QPushButton(self.registerPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttons.addWidget(self.refreshButton)

        self.printButton = QPushButton(self.registerPanel)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.openButton = QPushButton(self.registerPanel)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.saveButton = QPushButton(self.registerPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.noticeButton = QPushButton(self.registerPanel)
        self.noticeButton.setObjectName(u"noticeButton")

        self.buttons.addWidget(self.noticeButton)

        self.amendButton = QPushButton(self.registerPanel)
        self.amendButton.setObjectName(u"amendButton")

        self.buttons.addWidget(self.amendButton)

        self.verifyButton = QPushButton(self.registerPanel)
        self.verifyButton.setObjectName(u"verifyButton")

        self.buttons.addWidget(self.verifyButton)


        self.registerLayout.addLayout(self.buttons)

        self.splitter.addWidget(self.registerPanel)
        self.previewPanel = QWidget(self.splitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewTitle = QLabel(self.previewPanel)
        self.previewTitle.setObjectName(u"previewTitle")
        self.previewTitle.setText(u"")

        self.previewLayout.addWidget(self.previewTitle)

        self.viewerHost = QVBoxLayout()
        self.viewerHost.setObjectName(u"viewerHost")

        self.previewLayout.addLayout(self.viewerHost)

        self.splitter.addWidget(self.previewPanel)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.showSupersededCheck)
        QWidget.setTabOrder(self.showSupersededCheck, self.reportTable)
        QWidget.setTabOrder(self.reportTable, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.noticeButton)
        QWidget.setTabOrder(self.noticeButton, self.amendButton)
        QWidget.setTabOrder(self.amendButton, self.verifyButton)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.filterLabel.setText(QCoreApplication.translate("ReportsPage", u"\u67e5\u627e(&F)\uff1a", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"\u62a5\u544a\u7f16\u53f7\u3001\u6837\u54c1\u7f16\u53f7\u3001\u53d7\u68c0\u5355\u4f4d\u2026", None))
        self.showSupersededCheck.setText(QCoreApplication.translate("ReportsPage", u"\u663e\u793a\u5df2\u4f5c\u5e9f(&X)", None))
        self.refreshButton.setText(QCoreApplication.translate("ReportsPage", u"\u5237\u65b0(&R)", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"\u6253\u5370(&P)\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ReportsPage", u"\u7cfb\u7edf\u67e5\u770b\u5668\u6253\u5f00(&O)", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"\u53e6\u5b58\u4e3a(&S)\u2026", None))
        self.noticeButton.setText(QCoreApplication.translate("ReportsPage", u"\u544a\u77e5\u4e66/\u9001\u8fbe\u51fd(&N)", None))
        self.amendButton.setText(QCoreApplication.translate("ReportsPage", u"\u66f4\u6b63(&A)\u2026", None))
        self.verifyButton.setText(QCoreApplication.translate("ReportsPage", u"\u6821\u9a8c\u6587\u4ef6(&V)\u2026", None))
        pass
    # retranslateUi

