"""Levey–Jennings control chart PDF (A4 landscape): centre line, ±1s/±2s/±3s, the points in
measuring order, violations marked and listed below the chart."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from labdesk.reports.fonts import register_fonts

RED = colors.HexColor("#C00000")
AMBER = colors.HexColor("#B8860B")
GREEN = colors.HexColor("#2E7D32")
GREY = colors.HexColor("#808080")


@dataclass(frozen=True)
class SheetPoint:
    label: str  # run number
    value: Decimal
    rules_zh: str  # "" when in control
    rejected: bool
    warning: bool


@dataclass(frozen=True)
class ChartSheet:
    title: str
    subtitle: str
    lab_name: str
    centre: Decimal
    sd: Decimal
    limits_source_zh: str
    points: tuple[SheetPoint, ...]
    printed_on: dt.date


def _fmt(value: Decimal) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") if value == value.to_integral() or abs(value) < 1000 \
        else f"{value:.1f}"


def _draw_axes(c: rl_canvas.Canvas, sheet: ChartSheet, x0: float, y0: float, w: float, h: float,
               y_of: object) -> None:
    font = register_fonts()
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    c.rect(x0, y0, w, h)
    lines = ((3, RED, "+3s"), (2, AMBER, "+2s"), (1, GREY, "+1s"), (0, GREEN, "中心"), (-1, GREY, "-1s"),
             (-2, AMBER, "-2s"), (-3, RED, "-3s"))
    for k, colour, name in lines:
        y = y_of(sheet.centre + sheet.sd * k)  # type: ignore[operator]
        c.setStrokeColor(colour)
        c.setDash([] if k in (0, 3, -3) else [3, 2])
        c.setLineWidth(1.0 if k == 0 else 0.7)
        c.line(x0, y, x0 + w, y)
        c.setDash([])
        c.setFillColor(colour)
        c.setFont(font, 8)
        c.drawRightString(x0 - 3, y - 3, f"{name} {_fmt(sheet.centre + sheet.sd * k)}")


def _draw_points(c: rl_canvas.Canvas, points: Sequence[SheetPoint], x0: float, y0: float, w: float, h: float,
                 y_of: object) -> None:
    font = register_fonts()
    n = max(len(points), 1)
    step = w / (n + 1)
    coords = []
    for i, point in enumerate(points):
        x = x0 + step * (i + 1)
        y = min(max(y_of(point.value), y0 + 2), y0 + h - 2)  # type: ignore[operator]
        coords.append((x, y))
    c.setStrokeColor(colors.HexColor("#1F4E79"))
    c.setLineWidth(0.8)
    for (xa, ya), (xb, yb) in itertools.pairwise(coords):
        c.line(xa, ya, xb, yb)
    for i, ((x, y), point) in enumerate(zip(coords, points, strict=True)):
        colour = RED if point.rejected else AMBER if point.warning else colors.HexColor("#1F4E79")
        c.setFillColor(colour)
        c.setStrokeColor(colour)
        c.circle(x, y, 3.2 if point.rejected or point.warning else 2.4, fill=1, stroke=0)
        if point.rejected:
            c.setFont(font, 7)
            c.drawCentredString(x, y + 6, "✕ 失控")
        c.setFillColor(colors.black)
        c.setFont(font, 6.5)
        if n <= 30 or i % max(n // 30, 1) == 0:
            c.saveState()
            c.translate(x, y0 - 4)
            c.rotate(-45)
            c.drawString(-2, -6, point.label)
            c.restoreState()


def render_chart(sheet: ChartSheet) -> bytes:
    font = register_fonts()
    buffer = io.BytesIO()
    page_w, page_h = landscape(A4)
    c = rl_canvas.Canvas(buffer, pagesize=(page_w, page_h))
    c.setTitle(sheet.title)
    c.setFont(font, 15)
    c.drawCentredString(page_w / 2, page_h - 16 * mm, sheet.title)
    c.setFont(font, 9.5)
    c.drawCentredString(page_w / 2, page_h - 23 * mm, sheet.subtitle)
    c.drawString(18 * mm, page_h - 30 * mm, f"中心线 {_fmt(sheet.centre)}，s = {_fmt(sheet.sd)}（{sheet.limits_source_zh}）；"
                 f"共 {len(sheet.points)} 点；1₂s 为警告，1₃s、2₂s、R₄s、4₁s、10x 为失控")
    x0, y0, w, h = 32 * mm, 62 * mm, page_w - 50 * mm, page_h - 100 * mm
    span = sheet.sd * 4

    def y_of(value: Decimal) -> float:
        return y0 + float((value - (sheet.centre - span)) / (span * 2)) * h

    _draw_axes(c, sheet, x0, y0, w, h, y_of)
    _draw_points(c, sheet.points, x0, y0, w, h, y_of)
    flagged = [(i + 1, p) for i, p in enumerate(sheet.points) if p.rules_zh]
    c.setFillColor(colors.black)
    c.setFont(font, 9)
    y = 40 * mm
    c.drawString(18 * mm, y, "规则提示：" + ("无" if not flagged else ""))
    for index, point in flagged[:8]:
        y -= 4.6 * mm
        word = "失控" if point.rejected else "警告"
        c.setFillColor(RED if point.rejected else AMBER)
        c.drawString(22 * mm, y, f"第 {index} 点（{point.label}，{_fmt(point.value)}）{word}：{point.rules_zh}")
    if len(flagged) > 8:
        c.drawString(22 * mm, y - 4.6 * mm, f"……另有 {len(flagged) - 8} 点")
    c.setFillColor(GREY)
    c.setFont(font, 8)
    c.drawString(18 * mm, 8 * mm, f"{sheet.lab_name}　打印日期 {sheet.printed_on.isoformat()}")
    c.showPage()
    c.save()
    return buffer.getvalue()
