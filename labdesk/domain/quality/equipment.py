"""Equipment status derived from its metrological confirmation records (合格 / 准用 / 停用).

Labels follow the usual practice (quality-system.md §1, M): green 合格 when the last
检定/校准 passed and is not past due; yellow 准用 when it passed with restrictions;
red 停用 when faulty, when the last confirmation failed, when there is none, or when
the next due date has passed.  Equipment is usable on its due date and refused from
the day after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

CHECK_KINDS_ZH = {"verification": "检定", "calibration": "校准", "intermediate": "期间核查"}
OUTCOMES_ZH = {"pass": "合格", "restricted": "准用", "fail": "不合格"}
REMIND_DAYS = 30  # reminders on the home screen this many days before the due date (lab practice, L)


class EquipmentState(StrEnum):
    OK = "ok"
    RESTRICTED = "restricted"
    STOPPED = "stopped"


STATE_ZH = {EquipmentState.OK: "合格", EquipmentState.RESTRICTED: "准用", EquipmentState.STOPPED: "停用"}
STATE_COLOUR = {EquipmentState.OK: "#2E7D32", EquipmentState.RESTRICTED: "#B8860B", EquipmentState.STOPPED: "#C00000"}


@dataclass(frozen=True)
class Check:
    kind: str  # verification | calibration | intermediate
    performed_on: dt.date
    outcome: str  # pass | restricted | fail
    next_due: dt.date | None


@dataclass(frozen=True)
class EquipmentStatus:
    state: EquipmentState
    reason: str
    next_due: dt.date | None
    days_left: int | None

    @property
    def label_zh(self) -> str:
        return STATE_ZH[self.state]

    @property
    def colour(self) -> str:
        return STATE_COLOUR[self.state]

    @property
    def usable(self) -> bool:
        return self.state is not EquipmentState.STOPPED

    def due_soon(self, days: int = REMIND_DAYS) -> bool:
        return self.days_left is not None and self.days_left <= days


def derive_status(checks: Sequence[Check], today: dt.date, *, out_of_service: bool = False,
                  out_of_service_reason: str = "") -> EquipmentStatus:
    """The status on ``today`` from every confirmation record (any order)."""
    ordered = sorted(checks, key=lambda c: c.performed_on)
    confirmations = [c for c in ordered if c.kind in ("verification", "calibration")]
    last = confirmations[-1] if confirmations else None
    due = last.next_due if last is not None else None
    left = (due - today).days if due is not None else None
    if out_of_service:
        return EquipmentStatus(EquipmentState.STOPPED, f"已停用：{out_of_service_reason or '故障'}", due, left)
    if last is None:
        return EquipmentStatus(EquipmentState.STOPPED, "没有检定/校准记录，计量性能未知", None, None)
    kind = CHECK_KINDS_ZH.get(last.kind, last.kind)
    if last.outcome == "fail":
        return EquipmentStatus(EquipmentState.STOPPED, f"{last.performed_on.isoformat()} {kind}不合格", due, left)
    later = [c for c in ordered if c.kind == "intermediate" and c.performed_on >= last.performed_on]
    if later and later[-1].outcome == "fail":
        return EquipmentStatus(EquipmentState.STOPPED, f"{later[-1].performed_on.isoformat()} 期间核查不合格",
                               due, left)
    if due is not None and left is not None and left < 0:
        return EquipmentStatus(EquipmentState.STOPPED, f"已超过{kind}有效期（到期日 {due.isoformat()}）", due, left)
    if last.outcome == "restricted":
        return EquipmentStatus(EquipmentState.RESTRICTED, f"{kind}结论为准用（限制使用）", due, left)
    return EquipmentStatus(EquipmentState.OK, f"{kind}合格", due, left)
