"""送达与处置: deliveries, objections and re-tests, sample disposition, refusals, and the plan's exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.errors import InputError, LabDeskError, PermissionDenied
from labdesk.domain.permissions import Permission
from labdesk.gui.errors import show_error
from labdesk.gui.forms.logistics_page_ui import Ui_LogisticsPage
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
OBJECTION_STATE_ZH = {"accepted": "已受理", "refused": "不予受理", "retesting": "复检中", "decided": "已办结"}
OUTCOME_ZH = {"upheld": "原结论成立", "overturned": "原结论不成立", "cancelled": "复检取消"}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _d(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class RetestDialog(QDialog):
    """Re-test values: one item per line, ``代号 = 值1, 值2`` (e.g. ``St,ad = 0.95, 0.97``)."""

    def __init__(self, objection: ObjectionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("录入复检结果 — 样品 %1").replace("%1", objection.sample_no))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("每行一个项目：代号 = 平行测定值（以逗号分隔）。未录入的项目沿用原检验数据。"), self))
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText("Mad = 3.98, 4.02\nAad = 15.90, 16.10\nSt,ad = 0.95, 0.97")
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def values(self) -> dict[str, list[str]]:
        return parse_retest_text(self.edit.toPlainText())


def parse_retest_text(text: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        if "=" not in line:
            raise InputError(f"第 {number} 行", "应写成「代号 = 值1, 值2」。")
        code, _, rest = line.partition("=")
        parts = [p.strip() for p in rest.replace("，", ",").split(",") if p.strip()]
        if not code.strip() or not parts:
            raise InputError(f"第 {number} 行", "缺少项目代号或数值。")
        values[code.strip()] = parts
    return values


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
        self._table(f.comparisonTable, "comparison", ["项目", "原检验", "原判定", "复检", "复检判定", "是否复检"])
        self._table(f.dispositionTable, "dispositions", ["样品编号", "受检单位", "结论", "付费", "处置方式", "异议期至",
                                                         "应处置", "说明"])
        self._table(f.doneDispositionTable, "done", ["样品编号", "处置方式", "处置日期", "接收", "书面记录"])
        self._table(f.refusalTable, "refusals", ["企业", "地市", "产品", "日期", "抽样人员", "县级局认定", "报省局"])
        for label in (f.dutyLabel, f.objectionSampleLabel, f.dispositionRuleLabel, f.objectionMessage):
            label.setWordWrap(True)
        f.methodCombo.addItem(self.tr("EMS"), "ems")
        f.methodCombo.addItem(self.tr("直接送达"), "direct")
        today = _qdate(session.ctx.today())
        for widget in (f.sentDate, f.receivedDate, f.filedDate, f.dispDate, f.refusalDate):
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
            combo.addItem(f"{info.code}　{info.title}", info.id)
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
                   red=lambda i: bool(self.pending[i].due_on and self.pending[i].due_on < today))
        self.delivered = data["delivered"]
        self._fill("delivered", [[d.sample_no or self.tr("（计划）"), d.duty_name,
                                  logistics.METHODS.get(d.method, d.method), d.tracking_no, d.recipient, _d(d.sent_on),
                                  _d(d.received_on) or self.tr("未签收")] for d in self.delivered])
        self.candidates = data["candidates"]
        self._fill("candidates", [[c.sample_no, c.product_name, c.enterprise_name, VERDICT_ZH.get(c.verdict or "", ""),
                                   _d(c.received_on) or self.tr("未签收"), _d(c.deadline_on),
                                   OBJECTION_STATE_ZH.get(c.objection_state, "")] for c in self.candidates])
        self.objections = data["objections"]
        self._fill("objections", [[o.sample_no, _d(o.filed_on), o.applicant, OBJECTION_STATE_ZH.get(o.state, o.state),
                                   {True: "一致", False: "不符", None: ""}[o.seal_ok],
                                   OUTCOME_ZH.get(o.outcome, "") or o.refusal_reason[:30]] for o in self.objections],
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
        self._fill("refusals", [[r.enterprise_name, r.region, product_names.get(r.product_code, r.product_code), _d(r.occurred_on), "、".join(r.samplers),
                                 f"{r.county_bureau} {_d(r.county_confirmed_on)}".strip(), _d(r.reported_to_province_on)]
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
        self.form.methodCombo.setCurrentIndex(0 if "企业" in item.duty_name or "单位" in item.duty_name else 1)

    def _record_delivery(self) -> None:
        item = self._selected(self.form.pendingTable, self.pending)
        if item is None:
            QMessageBox.information(self, self.tr("登记送达"), self.tr("请先在「待送达」中选择一项。"))
            return
        f = self.form
        ctx, actor = self.session.ctx, self.session.actor
        kwargs = dict(duty=item.duty, method=f.methodCombo.currentData(), recipient=f.recipientEdit.text(),
                      sent_on=_pydate(f.sentDate.date()), tracking_no=f.trackingEdit.text(), note=f.noteEdit.text(),
                      received_on=_pydate(f.receivedDate.date()) if f.receivedCheck.isChecked() else None,
                      sample_id=item.sample_id, plan_id=item.plan_id)
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
                                   self.tr("是") if c.retested else ""] for c in item.comparison],
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
            else:
                f.objectionMessage.setText(self.tr("已受理异议，请启封备用样品复检。"))

        self._run(lambda: logistics.file_objection(ctx, actor, sample_id=item.sample_id, filed_on=filed,
                                                   applicant=applicant, grounds=grounds), done)

    def _unseal(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None:
            QMessageBox.information(self, self.tr("启封备用样品"), self.tr("请先在「异议与复检」中选择一件已受理的异议。"))
            return
        seal, ok = QInputDialog.getText(self, self.tr("核对封条"), self.tr("启封时看到的封条编号："))
        if not ok:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("启封照片"), "", self.tr("JPEG 图像 (*.jpg *.jpeg)"))
        if not name:
            return
        ctx, actor = self.session.ctx, self.session.actor
        path = Path(name)

        def work() -> ObjectionInfo:
            return logistics.start_retest(ctx, actor, item.id, seal_no_seen=seal, photo_jpeg=path.read_bytes(),
                                          photo_source="file")

        self._run(work, lambda info: QMessageBox.information(self, self.tr("启封备用样品"),
                                                             info.seal_check + "\n" + info.outcome_note))

    def _retest(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None:
            QMessageBox.information(self, self.tr("复检"), self.tr("请先选择复检中的异议。"))
            return
        dialog = RetestDialog(item, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            values = dialog.values()
        except LabDeskError as error:
            show_error(self, error)
            return
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: logistics.enter_retest_results(ctx, actor, item.id, determinations=values),
                  lambda info: QMessageBox.information(self, self.tr("复检结果"), info.outcome_note))

    def _retest_report(self) -> None:
        item = self._selected(self.form.objectionTable, self.objections)
        if item is None or item.state != "decided":
            QMessageBox.information(self, self.tr("复检结果报告"), self.tr("请先选择已办结的异议。"))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存复检结果报告"), f"复检结果报告-{item.sample_no}.pdf",
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
        bureau, ok = QInputDialog.getText(self, self.tr("县级局共同认定"), self.tr("县级市场监管部门："),
                                          text=item.county_bureau)
        if ok:
            ctx, actor, day = self.session.ctx, self.session.actor, self.session.ctx.today()
            self._run(lambda: logistics.confirm_refusal(ctx, actor, item.id, county_bureau=bureau, confirmed_on=day))

    def _report_refusal(self) -> None:
        item = self._selected(self.form.refusalTable, self.refusals)
        if item is None:
            return
        ctx, actor, day = self.session.ctx, self.session.actor, self.session.ctx.today()
        self._run(lambda: logistics.report_refusal(ctx, actor, item.id, reported_on=day))

    # exports ------------------------------------------------------------------------------
    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("输出文件夹"), self.form.exportDirEdit.text())
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
        f.exportLog.appendPlainText(self.tr("开始导出 %1 …").replace("%1", plan.code))

        def work(progress: Progress) -> exports.ExportResult:
            return exports.export_plan(ctx, actor, plan.id, out, progress=progress.report,
                                       cancelled=lambda: progress.cancelled, which=which)

        def done(result: exports.ExportResult) -> None:
            f.exportButton.setEnabled(True)
            f.exportLog.appendPlainText(self.tr("完成：出具报告 %1 批次。").replace("%1", str(result.reported)))
            for path in result.files:
                f.exportLog.appendPlainText(f"  {path}")

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
