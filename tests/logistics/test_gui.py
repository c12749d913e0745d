"""工作台 and 送达与处置 pages (pytest-qt, offscreen): due list → page, delivery, late objection, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from labdesk.gui import files
from labdesk.gui.application import load_font
from labdesk.gui.main_window import MainWindow
from labdesk.gui.pages import logistics_dialogs as dialogs
from labdesk.gui.pages.logistics import Page as LogisticsPage
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import logistics
from tests.logistics import factory

D = dt.date


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def world(ctx, actors, clock):  # type: ignore[no-untyped-def]
    clock.current = dt.datetime(2021, 8, 30, 2, 0, tzinfo=dt.UTC)  # after every event these tests record
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    unit = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同", "云冈区")
    bad = factory.sample(ctx, plan, "power_coal", unit, "大同", state="received")
    factory.report(ctx, bad, actors["signatory"], D(2021, 8, 1), factory.FAIL_ITEMS, "fail")
    return {"plan": plan, "bad": bad}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_home_lists_due_items_and_opens_the_page(qtbot: QtBot, ctx, actors, runner, world) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(GuiSession(ctx, actors["quality_manager"], runner))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.page_keys[0] == "home"
    home = window.page("home")
    qtbot.waitUntil(lambda: home.model.rowCount() > 0, timeout=5000)
    titles = [home.model.item(r, 2).text() for r in range(home.model.rowCount())]
    assert "不合格报告送省局质量监管处（出具后7日内）" in titles and "e-CQS 录入检验结果" in titles
    assert "逾期" in home.form.summaryLabel.text() or home.items[0].overdue is False
    window.grab().save("/tmp/labdesk-home.png")
    row = titles.index("不合格报告送省局质量监管处（出具后7日内）")
    assert home.open_item(row)
    page = window.page("logistics")
    assert window.form.pageStack.currentWidget() is page
    qtbot.waitUntil(lambda: page.form.pendingTable.currentIndex().isValid(), timeout=5000)
    assert page.form.tabs.currentWidget() is page.form.deliveriesTab
    assert page.pending[page.form.pendingTable.currentIndex().row()].duty == "fail_province"
    # the tester sees nothing to do
    tester = MainWindow(GuiSession(ctx, actors["tester"], runner))
    qtbot.addWidget(tester)
    tester_home = tester.page("home")
    tester_home.refresh()
    qtbot.waitUntil(lambda: tester_home.form.statusLabel.text() == "没有待办事项。", timeout=5000)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_delivery_late_objection_and_export(qtbot: QtBot, ctx, actors, runner, world, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    page = LogisticsPage(GuiSession(ctx, actors["quality_manager"], runner))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(page.pending) == 4, timeout=5000)  # enterprise, province, summary, bound volume
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True
    row = next(i for i, p in enumerate(page.pending) if p.duty == "fail_enterprise")
    page.form.pendingTable.selectRow(row)
    assert page.form.recipientEdit.text() == "大同市云冈煤业有限公司"
    page.form.methodCombo.setCurrentIndex(0)  # EMS
    page.form.trackingEdit.setText("1187654321")
    page.form.sentDate.setDate(QDate(2021, 8, 2))
    page.form.receivedCheck.setChecked(True)
    page.form.receivedDate.setDate(QDate(2021, 8, 4))
    page.form.recordDeliveryButton.click()
    qtbot.waitUntil(lambda: len(page.delivered) == 1, timeout=5000)
    assert page.delivered[0].received_on == D(2021, 8, 4)
    assert "送达方式：EMS" in asked[0] and "1187654321" in asked[0] and "2021-08-04" in asked[0]
    qtbot.waitUntil(lambda: len(page.candidates) == 1 and page.candidates[0].deadline_on is not None, timeout=5000)
    page.form.tabs.setCurrentWidget(page.form.objectionsTab)
    page.form.candidateTable.selectRow(0)
    page.form.filedDate.setDate(QDate(2021, 8, 25))  # deadline 19 Aug
    page.form.groundsEdit.setPlainText("对全硫结果有异议")
    page.form.fileObjectionButton.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "逾期 6 日" in warnings[0]
    qtbot.waitUntil(lambda: len(page.objections) == 1, timeout=5000)
    assert page.models["objections"].item(0, 3).text() == "不予受理"
    page.grab().save("/tmp/labdesk-logistics-objections.png")
    # exports with progress, off the GUI thread
    page.form.tabs.setCurrentWidget(page.form.exportsTab)
    page.form.exportDirEdit.setText(str(tmp_path / "exports"))
    page.form.boundCheck.setChecked(False)
    page.start_export()
    qtbot.waitUntil(lambda: "完成" in page.form.exportLog.toPlainText(), timeout=15000)
    assert len(list((tmp_path / "exports").iterdir())) == 5
    page.grab().save("/tmp/labdesk-logistics-exports.png")
    # the folder the export wrote can be opened from the notice (issue 13 item 15)
    opened: list[str] = []
    monkeypatch.setattr(files.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.waitUntil(lambda: getattr(page, "written", None) is not None and page.written.isVisible())
    button = next(b for b in page.written.buttons() if b.text() == "打开文件夹")
    button.click()
    assert opened == [str(tmp_path / "exports")]
    page.written.close()
    assert logistics.list_objections(ctx, actors["quality_manager"])[0].state == "refused"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_refusal_witnesses_shown_and_province_report_asks_date_method_reference(  # type: ignore[no-untyped-def]
        qtbot: QtBot, ctx, actors, runner, world) -> None:
    page = LogisticsPage(GuiSession(ctx, actors["quality_manager"], runner))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.form.enterpriseCombo.count() > 0 and page.form.productCombo.count() > 0,
                    timeout=5000)
    assert page.form.refusalDate.maximumDate() == QDate(2021, 8, 30)  # no date after today
    f = page.form
    f.refusalDate.setDate(QDate(2021, 8, 20))
    f.descriptionEdit.setPlainText("以价格不合理为由拒绝抽样")
    f.samplersEdit.setText("孙伟、周杰")
    f.witnessesEdit.setText("村委会 李明、县局 郝建国")
    f.recordRefusalButton.click()
    qtbot.waitUntil(lambda: len(page.refusals) == 1, timeout=5000)
    assert page.models["refusals"].item(0, 5).text() == "村委会 李明、县局 郝建国"
    dialog = dialogs.ProvinceReportDialog(dt.date(2021, 8, 30), page)
    assert dialog.date.maximumDate() == QDate(2021, 8, 30)
    dialog.date.setDate(QDate(2021, 8, 25))
    dialog.reference.setText("1180 2233 0912 4")
    values = dialog.values()
    assert values == {"reported_on": D(2021, 8, 25), "method": "ems", "reference": "1180 2233 0912 4"}
    logistics.report_refusal(ctx, actors["quality_manager"], page.refusals[0].id, **values)
    page.reload()
    qtbot.waitUntil(lambda: page.models["refusals"].item(0, 7) is not None
                    and "EMS" in page.models["refusals"].item(0, 7).text(), timeout=5000)
    assert page.models["refusals"].item(0, 7).text() == "2021-08-25 EMS 1180 2233 0912 4"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_retest_results_in_the_result_grid(qtbot: QtBot, ctx, actors, runner, world) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image

    qm = actors["quality_manager"]
    factory.determinations(ctx, world["bad"], {"Mt": ["7.9", "8.1"], "Mad": ["3.98", "4.02"],
                                              "Aad": ["15.90", "16.10"], "Vad": ["23.95", "24.05"],
                                              "St,ad": ["3.30", "3.32"], "Had": ["3.00", "3.00"],
                                              "Qb,ad": ["25000", "25100"]})
    logistics.record_delivery(ctx, actors["receptionist"], duty="fail_enterprise", method="direct", recipient="企业",
                              sent_on=D(2021, 8, 20), received_on=D(2021, 8, 20), sample_id=world["bad"])
    objection = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 8, 25), applicant="云冈",
                                         grounds="对全硫有异议")
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "JPEG")
    started = logistics.start_retest(ctx, qm, objection.id, seal_no_seen="FT-0001", photo_jpeg=buffer.getvalue())
    sheet = logistics.retest_sheet(ctx, qm, objection.id)
    assert sheet.blind_code == started.retest_blind_code and sheet.blind_code != "B000001"
    dialog = dialogs.RetestGridDialog(sheet, None)
    qtbot.addWidget(dialog)
    grid = dialog.grid
    r = grid.row_of["St,ad"]
    grid.item(r, 2).setText("0.95")
    grid.item(r, 3).setText("0.97")
    evaluation = grid.evaluate()
    assert evaluation is not None and str(evaluation.items["St,ad"].reported) == "0.96"
    numeric, qualitative = dialog.values()
    assert numeric == {"St,ad": ["0.95", "0.97"]} and qualitative == {}
    decided = logistics.enter_retest_results(ctx, qm, objection.id, determinations=numeric)
    assert decided.state == "decided"
    # an empty grid is a clear error, not a crash
    empty = dialogs.RetestGridDialog(sheet, None)
    qtbot.addWidget(empty)
    with pytest.raises(Exception, match="至少录入一个"):
        empty.values()


def test_unseal_dialog_takes_the_photo_with_the_camera(qtbot: QtBot, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (320, 240), (120, 30, 30)).save(tmp_path / "seal.jpg", "JPEG")
    dialog = dialogs.UnsealDialog(f"folder:{tmp_path}")
    qtbot.addWidget(dialog)
    dialog.start_button.click()
    qtbot.waitUntil(dialog.capture, timeout=5000)
    assert dialog.jpeg is not None and dialog.jpeg.startswith(b"\xff\xd8") and dialog.source == "camera"
    dialog.reject()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_delivery_method_is_kept_and_confirmed(qtbot: QtBot, ctx, actors, runner, world) -> None:  # type: ignore[no-untyped-def]
    """Issue 13 item 10: selecting another item keeps the chosen 送达方式; declining records nothing."""
    page = LogisticsPage(GuiSession(ctx, actors["quality_manager"], runner))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(page.pending) == 4, timeout=5000)
    rows = {p.duty: i for i, p in enumerate(page.pending)}
    page.form.pendingTable.selectRow(rows["fail_province"])
    assert page.form.methodCombo.currentData() == "direct"  # the suggestion for an authority
    combo = page.form.methodCombo
    combo.setCurrentIndex(0)
    combo.activated.emit(0)  # the user picks EMS
    page.form.pendingTable.selectRow(rows["fail_enterprise"])
    page.form.pendingTable.selectRow(rows["fail_province"])
    assert combo.currentData() == "ems"  # never reset behind the user's back
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or False  # the user declines
    page.form.trackingEdit.setText("EA1")
    page.form.recordDeliveryButton.click()
    assert "送达方式：EMS" in asked[0] and "省局" in asked[0]
    page.refresh()
    qtbot.waitUntil(lambda: len(page.pending) == 4, timeout=5000)  # still pending: nothing was recorded
    assert page.delivered == []
    assert page.form.trackingEdit.text() == "EA1"  # nothing typed is lost
