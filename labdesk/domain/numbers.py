"""Numbers as people type them, GB/T 8170-2008 rounding, and limit comparison.

Everything here works on :class:`decimal.Decimal` built from the *text* of a
number.  Binary floats are refused: 28.175 held as a double is 28.17499…, which
would round the wrong way under GB/T 8170-2008 §3.3.

* :func:`parse_decimal` turns what a tester typed (full-width digits, stray
  leading/trailing spaces tolerated) into a Decimal or raises
  :class:`~labdesk.domain.errors.InputError` naming the field.
* :func:`round_gb8170` implements GB/T 8170-2008 §3 (数值修约规则): rounding to an
  interval of 1, 2 or 5 × 10^n (so 10^n, 0.5-unit and 0.2-unit intervals), half
  to even only on an exact 5, in one step from the original value (§3.4 不得连续修约).
* :class:`Requirement` and :func:`complies` implement GB/T 8170-2008 §4
  (极限数值的表示和判定): 全数值比较法 (``"full"``) and 修约值比较法 (``"rounded"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, DivisionByZero, Inexact, InvalidOperation
from functools import lru_cache
from typing import Literal

from labdesk.domain.errors import InputError

__all__ = [
    "ComparisonMethod",
    "Requirement",
    "complies",
    "format_reported",
    "reported_with_mark",
    "interval_decimals",
    "parse_decimal",
    "round_gb8170",
    "rounding_mark",
    "validate_interval",
]

ComparisonMethod = Literal["full", "rounded"]

#: Longest number we accept from a person or a JSON file (guards against absurd input).
MAX_NUMBER_CHARS = 40

_FULLWIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "。": ".",  # an IME full stop typed as a decimal point
        "－": "-",
        "−": "-",  # U+2212 minus sign
        "＋": "+",
    }
)
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_WHITESPACE = " \t\r\n\u3000\u00a0\u2009\u202f"

# Exact arithmetic for rounding: a value/interval division must never be inexact.
_EXACT = Context(prec=120, traps=[InvalidOperation, DivisionByZero, Inexact])
_ROUNDING = Context(prec=120, traps=[InvalidOperation])


def parse_decimal(text: object, field: str) -> Decimal:
    """Parse a typed number into a Decimal.

    Accepts ASCII or full-width digits (０-９), a full-width point (．) or minus
    (－, −), and stray whitespace (including the ideographic space) around the
    number.  Also accepts an ``int`` or ``Decimal`` as given by a JSON parser
    using ``parse_float=Decimal``.  Rejects anything else — thousands
    separators, units, exponents, NaN/Infinity, empty text, floats, booleans —
    with an :class:`InputError` naming ``field``.
    """
    if isinstance(text, bool):
        raise InputError(field, f"「{field}」不是有效的数值：{text!r}")
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise InputError(field, f"「{field}」不是有效的数值：{str(text)!r}")
        if len(str(text)) > MAX_NUMBER_CHARS or (not text.is_zero() and abs(text.adjusted()) >= MAX_NUMBER_CHARS):
            raise InputError(field, f"「{field}」数值过长或超出范围")
        return text
    if isinstance(text, int):
        if abs(text) >= 10**MAX_NUMBER_CHARS:
            raise InputError(field, f"「{field}」数值过长")
        return Decimal(text)
    if isinstance(text, float):
        raise InputError(field, f"「{field}」应以字符串给出数值（不接受二进制浮点数）：{text!r}")
    if not isinstance(text, str):
        raise InputError(field, f"「{field}」不是有效的数值：{text!r}")
    if len(text) <= MAX_NUMBER_CHARS and _NUMBER_RE.fullmatch(text):  # the common case: plain ASCII
        return Decimal(text)
    cleaned = text.translate(_FULLWIDTH).strip(_WHITESPACE)
    if not cleaned:
        raise InputError(field, f"「{field}」不能为空")
    if len(cleaned) > MAX_NUMBER_CHARS:
        raise InputError(field, f"「{field}」数值过长")
    if not _NUMBER_RE.fullmatch(cleaned):
        raise InputError(field, f"「{field}」不是有效的数值：{text!r}")
    return Decimal(cleaned)


@lru_cache(maxsize=256)
def _interval_exponent(interval: Decimal) -> int:
    """Validate ``interval`` once and return the exponent of its normalised form (cached)."""
    validate_interval(interval)
    exponent = interval.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent


@lru_cache(maxsize=256)
def _power_of_ten(interval: Decimal) -> Decimal | None:
    """``Decimal(1).scaleb(n)`` when ``interval`` is 10^n with n ≤ 0, else None."""
    norm = interval.normalize()
    exponent = norm.as_tuple().exponent
    if norm.as_tuple().digits != (1,) or not isinstance(exponent, int) or exponent > 0:
        return None
    return Decimal(1).scaleb(exponent)


def validate_interval(interval: Decimal) -> None:
    """Check that ``interval`` is 1, 2 or 5 × 10^n (GB/T 8170-2008 §3.1 修约间隔,
    including the 0.5-unit and 0.2-unit intervals of §3.5/§3.6).

    Raises :class:`ValueError` otherwise: it is a programming or catalogue error,
    not a user error.
    """
    if not isinstance(interval, Decimal) or not interval.is_finite() or interval <= 0:
        raise ValueError(f"rounding interval must be a positive Decimal, got {interval!r}")
    lead = interval.normalize().as_tuple().digits
    if len(lead) != 1 or lead[0] not in (1, 2, 5):
        raise ValueError(f"rounding interval must be 1, 2 or 5 × 10^n, got {interval}")


def round_gb8170(value: Decimal, interval: Decimal) -> Decimal:
    """Round ``value`` to a multiple of ``interval`` by GB/T 8170-2008 §3.

    §3.2: the value is divided by the interval (for a 0.5 unit this is "× 2",
    for a 0.2 unit "× 5", exactly as §3.5/§3.6 describe) and the quotient is
    rounded to an integer: a discarded part below one half is dropped, above one
    half rounds up, and *exactly* one half rounds to the even integer
    (四舍六入五成双).  Negative values are rounded by absolute value (§3.2.5),
    which ROUND_HALF_EVEN does symmetrically.  Rounding is done once from the
    original value (§3.4).  The result carries the interval's exponent, so
    ``round_gb8170(Decimal("1.050"), Decimal("0.1")) == Decimal("1.0")``.
    """
    exponent = _interval_exponent(interval)
    quantum = _power_of_ten(interval)
    if quantum is not None:  # 10^n: one quantize, half to even (the same result as the steps below)
        result = value.quantize(quantum, rounding=ROUND_HALF_EVEN, context=_ROUNDING)
        return result.copy_abs() if result.is_zero() else result
    quotient = _EXACT.divide(value, interval)
    whole = quotient.to_integral_value(rounding=ROUND_HALF_EVEN, context=_EXACT)
    result = _EXACT.multiply(whole, interval)
    if result.is_zero():
        result = result.copy_abs()
    if exponent < 0:
        result = result.quantize(Decimal(1).scaleb(exponent), context=_EXACT)
    return result


def interval_decimals(interval: Decimal) -> int:
    """Number of decimals a value rounded to ``interval`` is written with (0.01 → 2, 0.5 → 1, 20 → 0)."""
    return max(0, -_interval_exponent(interval))


def format_reported(value: Decimal, interval: Decimal) -> str:
    """The reported string: rounded once to ``interval`` (GB/T 8170-2008 §3) and written
    with the interval's number of decimals, e.g. ``format_reported(Decimal("28.0049"),
    Decimal("0.01")) == "28.00"``; "840" for 842 at interval 20; never "-0.00"."""
    rounded = round_gb8170(value, interval)
    text = f"{rounded:.{interval_decimals(interval)}f}"
    if text.startswith("-") and Decimal(text).is_zero():
        text = text[1:]
    return text


def reported_with_mark(value: Decimal, interval: Decimal) -> tuple[str, str]:
    """:func:`format_reported` and :func:`rounding_mark` from one rounding."""
    rounded = round_gb8170(value, interval)
    text = f"{rounded:.{interval_decimals(interval)}f}"
    if text.startswith("-") and Decimal(text).is_zero():
        text = text[1:]
    return text, ("+" if rounded < value else "-" if rounded > value else "")


def rounding_mark(value: Decimal, interval: Decimal) -> str:
    """GB/T 8170-2008 §3.3 报出值的符号: ``"+"`` when the reported (rounded) value is below the
    unrounded one (已舍, rounded down), ``"-"`` when above (已进, rounded up), ``""`` when the
    value was not changed by rounding (未舍未进)."""
    rounded = round_gb8170(value, interval)
    if rounded < value:
        return "+"
    if rounded > value:
        return "-"
    return ""


_OP_SYMBOL = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _digits_interval(text_value: Decimal) -> Decimal:
    """The interval of the last written digit of a limit ("97.0" → 0.1, "14" → 1)."""
    exponent = text_value.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(1).scaleb(exponent)


@dataclass(frozen=True, slots=True)
class Requirement:
    """A limit as GB/T 8170-2008 §4.1 writes it.

    ``op`` is one of ``>=``, ``>``, ``<=``, ``<`` (with ``value``), ``range``
    (``low``..``high``, each bound inclusive unless ``low_op``/``high_op`` say
    ``>``/``<``) or ``tolerance`` (``value`` ± ``tol``, inclusive).
    ``compare_interval`` is the interval the measured value is rounded to under
    修约值比较法; when ``None`` it is the last written digit of the limit
    (§4.3.2: "修约到与极限数值书写位数一致").
    """

    op: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    tol: Decimal | None = None
    low_op: str = ">="
    high_op: str = "<="
    compare_interval: Decimal | None = None

    def __post_init__(self) -> None:
        if self.op in _OP_SYMBOL:
            if self.value is None:
                raise ValueError(f"requirement {self.op} needs a value")
        elif self.op == "range":
            if self.low is None or self.high is None or self.low > self.high:
                raise ValueError("range requirement needs low <= high")
            if self.low_op not in (">=", ">") or self.high_op not in ("<=", "<"):
                raise ValueError("range bounds must be >=/> and <=/<")
        elif self.op == "tolerance":
            if self.value is None or self.tol is None or self.tol < 0:
                raise ValueError("tolerance requirement needs value and tol >= 0")
        else:
            raise ValueError(f"unknown requirement operator {self.op!r}")
        if self.compare_interval is not None:
            validate_interval(self.compare_interval)

    def text(self) -> str:
        """The requirement as printed in the report column 标准要求 (e.g. "≤13.5", "1.2～1.6", "10.0±0.1")."""
        if self.op in _OP_SYMBOL:
            return f"{_OP_SYMBOL[self.op]}{self.value}"
        if self.op == "range":
            if self.low_op == ">=" and self.high_op == "<=":
                return f"{self.low}～{self.high}"
            return f"{_OP_SYMBOL[self.low_op]}{self.low}且{_OP_SYMBOL[self.high_op]}{self.high}"
        return f"{self.value}±{self.tol}"

    def rounding_interval(self) -> Decimal:
        """Interval used by 修约值比较法 for this requirement."""
        if self.compare_interval is not None:
            return self.compare_interval
        if self.op in _OP_SYMBOL or self.op == "tolerance":
            assert self.value is not None
            interval = _digits_interval(self.value)
            if self.op == "tolerance":
                assert self.tol is not None
                interval = min(interval, _digits_interval(self.tol))
            return interval
        assert self.low is not None and self.high is not None
        return min(_digits_interval(self.low), _digits_interval(self.high))

    def satisfied_by(self, x: Decimal) -> bool:
        """Whether ``x`` (already rounded or not, as the method demands) meets the limit."""
        op = self.op
        if op == ">=":
            return x >= self.value  # type: ignore[operator]
        if op == ">":
            return x > self.value  # type: ignore[operator]
        if op == "<=":
            return x <= self.value  # type: ignore[operator]
        if op == "<":
            return x < self.value  # type: ignore[operator]
        if op == "range":
            assert self.low is not None and self.high is not None
            low_ok = x >= self.low if self.low_op == ">=" else x > self.low
            high_ok = x <= self.high if self.high_op == "<=" else x < self.high
            return low_ok and high_ok
        assert self.value is not None and self.tol is not None
        return self.value - self.tol <= x <= self.value + self.tol


def complies(value: Decimal, requirement: Requirement, method: ComparisonMethod = "full") -> bool:
    """GB/T 8170-2008 §4.3: does ``value`` comply with ``requirement``?

    ``"full"`` (全数值比较法, §4.3.1, the default when a standard is silent)
    compares the unrounded value; any excess fails.  ``"rounded"`` (修约值比较法,
    §4.3.2) first rounds the value once to the limit's written digits (or the
    requirement's ``compare_interval``), then compares.
    """
    if method == "full":
        return requirement.satisfied_by(value)
    if method == "rounded":
        return requirement.satisfied_by(round_gb8170(value, requirement.rounding_interval()))
    raise ValueError(f"unknown comparison method {method!r}")
