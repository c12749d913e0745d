"""检验录入: the blind queue, the result-entry grid with live judging, history, instrument import."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QBrush, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.judging.engine import Evaluation
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import STATE_NAMES_ZH, SampleState
from labdesk.gui import files
from labdesk.gui.errors import show_error
from labdesk.gui.forms.testing_page_ui import Ui_TestingPage
from labdesk.gui.session import GuiSession
from labdesk.gui.widgets.result_grid import RED, ResultGrid
from labdesk.services import instruments, testing
from labdesk.services.context import BEIJING
from labdesk.services.deadlines import DueItem
from labdesk.services.testing import HistoryEntry, QueueEntry, SampleSheet

VERDICT_ZH = {"pass": "合格", "fail": "不合格", "incomplete": "未完成"}
ACTION_ZH = {
    "testing.determination_entered": "录入",
    "testing.determination_edited": "修改",
    "testing.determination_deleted": "删除",
    "testing.determination_imported": "仪器导入",
    "testing.qualitative_set": "录入",
    "testing.item_redo": "重新测定",
    "testing.item_method_set": "仪器/方法",
    "testing.items_created": "建立项目",
    "testing.started": "开始检验",
    "testing.submitted": "提交审核",
    "review.returned": "审核退回",
    "review.approved": "审核通过",
    "review.redetermination_ordered": "安排复测",
}


def fill_history(table: QTableWidget, entries: list[HistoryEntry] | tuple[HistoryEntry, ...]) -> None:
    """Who, when, item, old value → new value and reason, newest first."""
    headers = ["时间", "人员", "操作", "项目", "次", "原值", "新值", "理由"]
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels([table.tr(h) for h in headers])
    table.verticalHeader().setVisible(False)
    shown = [e for e in entries if e.action not in ("testing.items_created", "testing.started")]
    table.setRowCount(len(shown))
    for r, e in enumerate(reversed(shown)):
        cells = [
            e.at.astimezone(BEIJING).strftime("%m-%d %H:%M"), e.username, ACTION_ZH.get(e.action, e.action),
            e.item_code or "", str(e.seq or ""), e.old or "", e.new or "", e.reason or "",
        ]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(e.summary)
            if e.action in ("testing.determination_edited", "testing.determination_deleted") and c in (5, 6, 7):
                item.setForeground(QBrush(RED))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


class ImportDialog(QDialog):
    """Choose an instrument mapping and a file, preview the matched rows, import all or nothing."""

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("仪器数据导入"))
        self.resize(900, 520)
        self.mappings: list[instruments.MappingInfo] = []
        self.preview: instruments.ImportPreview | None = None
        self.raw: bytes = b""
        self.filename = ""
        self.imported: instruments.ImportResult | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.mappingCombo = QComboBox(self)
        self.mappingCombo.setObjectName("mappingCombo")
        label = QLabel(self.tr("仪器(&M)："), self)
        label.setBuddy(self.mappingCombo)
        self.fileEdit = QLineEdit(self)
        self.fileEdit.setObjectName("fileEdit")
        self.fileEdit.setPlaceholderText(self.tr("导出文件路径（CSV / XLSX），回车预览"))
        self.browseButton = QPushButton(self.tr("选择文件(&F)…"), self)
        self.previewButton = QPushButton(self.tr("预览(&P)"), self)
        top.addWidget(label)
        top.addWidget(self.mappingCombo, 1)
        top.addWidget(self.fileEdit, 2)
        top.addWidget(self.browseButton)
        top.addWidget(self.previewButton)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels([self.tr("行"), self.tr("编号"), self.tr("盲样编号"),
                                              self.tr("数据"), self.tr("问题")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.importButton = self.buttons.addButton(self.tr("全部导入(&I)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.importButton.setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.importButton.clicked.connect(self.do_import)
        self.browseButton.clicked.connect(self._browse)
        self.previewButton.clicked.connect(self.do_preview)
        self.fileEdit.returnPressed.connect(self.do_preview)
        ctx, actor = session.ctx, session.actor
        session.runner.run(lambda: instruments.list_mappings(ctx, actor), on_success=self._mappings, parent=self)

    def _mappings(self, rows: list[instruments.MappingInfo]) -> None:
        self.mappings = rows
        self.mappingCombo.clear()
        for m in rows:
            self.mappingCombo.addItem(f"{m.name}（{m.file_format.upper()}，{m.encoding}）", m.id)

    def _browse(self) -> None:
        path, _ = files.get_open_file_name(self, self.tr("选择仪器导出文件"), "",
                                              self.tr("仪器数据 (*.csv *.txt *.xlsx)"))
        if path:
            self.fileEdit.setText(path)
            self.do_preview()

    def do_preview(self) -> None:
        path = Path(self.fileEdit.text().strip())
        mapping_id = self.mappingCombo.currentData()
        if mapping_id is None or not path.name:
            return
        try:
            raw = path.read_bytes()
        except OSError as error:
            self.statusLabel.setText(self.tr("无法读取文件：%1").replace("%1", str(error)))
            return
        self.raw, self.filename = raw, path.name
        ctx, actor = self.session.ctx, self.session.actor
        self.importButton.setEnabled(False)
        self.session.runner.run(lambda: instruments.preview_import(ctx, actor, mapping_id, path.name, raw),
                                on_success=self._show_preview, parent=self)

    def _show_preview(self, preview: instruments.ImportPreview) -> None:
        self.preview = preview
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            values = "  ".join(f"{code}={value}" for code, value in row.values)
            for c, text in enumerate([str(row.line), row.code, row.blind_code or "", values, row.error]):
                item = QTableWidgetItem(text)
                if row.error:
                    item.setForeground(QBrush(RED))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if preview.file_error:
            text = preview.file_error
        elif preview.bad_rows:
            text = self.tr("有 %1 行无法导入（红色）。修正文件或映射后重新预览；在此之前不会导入任何数据。").replace(
                "%1", str(len(preview.bad_rows)))
        else:
            text = self.tr("%1 行、%2 个测定值全部匹配，可以导入。SHA-256：%3").replace(
                "%1", str(len(preview.rows))).replace("%2", str(preview.value_count)).replace(
                "%3", preview.sha256[:16] + "…")
        self.statusLabel.setText(text)
        self.importButton.setEnabled(preview.ok)
        if preview.ok:
            self.importButton.setDefault(True)
            self.importButton.setFocus()

    def do_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        ctx, actor, preview, raw = self.session.ctx, self.session.actor, self.preview, self.raw
        self.importButton.setEnabled(False)

        def done(result: instruments.ImportResult) -> None:
            self.imported = result
            self.accept()

        self.session.runner.run(
            lambda: instruments.import_file(ctx, actor, preview.mapping_id, preview.filename, raw,
                                            expected_sha256=preview.sha256),
            on_success=done, parent=self)


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_TestingPage()
        self.form.setupUi(self)
        self.grid = ResultGrid(self)
        self.form.gridHost.addWidget(self.grid)
        self.form.splitter.setStretchFactor(0, 1)
        self.form.splitter.setStretchFactor(1, 5)
        self.form.splitter.setStretchFactor(2, 2)
        self.form.queuePanel.setMinimumWidth(250)
        self.form.splitter.setSizes([260, 1000, 300])
        self.queue_model = QStandardItemModel(0, 4, self)
        self.queue_model.setHorizontalHeaderLabels([self.tr("盲样编号"), self.tr("产品"), self.tr("状态"),
                                                    self.tr("退回意见")])
        self.form.queueTable.setModel(self.queue_model)
        self.form.queueTable.verticalHeader().setVisible(False)
        self.form.queueTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form.queueTable.horizontalHeader().setStretchLastSection(True)
        self.form.commentLabel.setStyleSheet("color: #c62828;")
        self.form.messageLabel.setStyleSheet("color: #c62828;")
        self.queue: list[QueueEntry] = []
        self.sheet: SampleSheet | None = None
        self.ruleset: RuleSet | None = None
        self.calorie_factor: Decimal | None = None
        self.history: list[HistoryEntry] = []
        # Asked before saving a change to (or deletion of) a saved value; tests replace it.
        self.reason_provider: Callable[[str], str | None] = self._ask_reason
        self.form.queueTable.activated.connect(self._open_row)
        self.form.queueTable.clicked.connect(self._open_row)
        self.form.codeEdit.returnPressed.connect(self._open_typed_code)
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.saveButton.clicked.connect(lambda: self.save())  # noqa: PLW0108 - clicked(bool) must not reach `then`
        self.form.submitButton.clicked.connect(self.submit)
        self.form.redoButton.clicked.connect(self.redo)
        self.form.importButton.clicked.connect(self.open_import)
        self.form.historyButton.toggled.connect(self.form.historyPanel.setVisible)
        self.form.importButton.setVisible(session.can(Permission.IMPORT_INSTRUMENT))
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(lambda: self.save())  # noqa: PLW0108 - as above
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.form.codeEdit.setFocus)
        self.grid.evaluated.connect(self._show_verdict)
        self.grid.message.connect(self.form.messageLabel.setText)
        self.grid.dirtyChanged.connect(self._dirty_changed)
        self._set_enabled(False)

    # -- queue -----------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: testing.blind_queue(ctx, actor), on_success=self._show_queue, parent=self)

    def _show_queue(self, rows: list[QueueEntry]) -> None:
        self.queue = rows
        self.queue_model.removeRows(0, self.queue_model.rowCount())
        for e in rows:
            cells = [e.blind_code, e.product_name_zh, STATE_NAMES_ZH[SampleState(e.state)], e.return_comment]
            self.queue_model.appendRow([QStandardItem(text) for text in cells])
        self.form.queueTable.resizeColumnsToContents()

    def _open_row(self, index: object) -> None:
        row = index.row()  # type: ignore[attr-defined]
        if 0 <= row < len(self.queue):
            self.open_sample(self.queue[row].sample_id)

    def focus_item(self, item: DueItem) -> None:
        """Open the home screen's item: its sample when it names one."""
        if item.sample_id is not None:
            self.open_sample(item.sample_id)

    def _open_typed_code(self) -> None:
        code = self.form.codeEdit.text().strip()
        if code:
            self._find_and_open(code)

    def open_code(self, code: str) -> bool:
        """A scanned blind code or test-portion code of a sample in the queue."""
        code = code.strip()
        for entry in self.queue:
            if code in (entry.blind_code, entry.portion_code):
                self.open_sample(entry.sample_id)
                return True
        return False

    def _find_and_open(self, code: str) -> None:
        ctx, actor = self.session.ctx, self.session.actor

        def found(sample_id: int | None) -> None:
            if sample_id is None:
                self.form.messageLabel.setText(self.tr("找不到编号「%1」对应的样品。").replace("%1", code))
            else:
                self.form.codeEdit.clear()
                self.open_sample(sample_id)

        self.session.runner.run(lambda: testing.find_by_code(ctx, actor, code), on_success=found, parent=self)

    # -- one sample ------------------------------------------------------------------------

    def open_sample(self, sample_id: int) -> None:
        if self.grid.dirty and self.sheet is not None and self.sheet.sample_id != sample_id:
            answer = QMessageBox.question(
                self, self.tr("未保存的结果"), self.tr("当前样品有未保存的结果，是否先保存？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save(then=lambda: self.open_sample(sample_id))
                return
        ctx, actor = self.session.ctx, self.session.actor

        def work() -> tuple[SampleSheet, list[HistoryEntry], Decimal]:
            sheet = testing.open_sample(ctx, actor, sample_id)
            with ctx.uow() as uow:
                factor = testing.lab_calorie_factor(uow)
            return sheet, testing.sample_history(ctx, actor, sample_id), factor

        self.session.runner.run(work, on_success=self._loaded, parent=self)

    def _loaded(self, data: tuple[SampleSheet, list[HistoryEntry], Decimal]) -> None:
        sheet, history, factor = data
        keep = (self.grid.currentRow(), self.grid.currentColumn()) if (
            self.sheet is not None and self.sheet.sample_id == sheet.sample_id) else None
        self.sheet, self.history, self.calorie_factor = sheet, history, factor
        self.ruleset = RuleSet.from_dict(sheet.ruleset)
        editable = sheet.state in testing.TESTABLE
        self._header(sheet)
        notes = [f"{c.username}：{c.comment}" + (f"（{c.item_code}）" if c.item_code else "")
                 for c in sheet.comments if c.action in ("return", "redetermine")]
        self.form.commentLabel.setText(self.tr("审核意见：") + "；".join(notes[-3:]) if notes else "")
        self.form.messageLabel.clear()
        self.grid.load(sheet, self.ruleset, read_only=not editable, calorie_factor=factor)
        if keep is not None and keep[0] >= 0:
            self.grid.setCurrentCell(*keep)
        fill_history(self.form.historyTable, history)
        self._set_enabled(editable)
        self.grid.setFocus()

    def _header(self, sheet: SampleSheet) -> None:
        self.form.sampleLabel.setText(self.tr("<b>%1</b>　%2　%3　规则集 %4").replace("%1", sheet.blind_code)
                                      .replace("%2", sheet.product_name_zh)
                                      .replace("%3", STATE_NAMES_ZH[SampleState(sheet.state)])
                                      .replace("%4", sheet.ruleset_version))

    def _set_enabled(self, editable: bool) -> None:
        for button in (self.form.saveButton, self.form.submitButton, self.form.redoButton):
            button.setEnabled(editable)

    def _dirty_changed(self, dirty: bool) -> None:
        self.form.saveButton.setText(self.tr("保存(&S) *") if dirty else self.tr("保存(&S)"))

    def _show_verdict(self, evaluation: Evaluation | None) -> None:
        if evaluation is None:
            self.form.verdictLabel.setText("")
            return
        verdict = evaluation.verdict
        color = {"pass": "#1b7f3a", "fail": "#c62828"}.get(verdict, "#a15c00")
        self.form.verdictLabel.setText(
            f"<b style='color:{color}'>{self.tr('判定')}：{VERDICT_ZH.get(verdict, verdict)}</b>　"
            f"{evaluation.conclusion}")
        self.form.messageLabel.clear()

    def _ask_reason(self, what: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("修改理由"), what)
        return text.strip() if ok and text.strip() else None

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self.sheet is None:
            return
        self.grid.commit_editor()
        typed = self.grid.typing_problem()
        if typed:  # the cell is already marked; say it once, here, and save nothing
            self.form.messageLabel.setStyleSheet("color: #c62828;")
            self.form.messageLabel.setText(typed)
            self.grid.setCurrentCell(*min(self.grid.invalid))
            self.grid.setFocus()
            return
        changes = self.grid.changes()
        methods = self.grid.method_changes()
        if not changes and not methods:
            if then:
                then()
            return
        reason = None
        if self.grid.needs_reason():
            edited = "、".join(f"{c.item_code} 第{c.seq}次" for c in changes
                              if self.grid.rows[self.grid.row_of[c.item_code]].saved.get(c.seq))
            reason = self.reason_provider(self.tr("修改或删除已保存的测定值（%1）须填写理由：").replace("%1", edited))
            if not reason:
                return
        ctx, actor, sid = self.session.ctx, self.session.actor, self.sheet.sample_id
        given = [reason]  # an out-of-range environment asks for a reason and saves again (quality system)

        def work() -> tuple[SampleSheet, list[HistoryEntry], Decimal]:
            sheet = testing.apply_changes(ctx, actor, sid, changes, given[0]) if changes else None
            for code, (instrument, method) in methods.items():
                sheet = testing.set_item_method(ctx, actor, sid, code, instrument=instrument, method=method)
            assert sheet is not None
            with ctx.uow() as uow:
                factor = testing.lab_calorie_factor(uow)
            return sheet, testing.sample_history(ctx, actor, sid), factor

        def done(data: tuple[SampleSheet, list[HistoryEntry], Decimal]) -> None:
            self._loaded(data)
            self.form.messageLabel.setText(self.tr("已保存。"))
            self.form.messageLabel.setStyleSheet("color: #1b7f3a;")
            self.refresh()
            if then:
                then()

        def failed(error: BaseException) -> None:
            if getattr(error, "code", "") == "environment_reason" and given[0] is None:
                given[0] = self.reason_provider(str(error))
                if given[0]:
                    self.session.runner.run(work, on_success=done, on_failure=failed, parent=self)
                    return
            self.form.messageLabel.setStyleSheet("color: #c62828;")
            self.form.messageLabel.setText(str(error))
            show_error(self, error)

        self.form.messageLabel.setStyleSheet("color: #c62828;")
        self.session.runner.run(work, on_success=done, on_failure=failed, parent=self)

    def submit(self) -> None:
        if self.sheet is None:
            return
        ctx, actor, sid = self.session.ctx, self.session.actor, self.sheet.sample_id

        def go() -> None:
            self.session.runner.run(lambda: testing.submit_sample(ctx, actor, sid), on_success=submitted,
                                    parent=self)

        def submitted(sheet: SampleSheet) -> None:
            self.sheet = sheet
            self.grid.load(sheet, self.ruleset or RuleSet.from_dict(sheet.ruleset), read_only=True,
                           calorie_factor=self.calorie_factor)
            self._header(sheet)
            self._set_enabled(False)
            self.form.messageLabel.setStyleSheet("color: #1b7f3a;")
            self.form.messageLabel.setText(self.tr("样品 %1 已提交审核。").replace("%1", sheet.blind_code))
            self.refresh()
            bar = getattr(self.window(), "statusBar", None)
            if callable(bar):
                bar().showMessage(self.tr("样品 %1 已提交审核，等待审核员审核。").replace("%1", sheet.blind_code), 15000)

        self.save(then=go)

    def redo(self) -> None:
        if self.sheet is None or self.grid.currentRow() < 0:
            return
        row = self.grid.rows[self.grid.currentRow()]
        if row.kind == "derived":
            return
        reason = self.reason_provider(self.tr("重新测定 %1（本轮测定值作废但保留记录），请填写原因：")
                                      .replace("%1", row.code))
        if not reason:
            return
        ctx, actor, sid, code = self.session.ctx, self.session.actor, self.sheet.sample_id, row.code

        def work() -> tuple[SampleSheet, list[HistoryEntry], Decimal]:
            sheet = testing.redo_item(ctx, actor, sid, code, reason)
            with ctx.uow() as uow:
                factor = testing.lab_calorie_factor(uow)
            return sheet, testing.sample_history(ctx, actor, sid), factor

        self.session.runner.run(work, on_success=self._loaded, parent=self)

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.session, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.imported is not None:
                self.form.messageLabel.setStyleSheet("color: #1b7f3a;")
                self.form.messageLabel.setText(self.tr("已导入 %1 个测定值（%2）。").replace(
                    "%1", str(dialog.imported.determinations)).replace("%2", "、".join(dialog.imported.samples)))
                self.refresh()
                if self.sheet is not None:
                    self.open_sample(self.sheet.sample_id)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog


__all__ = ["ImportDialog", "Page", "fill_history"]
