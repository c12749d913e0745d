"""The result grid with the plan-2 kinds, by keyboard (pytest-qt): 未检出 keys, grades per sub-result,
composition rows, checklist ticks; what is typed is saved as cells and judged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labdesk.domain.judging.ruleset import RuleSet
from labdesk.gui.widgets.result_grid import COL_REPORTED, COL_VERDICT, REP_COLS, ResultGrid
from labdesk.services import testing
from labdesk.services.context import Actor, ServiceContext
from tests.testing.test_gui_testing import type_cell
from tests.testing.test_plan2_cells import towel  # noqa: F401  (fixture)


def test_grid_types_every_kind_and_judges_live(qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor],
                                               towel: int) -> None:  # noqa: F811
    sheet = testing.open_sample(ctx, actors["tester"], towel)
    grid = ResultGrid()
    qtbot.addWidget(grid)
    grid.resize(1400, 700)
    grid.show()
    qtbot.waitExposed(grid)
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.load(sheet, RuleSet.from_dict(sheet.ruleset))
    rows = grid.row_of

    grid.setCurrentCell(rows["formaldehyde"], REP_COLS[0])
    type_cell(qtbot, grid, "nd")
    assert grid.item(rows["formaldehyde"], COL_REPORTED).text() == "未检出（检出限 20 mg/kg）"
    assert grid.item(rows["formaldehyde"], COL_VERDICT).text() == "合格"

    grid.setCurrentCell(rows["fast_soap"], REP_COLS[0])
    type_cell(qtbot, grid, "4", Qt.Key.Key_Tab)
    grid.setCurrentCell(rows["fast_soap"], REP_COLS[1])
    type_cell(qtbot, grid, "2/3")
    assert grid.item(rows["fast_soap"], COL_REPORTED).text() == "2-3"
    assert grid.item(rows["fast_soap"], COL_VERDICT).text() == "不合格"
    assert grid.item(rows["fast_soap"], REP_COLS[1]).toolTip() == "沾色"
    assert not grid.item(rows["fast_soap"], REP_COLS[2]).flags() & Qt.ItemFlag.ItemIsEditable  # two sub-results

    grid.setCurrentCell(rows["fast_water"], REP_COLS[0])
    type_cell(qtbot, grid, "3.5")
    assert "等级应为" in grid.invalid[(rows["fast_water"], REP_COLS[0])]

    grid.item(rows["fibre"], REP_COLS[0]).setText("棉 100")  # CJK cannot be typed through QTest
    assert grid.item(rows["fibre"], COL_VERDICT).text() == "合格"

    label = rows["label"]
    spec = grid.ruleset.item_map["label"] if grid.ruleset is not None else None
    assert spec is not None and len(spec.elements) == 8 > len(REP_COLS)
    editable = [c for c in REP_COLS if grid.item(label, c).flags() & Qt.ItemFlag.ItemIsEditable]
    assert editable == [REP_COLS[0]]  # wider than the grid: the missing elements' numbers in one cell
    grid.setCurrentCell(label, REP_COLS[0])
    type_cell(qtbot, grid, "9")
    assert "1～8" in grid.invalid[(label, REP_COLS[0])]
    grid.setCurrentCell(label, REP_COLS[0])
    type_cell(qtbot, grid, "7")
    assert grid.item(label, COL_VERDICT).text() == "不合格"
    assert grid.item(label, COL_REPORTED).text() == "未标注安全技术类别"

    saved = testing.apply_changes(ctx, actors["tester"], towel,
                                  [c for c in grid.changes() if (c.item_code, c.seq) != ("fast_water", 1)])
    assert saved.item("formaldehyde").cell_values() == {1: "未检出"}
    assert saved.item("fast_soap").cell_values() == {1: "4", 2: "2-3"}
    assert saved.item("label").cell_values() == {i: "×" if i == 7 else "√" for i in range(1, 9)}
    grid.load(saved, RuleSet.from_dict(saved.ruleset))
    assert grid.item(rows["label"], REP_COLS[0]).text() == "7" and not grid.changes()
