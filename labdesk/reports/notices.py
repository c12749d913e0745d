"""检验结果告知书 (result notice, failing samples) and the covering letter (passing samples).

Both are one A4 letter from the lab to the sampled unit, sealed, with a receipt
slip (回执) below a cut line that the enterprise signs and returns; its date of
receipt starts the 15-day objection period.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from labdesk.reports.fonts import register_fonts
from labdesk.reports.inspection_report import (
    GRID,
    LIGHT,
    MARGIN_L,
    MARGIN_R,
    PAGE_W,
    SealedBlock,
    build_pdf,
    esc,
    page_number_text,
    para,
    styles,
)

KIND_ZH = {
    "result_notice": "检验结果告知书",
    "cover_letter": "检验报告送达函",
    "rejection": "拒收通知书",
    "termination": "终止检验通知书",
}
OBJECTION_DAYS = 15


@dataclass(frozen=True)
class FailingItem:
    name: str
    unit: str
    requirement: str
    result: str


@dataclass(frozen=True)
class NoticeData:
    kind: str  # result_notice | cover_letter
    number: str
    report_no: str
    lab_name: str
    addressee: str
    sampled_unit: str
    product_name: str
    sample_no: str
    conclusion: str
    issued_on: str
    objection_office: str = ""
    producer: str = ""
    specification: str = ""
    batch_no: str = ""
    sampling_date: str = ""
    plan_title: str = ""
    issuing_authority: str = ""
    failing: tuple[FailingItem, ...] = ()
    lab_address: str = ""
    lab_phone: str = ""
    seal_image: bytes | None = None


class CutLine(Flowable):
    """A dashed line with scissors text: the receipt slip is cut off here."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 8 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(3, 3)
        c.setStrokeColor(GRID)
        c.line(0, self.height / 2, self.width, self.height / 2)
        c.setDash()
        c.setFillColorRGB(1, 1, 1)
        c.rect(self.width / 2 - 22 * mm, self.height / 2 - 2.5 * mm, 44 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(register_fonts(), 9)
        c.drawCentredString(self.width / 2, self.height / 2 - 1.2 * mm, "（沿此线剪下，寄回回执）")
        c.restoreState()


def _product_line(data: NoticeData) -> str:
    parts = [f"产品名称：{data.product_name}"]
    if data.specification:
        parts.append(f"规格型号/等级：{data.specification}")
    if data.batch_no:
        parts.append(f"批号：{data.batch_no}")
    parts.append(f"样品编号：{data.sample_no}")
    if data.sampling_date:
        parts.append(f"抽样日期：{data.sampling_date}")
    return "；".join(parts)


def _receipt(data: NoticeData, width: float) -> list[Flowable]:
    st = styles()
    doc = KIND_ZH[data.kind]
    rows = [
        [para("文书", "cellc"), para(f"{doc}（编号 {data.number}）及检验报告（编号 {data.report_no}）")],
        [para("收件单位", "cellc"), para(data.addressee)],
        [para("签收人", "cellc"), para("")],
        [para("签收日期", "cellc"), para("　　　　年　　月　　日")],
        [para("收件单位（盖章）", "cellc"), para("")],
    ]
    table = Table(rows, colWidths=[34 * mm, width - 34 * mm], rowHeights=[None, None, 9 * mm, 8 * mm, 16 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return [KeepTogether([
        CutLine(width),
        Paragraph("回　执", st["h1s"]),
        para(f"{data.lab_name}：", "bodyl"),
        Paragraph(f"　　贵单位出具的{esc(doc)}及检验报告已收到。", st["nbodyl"]),
        Spacer(1, 2 * mm),
        table,
    ])]


def _result_notice_body(data: NoticeData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(f"{esc(data.addressee)}：", st["nbodyl"]),
        Paragraph(
            f"根据{esc(data.issuing_authority)}下达的《{esc(data.plan_title)}》任务，我单位对贵单位的产品进行了监督抽查"
            f"检验（{esc(_product_line(data))}）。经检验，该批产品检验结论为<b>不合格</b>，"
            f"检验报告编号为 {esc(data.report_no)}。不合格项目及检验结果如下：",
            st["nbody"],
        ),
        Spacer(1, 2 * mm),
    ]
    header = [para(h, "head") for h in ("序号", "不合格项目", "单位", "标准要求", "检验结果")]
    rows = [header] + [
        [para(str(i), "cellc"), para(item.name), para(item.unit, "cellc"), para(item.requirement, "cellc"),
         para(item.result, "cellc")]
        for i, item in enumerate(data.failing, start=1)
    ]
    if not data.failing:
        rows.append([para("—", "cellc"), para("见检验报告"), "", "", ""])
    table = Table(rows, colWidths=[12 * mm, 60 * mm, 18 * mm, width - 120 * mm, 30 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [table, Spacer(1, 3 * mm)]
    office = data.objection_office or "组织监督抽查的市场监督管理部门"
    for text in (
        f"检验结论：{data.conclusion}",
        f"如对检验结果有异议，可以自收到本告知书之日起{OBJECTION_DAYS}日内，向{office}"
        "或者其上级市场监督管理部门提出书面复检申请，并说明理由；逾期未提出异议的，视为承认检验结果。",
        "复检在备用样品上进行；复检结论与原检验结论一致的，复检费用由申请人承担。",
        "请贵单位自收到本告知书之日起，对不合格产品立即停止生产、销售同一产品，查明不合格原因，"
        "依法进行整改，并在规定期限内接受市场监督管理部门的复查。",
        "请在收到本告知书后，在下方回执上签字盖章并寄回我单位。",
    ):
        story.append(Paragraph(esc(text), st["nbody"]))
    return story


def _cover_letter_body(data: NoticeData) -> list[Flowable]:
    st = styles()
    return [
        Paragraph(f"{esc(data.addressee)}：", st["nbodyl"]),
        Paragraph(
            f"根据{esc(data.issuing_authority)}下达的《{esc(data.plan_title)}》任务，我单位对贵单位的产品进行了监督抽查"
            f"检验（{esc(_product_line(data))}）。经检验，该批产品检验结论为<b>合格</b>。",
            st["nbody"],
        ),
        Paragraph(f"检验结论：{esc(data.conclusion)}", st["nbody"]),
        Paragraph(f"现将检验报告（编号 {esc(data.report_no)}）送达贵单位，请查收，并在下方回执上签字盖章后寄回我单位。",
                  st["nbody"]),
        Paragraph(f"如对检验结果有异议，可以自收到检验报告之日起{OBJECTION_DAYS}日内，向"
                  f"{esc(data.objection_office or '组织监督抽查的市场监督管理部门')}提出书面复检申请。", st["nbody"]),
    ]


def render_notice(data: NoticeData, *, invariant: bool = False) -> bytes:
    st = styles()
    width = PAGE_W - MARGIN_L - MARGIN_R
    title = KIND_ZH[data.kind]
    story: list[Flowable] = [
        Paragraph(esc(data.lab_name), st["lab"]),
        Paragraph(esc(title), st["h1s"]),
        Paragraph(f"编号：{esc(data.number)}", st["right"]),
        Spacer(1, 3 * mm),
    ]
    story += _result_notice_body(data, width) if data.kind == "result_notice" else _cover_letter_body(data)
    signature = [
        Spacer(1, 4 * mm),
        Paragraph(f"附件：检验报告（编号 {esc(data.report_no)}）", st["nbodyl"]),
        Spacer(1, 3 * mm),
        Paragraph(esc(data.lab_name), st["right"]),
        Paragraph(f"（检验检测专用章）　{esc(data.issued_on)}", st["right"]),
    ]
    contact = " ".join(x for x in (f"地址：{data.lab_address}" if data.lab_address else "",
                                   f"电话：{data.lab_phone}" if data.lab_phone else "") if x)
    if contact:
        signature.append(para(contact, "small"))
    story.append(SealedBlock(signature, data.seal_image, width, diameter=36 * mm, min_height=36 * mm))
    story += [Spacer(1, 4 * mm), *_receipt(data, width)]
    font = register_fonts()

    def decorate(c: rl_canvas.Canvas, number: int, total: int) -> None:
        c.saveState()
        c.setFont(font, 9)
        c.drawCentredString(PAGE_W / 2, 11 * mm, f"{data.number}　{page_number_text(number, total)}")
        c.restoreState()

    return build_pdf(story, title=f"{title} {data.number}", subject=f"{data.product_name} {data.addressee}",
                     keywords=f"notice_no={data.number};report_no={data.report_no}", decorate=decorate,
                     invariant=invariant, author=data.lab_name)
