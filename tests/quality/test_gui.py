"""质量体系 page (pytest-qt, offscreen): registers with coloured status, manager-only buttons, runs, charts."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from labdesk.gui.application import load_font
from labdesk.gui.main_window import MainWindow
from labdesk.gui.pages.quality.registers import parse_certified, split_codes
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services.quality import environment, materials, runs, storage
from tests.quality.conftest import calibrated


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def test_parsers() -> None:
    assert split_codes("Mad Aad、St,ad；Vad") == ["Mad", "Aad", "St,ad", "Vad"]
    assert parse_certified("Aad=25.16±0.20; St,ad=0.85+-0.03") == {"Aad": ("25.16", "0.20"),
                                                                  "St,ad": ("0.85", "0.03")}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_quality_page_for_manager_and_tester(qtbot: QtBot, ctx, lab, qm, runner) -> None:  # type: ignore[no-untyped-def]
    calibrated(ctx, qm, "SB-001")
    calibrated(ctx, qm, "SB-002", due=dt.date(2021, 7, 31))
    crm = materials.register(ctx, qm, code="GBW11108", name="煤标样", lot="1",
                             certified={"Aad": ("25.16", "0.20")})
    sid = lab.make_sample("power_coal")
    run = runs.create_run(ctx, lab.actors["tester"], item_code="Aad", sample_ids=[sid], material_ids=[crm.id])
    runs.enter_position_value(ctx, lab.actors["tester"], run.positions[0].id, "25.60")
    storage.add_location(ctx, qm, "留样室", "A", "1", "01")
    environment.record_reading(ctx, qm, "量热室", "22.0", "40")
    window = MainWindow(GuiSession(ctx, qm, runner))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    assert "quality" in window.page_keys
    page = window.navigate("quality")
    table = page.equipment.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    assert [table.item(r, 5).text() for r in range(2)] == ["合格", "停用"]
    assert table.item(1, 5).background().color().name().upper() == "#C00000"
    assert "有效期" in table.item(1, 7).text()
    page.tabs.setCurrentWidget(page.runs)
    qtbot.waitUntil(lambda: page.runs.table.rowCount() == 1, timeout=5000)
    page.runs.table.selectRow(0)
    assert page.runs.table.item(0, 3).text().startswith("质控失败")
    assert page.runs.positions.item(0, 4).text() == "不合格"
    page.tabs.setCurrentWidget(page.charts)
    qtbot.waitUntil(lambda: page.charts.choice.count() == 1, timeout=5000)
    page.charts.show_chart()
    qtbot.waitUntil(lambda: page.charts.table.rowCount() == 1 and bool(page.charts.preview.pdf), timeout=8000)
    page.tabs.setCurrentWidget(page.nonconformities)
    qtbot.waitUntil(lambda: page.nonconformities.table.rowCount() >= 1, timeout=5000)
    window.grab().save("/tmp/labdesk-quality.png")

    tester_window = MainWindow(GuiSession(ctx, lab.actors["tester"], runner))
    qtbot.addWidget(tester_window)
    tester_page = tester_window.navigate("quality")
    assert not tester_page.equipment.buttons.itemAt(0).widget().isEnabled()  # 登记设备 is the manager's
    assert tester_page.runs.buttons.itemAt(0).widget().isEnabled()  # a tester builds runs
    assert "quality" not in MainWindow(GuiSession(ctx, lab.actors["reviewer"], runner)).page_keys
    clerk_window = MainWindow(GuiSession(ctx, lab.actors["receptionist"], runner))  # sample storage
    qtbot.addWidget(clerk_window)
    clerk_page = clerk_window.navigate("quality")
    clerk_page.tabs.setCurrentWidget(clerk_page.storage)
    qtbot.waitUntil(lambda: clerk_page.storage.table.rowCount() == 1, timeout=5000)
    assert clerk_page.storage.table.item(0, 0).text() == "留样室"
    clerk_page.tabs.setCurrentWidget(clerk_page.environment)
    qtbot.waitUntil(lambda: clerk_page.environment.table.rowCount() == 1, timeout=5000)
