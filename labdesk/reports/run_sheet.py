"""Run sheet (批次工作单): positions with their codes (blind codes for samples, QC codes for reference
materials; the material itself is not printed), an empty column for the readings, and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from labdesk.reports.fonts import register_fonts
from labdesk.reports.inspection_report import (
    GRID,
    LIGHT,
    MARGIN_L,
    MARGIN_R,
    PAGE_W,
    build_pdf,
    page_number_text,
    para,
)


@dataclass(frozen=True)
class SheetRow:
    position: int
    kind_zh: str
    code: str
    value: str = ""


@dataclass(frozen=True)
class RunSheet:
    lab_name: str
    run_no: str
    item: str
    method: str
    equipment: str
    created_on: str
    created_by: str
    rows: tuple[SheetRow, ...]


def _table(rows: Sequence[SheetRow], width: float) -> Table:
    data = [[para("位置", "head"), para("类型", "head"), para("编号", "head"), para("测定结果", "head"),
             para("备注", "head")]]
    for row in rows:
        data.append([para(row.position, "cellc"), para(row.kind_zh, "cellc"), para(row.code, "cellc"),
                     para(row.value, "cellc"), para("")])
    table = Table(data, colWidths=[w * width for w in (0.1, 0.14, 0.26, 0.22, 0.28)], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]))
    return table


def render_run_sheet(sheet: RunSheet) -> bytes:
    width = PAGE_W - MARGIN_L - MARGIN_R
    head = Table([[para(f"批次编号：{sheet.run_no}"), para(f"检验项目：{sheet.item}")],
                  [para(f"检验方法：{sheet.method or '/'}"), para(f"仪器设备：{sheet.equipment or '/'}")],
                  [para(f"建立日期：{sheet.created_on}"), para(f"建立人：{sheet.created_by}")]],
                 colWidths=[width / 2, width / 2])
    head.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID)]))
    story: list[Flowable] = [para(sheet.lab_name, "lab"), para("批次工作单", "h1"), head, Spacer(1, 4 * mm),
                             _table(sheet.rows, width), Spacer(1, 8 * mm),
                             para("检验人：＿＿＿＿＿＿　　校核人：＿＿＿＿＿＿　　日期：＿＿＿＿＿＿"),
                             Spacer(1, 3 * mm),
                             para("注：样品以盲样编号、质控样以质控编号标识；质控样结果须与标准值比对合格后，"
                                  "本批次样品结果方可提交。", "small")]

    def decorate(c: rl_canvas.Canvas, number: int, total: int) -> None:
        c.setFont(register_fonts(), 8)
        c.drawCentredString(PAGE_W / 2, 12 * mm, f"{sheet.run_no}　{page_number_text(number, total)}")

    return build_pdf(story, title=f"批次工作单 {sheet.run_no}", subject="run sheet", keywords=sheet.run_no,
                     decorate=decorate)
