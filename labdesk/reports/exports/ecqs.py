"""The e-CQS entry file: the sampling information and results to type into (or import to) e-CQS.

e-CQS (国家产品质量监督抽查信息系统) has no public import format that we could verify,
so this is a workbook laid out for entry by hand or by the regulator's import
template, with the columns documented in its own 字段说明 sheet:

Sheet ``抽样信息`` — one row per sample of the plan that was not rejected at intake:

====================  =========================================================
column                 content
====================  =========================================================
抽样单编号              the sampling form number (抽样单编号)
样品编号                LabDesk's sample number
产品名称                product name as in the plan
抽样领域                生产领域 / 流通领域
受检单位名称            sampled unit; 统一社会信用代码 its GB 32100 code
受检单位地址            address; 所在地市 / 区县 the city and county
联系人 / 联系电话        the unit's contact
标称生产企业            nominal producer (circulation domain), with its address
商标 / 规格型号 / 等级    as written on the sampling form
生产日期 / 批号          production date (YYYY-MM-DD) and batch number
执行标准                executed standard (with edition)
生产许可证编号          licence number, when the product needs one
抽样基数 / 抽样数量      base quantity and sample quantity, with units
抽样地点 / 抽样日期      sampling place and date (YYYY-MM-DD)
封样编号                seal numbers of the test and backup portions
抽样人员                samplers, separated by "、"
是否付费                是 / 否 (test portion bought)
样品状态                LabDesk state (已出报告, 检验中, ...)
====================  =========================================================

Sheet ``检验结果`` — one row per reported sample and item:
抽样单编号, 样品编号, 报告编号, 产品名称, 项目代号, 检验项目, 单位, 标准要求, 实测值, 单项判定
(合格 / 不合格 / 不判定), 检验结论 (sample level), 报告签发日期.

A CSV twin of each sheet (UTF-8 with BOM, so Excel opens the Chinese) is produced by :func:`ecqs_csv`.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from labdesk.reports.exports.data import PlanExport

STATE_ZH = {"registered": "已登记", "received": "已接收", "in_testing": "检验中", "submitted": "待审核",
            "returned": "已退回", "approved": "待签发", "reported": "已出报告", "terminated": "已终止",
            "rejected": "已拒收"}
SAMPLING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("抽样单编号", "抽样单上的编号"), ("样品编号", "LabDesk 样品编号"), ("产品名称", "计划中的产品名称"),
    ("抽样领域", "生产领域 / 流通领域"), ("受检单位名称", "被抽样单位"), ("统一社会信用代码", "GB 32100 18 位代码"),
    ("受检单位地址", ""), ("所在地市", ""), ("区县", ""), ("联系人", ""), ("联系电话", ""),
    ("标称生产企业", "流通领域抽样时的标称生产者"), ("标称生产企业地址", ""), ("商标", ""), ("规格型号", ""),
    ("等级", "标称等级"), ("生产日期", "YYYY-MM-DD"), ("批号", ""), ("执行标准", "含年代号"),
    ("生产许可证编号", "需要许可证的产品"), ("抽样基数", "含单位"), ("抽样数量", "含单位"), ("抽样地点", ""),
    ("抽样日期", "YYYY-MM-DD"), ("封样编号", "检验样品与备用样品的封条编号"), ("抽样人员", "以“、”分隔"),
    ("是否付费", "是 / 否（是否购买检验样品）"), ("样品状态", "LabDesk 中的状态"),
)
RESULT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("抽样单编号", ""), ("样品编号", ""), ("报告编号", ""), ("产品名称", ""), ("项目代号", "如 Ad、St,d、Qnet,ar"),
    ("检验项目", ""), ("单位", ""), ("标准要求", "如 ≤25.00"), ("实测值", "修约后的报告值"),
    ("单项判定", "合格 / 不合格 / 不判定"), ("检验结论", "样品结论"), ("报告签发日期", "YYYY-MM-DD"),
)
ITEM_VERDICT = {"pass": "合格", "fail": "不合格"}


def _d(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def sampling_rows(data: PlanExport) -> list[list[str]]:
    rows = []
    for s in data.samples:
        if s.state == "rejected":
            continue
        rows.append([s.form_no, s.sample_no, s.product_name, s.domain_zh, s.unit_name, s.unit_credit_code,
                     s.unit_address, s.region, s.county, s.unit_contact, s.unit_phone, s.producer_name,
                     s.producer_address, s.trademark, s.specification, s.declared_grade, _d(s.production_date),
                     s.batch_no, s.executed_standard, s.licence_no, s.base_quantity, s.sample_quantity,
                     s.sampling_place, _d(s.sampling_date), s.seal_numbers, "、".join(s.samplers),
                     "是" if s.paid else "否", STATE_ZH.get(s.state, s.state)])
    return rows


def result_rows(data: PlanExport) -> list[list[str]]:
    rows = []
    for s in data.reported:
        for item in s.items:
            rows.append([s.form_no, s.sample_no, s.report_no, s.product_name, item.code, item.name_zh, item.unit,
                         item.requirement, item.value, ITEM_VERDICT.get(item.verdict, "不判定"), s.verdict_zh,
                         _d(s.issued_on)])
    return rows


def ecqs_xlsx(data: PlanExport) -> bytes:
    wb = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E2EFDA")
    sheets = (("抽样信息", SAMPLING_COLUMNS, sampling_rows(data)), ("检验结果", RESULT_COLUMNS, result_rows(data)))
    first = True
    for title, columns, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        first = False
        ws.title = title
        ws.append([c for c, _ in columns])
        for cell in ws[1]:
            cell.font = bold
            cell.fill = fill
        for row in rows:
            ws.append(row)
        for index, (name, _) in enumerate(columns):
            ws.column_dimensions[ws.cell(row=1, column=index + 1).column_letter].width = max(10, len(name) * 2 + 4)
        ws.freeze_panes = "A2"
    doc = wb.create_sheet("字段说明")
    doc.append(["工作表", "字段", "说明"])
    for cell in doc[1]:
        cell.font = bold
    for title, columns, _ in sheets:
        for name, note in columns:
            doc.append([title, name, note])
    doc.append([])
    doc.append(["计划", data.plan_title, f"{data.document_no}；导出日期 {data.generated_on.isoformat()}"])
    doc.column_dimensions["A"].width = 12
    doc.column_dimensions["B"].width = 20
    doc.column_dimensions["C"].width = 50
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def ecqs_csv(data: PlanExport) -> dict[str, bytes]:
    """``{"抽样信息": bytes, "检验结果": bytes}`` as UTF-8 CSV with BOM."""
    out = {}
    for title, columns, rows in (("抽样信息", SAMPLING_COLUMNS, sampling_rows(data)),
                                 ("检验结果", RESULT_COLUMNS, result_rows(data))):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([c for c, _ in columns])
        writer.writerows(rows)
        out[title] = buffer.getvalue().encode("utf-8-sig")
    return out
