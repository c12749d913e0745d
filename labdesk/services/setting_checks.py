"""What each lab setting may hold, checked before it is stored (issue 13 item 5).

``check(key, value)`` returns the value in its stored type or raises ``InputError`` with a Chinese
message naming the setting and its unit; the settings page uses the same table for its validators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from labdesk.domain.errors import InputError
from labdesk.domain.intake import format_number


@dataclass(frozen=True)
class NumberRule:
    label: str
    unit: str
    low: Decimal
    high: Decimal
    integer: bool = True


NUMBERS: dict[str, NumberRule] = {
    "label.width_mm": NumberRule("标签宽度", "mm", Decimal(30), Decimal(200)),
    "label.height_mm": NumberRule("标签高度", "mm", Decimal(20), Decimal(150)),
    "calorie_factor": NumberRule("卡换算系数", "J/cal", Decimal("4.18"), Decimal("4.19"), integer=False),
}
TEXTS: dict[str, tuple[str, int]] = {
    "lab.name": ("实验室名称", 200), "lab.name_en": ("英文名称", 200), "lab.address": ("地址", 300),
    "lab.phone": ("电话", 50), "lab.cma_no": ("CMA 证书编号", 50), "lab.objection_office": ("异议受理部门", 200),
}
PATTERNS = {"numbering.sample_pattern": "样品编号规则", "numbering.report_pattern": "报告编号规则"}


def _number(key: str, value: Any) -> int | str:
    rule = NUMBERS[key]
    text = str(value).strip()
    kind = "整数" if rule.integer else "数字"
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InputError(rule.label, f"应为{kind}（{rule.unit}），现为「{text}」。") from None
    if not number.is_finite() or (rule.integer and number != number.to_integral_value()):
        raise InputError(rule.label, f"应为{kind}（{rule.unit}），现为「{text}」。")
    if not rule.low <= number <= rule.high:
        raise InputError(rule.label, f"应在 {rule.low}～{rule.high} {rule.unit} 之间，现为 {text}。")
    return int(number) if rule.integer else format(number, "f")


def _pattern(key: str, value: Any) -> str:
    text = str(value).strip()
    label = PATTERNS[key]
    try:
        preview(text)
    except InputError as error:
        raise InputError(label, error.detail) from None
    return text


def preview(pattern: str, *, year: int = 2021, month: int = 8, product: str = "DL", seq: int = 1) -> str:
    """The number ``pattern`` gives for the example values (the settings page shows it while typing)."""
    try:
        return format_number(pattern, year=year, month=month, product=product, seq=seq)
    except InputError:
        raise
    except (KeyError, ValueError, IndexError) as error:
        raise InputError("编号规则", f"无法使用（{error}）；可用 {{year}} {{yy}} {{month}} {{product}} {{seq:04d}}。") from None


def check(key: str, value: Any) -> Any:
    """``value`` as it is stored for ``key``; refuses a value of the wrong type or out of range."""
    if key in NUMBERS:
        return _number(key, value)
    if key in PATTERNS:
        return _pattern(key, value)
    if key in TEXTS:
        label, limit = TEXTS[key]
        text = str(value).strip()
        if not text and key == "lab.name":
            raise InputError(label, "必填。")
        if len(text) > limit:
            raise InputError(label, f"最多 {limit} 个字符。")
        return text
    if key == "intake.reject_reasons":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise InputError("拒收理由", "应为每行一条的文字。")
        return [v.strip() for v in value]
    if key == "intake.require_photo":
        if not isinstance(value, bool):
            raise InputError("接收前必须拍照", "应为“是”或“否”。")
        return value
    if key == "camera.source":
        text = str(value).strip()
        kind, _, rest = text.partition(":")
        device = re.fullmatch(r"\d+(@\d{3,4}x\d{3,4})?", rest) is not None
        if kind not in ("device", "video", "folder") or not rest or (kind == "device" and not device):
            raise InputError("摄像头来源", "应为摄像头编号、视频文件或图片文件夹。")
        return text
    return value
