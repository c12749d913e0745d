"""Exports: the summary .xlsx (one row per reported sample, reloads cleanly), e-CQS, analysis PDF, bound volume."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from labdesk.domain.errors import PermissionDenied
from labdesk.persistence.models import Refusal
from labdesk.reports.exports.analysis import parse_limit
from labdesk.reports.exports.bound import page_count
from labdesk.reports.exports.summary import HEADER_ROW, SUMMARY_SHEET
from labdesk.services import exports
from tests.logistics import factory

D = dt.date


@pytest.fixture
def plan_with_results(ctx, actors):  # type: ignore[no-untyped-def]
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    a = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同", "云冈区")
    b = factory.enterprise(ctx, "朔州市鑫源洗煤有限公司", "朔州", "平鲁区")
    reported = []
    for i in range(3):
        sid = factory.sample(ctx, plan, "power_coal", a if i % 2 == 0 else b, "大同" if i % 2 == 0 else "朔州",
                             state="received")
        items = factory.FAIL_ITEMS if i == 1 else factory.PASS_ITEMS
        factory.report(ctx, sid, actors["signatory"], D(2021, 8, 20), items, "fail" if i == 1 else "pass")
        reported.append(sid)
    factory.sample(ctx, plan, "metallurgical_coke", a, "大同", state="in_testing")  # not reported: no row
    factory.sample(ctx, plan, "foundry_coke", b, "朔州", state="rejected")
    with ctx.uow() as uow:
        uow.session.add(Refusal(plan_id=plan.id, enterprise_id=b, product_code="power_coal",
                                occurred_on=D(2021, 8, 3), description="拒绝抽样", samplers=["孙伟", "周杰"]))
        uow.commit()
    return plan, reported


def test_summary_xlsx_has_one_row_per_reported_sample(ctx, actors, plan_with_results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan, reported = plan_with_results
    seen: list[tuple[int, int, str]] = []
    result = exports.export_plan(ctx, actors["quality_manager"], plan.id, tmp_path,
                                 progress=lambda d, t, text: seen.append((d, t, text)))
    assert result.reported == 3
    names = exports.export_names(plan.code)
    assert {p.name for p in result.files} == set(names.values())
    wb = load_workbook(tmp_path / names["summary"])  # reloads cleanly
    ws = wb[SUMMARY_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    assert header[:5] == ["序号", "样品编号", "报告编号", "产品名称", "受检单位名称"]
    rows = [r for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if r[0] is not None]
    assert len(rows) == 3
    assert [r[0] for r in rows] == [1, 2, 3]
    verdicts = [r[header.index("检验结论")] for r in rows]
    assert sorted(verdicts) == ["不合格", "合格", "合格"]
    failing = rows[verdicts.index("不合格")]
    assert "St,d" in failing[header.index("不合格项目")] or "全硫" in failing[header.index("不合格项目")]
    assert failing[header.index("所在地市")] == "朔州"
    assert "≤3.00" in failing[header.index("主要检验结果")]
    assert wb["拒检情况"].cell(row=HEADER_ROW + 1, column=2).value == "朔州市鑫源洗煤有限公司"
    assert "检验数据-动力用煤" in wb.sheetnames
    # e-CQS: every non-rejected sample's sampling information; results per item of reported samples
    ecqs = load_workbook(tmp_path / names["ecqs"])
    assert ecqs.sheetnames == ["抽样信息", "检验结果", "字段说明"]
    assert ecqs["抽样信息"].max_row == 1 + 4
    assert ecqs["检验结果"].max_row == 1 + 3 * 3
    csv_text = (tmp_path / names["ecqs_sampling_csv"]).read_bytes()
    assert csv_text.startswith(b"\xef\xbb\xbf") and "受检单位名称".encode() in csv_text
    assert seen[-1][0] == seen[-1][1] == 100
    # the analysis PDF and the bound volume
    text = subprocess.run(["pdftotext", str(tmp_path / names["analysis"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "质量分析报告" in text and "合格率" in text and "66.7%" not in text  # 2 of 3 + 1 拒检 → 50.0%
    assert "50.0%" in text
    bound = (tmp_path / names["bound"]).read_bytes()
    # cover/TOC + 3 one-page reports + 1 notice + 3 sampling forms
    assert page_count(bound) == 1 + 3 + 1 + 3
    toc = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(tmp_path / names["bound"]), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "目" in toc and "检验结果告知书" in toc and "抽样单" in toc


def test_export_can_be_cancelled_and_needs_permission(ctx, actors, plan_with_results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan, _ = plan_with_results
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(exports.ExportCancelled):
        exports.export_plan(ctx, actors["quality_manager"], plan.id, tmp_path / "out", cancelled=cancelled)
    assert not (tmp_path / "out").exists()  # nothing half-written
    with pytest.raises(PermissionDenied):
        exports.export_plan(ctx, actors["receptionist"], plan.id, tmp_path)


def test_parse_limit() -> None:
    from decimal import Decimal

    assert parse_limit("≤25.00") == ("<=", Decimal("25.00"), None)
    assert parse_limit("≥16.50") == (">=", Decimal("16.50"), None)
    assert parse_limit("1.2～1.6") == ("range", Decimal("1.2"), Decimal("1.6"))
    assert parse_limit("≤15.00+2.115") is None
