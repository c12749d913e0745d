"""Result cells of every item kind, stored as determinations (``seq`` → ``value_text``).

One cell per stored determination, numbered from 1, for every kind (the audit trail, the re-test rounds
and the concurrency check of :mod:`labdesk.services.testing` stay the same for all):

| kind | cell ``seq`` | cell text | engine ``results`` input |
|---|---|---|---|
| numeric | replicate | ``12.3``, ``未检出``, ``<0.5`` (``nd``/``ND``/``-`` typed → ``未检出``) | unchanged (``determinations``) |
| ordinal | sub-result in catalogue order (1 without sub-results) | grade ``3-4`` | ``"3-4"`` or ``{sub: grade}`` |
| specimens | specimen | ``280`` | list of values |
| composition | component row | ``棉 58.2`` | ``[{component, percent}]`` |
| checklist | element in catalogue order | ``√`` present / ``×`` missing | ``{"missing": [codes]}`` once every element is ticked |

Pure: used by the testing service (saving, judging) and by the result grid (live judging).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.composition import components_from_text
from labdesk.domain.judging.results.ordinal import normalise_grade_text
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.numbers import parse_decimal

__all__ = [
    "CELL_KINDS",
    "MAX_CELLS",
    "MISSING",
    "PRESENT",
    "cell_count",
    "cell_labels",
    "cells_for",
    "compact_checklist",
    "compact_text",
    "normalise_cell",
    "results_input",
]

CELL_KINDS = frozenset({"ordinal", "specimens", "composition", "checklist"})  # judged through ``results``
MAX_CELLS = 60  # specimens and composition rows per item
PRESENT, MISSING = "√", "×"
_LOD_KEYS = {"nd": "未检出", "n.d.": "未检出", "-": "未检出", "—": "未检出", "未检出": "未检出"}
_PRESENT_KEYS = {"√", "✓", "y", "yes", "1", "有", "是", "+", "ok"}
_MISSING_KEYS = {"×", "x", "n", "no", "0", "无", "缺", "否", "未标注"}


def cell_count(spec: ItemSpec, used: int = 0) -> int:
    """How many cells the item offers: fixed for ordinal and checklist; for specimens and compositions
    the cells in use plus one empty (at least the minimum number of specimens)."""
    if spec.kind == "ordinal":
        return max(1, len(spec.subresults))
    if spec.kind == "checklist":
        return len(spec.elements)
    if spec.kind in ("specimens", "composition"):
        floor = spec.min_specimens or 3 if spec.kind == "specimens" else 2
        return min(MAX_CELLS, max(floor, used + 1))
    return 4


def cell_labels(spec: ItemSpec) -> list[str]:
    """Column captions for the fixed cells (sub-results, checklist elements)."""
    if spec.kind == "ordinal" and spec.subresults:
        return [s.name_zh for s in spec.subresults]
    if spec.kind == "checklist":
        return [e.text_zh for e in spec.elements]
    return []


def normalise_cell(spec: ItemSpec, seq: int, text: str) -> str:
    """The stored spelling of one typed cell; InputError (in Chinese) when it is not valid."""
    label = f"{spec.name_zh} 第{seq}格"
    raw = text.strip()
    if spec.kind == "numeric":
        if spec.detection_limit is not None and raw.lower() in _LOD_KEYS:
            return spec.lod_text_zh or "未检出"
        if spec.detection_limit is not None and raw[:1] in "<＜":
            parse_decimal(raw[1:], label)
            return "<" + raw[1:].strip()
        return raw
    limit = cell_count(spec, MAX_CELLS)
    if seq < 1 or seq > limit:
        raise InputError(label, f"该项目最多 {limit} 格。")
    if spec.kind == "ordinal":
        return normalise_grade_text(raw, spec.scale, label)
    if spec.kind == "specimens":
        value = parse_decimal(raw, label)
        if (spec.input_min is not None and value < spec.input_min) or (
                spec.input_max is not None and value > spec.input_max):
            raise InputError(label, f"数值 {raw} 超出允许范围 {spec.input_min}～{spec.input_max}。")
        return raw
    if spec.kind == "composition":
        parts = components_from_text(raw, label)
        if len(parts) != 1:
            raise InputError(label, "每格填一种成分，如「棉 58.2」。")
        return f"{parts[0]['component']} {parts[0]['percent']}"
    if spec.kind == "checklist":
        key = raw.lower()
        if key in _PRESENT_KEYS:
            return PRESENT
        if key in _MISSING_KEYS:
            return MISSING
        raise InputError(label, f"请填 {PRESENT}（已标注，键入 y 或 1）或 {MISSING}（缺少，键入 x 或 0）。")
    return raw


def _one(spec: ItemSpec, cells: Mapping[int, str]) -> Any:
    if spec.kind == "ordinal":
        if not spec.subresults:
            return cells.get(1)
        grades = {s.code: cells[i] for i, s in enumerate(spec.subresults, 1) if cells.get(i)}
        return grades or None
    ordered = [cells[s] for s in sorted(cells) if cells[s]]
    if spec.kind == "specimens":
        return ordered or None
    if spec.kind == "composition":
        return [components_from_text(text, spec.code)[0] for text in ordered] or None
    if spec.kind == "checklist":
        if len([s for s in cells if cells[s]]) < len(spec.elements):
            return None  # not every element ticked yet
        return {"missing": [e.code for i, e in enumerate(spec.elements, 1) if cells.get(i) == MISSING]}
    return None


def results_input(ruleset: RuleSet, cells: Mapping[str, Sequence[tuple[int, str]]]) -> dict[str, Any]:
    """The engine's ``results`` input for the items of the cell kinds (others are left out)."""
    out: dict[str, Any] = {}
    for code, entries in cells.items():
        spec = ruleset.item_map.get(code)
        if spec is None or spec.kind not in CELL_KINDS:
            continue
        value = _one(spec, {seq: text for seq, text in entries})
        if value is not None:
            out[code] = value
    return out


def cells_for(spec: ItemSpec, value: Any) -> list[tuple[int, str]]:
    """The cells of an engine ``results``/``determinations`` value (inverse of :func:`results_input`):
    for imports and the demo."""
    if spec.kind == "ordinal":
        if isinstance(value, Mapping):
            return [(i, str(value[s.code])) for i, s in enumerate(spec.subresults, 1) if value.get(s.code)]
        return [(1, str(value))]
    if spec.kind == "composition":
        return [(i, f"{c['component']} {c['percent']}") for i, c in enumerate(value, 1)]
    if spec.kind == "checklist":
        missing = set(value.get("missing", ()))
        return [(i, MISSING if e.code in missing else PRESENT) for i, e in enumerate(spec.elements, 1)]
    if isinstance(value, str):
        return [(1, value)]
    return [(i, str(v)) for i, v in enumerate(value, 1)]


def compact_checklist(spec: ItemSpec, text: str) -> list[tuple[int, str]]:
    """A checklist typed in one cell: the numbers of the missing elements ("3,7"; "0" or "无": all present)
    → one tick per element.  For grids narrower than the checklist."""
    raw = text.strip()
    label = f"{spec.name_zh}"
    if raw in ("0", "无", "全", "齐全", "符合"):
        missing: set[int] = set()
    else:
        missing = set()
        for part in (p for p in re.split(r"[,，、;；\s]+", raw) if p):
            if not part.isdigit() or not 1 <= int(part) <= len(spec.elements):
                raise InputError(label, f"请填缺少的要素序号（1～{len(spec.elements)}，如「3,7」），全部具备填 0。")
            missing.add(int(part))
    return [(i, MISSING if i in missing else PRESENT) for i in range(1, len(spec.elements) + 1)]


def compact_text(spec: ItemSpec, cells: Mapping[int, str]) -> str:
    """The one-cell spelling of saved checklist ticks ("" while not every element is ticked)."""
    if len([t for t in cells.values() if t]) < len(spec.elements):
        return ""
    missing = [str(i) for i in range(1, len(spec.elements) + 1) if cells.get(i) == MISSING]
    return ",".join(missing) or "0"
