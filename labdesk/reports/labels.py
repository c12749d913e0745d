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


def _fit(font: str, text: str, size: float, width: float) -> float:
    while size > 4 and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


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
            canvas.drawString(margin, top - size, header)
            top -= size + 0.8 * mm
        kind_size = 10 * scale
        canvas.setFont(font, kind_size)
        kind_width = stringWidth(label.kind, font, kind_size)
        canvas.drawRightString(w - margin, top - kind_size, label.kind)
        title_size = _fit(font, label.title, 9 * scale, inner - kind_width - 2 * mm)
        canvas.setFont(font, title_size)
        canvas.drawString(margin, top - kind_size, label.title)
        top -= kind_size + 1.5 * mm

        bar_height = 12 * mm * scale
        bc = _barcode(label.code, inner)
        bc.barHeight = bar_height
        x = (w - bc.width) / 2
        bc.drawOn(canvas, x, top - bar_height)
        top -= bar_height + 1 * mm

        code_size = _fit(font, label.code, 9 * scale, inner)
        canvas.setFont(font, code_size)
        canvas.drawCentredString(w / 2, top - code_size, label.code)
        top -= code_size + 1 * mm
        for line in label.lines:
            size = _fit(font, line, 7 * scale, inner)
            if top - size < margin * 0.5:
                break
            canvas.setFont(font, size)
            canvas.drawString(margin, top - size, line)
            top -= size + 0.6 * mm
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
