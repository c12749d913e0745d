"""The analysis report with the plan-2 kinds: items that are not charted get a judged / failed count."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from labdesk.reports.exports.analysis import indicator_series, other_kind_rows
from labdesk.reports.exports.data import ItemValue


def sample(product: str, *items: ItemValue) -> Any:
    return SimpleNamespace(product_name=product, items=items)


def test_grades_labelling_composition_and_lod_are_counted_not_charted() -> None:
    towels = [
        sample("毛巾", ItemValue("fast_soap", "耐皂洗色牢度", "级", "2-3", "≥3级", "fail", "ordinal"),
               ItemValue("label", "使用说明", "", "未标注安全技术类别", "", "fail", "checklist"),
               ItemValue("fibre", "纤维含量", "%", "棉 100.0%", "", "pass", "composition"),
               ItemValue("formaldehyde", "甲醛含量", "mg/kg", "未检出（检出限 20 mg/kg）", "≤75", "pass"),
               ItemValue("ph", "pH值", "", "7.2", "4.0～8.5", "pass")),
        sample("毛巾", ItemValue("fast_soap", "耐皂洗色牢度", "级", "3-4", "≥3级", "pass", "ordinal"),
               ItemValue("label", "使用说明", "", "符合", "", "pass", "checklist"),
               ItemValue("formaldehyde", "甲醛含量", "mg/kg", "30", "≤75", "pass"),
               ItemValue("ph", "pH值", "", "6.8", "4.0～8.5", "pass")),
    ]
    rows = other_kind_rows(towels)
    assert rows == [
        ["毛巾", "使用说明", "标识/使用说明", 2, 1],
        ["毛巾", "耐皂洗色牢度", "等级（色牢度等）", 2, 1],
        ["毛巾", "甲醛含量", "未检出项", 1, 0],
        ["毛巾", "纤维含量", "纤维含量", 1, 0],
    ]
    charted = [code for code, *_ in indicator_series(towels)]
    assert "fast_soap" not in charted and "label" not in charted and "ph" in charted
