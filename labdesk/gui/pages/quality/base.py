"""One tab of the 质量体系 page: a table, a button row, background loading through the session runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from labdesk.domain.permissions import Permission
from labdesk.gui.pages.quality.common import FormDialog, make_table
from labdesk.gui.session import GuiSession


class Tab(QWidget):
    HEADERS: Sequence[str] = ()

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[Any] = []
        self.layout_ = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.layout_.addLayout(self.buttons)
        self.table: QTableWidget = make_table(self, [self.tr(h) for h in self.HEADERS])
        self.layout_.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.layout_.addWidget(self.status)

    @property
    def manager(self) -> bool:
        return self.session.can(Permission.MANAGE_QUALITY)

    def button(self, text: str, slot: Callable[[], None], *, enabled: bool = True) -> QPushButton:
        button = QPushButton(self.tr(text), self)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)
        self.button("刷新", self.refresh)

    def call(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        """Run a service call off the GUI thread; errors are shown by the runner, then refresh."""
        def success(result: Any) -> None:
            if done is not None:
                done(result)
            self.refresh()

        self.session.runner.run(fn, on_success=success, parent=self)

    def load(self, fn: Callable[[], list[Any]]) -> None:
        self.session.runner.run(fn, on_success=self._loaded, parent=self)

    def _loaded(self, rows: list[Any]) -> None:
        self.rows = rows
        self.show_rows(rows)
        self.status.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))

    def show_rows(self, rows: list[Any]) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def current(self) -> Any | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def ask(self, dialog: FormDialog) -> dict[str, object] | None:
        return dialog.values() if dialog.exec() == FormDialog.DialogCode.Accepted else None
