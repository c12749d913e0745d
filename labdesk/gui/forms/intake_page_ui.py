# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_page.ui'
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
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_IntakePage(object):
    def setupUi(self, IntakePage):
        if not IntakePage.objectName():
            IntakePage.setObjectName(u"IntakePage")
        IntakePage.resize(1200, 680)
        self.pageLayout = QVBoxLayout(IntakePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scanBar = QFrame(IntakePage)
        self.scanBar.setObjectName(u"scanBar")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scanBar.sizePolicy().hasHeightForWidth())
        self.scanBar.setSizePolicy(sizePolicy)
        self.scanBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.scanLayout = QHBoxLayout(self.scanBar)
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanLabel = QLabel(self.scanBar)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanLayout.addWidget(self.scanLabel)

        self.scanEdit = QLineEdit(self.scanBar)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(320, 0))
        self.scanEdit.setClearButtonEnabled(True)

        self.scanLayout.addWidget(self.scanEdit)

        self.scanMessage = QLabel(self.scanBar)
        self.scanMessage.setObjectName(u"scanMessage")
        self.scanMessage.setWordWrap(True)

        self.scanLayout.addWidget(self.scanMessage)

        self.scanSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scanLayout.addItem(self.scanSpacer)

        self.newButton = QPushButton(self.scanBar)
        self.newButton.setObjectName(u"newButton")

        self.scanLayout.addWidget(self.newButton)


        self.pageLayout.addWidget(self.scanBar)

        self.splitter = QSplitter(IntakePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.registerPanel = QWidget(self.splitter)
        self.registerPanel.setObjectName(u"registerPanel")
        self.registerLayout = QVBoxLayout(self.registerPanel)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerLayout.setContentsMargins(0, 0, 0, 0)
        self.registerTitle = QLabel(self.registerPanel)
        self.registerTitle.setObjectName(u"registerTitle")

        self.registerLayout.addWidget(self.registerTitle)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.registerPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.stateFilter = QComboBox(self.registerPanel)
        self.stateFilter.setObjectName(u"stateFilter")

        self.searchLayout.addWidget(self.stateFilter)


        self.registerLayout.addLayout(self.searchLayout)

        self.registerTable = QTableView(self.registerPanel)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerTable.setAlternatingRowColors(True)

        self.registerLayout.addWidget(self.registerTable)

        self.registerCount = QLabel(self.registerPanel)
        self.registerCount.setObjectName(u"registerCount")

        self.registerLayout.addWidget(self.registerCount)

        self.splitter.addWidget(self.registerPanel)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.registrationTab = QWidget()
        self.registrationTab.setObjectName(u"registrationTab")
        self.registrationLayout = QVBoxLayout(self.registrationTab)
        self.registrationLayout.setObjectName(u"registrationLayout")
        self.formScroll = QScrollArea(self.registrationTab)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formColumns = QHBoxLayout(self.formContents)
        self.formColumns.setObjectName(u"formColumns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formNoLabel = QLabel(self.formContents)
        self.formNoLabel.setObjectName(u"formNoLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formNoLabel)

        self.formNoEdit = QLineEdit(self.formContents)
        self.formNoEdit.setObjectName(u"formNoEdit")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formNoEdit)

        self.planLabel = QLabel(self.formContents)
        self.planLabel.setObjectName(u"planLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(self.formContents)
        self.planCombo.setObjectName(u"planCombo")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.productLabel = QLabel(self.formContents)
        self.productLabel.setObjectName(u"productLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productCombo = QComboBox(self.formContents)
        self.productCombo.setObjectName(u"productCombo")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productCombo)

        self.domainLabel = QLabel(self.formContents)
        self.domainLabel.setObjectName(u"domainLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainCombo = QComboBox(self.formContents)
        self.domainCombo.setObjectName(u"domainCombo")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.domainCombo)

        self.unitNameLabel = QLabel(self.formContents)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(self.formContents)
        self.unitNameEdit.setObjectName(u"unitNameEdit")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.unitCreditLabel = QLabel(self.formContents)
        self.unitCreditLabel.setObjectName(u"unitCreditLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitCreditLabel)

        self.unitCreditEdit = QLineEdit(self.formContents)
        self.unitCreditEdit.setObjectName(u"unitCreditEdit")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCreditEdit)

        self.unitAddressLabel = QLabel(self.formContents)
        self.unitAddressLabel.setObjectName(u"unitAddressLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitAddressLabel)

        self.unitAddressEdit = QLineEdit(self.formContents)
        self.unitAddressEdit.setObjectName(u"unitAddressEdit")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitAddressEdit)

        self.unitContactLabel = QLabel(self.formContents)
        self.unitContactLabel.setObjectName(u"unitContactLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unitContactLabel)

        self.unitContactEdit = QLineEdit(self.formContents)
        self.unitContactEdit.setObjectName(u"unitContactEdit")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unitContactEdit)

        self.producerNameLabel = QLabel(self.formContents)
        self.producerNameLabel.setObjectName(u"producerNameLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.producerNameLabel)

        self.producerNameEdit = QLineEdit(self.formContents)
        self.producerNameEdit.setObjectName(u"producerNameEdit")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.producerNameEdit)

        self.producerCreditLabel = QLabel(self.formContents)
        self.producerCreditLabel.setObjectName(u"producerCreditLabel")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.producerCreditLabel)

        self.producerCreditEdit = QLineEdit(self.formContents)
        self.producerCreditEdit.setObjectName(u"producerCreditEdit")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.producerCreditEdit)

        self.trademarkLabel = QLabel(self.formContents)
        self.trademarkLabel.setObjectName(u"trademarkLabel")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.trademarkLabel)

        self.trademarkEdit = QLineEdit(self.formContents)
        self.trademarkEdit.setObjectName(u"trademarkEdit")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.trademarkEdit)

        self.specificationLabel = QLabel(self.formContents)
        self.specificationLabel.setObjectName(u"specificationLabel")

        self.leftForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.specificationLabel)

        self.specificationEdit = QLineEdit(self.formContents)
        self.specificationEdit.setObjectName(u"specificationEdit")

        self.leftForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.specificationEdit)

        self.declaredGradeLabel = QLabel(self.formContents)
        self.declaredGradeLabel.setObjectName(u"declaredGradeLabel")

        self.leftForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.declaredGradeLabel)

        self.declaredGradeEdit = QLineEdit(self.formContents)
        self.declaredGradeEdit.setObjectName(u"declaredGradeEdit")

        self.leftForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.declaredGradeEdit)

        self.executedStandardLabel = QLabel(self.formContents)
        self.executedStandardLabel.setObjectName(u"executedStandardLabel")

        self.leftForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.executedStandardLabel)

        self.executedStandardEdit = QLineEdit(self.formContents)
        self.executedStandardEdit.setObjectName(u"executedStandardEdit")

        self.leftForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.executedStandardEdit)

        self.licenceNoLabel = QLabel(self.formContents)
        self.licenceNoLabel.setObjectName(u"licenceNoLabel")

        self.leftForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.licenceNoLabel)

        self.licenceNoEdit = QLineEdit(self.formContents)
        self.licenceNoEdit.setObjectName(u"licenceNoEdit")

        self.leftForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.licenceNoEdit)


        self.formColumns.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.batchNoLabel = QLabel(self.formContents)
        self.batchNoLabel.setObjectName(u"batchNoLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchNoLabel)

        self.batchNoEdit = QLineEdit(self.formContents)
        self.batchNoEdit.setObjectName(u"batchNoEdit")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchNoEdit)

        self.productionDateLabel = QLabel(self.formContents)
        self.productionDateLabel.setObjectName(u"productionDateLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productionDateLabel)

        self.productionDateEdit = QLineEdit(self.formContents)
        self.productionDateEdit.setObjectName(u"productionDateEdit")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productionDateEdit)

        self.baseQuantityLabel = QLabel(self.formContents)
        self.baseQuantityLabel.setObjectName(u"baseQuantityLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.baseQuantityLabel)

        self.baseQuantityEdit = QLineEdit(self.formContents)
        self.baseQuantityEdit.setObjectName(u"baseQuantityEdit")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.baseQuantityEdit)

        self.testQuantityLabel = QLabel(self.formContents)
        self.testQuantityLabel.setObjectName(u"testQuantityLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.testQuantityLabel)

        self.testQuantityEdit = QLineEdit(self.formContents)
        self.testQuantityEdit.setObjectName(u"testQuantityEdit")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.testQuantityEdit)

        self.backupQuantityLabel = QLabel(self.formContents)
        self.backupQuantityLabel.setObjectName(u"backupQuantityLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.backupQuantityLabel)

        self.backupQuantityEdit = QLineEdit(self.formContents)
        self.backupQuantityEdit.setObjectName(u"backupQuantityEdit")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.backupQuantityEdit)

        self.testSealLabel = QLabel(self.formContents)
        self.testSealLabel.setObjectName(u"testSealLabel")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.testSealLabel)

        self.testSealEdit = QLineEdit(self.formContents)
        self.testSealEdit.setObjectName(u"testSealEdit")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.testSealEdit)

        self.backupSealLabel = QLabel(self.formContents)
        self.backupSealLabel.setObjectName(u"backupSealLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.backupSealLabel)

        self.backupSealEdit = QLineEdit(self.formContents)
        self.backupSealEdit.setObjectName(u"backupSealEdit")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.backupSealEdit)

        self.samplingPlaceLabel = QLabel(self.formContents)
        self.samplingPlaceLabel.setObjectName(u"samplingPlaceLabel")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.samplingPlaceLabel)

        self.samplingPlaceEdit = QLineEdit(self.formContents)
        self.samplingPlaceEdit.setObjectName(u"samplingPlaceEdit")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.samplingPlaceEdit)

        self.samplingDateLabel = QLabel(self.formContents)
        self.samplingDateLabel.setObjectName(u"samplingDateLabel")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.samplingDateLabel)

        self.samplingDateEdit = QLineEdit(self.formContents)
        self.samplingDateEdit.setObjectName(u"samplingDateEdit")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.samplingDateEdit)

        self.sampler1Label = QLabel(self.formContents)
        self.sampler1Label.setObjectName(u"sampler1Label")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.sampler1Label)

        self.sampler1Combo = QComboBox(self.formContents)
        self.sampler1Combo.setObjectName(u"sampler1Combo")
        self.sampler1Combo.setEditable(True)
        self.sampler1Combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.rightForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sampler1Combo)

        self.sampler2Label = QLabel(self.formContents)
        self.sampler2Label.setObjectName(u"sampler2Label")

        self.rightForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sampler2Label)

        self.sampler2Combo = QComboBox(self.formContents)
        self.sampler2Combo.setObjectName(u"sampler2Combo")
        self.sampler2Combo.setEditable(True)
        self.sampler2Combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.rightForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sampler2Combo)

        self.coalRankLabel = QLabel(self.formContents)
        self.coalRankLabel.setObjectName(u"coalRankLabel")

        self.rightForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.coalRankLabel)

        self.coalRankCombo = QComboBox(self.formContents)
        self.coalRankCombo.setObjectName(u"coalRankCombo")

        self.rightForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.coalRankCombo)

        self.transportKmLabel = QLabel(self.formContents)
        self.transportKmLabel.setObjectName(u"transportKmLabel")

        self.rightForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.transportKmLabel)

        self.transportKmEdit = QLineEdit(self.formContents)
        self.transportKmEdit.setObjectName(u"transportKmEdit")

        self.rightForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.transportKmEdit)

        self.quenchLabel = QLabel(self.formContents)
        self.quenchLabel.setObjectName(u"quenchLabel")

        self.rightForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.quenchLabel)

        self.quenchCombo = QComboBox(self.formContents)
        self.quenchCombo.setObjectName(u"quenchCombo")

        self.rightForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.quenchCombo)

        self.remarksLabel = QLabel(self.formContents)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.rightForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.remarksLabel)

        self.remarksEdit = QLineEdit(self.formContents)
        self.remarksEdit.setObjectName(u"remarksEdit")

        self.rightForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.remarksEdit)


        self.formColumns.addLayout(self.rightForm)

        self.formScroll.setWidget(self.formContents)

        self.registrationLayout.addWidget(self.formScroll)

        self.problemsScroll = QScrollArea(self.registrationTab)
        self.problemsScroll.setObjectName(u"problemsScroll")
        self.problemsScroll.setMinimumSize(QSize(0, 76))
        self.problemsScroll.setMaximumSize(QSize(16777215, 76))
        self.problemsScroll.setWidgetResizable(True)
        self.problemsScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.problemsContents = QWidget()
        self.problemsContents.setObjectName(u"problemsContents")
        self.problemsLayout = QVBoxLayout(self.problemsContents)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(-1, 2, -1, 2)
        self.problemsLabel = QLabel(self.problemsContents)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.problemsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.problemsLayout.addWidget(self.problemsLabel)

        self.problemsScroll.setWidget(self.problemsContents)

        self.registrationLayout.addWidget(self.problemsScroll)

        self.registrationButtons = QHBoxLayout()
        self.registrationButtons.setObjectName(u"registrationButtons")
        self.registrationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registrationButtons.addItem(self.registrationSpacer)

        self.clearButton = QPushButton(self.registrationTab)
        self.clearButton.setObjectName(u"clearButton")

        self.registrationButtons.addWidget(self.clearButton)

        self.registerButton = QPushButton(self.registrationTab)
        self.registerButton.setObjectName(u"registerButton")

        self.registrationButtons.addWidget(self.registerButton)


        self.registrationLayout.addLayout(self.registrationButtons)

        self.tabs.addTab(self.registrationTab, "")
        self.receiptTab = QWidget()
        self.receiptTab.setObjectName(u"receiptTab")
        self.receiptLayout = QVBoxLayout(self.receiptTab)
        self.receiptLayout.setObjectName(u"receiptLayout")
        self.sampleTitle = QLabel(self.receiptTab)
        self.sampleTitle.setObjectName(u"sampleTitle")
        self.sampleTitle.setWordWrap(True)

        self.receiptLayout.addWidget(self.sampleTitle)

        self.receiptScroll = QScrollArea(self.receiptTab)
        self.receiptScroll.setObjectName(u"receiptScroll")
        self.receiptScroll.setWidgetResizable(True)
        self.receiptScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.receiptContents = QWidget()
        self.receiptContents.setObjectName(u"receiptContents")
        self.receiptContentsLayout = QVBoxLayout(self.receiptContents)
        self.receiptContentsLayout.setObjectName(u"receiptContentsLayout")
        self.receiptContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.cameraRow = QHBoxLayout()
        self.cameraRow.setObjectName(u"cameraRow")
        self.cameraHost = QWidget(self.receiptContents)
        self.cameraHost.setObjectName(u"cameraHost")
        self.cameraHost.setMinimumSize(QSize(360, 240))
        self.cameraHostLayout = QVBoxLayout(self.cameraHost)
        self.cameraHostLayout.setObjectName(u"cameraHostLayout")
        self.cameraHostLayout.setContentsMargins(0, 0, 0, 0)

        self.cameraRow.addWidget(self.cameraHost)

        self.cameraButtons = QVBoxLayout()
        self.cameraButtons.setObjectName(u"cameraButtons")
        self.cameraButton = QPushButton(self.receiptContents)
        self.cameraButton.setObjectName(u"cameraButton")

        self.cameraButtons.addWidget(self.cameraButton)

        self.photoKindCombo = QComboBox(self.receiptContents)
        self.photoKindCombo.setObjectName(u"photoKindCombo")

        self.cameraButtons.addWidget(self.photoKindCombo)

        self.captureButton = QPushButton(self.receiptContents)
        self.captureButton.setObjectName(u"captureButton")

        self.cameraButtons.addWidget(self.captureButton)

        self.importPhotoButton = QPushButton(self.receiptContents)
        self.importPhotoButton.setObjectName(u"importPhotoButton")

        self.cameraButtons.addWidget(self.importPhotoButton)

        self.cameraMessage = QLabel(self.receiptContents)
        self.cameraMessage.setObjectName(u"cameraMessage")
        self.cameraMessage.setWordWrap(True)
        self.cameraMessage.setMaximumSize(QSize(220, 16777215))

        self.cameraButtons.addWidget(self.cameraMessage)

        self.cameraSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cameraButtons.addItem(self.cameraSpacer)


        self.cameraRow.addLayout(self.cameraButtons)


        self.receiptContentsLayout.addLayout(self.cameraRow)

        self.photoList = QListWidget(self.receiptContents)
        self.photoList.setObjectName(u"photoList")
        self.photoList.setMinimumSize(QSize(0, 132))
        self.photoList.setMaximumSize(QSize(16777215, 132))
        self.photoList.setViewMode(QListView.ViewMode.IconMode)
        self.photoList.setIconSize(QSize(112, 84))
        self.photoList.setFlow(QListView.Flow.LeftToRight)
        self.photoList.setWrapping(False)

        self.receiptContentsLayout.addWidget(self.photoList)

        self.checkBox = QGroupBox(self.receiptContents)
        self.checkBox.setObjectName(u"checkBox")
        self.checkGrid = QGridLayout(self.checkBox)
        self.checkGrid.setObjectName(u"checkGrid")

        self.receiptContentsLayout.addWidget(self.checkBox)

        self.receiptNoteEdit = QPlainTextEdit(self.receiptContents)
        self.receiptNoteEdit.setObjectName(u"receiptNoteEdit")
        self.receiptNoteEdit.setMaximumSize(QSize(16777215, 60))
        self.receiptNoteEdit.setTabChangesFocus(True)

        self.receiptContentsLayout.addWidget(self.receiptNoteEdit)

        self.receiptScroll.setWidget(self.receiptContents)

        self.receiptLayout.addWidget(self.receiptScroll)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.acceptButton = QPushButton(self.receiptTab)
        self.acceptButton.setObjectName(u"acceptButton")

        self.decisionButtons.addWidget(self.acceptButton)

        self.rejectButton = QPushButton(self.receiptTab)
        self.rejectButton.setObjectName(u"rejectButton")

        self.decisionButtons.addWidget(self.rejectButton)

        self.terminateButton = QPushButton(self.receiptTab)
        self.terminateButton.setObjectName(u"terminateButton")

        self.decisionButtons.addWidget(self.terminateButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionSpacer)

        self.printButton = QPushButton(self.receiptTab)
        self.printButton.setObjectName(u"printButton")

        self.decisionButtons.addWidget(self.printButton)

        self.savePdfButton = QPushButton(self.receiptTab)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.decisionButtons.addWidget(self.savePdfButton)


        self.receiptLayout.addLayout(self.decisionButtons)

        self.tabs.addTab(self.receiptTab, "")
        self.splitter.addWidget(self.tabs)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.formNoLabel.setBuddy(self.formNoEdit)
        self.planLabel.setBuddy(self.planCombo)
        self.productLabel.setBuddy(self.productCombo)
        self.domainLabel.setBuddy(self.domainCombo)
        self.unitNameLabel.setBuddy(self.unitNameEdit)
        self.unitCreditLabel.setBuddy(self.unitCreditEdit)
        self.unitAddressLabel.setBuddy(self.unitAddressEdit)
        self.unitContactLabel.setBuddy(self.unitContactEdit)
        self.producerNameLabel.setBuddy(self.producerNameEdit)
        self.producerCreditLabel.setBuddy(self.producerCreditEdit)
        self.trademarkLabel.setBuddy(self.trademarkEdit)
        self.specificationLabel.setBuddy(self.specificationEdit)
        self.declaredGradeLabel.setBuddy(self.declaredGradeEdit)
        self.executedStandardLabel.setBuddy(self.executedStandardEdit)
        self.licenceNoLabel.setBuddy(self.licenceNoEdit)
        self.batchNoLabel.setBuddy(self.batchNoEdit)
        self.productionDateLabel.setBuddy(self.productionDateEdit)
        self.baseQuantityLabel.setBuddy(self.baseQuantityEdit)
        self.testQuantityLabel.setBuddy(self.testQuantityEdit)
        self.backupQuantityLabel.setBuddy(self.backupQuantityEdit)
        self.testSealLabel.setBuddy(self.testSealEdit)
        self.backupSealLabel.setBuddy(self.backupSealEdit)
        self.samplingPlaceLabel.setBuddy(self.samplingPlaceEdit)
        self.samplingDateLabel.setBuddy(self.samplingDateEdit)
        self.sampler1Label.setBuddy(self.sampler1Combo)
        self.sampler2Label.setBuddy(self.sampler2Combo)
        self.coalRankLabel.setBuddy(self.coalRankCombo)
        self.transportKmLabel.setBuddy(self.transportKmEdit)
        self.quenchLabel.setBuddy(self.quenchCombo)
        self.remarksLabel.setBuddy(self.remarksEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.formNoEdit)
        QWidget.setTabOrder(self.formNoEdit, self.planCombo)
        QWidget.setTabOrder(self.planCombo, self.productCombo)
        QWidget.setTabOrder(self.productCombo, self.domainCombo)
        QWidget.setTabOrder(self.domainCombo, self.unitNameEdit)
        QWidget.setTabOrder(self.unitNameEdit, self.unitCreditEdit)
        QWidget.setTabOrder(self.unitCreditEdit, self.unitAddressEdit)
        QWidget.setTabOrder(self.unitAddressEdit, self.unitContactEdit)
        QWidget.setTabOrder(self.unitContactEdit, self.producerNameEdit)
        QWidget.setTabOrder(self.producerNameEdit, self.producerCreditEdit)
        QWidget.setTabOrder(self.producerCreditEdit, self.trademarkEdit)
        QWidget.setTabOrder(self.trademarkEdit, self.specificationEdit)
        QWidget.setTabOrder(self.specificationEdit, self.declaredGradeEdit)
        QWidget.setTabOrder(self.declaredGradeEdit, self.executedStandardEdit)
        QWidget.setTabOrder(self.executedStandardEdit, self.licenceNoEdit)
        QWidget.setTabOrder(self.licenceNoEdit, self.batchNoEdit)
        QWidget.setTabOrder(self.batchNoEdit, self.productionDateEdit)
        QWidget.setTabOrder(self.productionDateEdit, self.baseQuantityEdit)
        QWidget.setTabOrder(self.baseQuantityEdit, self.testQuantityEdit)
        QWidget.setTabOrder(self.testQuantityEdit, self.backupQuantityEdit)
        QWidget.setTabOrder(self.backupQuantityEdit, self.testSealEdit)
        QWidget.setTabOrder(self.testSealEdit, self.backupSealEdit)
        QWidget.setTabOrder(self.backupSealEdit, self.samplingPlaceEdit)
        QWidget.setTabOrder(self.samplingPlaceEdit, self.samplingDateEdit)
        QWidget.setTabOrder(self.samplingDateEdit, self.sampler1Combo)
        QWidget.setTabOrder(self.sampler1Combo, self.sampler2Combo)
        QWidget.setTabOrder(self.sampler2Combo, self.coalRankCombo)
        QWidget.setTabOrder(self.coalRankCombo, self.transportKmEdit)
        QWidget.setTabOrder(self.transportKmEdit, self.quenchCombo)
        QWidget.setTabOrder(self.quenchCombo, self.remarksEdit)
        QWidget.setTabOrder(self.remarksEdit, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.cameraButton)
        QWidget.setTabOrder(self.cameraButton, self.photoKindCombo)
        QWidget.setTabOrder(self.photoKindCombo, self.captureButton)
        QWidget.setTabOrder(self.captureButton, self.importPhotoButton)
        QWidget.setTabOrder(self.importPhotoButton, self.receiptNoteEdit)
        QWidget.setTabOrder(self.receiptNoteEdit, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.terminateButton)
        QWidget.setTabOrder(self.terminateButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.stateFilter)
        QWidget.setTabOrder(self.stateFilter, self.newButton)
        QWidget.setTabOrder(self.newButton, self.registerTable)

        self.retranslateUi(IntakePage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(IntakePage)
    # setupUi

    def retranslateUi(self, IntakePage):
        self.scanLabel.setText(QCoreApplication.translate("IntakePage", u"\u626b\u7801(&S)", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u626b\u63cf\u6761\u7801\u6216\u8f93\u5165\u6837\u54c1\u7f16\u53f7 / \u6837\u54c1\u4efd\u7f16\u7801\uff0c\u56de\u8f66\u6253\u5f00", None))
        self.scanMessage.setText("")
        self.newButton.setText(QCoreApplication.translate("IntakePage", u"\u65b0\u767b\u8bb0(&N)", None))
        self.registerTitle.setText(QCoreApplication.translate("IntakePage", u"\u6837\u54c1\u767b\u8bb0\u7c3f", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u641c\u7d22\uff1a\u6837\u54c1\u7f16\u53f7 / \u62bd\u6837\u5355\u7f16\u53f7 / \u4f01\u4e1a\u540d\u79f0", None))
        self.registerCount.setText("")
        self.formNoLabel.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u6837\u5355\u7f16\u53f7(&F)", None))
        self.planLabel.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u67e5\u8ba1\u5212", None))
        self.productLabel.setText(QCoreApplication.translate("IntakePage", u"\u4ea7\u54c1(&D)", None))
        self.domainLabel.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u6837\u9886\u57df", None))
        self.unitNameLabel.setText(QCoreApplication.translate("IntakePage", u"\u88ab\u62bd\u6837\u5355\u4f4d(&U)", None))
        self.unitCreditLabel.setText(QCoreApplication.translate("IntakePage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.unitCreditEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"18 \u4f4d\uff0c\u542b\u6821\u9a8c\u7801", None))
        self.unitAddressLabel.setText(QCoreApplication.translate("IntakePage", u"\u5355\u4f4d\u5730\u5740", None))
        self.unitContactLabel.setText(QCoreApplication.translate("IntakePage", u"\u8054\u7cfb\u4eba/\u7535\u8bdd", None))
        self.producerNameLabel.setText(QCoreApplication.translate("IntakePage", u"\u6807\u79f0\u751f\u4ea7\u8005", None))
        self.producerCreditLabel.setText(QCoreApplication.translate("IntakePage", u"\u751f\u4ea7\u8005\u4fe1\u7528\u4ee3\u7801", None))
        self.trademarkLabel.setText(QCoreApplication.translate("IntakePage", u"\u5546\u6807", None))
        self.specificationLabel.setText(QCoreApplication.translate("IntakePage", u"\u89c4\u683c\u578b\u53f7", None))
        self.declaredGradeLabel.setText(QCoreApplication.translate("IntakePage", u"\u6807\u79f0\u7b49\u7ea7", None))
        self.executedStandardLabel.setText(QCoreApplication.translate("IntakePage", u"\u6267\u884c\u6807\u51c6", None))
        self.licenceNoLabel.setText(QCoreApplication.translate("IntakePage", u"\u751f\u4ea7\u8bb8\u53ef\u8bc1\u53f7", None))
        self.batchNoLabel.setText(QCoreApplication.translate("IntakePage", u"\u6279\u53f7", None))
        self.productionDateLabel.setText(QCoreApplication.translate("IntakePage", u"\u751f\u4ea7\u65e5\u671f", None))
        self.productionDateEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"YYYY-MM-DD", None))
        self.baseQuantityLabel.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u6837\u57fa\u6570", None))
        self.testQuantityLabel.setText(QCoreApplication.translate("IntakePage", u"\u68c0\u9a8c\u6837\u54c1\u6570\u91cf", None))
        self.testQuantityEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u5982 2 kg", None))
        self.backupQuantityLabel.setText(QCoreApplication.translate("IntakePage", u"\u5907\u7528\u6837\u54c1\u6570\u91cf", None))
        self.backupQuantityEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u5982 2 kg", None))
        self.testSealLabel.setText(QCoreApplication.translate("IntakePage", u"\u68c0\u9a8c\u6837\u54c1\u5c01\u6761\u53f7", None))
        self.backupSealLabel.setText(QCoreApplication.translate("IntakePage", u"\u5907\u7528\u6837\u54c1\u5c01\u6761\u53f7", None))
        self.samplingPlaceLabel.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u6837\u5730\u70b9", None))
        self.samplingDateLabel.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u6837\u65e5\u671f", None))
        self.samplingDateEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"YYYY-MM-DD", None))
        self.sampler1Label.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u6837\u4eba 1", None))
        self.sampler2Label.setText(QCoreApplication.translate("IntakePage", u"\u62bd\u6837\u4eba 2", None))
        self.coalRankLabel.setText(QCoreApplication.translate("IntakePage", u"\u7164\u79cd", None))
        self.transportKmLabel.setText(QCoreApplication.translate("IntakePage", u"\u8fd0\u8f93\u8ddd\u79bb (km)", None))
        self.transportKmEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u4ec5\u52a8\u529b\u7164\u9700\u8981", None))
        self.quenchLabel.setText(QCoreApplication.translate("IntakePage", u"\u7184\u7126\u65b9\u5f0f", None))
        self.remarksLabel.setText(QCoreApplication.translate("IntakePage", u"\u5907\u6ce8", None))
        self.problemsLabel.setText("")
        self.clearButton.setText(QCoreApplication.translate("IntakePage", u"\u6e05\u7a7a(&C)", None))
        self.registerButton.setText(QCoreApplication.translate("IntakePage", u"\u767b\u8bb0(&G)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.registrationTab), QCoreApplication.translate("IntakePage", u"\u767b\u8bb0\u62bd\u6837\u5355", None))
        self.sampleTitle.setText(QCoreApplication.translate("IntakePage", u"\u8bf7\u5148\u767b\u8bb0\u6837\u54c1\uff0c\u6216\u626b\u7801\u6253\u5f00\u5df2\u767b\u8bb0\u7684\u6837\u54c1", None))
        self.cameraButton.setText(QCoreApplication.translate("IntakePage", u"\u5f00\u542f\u6444\u50cf\u5934(&K)", None))
        self.captureButton.setText(QCoreApplication.translate("IntakePage", u"\u62cd\u7167(&P)", None))
        self.importPhotoButton.setText(QCoreApplication.translate("IntakePage", u"\u4ece\u6587\u4ef6\u5bfc\u5165(&I)\u2026", None))
        self.cameraMessage.setText("")
        self.checkBox.setTitle(QCoreApplication.translate("IntakePage", u"\u63a5\u6536\u68c0\u67e5\uff08\u662f / \u5426\uff09", None))
        self.receiptNoteEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u4e66\u9762\u8bf4\u660e\uff1a\u68c0\u67e5\u9879\u4e3a\u201c\u5426\u201d\u800c\u4ecd\u63a5\u6536\u65f6\u5fc5\u586b", None))
        self.acceptButton.setText(QCoreApplication.translate("IntakePage", u"\u63a5\u6536\u5e76\u6253\u5370(&A)", None))
        self.rejectButton.setText(QCoreApplication.translate("IntakePage", u"\u62d2\u6536(&J)\u2026", None))
        self.terminateButton.setText(QCoreApplication.translate("IntakePage", u"\u7ec8\u6b62\u68c0\u9a8c(&T)\u2026", None))
        self.printButton.setText(QCoreApplication.translate("IntakePage", u"\u6253\u5370\u6807\u7b7e/\u63a5\u6536\u5355(&L)", None))
        self.savePdfButton.setText(QCoreApplication.translate("IntakePage", u"\u4fdd\u5b58 PDF\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.receiptTab), QCoreApplication.translate("IntakePage", u"\u62cd\u7167\u4e0e\u63a5\u6536\u68c0\u67e5", None))
        pass
    # retranslateUi

