"""Shared data and layout for the sampling documents (A4, the bundled CJK font)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from labdesk.reports.fonts import register_fonts

BOX, TICK = "□", "■"
BLANK = "　" * 8


@dataclass(frozen=True)
class TaskDocData:
    """Everything the field documents of one sampling task print."""

    task_no: str
    plan_title: str
    plan_document_no: str
    authority: str
    plan_type: str  # 省级专项 …
    lab_name: str
    lab_address: str
    lab_phone: str
    feedback_office: str  # where the enterprise posts the 反馈单
    product_name: str
    product_code: str
    enterprise_name: str
    credit_code: str
    address: str
    region: str
    county: str
    licence_no: str
    legal_rep: str
    contact: str
    phone: str
    samplers: tuple[str, ...]
    followup: bool
    valid_from: dt.date | None
    valid_until: dt.date | None
    send_deadline: str = "抽样后 5 个工作日内"  # plan parameter; not found for product checks (sampling.md §3)
    coal: bool = True
    backup_seal: str = ""  # set when the backup portion stays sealed at the enterprise
    backup_keeper: str = ""
    backup_place: str = ""
    standards: tuple[str, ...] = field(default_factory=tuple)


def styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=16)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=2),
        "sub": ParagraphStyle("sub", base, fontSize=9, leading=12, alignment=TA_CENTER, textColor=colors.grey),
        "h": ParagraphStyle("h", base, fontSize=11.5, leading=17, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=8.3, leading=10.5),
        "section": ParagraphStyle("section", base, fontSize=9, leading=11),
        "label": ParagraphStyle("label", base, fontSize=8.3, leading=10.5, textColor=colors.HexColor("#333333")),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", base, fontSize=8, leading=11, textColor=colors.grey),
        "body": ParagraphStyle("body", base, fontSize=11, leading=20, firstLineIndent=22),
    }


def p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def choice(options: Sequence[str], chosen: str = "") -> str:
    return "　".join(f"{TICK if o == chosen else BOX}{o}" for o in options)


def date_zh(day: dt.date | None) -> str:
    return f"{day.year} 年 {day.month} 月 {day.day} 日" if day else "　　年　　月　　日"


def barcode(code: str) -> Code128:
    """A Code128 the zbar decoder reads from a 150 dpi scan: 0.38 mm modules, 13 mm bars, quiet zones."""
    return Code128(code, barWidth=0.38 * mm, barHeight=13 * mm, humanReadable=True, quiet=True, fontSize=8)


GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
])


def grid(rows: Sequence[Sequence[object]], widths: Sequence[float], extra: Sequence[tuple[object, ...]] = ()) -> Table:
    table = Table([list(r) for r in rows], colWidths=list(widths))
    table.setStyle(GRID)
    if extra:
        table.setStyle(TableStyle(list(extra)))
    return table


def signature_block(s: dict[str, ParagraphStyle], parties: Sequence[str]) -> Table:
    cells = [[p(f"{party}（签字/盖章）：\n\n\n日期：{date_zh(None)}", s["cell"]) for party in parties]]
    width = 180 * mm / len(parties)
    return grid(cells, [width] * len(parties))


def build(story_parts: Sequence[list[Flowable]], title: str) -> bytes:
    """One PDF of several documents, each starting on a new page."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=9 * mm,
                            bottomMargin=8 * mm, title=title, author="LabDesk")
    story: list[Flowable] = []
    for index, part in enumerate(story_parts):
        if index:
            story.append(PageBreak())
        story.extend(part)
    doc.build(story)
    return buffer.getvalue()
