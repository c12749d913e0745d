"""The settings page validates as typed and previews numbering patterns (issue 13 items 5 and 9)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from labdesk.gui.pages.admin import SettingsTab
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import settings
from labdesk.services.context import Actor, ServiceContext

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE
def test_settings_page_refuses_on_the_page_and_previews_numbers(
    qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    tab = SettingsTab(GuiSession(ctx, actors["admin"], runner))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.edits["label.width_mm"].text() == "60")
    width = tab.edits["label.width_mm"]
    width.selectAll()
    qtbot.keyClicks(width, "abc")  # the validator refuses letters as they are typed
    assert width.text() == "60"  # unchanged
    width.setText("500")
    tab.save_button.click()
    assert tab.message.text() == "标签宽度：应在 30～200 mm 之间，现为 500。"
    assert "示例：2021DL0001" in tab.previews["numbering.sample_pattern"].text()
    tab.edits["numbering.sample_pattern"].setText("{year}{foo}")
    assert "未知字段 foo" in tab.previews["numbering.sample_pattern"].text()
    width.setText("70")
    tab.edits["numbering.sample_pattern"].setText("{year}{product}{seq:04d}")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "已保存 1 项设置" in tab.message.text())
    assert settings.get(ctx, "label.width_mm") == 70
