"""Spot-check plans: import from the regulator's plan (TOML), list, and read one."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError, NotFound, RuleViolation
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Plan, PlanProduct, PlanQuota, RuleSetRevision
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext


@dataclass(frozen=True)
class PlanProductInfo:
    id: int
    product_code: str
    name_zh: str
    code_letter: str
    needs_licence: bool
    ruleset_version: str
    judged: bool  # the catalogue has rules for it


@dataclass(frozen=True)
class QuotaInfo:
    institution: str
    regions: tuple[str, ...]
    product_codes: tuple[str, ...]
    batches: int
    scope: str


@dataclass(frozen=True)
class PlanInfo:
    id: int
    code: str
    title: str
    issuing_authority: str
    document_no: str
    institution: str
    period_start: dt.date | None
    period_end: dt.date | None
    report_deadline: dt.date | None
    summary_deadline: dt.date | None
    ecqs_deadline: dt.date | None
    scope: str
    notes: str
    products: tuple[PlanProductInfo, ...]
    quotas: tuple[QuotaInfo, ...]

    @property
    def total_batches(self) -> int:
        return sum(q.batches for q in self.quotas)

    def quota_for(self, institution: str) -> tuple[QuotaInfo, ...]:
        return tuple(q for q in self.quotas if q.institution == institution)


def _plan_info(plan: Plan) -> PlanInfo:
    products = tuple(
        PlanProductInfo(p.id, p.product_code, p.name_zh, p.code_letter, p.needs_licence, p.ruleset_version,
                        p.ruleset is not None)
        for p in plan.products
    )
    quotas = tuple(
        QuotaInfo(q.institution, tuple(q.regions), tuple(q.product_codes), q.batches, q.scope)
        for q in sorted(plan.quotas, key=lambda q: q.id)
    )
    return PlanInfo(plan.id, plan.code, plan.title, plan.issuing_authority, plan.document_no, plan.institution,
                    plan.period_start, plan.period_end, plan.report_deadline, plan.summary_deadline,
                    plan.ecqs_deadline, plan.scope, plan.notes, products, quotas)


def _date(value: Any, field: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(field, f"不是有效日期：{value!r}") from None


def read_plan_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise InputError(path.name, f"无法读取计划文件：{error}") from None
    for key in ("code", "title", "issuing_authority", "products", "quotas"):
        if key not in data:
            raise InputError(f"{path.name}: {key}", "缺少必填字段。")
    return data


def import_plan(ctx: ServiceContext, actor: Actor, data: dict[str, Any], *, institution: str = "") -> PlanInfo:
    """Create a plan, adopting a versioned copy of the catalogue rule set for every known product."""
    catalogue = ctx.catalogue
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_PLANS)
        if uow.session.scalar(select(Plan.id).where(Plan.code == data["code"])) is not None:
            raise RuleViolation(f"计划「{data['code']}」已导入。")
        plan = Plan(
            code=data["code"], title=data["title"], issuing_authority=data["issuing_authority"],
            document_no=data.get("document_no", ""), institution=institution or data.get("institution", ""),
            period_start=_date(data.get("period_start"), "period_start"),
            period_end=_date(data.get("period_end"), "period_end"),
            report_deadline=_date(data.get("report_deadline"), "report_deadline"),
            summary_deadline=_date(data.get("summary_deadline"), "summary_deadline"),
            ecqs_deadline=_date(data.get("ecqs_deadline"), "ecqs_deadline"),
            scope=data.get("scope", ""), notes=data.get("notes", ""), created_at=ctx.now(),
        )
        for position, product in enumerate(data["products"]):
            code = product["product_code"]
            ruleset = None
            version = ""
            if code in catalogue.products:
                adopted = catalogue.ruleset(code)
                ruleset = adopted.to_dict()
                version = adopted.version
            plan.products.append(
                PlanProduct(position=position, product_code=code, name_zh=product["name_zh"],
                            code_letter=product.get("code_letter", ""),
                            needs_licence=bool(product.get("needs_licence", False)),
                            ruleset=ruleset, ruleset_version=version)
            )
        for quota in data["quotas"]:
            plan.quotas.append(
                PlanQuota(institution=quota["institution"], regions=list(quota.get("regions", [])),
                          product_codes=list(quota["product_codes"]), batches=int(quota["batches"]),
                          scope=quota.get("scope", ""))
            )
        uow.session.add(plan)
        uow.flush()
        for product in plan.products:
            if product.ruleset is not None:
                uow.session.add(RuleSetRevision(plan_product_id=product.id, version=product.ruleset_version,
                                                ruleset=product.ruleset, reason="采用目录规则集",
                                                created_by=actor.user_id, created_at=ctx.now()))
        audit.record(uow, ctx, actor, "plan.imported", "plan", plan.id, f"导入计划 {plan.title}",
                     details={"code": plan.code, "products": [p.product_code for p in plan.products]})
        uow.commit()
        return _plan_info(plan)


def list_plans(ctx: ServiceContext, actor: Actor) -> list[PlanInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_PLANS)
        plans = uow.session.scalars(select(Plan).order_by(Plan.period_start.desc(), Plan.id.desc()))
        return [_plan_info(p) for p in plans]


def get_plan(ctx: ServiceContext, actor: Actor, plan_id: int) -> PlanInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_PLANS)
        plan = uow.session.get(Plan, plan_id)
        if plan is None:
            raise NotFound(f"计划 {plan_id} 不存在。")
        return _plan_info(plan)
