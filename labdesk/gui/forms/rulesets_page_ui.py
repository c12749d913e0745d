# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rulesets_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSplitter,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RulesetsPage(object):
    def setupUi(self, RulesetsPage):
        if not RulesetsPage.objectName():
            RulesetsPage.setObjectName(u"RulesetsPage")
        self.pageLayout = QVBoxLayout(RulesetsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.productLabel = QLabel(RulesetsPage)
        self.productLabel.setObjectName(u"productLabel")

        self.topLayout.addWidget(self.productLabel)

        self.productCombo = QComboBox(RulesetsPage)
        self.productCombo.setObjectName(u"productCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.productCombo.sizePolicy().hasHeightForWidth())
        self.productCombo.setSizePolicy(sizePolicy)

        self.topLayout.addWidget(self.productCombo)

        self.refreshButton = QPushButton(RulesetsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.topLayout)

        self.headerLabel = QLabel(RulesetsPage)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setText(u"")

        self.pageLayout.addWidget(self.headerLabel)

        self.splitter = QSplitter(RulesetsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.rulesPanel = QWidget(self.splitter)
        self.rulesPanel.setObjectName(u"rulesPanel")
        self.rulesLayout = QHBoxLayout(self.rulesPanel)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesLayout.setContentsMargins(0, 0, 0, 0)
        self.rulesTable = QTableWidget(self.rulesPanel)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.rulesLayout.addWidget(self.rulesTable)

        self.overrideBox = QGroupBox(self.rulesPanel)
        self.overrideBox.setObjectName(u"overrideBox")
        self.overrideBox.setMaximumSize(QSize(340, 16777215))
        self.overrideLayout = QFormLayout(self.overrideBox)
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.ruleTitle = QLabel(self.overrideBox)
        self.ruleTitle.setObjectName(u"ruleTitle")

        self.overrideLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ruleTitle)

        self.ruleLabel = QLabel(self.overrideBox)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"\u2014")
        self.ruleLabel.setWordWrap(True)

        self.overrideLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ruleLabel)

        self.valueTitle = QLabel(self.overrideBox)
        self.valueTitle.setObjectName(u"valueTitle")

        self.overrideLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueTitle)

        self.valueEdit = QLineEdit(self.overrideBox)
        self.valueEdit.setObjectName(u"valueEdit")

        self.overrideLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.reasonTitle = QLabel(self.overrideBox)
        self.reasonTitle.setObjectName(u"reasonTitle")

        self.overrideLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonTitle)

        self.reasonEdit = QLineEdit(self.overrideBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.overrideLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.overrideButton = QPushButton(self.overrideBox)
        self.overrideButton.setObjectName(u"overrideButton")

        self.overrideLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.overrideButton)

        self.messageLabel = QLabel(self.overrideBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.overrideLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.messageLabel)


        self.rulesLayout.addWidget(self.overrideBox)

        self.splitter.addWidget(self.rulesPanel)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.unverifiedTab = QWidget()
        self.unverifiedTab.setObjectName(u"unverifiedTab")
        self.unverifiedLayout = QVBoxLayout(self.unverifiedTab)
        self.unverifiedLayout.setObjectName(u"unverifiedLayout")
        self.unverifiedTable = QTableWidget(self.unverifiedTab)
        self.unverifiedTable.setObjectName(u"unverifiedTable")
        self.unverifiedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.unverifiedLayout.addWidget(self.unverifiedTable)

        self.ackLayout = QHBoxLayout()
        self.ackLayout.setObjectName(u"ackLayout")
        self.ackNoteEdit = QLineEdit(self.unverifiedTab)
        self.ackNoteEdit.setObjectName(u"ackNoteEdit")

        self.ackLayout.addWidget(self.ackNoteEdit)

        self.ackButton = QPushButton(self.unverifiedTab)
        self.ackButton.setObjectName(u"ackButton")

        self.ackLayout.addWidget(self.ackButton)


        self.unverifiedLayout.addLayout(self.ackLayout)

        self.tabs.addTab(self.unverifiedTab, "")
        self.revisionsTab = QWidget()
        self.revisionsTab.setObjectName(u"revisionsTab")
        self.revisionsLayout = QVBoxLayout(self.revisionsTab)
        self.revisionsLayout.setObjectName(u"revisionsLayout")
        self.revisionsTable = QTableWidget(self.revisionsTab)
        self.revisionsTable.setObjectName(u"revisionsTable")
        self.revisionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.revisionsLayout.addWidget(self.revisionsTable)

        self.tabs.addTab(self.revisionsTab, "")
        self.splitter.addWidget(self.tabs)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.productLabel.setBuddy(self.productCombo)
        self.valueTitle.setBuddy(self.valueEdit)
        self.reasonTitle.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RulesetsPage)

        QMetaObject.connectSlotsByName(RulesetsPage)
    # setupUi

    def retranslateUi(self, RulesetsPage):
        self.productLabel.setText(QCoreApplication.translate("RulesetsPage", u"\u8ba1\u5212\u4ea7\u54c1(&P)\uff1a", None))
        self.refreshButton.setText(QCoreApplication.translate("RulesetsPage", u"\u5237\u65b0(&F)", None))
        self.overrideBox.setTitle(QCoreApplication.translate("RulesetsPage", u"\u4fee\u6539\u6240\u9009\u9650\u503c\uff08\u5b9e\u65bd\u7ec6\u5219\uff09", None))
        self.ruleTitle.setText(QCoreApplication.translate("RulesetsPage", u"\u89c4\u5219", None))
        self.valueTitle.setText(QCoreApplication.translate("RulesetsPage", u"\u65b0\u9650\u503c(&V)", None))
        self.reasonTitle.setText(QCoreApplication.translate("RulesetsPage", u"\u7406\u7531(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RulesetsPage", u"\u5982\uff1a\u5b9e\u65bd\u7ec6\u5219\u7b2c5.2\u6761", None))
        self.overrideButton.setText(QCoreApplication.translate("RulesetsPage", u"\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c(&S)", None))
        self.ackNoteEdit.setPlaceholderText(QCoreApplication.translate("RulesetsPage", u"\u786e\u8ba4\u8bf4\u660e\uff08\u53ef\u9009\uff09", None))
        self.ackButton.setText(QCoreApplication.translate("RulesetsPage", u"\u786e\u8ba4\u52fe\u9009\u7684\u672a\u6838\u5b9e\u89c4\u5219(&K)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unverifiedTab), QCoreApplication.translate("RulesetsPage", u"\u672a\u6838\u5b9e\u89c4\u5219", None))
        self.tabs.setTabText(self.tabs.indexOf(self.revisionsTab), QCoreApplication.translate("RulesetsPage", u"\u7248\u672c\u8bb0\u5f55", None))
        pass
    # retranslateUi

