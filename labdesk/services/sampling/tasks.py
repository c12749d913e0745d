"""Sampling tasks: random sampler assignment (the second 随机), task lists for samplers and the manager."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import PermissionDenied, RuleViolation
from labdesk.domain.permissions import Permission
from labdesk.domain.sampling import draw as algorithm
from labdesk.domain.sampling.rules import draw_samplers
from labdesk.persistence.models import (
    Enterprise,
    Plan,
    PlanProduct,
    SamplerProfile,
    SamplingTask,
    TaskSampler,
    User,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling.samplers import candidates_in, recent_pairs_in

STATE_ZH = {"drawn": "待派员", "assigned": "待抽样", "replaced": "已替换", "refused": "拒检", "registered": "已收样"}


@dataclass(frozen=True)
class TaskInfo:
    id: int
    task_no: str
    plan_id: int
    plan_code: str
    plan_title: str
    product_code: str
    product_name: str
    enterprise_id: int
    enterprise_name: str
    credit_code: str
    address: str
    region: str
    followup: bool
    state: str
    samplers: tuple[str, ...]
    sampler_ids: tuple[int, ...]
    draw_id: int
    sample_id: int | None
    replacement_reason: str = ""
    backup_at_enterprise: bool = False
    backup_seal: str = ""

    @property
    def state_zh(self) -> str:
        return STATE_ZH.get(self.state, self.state)


def task_info_in(uow: UnitOfWork, task: SamplingTask) -> TaskInfo:
    session = uow.session
    plan = session.get(Plan, task.plan_id)
    product = session.get(PlanProduct, task.plan_product_id)
    enterprise = session.get(Enterprise, task.enterprise_id)
    assert plan is not None and product is not None and enterprise is not None
    users = {u.id: u.full_name for u in session.scalars(
        select(User).where(User.id.in_([s.user_id for s in task.samplers])))}
    return TaskInfo(task.id, task.task_no, plan.id, plan.code, plan.title, product.product_code, product.name_zh,
                    enterprise.id, enterprise.name, enterprise.credit_code or "", enterprise.address, enterprise.region,
                    task.followup, task.state, tuple(users.get(s.user_id, "") for s in task.samplers),
                    tuple(s.user_id for s in task.samplers), task.draw_id, task.sample_id, task.replacement_reason,
                    task.backup_at_enterprise, task.backup_seal)


def assign_samplers(ctx: ServiceContext, actor: Actor, task_ids: Sequence[int], *, seed: str | None = None,
                    on: dt.date | None = None, per_task: int = 2) -> list[TaskInfo]:
    """Draw the samplers for each task (in task-number order), avoiding 回避 and a repeat of a recent pair."""
    value = algorithm.normalise_seed(seed) if seed is not None and seed.strip() else algorithm.generate_seed()
    day = on or ctx.today()
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        session = uow.session
        tasks = sorted((uow.get(SamplingTask, i, "抽样任务") for i in task_ids), key=lambda t: t.task_no)
        pool = candidates_in(uow)
        done = []
        for task in tasks:
            if task.state != "drawn":
                raise RuleViolation(f"任务 {task.task_no} 已{STATE_ZH.get(task.state, task.state)}，不能再派员。")
            enterprise = session.get(Enterprise, task.enterprise_id)
            assert enterprise is not None
            result = draw_samplers(value, task.task_no, pool, credit_code=enterprise.credit_code or "",
                                   product_code=task.product_code, on=day, recent_pairs=recent_pairs_in(uow),
                                   count=per_task)
            for position, sampler in enumerate(result.chosen):
                task.samplers.append(TaskSampler(user_id=sampler.user_id, position=position))
            task.state, task.sampler_seed, task.sampler_algorithm = "assigned", value, result.algorithm
            task.sampler_ranking = list(result.ranking)
            uow.flush()
            audit.record(uow, ctx, actor, "sampling.assigned", "sampling_task", task.id,
                         f"随机选派抽样人员：{task.task_no} → {'、'.join(s.name for s in result.chosen)}",
                         details={"seed": value, "algorithm": result.algorithm, "ranking": list(result.ranking),
                                  "excluded": [list(e) for e in result.excluded]})
            done.append(task)
        uow.commit()
        return [task_info_in(uow, t) for t in done]


def list_tasks(ctx: ServiceContext, actor: Actor, *, plan_id: int | None = None, state: str | None = None,
               draw_id: int | None = None) -> list[TaskInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        stmt = select(SamplingTask).order_by(SamplingTask.task_no)
        if plan_id is not None:
            stmt = stmt.where(SamplingTask.plan_id == plan_id)
        if state is not None:
            stmt = stmt.where(SamplingTask.state == state)
        if draw_id is not None:
            stmt = stmt.where(SamplingTask.draw_id == draw_id)
        return [task_info_in(uow, t) for t in uow.session.scalars(stmt)]


def is_sampler(ctx: ServiceContext, actor: Actor) -> bool:
    with ctx.uow() as uow:
        return uow.session.scalar(select(SamplerProfile.id).where(SamplerProfile.user_id == actor.user_id)) is not None


def my_tasks(ctx: ServiceContext, actor: Actor, *, open_only: bool = True) -> list[TaskInfo]:
    """The tasks the logged-in sampler is assigned to."""
    with ctx.uow() as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied("当前用户已停用或不存在，请重新登录。")
        stmt = (select(SamplingTask).join(TaskSampler, TaskSampler.task_id == SamplingTask.id)
                .where(TaskSampler.user_id == actor.user_id).order_by(SamplingTask.task_no))
        if open_only:
            stmt = stmt.where(SamplingTask.state == "assigned")
        return [task_info_in(uow, t) for t in uow.session.scalars(stmt)]


def get_task(ctx: ServiceContext, actor: Actor, task_id: int) -> TaskInfo:
    """One task: for the manager, or for a sampler assigned to it."""
    with ctx.uow() as uow:
        task = uow.get(SamplingTask, task_id, "抽样任务")
        if actor.user_id not in {s.user_id for s in task.samplers}:
            authorize(uow, actor, Permission.MANAGE_SAMPLING)
        return task_info_in(uow, task)
