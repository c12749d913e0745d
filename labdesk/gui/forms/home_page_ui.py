# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        self.layout = QVBoxLayout(HomePage)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(HomePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18px; font-weight: bold;")

        self.headerLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(HomePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.headerLayout.addWidget(self.summaryLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.overdueOnlyCheck = QCheckBox(HomePage)
        self.overdueOnlyCheck.setObjectName(u"overdueOnlyCheck")

        self.headerLayout.addWidget(self.overdueOnlyCheck)

        self.refreshButton = QPushButton(HomePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.layout.addLayout(self.headerLayout)

        self.hintLabel = QLabel(HomePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.dueTable = QTableView(HomePage)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.dueTable)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.statusLabel = QLabel(HomePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.footerLayout.addWidget(self.statusLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.openButton = QPushButton(HomePage)
        self.openButton.setObjectName(u"openButton")

        self.footerLayout.addWidget(self.openButton)


        self.layout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.dueTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.overdueOnlyCheck)
        QWidget.setTabOrder(self.overdueOnlyCheck, self.refreshButton)

        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.titleLabel.setText(QCoreApplication.translate("HomePage", u"\u5de5\u4f5c\u53f0", None))
        self.overdueOnlyCheck.setText(QCoreApplication.translate("HomePage", u"\u53ea\u770b\u903e\u671f(&O)", None))
        self.refreshButton.setText(QCoreApplication.translate("HomePage", u"\u5237\u65b0(&R)", None))
#if QT_CONFIG(shortcut)
        self.refreshButton.setShortcut(QCoreApplication.translate("HomePage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.hintLabel.setText(QCoreApplication.translate("HomePage", u"\u4ee5\u4e0b\u662f\u6309\u60a8\u7684\u89d2\u8272\u9700\u8981\u529e\u7406\u7684\u4e8b\u9879\uff0c\u903e\u671f\u7684\u6392\u5728\u6700\u524d\u3002\u5355\u51fb\u6216\u6309\u56de\u8f66\u6253\u5f00\u76f8\u5e94\u9875\u9762\u3002", None))
        self.openButton.setText(QCoreApplication.translate("HomePage", u"\u6253\u5f00(&E)", None))
        pass
    # retranslateUi

