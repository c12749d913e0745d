"""The bundled CJK font for every PDF, so Chinese never renders as boxes."""

from __future__ import annotations

from functools import cache

import reportlab.rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from labdesk.paths import font_path

FONT = "WQY"  # WenQuanYi Micro Hei, subset-embedded
FONT_MONO = "WQYMono"

reportlab.rl_config.useA85 = 0  # ASCII85 of embedded JPEGs costs ~10x the render time


@cache
def register_fonts() -> str:
    """Register the bundled font once per process; returns its reportlab name."""
    path = str(font_path())
    pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=0))
    pdfmetrics.registerFont(TTFont(FONT_MONO, path, subfontIndex=1))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT
