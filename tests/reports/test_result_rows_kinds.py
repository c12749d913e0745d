"""The judging part of the report: GB/T 8170 marks at limits, every result kind, the notes (issue 11, 15)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import evaluate
from labdesk.reports.inspection_report import ResultRow, render_report
from labdesk.reports.result_rows import MARK_NOTE, result_rows
from tests.reports.pdftools import pdftotext
from tests.reports.sample_data import report_data

KINDS = load_catalogue(Path(__file__).resolve().parents[1] / "domain" / "kinds")
CAT = load_catalogue()


def rows_of(catalogue: Any, product: str, **kw: Any) -> tuple[dict[str, ResultRow], list[str]]:
    rs = catalogue.ruleset(product)
    kw.setdefault("context", {})
    kw.setdefault("declared", {})
    kw.setdefault("determinations", {})
    record = evaluate(rs, catalogue_version=catalogue.version, **kw).to_record_dict()
    data = rs.to_dict()
    rows, _methods, notes = result_rows(record, data)
    by_name = {str(i.get("name_zh") or i["code"]): i["code"] for i in data["items"]}
    return {by_name[row.name.split("（")[0].split(" ")[0]]: row for row in rows}, notes


def test_mark_is_shown_where_the_value_equals_the_limit_and_explained() -> None:
    # Ad = 19.2048 × 100/96 = 20.005 → "20.00", fails ≤20 under 全数值比较法: printed "20.00(+)"
    dets = {"Mad": ["4.00", "4.00"], "Aad": ["19.2048", "19.2048"], "St,ad": ["0.50", "0.50"]}
    rows, notes = rows_of(
        CAT, "power_coal", context={"coal_rank": "lignite", "transport_km": 800}, determinations=dets
    )
    assert rows["Ad"].result == "20.00(+)" and rows["Ad"].verdict == "不合格"
    assert rows["Mad"].result == "4.00"  # no limit: no mark
    assert rows["St,d"].result == "0.52"  # 0.5208 rounded, but not at its limit: no mark
    assert MARK_NOTE in notes


def test_no_mark_note_without_marks() -> None:
    dets = {"Mad": ["4.00", "4.00"], "Aad": ["16.00", "16.00"], "St,ad": ["0.50", "0.50"]}
    _rows, notes = rows_of(
        CAT, "power_coal", context={"coal_rank": "other", "transport_km": 100}, determinations=dets
    )
    assert MARK_NOTE not in notes


def test_unverified_failure_note() -> None:
    dets = {"Mad": ["2.00", "2.00"], "Aad": ["11.20", "11.20"], "St,ad": ["0.50", "0.50"]}
    rows, notes = rows_of(
        CAT,
        "power_coal",
        context={"coal_rank": "other", "transport_km": 100},
        declared={"Ad": "10.00"},
        determinations=dets,
    )
    assert rows["Ad"].requirement.endswith("*")
    # the rows carry the star; the note that the quality manager acknowledged the unverified-only failure is
    # added by the signing service once it is recorded (tests/reports/test_unverified_ack.py), never here
    assert not any("质量负责人" in n for n in notes)


def test_every_kind_is_shown() -> None:
    rows, _ = rows_of(KINDS, "kind_lod", results={"HCHO": ["未检出"]})
    assert rows["HCHO"].result == "未检出（检出限 20 mg/kg）" and rows["HCHO"].verdict == "合格"
    rows, _ = rows_of(
        KINDS, "kind_ordinal", context={"safety_category": "A"}, results={"rub": {"dry": "4", "wet": "3"}}
    )
    assert rows["rub"].result == "3（干摩擦 4；湿摩擦 3）" and rows["rub"].verdict == "不合格"
    rows, _ = rows_of(KINDS, "kind_specimens", results={"zinc": ["280", "290", "260"]})
    assert rows["zinc"].result == "277（260～290，n=3）"
    rows, _ = rows_of(
        KINDS,
        "kind_composition",
        declared={"fibre": [{"component": "棉", "percent": "60"}, {"component": "涤纶", "percent": "40"}]},
        results={"fibre": [{"component": "棉", "percent": "52.0"}, {"component": "涤纶", "percent": "48.0"}]},
    )
    assert rows["fibre"].table == (
        ("成分", "标注值", "实测值"),
        ("棉", "60.0", "52.0"),
        ("涤纶", "40.0", "48.0"),
    )
    rows, _ = rows_of(KINDS, "kind_checklist", results={"label": {"missing": ["safety_category"]}})
    assert rows["label"].result == "未标注安全技术类别" and rows["label"].verdict == "不合格"
    rows, _ = rows_of(
        KINDS, "kind_classes", results={"a1": ["45.0"], "b1": ["0.60"], "b2": ["250"], "c1": ["1"]}
    )
    assert "（B类）" in next(r.name for k, r in rows.items() if "直径偏差" in r.name)


def test_rendered_report_shows_marks_lod_grades_composition_and_findings(tmp_path: Path) -> None:
    rows = (
        ResultRow("干燥基灰分 Ad", "%", "≤20", "20.00(+)", "不合格"),
        ResultRow("甲醛含量", "mg/kg", "≤20", "未检出（检出限 20 mg/kg）", "合格"),
        ResultRow("耐摩擦色牢度", "级", "≥3-4级", "3（干摩擦 4；湿摩擦 3）", "不合格"),
        ResultRow(
            "纤维含量",
            "%",
            "标注值±5",
            "棉 52.0%；涤纶 48.0%",
            "不合格",
            table=(("成分", "标注值", "实测值"), ("棉", "60.0", "52.0"), ("涤纶", "40.0", "48.0")),
        ),
        ResultRow("使用说明", "", "应标注的内容齐全", "未标注安全技术类别", "不合格"),
    )
    data = dataclasses.replace(
        report_data(fail=True), rows=rows, notes=("“—”表示该项目不作单项判定。", MARK_NOTE)
    )
    pdf = render_report(data)
    (tmp_path / "kinds.pdf").write_bytes(pdf)
    flat = re.sub(r"\s+", "", pdftotext(pdf, tmp_path))
    for text in (
        "20.00(+)",
        "未检出（检出限20mg/kg）",
        "干摩擦4；湿摩擦3",
        "成分",
        "标注值",
        "实测值",
        "见下表",
        "未标注安全技术类别",
        "已舍",
        "已进",
    ):
        assert text in flat, text


def test_internal_codes_never_reach_the_report() -> None:
    dets = {"Mad": ["2.00", "2.00"], "Aad": ["11.20", "11.20"], "St,ad": ["0.50", "0.50"]}
    coal, _ = rows_of(CAT, "power_coal", context={"coal_rank": "other", "transport_km": 100}, determinations=dets)
    assert coal["Ad"].name == "干燥基灰分 Ad"  # symbols are kept
    rows, _ = rows_of(KINDS, "kind_ordinal", context={"safety_category": "A"}, results={"rub": {"dry": "4", "wet": "3"}})
    assert "rub" not in rows["rub"].name  # an internal identifier never is
