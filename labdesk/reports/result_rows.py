"""The judging part of the 检验报告: result rows (values, GB/T 8170 marks, every result kind) and notes.

Built from a stored evaluation record (:meth:`Evaluation.to_record_dict`) and the rule set's dict.

* Numbers print at the item's interval; where the printed value equals a limit it was compared
  with, the GB/T 8170-2008 §3.3 rounding mark follows it ("20.00(+)": the value is above the
  printed one, 已舍; "(−)": below, 已进), as §4.3.2 requires under 全数值比较法, and a note
  explains the marks.
* Below the detection limit: "未检出（检出限 20 mg/kg）"; ordinal grades with each sub-result;
  specimens as the mean with min–max; compositions as a small table (成分 / 标注值 / 实测值);
  checklists as 符合 or the missing elements.
* A failing verdict that rests only on unverified rules carries a note naming the item.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labdesk.domain.judging.conclusion import is_symbol
from labdesk.reports.inspection_report import ResultRow

__all__ = ["MARK_NOTE", "VERDICT_ZH", "result_rows"]

VERDICT_ZH = {"pass": "合格", "fail": "不合格", "none": "—", "incomplete": "—"}
MARKS = {"+": "(+)", "-": "(−)"}
MARK_NOTE = (
    "检验结果后的“(+)”表示实际值大于报出值（已舍），“(−)”表示实际值小于报出值（已进）；"
    "按 GB/T 8170-2008 全数值比较法，报出值与标准限值相同时标注（GB/T 8170-2008 3.3、4.3.2）。"
)
DASH_NOTE = "“—”表示该项目不作单项判定；“/”表示标准无要求。"
STAR_NOTE = "标注“*”的标准要求在判定规则目录中标记为未经核实，使用前须核对标准原文。"


def _value_text(entry: Mapping[str, Any]) -> tuple[str, bool]:
    """The printed result and whether it carries a rounding mark."""
    value = str(entry.get("value"))
    kind = entry.get("kind", "numeric")
    if kind == "ordinal" and entry.get("subresults"):
        subs = "；".join(f"{s.get('name_zh', s.get('code'))} {s.get('grade')}" for s in entry["subresults"])
        return f"{value}（{subs}）", False
    mark = MARKS.get(str(entry.get("rounding_mark") or ""), "") if entry.get("at_limit") else ""
    if kind == "specimens" and isinstance(entry.get("specimens"), Mapping):
        sp = entry["specimens"]
        return f"{value}{mark}（{sp.get('min')}～{sp.get('max')}，n={sp.get('count')}）", bool(mark)
    return value + mark, bool(mark)


def _components(entry: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    rows = entry.get("components")
    if entry.get("kind") != "composition" or not isinstance(rows, list):
        return ()
    body = tuple(
        (str(c.get("component")), str(c.get("declared") or "/"), str(c.get("percent") or "0"))
        for c in rows
        if isinstance(c, Mapping)
    )
    return (("成分", "标注值", "实测值"), *body)


def _name(spec: Mapping[str, Any], code: str, entry: Mapping[str, Any]) -> str:
    name_zh = str(spec.get("name_zh") or "")
    # a symbol (Ad, St,d, M40) is shown beside the name; an internal identifier never is
    name = (f"{name_zh} {code}" if is_symbol(code, name_zh) else name_zh) if name_zh else str(code)
    cls = entry.get("class") or spec.get("class")
    if not cls:
        return name
    return f"{name}（{cls}类）" if len(str(cls)) == 1 else f"{name}（{cls}项目）"


def _method(spec: Mapping[str, Any]) -> str:
    method = spec.get("method")
    if isinstance(method, dict) and method.get("standard"):
        return str(method["standard"]) + (f"-{method['edition']}" if method.get("edition") else "")
    return ""


def result_rows(
    result: Mapping[str, Any], ruleset: Mapping[str, Any], unverified: set[str] | None = None
) -> tuple[tuple[ResultRow, ...], list[str], list[str]]:
    """Result rows in the rule set's item order; plus method standards and notes.

    ``unverified`` (item codes with any unverified rule in the rule set) is used only for older
    records that lack the per-item ``verified`` flag.
    """
    items = result.get("items") or {}
    specs: dict[str, dict[str, Any]] = {
        str(i.get("code")): i for i in ruleset.get("items", []) if isinstance(i, dict)
    }
    order = [i.get("code") for i in ruleset.get("items", []) if isinstance(i, dict)]
    order += [code for code in items if code not in order]
    rows: list[ResultRow] = []
    methods: list[str] = []
    starred = marked = False
    for code in order:
        entry = items.get(code)
        if not entry or entry.get("value") in (None, ""):
            continue
        spec = specs.get(str(code), {})
        requirement = entry.get("requirement") or "/"
        applied_unverified = (
            entry["verified"] is False if "verified" in entry else code in (unverified or set())
        )
        if entry.get("requirement") and applied_unverified:
            requirement += "*"
            starred = True
        value, has_mark = _value_text(entry)
        marked = marked or has_mark
        rows.append(
            ResultRow(
                _name(spec, str(code), entry),
                str(entry.get("unit") or spec.get("unit") or ""),
                requirement,
                value,
                VERDICT_ZH.get(str(entry.get("verdict")), "—"),
                table=_components(entry),
            )
        )
        method = _method(spec)
        if method and method not in methods:
            methods.append(method)
    notes = [DASH_NOTE]
    if starred:
        notes.append(STAR_NOTE)
    if marked:
        notes.append(MARK_NOTE)
    # a 不合格 resting only on unverified rules: the quality manager's acknowledgement is added as a note
    # by the signing service (labdesk/services/verdict_acks.py), with who acknowledged it and when
    return tuple(rows), methods, notes
