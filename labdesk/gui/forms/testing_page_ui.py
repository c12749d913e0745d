# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'testing_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TestingPage(object):
    def setupUi(self, TestingPage):
        if not TestingPage.objectName():
            TestingPage.setObjectName(u"TestingPage")
        self.pageLayout = QHBoxLayout(TestingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(TestingPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.queuePanel = QWidget(self.splitter)
        self.queuePanel.setObjectName(u"queuePanel")
        self.queueLayout = QVBoxLayout(self.queuePanel)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.queueTitle = QLabel(self.queuePanel)
        self.queueTitle.setObjectName(u"queueTitle")

        self.queueLayout.addWidget(self.queueTitle)

        self.codeEdit = QLineEdit(self.queuePanel)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.queueLayout.addWidget(self.codeEdit)

        self.queueTable = QTableView(self.queuePanel)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.queueLayout.addWidget(self.queueTable)

        self.queueButtons = QHBoxLayout()
        self.queueButtons.setObjectName(u"queueButtons")
        self.refreshButton = QPushButton(self.queuePanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.queueButtons.addWidget(self.refreshButton)

        self.importButton = QPushButton(self.queuePanel)
        self.importButton.setObjectName(u"importButton")

        self.queueButtons.addWidget(self.importButton)


        self.queueLayout.addLayout(self.queueButtons)

        self.splitter.addWidget(self.queuePanel)
        self.entryPanel = QWidget(self.splitter)
        self.entryPanel.setObjectName(u"entryPanel")
        self.entryLayout = QVBoxLayout(self.entryPanel)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setContentsMargins(0, 0, 0, 0)
        self.sampleLabel = QLabel(self.entryPanel)
        self.sampleLabel.setObjectName(u"sampleLabel")

        self.entryLayout.addWidget(self.sampleLabel)

        self.commentLabel = QLabel(self.entryPanel)
        self.commentLabel.setObjectName(u"commentLabel")
        self.commentLabel.setWordWrap(True)
        self.commentLabel.setText(u"")

        self.entryLayout.addWidget(self.commentLabel)

        self.gridHost = QVBoxLayout()
        self.gridHost.setObjectName(u"gridHost")

        self.entryLayout.addLayout(self.gridHost)

        self.verdictLabel = QLabel(self.entryPanel)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setText(u"")

        self.entryLayout.addWidget(self.verdictLabel)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.saveButton = QPushButton(self.entryPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.entryButtons.addWidget(self.saveButton)

        self.redoButton = QPushButton(self.entryPanel)
        self.redoButton.setObjectName(u"redoButton")

        self.entryButtons.addWidget(self.redoButton)

        self.historyButton = QPushButton(self.entryPanel)
        self.historyButton.setObjectName(u"historyButton")
        self.historyButton.setCheckable(True)
        self.historyButton.setChecked(True)

        self.entryButtons.addWidget(self.historyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtons.addItem(self.buttonSpacer)

        self.submitButton = QPushButton(self.entryPanel)
        self.submitButton.setObjectName(u"submitButton")

        self.entryButtons.addWidget(self.submitButton)


        self.entryLayout.addLayout(self.entryButtons)

        self.messageLabel = QLabel(self.entryPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.entryLayout.addWidget(self.messageLabel)

        self.splitter.addWidget(self.entryPanel)
        self.historyPanel = QWidget(self.splitter)
        self.historyPanel.setObjectName(u"historyPanel")
        self.historyLayout = QVBoxLayout(self.historyPanel)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyTitle = QLabel(self.historyPanel)
        self.historyTitle.setObjectName(u"historyTitle")

        self.historyLayout.addWidget(self.historyTitle)

        self.historyTable = QTableWidget(self.historyPanel)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(True)

        self.historyLayout.addWidget(self.historyTable)

        self.splitter.addWidget(self.historyPanel)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.codeEdit, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.submitButton)

        self.retranslateUi(TestingPage)

        QMetaObject.connectSlotsByName(TestingPage)
    # setupUi

    def retranslateUi(self, TestingPage):
        self.queueTitle.setText(QCoreApplication.translate("TestingPage", u"\u76f2\u6837\u961f\u5217", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("TestingPage", u"\u626b\u63cf\u6216\u8f93\u5165\u76f2\u6837\u7f16\u53f7 / \u68c0\u9a8c\u6837\u54c1\u7f16\u53f7\uff0c\u56de\u8f66\u6253\u5f00", None))
        self.refreshButton.setText(QCoreApplication.translate("TestingPage", u"\u5237\u65b0(&R)", None))
        self.importButton.setText(QCoreApplication.translate("TestingPage", u"\u4eea\u5668\u6570\u636e\u5bfc\u5165(&I)\u2026", None))
        self.sampleLabel.setText(QCoreApplication.translate("TestingPage", u"\u8bf7\u9009\u62e9\u6837\u54c1", None))
        self.saveButton.setText(QCoreApplication.translate("TestingPage", u"\u4fdd\u5b58(&S)", None))
        self.redoButton.setText(QCoreApplication.translate("TestingPage", u"\u91cd\u65b0\u6d4b\u5b9a\u672c\u9879(&D)\u2026", None))
        self.historyButton.setText(QCoreApplication.translate("TestingPage", u"\u4fee\u6539\u8bb0\u5f55(&H)", None))
        self.submitButton.setText(QCoreApplication.translate("TestingPage", u"\u63d0\u4ea4\u5ba1\u6838(&U)", None))
        self.historyTitle.setText(QCoreApplication.translate("TestingPage", u"\u4fee\u6539\u8bb0\u5f55", None))
        pass
    # retranslateUi

