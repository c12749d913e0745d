"""Sample and portion labels for a label printer: one label per PDF page, Code128 vector barcodes.

Data in, bytes out.  The default label is 60 × 40 mm (settings ``label.width_mm`` /
``label.height_mm``).  Bars are drawn at a module width of 0.254 mm (exactly 3 dots
at 300 dpi) and narrowed only when a long code would not fit, so a label printed
or rendered at 300 dpi decodes with zbar to exactly the code.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from labdesk.reports.fonts import register_fonts

MODULE_MM = 0.254  # 3 dots at 300 dpi
MIN_MODULE_MM = 0.17  # 2 dots at 300 dpi; below this a cheap printer smears the bars
QUIET_MODULES = 10


@dataclass(frozen=True)
class LabelData:
    code: str  # what the barcode encodes (sample number or portion code)
    kind: str  # 样品 / 检验样品 / 备用样品, printed large in the corner
    title: str  # product name
    lines: tuple[str, ...] = ()  # small lines under the barcode (no enterprise names: testing is blind)


MIN_FONT = 4.5  # points; smaller does not print legibly on a label printer


def _fit(font: str, text: str, size: float, width: float) -> float:
    while size > MIN_FONT and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _clip(font: str, text: str, size: float, width: float) -> str:
    """``text`` cut to ``width`` with an ellipsis (the last resort: never drawn outside the label)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…" if text else ""


def _wrap(font: str, text: str, size: float, width: float) -> list[str]:
    """Greedy wrap by character (Chinese breaks anywhere; a space is a preferred break for Latin text)."""
    lines: list[str] = []
    current = ""
    for char in text:
        if stringWidth(current + char, font, size) <= width or not current:
            current += char
            continue
        cut = current.rfind(" ")
        if cut > 0 and current.isascii():
            lines.append(current[:cut])
            current = current[cut + 1:] + char
        else:
            lines.append(current)
            current = char.lstrip()
    if current:
        lines.append(current)
    return lines


def _fit_lines(font: str, text: str, size: float, width: float, max_lines: int) -> tuple[float, list[str]]:
    """The largest size (down to MIN_FONT) at which ``text`` wraps into ``max_lines``; else clipped."""
    while True:
        lines = _wrap(font, text, size, width)
        if len(lines) <= max_lines:
            return size, lines
        if size <= MIN_FONT:
            kept = lines[:max_lines]
            kept[-1] = _clip(font, kept[-1] + "".join(lines[max_lines:]), size, width)
            return size, kept
        size = max(MIN_FONT, size - 0.25)


def _barcode(code: str, max_width: float) -> Code128:
    module = MODULE_MM
    while True:
        bc = Code128(code, barWidth=module * mm, humanReadable=False, quiet=0)
        total = bc.width + 2 * QUIET_MODULES * module * mm
        if total <= max_width or module <= MIN_MODULE_MM:
            return bc
        module = max(MIN_MODULE_MM, module - 0.02)


def render_labels(
    labels: Sequence[LabelData], *, width_mm: float = 60, height_mm: float = 40, header: str = ""
) -> bytes:
    """One page per label, each page exactly ``width_mm`` × ``height_mm``."""
    if not labels:
        raise ValueError("no labels to render")
    font = register_fonts()
    w, h = width_mm * mm, height_mm * mm
    margin = 2 * mm
    inner = w - 2 * margin
    scale = height_mm / 40  # the layout is drawn for 40 mm and scales with the label height
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(w, h), pageCompression=1)
    canvas.setTitle("LabDesk 样品标签")
    canvas.setCreator("LabDesk")
    for label in labels:
        top = h - margin
        if header:
            size = _fit(font, header, 6 * scale, inner)
            canvas.setFont(font, size)
            canvas.drawString(margin, top - size, _clip(font, header, size, inner))
            top -= size + 0.8 * mm
        kind_size = _fit(font, label.kind, 10 * scale, inner / 3)
        canvas.setFont(font, kind_size)
        kind_width = stringWidth(label.kind, font, kind_size)
        canvas.drawRightString(w - margin, top - kind_size, _clip(font, label.kind, kind_size, inner / 3))
        title_width = max(inner - kind_width - 1.5 * mm, inner / 2)
        title_size, title_lines = _fit_lines(font, label.title, 9 * scale, title_width, 2)
        canvas.setFont(font, title_size)
        line_top = top
        for line in title_lines:
            canvas.drawString(margin, line_top - title_size, line)
            line_top -= title_size + 0.4 * mm
        top = min(top - kind_size, line_top + 0.4 * mm) - 1.5 * mm

        bar_height = max(5 * mm, min(12 * mm * scale, top - margin - 9 * scale - 1 * mm))  # room for the code
        bc = _barcode(label.code, inner)
        bc.barHeight = bar_height
        x = (w - bc.width) / 2
        bc.drawOn(canvas, x, top - bar_height)
        top -= bar_height + 1 * mm

        code_size = _fit(font, label.code, 9 * scale, inner)
        canvas.setFont(font, code_size)
        canvas.drawCentredString(w / 2, top - code_size, _clip(font, label.code, code_size, inner))
        top -= code_size + 1 * mm
        for line in label.lines:
            size = _fit(font, line, 7 * scale, inner)
            if top - size < margin * 0.5:
                break
            canvas.setFont(font, size)
            canvas.drawString(margin, top - size, _clip(font, line, size, inner))
            top -= size + 0.6 * mm
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
