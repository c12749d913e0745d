"""检验情况汇总表 (.xlsx): one row per reported sample, plus refusals and per-product data sheets."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from labdesk.reports.exports.data import ExportSample, PlanExport

SUMMARY_SHEET = "检验情况汇总表"
HEADER_ROW = 4  # title, plan line, blank, header
SUMMARY_COLUMNS: tuple[tuple[str, int], ...] = (
    ("序号", 6), ("样品编号", 16), ("报告编号", 16), ("产品名称", 12), ("受检单位名称", 30),
    ("统一社会信用代码", 21), ("所在地市", 9), ("区县", 10), ("抽样领域", 10), ("标称生产企业", 28),
    ("商标", 10), ("规格型号/等级", 14), ("生产日期/批号", 16), ("抽样日期", 12), ("执行标准", 18),
    ("检验结论", 10), ("不合格项目", 22), ("主要检验结果", 60), ("报告签发日期", 12), ("备注", 16),
)
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE7F3")
FAIL_FONT = Font(name="宋体", color="C00000", bold=True)
FONT = Font(name="宋体", size=10)


def _date(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def results_text(sample: ExportSample) -> str:
    parts = []
    for item in sample.items:
        if not item.value:
            continue
        unit = f" {item.unit}" if item.unit else ""
        req = f"（{item.requirement}）" if item.requirement else ""
        mark = "不合格" if item.verdict == "fail" else ""
        parts.append(f"{item.name_zh or item.code} {item.value}{unit}{req}{mark}")
    return "；".join(parts)


def summary_row(index: int, s: ExportSample) -> list[object]:
    batch = " / ".join(x for x in (_date(s.production_date), s.batch_no) if x)
    spec = " ".join(x for x in (s.specification, s.declared_grade or "") if x)
    failed = "、".join(s.failed_items)
    return [index, s.sample_no, s.report_no, s.product_name, s.unit_name, s.unit_credit_code, s.region, s.county,
            s.domain_zh, s.producer_name, s.trademark, spec, batch, _date(s.sampling_date), s.executed_standard,
            s.verdict_zh, failed, results_text(s), _date(s.issued_on), s.remarks]


def _header(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[int] | None = None) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=col, value=text)
        cell.font = Font(name="宋体", bold=True, size=10)
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if widths:
            ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]


def _title(ws: Worksheet, title: str, subtitle: str, ncols: int) -> None:
    ws.cell(row=1, column=1, value=title).font = Font(name="黑体", size=16, bold=True)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=2, column=1, value=subtitle).font = Font(name="宋体", size=10)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)


def summary_xlsx(data: PlanExport) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SUMMARY_SHEET
    reported = data.reported
    failed = sum(1 for s in reported if s.verdict == "fail")
    headers = [h for h, _ in SUMMARY_COLUMNS]
    _title(ws, f"{data.plan_title}检验情况汇总表", f"计划文号：{data.document_no}　承检机构：{data.lab_name}　"
           f"报告 {len(reported)} 批次，不合格 {failed} 批次，拒检 {len(data.refusals)} 家　"
           f"制表日期：{data.generated_on.isoformat()}", len(headers))
    _header(ws, HEADER_ROW, headers, [w for _, w in SUMMARY_COLUMNS])
    for index, sample in enumerate(reported, start=1):
        row = HEADER_ROW + index
        for col, value in enumerate(summary_row(index, sample), start=1):
            cell = ws.cell(row=row, column=col, value=value)
            cell.font = FONT
            cell.border = BORDER
            cell.alignment = Alignment(vertical="center", wrap_text=col in (5, 10, 17, 18))
        if sample.verdict == "fail":
            ws.cell(row=row, column=16).font = FAIL_FONT
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(headers))}{HEADER_ROW + max(1, len(reported))}"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"

    refusals = wb.create_sheet("拒检情况")
    r_headers = ["序号", "企业名称", "所在地市", "区县", "产品", "拒检日期", "拒检情况", "抽样人员", "县级局共同认定",
                 "认定日期", "报省局日期", "结果"]
    _title(refusals, "拒检情况（以拒检不合格向社会公布）", data.plan_title, len(r_headers))
    _header(refusals, HEADER_ROW, r_headers, [6, 30, 9, 10, 12, 12, 40, 16, 22, 12, 12, 12])
    for i, r in enumerate(data.refusals, start=1):
        values = [i, r.enterprise, r.region, r.county, r.product_name, _date(r.occurred_on), r.description,
                  "、".join(r.samplers), r.county_bureau, _date(r.county_confirmed_on),
                  _date(r.reported_to_province_on), "拒检（不合格）"]
        for col, value in enumerate(values, start=1):
            cell = refusals.cell(row=HEADER_ROW + i, column=col, value=value)
            cell.font = FONT
            cell.border = BORDER

    # objections and re-tests; sample disposition (reported to the province in writing)
    objections = wb.create_sheet("异议与复检")
    o_headers = ["序号", "样品编号", "受检单位", "提出日期", "申请人", "状态", "处理结果"]
    _title(objections, "异议与复检情况", data.plan_title, len(o_headers))
    _header(objections, HEADER_ROW, o_headers, [6, 16, 30, 12, 24, 10, 60])
    for i, o in enumerate(data.objections, start=1):
        for col, value in enumerate([i, o.sample_no, o.enterprise, _date(o.filed_on), o.applicant, o.state_zh,
                                     o.outcome_note], start=1):
            cell = objections.cell(row=HEADER_ROW + i, column=col, value=value)
            cell.font = FONT
            cell.border = BORDER
    disposals = wb.create_sheet("样品处置情况")
    d_headers = ["序号", "样品编号", "受检单位", "产品", "检验结论", "是否付费", "处置方式", "处置日期", "接收单位/人",
                 "书面记录"]
    _title(disposals, "样品处置情况（异议期满后）", data.plan_title, len(d_headers))
    _header(disposals, HEADER_ROW, d_headers, [6, 16, 30, 12, 10, 9, 30, 12, 24, 60])
    for i, d in enumerate(data.dispositions, start=1):
        values = [i, d.sample_no, d.enterprise, d.product_name, d.verdict_zh, "是" if d.paid else "否", d.action_name,
                  _date(d.done_on), d.recipient, d.record]
        for col, value in enumerate(values, start=1):
            cell = disposals.cell(row=HEADER_ROW + i, column=col, value=value)
            cell.font = FONT
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=col == 10, vertical="center")

    # one data sheet per product: one column per item, for the analysts
    for code, name in data.product_names:
        rows = [s for s in reported if s.product_code == code]
        if not rows:
            continue
        codes: list[str] = []
        labels: dict[str, str] = {}
        for s in rows:
            for item in s.items:
                if item.code not in labels:
                    codes.append(item.code)
                    labels[item.code] = f"{item.name_zh or item.code}（{item.code}）" + (f"/{item.unit}" if item.unit
                                                                                       else "")
        sheet = wb.create_sheet(f"检验数据-{name}"[:31])
        heads = ["样品编号", "受检单位", "所在地市", "结论", *[labels[c] for c in codes]]
        _title(sheet, f"{name}检验数据", data.plan_title, len(heads))
        _header(sheet, HEADER_ROW, heads, [16, 30, 9, 8, *[14] * len(codes)])
        for i, s in enumerate(rows, start=1):
            by_code = {item.code: item for item in s.items}
            cells: list[object] = [s.sample_no, s.unit_name, s.region, s.verdict_zh]
            for c in codes:
                found = by_code.get(c)
                cells.append(found.value if found else "")
            for col, value in enumerate(cells, start=1):
                cell = sheet.cell(row=HEADER_ROW + i, column=col, value=value)
                cell.font = FONT
                cell.border = BORDER
                if col > 4 and by_code.get(codes[col - 5]) is not None and by_code[codes[col - 5]].verdict == "fail":
                    cell.font = FAIL_FONT
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
