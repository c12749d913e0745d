"""The result grid's cells of the plan-2 kinds (grades, specimens, components, checklist ticks): what the
grid judges live and what it saves.  Kept beside result_grid.py so that module stays small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from labdesk.domain.errors import InputError
from labdesk.services import result_cells
from labdesk.services.testing import CellChange

if TYPE_CHECKING:
    from labdesk.gui.widgets.result_grid import ResultGrid, _Row

REP_COLS = (2, 3, 4, 5)  # as result_grid.REP_COLS


def kind_cells(grid: ResultGrid, r: int, row: _Row, invalid: dict[tuple[int, int], str]) -> None:
    """Cells of the plan-2 kinds (grades, specimens, components, ticks), checked as the service will."""
    spec = grid.ruleset.item_map[row.code] if grid.ruleset is not None else None
    cells: list[tuple[int, str]] = []
    if row.compact and spec is not None:
        text = grid.text(r, REP_COLS[0])
        try:
            cells = result_cells.compact_checklist(spec, text) if text else []
        except InputError as error:
            invalid[(r, REP_COLS[0])] = str(error)
        if cells:
            grid._cells_in[row.code] = cells
        return
    for seq, col in enumerate(REP_COLS, 1):
        text = grid.text(r, col)
        if not text or spec is None:
            continue
        try:
            cells.append((seq, result_cells.normalise_cell(spec, seq, text)))
        except InputError as error:
            invalid[(r, col)] = str(error)
    if cells:
        grid._cells_in[row.code] = cells


def compact_changes(grid: ResultGrid, r: int, row: _Row) -> list[CellChange]:
    """A one-cell checklist (missing element numbers) as one change per element tick."""
    spec = grid.ruleset.item_map[row.code] if grid.ruleset is not None else None
    item = grid.item(r, REP_COLS[0])
    text = item.text().strip() if item is not None else ""
    try:
        ticks = dict(result_cells.compact_checklist(spec, text)) if spec is not None and text else {}
    except InputError:
        return []  # shown as invalid; the service would refuse it
    seqs = sorted(set(ticks) | set(row.saved))
    return [CellChange(row.code, seq, ticks.get(seq), expected=row.saved.get(seq, ""))
            for seq in seqs if ticks.get(seq, "") != row.saved.get(seq, "")]
