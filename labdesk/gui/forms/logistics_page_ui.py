# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logistics_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_LogisticsPage(object):
    def setupUi(self, LogisticsPage):
        if not LogisticsPage.objectName():
            LogisticsPage.setObjectName(u"LogisticsPage")
        self.layout = QVBoxLayout(LogisticsPage)
        self.layout.setObjectName(u"layout")
        self.planLayout = QHBoxLayout()
        self.planLayout.setObjectName(u"planLayout")
        self.planLabel = QLabel(LogisticsPage)
        self.planLabel.setObjectName(u"planLabel")

        self.planLayout.addWidget(self.planLabel)

        self.planCombo = QComboBox(LogisticsPage)
        self.planCombo.setObjectName(u"planCombo")

        self.planLayout.addWidget(self.planCombo)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planLayout.addItem(self.planSpacer)

        self.refreshButton = QPushButton(LogisticsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.planLayout.addWidget(self.refreshButton)


        self.layout.addLayout(self.planLayout)

        self.tabs = QTabWidget(LogisticsPage)
        self.tabs.setObjectName(u"tabs")
        self.deliveriesTab = QWidget()
        self.deliveriesTab.setObjectName(u"deliveriesTab")
        self.deliveriesLayout = QHBoxLayout(self.deliveriesTab)
        self.deliveriesLayout.setObjectName(u"deliveriesLayout")
        self.deliveriesLeft = QVBoxLayout()
        self.deliveriesLeft.setObjectName(u"deliveriesLeft")
        self.pendingLabel = QLabel(self.deliveriesTab)
        self.pendingLabel.setObjectName(u"pendingLabel")

        self.deliveriesLeft.addWidget(self.pendingLabel)

        self.pendingTable = QTableView(self.deliveriesTab)
        self.pendingTable.setObjectName(u"pendingTable")
        self.pendingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pendingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pendingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pendingTable.setAlternatingRowColors(True)

        self.deliveriesLeft.addWidget(self.pendingTable)

        self.deliveredLabel = QLabel(self.deliveriesTab)
        self.deliveredLabel.setObjectName(u"deliveredLabel")

        self.deliveriesLeft.addWidget(self.deliveredLabel)

        self.deliveredTable = QTableView(self.deliveriesTab)
        self.deliveredTable.setObjectName(u"deliveredTable")
        self.deliveredTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deliveredTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deliveredTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deliveredTable.setAlternatingRowColors(True)

        self.deliveriesLeft.addWidget(self.deliveredTable)


        self.deliveriesLayout.addLayout(self.deliveriesLeft)

        self.deliveryBox = QGroupBox(self.deliveriesTab)
        self.deliveryBox.setObjectName(u"deliveryBox")
        self.deliveryBox.setMaximumSize(QSize(380, 16777215))
        self.deliveryBoxLayout = QVBoxLayout(self.deliveryBox)
        self.deliveryBoxLayout.setObjectName(u"deliveryBoxLayout")
        self.dutyLabel = QLabel(self.deliveryBox)
        self.dutyLabel.setObjectName(u"dutyLabel")

        self.deliveryBoxLayout.addWidget(self.dutyLabel)

        self.deliveryForm = QFormLayout()
        self.deliveryForm.setObjectName(u"deliveryForm")
        self.methodLabel = QLabel(self.deliveryBox)
        self.methodLabel.setObjectName(u"methodLabel")

        self.deliveryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(self.deliveryBox)
        self.methodCombo.setObjectName(u"methodCombo")

        self.deliveryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.trackingLabel = QLabel(self.deliveryBox)
        self.trackingLabel.setObjectName(u"trackingLabel")

        self.deliveryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trackingLabel)

        self.trackingEdit = QLineEdit(self.deliveryBox)
        self.trackingEdit.setObjectName(u"trackingEdit")

        self.deliveryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trackingEdit)

        self.recipientLabel = QLabel(self.deliveryBox)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.deliveryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(self.deliveryBox)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.deliveryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.sentLabel = QLabel(self.deliveryBox)
        self.sentLabel.setObjectName(u"sentLabel")

        self.deliveryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sentLabel)

        self.sentDate = QDateEdit(self.deliveryBox)
        self.sentDate.setObjectName(u"sentDate")
        self.sentDate.setCalendarPopup(True)
        self.sentDate.setDisplayFormat(u"yyyy-MM-dd")

        self.deliveryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sentDate)

        self.receivedCheck = QCheckBox(self.deliveryBox)
        self.receivedCheck.setObjectName(u"receivedCheck")

        self.deliveryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receivedCheck)

        self.receivedDate = QDateEdit(self.deliveryBox)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)
        self.receivedDate.setDisplayFormat(u"yyyy-MM-dd")

        self.deliveryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receivedDate)

        self.noteLabel = QLabel(self.deliveryBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.deliveryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.deliveryBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.deliveryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.deliveryBoxLayout.addLayout(self.deliveryForm)

        self.deliveryButtons = QHBoxLayout()
        self.deliveryButtons.setObjectName(u"deliveryButtons")
        self.recordDeliveryButton = QPushButton(self.deliveryBox)
        self.recordDeliveryButton.setObjectName(u"recordDeliveryButton")

        self.deliveryButtons.addWidget(self.recordDeliveryButton)

        self.recordReceiptButton = QPushButton(self.deliveryBox)
        self.recordReceiptButton.setObjectName(u"recordReceiptButton")

        self.deliveryButtons.addWidget(self.recordReceiptButton)


        self.deliveryBoxLayout.addLayout(self.deliveryButtons)

        self.deliverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deliveryBoxLayout.addItem(self.deliverySpacer)


        self.deliveriesLayout.addWidget(self.deliveryBox)

        self.tabs.addTab(self.deliveriesTab, "")
        self.objectionsTab = QWidget()
        self.objectionsTab.setObjectName(u"objectionsTab")
        self.objectionsLayout = QHBoxLayout(self.objectionsTab)
        self.objectionsLayout.setObjectName(u"objectionsLayout")
        self.objectionsLeft = QVBoxLayout()
        self.objectionsLeft.setObjectName(u"objectionsLeft")
        self.candidatesLabel = QLabel(self.objectionsTab)
        self.candidatesLabel.setObjectName(u"candidatesLabel")

        self.objectionsLeft.addWidget(self.candidatesLabel)

        self.candidateTable = QTableView(self.objectionsTab)
        self.candidateTable.setObjectName(u"candidateTable")
        self.candidateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidateTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidateTable.setAlternatingRowColors(True)

        self.objectionsLeft.addWidget(self.candidateTable)

        self.objectionsLabel = QLabel(self.objectionsTab)
        self.objectionsLabel.setObjectName(u"objectionsLabel")

        self.objectionsLeft.addWidget(self.objectionsLabel)

        self.objectionTable = QTableView(self.objectionsTab)
        self.objectionTable.setObjectName(u"objectionTable")
        self.objectionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.objectionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.objectionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.objectionTable.setAlternatingRowColors(True)

        self.objectionsLeft.addWidget(self.objectionTable)

        self.comparisonLabel = QLabel(self.objectionsTab)
        self.comparisonLabel.setObjectName(u"comparisonLabel")

        self.objectionsLeft.addWidget(self.comparisonLabel)

        self.comparisonTable = QTableView(self.objectionsTab)
        self.comparisonTable.setObjectName(u"comparisonTable")
        self.comparisonTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparisonTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comparisonTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparisonTable.setAlternatingRowColors(True)

        self.objectionsLeft.addWidget(self.comparisonTable)


        self.objectionsLayout.addLayout(self.objectionsLeft)

        self.objectionBox = QGroupBox(self.objectionsTab)
        self.objectionBox.setObjectName(u"objectionBox")
        self.objectionBox.setMaximumSize(QSize(380, 16777215))
        self.objectionBoxLayout = QVBoxLayout(self.objectionBox)
        self.objectionBoxLayout.setObjectName(u"objectionBoxLayout")
        self.objectionSampleLabel = QLabel(self.objectionBox)
        self.objectionSampleLabel.setObjectName(u"objectionSampleLabel")

        self.objectionBoxLayout.addWidget(self.objectionSampleLabel)

        self.objectionForm = QFormLayout()
        self.objectionForm.setObjectName(u"objectionForm")
        self.filedLabel = QLabel(self.objectionBox)
        self.filedLabel.setObjectName(u"filedLabel")

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.filedLabel)

        self.filedDate = QDateEdit(self.objectionBox)
        self.filedDate.setObjectName(u"filedDate")
        self.filedDate.setCalendarPopup(True)
        self.filedDate.setDisplayFormat(u"yyyy-MM-dd")

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.filedDate)

        self.applicantLabel = QLabel(self.objectionBox)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicantLabel)

        self.applicantEdit = QLineEdit(self.objectionBox)
        self.applicantEdit.setObjectName(u"applicantEdit")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicantEdit)

        self.groundsLabel = QLabel(self.objectionBox)
        self.groundsLabel.setObjectName(u"groundsLabel")

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groundsLabel)

        self.groundsEdit = QPlainTextEdit(self.objectionBox)
        self.groundsEdit.setObjectName(u"groundsEdit")
        self.groundsEdit.setTabChangesFocus(True)
        self.groundsEdit.setMaximumSize(QSize(16777215, 90))

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groundsEdit)


        self.objectionBoxLayout.addLayout(self.objectionForm)

        self.fileObjectionButton = QPushButton(self.objectionBox)
        self.fileObjectionButton.setObjectName(u"fileObjectionButton")

        self.objectionBoxLayout.addWidget(self.fileObjectionButton)

        self.unsealButton = QPushButton(self.objectionBox)
        self.unsealButton.setObjectName(u"unsealButton")

        self.objectionBoxLayout.addWidget(self.unsealButton)

        self.retestButton = QPushButton(self.objectionBox)
        self.retestButton.setObjectName(u"retestButton")

        self.objectionBoxLayout.addWidget(self.retestButton)

        self.retestReportButton = QPushButton(self.objectionBox)
        self.retestReportButton.setObjectName(u"retestReportButton")

        self.objectionBoxLayout.addWidget(self.retestReportButton)

        self.objectionMessage = QLabel(self.objectionBox)
        self.objectionMessage.setObjectName(u"objectionMessage")

        self.objectionBoxLayout.addWidget(self.objectionMessage)

        self.objectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.objectionBoxLayout.addItem(self.objectionSpacer)


        self.objectionsLayout.addWidget(self.objectionBox)

        self.tabs.addTab(self.objectionsTab, "")
        self.dispositionsTab = QWidget()
        self.dispositionsTab.setObjectName(u"dispositionsTab")
        self.dispositionsLayout = QHBoxLayout(self.dispositionsTab)
        self.dispositionsLayout.setObjectName(u"dispositionsLayout")
        self.dispositionsLeft = QVBoxLayout()
        self.dispositionsLeft.setObjectName(u"dispositionsLeft")
        self.dueDispLabel = QLabel(self.dispositionsTab)
        self.dueDispLabel.setObjectName(u"dueDispLabel")

        self.dispositionsLeft.addWidget(self.dueDispLabel)

        self.dispositionTable = QTableView(self.dispositionsTab)
        self.dispositionTable.setObjectName(u"dispositionTable")
        self.dispositionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dispositionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dispositionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dispositionTable.setAlternatingRowColors(True)

        self.dispositionsLeft.addWidget(self.dispositionTable)

        self.doneDispLabel = QLabel(self.dispositionsTab)
        self.doneDispLabel.setObjectName(u"doneDispLabel")

        self.dispositionsLeft.addWidget(self.doneDispLabel)

        self.doneDispositionTable = QTableView(self.dispositionsTab)
        self.doneDispositionTable.setObjectName(u"doneDispositionTable")
        self.doneDispositionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.doneDispositionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doneDispositionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doneDispositionTable.setAlternatingRowColors(True)

        self.dispositionsLeft.addWidget(self.doneDispositionTable)


        self.dispositionsLayout.addLayout(self.dispositionsLeft)

        self.dispositionBox = QGroupBox(self.dispositionsTab)
        self.dispositionBox.setObjectName(u"dispositionBox")
        self.dispositionBox.setMaximumSize(QSize(380, 16777215))
        self.dispositionBoxLayout = QVBoxLayout(self.dispositionBox)
        self.dispositionBoxLayout.setObjectName(u"dispositionBoxLayout")
        self.dispositionRuleLabel = QLabel(self.dispositionBox)
        self.dispositionRuleLabel.setObjectName(u"dispositionRuleLabel")

        self.dispositionBoxLayout.addWidget(self.dispositionRuleLabel)

        self.dispositionForm = QFormLayout()
        self.dispositionForm.setObjectName(u"dispositionForm")
        self.dispRecipientLabel = QLabel(self.dispositionBox)
        self.dispRecipientLabel.setObjectName(u"dispRecipientLabel")

        self.dispositionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dispRecipientLabel)

        self.dispRecipientEdit = QLineEdit(self.dispositionBox)
        self.dispRecipientEdit.setObjectName(u"dispRecipientEdit")

        self.dispositionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dispRecipientEdit)

        self.dispDateLabel = QLabel(self.dispositionBox)
        self.dispDateLabel.setObjectName(u"dispDateLabel")

        self.dispositionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dispDateLabel)

        self.dispDate = QDateEdit(self.dispositionBox)
        self.dispDate.setObjectName(u"dispDate")
        self.dispDate.setCalendarPopup(True)
        self.dispDate.setDisplayFormat(u"yyyy-MM-dd")

        self.dispositionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dispDate)

        self.dispRecordLabel = QLabel(self.dispositionBox)
        self.dispRecordLabel.setObjectName(u"dispRecordLabel")

        self.dispositionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dispRecordLabel)

        self.dispRecordEdit = QPlainTextEdit(self.dispositionBox)
        self.dispRecordEdit.setObjectName(u"dispRecordEdit")
        self.dispRecordEdit.setTabChangesFocus(True)
        self.dispRecordEdit.setMaximumSize(QSize(16777215, 90))

        self.dispositionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dispRecordEdit)


        self.dispositionBoxLayout.addLayout(self.dispositionForm)

        self.disposeButton = QPushButton(self.dispositionBox)
        self.disposeButton.setObjectName(u"disposeButton")

        self.dispositionBoxLayout.addWidget(self.disposeButton)

        self.dispositionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dispositionBoxLayout.addItem(self.dispositionSpacer)


        self.dispositionsLayout.addWidget(self.dispositionBox)

        self.tabs.addTab(self.dispositionsTab, "")
        self.refusalsTab = QWidget()
        self.refusalsTab.setObjectName(u"refusalsTab")
        self.refusalsLayout = QHBoxLayout(self.refusalsTab)
        self.refusalsLayout.setObjectName(u"refusalsLayout")
        self.refusalsLeft = QVBoxLayout()
        self.refusalsLeft.setObjectName(u"refusalsLeft")
        self.refusalListLabel = QLabel(self.refusalsTab)
        self.refusalListLabel.setObjectName(u"refusalListLabel")

        self.refusalsLeft.addWidget(self.refusalListLabel)

        self.refusalTable = QTableView(self.refusalsTab)
        self.refusalTable.setObjectName(u"refusalTable")
        self.refusalTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refusalTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.refusalTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refusalTable.setAlternatingRowColors(True)

        self.refusalsLeft.addWidget(self.refusalTable)


        self.refusalsLayout.addLayout(self.refusalsLeft)

        self.refusalBox = QGroupBox(self.refusalsTab)
        self.refusalBox.setObjectName(u"refusalBox")
        self.refusalBox.setMaximumSize(QSize(380, 16777215))
        self.refusalBoxLayout = QVBoxLayout(self.refusalBox)
        self.refusalBoxLayout.setObjectName(u"refusalBoxLayout")
        self.refusalForm = QFormLayout()
        self.refusalForm.setObjectName(u"refusalForm")
        self.enterpriseLabel = QLabel(self.refusalBox)
        self.enterpriseLabel.setObjectName(u"enterpriseLabel")

        self.refusalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.enterpriseLabel)

        self.enterpriseCombo = QComboBox(self.refusalBox)
        self.enterpriseCombo.setObjectName(u"enterpriseCombo")

        self.refusalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enterpriseCombo)

        self.productLabel = QLabel(self.refusalBox)
        self.productLabel.setObjectName(u"productLabel")

        self.refusalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productCombo = QComboBox(self.refusalBox)
        self.productCombo.setObjectName(u"productCombo")

        self.refusalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productCombo)

        self.refusalDateLabel = QLabel(self.refusalBox)
        self.refusalDateLabel.setObjectName(u"refusalDateLabel")

        self.refusalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.refusalDateLabel)

        self.refusalDate = QDateEdit(self.refusalBox)
        self.refusalDate.setObjectName(u"refusalDate")
        self.refusalDate.setCalendarPopup(True)
        self.refusalDate.setDisplayFormat(u"yyyy-MM-dd")

        self.refusalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.refusalDate)

        self.descriptionLabel = QLabel(self.refusalBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.refusalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.refusalBox)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.refusalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.samplersLabel = QLabel(self.refusalBox)
        self.samplersLabel.setObjectName(u"samplersLabel")

        self.refusalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.samplersLabel)

        self.samplersEdit = QLineEdit(self.refusalBox)
        self.samplersEdit.setObjectName(u"samplersEdit")

        self.refusalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.samplersEdit)

        self.witnessesLabel = QLabel(self.refusalBox)
        self.witnessesLabel.setObjectName(u"witnessesLabel")

        self.refusalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.witnessesLabel)

        self.witnessesEdit = QLineEdit(self.refusalBox)
        self.witnessesEdit.setObjectName(u"witnessesEdit")

        self.refusalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.witnessesEdit)


        self.refusalBoxLayout.addLayout(self.refusalForm)

        self.recordRefusalButton = QPushButton(self.refusalBox)
        self.recordRefusalButton.setObjectName(u"recordRefusalButton")

        self.refusalBoxLayout.addWidget(self.recordRefusalButton)

        self.confirmRefusalButton = QPushButton(self.refusalBox)
        self.confirmRefusalButton.setObjectName(u"confirmRefusalButton")

        self.refusalBoxLayout.addWidget(self.confirmRefusalButton)

        self.reportRefusalButton = QPushButton(self.refusalBox)
        self.reportRefusalButton.setObjectName(u"reportRefusalButton")

        self.refusalBoxLayout.addWidget(self.reportRefusalButton)

        self.refusalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.refusalBoxLayout.addItem(self.refusalSpacer)


        self.refusalsLayout.addWidget(self.refusalBox)

        self.tabs.addTab(self.refusalsTab, "")
        self.exportsTab = QWidget()
        self.exportsTab.setObjectName(u"exportsTab")
        self.exportsLayout = QVBoxLayout(self.exportsTab)
        self.exportsLayout.setObjectName(u"exportsLayout")
        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.exportDirLabel = QLabel(self.exportsTab)
        self.exportDirLabel.setObjectName(u"exportDirLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exportDirLabel)

        self.exportDirLayout = QHBoxLayout()
        self.exportDirLayout.setObjectName(u"exportDirLayout")
        self.exportDirEdit = QLineEdit(self.exportsTab)
        self.exportDirEdit.setObjectName(u"exportDirEdit")

        self.exportDirLayout.addWidget(self.exportDirEdit)

        self.browseButton = QPushButton(self.exportsTab)
        self.browseButton.setObjectName(u"browseButton")

        self.exportDirLayout.addWidget(self.browseButton)


        self.exportForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.exportDirLayout)


        self.exportsLayout.addLayout(self.exportForm)

        self.exportChecks = QHBoxLayout()
        self.exportChecks.setObjectName(u"exportChecks")
        self.summaryCheck = QCheckBox(self.exportsTab)
        self.summaryCheck.setObjectName(u"summaryCheck")
        self.summaryCheck.setChecked(True)

        self.exportChecks.addWidget(self.summaryCheck)

        self.ecqsCheck = QCheckBox(self.exportsTab)
        self.ecqsCheck.setObjectName(u"ecqsCheck")
        self.ecqsCheck.setChecked(True)

        self.exportChecks.addWidget(self.ecqsCheck)

        self.analysisCheck = QCheckBox(self.exportsTab)
        self.analysisCheck.setObjectName(u"analysisCheck")
        self.analysisCheck.setChecked(True)

        self.exportChecks.addWidget(self.analysisCheck)

        self.boundCheck = QCheckBox(self.exportsTab)
        self.boundCheck.setObjectName(u"boundCheck")
        self.boundCheck.setChecked(True)

        self.exportChecks.addWidget(self.boundCheck)

        self.exportCheckSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportChecks.addItem(self.exportCheckSpacer)


        self.exportsLayout.addLayout(self.exportChecks)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.exportButton = QPushButton(self.exportsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.exportButtons.addWidget(self.exportButton)

        self.ecqsSamplingButton = QPushButton(self.exportsTab)
        self.ecqsSamplingButton.setObjectName(u"ecqsSamplingButton")

        self.exportButtons.addWidget(self.ecqsSamplingButton)

        self.ecqsResultsButton = QPushButton(self.exportsTab)
        self.ecqsResultsButton.setObjectName(u"ecqsResultsButton")

        self.exportButtons.addWidget(self.ecqsResultsButton)

        self.exportButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportButtons.addItem(self.exportButtonSpacer)


        self.exportsLayout.addLayout(self.exportButtons)

        self.exportLog = QPlainTextEdit(self.exportsTab)
        self.exportLog.setObjectName(u"exportLog")
        self.exportLog.setReadOnly(True)

        self.exportsLayout.addWidget(self.exportLog)

        self.tabs.addTab(self.exportsTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.pendingLabel.setBuddy(self.pendingTable)
        self.deliveredLabel.setBuddy(self.deliveredTable)
        self.methodLabel.setBuddy(self.methodCombo)
        self.trackingLabel.setBuddy(self.trackingEdit)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.sentLabel.setBuddy(self.sentDate)
        self.noteLabel.setBuddy(self.noteEdit)
        self.candidatesLabel.setBuddy(self.candidateTable)
        self.objectionsLabel.setBuddy(self.objectionTable)
        self.filedLabel.setBuddy(self.filedDate)
        self.applicantLabel.setBuddy(self.applicantEdit)
        self.groundsLabel.setBuddy(self.groundsEdit)
        self.dueDispLabel.setBuddy(self.dispositionTable)
        self.doneDispLabel.setBuddy(self.doneDispositionTable)
        self.dispRecipientLabel.setBuddy(self.dispRecipientEdit)
        self.dispDateLabel.setBuddy(self.dispDate)
        self.dispRecordLabel.setBuddy(self.dispRecordEdit)
        self.refusalListLabel.setBuddy(self.refusalTable)
        self.enterpriseLabel.setBuddy(self.enterpriseCombo)
        self.productLabel.setBuddy(self.productCombo)
        self.refusalDateLabel.setBuddy(self.refusalDate)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.samplersLabel.setBuddy(self.samplersEdit)
        self.witnessesLabel.setBuddy(self.witnessesEdit)
        self.exportDirLabel.setBuddy(self.exportDirEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planCombo, self.tabs)
        QWidget.setTabOrder(self.tabs, self.pendingTable)
        QWidget.setTabOrder(self.pendingTable, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.trackingEdit)
        QWidget.setTabOrder(self.trackingEdit, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.sentDate)
        QWidget.setTabOrder(self.sentDate, self.receivedCheck)
        QWidget.setTabOrder(self.receivedCheck, self.receivedDate)
        QWidget.setTabOrder(self.receivedDate, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.recordDeliveryButton)
        QWidget.setTabOrder(self.recordDeliveryButton, self.deliveredTable)
        QWidget.setTabOrder(self.deliveredTable, self.recordReceiptButton)
        QWidget.setTabOrder(self.recordReceiptButton, self.candidateTable)
        QWidget.setTabOrder(self.candidateTable, self.filedDate)
        QWidget.setTabOrder(self.filedDate, self.applicantEdit)
        QWidget.setTabOrder(self.applicantEdit, self.groundsEdit)
        QWidget.setTabOrder(self.groundsEdit, self.fileObjectionButton)
        QWidget.setTabOrder(self.fileObjectionButton, self.objectionTable)
        QWidget.setTabOrder(self.objectionTable, self.unsealButton)
        QWidget.setTabOrder(self.unsealButton, self.retestButton)
        QWidget.setTabOrder(self.retestButton, self.retestReportButton)
        QWidget.setTabOrder(self.retestReportButton, self.dispositionTable)
        QWidget.setTabOrder(self.dispositionTable, self.dispRecipientEdit)
        QWidget.setTabOrder(self.dispRecipientEdit, self.dispDate)
        QWidget.setTabOrder(self.dispDate, self.dispRecordEdit)
        QWidget.setTabOrder(self.dispRecordEdit, self.disposeButton)
        QWidget.setTabOrder(self.disposeButton, self.refusalTable)
        QWidget.setTabOrder(self.refusalTable, self.enterpriseCombo)
        QWidget.setTabOrder(self.enterpriseCombo, self.productCombo)
        QWidget.setTabOrder(self.productCombo, self.refusalDate)
        QWidget.setTabOrder(self.refusalDate, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.samplersEdit)
        QWidget.setTabOrder(self.samplersEdit, self.witnessesEdit)
        QWidget.setTabOrder(self.witnessesEdit, self.recordRefusalButton)
        QWidget.setTabOrder(self.recordRefusalButton, self.exportDirEdit)
        QWidget.setTabOrder(self.exportDirEdit, self.exportButton)

        self.retranslateUi(LogisticsPage)

        QMetaObject.connectSlotsByName(LogisticsPage)
    # setupUi

    def retranslateUi(self, LogisticsPage):
        self.planLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u8ba1\u5212(&P)", None))
        self.refreshButton.setText(QCoreApplication.translate("LogisticsPage", u"\u5237\u65b0(&R)", None))
#if QT_CONFIG(shortcut)
        self.refreshButton.setShortcut(QCoreApplication.translate("LogisticsPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.pendingLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5f85\u9001\u8fbe(&P)", None))
        self.deliveredLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5df2\u9001\u8fbe(&D)", None))
        self.deliveryBox.setTitle(QCoreApplication.translate("LogisticsPage", u"\u767b\u8bb0\u9001\u8fbe", None))
        self.dutyLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u5f85\u9001\u8fbe\u4e8b\u9879", None))
        self.methodLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u9001\u8fbe\u65b9\u5f0f(&M)", None))
        self.trackingLabel.setText(QCoreApplication.translate("LogisticsPage", u"EMS \u5355\u53f7(&T)", None))
        self.trackingEdit.setPlaceholderText(QCoreApplication.translate("LogisticsPage", u"EMS \u9001\u8fbe\u5fc5\u586b", None))
        self.recipientLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u6536\u4ef6\u4eba(&C)", None))
        self.sentLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5bc4\u51fa\u65e5\u671f", None))
        self.receivedCheck.setText(QCoreApplication.translate("LogisticsPage", u"\u5df2\u7b7e\u6536", None))
        self.noteLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5907\u6ce8", None))
        self.recordDeliveryButton.setText(QCoreApplication.translate("LogisticsPage", u"\u767b\u8bb0\u9001\u8fbe(&S)", None))
        self.recordReceiptButton.setText(QCoreApplication.translate("LogisticsPage", u"\u767b\u8bb0\u7b7e\u6536(&Q)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.deliveriesTab), QCoreApplication.translate("LogisticsPage", u"\u9001\u8fbe", None))
        self.candidatesLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5df2\u51fa\u62a5\u544a\u6837\u54c1\u53ca\u5f02\u8bae\u671f(&Y)", None))
        self.objectionsLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5f02\u8bae\u4e0e\u590d\u68c0(&O)", None))
        self.comparisonLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u590d\u68c0\u4e0e\u539f\u68c0\u9a8c\u7ed3\u679c\u5bf9\u6bd4", None))
        self.objectionBox.setTitle(QCoreApplication.translate("LogisticsPage", u"\u767b\u8bb0\u5f02\u8bae", None))
        self.objectionSampleLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u6837\u54c1", None))
        self.filedLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u63d0\u51fa\u65e5\u671f(&F)", None))
        self.applicantLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u7533\u8bf7\u4eba(&A)", None))
        self.groundsLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5f02\u8bae\u7406\u7531(&G)", None))
        self.fileObjectionButton.setText(QCoreApplication.translate("LogisticsPage", u"\u767b\u8bb0\u5f02\u8bae(&L)", None))
        self.unsealButton.setText(QCoreApplication.translate("LogisticsPage", u"\u542f\u5c01\u5907\u7528\u6837\u54c1\uff08\u62cd\u7167\u3001\u6838\u5bf9\u5c01\u6761\uff09(&U)\u2026", None))
        self.retestButton.setText(QCoreApplication.translate("LogisticsPage", u"\u5f55\u5165\u590d\u68c0\u7ed3\u679c\u5e76\u5224\u5b9a(&J)\u2026", None))
        self.retestReportButton.setText(QCoreApplication.translate("LogisticsPage", u"\u4fdd\u5b58\u590d\u68c0\u7ed3\u679c\u62a5\u544a(&T)\u2026", None))
        self.objectionMessage.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.objectionsTab), QCoreApplication.translate("LogisticsPage", u"\u5f02\u8bae\u4e0e\u590d\u68c0", None))
        self.dueDispLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5f85\u5904\u7f6e\uff08\u5f02\u8bae\u671f\u6ee1\uff09(&W)", None))
        self.doneDispLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5904\u7f6e\u8bb0\u5f55", None))
        self.dispositionBox.setTitle(QCoreApplication.translate("LogisticsPage", u"\u6837\u54c1\u5904\u7f6e", None))
        self.dispositionRuleLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u6837\u54c1", None))
        self.dispRecipientLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u63a5\u6536\u5355\u4f4d/\u4eba(&B)", None))
        self.dispDateLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5904\u7f6e\u65e5\u671f", None))
        self.dispRecordLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u5904\u7f6e\u8bb0\u5f55", None))
        self.dispRecordEdit.setPlaceholderText(QCoreApplication.translate("LogisticsPage", u"\u672a\u4ed8\u8d39\u6837\u54c1\u7559\u7a7a\u5219\u6309\u89c4\u5219\u81ea\u52a8\u751f\u6210\u4e66\u9762\u8bb0\u5f55\uff1b\u4ed8\u8d39\u6837\u54c1\u5fc5\u586b\uff08\u6309\u7701\u5c40\u6837\u54c1\u5904\u7f6e\u89c4\u5b9a\u7684\u5177\u4f53\u5904\u7406\u60c5\u51b5\uff09", None))
        self.disposeButton.setText(QCoreApplication.translate("LogisticsPage", u"\u767b\u8bb0\u5904\u7f6e(&H)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dispositionsTab), QCoreApplication.translate("LogisticsPage", u"\u6837\u54c1\u5904\u7f6e", None))
        self.refusalListLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u62d2\u68c0\u8ba4\u5b9a(&K)", None))
        self.refusalBox.setTitle(QCoreApplication.translate("LogisticsPage", u"\u62d2\u68c0\u8ba4\u5b9a\u8868", None))
        self.enterpriseLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u88ab\u62bd\u6837\u5355\u4f4d(&E)", None))
        self.productLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u4ea7\u54c1(&R)", None))
        self.refusalDateLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u53d1\u751f\u65e5\u671f", None))
        self.descriptionLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u62d2\u68c0\u60c5\u51b5(&X)", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("LogisticsPage", u"\u5982\u5b9e\u8bb0\u5f55\u963b\u788d\u3001\u62d2\u7edd\u62bd\u6837\u7684\u7ecf\u8fc7", None))
        self.samplersLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u62bd\u6837\u4eba\u5458(&Z)", None))
        self.samplersEdit.setPlaceholderText(QCoreApplication.translate("LogisticsPage", u"\u81f3\u5c11 2 \u4eba\uff0c\u4ee5\u201c\u3001\u201d\u5206\u9694", None))
        self.witnessesLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u89c1\u8bc1\u4eba(&V)", None))
        self.witnessesEdit.setPlaceholderText(QCoreApplication.translate("LogisticsPage", u"\u4ee5\u201c\u3001\u201d\u5206\u9694", None))
        self.recordRefusalButton.setText(QCoreApplication.translate("LogisticsPage", u"\u767b\u8bb0\u62d2\u68c0(&N)", None))
        self.confirmRefusalButton.setText(QCoreApplication.translate("LogisticsPage", u"\u53bf\u7ea7\u5c40\u5171\u540c\u8ba4\u5b9a\u2026", None))
        self.reportRefusalButton.setText(QCoreApplication.translate("LogisticsPage", u"\u5df2\u62a5\u9001\u7701\u5c40\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.refusalsTab), QCoreApplication.translate("LogisticsPage", u"\u62d2\u68c0", None))
        self.exportDirLabel.setText(QCoreApplication.translate("LogisticsPage", u"\u8f93\u51fa\u6587\u4ef6\u5939(&F)", None))
        self.browseButton.setText(QCoreApplication.translate("LogisticsPage", u"\u6d4f\u89c8\u2026", None))
        self.summaryCheck.setText(QCoreApplication.translate("LogisticsPage", u"\u68c0\u9a8c\u60c5\u51b5\u6c47\u603b\u8868 (.xlsx)", None))
        self.ecqsCheck.setText(QCoreApplication.translate("LogisticsPage", u"e-CQS \u5f55\u5165\u6587\u4ef6", None))
        self.analysisCheck.setText(QCoreApplication.translate("LogisticsPage", u"\u8d28\u91cf\u5206\u6790\u62a5\u544a (PDF)", None))
        self.boundCheck.setText(QCoreApplication.translate("LogisticsPage", u"\u5408\u8ba2\u672c (PDF)", None))
        self.exportButton.setText(QCoreApplication.translate("LogisticsPage", u"\u5bfc\u51fa(&X)", None))
        self.ecqsSamplingButton.setText(QCoreApplication.translate("LogisticsPage", u"\u6807\u8bb0\u62bd\u6837\u4fe1\u606f\u5df2\u5f55\u5165 e-CQS", None))
        self.ecqsResultsButton.setText(QCoreApplication.translate("LogisticsPage", u"\u6807\u8bb0\u68c0\u9a8c\u7ed3\u679c\u5df2\u5f55\u5165 e-CQS", None))
        self.tabs.setTabText(self.tabs.indexOf(self.exportsTab), QCoreApplication.translate("LogisticsPage", u"\u5bfc\u51fa\u6c47\u603b\u6750\u6599", None))
        pass
    # retranslateUi

