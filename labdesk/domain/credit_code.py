"""Unified social credit code (统一社会信用代码), GB 32100-2015: format and check character."""

from __future__ import annotations

from labdesk.domain.errors import InputError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
FIELD = "统一社会信用代码"


def check_character(first17: str) -> str:
    """The 18th character for the first 17 (GB 32100-2015 §5.2: C18 = 31 − (Σ Ci·Wi mod 31))."""
    total = sum(ALPHABET.index(ch) * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(code: str) -> str:
    """Upper-case, full-width to half-width, spaces removed."""
    half = "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in code)
    return "".join(half.split()).upper()


def validate(code: str) -> str:
    """Return the normalised code, or raise ``InputError`` saying exactly what is wrong."""
    value = normalise(code)
    if len(value) != 18:
        raise InputError(FIELD, f"应为 18 位，实际为 {len(value)} 位。")
    bad = sorted({ch for ch in value if ch not in ALPHABET})
    if bad:
        raise InputError(FIELD, f"含有不允许的字符：{'、'.join(bad)}（不使用 I、O、S、V、Z）。")
    if not value[2:8].isdigit():
        raise InputError(FIELD, "第 3–8 位应为登记管理机关行政区划码（数字）。")
    expected = check_character(value[:17])
    if value[17] != expected:
        raise InputError(FIELD, f"校验码错误：第 18 位应为「{expected}」，实际为「{value[17]}」，请核对抽样单。")
    return value
