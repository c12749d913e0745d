"""样品接收: the intake bench — scan, register from the 抽样单, photograph, check, accept (labels) or reject.

Keyboard first: the scan field has focus when the page opens (a keyboard-wedge
scanner types a code and Enter); F2 scan field, Ctrl+N new registration, Ctrl+S
register, F5 take a photo, Ctrl+Y all checks "yes", Ctrl+Enter accept, Ctrl+F search.
All database and PDF work runs through ``session.runner``; the camera runs on its
own thread (``labdesk.gui.camera_view``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from labdesk.camera import FrameSource
from labdesk.domain.errors import NotFound
from labdesk.domain.intake import Problem
from labdesk.domain.permissions import Permission
from labdesk.domain.quantities import TYPING_PATTERN
from labdesk.domain.workflow import STATE_NAMES_ZH, SampleState
from labdesk.gui import files
from labdesk.gui.camera_view import CameraView
from labdesk.gui.errors import show_error
from labdesk.gui.forms.intake_page_ui import Ui_IntakePage
from labdesk.gui.pages.intake_corrections import install_corrections
from labdesk.gui.pages.intake_print import ask_folder, print_documents
from labdesk.gui.pages.sampling.intake_fill import fill_registration
from labdesk.gui.session import GuiSession
from labdesk.gui.widgets.context_fields import ContextFields
from labdesk.reports.files import write_atomic
from labdesk.services import intake, intake_context
from labdesk.services.context import BEIJING
from labdesk.services.intake import (
    Document,
    IntakeOptions,
    RegistrationDraft,
    RegistrationRefused,
    SampleDetail,
    SamplerEntry,
    SampleRow,
)
from labdesk.services.sampling import intake_link

PAGE_SIZE = 200
COAL_RANKS = (("", "—"), ("lignite", "褐煤"), ("other", "其他煤种"))  # catalogue context coal_rank
QUENCH = (("", "—"), ("wet", "湿法熄焦"), ("dry", "干法熄焦"))  # catalogue context quench
ERROR_STYLE = "border: 1px solid #d32f2f; background: #fff4f4;"



class RegisterModel(QAbstractTableModel):
    """The sample register, fetched a page at a time (keyset paging) so 100 000 rows stay instant."""

    loaded = Signal()
    HEADERS = ("样品编号", "抽样单编号", "产品", "被抽样单位", "抽样日期", "状态")

    def __init__(self, session: GuiSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[SampleRow] = []
        self.query = ""
        self.state: str | None = None
        self._next: int | None = None
        self._more = False
        self._loading = False
        self._generation = 0
        self.total: int | None = None
        self.alive = True  # the page clears it when closed

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.sample_no, row.form_no, row.product_name, row.unit_name, row.sampling_date.isoformat(),
                    row.state_name)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.state in ("rejected", "terminated"):
            from PySide6.QtGui import QColor

            return QColor("#b71c1c")
        return None

    def reset(self, query: str = "", state: str | None = None) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self.query, self.state = query, state
        self._next, self._more, self._loading, self.total = None, True, False, None
        self.endResetModel()
        self._fetch()
        generation = self._generation
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: intake.count_samples(ctx, actor, query, state),
                                on_success=lambda n: self._counted(generation, n), on_failure=lambda _e: None)

    def _counted(self, generation: int, total: int) -> None:
        if self.alive and generation == self._generation:
            self.total = total
            self.loaded.emit()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        self._loading = True
        generation = self._generation
        ctx, actor, query, state, after = self.session.ctx, self.session.actor, self.query, self.state, self._next
        self.session.runner.run(
            lambda: intake.list_samples(ctx, actor, query=query, state=state, after_id=after, limit=PAGE_SIZE),
            on_success=lambda page: self._append(generation, page),
            on_failure=lambda error: self._failed(generation, error),
        )

    def _append(self, generation: int, page: intake.SamplePage) -> None:
        if not self.alive or generation != self._generation:
            return
        self._loading = False
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next_after_id
        self._more = page.next_after_id is not None
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if self.alive and generation == self._generation:
            self._loading = False
            self._more = False
            show_error(None, error)


class RejectDialog(QDialog):
    """Tick the reasons (from settings) and/or write one; both go on the notice."""

    def __init__(self, reasons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("拒收样品"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("拒收理由（空格键勾选，可多选）：")))
        self.list = QListWidget(self)
        for reason in reasons:
            item = QListWidgetItem(reason, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout.addWidget(self.list)
        layout.addWidget(QLabel(self.tr("其他理由或书面说明：")))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("拒收并生成通知"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def accept(self) -> None:
        """Stay open, with what was ticked and written, while the reasons would be refused."""
        from labdesk.domain.intake import rejection_problems

        problems = rejection_problems(self.reasons(), self.note.toPlainText())
        if problems:
            self.problem.setText(problems[0].message)
            return
        super().accept()

    def reasons(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class Page(QWidget):
    """The intake bench."""

    sample_loaded = Signal(object)  # SampleDetail
    documents_ready = Signal(object)  # list[Document]

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_IntakePage()
        self.form.setupUi(self)
        f = self.form
        self.options: IntakeOptions | None = None
        self.camera_spec: str | None = None  # from settings unless set (tests, demo)
        self.ask_to_print = True  # tests turn the print dialog off
        self.current: SampleDetail | None = None
        self.last_documents: list[Document] = []
        self.last_problems: list[Problem] = []
        self._thumbs: set[int] = set()
        self._alive = True  # False once closed: late results are dropped, never shown on deleted widgets

        big = f.scanEdit.font()
        big.setPointSize(big.pointSize() + 4)
        f.scanEdit.setFont(big)
        f.scanEdit.setMinimumHeight(36)
        title = f.sampleTitle.font()
        title.setPointSize(title.pointSize() + 2)
        title.setBold(True)
        f.sampleTitle.setFont(title)
        f.registerTitle.setFont(title)
        f.splitter.setStretchFactor(0, 2)
        f.splitter.setStretchFactor(1, 3)
        f.splitter.setSizes([560, 800])

        # register table
        self.model = RegisterModel(session, self)
        f.registerTable.setModel(self.model)
        header = f.registerTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((96, 104, 86, 150, 84)):
            f.registerTable.setColumnWidth(column, width)
        f.registerTable.verticalHeader().setVisible(False)
        f.registerTable.verticalHeader().setDefaultSectionSize(24)
        f.registerTable.activated.connect(self._row_activated)
        f.registerTable.clicked.connect(self._row_activated)
        self.model.loaded.connect(self._show_count)
        f.stateFilter.addItem(self.tr("全部状态"), None)
        for state in (SampleState.REGISTERED, SampleState.RECEIVED, SampleState.REJECTED, SampleState.TERMINATED):
            f.stateFilter.addItem(STATE_NAMES_ZH[state], state.value)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search)
        f.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        f.stateFilter.currentIndexChanged.connect(lambda _i: self._search())

        # registration form
        f.domainCombo.addItem(self.tr("生产领域"), "production")
        f.domainCombo.addItem(self.tr("流通领域"), "circulation")
        for key, name in COAL_RANKS:
            f.coalRankCombo.addItem(name, key)
        for key, name in QUENCH:
            f.quenchCombo.addItem(name, key)
        f.planCombo.currentIndexChanged.connect(self._plan_changed)
        # the judging context of the chosen product's rule set (category, grade, diameter, composition…)
        self.context_fields = ContextFields(f.formContents)
        f.rightForm.insertRow(f.rightForm.getWidgetPosition(f.quenchCombo)[0] + 1, self.context_fields)
        f.productCombo.currentIndexChanged.connect(self._product_changed)
        self._field_widgets: dict[str, QWidget] = {
            "form_no": f.formNoEdit, "plan_id": f.planCombo, "plan_product_id": f.productCombo,
            "domain": f.domainCombo, "unit_name": f.unitNameEdit, "unit_credit_code": f.unitCreditEdit,
            "producer_name": f.producerNameEdit, "producer_credit_code": f.producerCreditEdit,
            "batch_no": f.batchNoEdit, "production_date": f.productionDateEdit, "licence_no": f.licenceNoEdit,
            "test_quantity": f.testQuantityEdit, "backup_quantity": f.backupQuantityEdit,
            "test_seal": f.testSealEdit, "backup_seal": f.backupSealEdit, "sampling_date": f.samplingDateEdit,
            "samplers": f.sampler2Combo, "context": f.transportKmEdit, "declared_values": f.declaredGradeEdit, "declared_grade": f.declaredGradeEdit,
            "context.coal_rank": f.coalRankCombo, "context.transport_km": f.transportKmEdit,
            "context.quench": f.quenchCombo, "base_quantity": f.baseQuantityEdit,
        }
        for edit, pattern in ((f.testQuantityEdit, TYPING_PATTERN), (f.backupQuantityEdit, TYPING_PATTERN),
                              (f.baseQuantityEdit, TYPING_PATTERN), (f.transportKmEdit, r"^\d{0,6}(\.\d{0,2})?$")):
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))  # typed as a number
        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self.check_now)
        self.context_fields.changed.connect(self._check_timer.start)
        for edit in f.formContents.findChildren(QLineEdit):
            edit.textEdited.connect(lambda _t: self._check_timer.start())
            edit.returnPressed.connect(self.focusNextChild)
        for combo in f.formContents.findChildren(QComboBox):
            combo.currentIndexChanged.connect(lambda _i: self._check_timer.start())
        f.unitCreditEdit.editingFinished.connect(self._credit_code_entered)
        f.registerButton.clicked.connect(self.register)
        f.clearButton.clicked.connect(self.new_registration)
        f.newButton.clicked.connect(self.new_registration)

        # camera and photos
        self.camera_view = CameraView(f.cameraHost)
        f.cameraHostLayout.addWidget(self.camera_view)
        self.camera_view.error.connect(self._camera_failed)
        self.camera_view.started.connect(self._camera_started)
        self.camera_view.stopped.connect(self._camera_stopped)
        f.cameraButton.clicked.connect(self.toggle_camera)
        f.captureButton.clicked.connect(self.capture_photo)
        f.importPhotoButton.clicked.connect(self._import_clicked)

        # receipt checklist: 是 / 否 per item, arrow keys move within a row
        self.check_groups: dict[str, QButtonGroup] = {}
        for row, (key, name) in enumerate(intake.RECEIPT_CHECKS):
            f.checkGrid.addWidget(QLabel(self.tr(name)), row, 0)
            group = QButtonGroup(self)
            yes, no = QRadioButton(self.tr("是"), f.checkBox), QRadioButton(self.tr("否"), f.checkBox)
            yes.setObjectName(f"check_{key}_yes")
            no.setObjectName(f"check_{key}_no")
            group.addButton(yes, 1)
            group.addButton(no, 0)
            f.checkGrid.addWidget(yes, row, 1)
            f.checkGrid.addWidget(no, row, 2)
            self.check_groups[key] = group
        self.all_yes_button = QPushButton(self.tr("全部为是(&Y)"), f.checkBox)
        self.all_yes_button.clicked.connect(self.all_checks_yes)
        f.checkGrid.addWidget(self.all_yes_button, 0, 3)
        f.checkGrid.setColumnStretch(4, 1)
        f.acceptButton.clicked.connect(self.accept_current)
        f.rejectButton.clicked.connect(self._reject_clicked)
        f.terminateButton.clicked.connect(self._terminate_clicked)
        f.terminateButton.setVisible(session.can(Permission.TERMINATE_SAMPLE))
        f.printButton.clicked.connect(self._print_clicked)
        f.savePdfButton.clicked.connect(self._save_clicked)
        f.acceptButton.setStyleSheet("font-weight: bold;")
        f.registerButton.setStyleSheet("font-weight: bold;")
        f.registerButton.setDefault(False)

        # scanning and shortcuts
        f.scanEdit.returnPressed.connect(self._scan_entered)
        for keys, slot in (
            ("F2", self.focus_scan), ("Ctrl+N", self.new_registration), ("Ctrl+S", self.register),
            ("F5", self.capture_photo), ("Ctrl+Y", self.all_checks_yes), ("Ctrl+Return", self.accept_current),
            ("Ctrl+Enter", self.accept_current), ("Ctrl+F", self._focus_search),
        ):
            QShortcut(QKeySequence(keys), self,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut).activated.connect(slot)
        install_corrections(self)  # 更正 button and the quality manager's approvals (intake_corrections)
        self._set_current(None)
        self._load_options()
        self.model.reset()
        QTimer.singleShot(0, self.focus_scan)

    # --- page protocol ------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reset(self.form.searchEdit.text().strip(), self.form.stateFilter.currentData())
        self.focus_scan()

    def open_code(self, code: str) -> bool:
        """A scanned code: open that sample (or portion) on the receipt tab; unknown codes get a message."""
        code = code.strip()
        if intake_link.looks_like_task(code) and self.session.can(Permission.REGISTER_SAMPLE):
            return self.open_task(code)  # a sampling form (抽样单) from a drawn task
        if not code or not self.session.can(Permission.VIEW_SAMPLE_DETAILS):
            return False
        ctx, actor = self.session.ctx, self.session.actor
        self.form.scanMessage.setText(self.tr("正在查找 %1…").replace("%1", code))
        self.form.scanMessage.setStyleSheet("")

        def found(match: intake.CodeMatch) -> None:
            what = match.sample_no if match.portion_kind is None else f"{match.code}（{intake.PORTION_NAMES[match.portion_kind]}）"
            self._message(self.tr("已打开 %1").replace("%1", what))
            self.load_sample(match.sample_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFound):
                self._message(str(error), error=True)
                self.form.scanEdit.selectAll()
                self.form.scanEdit.setFocus()
            else:
                show_error(self, error)

        self._run(lambda: intake.lookup_code(ctx, actor, code), on_success=found, on_failure=failed)
        return True

    def open_task(self, code: str) -> bool:
        """A scanned 抽样单 barcode: a new registration pre-filled from its sampling task."""
        ctx, actor = self.session.ctx, self.session.actor

        def fill(draft: RegistrationDraft) -> None:
            typed = [e for e in (self.form.formNoEdit, self.form.unitNameEdit, self.form.unitCreditEdit) if e.text()]
            if typed and self.form.formNoEdit.text().strip().upper() != draft.form_no and QMessageBox.question(
                    self, self.tr("抽样单"), self.tr("登记表中已有未保存的内容，用抽样任务 %1 的内容替换？")
                    .replace("%1", draft.form_no)) != QMessageBox.StandardButton.Yes:
                return
            self.clear_form(keep_team=False)
            fill_registration(self.form, draft)
            self.task_code = draft.form_no
            self.form.tabs.setCurrentWidget(self.form.registrationTab)
            self._message(self.tr("已从抽样任务 %1 预填登记，请补全并核对后登记。").replace("%1", draft.form_no))
            self._check_timer.start()

        def failed(error: BaseException) -> None:
            self._message(str(error), error=True)
            self.form.scanEdit.selectAll()

        self._run(lambda: intake_link.draft_from_task(ctx, actor, code), on_success=fill, on_failure=failed)
        return True

    def _register_call(self, ctx: Any, actor: Any, draft: RegistrationDraft) -> SampleDetail:
        task = getattr(self, "task_code", "")
        if task and draft.form_no.strip().upper() == task:
            return intake_link.register_from_task(ctx, actor, task, draft)
        return intake.register_sample(ctx, actor, draft)

    # --- helpers ------------------------------------------------------------------------

    def _run(self, fn: Any, on_success: Any = None, on_failure: Any = None) -> None:
        """``session.runner.run`` whose callbacks are skipped once the page is closed."""

        def ok(result: Any) -> None:
            if self._alive and on_success is not None:
                on_success(result)

        def failed(error: BaseException) -> None:
            if self._alive:
                (on_failure or (lambda e: show_error(self, e)))(error)

        self.session.runner.run(fn, on_success=ok, on_failure=failed)

    def focus_scan(self) -> None:
        self.form.scanEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.scanEdit.selectAll()

    def _focus_search(self) -> None:
        self.form.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.searchEdit.selectAll()

    def _message(self, text: str, *, error: bool = False) -> None:
        self.form.scanMessage.setText(text)
        self.form.scanMessage.setStyleSheet("color: #c62828; font-weight: bold;" if error else "color: #2e7d32;")

    def _scan_entered(self) -> None:
        text = self.form.scanEdit.text()
        if self.open_code(text):
            self.form.scanEdit.clear()

    def _search(self) -> None:
        self.model.reset(self.form.searchEdit.text().strip(), self.form.stateFilter.currentData())

    def _show_count(self) -> None:
        total = "…" if self.model.total is None else str(self.model.total)
        self.form.registerCount.setText(self.tr("共 %1 个样品，已显示 %2").replace("%1", total)
                                        .replace("%2", str(len(self.model.rows))))

    def _row_activated(self, index: QModelIndex) -> None:
        sample_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if sample_id is not None:
            self.load_sample(int(sample_id))

    def _load_options(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        if not self.session.can(Permission.REGISTER_SAMPLE):
            self.form.registrationTab.setEnabled(False)
            self.form.newButton.setEnabled(False)
            self.form.tabs.setCurrentWidget(self.form.receiptTab)
            return
        self._run(lambda: intake.intake_options(ctx, actor), on_success=self._options_loaded)

    def _options_loaded(self, options: IntakeOptions) -> None:
        f = self.form
        self.options = options
        f.planCombo.blockSignals(True)
        f.planCombo.clear()
        for plan in options.plans:
            f.planCombo.addItem(plan.title, plan.id)
        f.planCombo.blockSignals(False)
        self._plan_changed()
        for combo in (f.sampler1Combo, f.sampler2Combo):
            combo.clear()
            combo.addItem("", None)
            for user_id, name in options.staff:
                combo.addItem(name, user_id)
            combo.setCurrentIndex(0)
        f.photoKindCombo.clear()
        for key, name in options.photo_kinds:
            f.photoKindCombo.addItem(name, key)
        if not f.samplingDateEdit.text():
            f.samplingDateEdit.setText(self.session.ctx.today().isoformat())

    def _plan_changed(self, _index: int = 0) -> None:
        f = self.form
        f.productCombo.clear()
        plan_id = f.planCombo.currentData()
        plan = next((p for p in self.options.plans if p.id == plan_id), None) if self.options else None
        if plan is not None:
            for product_id, _code, name, needs_licence in plan.products:
                f.productCombo.addItem(name + (self.tr("（许可证）") if needs_licence else ""), product_id)

    def _product_changed(self, _index: int = 0) -> None:
        product_id = self.form.productCombo.currentData()
        if product_id is None or not self.session.can(Permission.REGISTER_SAMPLE):
            self.context_fields.set_form(None)
            return
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: intake_context.context_form(ctx, actor, product_id), self.context_fields.set_form)

    # --- registration -------------------------------------------------------------------

    def draft(self) -> RegistrationDraft:
        f = self.form

        def sampler(combo: QComboBox) -> SamplerEntry:
            name = combo.currentText().strip()
            index = combo.findText(name)
            user_id = combo.itemData(index) if index > 0 else None
            return SamplerEntry(name, user_id)

        samplers = tuple(s for s in (sampler(f.sampler1Combo), sampler(f.sampler2Combo)) if s.name)
        context: dict[str, object] = {"coal_rank": f.coalRankCombo.currentData() or "",
                                      "transport_km": f.transportKmEdit.text(),
                                      "quench": f.quenchCombo.currentData() or ""}
        context.update(self.context_fields.context())
        return RegistrationDraft(
            form_no=f.formNoEdit.text(), plan_id=f.planCombo.currentData(), plan_product_id=f.productCombo.currentData(),
            domain=f.domainCombo.currentData() or "production", unit_name=f.unitNameEdit.text(),
            unit_credit_code=f.unitCreditEdit.text(), unit_address=f.unitAddressEdit.text(),
            unit_contact=f.unitContactEdit.text(), producer_name=f.producerNameEdit.text(),
            producer_credit_code=f.producerCreditEdit.text(), trademark=f.trademarkEdit.text(),
            specification=f.specificationEdit.text(), declared_grade=f.declaredGradeEdit.text(),
            batch_no=f.batchNoEdit.text(), production_date=f.productionDateEdit.text() or None,
            executed_standard=f.executedStandardEdit.text(), licence_no=f.licenceNoEdit.text(),
            base_quantity=f.baseQuantityEdit.text(), test_quantity=f.testQuantityEdit.text(),
            backup_quantity=f.backupQuantityEdit.text(), test_seal=f.testSealEdit.text(),
            backup_seal=f.backupSealEdit.text(), sampling_place=f.samplingPlaceEdit.text(),
            sampling_date=f.samplingDateEdit.text() or None, samplers=samplers, context=context,
            declared_values=self.context_fields.declared(), remarks=f.remarksEdit.text(),
        )

    def _credit_code_entered(self) -> None:
        """A known credit code fills the sampled unit from the enterprise directory (empty fields only)."""
        code = self.form.unitCreditEdit.text()
        if not code.strip() or not self.session.can(Permission.REGISTER_SAMPLE):
            return
        ctx, actor = self.session.ctx, self.session.actor

        def fill(info: intake.EnterpriseInfo | None) -> None:
            f = self.form
            if info is None:
                return
            for edit, value in ((f.unitNameEdit, info.name), (f.unitAddressEdit, info.address),
                                (f.unitContactEdit, " ".join(x for x in (info.contact, info.phone) if x))):
                if not edit.text().strip():
                    edit.setText(value)
            self._check_timer.start()

        self._run(lambda: intake.enterprise_by_code(ctx, actor, code), fill)

    def check_now(self) -> None:
        if self.options is None or not self.isVisible():
            return
        draft = self.draft()
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: intake.check_registration(ctx, actor, draft), on_success=self.show_problems,
                                on_failure=lambda _e: None)

    def show_problems(self, problems: list[Problem]) -> None:
        self.last_problems = list(problems)
        colours = {"error": "#c62828", "warning": "#ef6c00", "info": "#1565c0"}
        marks = {"error": "✖", "warning": "▲", "info": "●"}
        lines = [f'<span style="color:{colours[p.severity]}">{marks[p.severity]} {p.message}</span>'
                 for p in problems]
        self.form.problemsLabel.setText("<br>".join(lines) if lines else
                                        '<span style="color:#2e7d32">✔ ' + self.tr("抽样单检查通过，可以登记。") + "</span>")
        bad = {p.field for p in problems if p.blocking}
        for name, widget in self._field_widgets.items():
            widget.setStyleSheet(ERROR_STYLE if name in bad else "")

    def new_registration(self) -> None:
        self.clear_form(keep_team=False)
        self.form.tabs.setCurrentWidget(self.form.registrationTab)
        self.form.formNoEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear_form(self, *, keep_team: bool) -> None:
        """Blank the per-sample fields; with ``keep_team`` the plan, sampling date, place and samplers stay
        (a sampling team usually brings several batches at once)."""
        f = self.form
        kept = {f.samplingDateEdit}
        if keep_team:
            kept |= {f.samplingPlaceEdit}
        for edit in f.formContents.findChildren(QLineEdit):
            if edit not in kept and not isinstance(edit.parent(), QComboBox):
                edit.clear()
        combos = [f.coalRankCombo, f.quenchCombo]
        if not keep_team:
            combos += [f.sampler1Combo, f.sampler2Combo]
        for combo in combos:
            combo.setCurrentIndex(0)
        self.context_fields.clear_values()
        f.problemsLabel.clear()
        for widget in self._field_widgets.values():
            widget.setStyleSheet("")

    def register(self) -> None:
        if self.form.tabs.currentWidget() is not self.form.registrationTab:
            self.form.tabs.setCurrentWidget(self.form.registrationTab)
        draft = self.draft()
        ctx, actor = self.session.ctx, self.session.actor
        self.form.registerButton.setEnabled(False)

        def done(detail: SampleDetail) -> None:
            self.form.registerButton.setEnabled(True)
            self._message(self.tr("已登记 %1，盲样号 %2。请拍照并完成接收检查。").replace("%1", detail.sample_no)
                          .replace("%2", detail.blind_code))
            self._set_current(detail)
            self.clear_form(keep_team=True)
            self.task_code = ""
            self.form.tabs.setCurrentWidget(self.form.receiptTab)
            self.form.captureButton.setFocus()
            self.refresh_register()

        def failed(error: BaseException) -> None:
            self.form.registerButton.setEnabled(True)
            if isinstance(error, RegistrationRefused):
                self.show_problems(list(error.problems))
                self._message(self.tr("无法登记：请按红色提示修改。"), error=True)
                first = self._field_widgets.get(error.problems[0].field)
                if first is not None:
                    first.setFocus()
            else:
                show_error(self, error)

        self._run(lambda: self._register_call(ctx, actor, draft), on_success=done, on_failure=failed)

    def refresh_register(self) -> None:
        self.model.reset(self.form.searchEdit.text().strip(), self.form.stateFilter.currentData())

    # --- the current sample -------------------------------------------------------------

    def load_sample(self, sample_id: int) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: intake.get_sample(ctx, actor, sample_id), on_success=self._loaded_and_shown)

    def _loaded_and_shown(self, detail: SampleDetail) -> None:
        self._set_current(detail)
        self.form.tabs.setCurrentWidget(self.form.receiptTab)

    def _set_current(self, detail: SampleDetail | None) -> None:
        f = self.form
        if detail is None or self.current is None or detail.id != self.current.id:
            f.photoList.clear()
            self._thumbs = set()
        self.current = detail
        is_open = detail is not None and detail.state == SampleState.REGISTERED.value
        can_receive = self.session.can(Permission.RECEIVE_SAMPLE)
        for widget in (f.captureButton, f.importPhotoButton, f.acceptButton, f.checkBox, f.receiptNoteEdit):
            widget.setEnabled(is_open and can_receive)
        f.rejectButton.setEnabled(is_open and self.session.can(Permission.REJECT_SAMPLE))
        f.terminateButton.setEnabled(detail is not None and detail.state in ("registered", "received", "in_testing",
                                                                             "returned"))
        f.printButton.setEnabled(detail is not None and detail.state not in ("registered", "rejected")
                                 and self.session.can(Permission.PRINT_LABELS))
        f.savePdfButton.setEnabled(detail is not None and detail.state != "registered")
        if detail is None:
            f.sampleTitle.setText(self.tr("请先登记样品，或扫码打开已登记的样品"))
            return
        flag = self.tr("　【跟踪抽查企业】") if detail.followup else ""
        f.sampleTitle.setText(
            f"{detail.sample_no} · {detail.product_name} · {detail.unit_name} · {detail.state_name}"
            f"　{self.tr('盲样号')} {detail.blind_code}{flag}\n"
            f"{self.tr('抽样单')} {detail.form_no}　{self.tr('封条')} {detail.seal_numbers}　"
            f"{self.tr('数量')} {detail.sample_quantity}　{self.tr('抽样人')} {'、'.join(s.name for s in detail.samplers)}")
        for key, group in self.check_groups.items():
            value = detail.receipt_checks.get(key)
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            if value is not None:
                group.button(1 if value else 0).setChecked(True)
        f.receiptNoteEdit.setPlainText(detail.receipt_note)
        self._load_thumbnails(detail)
        self.sample_loaded.emit(detail)

    def _load_thumbnails(self, detail: SampleDetail) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        for photo in detail.photos:
            if photo.id in self._thumbs:
                continue
            self._thumbs.add(photo.id)
            label = f"{photo.kind_name}\n{photo.captured_at.astimezone(BEIJING).strftime('%m-%d %H:%M:%S')}" + (self.tr("（已锁定）") if photo.locked else "")

            def show(data: bytes, label: str = label, photo_id: int = photo.id, sample_id: int = detail.id) -> None:
                if self.current is None or self.current.id != sample_id:
                    return  # a thumbnail of the sample shown before: never beside this one
                image = QImage.fromData(data)
                item = QListWidgetItem(QIcon(QPixmap.fromImage(image.scaled(
                    112, 84, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))), label)
                item.setData(Qt.ItemDataRole.UserRole, photo_id)
                self.form.photoList.addItem(item)

            self._run(lambda pid=photo.id: intake.photo_jpeg(ctx, actor, pid), on_success=show)

    # --- camera and photos --------------------------------------------------------------

    def toggle_camera(self) -> None:
        if self.camera_view.running:
            self.camera_view.stop()
        else:
            self.start_camera()

    def start_camera(self, source: FrameSource | str | None = None) -> None:
        spec = source if source is not None else (self.camera_spec or
                                                  (self.options.camera_source if self.options else "device:0"))
        self.form.cameraMessage.setText(self.tr("正在打开摄像头…"))
        self.form.cameraMessage.setStyleSheet("")
        self.camera_view.start(spec)
        self.form.cameraButton.setText(self.tr("关闭摄像头(&K)"))

    def _camera_started(self, description: str) -> None:
        self.form.cameraMessage.setText(self.tr("预览中：%1").replace("%1", description))

    def _camera_failed(self, message: str) -> None:
        self.form.cameraMessage.setText(message)
        self.form.cameraMessage.setStyleSheet("color: #c62828;")
        self.form.cameraButton.setText(self.tr("开启摄像头(&K)"))

    def _camera_stopped(self) -> None:
        self.form.cameraButton.setText(self.tr("开启摄像头(&K)"))

    def capture_photo(self) -> None:
        if self.current is None or self.current.state != SampleState.REGISTERED.value:
            return
        jpeg = self.camera_view.capture_jpeg()
        if jpeg is None:
            self.form.cameraMessage.setText(self.tr("摄像头未开启或无画面：请开启摄像头，或从文件导入照片。"))
            self.form.cameraMessage.setStyleSheet("color: #c62828;")
            return
        self._store_photo(lambda ctx, actor, sid, kind: intake.add_photo(ctx, actor, sid, kind, jpeg))

    def import_photo_file(self, path: str | Path) -> None:
        if self.current is None:
            return
        self._store_photo(lambda ctx, actor, sid, kind: intake.import_photo(ctx, actor, sid, kind, path))

    def _import_clicked(self) -> None:
        path, _ = files.get_open_file_name(self, self.tr("导入照片"), "",
                                              self.tr("图片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"))
        if path:
            self.import_photo_file(path)

    def _store_photo(self, fn: Any) -> None:
        assert self.current is not None
        ctx, actor, sample_id = self.session.ctx, self.session.actor, self.current.id
        kind = self.form.photoKindCombo.currentData() or "seal"

        def done(_photo: intake.PhotoInfo) -> None:
            self.form.cameraMessage.setText(self.tr("已保存照片（%1）").replace("%1", _photo.kind_name))
            self.form.cameraMessage.setStyleSheet("color: #2e7d32;")
            self.load_sample(sample_id)

        self._run(lambda: fn(ctx, actor, sample_id, kind), on_success=done)

    # --- receipt check and decisions ----------------------------------------------------

    def checks(self) -> dict[str, bool | None]:
        values: dict[str, bool | None] = {}
        for key, group in self.check_groups.items():
            checked = group.checkedId()
            values[key] = None if checked == -1 else bool(checked)
        return values

    def all_checks_yes(self) -> None:
        if self.form.checkBox.isEnabled():
            for group in self.check_groups.values():
                group.button(1).setChecked(True)
            self.form.acceptButton.setFocus()

    def accept_current(self) -> None:
        if self.current is None or self.current.state != SampleState.REGISTERED.value:
            return
        ctx, actor, sample_id = self.session.ctx, self.session.actor, self.current.id
        checks, note = self.checks(), self.form.receiptNoteEdit.toPlainText()

        def done(result: intake.AcceptResult) -> None:
            self._set_current(result.sample)
            self._message(self.tr("已接收 %1，正在打印标签和样品接收单。").replace("%1", result.sample.sample_no))
            self.refresh_register()
            self._documents([result.labels, result.receipt])
            self.focus_scan()

        self._run(lambda: intake.accept_sample(ctx, actor, sample_id, checks, note), on_success=done)

    def _reject_clicked(self) -> None:
        if self.current is None or self.options is None:
            return
        dialog = RejectDialog(self.options.reject_reasons, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reject_current(dialog.reasons(), dialog.note.toPlainText())

    def reject_current(self, reasons: list[str], note: str) -> None:
        if self.current is None:
            return
        ctx, actor, sample_id = self.session.ctx, self.session.actor, self.current.id
        checks = self.checks()

        def done(result: intake.NoticeResult) -> None:
            self._set_current(result.sample)
            self._message(self.tr("已拒收 %1，拒收通知 %2 已生成。").replace("%1", result.sample.sample_no)
                          .replace("%2", result.notice.number))
            self.refresh_register()
            self._documents([result.document])
            self.focus_scan()

        self._run(lambda: intake.reject_sample(ctx, actor, sample_id, reasons, note, checks),
                                on_success=done)

    def _terminate_clicked(self) -> None:
        if self.current is None:
            return
        reason, ok = QInputDialog.getMultiLineText(self, self.tr("终止检验"),
                                                   self.tr("终止理由（如：标称生产者无生产许可证）："))
        if ok:
            self.terminate_current(reason)

    def terminate_current(self, reason: str) -> None:
        if self.current is None:
            return
        ctx, actor, sample_id = self.session.ctx, self.session.actor, self.current.id

        def done(result: intake.NoticeResult) -> None:
            self._set_current(result.sample)
            self._message(self.tr("已终止检验 %1，通知 %2 已生成。").replace("%1", result.sample.sample_no)
                          .replace("%2", result.notice.number))
            self.refresh_register()
            self._documents([result.document])

        self._run(lambda: intake.terminate_sample(ctx, actor, sample_id, reason), on_success=done)

    # --- documents ----------------------------------------------------------------------

    def _documents(self, documents: list[Document]) -> None:
        self.last_documents = documents
        self.documents_ready.emit(documents)
        if self.ask_to_print:
            self.print_documents(documents)

    def print_documents(self, documents: list[Document]) -> None:
        """One print action: choose labels / receipt / both, then one print dialog (intake_print)."""
        print_documents(self, documents)

    def _print_clicked(self) -> None:
        if self.current is None:
            return
        ctx, actor, sample_id = self.session.ctx, self.session.actor, self.current.id
        self._run(
            lambda: [intake.labels_pdf(ctx, actor, sample_id), intake.receipt_pdf(ctx, actor, sample_id)],
            on_success=self.print_documents)

    def _save_clicked(self) -> None:
        if not self.last_documents:
            return
        folder = ask_folder(self)  # starts in the documents folder, remembers the last one
        if folder is not None:
            self.save_documents(folder)

    def save_documents(self, folder: Path) -> list[Path]:
        paths = []
        for document in self.last_documents:
            path = folder / document.name
            write_atomic(path, document.pdf)
            paths.append(path)
        self._message(self.tr("已保存 %1 个 PDF 到 %2").replace("%1", str(len(paths))).replace("%2", str(folder)))
        return paths

    def _pause(self) -> None:
        self.camera_view.stop()
        self._check_timer.stop()
        self._search_timer.stop()

    def hideEvent(self, event: Any) -> None:  # Qt override
        self._pause()
        super().hideEvent(event)

    def closeEvent(self, event: Any) -> None:  # Qt override
        self._pause()
        self._alive = self.model.alive = False
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:  # Qt override
        self._alive = self.model.alive = True
        super().showEvent(event)
