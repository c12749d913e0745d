"""Spot-check plans: import from the regulator's plan (TOML), list, and read one."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

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
        plan = uow.get(Plan, plan_id, "计划")
        return _plan_info(plan)


# ---------------------------------------------------------------------------------------------
# Progress dashboard: sampled, received, rejected, tested, reported and failed against quota.

RECEIVED_STATES = frozenset({"received", "in_testing", "submitted", "returned", "approved", "reported"})
TESTED_STATES = frozenset({"submitted", "approved", "reported"})
OTHER_REGION = "其他地区"


@dataclass(frozen=True)
class ProgressCounts:
    """Counts for one slice of a plan.  Refusals (拒检) are published as failing."""

    sampled: int = 0  # sampling forms registered (every state)
    received: int = 0  # accepted at intake
    rejected: int = 0  # refused at intake (need re-sampling: do not count toward the quota)
    terminated: int = 0
    tested: int = 0  # testing finished
    reported: int = 0  # signed report issued
    passed: int = 0
    failed: int = 0  # reported as 不合格
    refused: int = 0  # 拒检 recorded

    def __add__(self, other: ProgressCounts) -> ProgressCounts:
        return ProgressCounts(*(a + b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (self.sampled, self.received, self.rejected, self.terminated, self.tested, self.reported,
                self.passed, self.failed, self.refused)

    @property
    def counted(self) -> int:
        """Batches that count toward the quota: valid samples plus refusals."""
        return self.sampled - self.rejected + self.refused

    @property
    def published_failed(self) -> int:
        return self.failed + self.refused

    @property
    def pass_rate(self) -> Decimal | None:
        """Passing share of published results (reported + 拒检), in percent to 0.1; None before any."""
        denominator = self.reported + self.refused
        if denominator == 0:
            return None
        return (Decimal(100) * self.passed / denominator).quantize(Decimal("0.1"), ROUND_HALF_EVEN)


@dataclass(frozen=True)
class RegionProgress:
    region: str
    counts: ProgressCounts


@dataclass(frozen=True)
class ProductProgress:
    product_code: str
    name_zh: str
    counts: ProgressCounts


@dataclass(frozen=True)
class QuotaProgress:
    quota: QuotaInfo
    product_names: tuple[str, ...]
    counts: ProgressCounts
    by_region: tuple[RegionProgress, ...]
    by_product: tuple[ProductProgress, ...]

    @property
    def label(self) -> str:
        return "、".join(self.product_names)

    @property
    def remaining(self) -> int:
        return max(0, self.quota.batches - self.counts.counted)

    @property
    def completion(self) -> Decimal:
        if self.quota.batches == 0:
            return Decimal(0)
        return (Decimal(100) * self.counts.counted / self.quota.batches).quantize(Decimal("0.1"), ROUND_HALF_EVEN)


@dataclass(frozen=True)
class PlanProgress:
    plan: PlanInfo
    institution: str
    quotas: tuple[QuotaProgress, ...]
    unassigned: ProgressCounts  # samples of the plan that fall in none of the shown quotas
    elderly: int = 0  # samples flagged 老年用品 at intake (the plan's emphasis on textiles for the elderly)

    @property
    def totals(self) -> ProgressCounts:
        total = ProgressCounts()
        for quota in self.quotas:
            total = total + quota.counts
        return total

    @property
    def total_batches(self) -> int:
        return sum(q.quota.batches for q in self.quotas)


def _counts_for(state: str, verdict: str | None, received: bool, finished: bool, n: int) -> ProgressCounts:
    reported = state == "reported"
    return ProgressCounts(
        sampled=n,
        received=n if (state in RECEIVED_STATES or (state == "terminated" and received)) else 0,
        rejected=n if state == "rejected" else 0,
        terminated=n if state == "terminated" else 0,
        tested=n if (state in TESTED_STATES or (finished and state != "terminated")) else 0,
        reported=n if reported else 0,
        passed=n if reported and verdict == "pass" else 0,
        failed=n if reported and verdict == "fail" else 0,
    )


def plan_progress(ctx: ServiceContext, actor: Actor, plan_id: int, *, institution: str | None = None) -> PlanProgress:
    """The dashboard of one plan: per quota (product group), per region and per product.

    ``institution`` defaults to the plan's own institution (this lab); pass ``""``
    to see every institution's quotas.  One grouped query over the samples, so it
    stays fast on large plans (see benchmarks/bench_plans.py).
    """
    from labdesk.persistence.models import Enterprise, Refusal, Sample

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_PLANS)
        plan = uow.get(Plan, plan_id, "计划")
        info = _plan_info(plan)
        rows = uow.session.execute(
            select(Sample.product_code, Sample.region, Sample.state, Sample.verdict,
                   Sample.received_at.is_not(None), Sample.testing_finished_at.is_not(None), func.count())
            .where(Sample.plan_id == plan_id)
            .group_by(Sample.product_code, Sample.region, Sample.state, Sample.verdict,
                      Sample.received_at.is_not(None), Sample.testing_finished_at.is_not(None))
        ).all()
        elderly = sum(1 for context in uow.session.scalars(
            select(Sample.context).where(Sample.plan_id == plan_id, Sample.state != "rejected"))
            if isinstance(context, dict) and context.get("elderly") is True)
        refusal_rows = uow.session.execute(
            select(Refusal.product_code, Enterprise.region, func.count())
            .join(Enterprise, Enterprise.id == Refusal.enterprise_id)
            .where(Refusal.plan_id == plan_id)
            .group_by(Refusal.product_code, Enterprise.region)
        ).all()

    chosen = info.institution if institution is None else institution
    quotas = [q for q in info.quotas if not chosen or q.institution == chosen] or list(info.quotas)
    names = {p.product_code: p.name_zh for p in info.products}

    def quota_index(product: str, region: str) -> int | None:
        for i, quota in enumerate(quotas):
            if product in quota.product_codes and (not quota.regions or region in quota.regions):
                return i
        for i, quota in enumerate(quotas):
            if product in quota.product_codes:
                return i
        return None

    cells: dict[tuple[int, str, str], ProgressCounts] = {}
    unassigned = ProgressCounts()

    def add(product: str, region: str, counts: ProgressCounts) -> None:
        nonlocal unassigned
        index = quota_index(product, region)
        if index is None:
            unassigned = unassigned + counts
            return
        key = (index, product, region or "")
        cells[key] = cells.get(key, ProgressCounts()) + counts

    for product, region, state, verdict, received, finished, n in rows:
        add(product, region or "", _counts_for(state, verdict, bool(received), bool(finished), int(n)))
    for product, region, n in refusal_rows:
        add(product or "", region or "", ProgressCounts(refused=int(n)))

    result = []
    for i, quota in enumerate(quotas):
        mine = {k: v for k, v in cells.items() if k[0] == i}
        regions: dict[str, ProgressCounts] = {r: ProgressCounts() for r in quota.regions}
        products: dict[str, ProgressCounts] = {p: ProgressCounts() for p in quota.product_codes}
        for (_, product, region), counts in mine.items():
            shown = region if region in regions or not quota.regions else OTHER_REGION
            shown = shown or OTHER_REGION
            regions[shown] = regions.get(shown, ProgressCounts()) + counts
            products[product] = products.get(product, ProgressCounts()) + counts
        total = ProgressCounts()
        for counts in products.values():
            total = total + counts
        result.append(QuotaProgress(
            quota=quota,
            product_names=tuple(names.get(p, p) for p in quota.product_codes),
            counts=total,
            by_region=tuple(RegionProgress(r, c) for r, c in regions.items()),
            by_product=tuple(ProductProgress(p, names.get(p, p), c) for p, c in products.items()),
        ))
    return PlanProgress(info, chosen, tuple(result), unassigned, elderly)


def get_plan_by_code(ctx: ServiceContext, actor: Actor, code: str) -> PlanInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_PLANS)
        plan = uow.session.scalar(select(Plan).where(Plan.code == code))
        if plan is None:
            raise NotFound(f"计划「{code}」不存在。")
        return _plan_info(plan)


def import_plan_file(ctx: ServiceContext, actor: Actor, path: Path, *, institution: str = "") -> PlanInfo:
    """Read a plan TOML and import it (the GUI's 导入计划)."""
    return import_plan(ctx, actor, read_plan_file(path), institution=institution)


def bundled_plan_files() -> list[Path]:
    """The example plans shipped under resources/plans."""
    from labdesk.paths import resource_dir

    return sorted(resource_dir("plans").glob("*.toml"))
