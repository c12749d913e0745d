"""Control-sample acceptance and Levey–Jennings limits.

Criterion (quality-system.md §4, L: GB/T 29164 text not seen): a control result is
accepted when |x − x_cert| ≤ allowance, where the allowance is the lab's configured
value for the material and item and defaults to the certificate's expanded
uncertainty U.  Values must be on the certificate's basis (usually dry basis; the
tester converts with the Mad measured at the same time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from labdesk.domain.errors import InputError


@dataclass(frozen=True)
class ControlOutcome:
    passed: bool
    difference: Decimal
    allowance: Decimal

    def text_zh(self, certified: Decimal) -> str:
        word = "合格" if self.passed else "不合格"
        return f"与标准值 {certified} 之差 {self.difference}，允许差 ±{self.allowance}：{word}"


def judge_control(value: Decimal, certified: Decimal, allowance: Decimal) -> ControlOutcome:
    if allowance < 0:
        raise InputError("允许差", "不能为负数。")
    difference = value - certified
    return ControlOutcome(abs(difference) <= allowance, difference, allowance)


@dataclass(frozen=True)
class Limits:
    """Centre line and standard deviation of a Levey–Jennings chart."""

    centre: Decimal
    sd: Decimal
    source: str  # certificate | history

    def z(self, value: Decimal) -> Decimal:
        return (value - self.centre) / self.sd

    def line(self, k: int) -> Decimal:
        return self.centre + self.sd * k


def limits_from_certificate(certified: Decimal, expanded_u: Decimal, k: Decimal = Decimal(2)) -> Limits:
    """Centre = certified value, s = U / k (k = 2 on GBW certificates)."""
    if expanded_u <= 0:
        raise InputError("不确定度", "须大于零才能绘制控制图。")
    return Limits(certified, expanded_u / k, "certificate")


def limits_from_history(values: Sequence[Decimal]) -> Limits:
    """Mean and sample standard deviation (n − 1) of the baseline values."""
    if len(values) < 2:
        raise InputError("历史数据", "至少需要 2 个质控结果才能计算控制限（宜 20 个以上）。")
    n = Decimal(len(values))
    mean = sum(values, Decimal(0)) / n
    variance = sum(((v - mean) ** 2 for v in values), Decimal(0)) / (n - 1)
    if variance == 0:
        raise InputError("历史数据", "历史结果完全相同，标准差为零，无法计算控制限。")
    return Limits(mean, variance.sqrt(), "history")
