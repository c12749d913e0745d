"""合订本: every report, notice and sampling form of the plan as one PDF with a table of contents.

Sampling forms (抽样单) are rendered here from the sample data; reports and notices
are the stored PDFs, imported page by page with pyHanko's PDF reader/writer (each
source page becomes a form XObject on a fresh page).  Signatures of the source
files do not survive the merge (a bound volume is a paper-style copy; the signed
originals stay in the database).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PdfFileWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from labdesk.reports.exports.data import CancelFn, ExportSample, PlanExport, ProgressFn, tick
from labdesk.reports.fonts import register_fonts


@dataclass(frozen=True)
class Section:
    title: str  # TOC line
    group: str  # 合格报告 | 不合格报告 | 检验结果告知书 | 抽样单
    pdf: bytes


def _style(font: str, size: float, **kw: object) -> ParagraphStyle:
    style = ParagraphStyle(f"s{size}", fontName=font, fontSize=size, leading=size * 1.5, **kw)
    style.wordWrap = "CJK"
    return style


def sampling_form_pdf(sample: ExportSample, data: PlanExport) -> bytes:
    """One 产品质量监督抽查抽样单 page rendered from the registered data."""
    font = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"抽样单 {sample.form_no}", invariant=1)
    cell = _style(font, 9.5)

    def p(text: object) -> Paragraph:
        return Paragraph(str(text) if text not in (None, "") else "—", cell)

    d = lambda v: v.isoformat() if v else "—"  # noqa: E731
    rows = [
        [p("任务来源"), p(f"{data.issuing_authority}（{data.document_no}）"), p("抽样单编号"), p(sample.form_no)],
        [p("产品名称"), p(sample.product_name), p("样品编号"), p(sample.sample_no)],
        [p("抽样领域"), p(sample.domain_zh), p("抽样日期"), p(d(sample.sampling_date))],
        [p("受检单位名称"), p(sample.unit_name), p("统一社会信用代码"), p(sample.unit_credit_code)],
        [p("受检单位地址"), p(sample.unit_address), p("联系人/电话"), p(f"{sample.unit_contact} {sample.unit_phone}")],
        [p("标称生产企业"), p(sample.producer_name or sample.unit_name), p("生产企业地址"),
         p(sample.producer_address or sample.unit_address)],
        [p("商标"), p(sample.trademark), p("规格型号/等级"), p(" ".join(x for x in (sample.specification,
                                                                               sample.declared_grade) if x))],
        [p("生产日期/批号"), p(" / ".join(x for x in (d(sample.production_date), sample.batch_no) if x)),
         p("执行标准"), p(sample.executed_standard)],
        [p("生产许可证编号"), p(sample.licence_no), p("是否付费"), p("是" if sample.paid else "否（备用样品无偿提供）")],
        [p("抽样基数"), p(sample.base_quantity), p("抽样数量"), p(sample.sample_quantity)],
        [p("抽样地点"), p(sample.sampling_place), p("封样编号"), p(sample.seal_numbers)],
        [p("抽样人员"), p("、".join(sample.samplers)), p("所在地市/区县"), p(f"{sample.region} {sample.county}")],
        [p("备注"), p(sample.remarks), "", ""],
    ]
    table = Table(rows, colWidths=[28 * mm, 58 * mm, 30 * mm, 58 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
        ("BACKGROUND", (2, 0), (2, -2), colors.HexColor("#F2F2F2")),
        ("SPAN", (1, -1), (3, -1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    signatures = Table([[p("抽样人员（签字）：\n\n\n"), p("受检单位（签字、盖章）：\n\n\n")]],
                       colWidths=[87 * mm, 87 * mm], rowHeights=[28 * mm])
    signatures.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("产品质量监督抽查抽样单", _style(font, 17, alignment=TA_CENTER, spaceAfter=3 * mm)),
        Paragraph(f"{data.plan_title}", _style(font, 10, alignment=TA_CENTER, spaceAfter=5 * mm)),
        table, Spacer(1, 5 * mm), signatures, Spacer(1, 3 * mm),
        Paragraph(f"（本页由 {data.lab_name} 依据登记的抽样单信息生成，原件存档。）", _style(font, 8.5)),
    ]
    doc.build(story)
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return int(reader.root["/Pages"]["/Count"])


def toc_pdf(data: PlanExport, entries: Sequence[tuple[str, str, int]], toc_pages: int) -> bytes:
    """The cover and table of contents; ``entries`` are (group, title, first page of the section)."""
    font = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=f"{data.plan_title}合订本", invariant=1)
    story: list[object] = [
        Paragraph(f"{data.plan_title}", _style(font, 17, alignment=TA_CENTER)),
        Paragraph("检验资料合订本", _style(font, 22, alignment=TA_CENTER, spaceBefore=4 * mm, spaceAfter=4 * mm)),
        Paragraph(f"{data.issuing_authority}　{data.document_no}", _style(font, 10.5, alignment=TA_CENTER)),
        Paragraph(f"承检机构：{data.lab_name}　　编制日期：{data.generated_on.isoformat()}",
                  _style(font, 10.5, alignment=TA_CENTER, spaceAfter=8 * mm)),
        Paragraph("目　录", _style(font, 14, alignment=TA_CENTER, spaceAfter=4 * mm)),
    ]
    rows: list[list[object]] = []
    styles: list[tuple[object, ...]] = [("FONT", (0, 0), (-1, -1), font, 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#CCCCCC"))]
    current = None
    for group, title, page in entries:
        if group != current:
            styles.append(("FONT", (0, len(rows)), (-1, len(rows)), font, 11))
            styles.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#EEF2F8")))
            rows.append([group, ""])
            current = group
        rows.append([f"　　{title}", str(page + toc_pages)])
    if not rows:
        rows.append(["（本计划尚无已出具的报告）", ""])
    table = Table(rows, colWidths=[140 * mm, 24 * mm], repeatRows=0)
    table.setStyle(TableStyle(styles))
    story.append(table)
    doc.build(story)
    return buffer.getvalue()


def _append(writer: PdfFileWriter, pdf: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    for index in range(int(reader.root["/Pages"]["/Count"])):
        page_ref, _ = reader.find_page_for_modification(index)
        page = page_ref.get_object()
        box = page.get("/MediaBox") or generic.ArrayObject([generic.NumberObject(0), generic.NumberObject(0),
                                                             generic.FloatObject(A4[0]), generic.FloatObject(A4[1])])
        xobject = writer.import_page_as_xobject(reader, page_ix=index)
        content = writer.add_object(generic.StreamObject(stream_data=b"q /P0 Do Q"))
        writer.insert_page(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/MediaBox"): generic.ArrayObject([generic.FloatObject(float(v)) for v in box]),
            generic.NameObject("/Resources"): generic.DictionaryObject({
                generic.NameObject("/XObject"): generic.DictionaryObject({generic.NameObject("/P0"): xobject})}),
            generic.NameObject("/Contents"): content,
        }))


def bound_volume_pdf(data: PlanExport, sections: Sequence[Section], *, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None) -> bytes:
    """Concatenate the sections after a cover + TOC whose page numbers point at each section."""
    total = len(sections) + 2
    counts = []
    for i, section in enumerate(sections):
        tick(progress, cancelled, i, total, f"统计页数：{section.title}")
        counts.append(page_count(section.pdf))
    entries = []
    page = 1
    for section, count in zip(sections, counts, strict=True):
        entries.append((section.group, section.title, page))
        page += count
    toc_pages = 1
    toc = toc_pdf(data, entries, toc_pages)
    for _ in range(3):  # the TOC's own length shifts the numbers it prints
        real = page_count(toc)
        if real == toc_pages:
            break
        toc_pages = real
        toc = toc_pdf(data, entries, toc_pages)
    writer = PdfFileWriter()
    tick(progress, cancelled, len(sections), total, "装订目录")
    _append(writer, toc)
    for i, section in enumerate(sections):
        tick(progress, cancelled, len(sections) + 1, total, f"装订：{section.title}（{i + 1}/{len(sections)}）")
        _append(writer, section.pdf)
    writer.set_info(generic.DictionaryObject({
        generic.NameObject("/Title"): generic.TextStringObject(f"{data.plan_title}合订本"),
        generic.NameObject("/Creator"): generic.TextStringObject("LabDesk"),
    }))
    out = io.BytesIO()
    writer.write(out)
    tick(progress, cancelled, total, total, "完成")
    return out.getvalue()
