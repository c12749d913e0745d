"""质量体系: equipment, authorisations, reference materials, runs, control charts, nonconformities,
sample storage and environmental conditions.

The quality manager manages everything; testers see the registers (read-only), build runs and
enter control results, and may report a nonconformity.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from labdesk.gui.pages.quality.facilities import EnvironmentTab, StorageTab
from labdesk.gui.pages.quality.registers import AuthorisationTab, EquipmentTab, MaterialTab
from labdesk.gui.pages.quality.work import ChartTab, NonconformityTab, RunTab
from labdesk.gui.session import GuiSession


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        QVBoxLayout(self).addWidget(self.tabs)
        self.equipment = EquipmentTab(session, self)
        self.authorisations = AuthorisationTab(session, self)
        self.materials = MaterialTab(session, self)
        self.runs = RunTab(session, self)
        self.charts = ChartTab(session, self)
        self.nonconformities = NonconformityTab(session, self)
        self.storage = StorageTab(session, self)
        self.environment = EnvironmentTab(session, self)
        for tab, title in ((self.equipment, "仪器设备"), (self.authorisations, "人员授权"), (self.materials, "标准物质"),
                           (self.runs, "检验批次"), (self.charts, "控制图"), (self.nonconformities, "不符合工作"),
                           (self.storage, "样品存放"), (self.environment, "环境条件")):
            self.tabs.addTab(tab, self.tr(title))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None:
            refresh()

    def focus_item(self, item: object) -> None:
        """From the home screen: open the tab the reminder belongs to."""
        kind = getattr(item, "kind", "")
        target = {"equipment": self.equipment, "nonconformity": self.nonconformities, "run": self.runs}.get(kind)
        if target is not None:
            self.tabs.setCurrentWidget(target)
            self.refresh()
