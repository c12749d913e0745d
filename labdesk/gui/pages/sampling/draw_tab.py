"""随机抽取 tab: plan, product, region, number and seed → preview, draw and record, print the record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.sampling.draw import ALGORITHM, generate_seed
from labdesk.gui.pages.sampling.common import PdfSaver, fill, table
from labdesk.gui.session import GuiSession
from labdesk.services import plans
from labdesk.services.context import BEIJING
from labdesk.services.plans import PlanInfo
from labdesk.services.sampling import documents, draws
from labdesk.services.sampling.draws import DrawInfo

ALL_REGIONS = "全部地区"


class DrawTab(QWidget):
    def __init__(self, session: GuiSession, saver: PdfSaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saver = saver
        self.plans: list[PlanInfo] = []
        self.result: DrawInfo | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.plan_combo = QComboBox()
        self.product_combo = QComboBox()
        self.region_combo = QComboBox()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 10000)
        self.count_spin.setSpecialValueText(self.tr("配额剩余批次"))
        seed_row = QHBoxLayout()
        self.seed_edit = QLineEdit()
        self.seed_edit.setPlaceholderText(self.tr("质量负责人在抽取前输入，或点「生成种子」"))
        self.generate_button = QPushButton(self.tr("生成种子"))
        seed_row.addWidget(self.seed_edit)
        seed_row.addWidget(self.generate_button)
        self.records_combo = QComboBox()
        self.records: list[DrawInfo] = []
        self.witness_edit = QLineEdit()
        self.witness_edit.setPlaceholderText(self.tr("见证人姓名（可选）"))
        for label, widget in ((self.tr("计划"), self.plan_combo), (self.tr("产品"), self.product_combo),
                              (self.tr("地区"), self.region_combo), (self.tr("抽取数量"), self.count_spin)):
            form.addRow(label, widget)
        form.addRow(self.tr("随机种子"), seed_row)
        form.addRow(self.tr("见证人"), self.witness_edit)
        form.addRow(self.tr("已保存的记录"), self.records_combo)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览(&P)"))
        self.draw_button = QPushButton(self.tr("抽取并保存(&D)"))
        self.print_button = QPushButton(self.tr("打印随机抽取记录…"))
        self.print_button.setEnabled(False)
        for button in (self.preview_button, self.draw_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.info = QLabel(self.tr("算法 %1：先列跟踪抽查企业，再按 SHA-256(种子|信用代码) 排序。").replace("%1", ALGORITHM))
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = table(self)
        layout.addWidget(self.table, 1)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.generate_button.clicked.connect(lambda: self.seed_edit.setText(generate_seed()))
        self.preview_button.clicked.connect(self.preview)
        self.draw_button.clicked.connect(self.draw)
        self.print_button.clicked.connect(self.print_record)
        self.records_combo.activated.connect(self._record_chosen)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: plans.list_plans(ctx, actor), on_success=self._show_plans, parent=self)

    def _show_plans(self, items: list[PlanInfo]) -> None:
        current = self.plan_combo.currentData()
        self.plans = items
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in items:
            self.plan_combo.addItem(plan.title, plan.id)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(current)))
        self.plan_combo.blockSignals(False)
        self._plan_changed()

    def load_records(self) -> None:
        plan = self.plan()
        if plan is None:
            return
        ctx, actor, plan_id = self.session.ctx, self.session.actor, plan.id
        self.session.runner.run(lambda: draws.list_draws(ctx, actor, plan_id), on_success=self._show_records,
                                parent=self)

    def _show_records(self, records: list[DrawInfo]) -> None:
        self.records = records
        self.records_combo.clear()
        self.records_combo.addItem(self.tr("（%1 条，选择查看）").replace("%1", str(len(records))), None)
        for record in records:
            at = record.drawn_at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M") if record.drawn_at else ""
            self.records_combo.addItem(f"CQ-{record.id:05d}  {record.product_name}  {record.region or ''}  "
                                       f"种子 {record.seed}  {record.count} 家  {record.drawn_by} {at}", record.id)

    def _record_chosen(self, index: int) -> None:
        wanted = self.records_combo.itemData(index)
        record = next((r for r in self.records if r.id == wanted), None)
        if record is not None:
            self.show_result(record, recorded=True)

    def plan(self) -> PlanInfo | None:
        return next((p for p in self.plans if p.id == self.plan_combo.currentData()), None)

    def _plan_changed(self, _index: int = 0) -> None:
        plan = self.plan()
        self.product_combo.clear()
        self.region_combo.clear()
        if plan is None:
            return
        for product in plan.products:
            self.product_combo.addItem(product.name_zh, product.product_code)
        self.region_combo.addItem(self.tr(ALL_REGIONS), "")
        mine = plan.quota_for(plan.institution) or plan.quotas
        for region in dict.fromkeys(r for q in mine for r in q.regions):
            self.region_combo.addItem(region, region)
        self.load_records()

    def _args(self) -> tuple[str, str, int | None]:
        count = self.count_spin.value()
        return self.product_combo.currentData() or "", self.region_combo.currentData() or "", count or None

    def preview(self) -> None:
        plan = self.plan()
        if plan is None:
            return
        if not self.seed_edit.text().strip():
            QMessageBox.warning(self, self.tr("随机抽取"), self.tr("请先输入或生成随机种子。"))
            return
        ctx, actor, code, seed = self.session.ctx, self.session.actor, plan.code, self.seed_edit.text()
        product, region, count = self._args()
        self.session.runner.run(lambda: draws.preview_draw(ctx, code, seed, product=product, region=region,
                                                           count=count, actor=actor)[0],
                                on_success=lambda info: self.show_result(info, recorded=False), parent=self)

    def draw(self, *, confirm: bool = True) -> None:
        plan = self.plan()
        if plan is None:
            return
        seed = self.seed_edit.text().strip()
        if not seed:
            seed = generate_seed()
            self.seed_edit.setText(seed)
        if confirm and QMessageBox.question(
                self, self.tr("随机抽取"), self.tr("以种子「%1」抽取并保存记录？保存后不能更改。").replace("%1", seed)
        ) != QMessageBox.StandardButton.Yes:
            return
        ctx, actor, plan_id, witnesses = self.session.ctx, self.session.actor, plan.id, self.witness_edit.text()
        product, region, count = self._args()
        self.session.runner.run(lambda: draws.run_draw(ctx, actor, plan_id, product, seed=seed, region=region,
                                                       count=count, witnesses=witnesses),
                                on_success=lambda info: self.show_result(info, recorded=True), parent=self)

    def show_result(self, info: DrawInfo, *, recorded: bool) -> None:
        if recorded and info.id not in {r.id for r in self.records}:
            self.load_records()
        self.result = info if recorded else None
        self.print_button.setEnabled(recorded)
        state = self.tr("已保存记录") if recorded else self.tr("预览，未保存")
        self.info.setText(self.tr("%1：%2 抽取 %3 家（抽取前配额剩余 %4，候选 %5 家，排除 %6 家）　种子 %7　%8\n候选名单 SHA-256：%9")
                          .replace("%1", state).replace("%2", info.product_name).replace("%3", str(info.count))
                          .replace("%4", str(info.quota_remaining)).replace("%5", str(len(info.candidates)))
                          .replace("%6", str(len(info.exclusions))).replace("%7", info.seed)
                          .replace("%8", info.algorithm).replace("%9", info.candidate_hash))
        rows = [[str(r.rank), self.tr("跟踪") if r.followup else self.tr("随机"), r.name, r.credit_code, r.region,
                 r.task_no, self.tr("抽中")] for r in info.drawn]
        rows += [[str(r.rank), self.tr("跟踪") if r.followup else self.tr("随机"), r.name, r.credit_code, r.region, "",
                  self.tr("替补")] for r in info.reserve]
        rows += [["", "", e.name, e.credit_code, "", "", self.tr("排除：") + e.reason] for e in info.exclusions]
        fill(self.table, [self.tr(h) for h in ("序号", "类别", "企业名称", "信用代码", "地区", "任务编号", "结果")], rows)

    def print_record(self) -> None:
        if self.result is None or self.result.id is None:
            return
        ctx, actor, draw_id = self.session.ctx, self.session.actor, self.result.id
        name = f"随机抽取记录-{self.result.product_name}-{draw_id}.pdf"
        self.session.runner.run(lambda: documents.draw_record(ctx, actor, draw_id),
                                on_success=lambda pdf: self.saver.save_quietly(self, pdf, name), parent=self)
