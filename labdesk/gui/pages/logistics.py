"""送达与处置: deliveries, objections and re-tests, sample disposition, refusals, and the plan's exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from labdesk.domain.errors import LabDeskError, PermissionDenied
from labdesk.domain.permissions import Permission
from labdesk.gui import files
from labdesk.gui.errors import show_error
from labdesk.gui.forms.logistics_page_ui import Ui_LogisticsPage
from labdesk.gui.pages import logistics_dialogs as dialogs
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import Progress
from labdesk.paths import user_data_dir
from labdesk.services import exports, logistics, plans
from labdesk.services.logistics import (
    DeliveryInfo,
    DispositionInfo,
    EnterpriseChoice,
    ObjectionInfo,
    PendingDelivery,
    PendingDisposition,
    RefusalInfo,
    ReportedSample,
)
from labdesk.services.plans import PlanInfo

RED = QColor("#C00000")
VERDICT_ZH = {"pass": "合格", "fail": "不合格", "none": "不判定", "n/a": "不判定"}
OBJECTION_STATE_ZH = logistics.OBJECTION_STATE_ZH
OUTCOME_ZH = logistics.OUTCOME_ZH
BASIS_ZH = {"measured": "实测", "derived": "计算（由复检数据）", "": "未复检"}
PAID_RECORD_HINT = "付费样品须写明按省局样品处置规定的具体处理情况（必填）"
UNPAID_RECORD_HINT = "未付费样品：留空则按规则自动生成书面记录"


_qdate, _pydate = dialogs.qdate, dialogs.pydate


def _d(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_LogisticsPage()
        f.setupUi(self)
        self.plans: list[PlanInfo] = []
        self.pending: list[PendingDelivery] = []
        self.delivered: list[DeliveryInfo] = []
        self.candidates: list[ReportedSample] = []
        self.objections: list[ObjectionInfo] = []
        self.due_dispositions: list[PendingDisposition] = []
        self.done_dispositions: list[DispositionInfo] = []
        self.refusals: list[RefusalInfo] = []
        self._pending_focus: Any = None
        self.models: dict[str, QStandardItemModel] = {}
        self.views: dict[str, QTableView] = {}
        self._table(f.pendingTable, "pending", ["样品编号", "送达事项", "收件人", "期限"])
        self._table(f.deliveredTable, "delivered", ["样品编号", "送达事项", "方式", "单号", "收件人", "寄出", "签收"])
        self._table(f.candidateTable, "candidates", ["样品编号", "产品", "受检单位", "结论", "签收日期", "异议期至", "异议"])
        self._table(f.objectionTable, "objections", ["样品编号", "提出日期", "申请人", "状态", "封条核对", "结果"])
        self._table(f.comparisonTable, "comparison", ["项目", "原检验", "原判定", "复检", "复检判定", "复检方式"])
        self._table(f.dispositionTable, "dispositions", ["样品编号", "受检单位", "结论", "付费", "处置方式", "异议期至",
                                                         "应处置", "说明"])
        self._table(f.doneDispositionTable, "done", ["样品编号", "处置方式", "处置日期", "接收", "书面记录"])
        self._table(f.refusalTable, "refusals", ["企业", "地市", "产品", "日期", "抽样人员", "见证人", "县级局认定",
                                                 "报省局"])
        for label in (f.dutyLabel, f.objectionSampleLabel, f.dispositionRuleLabel, f.objectionMessage):
            label.setWordWrap(True)
        f.methodCombo.addItem(self.tr("EMS"), "ems")
        f.methodCombo.addItem(self.tr("直接送达"), "direct")
        f.methodCombo.activated.connect(lambda _i: f.methodCombo.setProperty("chosen", True))  # then kept
        self.confirm: Callable[[str], bool] = lambda text: dialogs.confirm_delivery(self, text)  # tests replace it
        today = _qdate(session.ctx.today())
        for widget in (f.sentDate, f.receivedDate, f.filedDate, f.dispDate, f.refusalDate):
            widget.setMaximumDate(today)  # no event may be recorded before it happens
            widget.setDate(today)
        f.receivedDate.setEnabled(False)
        f.receivedCheck.toggled.connect(f.receivedDate.setEnabled)
        f.exportDirEdit.setText(str(user_data_dir() / "exports"))
        # signals
        f.planCombo.activated.connect(lambda _: self.reload())
        f.refreshButton.clicked.connect(self.refresh)
        f.pendingTable.selectionModel().currentRowChanged.connect(self._pending_selected)
        f.candidateTable.selectionModel().currentRowChanged.connect(self._candidate_selected)
        f.objectionTable.selectionModel().currentRowChanged.connect(self._objection_selected)
        f.dispositionTable.selectionModel().currentRowChanged.connect(self._disposition_selected)
        f.recordDeliveryButton.clicked.connect(self._record_delivery)
        f.recordReceiptButton.clicked.connect(self._record_receipt)
        f.fileObjectionButton.clicked.connect(self._file_objection)
        f.unsealButton.clicked.connect(self._unseal)
        f.retestButton.clicked.connect(self._retest)
        f.retestReportButton.clicked.connect(self._retest_report)
        self._extra_objection_buttons()
        f.disposeButton.clicked.connect(self._dispose)
        f.recordRefusalButton.clicked.connect(self._record_refusal)
        f.confirmRefusalButton.clicked.connect(self._confirm_refusal)
        f.reportRefusalButton.clicked.connect(self._report_refusal)
        f.browseButton.clicked.connect(self._browse)
        f.exportButton.clicked.connect(self.start_export)
        f.ecqsSamplingButton.clicked.connect(lambda: self._mark_ecqs("sampling"))
        f.ecqsResultsButton.clicked.connect(lambda: self._mark_ecqs("results"))
        can = session.can
        f.deliveryBox.setEnabled(can(Permission.RECORD_DELIVERY))
        f.objectionBox.setEnabled(can(Permission.RECORD_OBJECTION))
        f.dispositionBox.setEnabled(can(Permission.DISPOSE_SAMPLES))
        f.refusalBox.setEnabled(can(Permission.RECORD_REFUSAL))
        f.exportsTab.setEnabled(can(Permission.EXPORT_PLAN) or can(Permission.REGISTER_SAMPLE))
        for widget in (f.exportButton, f.ecqsResultsButton, f.summaryCheck, f.ecqsCheck, f.analysisCheck,
                       f.boundCheck, f.exportDirEdit, f.browseButton):
            widget.setEnabled(can(Permission.EXPORT_PLAN))

    def _table(self, view: QTableView, key: str, headers: list[str]) -> None:
        model = QStandardItemModel(0, len(headers), self)
        model.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        self.models[key] = model
        self.views[key] = view

    def _fill(self, key: str, rows: list[list[str]], red: Callable[[int], bool] | None = None) -> None:
        model = self.models[key]
        model.removeRows(0, model.rowCount())
        for index, row in enumerate(rows):
            cells = [QStandardItem(text) for text in row]
            if red is not None and red(index):
                for cell in cells:
                    cell.setForeground(QBrush(RED))
            model.appendRow(cells)
        self.views[key].resizeColumnsToContents()

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        def ok(result: Any) -> None:
            if done is not None:
                done(result)
            self.reload()

        self.session.runner.run(fn, on_success=ok, parent=self)

    # loading ------------------------------------------------------------------------------
    @property
    def plan(self) -> PlanInfo | None:
        index = self.form.planCombo.currentIndex()
        return self.plans[index] if 0 <= index < len(self.plans) else None

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor

        def load() -> list[PlanInfo]:
            try:
                return plans.list_plans(ctx, actor)
            except PermissionDenied:
                return []

        self.session.runner.run(load, on_success=self._show_plans, parent=self)

    def _show_plans(self, rows: list[PlanInfo]) -> None:
        current = self.plan.id if self.plan else None
        self.plans = rows
        combo = self.form.planCombo
        combo.clear()
        for info in rows:
            combo.addItem(info.title, info.id)  # the title, never the file key
        combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        if current is not None:
            combo.setCurrentIndex(max(0, next((i for i, p in enumerate(rows) if p.id == current), 0)))
        self.reload()

    def reload(self) -> None:
        plan = self.plan
        ctx, actor, can = self.session.ctx, self.session.actor, self.session.can
        plan_id = plan.id if plan else None

        def load() -> dict[str, Any]:
            data: dict[str, Any] = {}
            calls: dict[str, tuple[Permission, Callable[[], Any]]] = {
                "pending": (Permission.RECORD_DELIVERY, lambda: logistics.pending_deliveries(ctx, actor, plan_id)),
                "delivered": (Permission.VIEW_REPORTS, lambda: logistics.list_deliveries(ctx, actor, plan_id=plan_id)),
                "candidates": (Permission.VIEW_REPORTS,
                               lambda: logistics.reported_samples(ctx, actor, plan_id) if plan_id else []),
                "objections": (Permission.VIEW_REPORTS, lambda: logistics.list_objections(ctx, actor, plan_id)),
                "dispositions": (Permission.DISPOSE_SAMPLES, lambda: logistics.pending_dispositions(ctx, actor, plan_id)),
                "done": (Permission.VIEW_REPORTS, lambda: logistics.list_dispositions(ctx, actor, plan_id)),
                "refusals": (Permission.VIEW_PLANS, lambda: logistics.list_refusals(ctx, actor, plan_id)),
                "enterprises": (Permission.RECORD_REFUSAL, lambda: logistics.enterprise_choices(ctx, actor)),
            }
            for key, (permission, call) in calls.items():
                data[key] = call() if can(permission) else []
            return data

        self.session.runner.run(load, on_success=self._show, parent=self)

    def _show(self, data: dict[str, Any]) -> None:
        today = self.session.ctx.today()
        self.pending = data["pending"]
        self._fill("pending", [[p.sample_no or self.tr("（计划）"), p.duty_name, p.recipient_hint, _d(p.due_on)]
                               for p in self.pending],
                   red=lambda i: (due := self.pending[i].due_on) is not None and due < today)
        self.delivered = data["delivered"]
        self._fill("delivered", [[d.sample_no or self.tr("（计划）"), d.duty_name,
                                  logistics.METHODS.get(d.method, d.method), d.tracking_no, d.recipient, _d(d.sent_on),
                                  _d(d.received_on) or self.tr("未签收")] for d in self.delivered])
        self.candidates = data["candidates"]
        self._fill("candidates", [[c.sample_no, c.product_name, c.enterprise_name, VERDICT_ZH.get(c.verdict or "", ""),
                                   _d(c.received_on) or self.tr("未签收"), _d(c.deadline_on),
                                   OBJECTION_STATE_ZH.get(c.objection_state, "")] for c in self.candidates])
        self.objections = data["objections"]
        self._fill("objections", [[o.sample_no, _d(o.filed_on), o.applicant, o.state_zh,
                                   {True: "一致", False: "不符", None: ""}[o.seal_ok],
                                   o.outcome_zh or o.refusal_reason[:30]] for o in self.objections],
                   red=lambda i: self.objections[i].state == "refused")
        self.due_dispositions = data["dispositions"]
        self._fill("dispositions", [[p.sample_no, p.enterprise_name, VERDICT_ZH.get(p.verdict or "", ""),
                                     self.tr("是") if p.paid else self.tr("否"), p.action_name, _d(p.period_end),
                                     _d(p.due_on), "；".join(t for t in (p.blocked_reason, p.storage) if t)]
                                    for p in self.due_dispositions],
                   red=lambda i: self.due_dispositions[i].due_on < today and not self.due_dispositions[i].blocked_reason)
        self.done_dispositions = data["done"]
        self._fill("done", [[d.sample_no, d.action_name, _d(d.done_on), d.recipient, d.record]
                            for d in self.done_dispositions])
        self.refusals = data["refusals"]
        product_names = {p.product_code: p.name_zh for p in (self.plan.products if self.plan else ())}
        self._fill("refusals", [[r.enterprise_name, r.region, product_names.get(r.product_code, r.product_code),
                                 _d(r.occurred_on), "、".join(r.samplers), "、".join(r.witnesses) or "—",
                                 f"{r.county_bureau} {_d(r.county_confirmed_on)}".strip(), dialogs.province_text(r)]
                                for r in self.refusals])
        enterprises: list[EnterpriseChoice] = data["enterprises"]
        combo = self.form.enterpriseCombo
        if combo.count() != len(enterprises):
            combo.clear()
            for e in enterprises:
                combo.addItem(f"{e.name}（{e.region}{e.county}）", e.id)
        products = self.form.productCombo
        products.clear()
        for p in (self.plan.products if self.plan else ()):
            products.addItem(p.name_zh, p.product_code)
        self.form.comparisonTable.model().removeRows(0, self.form.comparisonTable.model().rowCount())
        if self._pending_focus is not None:
            item, self._pending_focus = self._pending_focus, None
            self.focus_item(item)

    # deliveries ---------------------------------------------------------------------------
    def _selected(self, view: QTableView, rows: list[Any]) -> Any:
        index = view.currentIndex()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _pending_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        item = self._selected(self.form.pendingTable, self.pending)
        if item is None:
            return
        self.form.dutyLabel.setText(f"{item.sample_no or self.tr('计划')}：{item.duty_name}")
        self.form.recipientEdit.setText(item.recipient_hint)
        dialogs.suggest_method(self.form.methodCombo, item)  # never over the user's own choice

    def _record_delivery(self) -> None:
        item = self._selected(self.form.pendingTable, self.pending)
        if item is None:
            QMessageBox.information(self, self.tr("登记送达"), self.tr("请先在「待送达」中选择一项。"))
            return
        f = self.form
        ctx, actor = self.session.ctx, self.session.actor
        kwargs = dialogs.delivery_fields(f, item)  # what is recorded is what the form shows
        if not self.confirm(dialogs.delivery_summary(item, f.methodCombo.currentText(), kwargs)):
            return
        self._run(lambda: logistics.record_delivery(ctx, actor, **kwargs), lambda _: f.trackingEdit.clear())

    def _record_receipt(self) -> None:
        item = self._selected(self.form.deliveredTable, self.delivered)
        if item is None:
            QMessageBox.information(self, self.tr("登记签收"), self.tr("请先在「已送达」中选择一项。"))
            return
        ctx, actor = self.session.ctx, self.session.actor
        day = _pydate(self.form.receivedDate.date())
        self._run(lambda: logistics.record_receipt(ctx, actor, item.id, day))

    # objections ---------------------------------------------------------------------------
    def _candidate_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        item = self._selected(self.form.candidateTable, self.candidates)
        if item is not None:
            self.form.objectionSampleLabel.setText(
                self.tr("样品 %1（%2）异议期至 %3").replace("%1", item.sample_no).replace("%2", item.enterprise_name)
                .replace("%3", _d(item.deadline_on) or self.tr("未签收")))
            if not self.form.applicantEdit.text():
                self.form.applicantEdit.setText(item.enterprise_name)

    def _objection_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None:
            return
        self._fill("comparison", [[c.code, c.original, VERDICT_ZH.get(c.original_verdict, c.original_verdict),
                                   c.retest, VERDICT_ZH.get(c.retest_verdict, c.retest_verdict),
                                   self.tr(BASIS_ZH.get(c.basis, "实测" if c.retested else "未复检"))]
                                  for c in item.comparison],
                   red=lambda i: {item.comparison[i].original_verdict, item.comparison[i].retest_verdict} == {"pass",
                                                                                                            "fail"})
        self.form.objectionMessage.setText(item.refusal_reason or item.seal_check or item.outcome_note)
        self.form.objectionMessage.setWordWrap(True)

    def _file_objection(self) -> None:
        item = self._selected(self.form.candidateTable, self.candidates)
        if item is None:
            QMessageBox.information(self, self.tr("登记异议"), self.tr("请先选择已出报告的样品。"))
            return
        f = self.form
        ctx, actor = self.session.ctx, self.session.actor
        filed, applicant, grounds = _pydate(f.filedDate.date()), f.applicantEdit.text(), f.groundsEdit.toPlainText()

        def done(info: ObjectionInfo) -> None:
            f.groundsEdit.clear()
            if info.state == "refused":
                QMessageBox.warning(self, self.tr("异议不予受理"), info.refusal_reason)
            elif info.outcome == "not_retested":
                QMessageBox.warning(self, self.tr("不予复检"), info.refusal_reason)
            else:
                f.objectionMessage.setText(self.tr("已受理异议，请启封备用样品复检。"))

        self._run(lambda: logistics.file_objection(ctx, actor, sample_id=item.sample_id, filed_on=filed,
                                                   applicant=applicant, grounds=grounds), done)

    def _unseal(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None:
            QMessageBox.information(self, self.tr("启封备用样品"), self.tr("请先在「异议与复检」中选择一件已受理的异议。"))
            return
        dialog = dialogs.UnsealDialog(self._camera_source(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.jpeg is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        seal, jpeg, source = dialog.seal.text(), dialog.jpeg, dialog.source
        self._run(lambda: logistics.start_retest(ctx, actor, item.id, seal_no_seen=seal, photo_jpeg=jpeg,
                                                 photo_source=source),
                  lambda info: self._tell(self.tr("启封备用样品"), (info.seal_check + "\n" + info.outcome_note).strip()))

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _camera_source(self) -> str:
        from labdesk.services import settings

        try:
            with self.session.ctx.uow() as uow:
                return str(settings.get_value(uow, "camera.source"))
        except LabDeskError:
            return "device:0"

    def _retest(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None:
            QMessageBox.information(self, self.tr("复检"), self.tr("请先选择复检中的异议。"))
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: logistics.retest_sheet(ctx, actor, item.id),
                                on_success=lambda sheet: self._enter_retest(item, sheet), parent=self)

    def _enter_retest(self, item: ObjectionInfo, sheet: Any) -> None:
        dialog = dialogs.RetestGridDialog(sheet, self)
        self._retest_dialog = dialog  # tests drive it
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            numeric, qualitative = dialog.values()
        except LabDeskError as error:
            show_error(self, error)
            return
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: logistics.enter_retest_results(ctx, actor, item.id, determinations=numeric,
                                                         qualitative=qualitative),
                  lambda info: self._tell(self.tr("复检结果"), info.outcome_note))

    def _retest_report(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None or item.state != "decided":
            QMessageBox.information(self, self.tr("复检结果报告"), self.tr("请先选择已办结的异议。"))
            return
        name, _ = files.get_save_file_name(self, self.tr("保存复检结果报告"), f"复检结果报告-{item.sample_no}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if not name:
            return
        ctx, actor = self.session.ctx, self.session.actor

        def work() -> Path:
            from labdesk.reports.files import write_atomic

            path = Path(name)
            write_atomic(path, logistics.retest_report(ctx, actor, item.id))
            return path

        self.session.runner.run(work, on_success=lambda path: self.form.objectionMessage.setText(
            self.tr("已保存：%1").replace("%1", str(path))), parent=self)

    # dispositions -------------------------------------------------------------------------
    def _disposition_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        item = self._selected(self.form.dispositionTable, self.due_dispositions)
        if item is None:
            return
        self.form.dispositionRuleLabel.setText(
            self.tr("样品 %1：%2").replace("%1", item.sample_no).replace("%2", item.action_name))
        self.form.dispositionRuleLabel.setWordWrap(True)
        self.form.dispRecipientEdit.setText(item.enterprise_name if item.action == "return" else "")
        self.form.dispRecordEdit.setPlaceholderText(self.tr(PAID_RECORD_HINT if item.paid else UNPAID_RECORD_HINT))

    def _dispose(self) -> None:
        item = self._selected(self.form.dispositionTable, self.due_dispositions)
        if item is None:
            QMessageBox.information(self, self.tr("样品处置"), self.tr("请先选择待处置的样品。"))
            return
        f = self.form
        ctx, actor = self.session.ctx, self.session.actor
        recipient, day, record = f.dispRecipientEdit.text(), _pydate(f.dispDate.date()), f.dispRecordEdit.toPlainText()
        self._run(lambda: logistics.record_disposition(ctx, actor, item.sample_id, recipient=recipient, done_on=day,
                                                       record=record), lambda _: f.dispRecordEdit.clear())

    # refusals -----------------------------------------------------------------------------
    def _record_refusal(self) -> None:
        f = self.form
        plan = self.plan
        if plan is None or f.enterpriseCombo.currentData() is None:
            QMessageBox.information(self, self.tr("拒检"), self.tr("请选择计划和被抽样单位。"))
            return
        ctx, actor = self.session.ctx, self.session.actor
        kwargs = dict(plan_id=plan.id, enterprise_id=f.enterpriseCombo.currentData(),
                      product_code=f.productCombo.currentData() or "", occurred_on=_pydate(f.refusalDate.date()),
                      description=f.descriptionEdit.toPlainText(),
                      samplers=f.samplersEdit.text().replace(",", "、").replace("，", "、").split("、"),
                      witnesses=[w for w in f.witnessesEdit.text().replace("，", "、").split("、") if w.strip()])
        self._run(lambda: logistics.record_refusal(ctx, actor, **kwargs), lambda _: f.descriptionEdit.clear())

    def _confirm_refusal(self) -> None:
        item = self._selected(self.form.refusalTable, self.refusals)
        if item is None:
            return
        dialog = dialogs.CountyConfirmDialog(self.session.ctx.today(), item.county_bureau, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx, actor, values = self.session.ctx, self.session.actor, dialog.values()
            self._run(lambda: logistics.confirm_refusal(ctx, actor, item.id, **values))

    def _report_refusal(self) -> None:
        item = self._selected(self.form.refusalTable, self.refusals)
        if item is None:
            return
        dialog = dialogs.ProvinceReportDialog(self.session.ctx.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx, actor, values = self.session.ctx, self.session.actor, dialog.values()
            self._run(lambda: logistics.report_refusal(ctx, actor, item.id, **values))

    # exports ------------------------------------------------------------------------------
    def _browse(self) -> None:
        name = files.get_existing_directory(self, self.tr("输出文件夹"), self.form.exportDirEdit.text())
        if name:
            self.form.exportDirEdit.setText(name)

    def _mark_ecqs(self, kind: str) -> None:
        plan = self.plan
        if plan is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: logistics.mark_plan_ecqs_entered(ctx, actor, plan.id, kind),
                  lambda n: self.form.exportLog.appendPlainText(self.tr("已标记 %1 条 e-CQS 录入。").replace("%1", str(n))))

    def start_export(self) -> Progress | None:
        plan = self.plan
        if plan is None:
            return None
        f = self.form
        which = tuple(k for k, box in (("summary", f.summaryCheck), ("ecqs", f.ecqsCheck),
                                       ("analysis", f.analysisCheck), ("bound", f.boundCheck)) if box.isChecked())
        out = Path(f.exportDirEdit.text().strip() or str(user_data_dir() / "exports"))
        ctx, actor = self.session.ctx, self.session.actor
        f.exportButton.setEnabled(False)
        f.exportLog.appendPlainText(self.tr("开始导出 %1 …").replace("%1", plan.title))

        def work(progress: Progress) -> exports.ExportResult:
            return exports.export_plan(ctx, actor, plan.id, out, progress=progress.report,
                                       cancelled=lambda: progress.cancelled, which=which)

        def done(result: exports.ExportResult) -> None:
            f.exportButton.setEnabled(True)
            f.exportLog.appendPlainText(self.tr("完成：出具报告 %1 批次。").replace("%1", str(result.reported)))
            f.exportLog.appendPlainText("\n".join(f"  {path}" for path in result.files))
            self.written = files.offer_folder(self, out, self.tr("汇总材料已导出到：%1").replace("%1", str(out)))

        def failed(error: BaseException) -> None:
            f.exportButton.setEnabled(True)
            if isinstance(error, exports.ExportCancelled):
                f.exportLog.appendPlainText(self.tr("导出已取消。"))
            else:
                f.exportLog.appendPlainText(str(error))
                show_error(self, error)

        return self.session.runner.run_with_progress(work, title=self.tr("导出汇总材料"), parent=self,
                                                     on_success=done, on_failure=failed)

    # navigation from the home screen and scanned codes --------------------------------------
    def focus_item(self, item: Any) -> None:
        if not self.plans and not self.candidates:
            self._pending_focus = item
            return
        tabs = self.form.tabs
        kind = getattr(item, "kind", "")
        sample_id = getattr(item, "sample_id", None)
        if kind == "delivery":
            tabs.setCurrentWidget(self.form.deliveriesTab)
            for row, p in enumerate(self.pending):
                if p.sample_id == sample_id and p.duty_name == item.title:
                    self.form.pendingTable.selectRow(row)
                    break
        elif kind == "objection":
            tabs.setCurrentWidget(self.form.objectionsTab)
            for row, o in enumerate(self.objections):
                if o.sample_id == sample_id and o.state in ("accepted", "retesting"):
                    self.form.objectionTable.selectRow(row)
        elif kind == "disposition":
            tabs.setCurrentWidget(self.form.dispositionsTab)
            for row, d in enumerate(self.due_dispositions):
                if d.sample_id == sample_id:
                    self.form.dispositionTable.selectRow(row)
        elif kind == "refusal":
            tabs.setCurrentWidget(self.form.refusalsTab)
        elif kind in ("ecqs_results", "plan", "ecqs_sampling"):
            tabs.setCurrentWidget(self.form.exportsTab)

    def open_code(self, code: str) -> bool:
        for row, c in enumerate(self.candidates):
            if c.sample_no == code:
                self.form.tabs.setCurrentWidget(self.form.objectionsTab)
                self.form.candidateTable.selectRow(row)
                return True
        return False

    # objections: close, sign the 复检结果报告 ------------------------------------------------
    def _extra_objection_buttons(self) -> None:
        from PySide6.QtWidgets import QPushButton

        f = self.form
        self.closeObjectionButton = QPushButton(self.tr("办结（不予复检/撤回）…"), f.objectionBox)
        self.signRetestButton = QPushButton(self.tr("签发复检结果报告…"), f.objectionBox)
        layout = f.retestReportButton.parentWidget().layout() if f.retestReportButton.parentWidget() else None
        if layout is not None:  # right under 保存复检结果报告
            at = layout.indexOf(f.retestReportButton) + 1
            insert = getattr(layout, "insertWidget", None)
            for offset, button in enumerate((self.closeObjectionButton, self.signRetestButton)):
                if insert is not None and at > 0:
                    insert(at + offset, button)
                else:
                    layout.addWidget(button)
        self.closeObjectionButton.clicked.connect(self._close_objection)
        self.signRetestButton.clicked.connect(self._sign_retest_report)
        self.closeObjectionButton.setEnabled(self.session.can(Permission.RECORD_OBJECTION))
        self.signRetestButton.setEnabled(self.session.can(Permission.SIGN_REPORTS))

    def _close_objection(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None or not item.open:
            QMessageBox.information(self, self.tr("办结异议"), self.tr("请先选择一件已受理或复检中的异议。"))
            return
        dialog = dialogs.CloseObjectionDialog(item, self.session.ctx.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx, actor, values = self.session.ctx, self.session.actor, dialog.values()
            self._run(lambda: logistics.close_objection(ctx, actor, item.id, **values),
                      lambda info: self.form.objectionMessage.setText(info.outcome_note))

    def _sign_retest_report(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None or item.outcome not in ("upheld", "overturned"):
            QMessageBox.information(self, self.tr("签发复检结果报告"), self.tr("请先选择复检已完成的异议。"))
            return
        password, ok = QInputDialog.getText(self, self.tr("签发复检结果报告"), self.tr("登录密码："),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("签发复检结果报告"), self.tr("签名证书口令："),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: logistics.sign_retest_report(ctx, actor, item.id, password=password, passphrase=passphrase),
                  lambda info: self.form.objectionMessage.setText(
                      self.tr("复检结果报告 %1 已签发，已列入待送达。").replace("%1", info.retest_report_no)))
