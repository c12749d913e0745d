"""抽样: the enterprise directory, the random draw, sampling tasks (quality manager) and a sampler's own tasks."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from labdesk.domain.permissions import Permission
from labdesk.gui.pages.sampling.common import PdfSaver
from labdesk.gui.pages.sampling.directory_tab import DirectoryTab
from labdesk.gui.pages.sampling.draw_tab import DrawTab
from labdesk.gui.pages.sampling.samplers_tab import SamplersTab
from labdesk.gui.pages.sampling.tasks_tab import TasksTab
from labdesk.gui.session import GuiSession


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saver = PdfSaver()
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.mine = TasksTab(session, self.saver, mine=True, parent=self)
        self.tabs.addTab(self.mine, self.tr("我的抽样任务"))
        self.directory: DirectoryTab | None = None
        self.draw: DrawTab | None = None
        self.tasks: TasksTab | None = None
        self.samplers: SamplersTab | None = None
        if session.can(Permission.MANAGE_SAMPLING):
            self.directory = DirectoryTab(session, self)
            self.draw = DrawTab(session, self.saver, self)
            self.tasks = TasksTab(session, self.saver, mine=False, parent=self)
            self.tabs.addTab(self.directory, self.tr("被抽样对象名录库"))
            self.tabs.addTab(self.draw, self.tr("随机抽取"))
            self.tabs.addTab(self.tasks, self.tr("抽样任务"))
            self.samplers = SamplersTab(session, self)
            self.tabs.addTab(self.samplers, self.tr("抽样人员名录"))
            self.tabs.setCurrentWidget(self.draw)
        self.tabs.currentChanged.connect(lambda _: self.refresh())

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None:
            refresh()

    def focus_item(self, item: object) -> None:
        """From the home screen: a sampler's task opens 我的抽样任务; anything else the manager's task list."""
        kind = getattr(item, "kind", "")
        target = self.mine if kind == "sampling_task" or self.tasks is None else self.tasks
        self.tabs.setCurrentWidget(target)
        target.refresh()
