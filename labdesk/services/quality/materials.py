"""Reference materials: certified reference materials (GBW coal standards: certified value ± U per
item, lot, expiry, opened date) and in-house control samples (indicative value ± the lab's
allowance)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation
from labdesk.domain.numbers import parse_decimal
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import ReferenceMaterial
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

KINDS_ZH = {"crm": "有证标准物质", "inhouse": "内部质控样"}


@dataclass(frozen=True)
class MaterialInfo:
    id: int
    code: str
    name: str
    kind: str
    kind_zh: str
    lot: str
    certified: dict[str, tuple[str, str]]  # item -> (value, U)
    allowance: dict[str, str]
    expires_on: dt.date | None
    opened_on: dt.date | None

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}" + (f"（批号 {self.lot}）" if self.lot else "")


def _info(row: ReferenceMaterial) -> MaterialInfo:
    certified = {k: (str(v["value"]), str(v.get("u", ""))) for k, v in (row.certified or {}).items()}
    return MaterialInfo(row.id, row.code, row.name, row.kind, KINDS_ZH.get(row.kind, row.kind), row.lot, certified,
                        {k: str(v) for k, v in (row.allowance or {}).items()}, row.expires_on, row.opened_on)


def criterion(row: ReferenceMaterial, item_code: str) -> tuple[Decimal, Decimal, Decimal]:
    """(certified value, U, allowance) for one item; the allowance defaults to U."""
    entry = (row.certified or {}).get(item_code)
    if entry is None:
        raise RuleViolation(f"标准物质 {row.code} 没有项目「{item_code}」的标准值。")
    value = Decimal(str(entry["value"]))
    u = Decimal(str(entry.get("u") or "0"))
    allowance = Decimal(str((row.allowance or {}).get(item_code) or u))
    return value, u, allowance


def usable_refusal(row: ReferenceMaterial, item_code: str, today: dt.date) -> str | None:
    if row.expires_on is not None and today > row.expires_on:
        return f"标准物质 {row.code}（批号 {row.lot}）已于 {row.expires_on.isoformat()} 过期，不能使用。"
    if item_code not in (row.certified or {}):
        return f"标准物质 {row.code} 没有项目「{item_code}」的标准值。"
    return None


def register(ctx: ServiceContext, actor: Actor, *, code: str, name: str, kind: str = "crm", lot: str = "",
             certified: Mapping[str, tuple[str, str]], allowance: Mapping[str, str] | None = None,
             expires_on: dt.date | None = None, opened_on: dt.date | None = None) -> MaterialInfo:
    """``certified``: item code -> (value, expanded uncertainty U) as typed."""
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise InputError("标准物质编号和名称", "不能为空。")
    if kind not in KINDS_ZH:
        raise InputError("类别", "应为有证标准物质或内部质控样。")
    if not certified:
        raise InputError("标准值", "须至少填写一个项目的标准值。")
    values: dict[str, dict[str, str]] = {}
    for item, (value, u) in certified.items():
        parse_decimal(value, f"{item} 标准值")
        if (kind == "crm" or u) and parse_decimal(u, f"{item} 不确定度") <= 0:
            raise InputError(f"{item} 不确定度", "须大于零。")
        values[item.strip()] = {"value": value.strip(), "u": u.strip()}
    allowances = {}
    for item, text in (allowance or {}).items():
        if text.strip():
            if parse_decimal(text, f"{item} 允许差") <= 0:
                raise InputError(f"{item} 允许差", "须大于零。")
            allowances[item.strip()] = text.strip()
    missing = [i for i in values if not values[i]["u"] and i not in allowances]
    if missing:
        raise InputError("允许差", f"项目 {'、'.join(missing)} 既无不确定度也无允许差。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        if uow.session.scalar(select(ReferenceMaterial.id).where(
                ReferenceMaterial.code == code, ReferenceMaterial.lot == lot.strip())) is not None:
            raise RuleViolation(f"标准物质 {code}（批号 {lot}）已登记。")
        row = ReferenceMaterial(code=code[:50], name=name[:200], kind=kind, lot=lot.strip()[:50], certified=values,
                                allowance=allowances, expires_on=expires_on, opened_on=opened_on,
                                created_at=ctx.now())
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "quality.material_registered", "reference_material", row.id,
                     f"登记{KINDS_ZH[kind]} {code} {name}", details={"certified": values, "allowance": allowances})
        info = _info(row)
        uow.commit()
        return info


def mark_opened(ctx: ServiceContext, actor: Actor, material_id: int, opened_on: dt.date) -> MaterialInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        row = uow.get(ReferenceMaterial, material_id, "标准物质")
        row.opened_on = opened_on
        audit.record(uow, ctx, actor, "quality.material_opened", "reference_material", row.id,
                     f"{row.code} 开封 {opened_on.isoformat()}")
        uow.flush()
        info = _info(row)
        uow.commit()
        return info


def list_materials(ctx: ServiceContext, actor: Actor) -> list[MaterialInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        return [_info(r) for r in uow.session.scalars(select(ReferenceMaterial).order_by(ReferenceMaterial.code))]


def get_in(uow: UnitOfWork, material_id: int) -> ReferenceMaterial:
    return uow.get(ReferenceMaterial, material_id, "标准物质")
