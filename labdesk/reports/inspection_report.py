"""The 检验报告 (test report) PDF: A4, Chinese, laid out like a spot-check lab's report.

Pages, in order:

1. cover (封面): report number, product, sampled unit, nominal producer, test
   category 监督抽查, task source (plan, issuing authority), lab name and date,
   the CMA mark with its certificate number and a QR code (report number +
   verification code);
2. 注意事项 (the usual conditions of validity) and the lab's address;
3. the conclusion page (检验报告首页): sample description, receipt and test dates,
   judging basis with editions and the rule-set version, the conclusion with the
   lab's inspection seal stamped over the issue date, and the 批准 / 审核 / 主检
   signature blocks with names, dates and signature images;
4. the results table (序号, 检验项目, 单位, 标准要求, 检验结果, 单项判定) and notes;
5. the annex: intake seal photos with their SHA-256.

Every page carries the report number and 第 N 页 共 M 页; the seal is split into
strips along the right edge of every page as a cross-page seal (骑缝章).  Text
is real text in the embedded font, so pdftotext extracts it.

This module is pure rendering: :class:`ReportData` in, PDF bytes out.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from PIL import Image as PILImage
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from labdesk.reports.fonts import register_fonts

PAGE_W, PAGE_H = A4
MARGIN_L = 22 * mm
MARGIN_R = 20 * mm
MARGIN_T = 24 * mm
MARGIN_B = 20 * mm
RED = colors.Color(0.84, 0.09, 0.13)
GRID = colors.Color(0.2, 0.2, 0.2)
LIGHT = colors.Color(0.93, 0.93, 0.93)


# ---------------------------------------------------------------------------------------------
# Data in


@dataclass(frozen=True)
class ResultRow:
    name: str  # 检验项目, e.g. "灰分 Ad"
    unit: str
    requirement: str  # 标准要求, e.g. "≤25.00"
    result: str  # 检验结果 as reported
    verdict: str  # 单项判定: 合格 / 不合格 / 符合 / — (not judged)
    table: tuple[tuple[str, ...], ...] = ()  # a small table in the result cell (composition: header + rows)


@dataclass(frozen=True)
class SignatureBlock:
    role: str  # 主检 / 审核 / 批准
    name: str
    date: str  # e.g. "2021年08月20日"
    image: bytes | None = None  # PNG (transparent background preferred)


@dataclass(frozen=True)
class PhotoItem:
    caption: str
    jpeg: bytes
    sha256: str


@dataclass(frozen=True)
class ReportData:
    """Everything printed on the report (also stored as JSON in the register)."""

    full_no: str
    verification_code: str
    lab_name: str
    product_name: str
    sampled_unit: str
    producer: str
    conclusion: str
    verdict: str  # pass | fail
    rows: tuple[ResultRow, ...]
    issued_on: str  # "2021年08月20日"
    lab_name_en: str = ""
    lab_address: str = ""
    lab_phone: str = ""
    cma_no: str = ""
    test_category: str = "监督抽查"
    plan_title: str = ""
    issuing_authority: str = ""
    plan_document_no: str = ""
    sampled_unit_address: str = ""
    producer_address: str = ""
    sample_no: str = ""
    trademark: str = ""
    specification: str = ""  # 规格型号 / 等级
    batch_no: str = ""
    production_date: str = ""
    sampling_place: str = ""
    sampling_date: str = ""
    base_quantity: str = ""
    sample_quantity: str = ""
    sample_state: str = ""  # 样品状态 / 封样状态
    received_on: str = ""
    test_period: str = ""  # "2021年08月05日～2021年08月12日"
    executed_standard: str = ""
    judging_basis: tuple[str, ...] = ()  # with editions, e.g. "GB/T 7562-2018 商品煤质量 发电煤粉锅炉用煤"
    method_standards: tuple[str, ...] = ()
    ruleset_version: str = ""
    catalogue_version: str = ""
    items_summary: str = ""  # 检验项目 listed on the conclusion page
    notes: tuple[str, ...] = ()  # 备注 under the results table
    remarks: str = ""  # 备注 on the conclusion page
    signatures: tuple[SignatureBlock, ...] = ()
    seal_image: bytes | None = None  # PNG of the 检验检测专用章
    cma_image: bytes | None = None
    photos: tuple[PhotoItem, ...] = ()
    replaces_no: str = ""  # amendments: the number this revision replaces
    amendment_reason: str = ""
    draft: bool = False  # preview before signing: watermark, no seal
    extra: dict[str, Any] = field(default_factory=dict)
    chain_anchor: str = ""  # "<seq>:<sha256>": the audit chain head at signing, in the signed metadata

    @property
    def qr_payload(self) -> str:
        return f"LabDesk检验报告|报告编号:{self.full_no}|验证码:{self.verification_code}"


# ---------------------------------------------------------------------------------------------
# Shared layout helpers (also used by the notices)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12.5),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=13.5),
        "cellc": ParagraphStyle("cellc", parent=base, fontSize=10, leading=13.5, alignment=TA_CENTER),
        "cellred": ParagraphStyle("cellred", parent=base, fontSize=10, leading=13.5, alignment=TA_CENTER,
                                  textColor=RED),
        "head": ParagraphStyle("head", parent=base, fontSize=10.5, leading=14, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontSize=34, leading=44, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontSize=18, leading=26, alignment=TA_CENTER,
                             spaceBefore=2 * mm, spaceAfter=4 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12.5, leading=18, spaceBefore=3 * mm, spaceAfter=2 * mm),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "lab": ParagraphStyle("lab", parent=base, fontSize=16, leading=24, alignment=TA_CENTER),
        "body": ParagraphStyle("body", parent=base, fontSize=11.5, leading=20, firstLineIndent=23),
        "nbody": ParagraphStyle("nbody", parent=base, fontSize=10.5, leading=17, firstLineIndent=21),
        "nbodyl": ParagraphStyle("nbodyl", parent=base, fontSize=10.5, leading=17),
        "h1s": ParagraphStyle("h1s", parent=base, fontSize=16, leading=22, alignment=TA_CENTER,
                              spaceBefore=1 * mm, spaceAfter=2 * mm),
        "bodyl": ParagraphStyle("bodyl", parent=base, fontSize=11.5, leading=20, alignment=TA_LEFT),
    }


def esc(text: object) -> str:
    """Escape for reportlab's paragraph mini-markup."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: object, style: str = "cell") -> Paragraph:
    return Paragraph(esc(text).replace("\n", "<br/>"), styles()[style])


@lru_cache(maxsize=16)
def _image_reader(data: bytes, max_px: int) -> ImageReader:
    """A decoded, down-scaled image, cached per process (seal and signatures repeat)."""
    img: PILImage.Image = PILImage.open(io.BytesIO(data))
    img.load()
    if img.mode not in ("RGBA", "RGB", "L", "LA"):
        img = img.convert("RGBA")
    if max(img.size) > max_px:
        img.thumbnail((max_px, max_px), PILImage.Resampling.LANCZOS)
    return ImageReader(img)


def image_reader(data: bytes, max_px: int = 480) -> ImageReader:
    return _image_reader(data, max_px)


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG; ValueError for anything else."""
    try:
        img = PILImage.open(io.BytesIO(data))
        if img.format not in ("PNG", "JPEG"):
            raise ValueError(img.format)
        img.verify()
    except Exception as error:
        raise ValueError("not a PNG or JPEG image") from error
    return img.size


class NumberedCanvas(rl_canvas.Canvas):
    """Defers every page so that 第 N 页 共 M 页 and the cross-page seal know M."""

    def __init__(self, *args: Any, decorate: Callable[[rl_canvas.Canvas, int, int], None], **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", register_fonts())  # no stray non-embedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:  # reportlab's API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def page_number_text(number: int, total: int) -> str:
    return f"第 {number} 页 共 {total} 页"


def draw_cross_seal(c: rl_canvas.Canvas, seal: bytes, number: int, total: int, diameter: float = 40 * mm) -> None:
    """One vertical strip of the seal at the right page edge: together the strips make one seal."""
    reader = image_reader(seal)
    strip = diameter / total
    y = PAGE_H / 2 - diameter / 2
    c.saveState()
    path = c.beginPath()
    path.rect(PAGE_W - strip, y, strip, diameter)
    c.clipPath(path, stroke=0, fill=0)
    # place the seal so that its strip (number-1) falls on the page's last `strip` points
    x = PAGE_W - strip - (number - 1) * strip
    c.drawImage(reader, x, y, diameter, diameter, mask="auto")
    c.restoreState()


@lru_cache(maxsize=64)
def _qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


class QrFlowable(Flowable):
    """A QR code drawn as one filled path (encoded once; ~10× faster than the graphics widget)."""

    def __init__(self, payload: str, size: float = 26 * mm, border: int = 2) -> None:
        super().__init__()
        self.modules = _qr_modules(payload)
        self.width = self.height = size
        self.border = border

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (self.border + r + 1) * box
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((self.border + start) * box, y, (c - start) * box, box)
                else:
                    c += 1
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


class DrawnImage(Flowable):
    """An image from an ImageReader (PNG with transparency or JPEG), fitted into w × h."""

    def __init__(self, reader: ImageReader, width: float, height: float, *, proportional: bool = True) -> None:
        super().__init__()
        iw, ih = reader.getSize()
        if proportional:
            scale = min(width / iw, height / ih)
            width, height = iw * scale, ih * scale
        self.reader = reader
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


class SealedBlock(Flowable):
    """A block of flowables with the seal stamped over its lower right (conclusion + issue date)."""

    def __init__(self, content: Sequence[Flowable], seal: bytes | None, width: float, diameter: float = 40 * mm,
                 min_height: float = 46 * mm) -> None:
        super().__init__()
        self.content = list(content)
        self.seal = seal
        self.width = width
        self.diameter = diameter
        self.min_height = min_height
        self._heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = [f.wrap(self.width, avail_height)[1] for f in self.content]
        self.height = max(self.min_height, sum(self._heights))
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for flowable, height in zip(self.content, self._heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y)
        if self.seal is not None:
            d = self.diameter
            self.canv.drawImage(image_reader(self.seal), self.width - d - 8 * mm, 1 * mm, d, d, mask="auto")


# ---------------------------------------------------------------------------------------------
# The report


def _info_table(rows: Sequence[tuple[str, object, str, object] | tuple[str, object]], width: float,
                label_w: float = 30 * mm) -> Table:
    """A bordered two- or four-column label/value table (labels shaded)."""
    data: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []  # reportlab TableStyle commands: (name, start, end, *arguments)
    for r, row in enumerate(rows):
        if len(row) == 4:
            data.append([para(row[0], "cellc"), para(row[1]), para(row[2], "cellc"), para(row[3])])
            spans.append(("BACKGROUND", (2, r), (2, r), LIGHT))
        else:
            data.append([para(row[0], "cellc"), para(row[1]), "", ""])
            spans.append(("SPAN", (1, r), (3, r)))
    value_w = (width - 2 * label_w) / 2
    table = Table(data, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *spans,
    ]))
    return table


def _or_dash(value: str) -> str:
    return value if value else "/"


def _cover(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    cma_cells: list[Any] = []
    if data.cma_image is not None:
        cma_cells.append(DrawnImage(image_reader(data.cma_image), 24 * mm, 16 * mm))
    else:
        cma_cells.append(Paragraph('<font color="#d6171f" size="26">CMA</font>', st["base"]))
    cma_cells.append(para(data.cma_no, "tiny"))
    top = Table(
        [[cma_cells, "", [para(f"报告编号：{data.full_no}", "right")]]],
        colWidths=[40 * mm, width - 110 * mm, 70 * mm],
    )
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [top, Spacer(1, 26 * mm), Paragraph("检 验 报 告", st["title"]), Spacer(1, 4 * mm),
              Paragraph("TEST REPORT", st["center"]), Spacer(1, 24 * mm)]
    rows = [
        ("产品名称", data.product_name),
        ("受检单位", data.sampled_unit),
        ("生产单位（标称）", _or_dash(data.producer)),
        ("检验类别", data.test_category),
        ("任务来源", "；".join(x for x in (data.issuing_authority, data.plan_title) if x) or "/"),
    ]
    lines = Table(
        [[para(label, "bodyl"), para(value, "bodyl")] for label, value in rows],
        colWidths=[36 * mm, width - 66 * mm],
        hAlign="CENTER",
    )
    lines.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
    ]))
    story += [lines, Spacer(1, 10 * mm)]
    if data.replaces_no:
        story.append(Paragraph(
            f'<font color="#d6171f">本报告替代 No. {esc(data.replaces_no)}，原报告作废。'
            f"更正原因：{esc(data.amendment_reason)}</font>", st["center"]))
    story.append(Spacer(1, 14 * mm))
    qr = QrFlowable(data.qr_payload)
    bottom = Table(
        [[qr, [Paragraph(esc(data.lab_name), st["lab"]), para(data.lab_name_en, "center"),
               Spacer(1, 2 * mm), para(data.issued_on, "center")],
          ""]],
        colWidths=[32 * mm, width - 64 * mm, 32 * mm],
    )
    bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [bottom, para(f"验证码：{data.verification_code}", "tiny")]
    return story


NOTICE_LINES = (
    "报告无本检验检测机构“检验检测专用章”及骑缝章无效。",
    "复制报告未重新加盖本检验检测机构“检验检测专用章”无效。",
    "报告无主检、审核、批准人签字无效。",
    "报告涂改、增删无效；本报告的电子版本附有数字签名，可用“labdesk verify-report”或报告二维码核验。",
    "对检验结果有异议的，应当自收到检验结果之日起十五日内向组织监督抽查的市场监督管理部门"
    "或者其上级市场监督管理部门提出书面复检申请，逾期未提出的，视为承认检验结果。",
    "本报告检验结果仅对所检样品负责。",
    "未经本检验检测机构书面批准，不得部分复制本报告。",
)


def _notices_page(data: ReportData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Spacer(1, 20 * mm), Paragraph("注 意 事 项", st["h1"]), Spacer(1, 6 * mm)]
    for i, line in enumerate(NOTICE_LINES, start=1):
        story.append(Paragraph(f"{i}．{esc(line)}", st["bodyl"]))
        story.append(Spacer(1, 3 * mm))
    story += [Spacer(1, 30 * mm), para(f"检验检测机构：{data.lab_name}", "bodyl")]
    for label, value in (("地址", data.lab_address), ("电话", data.lab_phone), ("资质认定证书编号", data.cma_no)):
        if value:
            story.append(para(f"{label}：{value}", "bodyl"))
    return story


def _signature_row(data: ReportData, width: float) -> Table:
    cells: list[Any] = []
    order = {"批准": 0, "审核": 1, "主检": 2}
    blocks = sorted(data.signatures, key=lambda s: order.get(s.role, 9))
    for block in blocks:
        inner: list[Any] = []
        if block.image is not None and not data.draft:  # a preview never carries signature images
            inner.append(DrawnImage(image_reader(block.image, 360), 26 * mm, 11 * mm))
        else:
            inner.append(Spacer(1, 11 * mm))
        inner += [para(block.name, "cellc"), para(block.date, "tiny")]
        cells += [para(block.role, "cellc"), inner]
    if not cells:
        cells = [""]
    col = width / max(1, len(blocks))
    table = Table([cells], colWidths=[12 * mm, col - 12 * mm] * max(1, len(blocks)))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]))
    return table


def _conclusion_page(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph("检 验 报 告", st["h1"])]
    basis = "\n".join(data.judging_basis) or "/"
    if data.ruleset_version:
        basis += f"\n（判定规则版本：{data.ruleset_version}"
        basis += f"；规则目录：{data.catalogue_version}）" if data.catalogue_version else "）"
    rows: list[Any] = [
        ("产品名称", data.product_name, "样品编号", _or_dash(data.sample_no)),
        ("商标", _or_dash(data.trademark), "规格型号/等级", _or_dash(data.specification)),
        ("受检单位", data.sampled_unit),
        ("受检单位地址", _or_dash(data.sampled_unit_address)),
        ("生产单位（标称）", _or_dash(data.producer)),
        ("生产单位地址", _or_dash(data.producer_address)),
        ("生产日期/批号", _or_dash(" / ".join(x for x in (data.production_date, data.batch_no) if x)),
         "检验类别", data.test_category),
        ("抽样地点", _or_dash(data.sampling_place), "抽样日期", _or_dash(data.sampling_date)),
        ("抽样基数", _or_dash(data.base_quantity), "样品数量", _or_dash(data.sample_quantity)),
        ("样品状态", _or_dash(data.sample_state), "到样日期", _or_dash(data.received_on)),
        ("检验日期", _or_dash(data.test_period), "执行标准", _or_dash(data.executed_standard)),
        ("检验依据", basis),
        ("检验项目", _or_dash(data.items_summary)),
    ]
    story.append(_info_table(rows, width))
    # conclusion cell: the sentence, then the issue date with the seal over it
    conclusion = [
        Spacer(1, 2 * mm),
        Paragraph(esc(data.conclusion), st["body"]),
        Spacer(1, 12 * mm),
        Paragraph("（检验检测专用章）", st["right"]),
        Paragraph(f"签发日期：{esc(data.issued_on)}", st["right"]),
    ]
    label_w = 30 * mm
    sealed = SealedBlock(conclusion, None if data.draft else data.seal_image, width - label_w - 12)
    tail_rows = [[para("检验结论", "cellc"), sealed]]
    remarks = data.remarks
    if data.replaces_no:
        remarks = (f"本报告替代 No. {data.replaces_no}，原报告作废。更正原因：{data.amendment_reason}"
                   + (f"\n{remarks}" if remarks else ""))
    tail_rows.append([para("备注", "cellc"), para(_or_dash(remarks))])
    tail = Table(tail_rows, colWidths=[label_w, width - label_w])
    tail.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [tail, _signature_row(data, width)]
    return story


def _small_table(row: ResultRow, width: float) -> Table:
    """A composition's small table (成分 / 标注值 / 实测值) under its row, across the table."""
    inner = Table([[para(c, "cellc") for c in line] for line in row.table], colWidths=[width / 3] * 3)
    inner.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, GRID), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))
    return inner


def _results_section(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph("检 验 结 果", st["h1"])]
    header = [para(h, "head") for h in ("序号", "检验项目", "单位", "标准要求", "检验结果", "单项判定")]
    body: list[list[Any]] = [header]
    spans: list[int] = []
    for i, row in enumerate(data.rows, start=1):
        body.append([para(str(i), "cellc"), para(row.name), para(_or_dash(row.unit), "cellc"),
                     para(_or_dash(row.requirement), "cellc"), para(row.result if not row.table else "见下表", "cellc"),
                     para(row.verdict, "cellred" if row.verdict == "不合格" else "cellc")])
        if row.table:
            spans.append(len(body))
            body.append(["", _small_table(row, width - 40 * mm), "", "", "", ""])
    body.append([para("以下空白", "cellc"), "", "", "", "", ""])
    widths = [12 * mm, 48 * mm, 20 * mm, 0, 26 * mm, 22 * mm]
    widths[3] = width - sum(widths)
    table = Table(body, colWidths=widths, repeatRows=1)
    commands: list[Any] = [*(("SPAN", (1, r), (-1, r)) for r in spans),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, len(body) - 1), (-1, len(body) - 1)),
    ]
    table.setStyle(TableStyle(commands))
    story.append(table)
    if data.notes:
        story += [Spacer(1, 4 * mm), para("注：", "small")]
        story += [para(f"{i}. {note}", "small") for i, note in enumerate(data.notes, start=1)]
    return story


def _annex(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph("附件：样品封样照片", st["h1"])]
    if not data.photos:
        return [*story, para("（无照片）", "center")]
    cell_w = (width - 6 * mm) / 2
    cells: list[Any] = []
    for photo in data.photos:
        reader = ImageReader(io.BytesIO(photo.jpeg))
        iw, ih = reader.getSize()
        h = min(cell_w * ih / iw, 62 * mm)
        w = h * iw / ih
        cells.append([DrawnImage(reader, w, h), para(photo.caption, "cellc"),
                      para(f"SHA-256：{photo.sha256}", "tiny")])
    rows = [cells[i:i + 2] + ([""] if len(cells[i:i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[cell_w + 3 * mm] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(table)
    return story


def _decorator(data: ReportData) -> Callable[[rl_canvas.Canvas, int, int], None]:
    font = register_fonts()

    def decorate(c: rl_canvas.Canvas, number: int, total: int) -> None:
        c.saveState()
        c.setFont(font, 9)
        c.setFillColor(colors.black)
        if number > 1:  # the cover carries the number in its own layout
            c.drawString(MARGIN_L, PAGE_H - 14 * mm, data.lab_name)
            c.drawRightString(PAGE_W - MARGIN_R, PAGE_H - 14 * mm, f"报告编号：{data.full_no}")
            c.setStrokeColor(GRID)
            c.setLineWidth(0.6)
            c.line(MARGIN_L, PAGE_H - 16 * mm, PAGE_W - MARGIN_R, PAGE_H - 16 * mm)
        c.drawCentredString(PAGE_W / 2, 11 * mm, page_number_text(number, total))
        if data.draft:
            c.setFillColor(RED)
            c.drawCentredString(PAGE_W / 2, PAGE_H - 9 * mm, "预览稿（未签发，无效）")
            c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.18))
            c.setFont(font, 70)
            c.translate(PAGE_W / 2, PAGE_H / 2)
            c.rotate(40)
            c.drawCentredString(0, 0, "预览 未签发")
        c.restoreState()
        if data.seal_image is not None and not data.draft and total > 1:
            draw_cross_seal(c, data.seal_image, number, total)

    return decorate


def build_pdf(story: list[Flowable], *, title: str, subject: str, keywords: str,
              decorate: Callable[[rl_canvas.Canvas, int, int], None], invariant: bool = False,
              author: str = "") -> bytes:
    """Lay out ``story`` on A4 with the page decorator run once the page count is known."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_L, rightMargin=MARGIN_R, topMargin=MARGIN_T,
        bottomMargin=MARGIN_B, title=title, subject=subject, keywords=keywords, author=author,
        creator="LabDesk", invariant=1 if invariant else 0,
    )
    frame = Frame(MARGIN_L, MARGIN_B, PAGE_W - MARGIN_L - MARGIN_R, PAGE_H - MARGIN_T - MARGIN_B, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, decorate=decorate, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def render_report(data: ReportData, *, invariant: bool = False) -> bytes:
    """The report as PDF bytes (unsigned; :mod:`labdesk.reports.signing` signs them)."""
    width = PAGE_W - MARGIN_L - MARGIN_R
    story: list[Flowable] = []
    story += _cover(data, width)
    story += [PageBreak(), *_notices_page(data), PageBreak()]
    story += _conclusion_page(data, width)
    story += [PageBreak(), *_results_section(data, width)]
    story += [CondPageBreak(90 * mm), Spacer(1, 8 * mm), *_annex(data, width)]
    return build_pdf(
        story,
        title=f"检验报告 {data.full_no}",
        subject=f"{data.product_name} {data.sampled_unit}",
        keywords=f"report_no={data.full_no};verification={data.verification_code}"
        + (f";chain={data.chain_anchor}" if data.chain_anchor else ""),
        decorate=_decorator(data),
        invariant=invariant,
        author=data.lab_name,
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
