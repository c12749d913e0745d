"""复检结果报告: the outcome of an objection's re-test, compared item by item with the original.

Each row says exactly how the re-test covered it: measured on the backup portion
(复检), computed from re-test data (由复检数据计算), or not re-tested and carried
over from the original test (未复检). Signed like a test report (the service signs
the bytes this renders); ``draft`` renders the unsigned preview.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from labdesk.reports.fonts import register_fonts

VERDICT_ZH = {"pass": "合格", "fail": "不合格", "none": "不判定", "n/a": "不判定"}


@dataclass(frozen=True)
class RetestRow:
    code: str
    name_zh: str
    unit: str
    requirement: str
    original: str
    original_verdict: str
    retest: str
    retest_verdict: str
    retested: bool
    basis: str = ""  # measured | derived | ""


@dataclass(frozen=True)
class RetestSignature:
    role: str  # 签发 / 复检
    name: str
    date: str
    image: bytes | None = None


@dataclass(frozen=True)
class RetestReportData:
    lab_name: str
    plan_title: str
    document_no: str
    sample_no: str
    report_no: str
    product_name: str
    enterprise: str
    applicant: str
    filed_on: dt.date
    grounds: str
    seal_check: str
    photo_jpeg: bytes | None
    rows: tuple[RetestRow, ...]
    original_verdict: str
    retest_verdict: str
    outcome_note: str
    decided_on: dt.date | None
    full_no: str = ""  # this report's own number (-FJ)
    verification_code: str = ""
    signatures: tuple[RetestSignature, ...] = ()
    seal_image: bytes | None = None
    draft: bool = False
    chain_anchor: str = ""  # "<seq>:<sha256>": the audit chain head at signing, in the signed metadata


def retest_report_pdf(data: RetestReportData) -> bytes:
    font = register_fonts()

    def style(size: float, **kw: object) -> ParagraphStyle:
        s = ParagraphStyle(f"r{size}", fontName=font, fontSize=size, leading=size * 1.5, **kw)
        s.wordWrap = "CJK"
        return s

    body, small = style(10.5), style(9)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"复检结果报告 {data.full_no or data.sample_no}",
                            keywords=f"report_no={data.full_no};verification={data.verification_code}"
                            + (f";chain={data.chain_anchor}" if data.chain_anchor else ""),
                            invariant=1)
    info = Table([
        [Paragraph("报告编号", small), Paragraph(data.full_no or "（签发时编号）", small), Paragraph("验证码", small),
         Paragraph(data.verification_code or "（签发时生成）", small)],
        [Paragraph("样品编号", small), Paragraph(data.sample_no, small), Paragraph("原报告编号", small),
         Paragraph(data.report_no or "—", small)],
        [Paragraph("产品名称", small), Paragraph(data.product_name, small), Paragraph("受检单位", small),
         Paragraph(data.enterprise, small)],
        [Paragraph("异议申请人", small), Paragraph(data.applicant, small), Paragraph("提出日期", small),
         Paragraph(data.filed_on.isoformat(), small)],
        [Paragraph("异议理由", small), Paragraph(data.grounds, small), "", ""],
        [Paragraph("备用样品启封", small), Paragraph(data.seal_check, small), "", ""],
    ], colWidths=[26 * mm, 61 * mm, 26 * mm, 61 * mm])
    info.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (1, 4), (3, 4)),
                              ("SPAN", (1, 5), (3, 5)), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    rows = [["项目", "单位", "标准要求", "原检验", "原判定", "复检", "复检判定", "复检方式"]]
    marks = []
    for i, r in enumerate(data.rows, start=1):
        rows.append([Paragraph(f"{r.name_zh}（{r.code}）", small), r.unit, Paragraph(r.requirement, small),
                     r.original, VERDICT_ZH.get(r.original_verdict, r.original_verdict), r.retest,
                     VERDICT_ZH.get(r.retest_verdict, r.retest_verdict), Paragraph(_basis_zh(r), small)])
        judged = {"pass", "fail"}
        if r.original_verdict in judged and r.retest_verdict in judged and r.original_verdict != r.retest_verdict:
            marks.append(("TEXTCOLOR", (0, i), (-1, i), colors.HexColor("#C00000")))
    table = Table(rows, colWidths=[38 * mm, 14 * mm, 24 * mm, 18 * mm, 16 * mm, 18 * mm, 18 * mm, 28 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F3")),
                               ("ALIGN", (1, 0), (-1, -1), "CENTER"), *marks]))
    story: list[object] = [
        Paragraph("复检结果报告", style(18, alignment=TA_CENTER, spaceAfter=2 * mm)),
        Paragraph(f"{data.plan_title}（{data.document_no}）", style(10, alignment=TA_CENTER, spaceAfter=5 * mm)),
        info, Spacer(1, 4 * mm),
        Paragraph("复检结果与原检验结果对比（“复检方式”：实测 = 用备用样品复检测定；计算 = 由复检测定数据计算；"
                  "未复检 = 沿用原检验数据）", body), Spacer(1, 2 * mm),
        table, Spacer(1, 4 * mm),
        Paragraph(f"原检验结论：{VERDICT_ZH.get(data.original_verdict, data.original_verdict)}；"
                  f"复检结论：{VERDICT_ZH.get(data.retest_verdict, data.retest_verdict)}。", body),
        Paragraph(f"处理结果：{data.outcome_note}", body),
    ]
    if data.photo_jpeg:
        story += [Spacer(1, 4 * mm), Paragraph("备用样品启封照片", small),
                  Image(io.BytesIO(data.photo_jpeg), width=80 * mm, height=60 * mm, kind="proportional")]
    story += [Spacer(1, 6 * mm), _signature_table(data, small)]
    story += [Spacer(1, 4 * mm), Paragraph(f"{data.lab_name}　　{(data.decided_on or dt.date.today()).isoformat()}",
                                           style(10.5, alignment=2))]

    def decorate(canvas: object, _doc: object) -> None:
        c = canvas  # reportlab canvas
        if data.draft:
            c.saveState()  # type: ignore[attr-defined]
            c.setFont(font, 60)  # type: ignore[attr-defined]
            c.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.15))  # type: ignore[attr-defined]
            c.translate(A4[0] / 2, A4[1] / 2)  # type: ignore[attr-defined]
            c.rotate(40)  # type: ignore[attr-defined]
            c.drawCentredString(0, 0, "预览 未签发")  # type: ignore[attr-defined]
            c.restoreState()  # type: ignore[attr-defined]

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _basis_zh(row: RetestRow) -> str:
    if row.basis == "derived":
        return "计算（由复检数据）"
    if row.basis == "measured" or (row.retested and not row.basis):
        return "实测"
    return "未复检（沿用原检验数据）"


def _signature_table(data: RetestReportData, small: ParagraphStyle) -> Table:
    cells = []
    for s in data.signatures:
        mark: object = Paragraph(s.name or "/", small)
        if s.image is not None and not data.draft:
            mark = Image(io.BytesIO(s.image), width=24 * mm, height=10 * mm, kind="proportional")
        cells.append([Paragraph(s.role, small), mark, Paragraph(s.date, small)])
    if not cells:
        cells = [[Paragraph("签发", small), Paragraph("（签发人）", small), Paragraph("", small)]]
    table = Table(cells, colWidths=[20 * mm, 40 * mm, 34 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    seal: object = ""
    if data.seal_image and not data.draft:  # the lab's seal beside the signatures, never over the results
        seal = Image(io.BytesIO(data.seal_image), width=36 * mm, height=36 * mm, kind="proportional")
    outer = Table([[table, seal]], colWidths=[100 * mm, 74 * mm])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "CENTER")]))
    return outer
