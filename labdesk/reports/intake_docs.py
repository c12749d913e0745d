"""Intake documents: 样品接收单 (receipt), 样品拒收通知 (rejection notice), 终止检验通知 (termination).

Data in, bytes out (A4, the bundled CJK font).  The rejection and termination
notices go to the provincial bureau as the written report the seed requires.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from labdesk.reports.fonts import register_fonts


@dataclass(frozen=True)
class DocPhoto:
    caption: str
    jpeg: bytes
    width: int
    height: int
    sha256: str = ""


@dataclass(frozen=True)
class IntakeDocData:
    """What every intake document shows about the sample."""

    lab_name: str
    plan_title: str
    plan_document_no: str
    authority: str  # the provincial bureau the notice goes to
    sample_no: str
    form_no: str
    product_name: str
    domain_name: str
    sampled_unit: str
    sampled_unit_address: str
    producer: str
    trademark: str
    specification: str
    batch: str  # batch number and/or production date
    sampling_date: dt.date
    sampling_place: str
    samplers: tuple[str, ...]
    seal_numbers: str
    portions: tuple[tuple[str, str, str, str], ...] = ()  # (name, code, quantity, seal)
    notice_no: str = ""
    photos: tuple[DocPhoto, ...] = field(default_factory=tuple)


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=16)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("sub", base, fontSize=9, leading=13, alignment=TA_CENTER, textColor=colors.grey),
        "h": ParagraphStyle("h", base, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", base, fontSize=9.5, leading=13),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", base, fontSize=8, leading=11, textColor=colors.grey),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _info_table(data: IntakeDocData, s: dict[str, ParagraphStyle]) -> Table:
    c = s["cell"]
    rows = [
        ("样品编号", data.sample_no, "抽样单编号", data.form_no),
        ("产品名称", data.product_name, "抽样领域", data.domain_name),
        ("被抽样单位", data.sampled_unit, "单位地址", data.sampled_unit_address),
        ("标称生产者", data.producer or "—", "商标", data.trademark or "—"),
        ("规格型号/等级", data.specification or "—", "批号/生产日期", data.batch or "—"),
        ("抽样日期", data.sampling_date.isoformat(), "抽样地点", data.sampling_place or "—"),
        ("抽样人员", "、".join(data.samplers), "封条编号", data.seal_numbers or "—"),
    ]
    table = Table([[_p(a, c), _p(b, c), _p(d, c), _p(e, c)] for a, b, d, e in rows],
                  colWidths=[24 * mm, 61 * mm, 24 * mm, 61 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _photos(photos: Sequence[DocPhoto], s: dict[str, ParagraphStyle], limit: int = 6) -> list[object]:
    if not photos:
        return [_p("（无照片）", s["base"])]
    cells: list[object] = []
    for photo in list(photos)[:limit]:
        box_w, box_h = 80 * mm, 56 * mm
        ratio = min(box_w / max(photo.width, 1), box_h / max(photo.height, 1))
        image = Image(io.BytesIO(photo.jpeg), width=photo.width * ratio, height=photo.height * ratio)
        caption = photo.caption + (f"  SHA-256 {photo.sha256[:16]}…" if photo.sha256 else "")
        cells.append([image, _p(caption, s["small"])])
    rows = [cells[i:i + 2] + ([""] if len(cells[i:i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[85 * mm, 85 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return [table]


def _signature(s: dict[str, ParagraphStyle], lab: str, role: str, name: str, day: dt.date) -> list[object]:
    return [
        Spacer(1, 8 * mm),
        KeepTogether([
            _p(f"{role}：{name}", s["right"]),
            _p(f"{lab}（盖章）", s["right"]),
            _p(f"{day.year}年{day.month}月{day.day}日", s["right"]),
        ]),
    ]


def _build(title: str, story: list[object]) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author="LabDesk", creator="LabDesk")
    doc.build(story)
    return buffer.getvalue()


def _header(data: IntakeDocData, title: str, s: dict[str, ParagraphStyle]) -> list[object]:
    sub = f"{data.plan_title}"
    if data.plan_document_no:
        sub += f"（{data.plan_document_no}）"
    if data.notice_no:
        sub += f"　编号：{data.notice_no}"
    return [_p(data.lab_name, s["sub"]), _p(title, s["title"]), _p(sub, s["sub"]), Spacer(1, 5 * mm)]


def rejection_notice_pdf(data: IntakeDocData, *, reasons: Sequence[str], note: str, receptionist: str,
                         day: dt.date) -> bytes:
    """样品拒收通知 to the provincial bureau: the sample, the written reasons, the photos, who and when."""
    s = _styles()
    story: list[object] = _header(data, "样品拒收通知", s)
    story.append(_p(f"{data.authority}：", s["base"]))
    story.append(_p(
        f"　　我单位于{day.year}年{day.month}月{day.day}日收到下列监督抽查样品。经接收检查，该样品存在以下问题，"
        "依据监督抽查实施方案关于样品接收的规定，予以拒收，特此书面报告。", s["base"]))
    story.append(Spacer(1, 3 * mm))
    story.append(_info_table(data, s))
    story.append(_p("拒收理由", s["h"]))
    for number, reason in enumerate(reasons, start=1):
        story.append(_p(f"{number}. {reason}", s["base"]))
    if note.strip():
        story.append(_p(f"说明：{note.strip()}", s["base"]))
    story.append(_p("接收检查照片", s["h"]))
    story.extend(_photos(data.photos, s))
    story.extend(_signature(s, data.lab_name, "收样人", receptionist, day))
    return _build("样品拒收通知", story)


def termination_notice_pdf(data: IntakeDocData, *, reason: str, manager: str, day: dt.date) -> bytes:
    """终止检验通知: testing stopped (e.g. the producer lacks a required production licence)."""
    s = _styles()
    story: list[object] = _header(data, "终止检验通知", s)
    story.append(_p(f"{data.authority}：", s["base"]))
    story.append(_p(
        "　　根据监督抽查有关规定，被抽样产品实行生产许可等管理的，检验前应核实样品生产者是否符合相应要求。"
        "经核实，下列样品存在无需检验即可判定违法的情形，本机构决定终止检验，特此书面报告。", s["base"]))
    story.append(Spacer(1, 3 * mm))
    story.append(_info_table(data, s))
    story.append(_p("终止理由", s["h"]))
    story.append(_p(reason, s["base"]))
    story.extend(_signature(s, data.lab_name, "质量负责人", manager, day))
    return _build("终止检验通知", story)


def intake_receipt_pdf(data: IntakeDocData, *, checks: Sequence[tuple[str, bool | None]], note: str,
                       receptionist: str, received_at: dt.datetime) -> bytes:
    """样品接收单: the sample, its portions, the receipt checklist, who received it and when."""
    s = _styles()
    story: list[object] = _header(data, "样品接收单", s)
    story.append(_info_table(data, s))
    story.append(_p("样品份数", s["h"]))
    c = s["cell"]
    rows = [[_p(t, c) for t in ("样品", "编码", "数量", "封条编号")]]
    rows += [[_p(x, c) for x in portion] for portion in data.portions]
    portions = Table(rows, colWidths=[30 * mm, 50 * mm, 40 * mm, 50 * mm])
    portions.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0"))]))
    story.append(portions)
    story.append(_p("接收检查", s["h"]))
    check_rows = [[_p("检查项目", c), _p("结果", c)]]
    for name, value in checks:
        check_rows.append([_p(name, c), _p({True: "是", False: "否", None: "未检查"}[value], c)])
    check_table = Table(check_rows, colWidths=[130 * mm, 40 * mm])
    check_table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0"))]))
    story.append(check_table)
    if note.strip():
        story.append(_p(f"说明：{note.strip()}", s["base"]))
    story.append(_p(f"接收结论：样品已接收，状态为“已接收”。接收时间：{received_at.strftime('%Y-%m-%d %H:%M')}",
                    s["base"]))
    story.extend(_signature(s, data.lab_name, "收样人", receptionist, received_at.date()))
    return _build("样品接收单", story)
