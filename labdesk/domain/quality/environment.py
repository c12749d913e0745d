"""Environmental conditions against a method's required range (quality-system.md §3).

GB/T 213-2008 (M): calorimeter room 15–30 °C; balance rooms in practice 10–30 °C and RH < 75 %.
A result entered while the room is out of range, or with no reading recorded in the window
before it, is flagged and needs a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

READING_WINDOW_HOURS = 12


@dataclass(frozen=True)
class Requirement:
    room: str
    t_min: Decimal | None
    t_max: Decimal | None
    rh_max: Decimal | None

    def text_zh(self) -> str:
        parts = []
        if self.t_min is not None or self.t_max is not None:
            parts.append(f"温度 {self.t_min if self.t_min is not None else '—'}～"
                         f"{self.t_max if self.t_max is not None else '—'} ℃")
        if self.rh_max is not None:
            parts.append(f"相对湿度 ≤ {self.rh_max} %")
        return "，".join(parts)


def problems(requirement: Requirement, temperature: Decimal | None, humidity: Decimal | None) -> list[str]:
    """What is out of range; empty when the reading meets the requirement."""
    out = []
    if temperature is not None:
        if requirement.t_min is not None and temperature < requirement.t_min:
            out.append(f"温度 {temperature} ℃ 低于 {requirement.t_min} ℃")
        if requirement.t_max is not None and temperature > requirement.t_max:
            out.append(f"温度 {temperature} ℃ 高于 {requirement.t_max} ℃")
    elif requirement.t_min is not None or requirement.t_max is not None:
        out.append("没有温度记录")
    if requirement.rh_max is not None:
        if humidity is None:
            out.append("没有湿度记录")
        elif humidity > requirement.rh_max:
            out.append(f"相对湿度 {humidity} % 高于 {requirement.rh_max} %")
    return out
