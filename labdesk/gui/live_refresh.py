"""Benches refresh themselves when another bench changes something (issue 13 item 14).

A timer polls the change counter off the GUI thread every few seconds; when it moved, the
shown page's ``refresh`` runs if the page is one of the lists below.  Those refreshes reload
queues and lists only: values being typed in a result grid are never touched.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from labdesk.gui.session import GuiSession
from labdesk.services.changes import change_counter

log = logging.getLogger(__name__)
LIVE_PAGES = ("home", "testing", "review", "signing")
INTERVAL_MS = 4000


class LiveRefresh(QObject):
    def __init__(self, window: QMainWindow, session: GuiSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.seen: int | None = None
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def tick(self) -> None:
        if self.session.runner.closed:  # the window's runner has shut down (closing, or a test finished)
            self.timer.stop()
            return
        if self.busy:
            return
        self.busy = True
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: change_counter(ctx, actor), on_success=self._counted,
                                on_failure=self._failed, parent=None)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        log.info("change counter not read: %s", error)  # the next tick tries again; nothing to tell the user

    def _counted(self, value: int) -> None:
        self.busy = False
        changed = self.seen is not None and value != self.seen
        self.seen = value
        if changed:
            self.refresh_shown()

    def refresh_shown(self) -> None:
        stack = getattr(getattr(self.window, "form", None), "pageStack", None)
        page = stack.currentWidget() if stack is not None else None
        if page is None or page.objectName().removeprefix("page_") not in LIVE_PAGES:
            return
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()


def start_live_refresh(window: QMainWindow, session: GuiSession) -> LiveRefresh:
    live = LiveRefresh(window, session)
    live.start()
    return live
