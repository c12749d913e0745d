"""抽查计划: the plan list, importing a plan file, and the progress dashboard per product and region vs quota."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.permissions import Permission
from labdesk.gui import files
from labdesk.gui.forms.plans_page_ui import Ui_PlansPage
from labdesk.gui.session import GuiSession
from labdesk.services import calendar, plans
from labdesk.services.calendar import HolidayInfo
from labdesk.services.plans import PlanInfo, PlanProgress, ProgressCounts

FAIL = QColor("#C00000")


def _rate(counts: ProgressCounts) -> str:
    rate = counts.pass_rate
    return "—" if rate is None else f"{rate}%"


class Page(QWidget):
    COLUMNS = ("配额 / 地区 / 产品", "配额批次", "已抽样", "已接收", "拒收", "已检验", "已出报告", "不合格", "拒检",
               "合格率", "完成度")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_PlansPage()
        self.form.setupUi(self)
        self.plans: list[PlanInfo] = []
        self.progress: PlanProgress | None = None
        self.plan_model = QStandardItemModel(0, 5, self)
        self.plan_model.setHorizontalHeaderLabels(
            [self.tr("计划编号"), self.tr("名称"), self.tr("文号"), self.tr("抽查期间"), self.tr("批次")])
        self.form.planTable.setModel(self.plan_model)
        header = self.form.planTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.form.planTable.verticalHeader().setVisible(False)
        self.tree_model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.tree_model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.form.progressTree.setModel(self.tree_model)
        self.form.progressTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form.progressTree.header().setStretchLastSection(False)
        self.form.planTable.selectionModel().currentRowChanged.connect(self._plan_selected)
        self.form.institutionCombo.activated.connect(lambda _: self._load_progress())
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.importButton.clicked.connect(self._import_file)
        self.form.importBundledButton.clicked.connect(self._import_bundled)
        self.form.calendarButton.clicked.connect(self.open_calendar)
        can_manage = session.can(Permission.MANAGE_PLANS)
        for widget in (self.form.importButton, self.form.importBundledButton, self.form.bundledCombo):
            widget.setEnabled(can_manage)
        self.form.calendarButton.setEnabled(can_manage or session.can(Permission.MANAGE_SETTINGS))
        for path in plans.bundled_plan_files():
            self.form.bundledCombo.addItem(path.stem, str(path))
        self.form.splitter.setSizes([200, 500])

    # plan list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: plans.list_plans(ctx, actor), on_success=self._show_plans, parent=self)

    def _show_plans(self, rows: list[PlanInfo]) -> None:
        current = self.selected_plan()
        self.plans = rows
        self.plan_model.removeRows(0, self.plan_model.rowCount())
        for info in rows:
            period = "～".join(d.isoformat() for d in (info.period_start, info.period_end) if d)
            self.plan_model.appendRow([QStandardItem(x) for x in (info.code, info.title, info.document_no, period,
                                                                  str(info.total_batches))])
        self.form.planTable.resizeColumnsToContents()
        if rows:
            index = next((i for i, p in enumerate(rows) if current and p.id == current.id), 0)
            self.form.planTable.selectRow(index)

    def selected_plan(self) -> PlanInfo | None:
        index = self.form.planTable.currentIndex()
        if not index.isValid() or index.row() >= len(self.plans):
            return None
        return self.plans[index.row()]

    def select_plan(self, code: str) -> bool:
        for row, info in enumerate(self.plans):
            if info.code == code:
                self.form.planTable.selectRow(row)
                return True
        return False

    def focus_item(self, item: object) -> None:
        code = getattr(item, "code", "")
        if code:
            self.select_plan(code)

    def _plan_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = self.selected_plan()
        if info is None:
            return
        self.form.planTitleLabel.setText(info.title)
        deadlines = [
            (self.tr("报告送达"), info.report_deadline), (self.tr("汇总和分析报告"), info.summary_deadline),
            (self.tr("e-CQS 录入"), info.ecqs_deadline)]
        text = self.tr("%1　%2　期限：%3").replace("%1", info.issuing_authority).replace("%2", info.document_no)
        text = text.replace("%3", "；".join(f"{label} {d.isoformat()}" for label, d in deadlines if d))
        unjudged = [p.name_zh for p in info.products if not p.judged]
        if unjudged:
            text += "\n" + self.tr("无判定规则的产品：") + "、".join(unjudged)
        self.form.planInfoLabel.setText(text)
        combo = self.form.institutionCombo
        combo.blockSignals(True)
        combo.clear()
        institutions = list(dict.fromkeys(q.institution for q in info.quotas))
        if info.institution and info.institution in institutions:
            institutions.remove(info.institution)
            institutions.insert(0, info.institution)
        for name in institutions:
            combo.addItem(name, name)
        combo.addItem(self.tr("全部承检机构"), "")
        combo.blockSignals(False)
        self._load_progress()

    # dashboard ----------------------------------------------------------------------------
    def _load_progress(self) -> None:
        info = self.selected_plan()
        if info is None:
            return
        institution = self.form.institutionCombo.currentData()
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(
            lambda: plans.plan_progress(ctx, actor, info.id, institution=institution if institution is not None
                                        else None),
            on_success=self._show_progress, parent=self)

    def _row(self, label: str, quota: str, counts: ProgressCounts, completion: str) -> list[QStandardItem]:
        values = [label, quota, counts.sampled, counts.received, counts.rejected, counts.tested, counts.reported,
                  counts.failed, counts.refused, _rate(counts), completion]
        cells = [QStandardItem(str(v)) for v in values]
        for cell in cells[1:]:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if counts.failed or counts.refused:
            cells[7].setForeground(QBrush(FAIL))
            cells[8].setForeground(QBrush(FAIL))
        return cells

    def _show_progress(self, progress: PlanProgress) -> None:
        self.progress = progress
        model = self.tree_model
        model.removeRows(0, model.rowCount())
        for quota in progress.quotas:
            top = self._row(quota.label, str(quota.quota.batches), quota.counts,
                            f"{quota.completion}%（{self.tr('余')} {quota.remaining}）")
            for region in quota.by_region:
                top[0].appendRow(self._row(f"{self.tr('地区')}：{region.region}", "", region.counts, ""))
            if len(quota.by_product) > 1:
                for product in quota.by_product:
                    top[0].appendRow(self._row(f"{self.tr('产品')}：{product.name_zh}", "", product.counts, ""))
            model.appendRow(top)
        totals = progress.totals
        model.appendRow(self._row(self.tr("合计"), str(progress.total_batches), totals, ""))
        self.form.progressTree.expandAll()
        self.form.totalsLabel.setText(
            self.tr("配额 %1 批次，已抽样 %2，出具报告 %3，不合格 %4，拒检 %5，合格率 %6")
            .replace("%1", str(progress.total_batches)).replace("%2", str(totals.sampled))
            .replace("%3", str(totals.reported)).replace("%4", str(totals.failed))
            .replace("%5", str(totals.refused)).replace("%6", _rate(totals))
            + (self.tr("；其中老年用品 %1 批").replace("%1", str(progress.elderly)) if progress.elderly else ""))

    def open_calendar(self) -> None:
        dialog = CalendarDialog(self.session, self)
        dialog.exec()

    # import -------------------------------------------------------------------------------
    def _import_file(self) -> None:
        name, _ = files.get_open_file_name(self, self.tr("导入抽查计划"), "", self.tr("计划文件 (*.toml)"))
        if name:
            self.import_path(Path(name))

    def _import_bundled(self) -> None:
        path = self.form.bundledCombo.currentData()
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: plans.import_plan_file(ctx, actor, path), on_success=self._imported,
                                parent=self)

    def _imported(self, info: PlanInfo) -> None:
        QMessageBox.information(self, self.tr("导入抽查计划"),
                                self.tr("已导入「%1」，共 %2 批次。").replace("%1", info.title)
                                .replace("%2", str(info.total_batches)))
        self.refresh()


class CalendarDialog(QDialog):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("工作日历"))
        self.rows: list[HolidayInfo] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox(self)
        self.year.setRange(2004, 2100)
        self.year.setValue(session.ctx.today().year)
        self.coverage = QLabel(self)
        year_label = QLabel(self.tr("年份(&Y)"), self)
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.coverage, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("类型"), self.tr("名称")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        add = QHBoxLayout()
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.kind = QComboBox(self)
        for key, label in calendar.KINDS.items():
            self.kind.addItem(label, key)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("如：国庆节、国庆调休"))
        self.add_button = QPushButton(self.tr("添加/修改(&A)"), self)
        self.delete_button = QPushButton(self.tr("删除(&D)"), self)
        for widget in (self.day, self.kind, self.name, self.add_button, self.delete_button):
            add.addWidget(widget)
        layout.addLayout(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(lambda _: self.reload())
        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self._delete)
        self.resize(560, 420)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        covered = calendar.package_covers(year)
        self.coverage.setText(self.tr("chinesecalendar 已包含该年安排；本表的记录优先。") if covered else
                              self.tr("chinesecalendar 未包含该年：请按国务院通知补录，否则按周一至周五计算。"))
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: calendar.list_holidays(ctx, actor, year), on_success=self._show, parent=self)

    def _show(self, rows: list[HolidayInfo]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate((row.day.isoformat(), calendar.KINDS[row.kind], row.name)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def _add(self) -> None:
        value = self.day.date()
        day = dt.date(value.year(), value.month(), value.day())
        kind, name = self.kind.currentData(), self.name.text()
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: calendar.set_holiday(ctx, actor, day, kind, name),
                                on_success=lambda _: self.reload(), parent=self)

    def _delete(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        day = self.rows[index].day
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: calendar.delete_holiday(ctx, actor, day), on_success=lambda _: self.reload(),
                                parent=self)
