"""工作台: what is due and overdue for the user's roles, shown first after login."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from labdesk.gui.forms.home_page_ui import Ui_HomePage
from labdesk.gui.session import GuiSession
from labdesk.services import worker_jobs
from labdesk.services.deadlines import DueItem

OVERDUE = QColor("#C00000")
TODAY = QColor("#B36B00")


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_HomePage()
        self.form.setupUi(self)
        self.items: list[DueItem] = []
        self.shown: list[DueItem] = []
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("到期日"), self.tr("状态"), self.tr("事项"), self.tr("编号"), self.tr("对象")])
        table = self.form.dueTable
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.clicked.connect(self._open_index)  # one click opens it (Enter too)
        QShortcut(QKeySequence(Qt.Key.Key_Return), table).activated.connect(self.open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), table).activated.connect(self.open_current)
        self.form.openButton.clicked.connect(self.open_current)
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.overdueOnlyCheck.toggled.connect(lambda _: self._fill())

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.form.statusLabel.setText(self.tr("正在读取…"))
        # in the worker process: the grouping never holds the GUI's interpreter (issue 18)
        self.session.runner.run_job(worker_jobs.due_items_job, ctx, actor, on_success=self._show, parent=self)

    def _show(self, items: list[DueItem]) -> None:
        self.items = items
        self._fill()

    def _fill(self) -> None:
        only_overdue = self.form.overdueOnlyCheck.isChecked()
        self.shown = [i for i in self.items if i.overdue or not only_overdue]
        self.model.removeRows(0, self.model.rowCount())
        for item in self.shown:
            cells = [QStandardItem(item.due_on.isoformat()), QStandardItem(item.due_text), QStandardItem(item.title),
                     QStandardItem(item.code), QStandardItem(item.detail)]
            if item.overdue or item.days_left == 0:
                brush = QBrush(OVERDUE if item.overdue else TODAY)
                for cell in cells[:3]:
                    cell.setForeground(brush)
            self.model.appendRow(cells)
        self.form.dueTable.resizeColumnsToContents()
        overdue = sum(1 for i in self.items if i.overdue)
        self.form.summaryLabel.setText(self.tr("待办 %1 项，其中逾期 %2 项").replace("%1", str(len(self.items)))
                                       .replace("%2", str(overdue)))
        self.form.statusLabel.setText(self.tr("没有待办事项。") if not self.items else "")
        if self.shown:
            self.form.dueTable.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_item(index.row())

    def open_current(self) -> None:
        index = self.form.dueTable.currentIndex()
        if index.isValid():
            self.open_item(index.row())

    def open_item(self, row: int) -> bool:
        """Go to the page that handles the item, and open the sample or plan there when it can."""
        if row >= len(self.shown):
            return False
        item = self.shown[row]
        window = self.window()
        navigate = getattr(window, "navigate", None)
        keys = getattr(window, "page_keys", [])
        if navigate is None or item.page not in keys:
            self.form.statusLabel.setText(self.tr("您没有办理此事项的页面。"))
            return False
        page = navigate(item.page)
        focus = getattr(page, "focus_item", None)
        if focus is not None:
            focus(item)
        elif item.code:
            opener = getattr(page, "open_code", None)
            if opener is not None:
                opener(item.code)
        return True
