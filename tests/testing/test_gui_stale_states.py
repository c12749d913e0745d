"""Issue 13 items 6 and 11: typed letters marked at once, and no stale state on the testing/review benches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from labdesk.gui.pages.intake import RejectDialog
from labdesk.gui.pages.review import Page as ReviewPage
from labdesk.gui.session import GuiSession
from labdesk.gui.widgets.result_grid import INVALID, REP_COLS
from labdesk.services import review, testing

from .test_gui_review import open_page as open_review
from .test_gui_review import runner, submitted  # noqa: F401 - the fixture
from .test_gui_testing import open_page, row
from .test_testing_service import PASSING_COAL, enter

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_letters_are_marked_as_typed_with_one_short_message(qtbot: QtBot, ctx, lab, runner):  # noqa: F811
    sid = lab.make_sample("power_coal")
    page = open_page(qtbot, ctx, lab.actors["tester"], runner, sid)
    grid = page.grid
    grid.setCurrentCell(row(grid, "Aad"), REP_COLS[0])
    qtbot.keyClicks(grid, "a")
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "bc")
    # while still typing: the cell is marked and one short message is shown
    assert INVALID.name() in editor.styleSheet()
    assert page.form.messageLabel.text() == "Aad 第1次：「abc」不是数值"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState or QApplication.focusWidget() is not editor)
    assert grid.item(row(grid, "Aad"), REP_COLS[0]).background().color() == INVALID  # stays marked
    page.save()
    assert page.form.messageLabel.text() == "Aad 第1次：「abc」不是数值"  # the same message, not a second one
    assert (grid.currentRow(), grid.currentColumn()) == (row(grid, "Aad"), REP_COLS[0])
    sheet = testing.open_sample(ctx, lab.actors["tester"], sid)
    aad = next(i for i in sheet.items if i.code == "Aad")
    assert not [d for d in aad.determinations if d.active]  # nothing was saved
    assert grid.text(row(grid, "Aad"), REP_COLS[0]) == "abc"  # and nothing typed was lost


def test_submit_updates_the_header_and_confirms(qtbot: QtBot, ctx, lab, runner):  # noqa: F811
    sid = lab.make_sample("power_coal")
    enter(ctx, lab.actors["tester"], sid, PASSING_COAL)
    page = open_page(qtbot, ctx, lab.actors["tester"], runner, sid)
    assert "检验中" in page.form.sampleLabel.text()
    page.submit()
    qtbot.waitUntil(lambda: page.sheet is not None and page.sheet.state == "submitted", timeout=5000)
    assert "待审核" in page.form.sampleLabel.text() and "检验中" not in page.form.sampleLabel.text()
    assert "已提交审核" in page.form.messageLabel.text()
    assert not page.form.submitButton.isEnabled()


def test_queue_row_opens_on_a_click(qtbot: QtBot, ctx, lab, runner):  # noqa: F811
    from labdesk.gui.pages.testing import Page

    sid = lab.make_sample("power_coal")
    page = Page(GuiSession(ctx, lab.actors["tester"], runner))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.queue_model.rowCount() > 0)
    table = page.form.queueTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(page.queue_model.index(0, 1)).center())
    qtbot.waitUntil(lambda: page.sheet is not None and page.sheet.sample_id == sid, timeout=5000)


def test_review_lists_only_submitted_and_no_retest_after_approval(qtbot: QtBot, ctx, lab, runner):  # noqa: F811
    first = submitted(ctx, lab)
    second = submitted(ctx, lab)
    review.approve_sample(ctx, lab.actors["reviewer"], first)
    assert [e.sample_id for e in review.review_queue(ctx, lab.actors["reviewer"])] == [second]
    page = open_review(qtbot, ctx, lab.actors["reviewer"], runner)
    assert page.view.sample_id == second and page.form.redetermineButton.isEnabled()
    page.approve()
    qtbot.waitUntil(lambda: page.view.state == "approved", timeout=5000)
    assert not page.form.redetermineButton.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)  # 待签发 is not 待审核


def test_previous_photo_is_cleared_when_switching(qtbot: QtBot, ctx, lab, runner):  # noqa: F811
    first = submitted(ctx, lab)
    second = submitted(ctx, lab)
    page = ReviewPage(GuiSession(ctx, lab.actors["reviewer"], runner))
    qtbot.addWidget(page)
    page.show()
    page.open_sample(first)
    qtbot.waitUntil(lambda: page.view is not None and page.view.sample_id == first)
    picture = QPixmap(40, 30)
    picture.fill(Qt.GlobalColor.red)
    page.form.photoLabel.setPixmap(picture)  # as if the first sample's photo were shown
    page.open_sample(second)
    qtbot.waitUntil(lambda: page.view.sample_id == second)
    assert page.form.photoLabel.pixmap().isNull()


def test_frozen_item_column_stays_when_scrolled(qtbot: QtBot, ctx, lab, runner):  # noqa: F811
    sid = lab.make_sample("power_coal")
    page = open_page(qtbot, ctx, lab.actors["tester"], runner, sid)
    page.resize(700, 600)  # narrower than the grid: a horizontal scrollbar
    grid = page.grid
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() > 0)
    frozen = grid.frozen.view
    before = frozen.geometry()
    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum())
    assert frozen.isVisible() and frozen.geometry() == before and before.width() == grid.columnWidth(0)
    top = frozen.indexAt(frozen.viewport().rect().topLeft() + frozen.viewport().rect().center() * 0)
    assert top.column() == 0 and top.data() == grid.item(0, 0).text()
    assert grid.columnAt(grid.viewport().width() - 2) > 0  # the table itself did scroll


def test_rejection_dialog_stays_open_until_valid(qtbot: QtBot, db_url):
    dialog = RejectDialog(("封条破损", "数量不足"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "至少一条理由" in dialog.problem.text()
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reasons() == ["封条破损"]
