"""The review screen: sees discarded determinations, returns with a comment, approves; refusals shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labdesk.domain.permissions import Role
from labdesk.gui.application import load_font
from labdesk.gui.pages.review import Page
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import testing

from .test_testing_service import PASSING_COAL, enter

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def runner(qapp: QApplication, qtbot: QtBot):
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    qtbot.waitUntil(lambda: task_runner.pending == 0)  # no callback may reach a deleted page
    task_runner.shutdown()


def submitted(ctx, lab, tester="tester") -> int:
    sid = lab.make_sample("power_coal")
    enter(ctx, lab.actors[tester], sid, PASSING_COAL)
    testing.delete_determination(ctx, lab.actors[tester], sid, "Mt", 2, "称量失误",
                                 seen=PASSING_COAL["Mt"][1])
    testing.enter_determination(ctx, lab.actors[tester], sid, "Mt", 2, "8.6")
    testing.submit_sample(ctx, lab.actors[tester], sid)
    return sid


def open_page(qtbot, ctx, actor, runner) -> Page:
    page = Page(GuiSession(ctx, actor, runner))
    qtbot.addWidget(page)
    page.resize(1500, 850)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.form.queueTable.setFocus()
    page.form.queueTable.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.form.queueTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view is not None)
    return page


def test_review_return_and_approve(qtbot: QtBot, ctx, lab, runner):
    sid = submitted(ctx, lab)
    page = open_page(qtbot, ctx, lab.actors["reviewer"], runner)
    table = page.form.determinationTable
    texts = [(table.item(r, 0).text(), table.item(r, 3).text(), table.item(r, 4).text())
             for r in range(table.rowCount())]
    assert ("Mt", "8.7", "已删除") in texts and ("Mt", "8.6", "有效") in texts
    assert "合格" in page.form.verdictLabel.text()
    assert page.form.approveButton.isEnabled() and page.form.refusalLabel.text() == ""
    # returning needs a comment
    qtbot.mouseClick(page.form.returnButton, Qt.MouseButton.LeftButton)
    assert "须填写" in page.form.messageLabel.text()
    page.form.commentEdit.setFocus()
    page.form.commentEdit.insertPlainText("Had 原始记录缺签名")  # QTest cannot type CJK
    page.form.returnButton.click()
    qtbot.waitUntil(lambda: page.view.state == "returned")
    assert testing.blind_queue(ctx, lab.actors["tester"])[0].return_comment == "Had 原始记录缺签名"
    from labdesk.gui.pages.testing import Page as TestingPage

    tester_page = TestingPage(GuiSession(ctx, lab.actors["tester"], runner))
    qtbot.addWidget(tester_page)
    tester_page.open_sample(sid)
    qtbot.waitUntil(lambda: tester_page.sheet is not None)
    assert "Had 原始记录缺签名" in tester_page.form.commentLabel.text()
    testing.submit_sample(ctx, lab.actors["tester"], sid)
    page.open_sample(sid)
    qtbot.waitUntil(lambda: page.view.state == "submitted")
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.view.state == "approved")
    assert not page.form.approveButton.isEnabled()


def test_review_refusal_is_shown_for_own_results(qtbot: QtBot, ctx, lab, runner):
    both = lab.add_user("both", Role.TESTER, Role.REVIEWER)
    submitted(ctx, lab, tester="both")
    page = open_page(qtbot, ctx, both, runner)
    assert "检验与审核分离" in page.form.refusalLabel.text()
    assert not page.form.approveButton.isEnabled() and not page.form.returnButton.isEnabled()


def test_ruleset_editor_page(qtbot: QtBot, ctx, lab, runner):
    from labdesk.gui.pages.rulesets import Page as RulesetsPage

    page = RulesetsPage(GuiSession(ctx, lab.actors["quality_manager"], runner))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.refresh()
    pid = lab.product_id("power_coal")
    qtbot.waitUntil(lambda: page.form.productCombo.count() > 0)
    page.form.productCombo.setCurrentIndex(page.form.productCombo.findData(pid))
    qtbot.waitUntil(lambda: page.view is not None and page.view.plan_product_id == pid)
    row = next(i for i, r in enumerate(page.view.rules) if r.rule_id == "basic_std_other")
    page.form.rulesTable.selectRow(row)
    assert page.form.overrideButton.isEnabled()
    page.form.valueEdit.setFocus()
    qtbot.keyClicks(page.form.valueEdit, "2.5")
    page.form.reasonEdit.setText("实施细则5.2")
    qtbot.keyClick(page.form.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.version == "2014-1-p1")
    assert page.form.revisionsTable.rowCount() == 2
    # acknowledge the first unverified rule with its check box
    if page.view.unverified:
        before = sum(1 for u in page.view.unverified if u.acknowledged)
        page.form.unverifiedTable.item(0, 0).setCheckState(Qt.CheckState.Checked)
        page.form.ackButton.click()
        qtbot.waitUntil(lambda: sum(1 for u in page.view.unverified if u.acknowledged) == before + 1)


def test_instrument_mapping_editor(qtbot: QtBot, ctx, lab, runner):
    from labdesk.gui.pages.rulesets import Page as RulesetsPage
    from labdesk.services import instruments

    page = RulesetsPage(GuiSession(ctx, lab.actors["quality_manager"], runner))
    qtbot.addWidget(page)
    page.show()
    editor = page.mapping_editor
    assert editor is not None
    editor.defaultsButton.click()
    qtbot.waitUntil(lambda: editor.mappingCombo.count() == 3)
    editor.mappingCombo.setCurrentIndex(editor.mappingCombo.findText("5E-S3200 库仑定硫仪"))
    assert editor.codeEdit.text() == "样品编号"
    editor.encodingCombo.setCurrentText("auto")
    editor.columnsEdit.setPlainText("St,ad=St,ad(%)\nSt,d=St,d(%)")
    editor.saveButton.click()
    qtbot.waitUntil(lambda: editor.messageLabel.text() == "已保存。")
    saved = next(m for m in instruments.list_mappings(ctx, lab.actors["quality_manager"]) if m.instrument_type == "sulfur")
    assert saved.encoding == "auto" and saved.config["columns"] == {"St,ad": "St,ad(%)", "St,d": "St,d(%)"}
    editor.codeEdit.clear()
    editor.saveButton.click()
    qtbot.waitUntil(lambda: "编号列" in editor.messageLabel.text())


def test_decode_dialog(qtbot: QtBot, ctx, lab, runner):
    from labdesk.gui.widgets.decode_dialog import DecodeDialog

    lab.make_sample("power_coal")
    dialog = DecodeDialog(GuiSession(ctx, lab.actors["quality_manager"], runner))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.codeEdit, "B0001")
    dialog.reasonEdit.setText("核对抽样单")
    qtbot.keyClick(dialog.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.decoded is not None)
    assert "山西秘密煤业有限公司" in dialog.resultLabel.text() and "2021T0001" in dialog.resultLabel.text()
    refused = DecodeDialog(GuiSession(ctx, lab.actors["tester"], runner))
    qtbot.addWidget(refused)
    refused.codeEdit.setText("B0001")
    refused.decode()
    qtbot.waitUntil(lambda: "权限不足" in refused.resultLabel.text())


def test_ruleset_page_applies_the_current_version_to_ticked_samples(qtbot: QtBot, ctx, lab, runner):
    from labdesk.gui.pages.rulesets import Page as RulesetsPage
    from labdesk.persistence.models import Sample
    from labdesk.services import ruleset_pinning, rulesets

    pid = lab.product_id("power_coal")
    sid = lab.make_sample("power_coal")
    with ctx.uow() as uow:
        ruleset_pinning.pin_on_acceptance(uow, uow.session.get(Sample, sid))
        uow.commit()
    rulesets.override_limit(ctx, lab.actors["quality_manager"], pid, "basic_std_other", reason="细则", value="2.5")
    page = RulesetsPage(GuiSession(ctx, lab.actors["quality_manager"], runner))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.form.productCombo.count() > 0)
    page.form.productCombo.setCurrentIndex(page.form.productCombo.findData(pid))
    tab = page.pinning
    qtbot.waitUntil(lambda: tab.gap is not None and tab.gap.plan_product_id == pid and tab.table.rowCount() == 1)
    assert tab.table.item(0, 1).text() == "2021T0001" and tab.table.item(0, 3).text() == "2014-1"
    tab.apply.click()  # nothing ticked, no reason: refused with the service's message
    qtbot.waitUntil(lambda: "理由" in tab.message.text())
    tab.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    tab.reason.setText("省局通知")
    tab.apply.click()
    qtbot.waitUntil(lambda: "已将 1 个样品改用版本 2014-1-p1" in tab.message.text())
    assert tab.table.rowCount() == 0
