"""Issue 11 defect 3 at the bench: physically impossible data are refused live, with the items named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labdesk.gui.widgets.result_grid import COL_VERDICT, REP_COLS
from tests.testing.test_gui_testing import open_page, row, runner, type_cell  # noqa: F401 - fixture

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_impossible_bases_are_refused_while_typing(qtbot: QtBot, ctx, lab, runner):  # noqa: F811
    sid = lab.make_sample("power_coal")
    page = open_page(qtbot, ctx, lab.actors["tester"], runner, sid)
    grid = page.grid
    grid.setCurrentCell(row(grid, "Mad"), REP_COLS[0])
    type_cell(qtbot, grid, "60.00", Qt.Key.Key_Tab)
    type_cell(qtbot, grid, "60.00")
    grid.setCurrentCell(row(grid, "Aad"), REP_COLS[0])
    type_cell(qtbot, grid, "60.00", Qt.Key.Key_Tab)
    type_cell(qtbot, grid, "60.00")
    # Ad = 60 × 100/40 = 150 %: no verdict, and the message names the items
    message = page.form.messageLabel.text()
    assert "物理上不可能" in message
    assert "空气干燥基灰分（Aad）" in message and "空气干燥基水分（Mad）" in message
    assert grid.item(row(grid, "Ad"), COL_VERDICT).text() == ""
    # correcting Aad gives a verdict again
    grid.setCurrentCell(row(grid, "Aad"), REP_COLS[0])
    type_cell(qtbot, grid, "10.00", Qt.Key.Key_Tab)
    type_cell(qtbot, grid, "10.00")
    assert grid.item(row(grid, "Ad"), COL_VERDICT).text() == "合格"  # Ad 25.00 ≤ 40
