"""质量分析报告 (PDF): overview, pass rate by product and region, failing items, indicator distributions.

Charts are drawn with reportlab.graphics in the bundled CJK font, so the labels
read the same on every machine.  Pass rates count refusals (拒检) as failing, as
the plan publishes them.
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from labdesk.reports.exports.data import ExportSample, PlanExport
from labdesk.reports.fonts import register_fonts

PASS_COLOR = colors.HexColor("#4A7EBB")
FAIL_COLOR = colors.HexColor("#C0504D")
LIMIT_COLOR = colors.HexColor("#C00000")
GRID = colors.HexColor("#BBBBBB")
CHART_WIDTH = 165 * mm
MAX_ITEMS_PER_PRODUCT = 6
_LIMIT_RE = re.compile(r"^\s*(≤|≥|<|>)\s*(-?\d+(?:\.\d+)?)\s*$")
_RANGE_RE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*[～~\-]\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Tally:
    label: str
    sampled: int
    reported: int
    passed: int
    failed: int
    refused: int

    @property
    def pass_rate(self) -> Decimal | None:
        denominator = self.reported + self.refused
        if denominator == 0:
            return None
        return (Decimal(100) * self.passed / denominator).quantize(Decimal("0.1"), ROUND_HALF_EVEN)


def parse_limit(requirement: str) -> tuple[str, Decimal, Decimal | None] | None:
    """"≤25.00" → ("<=", 25.00, None); "1.2～1.6" → ("range", 1.2, 1.6); else None (declared tolerances...)."""
    text = (requirement or "").strip()
    match = _LIMIT_RE.match(text)
    if match:
        op = {"≤": "<=", "≥": ">=", "<": "<", ">": ">"}[match.group(1)]
        return op, Decimal(match.group(2)), None
    match = _RANGE_RE.match(text)
    if match:
        return "range", Decimal(match.group(1)), Decimal(match.group(2))
    return None


def _dec(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return value if value.is_finite() else None


def tallies(data: PlanExport, key: str) -> list[Tally]:
    """Per product (``key="product"``) or region (``key="region"``), in plan order."""
    order = [name for _, name in data.product_names] if key == "product" else list(data.regions)
    groups: dict[str, list[ExportSample]] = defaultdict(list)
    for s in data.samples:
        groups[s.product_name if key == "product" else (s.region or "其他")].append(s)
    refusals: Counter[str] = Counter(r.product_name if key == "product" else (r.region or "其他")
                                     for r in data.refusals)
    labels = [g for g in order if g in groups or g in refusals]
    labels += sorted(g for g in set(groups) | set(refusals) if g not in labels)
    result = []
    for label in labels:
        rows = groups.get(label, [])
        reported = [s for s in rows if s.reported]
        result.append(Tally(label, len(rows), len(reported), sum(1 for s in reported if s.verdict == "pass"),
                            sum(1 for s in reported if s.verdict == "fail"), refusals.get(label, 0)))
    return result


def _styles(font: str) -> dict[str, ParagraphStyle]:
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=10.5, leading=16, alignment=TA_CENTER,
                                   textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", fontName=font, fontSize=13.5, leading=20, spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=17, spaceBefore=6, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=font, fontSize=10.5, leading=17, firstLineIndent=21),
        "note": ParagraphStyle("note", fontName=font, fontSize=8.5, leading=12, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=12),
    }
    for style in styles.values():
        style.wordWrap = "CJK"  # break Chinese lines anywhere, not only at spaces
    return styles


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float], font: str) -> Table:
    table = Table([[str(c) for c in row] for row in rows], colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F3")),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _rate_text(rate: Decimal | None) -> str:
    return "—" if rate is None else f"{rate}%"


def pass_rate_chart(rows: Sequence[Tally], title: str, font: str) -> Drawing:
    """Grouped bars: passing and failing batches (failing includes 拒检), pass rate printed above."""
    height = 78 * mm
    drawing = Drawing(CHART_WIDTH, height)
    drawing.add(String(CHART_WIDTH / 2, height - 12, title, fontName=font, fontSize=11, textAnchor="middle"))
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 18 * mm
    chart.width, chart.height = CHART_WIDTH - 24 * mm, height - 36 * mm
    passed = [r.passed for r in rows] or [0]
    failed = [r.failed + r.refused for r in rows] or [0]
    chart.data = [passed, failed]
    chart.categoryAxis.categoryNames = [r.label for r in rows] or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.dy = -3
    top = max([*passed, *failed, 1])
    step = max(1, -(-top // 5))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * 6
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E0E0E0")
    chart.bars[0].fillColor = PASS_COLOR
    chart.bars[1].fillColor = FAIL_COLOR
    chart.barSpacing = 1
    chart.groupSpacing = 8
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "%d"
    drawing.add(chart)
    # the pass rate above each group
    n = max(1, len(rows))
    group = chart.width / n
    for i, r in enumerate(rows):
        x = chart.x + group * (i + 0.5)
        drawing.add(String(x, chart.y + chart.height + 4, f"合格率 {_rate_text(r.pass_rate)}", fontName=font,
                           fontSize=8.5, textAnchor="middle", fillColor=colors.HexColor("#333333")))
    # legend
    lx = chart.x
    for color, label in ((PASS_COLOR, "合格批次"), (FAIL_COLOR, "不合格批次（含拒检）")):
        drawing.add(Rect(lx, 4, 8, 8, fillColor=color, strokeColor=None))
        drawing.add(String(lx + 11, 5, label, fontName=font, fontSize=8.5))
        lx += 30 * mm + len(label) * 2
    drawing.add(String(CHART_WIDTH - 2, 5, "单位：批次", fontName=font, fontSize=8, textAnchor="end"))
    return drawing


def distribution_chart(title: str, unit: str, values: Sequence[Decimal], limit: tuple[str, Decimal, Decimal | None],
                       requirement: str, font: str, failed: Sequence[bool] | None = None) -> Drawing:
    """A histogram of reported values with the limit drawn as a red line.

    Bars are stacked: blue for values judged passing, red for values judged failing
    (``failed``, the sample's own verdict for the item — its limit may differ from the
    line drawn, e.g. a stricter limit for dry-quenched coke); without ``failed`` the
    side of the drawn limit decides.
    """
    width, height = CHART_WIDTH / 2 - 3 * mm, 58 * mm
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height - 11, title, fontName=font, fontSize=9.5, textAnchor="middle"))
    x0, y0 = 12 * mm, 14 * mm
    plot_w, plot_h = width - x0 - 4 * mm, height - y0 - 18 * mm
    op, a, b = limit
    edges = [a] + ([b] if b is not None else [])
    low = min([*values, *edges])
    high = max([*values, *edges])
    if high == low:
        high = low + 1
    span = high - low
    low -= span * Decimal("0.08")
    high += span * Decimal("0.08")
    bins = 10
    size = (high - low) / bins
    # put the limit on a bin edge, so no bin mixes passing and failing values
    shift = (a - low) / size
    low = a - size * Decimal(int(shift.to_integral_value(rounding="ROUND_CEILING")))
    high = low + size * bins
    if low < 0 <= min(values) and a > 0:
        # non-negative quantities: start the axis at 0 and keep the limit on a bin edge
        steps = max(1, int((a / size).to_integral_value()))
        size = a / steps
        low = Decimal(0)
        bins = max(1, int(((high - low) / size).to_integral_value(rounding="ROUND_CEILING")))
        high = low + size * bins
    if max(values) >= high:
        bins += 1
        high += size
    counts = [0] * bins
    fail_counts = [0] * bins
    for index, v in enumerate(values):
        bin_no = min(bins - 1, int((v - low) / size))
        counts[bin_no] += 1
        if failed is not None and failed[index]:
            fail_counts[bin_no] += 1
    top = max(counts + [1])

    def fails(center: Decimal) -> bool:
        if op in ("<=", "<"):
            return center > a
        if op in (">=", ">"):
            return center < a
        return center < a or (b is not None and center > b)

    drawing.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=colors.black, strokeWidth=0.6))
    drawing.add(Line(x0, y0, x0, y0 + plot_h, strokeColor=colors.black, strokeWidth=0.6))
    for k in range(0, top + 1, max(1, -(-top // 4))):
        y = y0 + plot_h * k / top
        drawing.add(Line(x0 - 2, y, x0 + plot_w, y, strokeColor=colors.HexColor("#E6E6E6"), strokeWidth=0.4))
        drawing.add(String(x0 - 3, y - 3, str(k), fontName=font, fontSize=7, textAnchor="end"))
    bar_w = plot_w / bins
    for i, count in enumerate(counts):
        if not count:
            continue
        center = low + size * (Decimal(i) + Decimal("0.5"))
        bad = fail_counts[i] if failed is not None else (count if fails(center) else 0)
        good = count - bad
        if good:
            drawing.add(Rect(x0 + i * bar_w + 0.6, y0, bar_w - 1.2, plot_h * good / top, fillColor=PASS_COLOR,
                             strokeColor=None))
        if bad:
            drawing.add(Rect(x0 + i * bar_w + 0.6, y0 + plot_h * good / top, bar_w - 1.2, plot_h * bad / top,
                             fillColor=FAIL_COLOR, strokeColor=None))
    for i in range(0, bins + 1, 2):
        edge = low + size * i
        drawing.add(String(x0 + i * bar_w, y0 - 9, _fmt(edge, span), fontName=font, fontSize=7, textAnchor="middle"))
    for edge in edges:
        x = x0 + float((edge - low) / (high - low)) * plot_w
        drawing.add(Line(x, y0, x, y0 + plot_h + 3, strokeColor=LIMIT_COLOR, strokeWidth=1.4,
                         strokeDashArray=[3, 2]))
    x_label = x0 + float((a - low) / (high - low)) * plot_w
    anchor = "end" if x_label > x0 + plot_w * 0.6 else "start"
    drawing.add(String(x_label + (-2 if anchor == "end" else 2), y0 + plot_h + 5, f"限值 {requirement}",
                       fontName=font, fontSize=8, textAnchor=anchor, fillColor=LIMIT_COLOR))
    drawing.add(String(x0 + plot_w, 2, f"{unit}　n={len(values)}" if unit else f"n={len(values)}", fontName=font,
                       fontSize=7.5, textAnchor="end"))
    drawing.add(String(x0 - 3, y0 + plot_h + 5, "批次", fontName=font, fontSize=7, textAnchor="end"))
    return drawing


def _fmt(value: Decimal, span: Decimal) -> str:
    places = 0 if span >= 20 else (1 if span >= 2 else 2)
    return f"{value:.{places}f}"


def indicator_series(
    samples: Sequence[ExportSample],
) -> list[tuple[str, str, str, list[Decimal], str, int, list[bool]]]:
    """Per item: (code, name, unit, values, most common requirement, failures, failed per value), failures first."""
    by_code: dict[str, list[tuple[Decimal, str, str]]] = defaultdict(list)
    names: dict[str, tuple[str, str]] = {}
    for s in samples:
        for item in s.items:
            value = _dec(item.value)
            if value is None:
                continue
            by_code[item.code].append((value, item.requirement, item.verdict))
            names.setdefault(item.code, (item.name_zh or item.code, item.unit))
    result = []
    for code, entries in by_code.items():
        requirements = Counter(r for _, r, _ in entries if parse_limit(r) is not None)
        if not requirements or len(entries) < 2:
            continue
        requirement = requirements.most_common(1)[0][0]
        failures = sum(1 for _, _, v in entries if v == "fail")
        name, unit = names[code]
        result.append((code, name, unit, [v for v, _, _ in entries], requirement, failures,
                       [verdict == "fail" for _, _, verdict in entries]))
    result.sort(key=lambda t: (-t[5], t[0]))
    return result[:MAX_ITEMS_PER_PRODUCT]


KIND_NAMES = {"ordinal": "等级（色牢度等）", "qualitative": "定性", "composition": "纤维含量",
              "checklist": "标识/使用说明", "numeric": "未检出项"}


def other_kind_rows(samples: Sequence[ExportSample]) -> list[list[object]]:
    """Items not charted (grades, qualitative results, compositions, labelling, 未检出 values): per product and
    item, how many batches were judged and how many failed; failing items first."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    for s in samples:
        for item in s.items:
            below_lod = item.kind == "numeric" and item.value.startswith("未检出")
            if item.kind in ("numeric", "specimens") and not below_lod:
                continue
            if item.verdict not in ("pass", "fail"):
                continue
            entry = counts.setdefault((s.product_name, item.name_zh or item.code, KIND_NAMES.get(item.kind, "")),
                                      [0, 0])
            entry[0] += 1
            entry[1] += item.verdict == "fail"
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))
    return [[p, i, k, n, f] for (p, i, k), (n, f) in ordered]


def analysis_pdf(data: PlanExport) -> bytes:
    font = register_fonts()
    st = _styles(font)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"{data.plan_title}质量分析报告", author=data.lab_name,
                            invariant=1)
    reported = data.reported
    passed = sum(1 for s in reported if s.verdict == "pass")
    failed = sum(1 for s in reported if s.verdict == "fail")
    refused = len(data.refusals)
    total = Tally("合计", len(data.samples), len(reported), passed, failed, refused)
    story: list[object] = [
        Paragraph(f"{data.plan_title}<br/>质量分析报告", st["title"]),
        Paragraph(f"{data.issuing_authority}　{data.document_no}　承检机构：{data.lab_name}", st["subtitle"]),
        Paragraph(f"报告日期：{data.generated_on.isoformat()}", st["subtitle"]),
        Spacer(1, 6 * mm),
        Paragraph("一、抽查概况", st["h1"]),
        Paragraph(
            f"根据{data.issuing_authority}《{data.plan_title}实施方案》（{data.document_no}），本机构承担"
            f"{'、'.join(data.regions) or '相关'}地区{'、'.join(n for _, n in data.product_names)}的抽样检验任务，"
            f"计划 {sum(b for _, b in data.quotas)} 批次。抽查期间共抽取样品 {total.sampled} 批次，出具检验报告 "
            f"{total.reported} 批次，其中合格 {passed} 批次、不合格 {failed} 批次；拒检 {refused} 家（以拒检不合格公布）。"
            f"含拒检的批次合格率为 {_rate_text(total.pass_rate)}。", st["body"]),
    ]
    by_product = tallies(data, "product")
    by_region = tallies(data, "region")
    head = ["", "抽样批次", "出具报告", "合格", "不合格", "拒检", "合格率"]
    widths = [44 * mm, 20 * mm, 20 * mm, 18 * mm, 18 * mm, 16 * mm, 22 * mm]

    def rows(tally_list: list[Tally], first: str) -> list[list[object]]:
        out: list[list[object]] = [[first, *head[1:]]]
        for t in [*tally_list, total]:
            out.append([t.label, t.sampled, t.reported, t.passed, t.failed, t.refused, _rate_text(t.pass_rate)])
        return out

    story += [
        KeepTogether([Paragraph("二、按产品统计", st["h1"]), _table(rows(by_product, "产品"), widths, font),
                      Spacer(1, 4 * mm), pass_rate_chart(by_product, "图1　各产品合格与不合格批次及合格率", font)]),
        KeepTogether([Paragraph("三、按地区统计", st["h1"]), _table(rows(by_region, "地市"), widths, font),
                      Spacer(1, 4 * mm), pass_rate_chart(by_region, "图2　各地市合格与不合格批次及合格率", font)]),
    ]
    failing: Counter[tuple[str, str]] = Counter()
    for s in reported:
        for item in s.items:
            if item.verdict == "fail":
                failing[(s.product_name, item.name_zh or item.code)] += 1
    story.append(Paragraph("四、不合格项目分析", st["h1"]))
    if failing:
        fail_rows: list[list[object]] = [["产品", "不合格项目", "不合格批次"]]
        fail_rows += [[p, i, n] for (p, i), n in failing.most_common()]
        story.append(_table(fail_rows, [50 * mm, 70 * mm, 30 * mm], font))
        per_item: Counter[str] = Counter()
        for (_, item_name), n in failing.items():
            per_item[item_name] += n
        top = "、".join(f"{i}（{n} 批次）" for i, n in per_item.most_common(3))
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(f"不合格项目主要集中在{top}。", st["body"]))
    else:
        story.append(Paragraph("本次抽查未发现不合格项目。", st["body"]))
    if data.refusals:
        story.append(Paragraph("拒检企业：" + "；".join(f"{r.enterprise}（{r.region}，{r.product_name}）"
                                                   for r in data.refusals) + "。", st["body"]))

    others = other_kind_rows(reported)
    if others:
        story.append(Paragraph("不作分布图的项目（等级、定性、纤维含量、标识、未检出）的判定情况：", st["body"]))
        story.append(_table([["产品", "项目", "类型", "判定批次", "不合格批次"], *others[:40]],
                            [38 * mm, 52 * mm, 32 * mm, 20 * mm, 22 * mm], font))

    story.append(PageBreak())
    story.append(Paragraph("五、主要指标分布", st["h1"]))
    story.append(Paragraph("各图为出具报告样品的报告值分布（直方图），红色虚线为该项目最常用的标准要求限值；"
                           "蓝色为判定合格的批次，红色为判定不合格的批次（按各批次适用的限值判定）。"
                           "按标称值判定的项目（允许差）不作图。", st["note"]))
    figure = 3
    for code, name in data.product_names:
        samples = [s for s in reported if s.product_code == code]
        series = indicator_series(samples)
        if not series:
            continue
        drawings = []
        for item_code, item_name, unit, values, requirement, _failures, failed_flags in series:
            limit = parse_limit(requirement)
            assert limit is not None
            drawings.append(distribution_chart(f"图{figure}　{name}　{item_name}（{item_code}）", unit, values, limit,
                                               requirement, font, failed_flags))
            figure += 1
        grid = [drawings[i:i + 2] + [""] * (2 - len(drawings[i:i + 2])) for i in range(0, len(drawings), 2)]
        table = Table(grid, colWidths=[CHART_WIDTH / 2] * 2)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(KeepTogether([Paragraph(f"{name}（{len(samples)} 批次）", st["h2"]), table]))
    story.append(Paragraph("六、结论与建议", st["h1"]))
    advice = [
        f"本次抽查含拒检的批次合格率为 {_rate_text(total.pass_rate)}。",
        "建议对不合格企业依法责令停止生产、销售同类产品并限期整改，整改后组织复查。" if failed else
        "抽查产品质量总体良好，建议继续保持跟踪抽查。",
        "建议对拒检企业依法进行后处理，并纳入重点跟踪名单。" if refused else "",
    ]
    for line in filter(None, advice):
        story.append(Paragraph(line, st["body"]))

    def footer(canvas: object, doc_: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(font, 8)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{data.lab_name}　质量分析报告　第 {doc_.page} 页")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
