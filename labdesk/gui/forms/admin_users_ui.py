# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_users.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AdminUsers(object):
    def setupUi(self, AdminUsers):
        if not AdminUsers.objectName():
            AdminUsers.setObjectName(u"AdminUsers")
        self.layout = QHBoxLayout(AdminUsers)
        self.layout.setObjectName(u"layout")
        self.userTable = QTableView(AdminUsers)
        self.userTable.setObjectName(u"userTable")
        self.userTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.userTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.userTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.userTable)

        self.editorBox = QGroupBox(AdminUsers)
        self.editorBox.setObjectName(u"editorBox")
        self.editorBox.setMaximumSize(QSize(360, 16777215))
        self.editorLayout = QVBoxLayout(self.editorBox)
        self.editorLayout.setObjectName(u"editorLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(self.editorBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.editorBox)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(self.editorBox)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.editorBox)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.passwordLabel = QLabel(self.editorBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.editorBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.editorLayout.addLayout(self.formLayout)

        self.rolesBox = QGroupBox(self.editorBox)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QVBoxLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")

        self.editorLayout.addWidget(self.rolesBox)

        self.buttonLayout = QGridLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(self.editorBox)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton, 0, 0, 1, 1)

        self.saveButton = QPushButton(self.editorBox)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton, 0, 1, 1, 1)

        self.resetPasswordButton = QPushButton(self.editorBox)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.buttonLayout.addWidget(self.resetPasswordButton, 1, 0, 1, 1)

        self.toggleActiveButton = QPushButton(self.editorBox)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.buttonLayout.addWidget(self.toggleActiveButton, 1, 1, 1, 1)


        self.editorLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(self.editorBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.editorLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.spacer)


        self.layout.addWidget(self.editorBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userTable, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.passwordEdit)

        self.retranslateUi(AdminUsers)

        QMetaObject.connectSlotsByName(AdminUsers)
    # setupUi

    def retranslateUi(self, AdminUsers):
        self.editorBox.setTitle(QCoreApplication.translate("AdminUsers", u"\u7528\u6237", None))
        self.usernameLabel.setText(QCoreApplication.translate("AdminUsers", u"\u7528\u6237\u540d", None))
        self.fullNameLabel.setText(QCoreApplication.translate("AdminUsers", u"\u59d3\u540d", None))
        self.passwordLabel.setText(QCoreApplication.translate("AdminUsers", u"\u5bc6\u7801", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("AdminUsers", u"\u65b0\u7528\u6237\u6216\u91cd\u7f6e\u65f6\u586b\u5199", None))
        self.rolesBox.setTitle(QCoreApplication.translate("AdminUsers", u"\u89d2\u8272", None))
        self.newButton.setText(QCoreApplication.translate("AdminUsers", u"\u65b0\u5efa(&N)", None))
        self.saveButton.setText(QCoreApplication.translate("AdminUsers", u"\u4fdd\u5b58(&S)", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("AdminUsers", u"\u91cd\u7f6e\u5bc6\u7801", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("AdminUsers", u"\u505c\u7528/\u542f\u7528", None))
        pass
    # retranslateUi

