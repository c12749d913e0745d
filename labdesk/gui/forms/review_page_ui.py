# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_page.ui'
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
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        self.pageLayout = QHBoxLayout(ReviewPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(ReviewPage)
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

        self.queueTable = QTableView(self.queuePanel)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.queueLayout.addWidget(self.queueTable)

        self.refreshButton = QPushButton(self.queuePanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.queueLayout.addWidget(self.refreshButton)

        self.splitter.addWidget(self.queuePanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.sampleLabel = QLabel(self.detailPanel)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.sampleLabel)

        self.refusalLabel = QLabel(self.detailPanel)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setWordWrap(True)
        self.refusalLabel.setText(u"")

        self.detailLayout.addWidget(self.refusalLabel)

        self.gridHost = QVBoxLayout()
        self.gridHost.setObjectName(u"gridHost")

        self.detailLayout.addLayout(self.gridHost)

        self.verdictLabel = QLabel(self.detailPanel)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setText(u"")

        self.detailLayout.addWidget(self.verdictLabel)

        self.allLabel = QLabel(self.detailPanel)
        self.allLabel.setObjectName(u"allLabel")

        self.detailLayout.addWidget(self.allLabel)

        self.determinationTable = QTableWidget(self.detailPanel)
        self.determinationTable.setObjectName(u"determinationTable")
        self.determinationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.determinationTable.setMaximumSize(QSize(16777215, 200))

        self.detailLayout.addWidget(self.determinationTable)

        self.commentTitle = QLabel(self.detailPanel)
        self.commentTitle.setObjectName(u"commentTitle")

        self.detailLayout.addWidget(self.commentTitle)

        self.commentEdit = QPlainTextEdit(self.detailPanel)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 70))
        self.commentEdit.setTabChangesFocus(True)

        self.detailLayout.addWidget(self.commentEdit)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.returnButton = QPushButton(self.detailPanel)
        self.returnButton.setObjectName(u"returnButton")

        self.buttons.addWidget(self.returnButton)

        self.redetermineButton = QPushButton(self.detailPanel)
        self.redetermineButton.setObjectName(u"redetermineButton")

        self.buttons.addWidget(self.redetermineButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.approveButton = QPushButton(self.detailPanel)
        self.approveButton.setObjectName(u"approveButton")

        self.buttons.addWidget(self.approveButton)


        self.detailLayout.addLayout(self.buttons)

        self.messageLabel = QLabel(self.detailPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.detailLayout.addWidget(self.messageLabel)

        self.splitter.addWidget(self.detailPanel)
        self.sideTabs = QTabWidget(self.splitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.historyLayout.addWidget(self.historyTable)

        self.sideTabs.addTab(self.historyTab, "")
        self.photoTab = QWidget()
        self.photoTab.setObjectName(u"photoTab")
        self.photoLayout = QVBoxLayout(self.photoTab)
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoList = QListWidget(self.photoTab)
        self.photoList.setObjectName(u"photoList")

        self.photoLayout.addWidget(self.photoList)

        self.photoLabel = QLabel(self.photoTab)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(240, 180))
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoLabel.setText(u"")

        self.photoLayout.addWidget(self.photoLabel)

        self.sideTabs.addTab(self.photoTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesLayout = QVBoxLayout(self.rulesTab)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesText = QTextBrowser(self.rulesTab)
        self.rulesText.setObjectName(u"rulesText")

        self.rulesLayout.addWidget(self.rulesText)

        self.sideTabs.addTab(self.rulesTab, "")
        self.splitter.addWidget(self.sideTabs)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.commentTitle.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queueTable, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.redetermineButton)
        QWidget.setTabOrder(self.redetermineButton, self.approveButton)

        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        self.queueTitle.setText(QCoreApplication.translate("ReviewPage", u"\u5f85\u5ba1\u6838\u6837\u54c1", None))
        self.refreshButton.setText(QCoreApplication.translate("ReviewPage", u"\u5237\u65b0(&F)", None))
        self.sampleLabel.setText(QCoreApplication.translate("ReviewPage", u"\u8bf7\u9009\u62e9\u6837\u54c1", None))
        self.allLabel.setText(QCoreApplication.translate("ReviewPage", u"\u5168\u90e8\u6d4b\u5b9a\u8bb0\u5f55\uff08\u542b\u4f5c\u5e9f\u4e0e\u5386\u6b21\u590d\u6d4b\uff09", None))
        self.commentTitle.setText(QCoreApplication.translate("ReviewPage", u"\u5ba1\u6838\u610f\u89c1(&C)\uff1a", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"\u9000\u56de\u65f6\u5fc5\u987b\u586b\u5199\uff1b\u590d\u6d4b\u65f6\u4f5c\u4e3a\u590d\u6d4b\u539f\u56e0", None))
        self.returnButton.setText(QCoreApplication.translate("ReviewPage", u"\u9000\u56de\u68c0\u9a8c(&R)", None))
        self.redetermineButton.setText(QCoreApplication.translate("ReviewPage", u"\u5b89\u6392\u590d\u6d4b\u6240\u9009\u9879\u76ee(&D)", None))
        self.approveButton.setText(QCoreApplication.translate("ReviewPage", u"\u5ba1\u6838\u901a\u8fc7\uff0c\u8f6c\u7b7e\u53d1(&A)", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.historyTab), QCoreApplication.translate("ReviewPage", u"\u4fee\u6539\u8bb0\u5f55", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.photoTab), QCoreApplication.translate("ReviewPage", u"\u7167\u7247", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.rulesTab), QCoreApplication.translate("ReviewPage", u"\u89c4\u5219\u96c6\u4e0e\u610f\u89c1", None))
        pass
    # retranslateUi

