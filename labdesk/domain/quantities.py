"""Quantities typed at intake (检验样品数量 "2 kg", 抽样基数 "3000 t"): a positive number and a unit."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS = ("kg", "g", "t", "千克", "公斤", "克", "吨", "袋", "件", "个", "块", "桶", "箱", "份", "瓶", "包")
_QUANTITY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([A-Za-z\u4e00-\u9fff]+)\s*$")
# what a GUI validator lets through while typing (the unit may still be missing)
TYPING_PATTERN = "^(\\d{1,9}(\\.\\d{0,4})? ?[A-Za-z\u4e00-\u9fff]{0,4})?$"  # real CJK characters: Qt and re


def quantity_problem(text: str, label: str) -> str | None:
    """None when ``text`` is a positive number with a known unit, otherwise the message to show."""
    match = _QUANTITY.match(text)
    example = "如 2 kg"
    if match is None:
        return f"{label}：应为数量加单位（{example}），现为「{text.strip()}」。"
    try:
        value = Decimal(match.group(1))
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        return f"{label}：应为数量加单位（{example}）。"
    if value <= 0:
        return f"{label}：应大于 0。"
    if match.group(2).lower() not in UNITS and match.group(2) not in UNITS:
        return f"{label}：单位「{match.group(2)}」不认识，可用 {'、'.join(UNITS)}。"
    return None
