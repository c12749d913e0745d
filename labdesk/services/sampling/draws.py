"""The enterprise draw per plan product (and region) against the quota; replacements; the draw record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from labdesk.domain.errors import InputError, NotFound, RuleViolation
from labdesk.domain.intake import NOT_COUNTED_STATES
from labdesk.domain.permissions import Permission
from labdesk.domain.sampling import draw as algorithm
from labdesk.domain.sampling.rules import DirectoryEntry as Entry
from labdesk.domain.sampling.rules import Exclusion, eligible_candidates
from labdesk.persistence.models import (
    DirectoryEntry,
    Draw,
    Enterprise,
    Plan,
    PlanProduct,
    PlanQuota,
    Sample,
    SamplingTask,
    User,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit, numbering
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

REPLACE_REASONS = {"closed": "企业已关闭", "not_producing": "企业停产/无该产品在产"}


@dataclass(frozen=True)
class DrawnRow:
    rank: int
    name: str
    credit_code: str
    region: str
    followup: bool
    key: str
    task_no: str = ""


@dataclass(frozen=True)
class DrawInfo:
    id: int | None  # None: a preview, not recorded
    plan_code: str
    product_code: str
    product_name: str
    region: str
    regions: tuple[str, ...]
    count: int
    quota_remaining: int
    seed: str
    seed_source: str
    algorithm: str
    candidate_hash: str
    candidates: tuple[str, ...]
    exclusions: tuple[Exclusion, ...]
    drawn: tuple[DrawnRow, ...]
    reserve: tuple[DrawnRow, ...]
    drawn_by: str = ""
    drawn_at: dt.datetime | None = None
    witnesses: str = ""


def plan_by_code(uow: UnitOfWork, code: str) -> Plan:
    plan = uow.session.scalar(select(Plan).where(Plan.code == code.strip()))
    if plan is None:
        known = "、".join(uow.session.scalars(select(Plan.code).order_by(Plan.code)).all()) or "（无）"
        raise NotFound(f"没有编号为「{code}」的计划。已有计划：{known}")
    return plan


def plan_product(plan: Plan, product: str) -> PlanProduct:
    for p in plan.products:
        if product.strip() in (p.product_code, p.name_zh):
            return p
    names = "、".join(f"{p.name_zh}（{p.product_code}）" for p in plan.products)
    raise InputError("产品", f"计划「{plan.title}」中没有产品「{product}」。可用：{names}")


def _quota(plan: Plan, product_code: str) -> PlanQuota:
    quotas = [q for q in plan.quotas if product_code in q.product_codes]
    mine = [q for q in quotas if not plan.institution or q.institution == plan.institution]
    if not mine:
        raise RuleViolation(f"计划中没有本机构承担的「{product_code}」抽查批次。")
    return mine[0]


def directory_in(uow: UnitOfWork) -> list[Entry]:
    rows = uow.session.execute(select(Enterprise, DirectoryEntry)
                               .join(DirectoryEntry, DirectoryEntry.enterprise_id == Enterprise.id)).all()
    return [Entry(e.credit_code, e.name, e.region, frozenset(d.products), e.followup, d.status)
            for e, d in rows if e.credit_code]


def batches_in(uow: UnitOfWork, plan_id: int) -> dict[str, list[str]]:
    """Credit code -> product codes the enterprise already has in the plan (live tasks and samples)."""
    session = uow.session
    held: dict[str, list[str]] = {}
    linked: set[int] = set()
    for code, product, sample_id in session.execute(
            select(Enterprise.credit_code, SamplingTask.product_code, SamplingTask.sample_id)
            .join(Enterprise, Enterprise.id == SamplingTask.enterprise_id)
            .where(SamplingTask.plan_id == plan_id, SamplingTask.state != "replaced")):
        held.setdefault(code or "", []).append(product)  # "": no credit code, still counts against the quota
        if sample_id is not None:
            linked.add(sample_id)
    for sid, code, product in session.execute(
            select(Sample.id, Enterprise.credit_code, Sample.product_code)
            .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
            .where(Sample.plan_id == plan_id, Sample.state.notin_(NOT_COUNTED_STATES))):
        if sid not in linked and code:
            held.setdefault(code, []).append(product)
    return held


def _used(held: dict[str, list[str]], products: Sequence[str]) -> int:
    return sum(1 for codes in held.values() for p in codes if p in products)


@dataclass
class _Prepared:
    plan: Plan
    product: PlanProduct
    regions: tuple[str, ...]
    remaining: int
    count: int
    outcome: algorithm.DrawOutcome
    exclusions: list[Exclusion]


def _prepare(uow: UnitOfWork, plan: Plan, product: str, region: str, seed: str, count: int | None,
             held: dict[str, list[str]]) -> _Prepared:
    chosen = plan_product(plan, product)
    quota = _quota(plan, chosen.product_code)
    regions = tuple(quota.regions)
    if region.strip():
        if regions and region.strip() not in regions:
            raise InputError("地区", f"「{region}」不在本机构承担的地区内（{'、'.join(regions)}）。")
        regions = (region.strip(),)
    remaining = max(quota.batches - _used(held, quota.product_codes), 0)
    if count is not None and count <= 0:
        raise InputError("抽取数量", "应为正整数。")
    wanted = remaining if count is None else min(count, remaining)
    candidates, exclusions = eligible_candidates(directory_in(uow), chosen.product_code, regions, held)
    outcome = algorithm.draw(seed, candidates, wanted)
    return _Prepared(plan, chosen, regions, remaining, wanted, outcome, exclusions)


def _rows(ranked: Sequence[algorithm.RankedCandidate], task_nos: Sequence[str] = ()) -> tuple[DrawnRow, ...]:
    numbers = list(task_nos) + [""] * len(ranked)
    return tuple(DrawnRow(r.rank, r.candidate.name, r.candidate.credit_code, r.candidate.region,
                          r.candidate.followup, r.key, numbers[i]) for i, r in enumerate(ranked))


def _info(prep: _Prepared, region: str, *, draw_id: int | None = None, seed_source: str = "entered",
          task_nos: Sequence[str] = (), drawn_by: str = "", drawn_at: dt.datetime | None = None,
          witnesses: str = "") -> DrawInfo:
    o = prep.outcome
    return DrawInfo(draw_id, prep.plan.code, prep.product.product_code, prep.product.name_zh, region.strip(),
                    prep.regions, o.count, prep.remaining, o.seed, seed_source, o.algorithm, o.candidate_hash,
                    o.candidate_lines, tuple(prep.exclusions), _rows(o.drawn, task_nos), _rows(o.reserve),
                    drawn_by, drawn_at, witnesses)


def preview_draw(ctx: ServiceContext, plan_code: str, seed: str, *, product: str = "", region: str = "",
                 count: int | None = None, actor: Actor | None = None) -> list[DrawInfo]:
    """What a draw would give now (nothing recorded): the GUI's preview (``actor`` checked) and the
    ``labdesk draw`` command (read-only, for whoever can open the database)."""
    with ctx.uow() as uow:
        if actor is not None:
            authorize(uow, actor, Permission.MANAGE_SAMPLING)
        plan = plan_by_code(uow, plan_code)
        held = batches_in(uow, plan.id)
        products = [product] if product.strip() else [p.product_code for p in plan.products]
        result = []
        for code in products:
            prep = _prepare(uow, plan, code, region, seed, count, held)
            for row in prep.outcome.drawn:
                held.setdefault(row.candidate.credit_code, []).append(prep.product.product_code)
            result.append(_info(prep, region))
        return result


def _task_no(uow: UnitOfWork, plan: Plan, today: dt.date) -> str:
    year = (plan.period_start or today).year
    return f"RW{year}{numbering.next_value(uow, f'sampling_task:{year}'):05d}"


def run_draw(ctx: ServiceContext, actor: Actor, plan_id: int, product: str, *, seed: str | None,
             region: str = "", count: int | None = None, witnesses: str = "") -> DrawInfo:
    """Draw and record: follow-ups first, then the seeded ranking; one task per drawn enterprise.

    ``seed`` None means "generate one" (recorded as generated and shown in the result).
    """
    source = "entered" if seed is not None and seed.strip() else "generated"
    value = seed if source == "entered" and seed is not None else algorithm.generate_seed()
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.MANAGE_SAMPLING)
        plan = uow.get(Plan, plan_id, "计划")
        # one draw at a time per plan: the batch rules are checked against what is already drawn
        uow.session.execute(select(Plan.id).where(Plan.id == plan.id).with_for_update())
        prep = _prepare(uow, plan, product, region, value, count, batches_in(uow, plan.id))
        if prep.outcome.count == 0:
            raise RuleViolation(f"{prep.product.name_zh}：配额已满或没有符合条件的候选企业，未抽取。")
        o = prep.outcome
        row = Draw(plan_id=plan.id, product_code=prep.product.product_code, region=region.strip(), count=o.count,
                   seed=o.seed, seed_source=source, algorithm=o.algorithm, candidate_hash=o.candidate_hash,
                   candidates=list(o.candidate_lines),
                   exclusions=[[e.credit_code, e.name, e.reason] for e in prep.exclusions],
                   ranking=[[r.candidate.credit_code, r.key] for r in o.ranking],
                   result=[r.candidate.credit_code for r in o.drawn], witnesses=witnesses.strip(),
                   drawn_by=actor.user_id, drawn_at=ctx.now())
        uow.session.add(row)
        uow.flush()
        ids = dict(uow.session.execute(select(Enterprise.credit_code, Enterprise.id)
                                       .where(Enterprise.credit_code.in_(row.result))).all())
        numbers = []
        for position, ranked in enumerate(o.drawn, start=1):
            task = SamplingTask(task_no=_task_no(uow, plan, ctx.today()), plan_id=plan.id,
                                plan_product_id=prep.product.id, product_code=prep.product.product_code,
                                enterprise_id=ids[ranked.candidate.credit_code], draw_id=row.id, position=position,
                                followup=ranked.candidate.followup, created_at=ctx.now())
            uow.session.add(task)
            numbers.append(task.task_no)
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.draw", "sampling_draw", row.id,
                     f"随机抽取 {prep.product.name_zh} {o.count} 家（种子 {o.seed}）",
                     details={"plan": plan.code, "product": row.product_code, "region": row.region,
                              "seed": o.seed, "seed_source": source, "algorithm": o.algorithm,
                              "candidate_hash": o.candidate_hash, "result": row.result, "tasks": numbers})
        uow.commit()
        return _info(prep, region, draw_id=row.id, seed_source=source, task_nos=numbers, drawn_by=user.full_name,
                     drawn_at=row.drawn_at, witnesses=row.witnesses)


def get_draw(ctx: ServiceContext, actor: Actor, draw_id: int) -> DrawInfo:
    """A recorded draw as recorded (candidate list, ranking and result from the record, not recomputed)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        return draw_info_in(uow, uow.get(Draw, draw_id, "抽取记录"))


def draw_info_in(uow: UnitOfWork, row: Draw) -> DrawInfo:
    session = uow.session
    plan = session.get(Plan, row.plan_id)
    assert plan is not None
    product = plan_product(plan, row.product_code)
    lines = {line.split("|")[0]: line.split("|") for line in row.candidates}
    tasks = {t.enterprise_id: t.task_no for t in session.scalars(
        select(SamplingTask).where(SamplingTask.draw_id == row.id))}
    ids = dict(session.execute(select(Enterprise.credit_code, Enterprise.id)
                               .where(Enterprise.credit_code.in_(list(lines)))).all())

    def ranked(position: int, code: str, key: str) -> DrawnRow:
        _, name, region, flag = lines[code]
        return DrawnRow(position, name, code, region, flag == "F", key, tasks.get(ids.get(code, -1), ""))

    rows = [ranked(i, code, key) for i, (code, key) in enumerate(row.ranking, start=1)]
    drawn_set = set(row.result)
    user = session.get(User, row.drawn_by) if row.drawn_by else None
    exclusions = tuple(Exclusion(*e) for e in row.exclusions)
    quota = _quota(plan, row.product_code)
    return DrawInfo(row.id, plan.code, product.product_code, product.name_zh, row.region,
                    tuple([row.region] if row.region else quota.regions), row.count, 0, row.seed, row.seed_source,
                    row.algorithm, row.candidate_hash, tuple(row.candidates), exclusions,
                    tuple(r for r in rows if r.credit_code in drawn_set),
                    tuple(r for r in rows if r.credit_code not in drawn_set),
                    user.full_name if user else "", row.drawn_at, row.witnesses)


def list_draws(ctx: ServiceContext, actor: Actor, plan_id: int) -> list[DrawInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        rows = uow.session.scalars(select(Draw).where(Draw.plan_id == plan_id).order_by(Draw.id))
        return [draw_info_in(uow, row) for row in rows]


def replace_task(ctx: ServiceContext, actor: Actor, task_id: int, *, status: str, reason: str,
                 evidence: str) -> str:
    """The drawn enterprise has closed or is not producing: mark it, and take the next eligible reserve.

    Returns the new task number.  The reason and evidence are required and recorded.
    """
    if status not in REPLACE_REASONS:
        raise InputError("替换原因", "应为「企业已关闭」或「企业停产」。")
    if not reason.strip():
        raise InputError("情况说明", "请写明现场情况。")
    if not evidence.strip():
        raise InputError("证据", "请写明证据（照片编号、营业执照注销查询、村委会证明等）。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        session = uow.session
        task = uow.get(SamplingTask, task_id, "抽样任务")
        if task.state not in ("drawn", "assigned"):
            raise RuleViolation(f"任务 {task.task_no} 已{task.state}，不能替换。")
        draw_row = uow.get(Draw, task.draw_id, "抽取记录")
        entry = session.scalar(select(DirectoryEntry).where(DirectoryEntry.enterprise_id == task.enterprise_id))
        if entry is not None:
            entry.status, entry.status_note = status, reason.strip()
        task.state, task.replacement_reason = "replaced", f"{REPLACE_REASONS[status]}：{reason.strip()}"
        task.replacement_evidence = evidence.strip()
        uow.flush()
        held = batches_in(uow, task.plan_id)
        plan = uow.get(Plan, task.plan_id, "计划")
        replaced = {code for code, in session.execute(
            select(Enterprise.credit_code).join(SamplingTask, SamplingTask.enterprise_id == Enterprise.id)
            .where(SamplingTask.draw_id == draw_row.id)) if code is not None}
        current, _ = eligible_candidates(directory_in(uow), task.product_code, (), held, excluded=replaced)
        allowed = {c.credit_code: c for c in current}
        successor = next((code for code, _key in draw_row.ranking if code in allowed), None)
        if successor is None:
            raise RuleViolation("抽取记录的备选名单中已没有符合条件的企业，请重新抽取。")
        position = (session.scalar(select(func.max(SamplingTask.position))
                                   .where(SamplingTask.draw_id == draw_row.id)) or 0) + 1
        enterprise_id = session.scalar(select(Enterprise.id).where(Enterprise.credit_code == successor))
        new = SamplingTask(task_no=_task_no(uow, plan, ctx.today()), plan_id=task.plan_id,
                           plan_product_id=task.plan_product_id, product_code=task.product_code,
                           enterprise_id=enterprise_id, draw_id=draw_row.id, position=position,
                           followup=allowed[successor].followup, replaces_id=task.id, created_at=ctx.now())
        session.add(new)
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.replaced", "sampling_task", task.id,
                     f"替换抽样任务 {task.task_no} → {new.task_no}", reason=task.replacement_reason,
                     details={"evidence": task.replacement_evidence, "successor": successor, "draw": draw_row.id})
        uow.commit()
        return new.task_no


@dataclass(frozen=True)
class Verification:
    draw_id: int
    product_name: str
    region: str
    count: int
    matches: bool
    hash_matches: bool


def verify_recorded(ctx: ServiceContext, plan_code: str, seed: str, *, product: str = "",
                    region: str = "") -> list[Verification]:
    """Recompute every recorded draw of the plan made with ``seed`` from its own candidate list."""
    value = algorithm.normalise_seed(seed)
    with ctx.uow() as uow:
        plan = plan_by_code(uow, plan_code)
        stmt = select(Draw).where(Draw.plan_id == plan.id, Draw.seed == value).order_by(Draw.id)
        if product.strip():
            stmt = stmt.where(Draw.product_code == plan_product(plan, product).product_code)
        if region.strip():
            stmt = stmt.where(Draw.region == region.strip())
        result = []
        for row in uow.session.scalars(stmt):
            candidates = [algorithm.Candidate(code, name, reg, flag == "F")
                          for code, name, reg, flag in (line.split("|") for line in row.candidates)]
            again = algorithm.draw(row.seed, candidates, row.count)
            result.append(Verification(row.id, plan_product(plan, row.product_code).name_zh, row.region, row.count,
                                       [r.candidate.credit_code for r in again.drawn] == list(row.result),
                                       again.candidate_hash == row.candidate_hash))
        return result
