"""Refusals (拒检认定表): record, county confirmation, report to the province."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Enterprise,
    Plan,
    Refusal,
)
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import (
    METHODS,
    _not_future,
    _text,
)


@dataclass(frozen=True)
class RefusalInfo:
    id: int
    plan_id: int
    enterprise_id: int
    enterprise_name: str
    region: str
    product_code: str
    occurred_on: dt.date
    description: str
    samplers: tuple[str, ...]
    witnesses: tuple[str, ...]
    county_bureau: str
    county_confirmed_on: dt.date | None
    reported_to_province_on: dt.date | None
    province_method: str = ""
    province_reference: str = ""


@dataclass(frozen=True)
class EnterpriseChoice:
    id: int
    name: str
    region: str
    county: str


def _refusal_info(row: Refusal, enterprise: Enterprise) -> RefusalInfo:
    return RefusalInfo(row.id, row.plan_id, row.enterprise_id, enterprise.name, enterprise.region, row.product_code,
                       row.occurred_on, row.description, tuple(row.samplers), tuple(row.witnesses),
                       row.county_bureau, row.county_confirmed_on, row.reported_to_province_on,
                       row.province_method or "", row.province_reference or "")


# ---------------------------------------------------------------------------------------------
# Refusals (拒检认定表)


def record_refusal(
    ctx: ServiceContext, actor: Actor, *, plan_id: int, enterprise_id: int, product_code: str,
    occurred_on: dt.date, description: str, samplers: Sequence[str], witnesses: Sequence[str] = (),
    county_bureau: str = "", county_confirmed_on: dt.date | None = None,
    reported_to_province_on: dt.date | None = None,
) -> RefusalInfo:
    """Record a 拒检认定表: what happened, who sampled, who witnessed."""
    description = _text(description, "拒检情况")
    names = [s.strip() for s in samplers if s.strip()]
    if len(names) < 2:
        raise InputError("抽样人员", "抽样人员不得少于2人。")
    _not_future(ctx, occurred_on, "拒检发生日期")
    _not_future(ctx, county_confirmed_on, "县级局认定日期")
    _not_future(ctx, reported_to_province_on, "报省局日期")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_REFUSAL)
        plan = uow.get(Plan, plan_id, "计划")
        if product_code not in {p.product_code for p in plan.products}:
            raise InputError("产品", f"计划「{plan.title}」中没有产品「{product_code}」。")
        enterprise = uow.get(Enterprise, enterprise_id, "企业")
        if county_confirmed_on is not None and county_confirmed_on < occurred_on:
            raise InputError("县级局认定日期", "不能早于拒检发生日期。")
        row = Refusal(plan_id=plan_id, enterprise_id=enterprise_id, product_code=product_code,
                      occurred_on=occurred_on, description=description, samplers=names,
                      witnesses=[w.strip() for w in witnesses if w.strip()], county_bureau=county_bureau.strip(),
                      county_confirmed_on=county_confirmed_on, reported_to_province_on=reported_to_province_on,
                      created_by=actor.user_id, created_at=ctx.now())
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "refusal.recorded", "refusal", row.id,
                     f"登记拒检：{enterprise.name}（{product_code}）",
                     details={"plan_id": plan_id, "occurred_on": occurred_on.isoformat(), "samplers": names})
        uow.commit()
        return _refusal_info(row, enterprise)


def confirm_refusal(ctx: ServiceContext, actor: Actor, refusal_id: int, *, county_bureau: str,
                    confirmed_on: dt.date) -> RefusalInfo:
    """The county bureau's joint confirmation (与县级市场监督管理部门共同认定)."""
    county_bureau = _text(county_bureau, "县级市场监管部门")
    _not_future(ctx, confirmed_on, "县级局认定日期")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_REFUSAL)
        row = uow.get(Refusal, refusal_id, "拒检记录")
        if confirmed_on < row.occurred_on:
            raise InputError("县级局认定日期", "不能早于拒检发生日期。")
        row.county_bureau = county_bureau
        row.county_confirmed_on = confirmed_on
        audit.record(uow, ctx, actor, "refusal.confirmed", "refusal", row.id, f"{county_bureau} 共同认定拒检",
                     details={"confirmed_on": confirmed_on.isoformat()})
        uow.commit()
        return _refusal_info(row, uow.session.get(Enterprise, row.enterprise_id))  # type: ignore[arg-type]


def report_refusal(ctx: ServiceContext, actor: Actor, refusal_id: int, *, reported_on: dt.date,
                   method: str = "direct", reference: str = "") -> RefusalInfo:
    """The refusal was reported to the provincial bureau (同时报送省局): date, method, reference.

    Like a delivery: ``method`` is one of ``METHODS``; EMS needs its tracking number
    as ``reference`` (for direct delivery the reference is optional, e.g. a receipt number).
    """
    _not_future(ctx, reported_on, "报省局日期")
    if method not in METHODS:
        raise InputError("报送方式", "应为「直接送达」或「EMS」。")
    reference = reference.strip()
    if method == "ems" and not reference:
        raise InputError("EMS单号", "EMS 报送必须填写运单号。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_REFUSAL)
        row = uow.get(Refusal, refusal_id, "拒检记录")
        if reported_on < row.occurred_on:
            raise InputError("报省局日期", "不能早于拒检发生日期。")
        if row.county_confirmed_on is not None and reported_on < row.county_confirmed_on:
            raise InputError("报省局日期", "不能早于县级局认定日期。")
        row.reported_to_province_on = reported_on
        row.province_method = method
        row.province_reference = reference
        audit.record(uow, ctx, actor, "refusal.reported", "refusal", row.id,
                     f"拒检认定表已报省局（{METHODS[method]} {reference}）".replace(" ）", "）"),
                     details={"reported_on": reported_on.isoformat(), "method": method, "reference": reference})
        uow.commit()
        return _refusal_info(row, uow.session.get(Enterprise, row.enterprise_id))  # type: ignore[arg-type]


def list_refusals(ctx: ServiceContext, actor: Actor, plan_id: int | None = None) -> list[RefusalInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_PLANS)
        query = select(Refusal, Enterprise).join(Enterprise, Enterprise.id == Refusal.enterprise_id)
        if plan_id is not None:
            query = query.where(Refusal.plan_id == plan_id)
        return [_refusal_info(r, e) for r, e in uow.session.execute(query.order_by(Refusal.occurred_on, Refusal.id))]


def enterprise_choices(ctx: ServiceContext, actor: Actor) -> list[EnterpriseChoice]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_REFUSAL)
        rows = uow.session.scalars(select(Enterprise).order_by(Enterprise.region, Enterprise.name))
        return [EnterpriseChoice(e.id, e.name, e.region, e.county) for e in rows]
