"""结果审核: all replicates (discarded ones too), derived values, verdicts, rule set, history, photos;
return with a comment, pass to signing, order a re-determination."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPixmap, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QTableWidgetItem, QWidget

from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import STATE_NAMES_ZH, SampleState
from labdesk.gui.forms.review_page_ui import Ui_ReviewPage
from labdesk.gui.pages.testing import VERDICT_ZH, fill_history
from labdesk.gui.session import GuiSession
from labdesk.gui.widgets.result_grid import ResultGrid
from labdesk.services import review
from labdesk.services.context import BEIJING
from labdesk.services.deadlines import DueItem
from labdesk.services.review import ReviewQueueEntry, ReviewView

PHOTO_KINDS = {"seal": "封条", "package": "包装", "form": "抽样单", "label": "标签", "unsealing": "启封",
               "other": "其他"}
ACTION_NAMES = {"submit": "提交", "return": "退回", "approve": "通过", "redetermine": "复测"}


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_ReviewPage()
        self.form.setupUi(self)
        self.grid = ResultGrid(self)
        self.form.gridHost.addWidget(self.grid)
        self.form.queuePanel.setMinimumWidth(230)
        self.form.splitter.setSizes([250, 1000, 340])
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("盲样编号"), self.tr("产品"), self.tr("状态"), self.tr("判定")])
        self.form.queueTable.setModel(self.model)
        self.form.queueTable.verticalHeader().setVisible(False)
        self.form.queueTable.horizontalHeader().setStretchLastSection(True)
        self.form.refusalLabel.setStyleSheet("color: #c62828; font-weight: bold;")
        self.queue: list[ReviewQueueEntry] = []
        self.view: ReviewView | None = None
        from labdesk.gui.widgets.frozen_column import freeze_first_column

        self.frozen = freeze_first_column(self.form.determinationTable)  # 项目 never scrolls away
        self.form.queueTable.activated.connect(self._open_row)
        self.form.queueTable.clicked.connect(self._open_row)
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.returnButton.clicked.connect(self.return_sample)
        self.form.approveButton.clicked.connect(self.approve)
        self.form.redetermineButton.clicked.connect(self.redetermine)
        self.form.photoList.currentItemChanged.connect(self._show_photo)
        self.form.redetermineButton.setVisible(session.can(Permission.ORDER_REDETERMINATION))
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.approve)
        self._buttons(False)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: review.review_queue(ctx, actor), on_success=self._show_queue, parent=self)

    def _show_queue(self, rows: list[ReviewQueueEntry]) -> None:
        self.queue = rows
        self.model.removeRows(0, self.model.rowCount())
        for e in rows:
            self.model.appendRow([QStandardItem(t) for t in (
                e.blind_code, e.product_name_zh, STATE_NAMES_ZH[SampleState(e.state)],
                VERDICT_ZH.get(e.verdict or "", ""))])
        self.form.queueTable.resizeColumnsToContents()

    def _open_row(self, index: object) -> None:
        row = index.row()  # type: ignore[attr-defined]
        if 0 <= row < len(self.queue):
            self.open_sample(self.queue[row].sample_id)

    def focus_item(self, item: DueItem) -> None:
        if item.sample_id is not None:
            self.open_sample(item.sample_id)

    def open_code(self, code: str) -> bool:
        for e in self.queue:
            if e.blind_code == code.strip():
                self.open_sample(e.sample_id)
                return True
        return False

    def open_sample(self, sample_id: int) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: review.review_view(ctx, actor, sample_id), on_success=self.show_view,
                                parent=self)

    def _buttons(self, enabled: bool) -> None:
        for b in (self.form.returnButton, self.form.approveButton):
            b.setEnabled(enabled)
        # a re-determination is ordered while the sample is under review, never after approval
        self.form.redetermineButton.setEnabled(
            self.view is not None and self.view.state == SampleState.SUBMITTED.value)

    def show_view(self, view: ReviewView) -> None:
        if self.view is None or self.view.sample_id != view.sample_id:
            self.form.photoLabel.clear()  # never the previous sample's photo
        self.view = view
        self.form.sampleLabel.setText(
            self.tr("<b>%1</b>　%2　%3<br>规则集：%4　版本 %5（目录 %6）").replace("%1", view.blind_code)
            .replace("%2", view.product_name_zh).replace("%3", STATE_NAMES_ZH[SampleState(view.state)])
            .replace("%4", view.ruleset_name_zh).replace("%5", view.ruleset_version)
            .replace("%6", view.catalogue_version))
        self.form.refusalLabel.setText(view.refusal)
        if view.sheet is not None:
            self.grid.load(view.sheet, RuleSet.from_dict(view.sheet.ruleset), read_only=True)
        color = {"pass": "#1b7f3a", "fail": "#c62828"}.get(view.verdict, "#a15c00")
        grade = self.tr("　等级：%1").replace("%1", view.grade) if view.grade else ""
        self.form.verdictLabel.setText(f"<b style='color:{color}'>{self.tr('判定')}："
                                       f"{VERDICT_ZH.get(view.verdict, view.verdict)}</b>{grade}　{view.conclusion}")
        self._fill_determinations(view)
        fill_history(self.form.historyTable, view.history)
        self.form.photoList.clear()
        for p in view.photos:
            item = QListWidgetItem(f"{PHOTO_KINDS.get(p.kind, p.kind)}（{p.stage}）"
                                   f"{p.captured_at.astimezone(BEIJING):%m-%d %H:%M}  {p.width}×{p.height}")
            item.setData(256, p.id)
            self.form.photoList.addItem(item)
        self.form.sideTabs.setTabText(1, self.tr("照片（%1）").replace("%1", str(len(view.photos))))
        comments = "".join(
            f"<p><b>{ACTION_NAMES.get(c.action, c.action)}</b> {c.username} "
            f"{c.at.astimezone(BEIJING):%m-%d %H:%M} {c.item_code or ''}<br>{c.comment}</p>"
            for c in view.comments)
        rules = view.evaluation.get("items", {})
        requirement_rows = "".join(
            f"<tr><td>{code}</td><td>{r.get('requirement') or ''}</td><td>{r.get('value') or ''}</td>"
            f"<td>{VERDICT_ZH.get(r.get('verdict'), '') if r.get('verdict') != 'none' else ''}</td></tr>"
            for code, r in rules.items() if r.get("requirement"))
        self.form.rulesText.setHtml(
            f"<p><b>{view.ruleset_name_zh}</b><br>{view.ruleset_basis_zh}<br>"
            f"{self.tr('版本')} {view.ruleset_version} / {self.tr('目录')} {view.catalogue_version}</p>"
            f"<table border='1' cellspacing='0' cellpadding='2'><tr><th>项目</th><th>要求</th><th>结果</th>"
            f"<th>判定</th></tr>{requirement_rows}</table><hr>{comments}")
        submitted = view.state == SampleState.SUBMITTED.value
        self._buttons(submitted and view.may_review)
        self.form.messageLabel.clear()

    def _fill_determinations(self, view: ReviewView) -> None:
        table = self.form.determinationTable
        headers = ["项目", "轮次", "次序", "测定值", "状态", "来源", "录入人", "时间"]
        rows = [(item, d) for item in view.items for d in item.determinations]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(rows))
        for r, (item, d) in enumerate(rows):
            current = d.active and d.round == item.round
            state = self.tr("有效") if current else (self.tr("已删除") if not d.active else self.tr("前轮（已复测）"))
            cells = [item.code, str(d.round), str(d.seq), d.value_text, state,
                     self.tr("仪器导入") if d.source == "import" else self.tr("手工录入"), d.entered_by,
                     d.entered_at.astimezone(BEIJING).strftime("%m-%d %H:%M")]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if not current:
                    cell.setForeground(QBrush(QColor("#888888")))
                    if c == 3:
                        font = cell.font()
                        font.setStrikeOut(True)
                        cell.setFont(font)
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)

    def _show_photo(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        photo_id = current.data(256)
        ctx, actor = self.session.ctx, self.session.actor

        shown_for = self.view.sample_id if self.view is not None else None

        def show(data: bytes) -> None:
            if self.view is None or self.view.sample_id != shown_for:
                return  # the user has moved on to another sample
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self.form.photoLabel.setPixmap(pixmap.scaled(self.form.photoLabel.size(), Qt.AspectRatioMode.KeepAspectRatio))

        self.session.runner.run(lambda: review.photo_jpeg(ctx, actor, photo_id), on_success=show, parent=self)

    def _after(self, view: ReviewView, message: str) -> None:
        self.show_view(view)
        self.form.messageLabel.setStyleSheet("color: #1b7f3a;")
        self.form.messageLabel.setText(message)
        self.form.commentEdit.clear()
        self.refresh()

    def return_sample(self) -> None:
        if self.view is None:
            return
        comment = self.form.commentEdit.toPlainText().strip()
        if not comment:
            self.form.messageLabel.setStyleSheet("color: #c62828;")
            self.form.messageLabel.setText(self.tr("退回须填写审核意见。"))
            self.form.commentEdit.setFocus()
            return
        ctx, actor, sid = self.session.ctx, self.session.actor, self.view.sample_id
        self.session.runner.run(lambda: review.return_sample(ctx, actor, sid, comment),
                                on_success=lambda v: self._after(v, self.tr("已退回检验员。")), parent=self)

    def approve(self) -> None:
        if self.view is None or not self.form.approveButton.isEnabled():
            return
        ctx, actor, sid = self.session.ctx, self.session.actor, self.view.sample_id
        comment = self.form.commentEdit.toPlainText().strip()
        self.session.runner.run(lambda: review.approve_sample(ctx, actor, sid, comment),
                                on_success=lambda v: self._after(v, self.tr("审核通过，已转签发。")), parent=self)

    def redetermine(self) -> None:
        if self.view is None:
            return
        r = self.grid.currentRow()
        if r < 0 or self.grid.rows[r].kind == "derived":
            QMessageBox.information(self, self.tr("安排复测"), self.tr("请先在表格中选择一个检测项目。"))
            return
        code = self.grid.rows[r].code
        reason = self.form.commentEdit.toPlainText().strip()
        if not reason:
            self.form.messageLabel.setStyleSheet("color: #c62828;")
            self.form.messageLabel.setText(self.tr("请在审核意见中填写复测原因。"))
            self.form.commentEdit.setFocus()
            return
        ctx, actor, sid = self.session.ctx, self.session.actor, self.view.sample_id
        self.session.runner.run(
            lambda: review.order_redetermination(ctx, actor, sid, code, reason),
            on_success=lambda v: self._after(v, self.tr("已安排 %1 复测。").replace("%1", code)), parent=self)


__all__ = ["Page"]
