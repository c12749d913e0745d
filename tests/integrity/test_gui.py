"""The admin page's integrity check with progress, the start-up warning and the daily backup (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from labdesk.gui.main_window import MainWindow
from labdesk.gui.pages.admin import Page as AdminPage
from labdesk.gui.pages.admin_integrity import IntegrityTab
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import settings
from labdesk.services.context import Actor, ServiceContext

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _tab(page: AdminPage) -> IntegrityTab:
    tabs = [t for t in page.children_tabs if isinstance(t, IntegrityTab)]
    assert len(tabs) == 1
    return tabs[0]


def test_admin_page_checks_the_database_and_names_a_break(
    qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    page = AdminPage(GuiSession(ctx, actors["admin"], runner))
    qtbot.addWidget(page)
    tab = _tab(page)
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.last is not None, timeout=20000)
    assert tab.last is not None and tab.last.ok
    assert "数据库完整" in tab.message.text() and tab.breaks.count() == 0
    with ctx.engine.begin() as connection:
        connection.execute(text("UPDATE user_roles SET role = 'admin' WHERE role = 'tester'"))
    tab.last = None
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.last is not None, timeout=20000)
    assert tab.last is not None and not tab.last.ok
    items = [tab.breaks.item(i).text() for i in range(tab.breaks.count())]
    assert any(item.startswith("角色授权 #") for item in items)
    assert not any("user_roles" in item for item in items)  # no internal names on screen
    assert "发现" in tab.message.text()


def test_start_up_warns_an_admin_of_a_broken_tail_only(
    qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    with ctx.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET username = 'nobody' WHERE seq = "
                                "(SELECT max(seq) FROM audit_events)"))
    admin = MainWindow(GuiSession(ctx, actors["admin"], runner))
    qtbot.addWidget(admin)
    qtbot.waitUntil(lambda: bool(admin.background_checks.warnings), timeout=20000)
    boxes = [b for b in admin.findChildren(QMessageBox) if b.objectName() == "integrityWarning"]
    assert boxes and "哈希链" in boxes[0].text()
    tester = MainWindow(GuiSession(ctx, actors["tester"], runner))
    qtbot.addWidget(tester)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=20000)
    assert not [b for b in tester.findChildren(QMessageBox) if b.objectName() == "integrityWarning"]


def test_daily_backup_runs_at_start_up_into_the_configured_folder(
    qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], runner: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    settings.set_value(ctx, actors["admin"], "backup.folder", str(folder))
    settings.set_value(ctx, actors["admin"], "backup.keep_days", 3)
    window = MainWindow(GuiSession(ctx, actors["receptionist"], runner))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.background_checks.last_backup is not None, timeout=20000)
    written = list(folder.glob("labdesk-*.sqlite3"))
    assert len(written) == 1 and written[0].stat().st_size > 0
    with pytest.raises(Exception, match="备份保留天数"):
        settings.set_value(ctx, actors["admin"], "backup.keep_days", 0)
