"""抽样任务 tab (manager: assign samplers, replace, refusal, print) and 我的任务 (a sampler's own tasks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.sampling.draw import generate_seed
from labdesk.gui.pages.sampling.common import PdfSaver, fill, selected_rows, table
from labdesk.gui.session import GuiSession
from labdesk.services import plans
from labdesk.services.sampling import confirmation, documents, draws, intake_link, tasks
from labdesk.services.sampling.tasks import TaskInfo

HEADERS = ("任务编号", "产品", "被抽样单位", "信用代码", "地区", "跟踪", "状态", "抽样人员", "备用样品")


def _rows(items: list[TaskInfo]) -> list[list[str]]:
    return [[t.task_no, t.product_name, t.enterprise_name, t.credit_code, t.region, "是" if t.followup else "",
             t.state_zh, "、".join(t.samplers), f"封存于企业（封条 {t.backup_seal}）" if t.backup_at_enterprise else ""]
            for t in items]


class TasksTab(QWidget):
    def __init__(self, session: GuiSession, saver: PdfSaver, *, mine: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saver = saver
        self.mine = mine
        self.items: list[TaskInfo] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.plan_combo = QComboBox()
        self.seed_edit = QLineEdit()
        self.seed_edit.setPlaceholderText(self.tr("派员种子（空则生成）"))
        self.assign_button = QPushButton(self.tr("随机选派抽样人员"))
        self.replace_button = QPushButton(self.tr("替换企业…"))
        self.refusal_button = QPushButton(self.tr("登记拒检…"))
        self.print_button = QPushButton(self.tr("打印任务资料…"))
        self.confirm_button = QPushButton(self.tr("样品确认…"))
        self.backup_button = QPushButton(self.tr("备用样品留存企业…"))
        if not mine:
            for widget in (QLabel(self.tr("计划")), self.plan_combo, self.seed_edit, self.assign_button,
                           self.replace_button, self.refusal_button, self.confirm_button):
                top.addWidget(widget)
        top.addWidget(self.print_button)
        top.addWidget(self.backup_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.status = QLabel("")
        layout.addWidget(self.status)
        self.table = table(self)
        layout.addWidget(self.table, 1)
        self.plan_combo.currentIndexChanged.connect(lambda _: self.load_tasks())
        self.assign_button.clicked.connect(self.assign)
        self.replace_button.clicked.connect(self.replace)
        self.refusal_button.clicked.connect(self.record_refusal)
        self.print_button.clicked.connect(self.print_pack)
        self.confirm_button.clicked.connect(self.confirm_sample)
        self.backup_button.clicked.connect(self.record_backup)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        if self.mine:
            self.load_tasks()
            return
        self.session.runner.run(lambda: plans.list_plans(ctx, actor), on_success=self._plans, parent=self)

    def _plans(self, items: list[plans.PlanInfo]) -> None:
        current = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in items:
            self.plan_combo.addItem(plan.title, plan.id)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(current)))
        self.plan_combo.blockSignals(False)
        self.load_tasks()

    def load_tasks(self) -> None:
        ctx, actor, plan_id = self.session.ctx, self.session.actor, self.plan_combo.currentData()
        if self.mine:
            self.session.runner.run(lambda: tasks.my_tasks(ctx, actor), on_success=self._show, parent=self)
        elif plan_id is not None:
            self.session.runner.run(lambda: tasks.list_tasks(ctx, actor, plan_id=plan_id), on_success=self._show,
                                    parent=self)

    def _show(self, items: list[TaskInfo]) -> None:
        self.items = items
        fill(self.table, [self.tr(h) for h in HEADERS], _rows(items))
        waiting = sum(1 for t in items if t.state == "drawn")
        self.status.setText(self.tr("共 %1 个任务，待派员 %2 个").replace("%1", str(len(items)))
                            .replace("%2", str(waiting)) if not self.mine
                            else self.tr("我的待抽样任务 %1 个").replace("%1", str(len(items))))

    def _reload(self, _result: object = None) -> None:
        self.load_tasks()

    def _selected(self) -> list[TaskInfo]:
        return [self.items[r] for r in selected_rows(self.table) if r < len(self.items)]

    def assign(self) -> None:
        chosen = [t for t in (self._selected() or self.items) if t.state == "drawn"]
        if not chosen:
            self.status.setText(self.tr("没有待派员的任务。"))
            return
        seed = self.seed_edit.text().strip() or generate_seed()
        self.seed_edit.setText(seed)
        ctx, actor, ids = self.session.ctx, self.session.actor, [t.id for t in chosen]
        self.session.runner.run(lambda: tasks.assign_samplers(ctx, actor, ids, seed=seed),
                                on_success=lambda _: self.load_tasks(), parent=self)

    def replace(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            self.status.setText(self.tr("请选择一个任务。"))
            return
        status, ok = QInputDialog.getItem(self, self.tr("替换企业"), self.tr("原因"),
                                          [self.tr("企业已关闭"), self.tr("企业停产/无该产品在产")], 0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("替换企业"), self.tr("现场情况说明："))
        if not ok:
            return
        evidence, ok = QInputDialog.getText(self, self.tr("替换企业"), self.tr("证据（照片编号、查询截图等）："))
        if not ok:
            return
        code = "closed" if status == self.tr("企业已关闭") else "not_producing"
        ctx, actor, task_id = self.session.ctx, self.session.actor, chosen[0].id
        self.session.runner.run(lambda: draws.replace_task(ctx, actor, task_id, status=code, reason=reason,
                                                           evidence=evidence),
                                on_success=self._replaced, parent=self)

    def _replaced(self, task_no: str) -> None:
        self.status.setText(self.tr("已替换，新任务 %1").replace("%1", task_no))
        self.load_tasks()

    def record_refusal(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            self.status.setText(self.tr("请选择一个任务。"))
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("登记拒检"), self.tr("拒检情况（时间、理由、已告知的后果）："))
        if not ok:
            return
        witness, ok = QInputDialog.getText(self, self.tr("登记拒检"), self.tr("见证人（可空）："))
        if not ok:
            return
        ctx, actor, code = self.session.ctx, self.session.actor, chosen[0].task_no
        today = self.session.ctx.today()
        self.session.runner.run(lambda: intake_link.record_field_refusal(
            ctx, actor, code, occurred_on=today, description=text, witnesses=[witness] if witness.strip() else []),
            on_success=lambda _: self.load_tasks(), parent=self)

    def print_pack(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            self.status.setText(self.tr("请选择一个任务。"))
            return
        ctx, actor, task = self.session.ctx, self.session.actor, chosen[0]
        self.session.runner.run(lambda: documents.task_documents(ctx, actor, task.id),
                                on_success=lambda pdf: self.saver.save_quietly(self, pdf, f"抽样任务资料-{task.task_no}.pdf"),
                                parent=self)

    def confirm_sample(self) -> None:
        """后置样品确认: send the request, record the enterprise's reply, or deal with a denial."""
        chosen = self._selected()
        if len(chosen) != 1 or chosen[0].state != "registered":
            self.status.setText(self.tr("请选择一个已收样的任务。"))
            return
        actions = [self.tr("发出样品确认（登记期限）"), self.tr("登记企业回复：确认"), self.tr("登记企业回复：否认"),
                   self.tr("质量负责人处理否认")]
        action, ok = QInputDialog.getItem(self, self.tr("样品确认"), self.tr("办理"), actions, 0, False)
        if not ok:
            return
        ctx, actor, task_id, today = self.session.ctx, self.session.actor, chosen[0].id, self.session.ctx.today()
        index = actions.index(action)
        if index == 0:
            days, ok = QInputDialog.getInt(self, self.tr("样品确认"), self.tr("回复期限（天）"), 15, 1, 90)
            if ok:
                self.session.runner.run(lambda: confirmation.request_confirmation(
                    ctx, actor, task_id, asked_on=today, deadline=today + dt.timedelta(days=days)),
                    on_success=lambda _: self.status.setText(self.tr("已登记样品确认。")), parent=self)
        elif index in (1, 2):
            evidence, ok = QInputDialog.getMultiLineText(self, self.tr("样品确认"), self.tr("企业回复及证据："))
            status = "confirmed" if index == 1 else "denied"
            if ok:
                self.session.runner.run(lambda: confirmation.record_reply(
                    ctx, actor, task_id, status=status, replied_on=today, evidence=evidence),
                    on_success=lambda _: self.status.setText(self.tr("已登记企业回复。")), parent=self)
        else:
            note, ok = QInputDialog.getText(self, self.tr("样品确认"), self.tr("处理意见："))
            if ok:
                self.session.runner.run(lambda: confirmation.mark_reviewed(ctx, actor, task_id, note),
                                        on_success=lambda _: self.status.setText(self.tr("已处理。")), parent=self)

    def record_backup(self) -> None:
        """The backup portion was left sealed at the enterprise (样品封存和处置告知单)."""
        chosen = self._selected()
        if len(chosen) != 1:
            self.status.setText(self.tr("请选择一个任务。"))
            return
        values = []
        for label in (self.tr("备用样品封条编号："), self.tr("保管人："), self.tr("封存地点：")):
            text, ok = QInputDialog.getText(self, self.tr("备用样品留存企业"), label)
            if not ok:
                return
            values.append(text)
        ctx, actor, code = self.session.ctx, self.session.actor, chosen[0].task_no
        seal, keeper, place = values
        self.session.runner.run(lambda: intake_link.record_backup_at_enterprise(
            ctx, actor, code, seal_no=seal, keeper=keeper, place=place),
            on_success=self._reload, parent=self)
