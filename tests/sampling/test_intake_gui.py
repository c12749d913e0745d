"""At the intake bench: the scanned 抽样单 barcode opens a registration pre-filled from its task."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labdesk.gui.application import load_font
from labdesk.gui.pages.intake import Page
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling import documents, draws, tasks
from tests.reports.pdftools import need


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_scan_sampling_form_prefills_and_registers_against_the_task(
        qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], qm: Actor, loaded: int,
        sampler_actors: list[Actor], runner: TaskRunner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    draws.run_draw(ctx, qm, loaded, "power_coal", seed="8", count=1)
    task = tasks.list_tasks(ctx, qm, plan_id=loaded)[0]
    task = tasks.assign_samplers(ctx, qm, [task.id], seed="8")[0]
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(documents.task_documents(ctx, qm, task.id, ("form",)))
    subprocess.run([need("pdftoppm"), "-r", "150", "-png", str(pdf), str(tmp_path / "s")], check=True)
    code = subprocess.run([need("zbarimg"), "-q", "--raw", str(next(tmp_path.glob("s*.png")))],
                          capture_output=True, text=True, check=False).stdout.strip()
    page = Page(GuiSession(ctx, actors["receptionist"], runner))
    page.ask_to_print = False
    qtbot.addWidget(page)
    page.resize(1360, 860)
    page.show()
    qtbot.waitUntil(lambda: page.options is not None and page.form.productCombo.count() == 5, timeout=10000)
    f = page.form
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    f.unitNameEdit.setText("已经输入的企业")
    f.scanEdit.setText(code)
    page._scan_entered()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert f.unitNameEdit.text() == "已经输入的企业"  # nothing typed is lost without asking
    answer = QMessageBox.StandardButton.Yes
    f.scanEdit.setText(code)
    page._scan_entered()
    qtbot.waitUntil(lambda: f.formNoEdit.text() == task.task_no, timeout=10000)
    assert f.unitCreditEdit.text() == task.credit_code and f.unitNameEdit.text() == task.enterprise_name
    assert f.productCombo.currentText().startswith("动力用煤")
    assert {f.sampler1Combo.currentText(), f.sampler2Combo.currentText()} == set(task.samplers)
    for edit, value in ((f.specificationEdit, "混煤"), (f.batchNoEdit, "20210801"),
                        (f.productionDateEdit, "2021-08-01"), (f.executedStandardEdit, "GB/T 7562-2018"),
                        (f.baseQuantityEdit, "3000 t"), (f.testQuantityEdit, "2 kg"), (f.backupQuantityEdit, "2 kg"),
                        (f.testSealEdit, "F-1"), (f.backupSealEdit, "F-2"), (f.samplingPlaceEdit, "煤场"),
                        (f.samplingDateEdit, "2021-08-02"), (f.transportKmEdit, "100"), (f.trademarkEdit, "晋")):
        edit.setText(value)
    f.coalRankCombo.setCurrentIndex(max(0, f.coalRankCombo.findData("other")))
    page.register()
    qtbot.waitUntil(lambda: tasks.get_task(ctx, qm, task.id).state == "registered"
                    or "无法登记" in f.scanMessage.text(), timeout=10000)
    assert tasks.get_task(ctx, qm, task.id).state == "registered", f.problemsLabel.text()
    page.close()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
