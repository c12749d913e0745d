"""The result-entry grid: one row per test item, replicate cells, live judging feedback.

Keyboard-first: typing starts editing a cell; Tab / Shift+Tab move between the
editable cells (replicates, instrument, method); Enter commits and moves to the
next cell that needs a value (a 3rd/4th determination when the engine asks for
one, else the next item); Delete clears a cell; Ctrl+V pastes a block copied
from a spreadsheet (tab-separated columns, newline-separated rows).

Every keystroke in a replicate cell re-runs the judging engine on the GUI
thread (well under a millisecond for a 30 × 4 grid, see
benchmarks/bench_testing.py), so differences against r, requests for a further
determination, rejection, derived items (Ad, Vdaf, St,d, Qgr,d, Qnet,ar…),
reported values and verdicts follow the typing.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from labdesk.domain.errors import InputError
from labdesk.domain.judging.engine import Evaluation
from labdesk.domain.judging.replicates import ReplicateOutcome
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.numbers import parse_decimal
from labdesk.gui.widgets import grid_kinds
from labdesk.services import result_cells
from labdesk.services.testing import MAX_REPLICATES, CellChange, SampleSheet, evaluate_values

COL_ITEM, COL_UNIT = 0, 1
REP_COLS = (2, 3, 4, 5)
COL_DIFF, COL_STATUS, COL_REPORTED, COL_REQUIREMENT, COL_VERDICT, COL_INSTRUMENT, COL_METHOD = range(6, 13)
COLUMN_COUNT = 13

GREEN = QColor("#1b7f3a")
RED = QColor("#c62828")
AMBER = QColor("#ffe08a")
INVALID = QColor("#ffcdd2")
DIRTY = QColor("#e3f2fd")
DERIVED = QColor("#f4f4f4")

_FIELD_RE = re.compile(r"determinations\.(?P<code>[^\[]+)\[(?P<index>\d+)\]")


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


@dataclass
class _Row:
    code: str
    kind: str  # numeric | qualitative | derived | ordinal | specimens | composition | checklist
    saved: dict[int, str] = field(default_factory=dict)
    instrument: str = ""
    method: str = ""
    compact: bool = False  # a checklist wider than the grid: missing element numbers typed in one cell


class _CellDelegate(QStyledItemDelegate):
    """A line editor that reports every keystroke, so the grid judges while the value is typed."""

    def __init__(self, grid: ResultGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() in REP_COLS:
            row, col = index.row(), index.column()
            editor.textEdited.connect(lambda text: self._typed(editor, row, col, text))
        return editor

    def _typed(self, editor: QLineEdit, row: int, col: int, text: str) -> None:
        """Judge the keystroke and mark the open editor itself while its text is not a value."""
        self.grid.preview(row, col, text)
        bad = (row, col) in self.grid.invalid
        editor.setStyleSheet(f"background: {INVALID.name()};" if bad else "")
        editor.setToolTip(self.grid.invalid.get((row, col), ""))


class ResultGrid(QTableWidget):
    evaluated = Signal(object)  # Evaluation | None
    dirtyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, COLUMN_COUNT, parent)
        self.setObjectName("resultGrid")
        self.setHorizontalHeaderLabels([
            self.tr("检验项目"), self.tr("单位"), self.tr("测定1"), self.tr("测定2"), self.tr("测定3"),
            self.tr("测定4"), self.tr("极差/允许差"), self.tr("状态"), self.tr("报告值"), self.tr("技术要求"),
            self.tr("判定"), self.tr("仪器"), self.tr("方法"),
        ])
        self.setItemDelegate(_CellDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(max(22, self.fontMetrics().height() + 8))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((COL_ITEM, 176), (COL_UNIT, 46), (COL_DIFF, 92), (COL_STATUS, 118),
                           (COL_REPORTED, 96), (COL_REQUIREMENT, 96), (COL_VERDICT, 56),
                           (COL_INSTRUMENT, 170), (COL_METHOD, 130)):
            self.setColumnWidth(col, width)
        for col in REP_COLS:
            self.setColumnWidth(col, 66)
        header.setStretchLastSection(True)
        self.ruleset: RuleSet | None = None
        self.sheet: SampleSheet | None = None
        self.calorie_factor: Decimal | None = None
        self.rows: list[_Row] = []
        self.row_of: dict[str, int] = {}
        self.evaluation: Evaluation | None = None
        self.invalid: dict[tuple[int, int], str] = {}
        self.last_eval_ms = 0.0
        self.read_only = False
        self._loading = False
        self._preview: tuple[int, int, str] | None = None
        self._dirty = False
        self._styles: dict[int, tuple[str, str, bool]] = {}
        self._texts: dict[tuple[int, int], tuple[str, str]] = {}
        self._normal = QFont(self.font())
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self.itemChanged.connect(self._item_changed)
        from labdesk.gui.widgets.frozen_column import freeze_first_column

        self.frozen = freeze_first_column(self)  # item names stay while the values scroll

    # -- loading ---------------------------------------------------------------------------

    def load(self, sheet: SampleSheet, ruleset: RuleSet, *, read_only: bool = False,
             calorie_factor: Decimal | None = None) -> None:
        self._loading = True
        self.sheet, self.ruleset, self.read_only, self.calorie_factor = sheet, ruleset, read_only, calorie_factor
        self.rows = []
        for item in sheet.items:
            spec = ruleset.item_map.get(item.code)
            kind = spec.kind if spec is not None and spec.kind in (*result_cells.CELL_KINDS, "qualitative") \
                else "numeric"
            self.rows.append(_Row(item.code, kind,
                                  {1: item.qualitative_value} if item.qualitative_value else item.cell_values(),
                                  item.instrument, item.method))
        measured = {r.code for r in self.rows}
        for spec in ruleset.derived_order:
            if spec.code not in measured:
                self.rows.append(_Row(spec.code, "derived"))
        self.row_of = {r.code: i for i, r in enumerate(self.rows)}
        self.invalid = {}
        self._styles.clear()
        self._texts.clear()
        self._captions: dict[tuple[int, int], str] = {}
        self.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            spec = ruleset.item_map.get(row.code)
            name = f"{row.code}　{spec.name_zh}" if spec else row.code
            unit = (spec.measured_unit if row.kind != "derived" else spec.unit) if spec else ""
            self._set(r, COL_ITEM, name, editable=False, background=DERIVED if row.kind == "derived" else None)
            self._set(r, COL_UNIT, unit, editable=False)
            cells = len(REP_COLS)
            captions: list[str] = []
            if spec is not None and row.kind in result_cells.CELL_KINDS:
                cells = result_cells.cell_count(spec, len(row.saved))
                captions = result_cells.cell_labels(spec)
                if row.kind == "checklist" and cells > len(REP_COLS):
                    row.compact, cells = True, 1
                    captions = ["填缺少的要素序号（如 3,7），全部具备填 0：" + "；".join(
                        f"{i} {c}" for i, c in enumerate(captions, 1))]
            for seq, col in enumerate(REP_COLS, 1):
                editable = not read_only and row.kind == "numeric" or (
                    not read_only and row.kind == "qualitative" and seq == 1) or (
                    not read_only and row.kind in result_cells.CELL_KINDS and seq <= cells)
                shown = row.saved.get(seq, "")
                if row.compact and spec is not None:
                    shown = result_cells.compact_text(spec, row.saved) if seq == 1 else ""
                self._set(r, col, shown, editable=editable, background=DERIVED if not editable else None)
                if seq <= len(captions):
                    self._captions[(r, col)] = captions[seq - 1]  # 变色 / 沾色, a labelling element
            for col in (COL_DIFF, COL_STATUS, COL_REPORTED, COL_REQUIREMENT, COL_VERDICT):
                self._set(r, col, "", editable=False)
            editable_method = not read_only and row.kind != "derived"
            self._set(r, COL_INSTRUMENT, row.instrument, editable=editable_method)
            self._set(r, COL_METHOD, row.method, editable=editable_method)
        self._loading = False
        self._set_dirty(False)
        self.evaluate()
        if self.rows and not read_only:
            self.setCurrentCell(0, REP_COLS[0])

    def _set(self, r: int, c: int, text: str, *, editable: bool, background: QColor | None = None) -> None:
        item = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        if background is not None:
            item.setBackground(QBrush(background))
        self.setItem(r, c, item)

    # -- reading the grid -----------------------------------------------------------------

    def text(self, r: int, c: int) -> str:
        if self._preview is not None and self._preview[:2] == (r, c):
            return self._preview[2].strip()
        item = self.item(r, c)
        return item.text().strip() if item is not None else ""

    def cell_texts(self, code: str) -> list[str]:
        r = self.row_of[code]
        return [self.text(r, c) for c in REP_COLS]

    def changes(self) -> list[CellChange]:
        out = []
        for r, row in enumerate(self.rows):
            if row.kind == "derived":
                continue
            if row.compact:
                out += grid_kinds.compact_changes(self, r, row)
                continue
            for seq, col in enumerate(REP_COLS, 1):
                item = self.item(r, col)
                now = item.text().strip() if item is not None else ""
                if now != row.saved.get(seq, ""):
                    out.append(CellChange(row.code, seq, now or None, expected=row.saved.get(seq, "")))
        return out

    def method_changes(self) -> dict[str, tuple[str, str]]:
        out = {}
        for r, row in enumerate(self.rows):
            if row.kind == "derived":
                continue
            inst, meth = self.text(r, COL_INSTRUMENT), self.text(r, COL_METHOD)
            if (inst, meth) != (row.instrument, row.method):
                out[row.code] = (inst, meth)
        return out

    def needs_reason(self) -> bool:
        return any(row_saved for row_saved in (
            self.rows[self.row_of[c.item_code]].saved.get(c.seq) for c in self.changes()))

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, value: bool) -> None:
        if value != self._dirty:
            self._dirty = value
            self.dirtyChanged.emit(value)

    # -- judging ------------------------------------------------------------------------------

    def preview(self, r: int, c: int, text: str) -> None:
        """A keystroke in an open editor: judge as if the text were committed."""
        self._preview = (r, c, text)
        try:
            self.evaluate()
        finally:
            self._preview = None

    def _inputs(self) -> tuple[dict[str, list[str]], dict[str, str], dict[tuple[int, int], str]]:
        values: dict[str, list[str]] = {}
        qualitative: dict[str, str] = {}
        invalid: dict[tuple[int, int], str] = {}
        self._cells_in: dict[str, list[tuple[int, str]]] = {}
        for r, row in enumerate(self.rows):
            if row.kind == "derived":
                continue
            if row.kind in result_cells.CELL_KINDS:
                grid_kinds.kind_cells(self, r, row, invalid)
                continue
            if row.kind == "qualitative":
                text = self.text(r, REP_COLS[0])
                if text:
                    qualitative[row.code] = text
                continue
            texts = []
            for seq, col in enumerate(REP_COLS, 1):
                text = self.text(r, col)
                if not text:
                    continue
                try:
                    spec = self.ruleset.item_map.get(row.code) if self.ruleset is not None else None
                    if spec is not None and spec.detection_limit is not None:
                        text = result_cells.normalise_cell(spec, seq, text)  # nd, -, <0.5 → 未检出 / <0.5
                    if spec is None or spec.detection_limit is None or not (
                            text == (spec.lod_text_zh or "未检出") or text[:1] == "<"):
                        parse_decimal(text, f"{row.code} 第{seq}次")
                except InputError as error:  # one short message for a cell that is not a number
                    invalid[(r, col)] = (self.tr("%1 第%2次：「%3」不是数值").replace("%1", row.code)
                                         .replace("%2", str(seq)).replace("%3", text)
                                         if error.field.endswith(f"第{seq}次") else str(error))
                    continue
                texts.append((col, text))
            if texts:
                values[row.code] = [t for _, t in texts]
                row_cols = [c for c, _ in texts]
                self._cols_used: dict[str, list[int]] = getattr(self, "_cols_used", {})
                self._cols_used[row.code] = row_cols
        return values, qualitative, invalid

    def evaluate(self) -> Evaluation | None:
        if self.ruleset is None or self.sheet is None:
            return None
        started = time.perf_counter()
        self._cols_used = {}
        values, qualitative, invalid = self._inputs()
        evaluation: Evaluation | None = None
        problem = ""
        for _ in range(MAX_REPLICATES * max(1, len(self.rows))):
            try:
                evaluation = evaluate_values(self.ruleset, context=self.sheet.context, declared=self.sheet.declared,
                                             values=values, qualitative=qualitative,
                                             calorie_factor=self.calorie_factor, cells=self._cells_in)
                break
            except InputError as error:
                match = _FIELD_RE.fullmatch(error.field)
                if match and match["code"] in values:
                    code, index = match["code"], int(match["index"])
                    cols = self._cols_used[match["code"]]
                    invalid[(self.row_of[code], cols[index])] = str(error)
                    del values[code][index]
                    del cols[index]
                    if not values[code]:
                        del values[code]
                    continue
                kind_code = error.field.partition(".")[2].split("[")[0].split(".")[0]
                if error.field.startswith("results.") and kind_code in self._cells_in:
                    for seq, _text in self._cells_in.pop(kind_code):
                        invalid[(self.row_of[kind_code], REP_COLS[seq - 1])] = str(error)
                    continue
                if error.field.startswith("qualitative.") and error.field[12:] in qualitative:
                    code = error.field[12:]
                    invalid[(self.row_of[code], REP_COLS[0])] = str(error)
                    del qualitative[code]
                    continue
                problem = str(error)
                break
        self.evaluation = evaluation
        self._show(evaluation, invalid)
        self.last_eval_ms = (time.perf_counter() - started) * 1000
        self.evaluated.emit(evaluation)
        typed = self.typing_problem()
        if problem or typed:
            self.message.emit(problem or typed)  # one short message; the cell itself is marked
        return evaluation

    def typing_problem(self) -> str:
        """The first cell whose text is not a value (marked red while typed), or ""."""
        return self.invalid[min(self.invalid)] if self.invalid else ""

    def _show(self, evaluation: Evaluation | None, invalid: dict[tuple[int, int], str]) -> None:
        self._loading = True
        editing = (self.currentRow(), self.currentColumn()) \
            if self.state() == QAbstractItemView.State.EditingState else None
        try:
            self.invalid = invalid
            for r, row in enumerate(self.rows):
                result = evaluation.items.get(row.code) if evaluation is not None else None
                outcome = result.replicates if result is not None else None
                diff = status = ""
                status_color: QColor | None = None
                need_col: int | None = None
                if outcome is not None and row.kind == "numeric":
                    diff, status, status_color, need_col = self._replicate_feedback(outcome)
                self._text(r, COL_DIFF, diff)
                self._text(r, COL_STATUS, status, status_color)
                reported = ""
                if result is not None and result.reported is not None:
                    reported = result.reported
                    spec = self.ruleset.item_map.get(row.code) if self.ruleset is not None else None
                    if spec is not None and row.kind != "derived" and spec.unit != spec.measured_unit:
                        reported += f" {spec.unit}"  # e.g. Qb,ad typed in J/g, reported in MJ/kg
                self._text(r, COL_REPORTED, reported)
                self._text(r, COL_REQUIREMENT, (result.requirement or "") if result is not None else "")
                verdict = ""
                verdict_color = None
                if result is not None and result.verdict == "pass":
                    verdict, verdict_color = self.tr("合格"), GREEN
                elif result is not None and result.verdict == "fail":
                    verdict, verdict_color = self.tr("不合格"), RED
                self._text(r, COL_VERDICT, verdict, verdict_color)
                if row.kind == "derived":
                    continue
                for seq, col in enumerate(REP_COLS, 1):
                    item = self.item(r, col)
                    if item is None or (r, col) == editing:
                        continue  # touching the edited item would reset its open editor
                    committed = item.text().strip()
                    expected = row.saved.get(seq, "")
                    if row.compact and self.ruleset is not None:
                        expected = result_cells.compact_text(self.ruleset.item_map[row.code], row.saved) \
                            if seq == 1 else ""
                    changed = committed != expected
                    if (r, col) in invalid:
                        self._style(item, "invalid", invalid[(r, col)], changed)
                    elif col == need_col and not committed:
                        self._style(item, "need", "", changed)
                    elif changed:
                        self._style(item, "dirty", "", changed)
                    elif not item.flags() & Qt.ItemFlag.ItemIsEditable:
                        self._style(item, "locked", "", changed)
                    else:
                        self._style(item, "", "", changed)
        finally:
            self._loading = False

    def _replicate_feedback(self, outcome: ReplicateOutcome) -> tuple[str, str, QColor | None, int | None]:
        """A numeric row's spread text, status text and colour, and the replicate column still needed."""
        diff = status = ""
        status_color: QColor | None = None
        need_col: int | None = None
        vals = outcome.values
        if len(vals) >= 2 and outcome.limit is not None:
            spread = max(vals) - min(vals)
            sign = "≤" if spread <= outcome.limit else ">"
            diff = f"{_plain(spread)} {sign} {_plain(outcome.limit)}"
        if outcome.status == "accepted":
            status = self.tr("接受（%n 次平均）", "", len(outcome.used))
            if outcome.tie:
                status += self.tr("，多组三值并列")
            status_color = GREEN
        elif outcome.status == "need_more" and vals:
            status = self.tr("需第 %n 次测定", "", outcome.needed)
            status_color = QColor("#a15c00")
            if outcome.needed <= len(REP_COLS):
                need_col = REP_COLS[outcome.needed - 1]
        elif outcome.status == "rejected":
            status = self.tr("超差，全部作废，须重新测定")
            status_color = RED
        elif outcome.status == "single":
            status = self.tr("单次测定")
            status_color = GREEN
        return diff, status, status_color, need_col

    _BACKGROUNDS = {"invalid": INVALID, "need": AMBER, "dirty": DIRTY, "locked": DERIVED}

    def _style(self, item: QTableWidgetItem, kind: str, tip: str, bold: bool) -> None:
        """Set a replicate cell's look, touching the item only when something changed."""
        key = (kind, tip, bold)
        if self._styles.get(id(item)) == key:
            return
        self._styles[id(item)] = key
        color = self._BACKGROUNDS.get(kind)
        item.setBackground(QBrush(color) if color is not None else QBrush())
        caption = getattr(self, "_captions", {}).get((item.row(), item.column()), "")
        item.setToolTip(f"{caption}：{tip}" if caption and tip else tip or caption)
        item.setFont(self._bold if bold else self._normal)

    def _text(self, r: int, c: int, text: str, color: QColor | None = None) -> None:
        item = self.item(r, c)
        if item is None:
            return
        key = (text, color.name() if color is not None else "")
        if self._texts.get((r, c)) == key:
            return
        self._texts[(r, c)] = key
        item.setText(text)
        item.setForeground(QBrush(color) if color is not None else QBrush())
        item.setFont(self._bold if color is not None else self._normal)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() in REP_COLS:
            self.evaluate()
        self._set_dirty(bool(self.changes()) or bool(self.method_changes()))

    # -- keyboard -----------------------------------------------------------------------------

    def editable_columns(self, r: int) -> list[int]:
        return [c for c in (*REP_COLS, COL_INSTRUMENT, COL_METHOD)
                if (item := self.item(r, c)) is not None and item.flags() & Qt.ItemFlag.ItemIsEditable]

    def _cells(self) -> list[tuple[int, int]]:
        return [(r, c) for r in range(self.rowCount()) for c in self.editable_columns(r)]

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            cells = self._cells()
            if cells:
                here = (self.currentRow(), self.currentColumn())
                step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
                if here in cells:
                    target = cells[(cells.index(here) + step) % len(cells)]
                else:
                    after = [cell for cell in cells if cell > here] if step > 0 else \
                        [cell for cell in cells if cell < here][::-1]
                    target = after[0] if after else cells[0 if step > 0 else -1]
                return self.model().index(*target)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        self._close_editor(editor, hint)
        self._show(self.evaluation, self.invalid)  # style the cell that was being edited (e.g. letters)

    def _close_editor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.advance()
            return
        if hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                    QAbstractItemDelegate.EndEditHint.EditPreviousItem):  # Tab / Shift+Tab
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            action = QAbstractItemView.CursorAction.MoveNext \
                if hint == QAbstractItemDelegate.EndEditHint.EditNextItem \
                else QAbstractItemView.CursorAction.MovePrevious
            self.setCurrentIndex(self.moveCursor(action, Qt.KeyboardModifier.NoModifier))
            return
        super().closeEditor(editor, hint)

    def commit_editor(self) -> None:
        """Commit and close an open cell editor (before saving)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def advance(self) -> None:
        """After Enter: the next cell that needs a value."""
        r, c = self.currentRow(), self.currentColumn()
        if r < 0:
            return
        row = self.rows[r]
        if c in REP_COLS and row.kind == "numeric":
            result = self.evaluation.items.get(row.code) if self.evaluation is not None else None
            outcome = result.replicates if result is not None else None
            filled = [col for col in REP_COLS if self.text(r, col)]
            wanted = 2 if row.code and self.ruleset and self.ruleset.item_map[row.code].r_table else 1
            if outcome is not None and outcome.status == "need_more":
                wanted = outcome.needed
            if len(filled) < wanted:
                empty = [col for col in REP_COLS if not self.text(r, col)]
                after = [col for col in empty if col > c] or empty
                if after:
                    self.setCurrentCell(r, after[0])
                    return
        for nr in range(r + 1, self.rowCount()):
            if self.rows[nr].kind != "derived":
                cols = [col for col in REP_COLS if not self.text(nr, col)
                        and col in self.editable_columns(nr)] or self.editable_columns(nr)[:1]
                if cols:
                    self.setCurrentCell(nr, cols[0])
                    return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            item = self.item(index.row(), index.column()) if index.isValid() else None
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                event.accept()
                return
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            item = self.currentItem()
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                item.setText("")
                event.accept()
                return
        if not editing and event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
            return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> int:
        """Fill editable cells from the current one with a tab/newline-separated block."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        r0, c0 = self.currentRow(), self.currentColumn()
        if r0 < 0 or not lines or self.read_only:
            return 0
        rows = [r for r in range(r0, self.rowCount()) if self.rows[r].kind != "derived"]
        count = 0
        self._loading = True
        try:
            for line, r in zip(lines, rows, strict=False):
                cols = [c for c in self.editable_columns(r) if c >= c0]
                for value, c in zip(line.split("\t"), cols, strict=False):
                    item = self.item(r, c)
                    if item is not None:
                        item.setText(value.strip())
                        count += 1
        finally:
            self._loading = False
        self.evaluate()
        self._set_dirty(bool(self.changes()) or bool(self.method_changes()))
        return count

    def summary(self) -> dict[str, Any]:
        """The current evaluation as plain data (for tests and the page's labels)."""
        return self.evaluation.to_json_dict() if self.evaluation is not None else {}
