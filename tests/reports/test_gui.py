"""The signing and report-register pages and the credentials tab (pytest-qt, offscreen, SQLite)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from labdesk.gui.application import load_font
from labdesk.gui.pages import reports as reports_page
from labdesk.gui.pages import signing as signing_page
from labdesk.gui.pages.admin_credentials import CredentialsTab
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.reports import pki
from labdesk.services import credentials, reports
from tests.reports.conftest import PASSPHRASE, PASSWORD, World
from tests.reports.pdftools import pdftotext

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of shown (they would block offscreen)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def _signing(qtbot: QtBot, world: World, runner: TaskRunner) -> signing_page.Page:
    page = signing_page.Page(GuiSession(world.ctx, world.actors["signatory"], runner))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.form.queueTable.rowCount() > 0)
    return page


@SQLITE
def test_queue_preview_and_batch_signing(qtbot: QtBot, world: World, runner: TaskRunner) -> None:
    ids = [world.sample(photos=0), world.sample(fail=True, photos=0)]
    page = _signing(qtbot, world, runner)
    assert page.form.queueTable.rowCount() == 2
    assert page.form.queueTable.item(1, 3).text() == "不合格"
    page.form.queueTable.setFocus()
    page.form.queueTable.selectRow(0)
    qtbot.keyClick(page.form.queueTable, Qt.Key.Key_Return)  # Enter previews
    qtbot.waitUntil(lambda: page.preview.page_count >= 4, timeout=10000)
    assert "预览" in page.form.statusLabel.text()
    page.form.queueTable.selectAll()
    assert "2" in page.form.signButton.text()
    page.start_signing(ids, PASSWORD, PASSPHRASE)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=20000)
    assert [r.full_no for r in page.last_result.signed] == ["JC2021-00001", "JC2021-00002"]
    qtbot.waitUntil(lambda: page.form.queueTable.rowCount() == 0)
    assert "JC2021-00002" in page.form.statusLabel.text()


@SQLITE
def test_cancel_before_the_batch_runs_signs_nothing(qtbot: QtBot, world: World, runner: TaskRunner) -> None:
    ids = [world.sample(photos=0) for _ in range(2)]
    page = _signing(qtbot, world, runner)
    gate = threading.Event()
    runner.run(gate.wait)  # occupy the serial worker so the cancel lands first
    progress = page.start_signing(ids, PASSWORD, PASSPHRASE)
    progress.cancel()
    gate.set()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=20000)
    assert page.last_result.cancelled and page.last_result.signed == ()
    assert "已取消" in page.form.statusLabel.text()
    assert len(reports.signing_queue(world.ctx, world.actors["signatory"])) == 2


def test_sign_dialog_needs_both_secrets(qtbot: QtBot, boxes: list[str]) -> None:
    dialog = reports_page.SignDialog("签发报告", "将签发 1 份报告")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    dialog._accept()
    assert boxes and dialog.result() == 0
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog._accept()
    assert dialog.result() == 1 and dialog.passphrase == PASSPHRASE


@SQLITE
def test_register_marks_superseded_previews_prints_and_verifies(qtbot: QtBot, world: World, runner: TaskRunner,
                                                                boxes: list[str], tmp_path: Path) -> None:
    signatory = world.actors["signatory"]
    first = reports.sign_report(world.ctx, signatory, world.sample(photos=1), password=PASSWORD,
                                passphrase=PASSPHRASE)
    reports.amend_report(world.ctx, signatory, first.id, reason="名称有误", password=PASSWORD,
                         passphrase=PASSPHRASE)
    page = reports_page.Page(GuiSession(world.ctx, world.actors["receptionist"], runner))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.form.reportTable.rowCount() == 2)
    assert not page.form.amendButton.isVisible()  # receptionists may view but not amend
    states = {page.form.reportTable.item(r, 0).text(): page.form.reportTable.item(r, 5).text() for r in range(2)}
    assert states == {"JC2021-00001-A1": "已签发", "JC2021-00001": "已作废（被 JC2021-00001-A1 替代）"}
    old_row = next(r for r in range(2) if page.form.reportTable.item(r, 0).text() == "JC2021-00001")
    assert page.form.reportTable.item(old_row, 0).font().strikeOut()
    page.form.showSupersededCheck.setChecked(False)
    assert page.form.reportTable.rowCount() == 1
    page.form.reportTable.selectRow(0)
    qtbot.waitUntil(lambda: page.preview.page_count >= 5, timeout=10000)
    assert page.form.printButton.isEnabled()
    assert "替代报告 JC2021-00001" in page.form.detailLabel.text()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert reports_page.print_pdf(page.preview.document, printer, dpi=60) == page.preview.page_count
    assert (tmp_path / "printed.pdf").stat().st_size > 10000
    saved = tmp_path / "report.pdf"
    saved.write_bytes(page.preview.pdf)
    page.verify_path(saved)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert boxes[-1].startswith("通过：")
    assert "JC2021-00001-A1" in "".join(pdftotext(page.preview.pdf, tmp_path).split())
    assert page.form.noticeButton.isVisible() and page.form.noticeButton.isEnabled()
    qtbot.mouseClick(page.form.noticeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice is not None, timeout=10000)
    assert page.form.previewTitle.text() == "检验报告送达函 JC2021-00001-A1-HS"
    assert "回执" in "".join(pdftotext(page.preview.pdf, tmp_path).split())


@SQLITE
def test_credentials_tab_imports_a_certificate(qtbot: QtBot, world: World, runner: TaskRunner) -> None:
    tab = CredentialsTab(GuiSession(world.ctx, world.actors["admin"], runner))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0 and tab.user_combo.count() > 0)
    before = tab.table.rowCount()
    ca = pki.make_ca("CA", "lab", now=world.ctx.now())
    credentials.import_ca_certificate(world.ctx, world.actors["admin"], ca.pem)
    before += 1
    p12 = pki.issue_signatory(ca, "signatory姓名", "新实验室", "pw-98765", now=world.ctx.now())
    tab.import_pkcs12_data(world.actors["signatory"].user_id, p12, "pw-98765", PASSWORD)
    qtbot.waitUntil(lambda: any("新实验室" in (tab.table.item(r, 2).text()) for r in range(tab.table.rowCount())))
    assert tab.table.rowCount() == before  # the old certificate of that user was retired
    active = [c for c in credentials.list_credentials(world.ctx, world.actors["admin"]) if c.kind == "pkcs12"]
    assert len(active) == 1 and "O=新实验室" in active[0].subject
