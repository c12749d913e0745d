"""判定规则: the rule set a plan adopted — limits, overrides with reasons, unverified rules to acknowledge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.permissions import Permission
from labdesk.gui.forms.rulesets_page_ui import Ui_RulesetsPage
from labdesk.gui.session import GuiSession
from labdesk.gui.widgets.decode_dialog import DecodeDialog
from labdesk.gui.widgets.duty_rules import DutyRulesEditor
from labdesk.gui.widgets.instrument_mappings import MappingEditor
from labdesk.gui.widgets.scrolling import scrollable
from labdesk.services import ruleset_pinning, rulesets
from labdesk.services.context import BEIJING
from labdesk.services.rulesets import PlanProductRef, RuleRow, RuleSetView, public_text

KIND_ZH = {"limit": "限值", "grade": "分级", "declared_tolerance": "申报值容差", "qualitative": "定性",
           "r_table": "重复性限", "grade_cell": "分级限值"}
AMBER = QColor("#a15c00")


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_RulesetsPage()
        self.form.setupUi(self)
        self.refs: list[PlanProductRef] = []
        self.view: RuleSetView | None = None
        self.selected: RuleRow | None = None
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.productCombo.currentIndexChanged.connect(self._product_changed)
        self.form.rulesTable.itemSelectionChanged.connect(self._rule_selected)
        self.form.overrideButton.clicked.connect(self.override)
        self.form.reasonEdit.returnPressed.connect(self.override)
        self.form.ackButton.clicked.connect(self.acknowledge)
        self.form.overrideButton.setEnabled(False)
        if session.can(Permission.DECODE_BLIND):
            decode = QPushButton(self.tr("解码盲样(&B)…"), self)
            decode.clicked.connect(lambda: DecodeDialog(session, self).open())
            self.form.topLayout.addWidget(decode)
        self.pinning = PinningTab(session, self)
        self.form.tabs.addTab(self.pinning, self.tr("在检样品的规则版本"))
        self.mapping_editor: MappingEditor | None = None
        if session.can(Permission.MANAGE_INSTRUMENTS):
            self.mapping_editor = MappingEditor(session, self)
            self.form.tabs.addTab(scrollable(self.mapping_editor, self), self.tr("仪器数据映射"))
        self.duty_editor: DutyRulesEditor | None = None
        if session.can(Permission.MANAGE_DUTY_RULES):
            self.duty_editor = DutyRulesEditor(session, self)
            self.form.tabs.addTab(self.duty_editor, self.tr("职责分离"))

    def refresh(self) -> None:
        if self.mapping_editor is not None:
            self.mapping_editor.refresh()
        if self.duty_editor is not None:
            self.duty_editor.refresh()
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: rulesets.list_plan_products(ctx, actor), on_success=self._show_refs,
                                parent=self)

    def _show_refs(self, refs: list[PlanProductRef]) -> None:
        current = self.form.productCombo.currentData()
        self.refs = refs
        self.form.productCombo.blockSignals(True)
        self.form.productCombo.clear()
        for ref in refs:
            flag = self.tr("（%1 项未核实待确认）").replace("%1", str(ref.unacknowledged)) if ref.unacknowledged else ""
            self.form.productCombo.addItem(f"{ref.plan_title} · {ref.product_name_zh}  {ref.ruleset_version}{flag}",
                                           ref.plan_product_id)
        index = self.form.productCombo.findData(current) if current is not None else 0
        self.form.productCombo.setCurrentIndex(max(0, index))
        self.form.productCombo.blockSignals(False)
        self._product_changed()

    def _product_changed(self) -> None:
        pid = self.form.productCombo.currentData()
        if pid is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: rulesets.get_ruleset(ctx, actor, pid), on_success=self.show_view, parent=self)

    def show_view(self, view: RuleSetView) -> None:
        self.view = view
        self.form.headerLabel.setText(
            self.tr("<b>%1</b>　版本 %2（目录 %3）<br>%4").replace("%1", view.ruleset_name_zh)
            .replace("%2", view.version).replace("%3", view.catalogue_version).replace("%4", view.basis_zh))
        # the rule's internal id stays in the tooltip (an auditor may ask for it), never in the cells
        _fill(self.form.rulesTable, [self.tr(h) for h in ("项目", "类型", "等级", "要求", "条件", "依据")],
              [[f"{r.item} {r.item_name_zh}", KIND_ZH.get(r.kind, r.kind), r.grade or "", r.requirement,
                r.conditions, public_text(r.source)] for r in view.rules])
        for r, rule in enumerate(view.rules):
            self.form.rulesTable.item(r, 0).setToolTip(rule.rule_id)
            if not rule.verified:
                for c in range(self.form.rulesTable.columnCount()):
                    self.form.rulesTable.item(r, c).setForeground(QBrush(AMBER))
                self.form.rulesTable.item(r, 3).setToolTip(self.tr("未核实：须与标准原文核对"))
        table = self.form.unverifiedTable
        _fill(table, [self.tr(h) for h in ("确认", "类型", "项目", "等级", "来源", "说明", "确认人")],
              [["", KIND_ZH.get(u.kind, u.kind), u.item, u.grade or "", public_text(u.source), public_text(u.note),
                (f"{u.acknowledged_by} {u.acknowledged_at.astimezone(BEIJING):%Y-%m-%d}"
                 if u.acknowledged and u.acknowledged_at else "")] for u in view.unverified])
        for r, u in enumerate(view.unverified):
            check = table.item(r, 0)
            if u.acknowledged:
                check.setText(self.tr("已确认"))
                check.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsSelectable)
                check.setCheckState(Qt.CheckState.Unchecked)
                for c in range(table.columnCount()):
                    table.item(r, c).setForeground(QBrush(AMBER))
        table.resizeColumnToContents(0)
        open_count = sum(1 for u in view.unverified if not u.acknowledged)
        self.form.tabs.setTabText(0, self.tr("未核实规则（%1/%2 待确认）").replace("%1", str(open_count))
                                  .replace("%2", str(len(view.unverified))))
        _fill(self.form.revisionsTable, [self.tr(h) for h in ("版本", "修改", "理由", "修改人", "时间")],
              [[r.version, (f"{r.change.get('grade') or ''} "
                            f"{r.change.get('old')} → {r.change.get('new')}") if r.change else self.tr("采用目录规则集"),
                r.reason, r.created_by, f"{r.created_at.astimezone(BEIJING):%Y-%m-%d %H:%M}"]
               for r in view.revisions])
        self._rule_selected()
        self.pinning.load(view.plan_product_id)

    def _rule_selected(self) -> None:
        rows = self.form.rulesTable.selectionModel().selectedRows() if self.form.rulesTable.selectionModel() else []
        self.selected = None
        if rows and self.view is not None and rows[0].row() < len(self.view.rules):
            self.selected = self.view.rules[rows[0].row()]
        rule = self.selected
        if rule is None:
            self.form.ruleLabel.setText("—")
        else:
            self.form.ruleLabel.setText(f"{rule.item} {rule.item_name_zh} {rule.grade or ''} {rule.requirement}"
                                        + ("" if rule.overridable else self.tr("（不可修改）")))
        self.form.overrideButton.setEnabled(rule is not None and rule.overridable)

    def override(self) -> None:
        rule, view = self.selected, self.view
        if rule is None or view is None or not rule.overridable:
            return
        ctx, actor = self.session.ctx, self.session.actor
        value, reason = self.form.valueEdit.text().strip(), self.form.reasonEdit.text().strip()

        def done(new: RuleSetView) -> None:
            self.form.valueEdit.clear()
            self.form.reasonEdit.clear()
            self.form.messageLabel.setStyleSheet("color: #1b7f3a;")
            self.form.messageLabel.setText(self.tr("已保存为版本 %1。").replace("%1", new.version))
            self.show_view(new)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.form.messageLabel.setStyleSheet("color: #c62828;")
            self.form.messageLabel.setText(str(error))

        self.session.runner.run(
            lambda: rulesets.override_limit(ctx, actor, view.plan_product_id, rule.rule_id, reason=reason,
                                            value=value, grade=rule.grade, expected_version=view.record_version),
            on_success=done, on_failure=failed, parent=self)

    def acknowledge(self) -> None:
        view = self.view
        if view is None:
            return
        table = self.form.unverifiedTable
        keys = [u.key for r, u in enumerate(view.unverified)
                if not u.acknowledged and table.item(r, 0).checkState() == Qt.CheckState.Checked]
        if not keys:
            return
        ctx, actor, note = self.session.ctx, self.session.actor, self.form.ackNoteEdit.text()
        def done(updated: RuleSetView) -> None:
            self.show_view(updated)
            self.refresh()

        self.session.runner.run(
            lambda: rulesets.acknowledge_unverified(ctx, actor, view.plan_product_id, keys, note),
            on_success=done, parent=self)


class PinningTab(QWidget):
    """Samples received under an older rule-set version; the quality manager may apply the current one
    to the samples ticked, with a reason (issue 11 §8)."""

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan_product_id: int | None = None
        self.gap: ruleset_pinning.VersionGap | None = None
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.table = QTableWidget(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("理由（如：省局通知在检样品按新限值判定）"))
        self.apply = QPushButton(self.tr("所选样品改用当前版本(&U)"), self)
        self.apply.clicked.connect(self.apply_current)
        row.addWidget(self.reason, 1)
        row.addWidget(self.apply)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def load(self, plan_product_id: int) -> None:
        self.plan_product_id = plan_product_id
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: ruleset_pinning.samples_on_older_versions(ctx, actor, plan_product_id),
                                on_success=self.show_gap, parent=self)

    def show_gap(self, gap: ruleset_pinning.VersionGap) -> None:
        self.gap = gap
        if gap.samples:
            self.header.setText(self.tr("以下 %1 个已接收的样品仍按接收时的规则版本判定；当前版本为 %2。"
                                        "勾选样品并写明理由后，可改用当前版本（将重新判定并记入审计）。")
                                .replace("%1", str(len(gap.samples))).replace("%2", gap.current_version))
        else:
            self.header.setText(self.tr("所有在检样品均按当前版本 %1 判定。").replace("%1", gap.current_version))
        _fill(self.table, [self.tr(h) for h in ("选择", "样品编号", "状态", "判定规则版本")],
              [["", s.sample_no, s.state_zh, s.version] for s in gap.samples])
        for r in range(len(gap.samples)):
            check = self.table.item(r, 0)
            if check is None:  # _fill made every cell
                continue
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Unchecked)
        self.apply.setEnabled(bool(gap.samples))

    def checked(self) -> list[int]:
        if self.gap is None:
            return []
        return [s.sample_id for r, s in enumerate(self.gap.samples)
                if (box := self.table.item(r, 0)) is not None and box.checkState() == Qt.CheckState.Checked]

    def apply_current(self) -> None:
        pid, chosen, reason = self.plan_product_id, self.checked(), self.reason.text()
        if pid is None:
            return
        ctx, actor = self.session.ctx, self.session.actor

        def done(gap: ruleset_pinning.VersionGap) -> None:
            self.reason.clear()
            self.message.setStyleSheet("color: #1b7f3a;")
            self.message.setText(self.tr("已将 %1 个样品改用版本 %2 并重新判定。")
                                 .replace("%1", str(len(chosen))).replace("%2", gap.current_version))
            self.show_gap(gap)

        def failed(error: BaseException) -> None:
            self.message.setStyleSheet("color: #c62828;")
            self.message.setText(str(error))

        self.session.runner.run(lambda: ruleset_pinning.apply_current_version(ctx, actor, pid, chosen, reason),
                                on_success=done, on_failure=failed, parent=self)


__all__ = ["Page"]
