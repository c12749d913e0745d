"""Every page fits 1366×768, and 1920×1080 at 150 %, with the window maximised (issue 13 item 1).

The demo database gives the pages realistic content; every page is opened for every demo user.
The main window's minimum size must fit the screen less a taskbar, and every push button outside a
scroll area must lie inside the window once it is sized to that screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from labdesk.demo import DEMO_PASSWORD, run_demo
from labdesk.demo.seed import DEMO_USERS
from labdesk.gui.main_window import MainWindow
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import auth
from labdesk.services.context import ServiceContext
from labdesk.services.database import open_database

# logical sizes, less a 40 px taskbar: 1366×768 at 100 %, and 1920×1080 at 150 % (QT_SCALE_FACTOR=1.5)
SCREENS = ((1366, 768 - 40), (1920 * 2 // 3, (1080 - 40) * 2 // 3))
SCREEN_WIDTH, SCREEN_HEIGHT = min(w for w, _h in SCREENS), min(h for _w, h in SCREENS)


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    path = tmp_path_factory.mktemp("fit") / "demo.sqlite3"
    run_demo(f"sqlite:///{path}")
    ctx = open_database(f"sqlite:///{path}")
    yield ctx
    ctx.engine.dispose()


def _in_scroll_area(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _buttons_outside(window: MainWindow, page: QWidget) -> list[str]:
    visible = QRect(QPoint(0, 0), window.size())
    outside = []
    for button in page.findChildren(QPushButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, page):
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        if not visible.contains(QRect(top_left, button.size())):
            outside.append(f"{button.text()}@{top_left.x()},{top_left.y()}")
    return outside


def _settle(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
    qtbot.wait(50)


@pytest.mark.parametrize("username", [u for u, _name, _roles in DEMO_USERS])
def test_every_page_fits_the_screen(qtbot: QtBot, demo_ctx: ServiceContext, runner: TaskRunner,
                                  username: str, tmp_path: Path) -> None:
    actor = auth.login(demo_ctx, username, DEMO_PASSWORD)
    window = MainWindow(GuiSession(demo_ctx, actor, runner))
    qtbot.addWidget(window)
    window.resize(*SCREENS[0])
    window.show()
    assert window.page_keys
    too_big: list[str] = []
    cut_off: list[str] = []
    for key in window.page_keys:
        page = window.navigate(key)
        _settle(qtbot, runner)
        hint = window.minimumSizeHint()
        if hint.width() > SCREEN_WIDTH or hint.height() > SCREEN_HEIGHT:
            too_big.append(f"{key}: {hint.width()}×{hint.height()}")
        for width, height in SCREENS:
            window.resize(width, height)
            qtbot.wait(20)
            cut_off += [f"{key} at {width}×{height}: {b}" for b in _buttons_outside(window, page)]
    assert not too_big, f"{username}: the window cannot shrink to {SCREEN_WIDTH}×{SCREEN_HEIGHT}: {too_big}"
    assert not cut_off, f"{username}: buttons outside the window: {cut_off}"
    window.close()
