"""Westgard rules on a Levey–Jennings series (quality-system.md §5, H).

Every rule is evaluated on every point (no 1₂s gate, as modern Westgard practice
recommends).  ``1_2s`` is a warning for a point beyond ±2s but within ±3s (beyond
±3s it is ``1_3s``); the others reject:

- ``1_3s``: the point is beyond ±3s;
- ``2_2s``: the point and the one before are both beyond +2s, or both beyond −2s;
- ``R_4s``: within one run, this point and another are beyond opposite 2s limits;
- ``4_1s``: the point and the three before are all beyond +1s, or all beyond −1s;
- ``10_x``: the point and the nine before are all on the same side of the centre.

"Beyond" is strict: a point exactly on a limit does not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from labdesk.domain.quality.control import Limits

WARNING = "1_2s"
REJECT_RULES = ("1_3s", "2_2s", "R_4s", "4_1s", "10_x")
RULE_NAMES_ZH = {
    "1_2s": "1₂s（超出 ±2s，警告）",
    "1_3s": "1₃s（超出 ±3s）",
    "2_2s": "2₂s（连续 2 点超出同侧 2s）",
    "R_4s": "R₄s（同批两点分别超出 +2s 和 -2s）",
    "4_1s": "4₁s（连续 4 点超出同侧 1s）",
    "10_x": "10x（连续 10 点在中心线同侧）",
}


@dataclass(frozen=True)
class Point:
    value: Decimal
    run: object = None  # points with the same run key were measured in one run


@dataclass(frozen=True)
class PointResult:
    index: int
    z: Decimal
    rules: tuple[str, ...]

    @property
    def rejected(self) -> bool:
        return any(r in REJECT_RULES for r in self.rules)

    @property
    def warning(self) -> bool:
        return WARNING in self.rules


def _same_side(zs: Sequence[Decimal], limit: Decimal) -> bool:
    return all(z > limit for z in zs) or all(z < -limit for z in zs)


def evaluate(points: Sequence[Point], limits: Limits) -> list[PointResult]:
    zs = [limits.z(p.value) for p in points]
    two, three, one, zero = Decimal(2), Decimal(3), Decimal(1), Decimal(0)
    out: list[PointResult] = []
    for i, z in enumerate(zs):
        rules: list[str] = []
        if abs(z) > three:
            rules.append("1_3s")
        elif abs(z) > two:
            rules.append("1_2s")
        if i >= 1 and _same_side(zs[i - 1:i + 1], two):
            rules.append("2_2s")
        if abs(z) > two and points[i].run is not None:
            partners = [zs[j] for j in range(i) if points[j].run == points[i].run]
            if any((p > two and z < -two) or (p < -two and z > two) for p in partners):
                rules.append("R_4s")
        if i >= 3 and _same_side(zs[i - 3:i + 1], one):
            rules.append("4_1s")
        if i >= 9 and _same_side(zs[i - 9:i + 1], zero):
            rules.append("10_x")
        out.append(PointResult(i, z, tuple(rules)))
    return out
