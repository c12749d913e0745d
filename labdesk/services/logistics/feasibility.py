"""Whether a re-test (复检) is possible at all, said in Chinese.

A re-test uses the backup portion (备用样品): it must still be sealed in the lab,
or held sealed at the enterprise.  Microbiological items are never re-tested
(不予复检, plan2-standards.md §0, 卫监督发〔2005〕515号 第十九条).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from labdesk.persistence.models import Disposition, PlanProduct, Portion, Sample
from labdesk.persistence.uow import UnitOfWork

PORTION_STATE_ZH = {
    "sealed": "封存", "in_use": "检验中", "unsealed": "已启封", "returned": "已退还受检单位", "disposed": "已处置",
    "at_enterprise": "由受检单位封存保管",
}
RETEST_STATES = ("sealed", "at_enterprise")  # a backup a re-test can use


def is_microbiological(item: Any) -> bool:
    """``microbiological = true`` on a rule-set / catalogue item (a dict or an object), read defensively."""
    if isinstance(item, Mapping):
        flag = item.get("microbiological")
        category = item.get("category")
    else:
        flag = getattr(item, "microbiological", None)
        category = getattr(item, "category", None)
    return bool(flag) or str(category or "").lower() in ("microbiological", "microbiology", "微生物")


def microbiological_codes(uow: UnitOfWork, sample: Sample) -> set[str]:
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    items: Iterable[Any] = ((product.ruleset or {}).get("items") or []) if product is not None else []
    return {str(i.get("code")) for i in items if isinstance(i, Mapping) and is_microbiological(i)}


def backup_portion(uow: UnitOfWork, sample_id: int) -> Portion | None:
    return uow.session.scalar(select(Portion).where(Portion.sample_id == sample_id, Portion.kind == "backup"))


def retest_obstacle(uow: UnitOfWork, sample: Sample, failing: Iterable[str] = ()) -> str:
    """Why a re-test of ``sample`` is impossible (Chinese), or "" when it is possible.

    ``failing``: the items the report judged failing; when every one of them is
    microbiological there is nothing a re-test may cover.
    """
    backup = backup_portion(uow, sample.id)
    if backup is None:
        return f"样品 {sample.sample_no} 没有备用样品，无法复检，不予复检。"
    if backup.state not in RETEST_STATES:
        state = PORTION_STATE_ZH.get(backup.state, "不在封存状态")
        when = uow.session.scalar(select(Disposition.done_on).where(Disposition.sample_id == sample.id))
        at = f"（{when.isoformat()} 样品处置）" if when else ""
        return f"备用样品 {backup.code} {state}{at}，已无封存完好的备用样品可供复检，不予复检。"
    failing = [c for c in failing if c]
    micro = microbiological_codes(uow, sample)
    if failing and all(c in micro for c in failing):
        return (f"不合格项目（{'、'.join(failing)}）均为微生物项目，按规定微生物项目不进行复检，不予复检。")
    return ""
