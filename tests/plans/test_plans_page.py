"""The plans page: list, import, and the dashboard showing the seed plan's quotas (offscreen)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from labdesk.gui.application import load_font
from labdesk.gui.pages.plans import Page
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.paths import resource
from tests.logistics import factory


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_dashboard_shows_seed_plan_quotas(qtbot: QtBot, ctx, actors, runner) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    plan = factory.seed_plan(ctx, qm)
    unit = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同")
    sid = factory.sample(ctx, plan, "power_coal", unit, "大同", state="received")
    factory.report(ctx, sid, actors["signatory"], __import__("datetime").date(2021, 8, 20), factory.FAIL_ITEMS,
                   "fail")
    page = Page(GuiSession(ctx, qm, runner))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    model = page.tree_model
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5000)
    rows = [(model.item(r, 0).text(), model.item(r, 1).text()) for r in range(model.rowCount())]
    assert rows == [("动力用煤", "180"), ("冶金用煤", "100"), ("化工用原料煤", "70"), ("冶金焦炭、铸造焦炭", "50"),
                    ("合计", "400")]
    power = model.item(0, 0)
    assert [power.child(r, 0).text() for r in range(power.rowCount())] == [
        "地区：大同", "地区：朔州", "地区：忻州", "地区：阳泉", "地区：吕梁"]
    assert power.child(0, 2).text() == "1" and model.item(0, 7).text() == "1"  # sampled in 大同, 1 failing
    assert model.item(0, 9).text() == "0.0%"
    coke = model.item(3, 0)
    assert [coke.child(r, 0).text() for r in range(5, coke.rowCount())] == ["产品：冶金焦炭", "产品：铸造焦炭"]
    assert "晋市监发〔2021〕158号" in page.form.planInfoLabel.text()
    # every institution: 700 batches
    page.form.institutionCombo.setCurrentIndex(page.form.institutionCombo.count() - 1)
    page.form.institutionCombo.activated.emit(page.form.institutionCombo.count() - 1)
    qtbot.waitUntil(lambda: model.rowCount() == 9 and model.item(8, 1).text() == "700", timeout=5000)
    page.grab().save("/tmp/labdesk-plans-page.png")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_import_the_second_seed_plan(qtbot: QtBot, ctx, actors, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page = Page(GuiSession(ctx, actors["quality_manager"], runner))
    qtbot.addWidget(page)
    page.refresh()
    page.import_path(resource("plans", "shanxi-2021-mechanical-daily-textile.toml"))
    qtbot.waitUntil(lambda: len(page.plans) == 1, timeout=5000)
    assert page.plans[0].total_batches == 970
    receptionist = Page(GuiSession(ctx, actors["receptionist"], runner))
    qtbot.addWidget(receptionist)
    assert not receptionist.form.importButton.isEnabled()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_calendar_dialog_edits_the_holiday_table(qtbot: QtBot, ctx, actors, runner) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QDate

    from labdesk.domain.workdays import add_working_days
    from labdesk.gui.pages.plans import CalendarDialog
    from labdesk.services import calendar

    dialog = CalendarDialog(GuiSession(ctx, actors["quality_manager"], runner))
    qtbot.addWidget(dialog)
    dialog.year.setValue(2031)
    qtbot.waitUntil(lambda: "未包含" in dialog.coverage.text(), timeout=5000)
    dialog.day.setDate(QDate(2031, 10, 1))
    dialog.kind.setCurrentIndex(0)  # 法定节假日
    dialog.name.setText("国庆节")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 1).text() == "法定节假日"
    assert add_working_days(calendar.load_calendar(ctx), dt.date(2031, 9, 30), 1) == dt.date(2031, 10, 2)
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
