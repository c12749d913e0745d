"""报告签发: the signatory's queue of approved samples, an unsigned preview, signing one or a batch.

Signing asks again for the login password and the certificate passphrase, then
runs off the GUI thread with a progress dialog that can be cancelled; each report
is signed and stored in its own transaction, so cancelling (or a crash) never
leaves half a report.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from labdesk.domain.permissions import Permission
from labdesk.gui.forms.signing_page_ui import Ui_SigningPage
from labdesk.gui.pages.reports import GREY, RED, PdfPreview, SignDialog
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import Cancelled, Progress
from labdesk.services import reports, verdict_acks, worker_jobs
from labdesk.services.context import BEIJING
from labdesk.services.deadlines import DueItem
from labdesk.services.reports import BatchResult, QueueEntry


class Page(QWidget):
    HEADERS = ("样品编号", "产品", "受检单位", "结论", "审核人", "审核时间", "备注")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_SigningPage()
        self.form.setupUi(self)
        self.preview = PdfPreview(self)
        self.form.viewerHost.addWidget(self.preview)
        self.form.splitter.setStretchFactor(0, 2)
        self.form.splitter.setStretchFactor(1, 3)
        self.form.splitter.setSizes([640, 760])
        self.entries: list[QueueEntry] = []
        self.last_result: BatchResult | None = None
        self.pending_sample: int | None = None
        self.progress: Progress | None = None
        table = self.form.queueTable
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.activated.connect(lambda _index: self.preview_current())
        table.clicked.connect(lambda _index: self.preview_current())
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.previewButton.clicked.connect(self.preview_current)
        self.form.signButton.clicked.connect(self.sign_selected)
        self.ack_button: QPushButton | None = None
        if session.can(Permission.EDIT_RULESETS):  # the quality manager acknowledges unverified-only 不合格
            self.ack_button = QPushButton(self.tr("确认未核实依据(&K)…"), self)
            self.ack_button.setToolTip(self.tr("不合格判定仅依据未经核实的判定规则时，须质量负责人确认后方可签发"))
            self.ack_button.clicked.connect(self.acknowledge_selected)
            self.form.queueButtons.insertWidget(2, self.ack_button)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.sign_selected)
        self._update_buttons()

    # --- queue ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: reports.signing_queue(ctx, actor), on_success=self._loaded, parent=self)

    def _loaded(self, entries: list[QueueEntry]) -> None:
        self.entries = entries
        table = self.form.queueTable
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            approved = entry.approved_at.astimezone(BEIJING).strftime("%m-%d %H:%M") if entry.approved_at else ""
            cells = (entry.sample_no, entry.product_name, entry.sampled_unit, entry.verdict_zh, entry.approved_by,
                     approved, entry.note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not entry.may_sign:
                    item.setForeground(QBrush(GREY))
                elif col == 3 and entry.verdict == "fail":
                    item.setForeground(QBrush(RED))
                table.setItem(row, col, item)
        self.form.queueTitle.setText(self.tr("待签发报告（审核已通过）：{0} 份").format(len(entries)))
        if entries and not table.selectionModel().hasSelection():
            table.selectRow(0)
        self._update_buttons()
        if self.pending_sample is not None:
            self._select_pending()

    def selected(self) -> list[QueueEntry]:
        rows = sorted(i.row() for i in self.form.queueTable.selectionModel().selectedRows())
        return [self.entries[r] for r in rows if r < len(self.entries)]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.form.previewButton.setEnabled(len(chosen) == 1)
        self.form.signButton.setEnabled(any(e.may_sign for e in chosen))
        if self.ack_button is not None:
            self.ack_button.setEnabled(len(chosen) == 1 and chosen[0].needs_ack)
        self.form.signButton.setText(self.tr("签发所选 {0} 份(&S)…").format(len(chosen)) if len(chosen) > 1
                                     else self.tr("签发(&S)…"))

    # --- preview -------------------------------------------------------------------------------

    def preview_current(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        ctx, actor, sample_id = self.session.ctx, self.session.actor, chosen[0].sample_id
        self.form.statusLabel.setText(self.tr("正在生成预览…"))
        self.session.runner.run(lambda: reports.preview_report(ctx, actor, sample_id),
                                on_success=self._previewed, on_failure=self._failed, parent=self)

    def _previewed(self, pdf: bytes) -> None:
        self.preview.show_pdf(pdf)
        self.form.statusLabel.setText(self.tr("预览共 {0} 页（未签发，仅供核对）").format(self.preview.page_count))

    def _failed(self, error: BaseException) -> None:
        self.form.statusLabel.setText(str(error))
        from labdesk.gui.errors import show_error

        show_error(self, error)

    # --- acknowledgement of unverified-only 不合格 (quality manager) ----------------------------

    def acknowledge_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or not chosen[0].needs_ack:
            return
        entry = chosen[0]
        note, ok = QInputDialog.getText(
            self, self.tr("确认未核实依据的不合格判定"),
            self.tr("样品 {0} 的不合格判定仅依据未经核实的判定规则。\n请写明确认依据（将印在报告备注中）：")
            .format(entry.sample_no), QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: verdict_acks.acknowledge(ctx, actor, entry.sample_id, note),
                                on_success=lambda _status: self._acknowledged(entry.sample_no),
                                on_failure=self._failed, parent=self)

    def _acknowledged(self, sample_no: str) -> None:
        self.form.statusLabel.setText(self.tr("已确认样品 {0} 的未核实依据，可以签发。").format(sample_no))
        self.refresh()

    # --- signing -------------------------------------------------------------------------------

    def ask_credentials(self, count: int) -> tuple[str, str] | None:
        dialog = SignDialog(self.tr("签发报告"),
                            self.tr("将以您（{0}）的数字证书签发 {1} 份检验报告。签发后报告不可修改。").format(
                                self.session.actor.full_name, count), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password, dialog.passphrase

    def sign_selected(self) -> None:
        chosen = [e for e in self.selected() if e.may_sign]
        if not chosen:
            return
        answer = self.ask_credentials(len(chosen))
        if answer is None:
            return
        self.start_signing([e.sample_id for e in chosen], *answer)

    def start_signing(self, sample_ids: list[int], password: str, passphrase: str) -> Progress:
        ctx, actor = self.session.ctx, self.session.actor
        self.form.signButton.setEnabled(False)
        self.form.statusLabel.setText(self.tr("正在签发…"))

        # rendering and signing run in the worker process: the GUI stays responsive and its memory flat
        progress = self.session.runner.run_job(
            worker_jobs.sign_batch_job, ctx, actor, sample_ids, password, passphrase, title=self.tr("签发报告"),
            parent=self, on_success=self._signed, on_failure=self._sign_failed)
        assert progress is not None
        self.progress = progress
        return self.progress

    def _signed(self, result: BatchResult) -> None:
        self.last_result = result
        lines = [self.tr("已签发 {0} 份报告：{1}").format(len(result.signed),
                                                   "、".join(r.full_no for r in result.signed) or "—")]
        if result.cancelled:
            lines.append(self.tr("已取消：其余报告未签发（已签发的报告完整有效）。"))
        for sample_id, reason in result.failed:
            number = next((e.sample_no for e in self.entries if e.sample_id == sample_id), str(sample_id))
            lines.append(self.tr("样品 {0} 未签发：{1}").format(number, reason))
        self.form.statusLabel.setText("\n".join(lines))
        self.preview.clear()
        self.refresh()

    def _sign_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, Cancelled):
            self.form.statusLabel.setText(self.tr("已取消。"))
            return
        self._failed(error)

    def focus_item(self, item: DueItem) -> None:
        """Select (and preview) the home screen's sample once the queue is loaded."""
        self.pending_sample = item.sample_id
        if self.entries:
            self._select_pending()

    def _select_pending(self) -> None:
        wanted, self.pending_sample = self.pending_sample, None
        for row, entry in enumerate(self.entries):
            if entry.sample_id == wanted:
                self.form.queueTable.selectRow(row)
                self.preview_current()
                return

    def open_code(self, code: str) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.sample_no == code:
                self.form.queueTable.selectRow(row)
                self.preview_current()
                return True
        return False

