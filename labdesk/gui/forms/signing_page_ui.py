# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SigningPage(object):
    def setupUi(self, SigningPage):
        if not SigningPage.objectName():
            SigningPage.setObjectName(u"SigningPage")
        self.pageLayout = QHBoxLayout(SigningPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(SigningPage)
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

        self.queueTable = QTableWidget(self.queuePanel)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.queueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queueTable.setAlternatingRowColors(True)

        self.queueLayout.addWidget(self.queueTable)

        self.hintLabel = QLabel(self.queuePanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.queueLayout.addWidget(self.hintLabel)

        self.queueButtons = QHBoxLayout()
        self.queueButtons.setObjectName(u"queueButtons")
        self.refreshButton = QPushButton(self.queuePanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.queueButtons.addWidget(self.refreshButton)

        self.previewButton = QPushButton(self.queuePanel)
        self.previewButton.setObjectName(u"previewButton")

        self.queueButtons.addWidget(self.previewButton)

        self.signButton = QPushButton(self.queuePanel)
        self.signButton.setObjectName(u"signButton")

        self.queueButtons.addWidget(self.signButton)


        self.queueLayout.addLayout(self.queueButtons)

        self.splitter.addWidget(self.queuePanel)
        self.previewPanel = QWidget(self.splitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewTitle = QLabel(self.previewPanel)
        self.previewTitle.setObjectName(u"previewTitle")

        self.previewLayout.addWidget(self.previewTitle)

        self.viewerHost = QVBoxLayout()
        self.viewerHost.setObjectName(u"viewerHost")

        self.previewLayout.addLayout(self.viewerHost)

        self.statusLabel = QLabel(self.previewPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setText(u"")

        self.previewLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.previewPanel)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.queueTable, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.signButton)

        self.retranslateUi(SigningPage)

        QMetaObject.connectSlotsByName(SigningPage)
    # setupUi

    def retranslateUi(self, SigningPage):
        self.queueTitle.setText(QCoreApplication.translate("SigningPage", u"\u5f85\u7b7e\u53d1\u62a5\u544a\uff08\u5ba1\u6838\u5df2\u901a\u8fc7\uff09", None))
        self.hintLabel.setText(QCoreApplication.translate("SigningPage", u"\u9009\u4e2d\u4e00\u884c\u6309 Enter \u9884\u89c8\uff1bCtrl+A \u5168\u9009\u540e\u201c\u7b7e\u53d1\u6240\u9009\u201d\u53ef\u6279\u91cf\u7b7e\u53d1\u3002\u7b7e\u53d1\u65f6\u9700\u518d\u6b21\u8f93\u5165\u767b\u5f55\u5bc6\u7801\u548c\u8bc1\u4e66\u53e3\u4ee4\u3002", None))
        self.refreshButton.setText(QCoreApplication.translate("SigningPage", u"\u5237\u65b0(&R)", None))
        self.previewButton.setText(QCoreApplication.translate("SigningPage", u"\u9884\u89c8(&P)", None))
        self.signButton.setText(QCoreApplication.translate("SigningPage", u"\u7b7e\u53d1\u6240\u9009(&S)\u2026", None))
        self.previewTitle.setText(QCoreApplication.translate("SigningPage", u"\u62a5\u544a\u9884\u89c8\uff08\u672a\u7b7e\u53d1\uff09", None))
        pass
    # retranslateUi

