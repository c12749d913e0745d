"""Sampling lines for the home screen (工作台): a sampler's open tasks; denied confirmations for the manager."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Enterprise,
    Plan,
    PlanProduct,
    SampleConfirmation,
    SamplingTask,
    TaskSampler,
)
from labdesk.persistence.uow import UnitOfWork

if TYPE_CHECKING:
    from labdesk.services.deadlines import DueItem


def due_items_in(uow: UnitOfWork, user_id: int, granted: frozenset[Permission], today: dt.date) -> list[DueItem]:
    from labdesk.services.deadlines import _item

    session = uow.session
    items: list[DueItem] = []
    rows = session.execute(
        select(SamplingTask, Enterprise.name, PlanProduct.name_zh, Plan.period_end)
        .join(TaskSampler, TaskSampler.task_id == SamplingTask.id)
        .join(Enterprise, Enterprise.id == SamplingTask.enterprise_id)
        .join(PlanProduct, PlanProduct.id == SamplingTask.plan_product_id)
        .join(Plan, Plan.id == SamplingTask.plan_id)
        .where(TaskSampler.user_id == user_id, SamplingTask.state == "assigned")).all()
    for task, name, product, period_end in rows:
        items.append(_item("sampling_task", f"抽样任务：{product}", name, period_end or today, today,
                           Permission.VIEW_PLANS, "sampling", task.plan_id, None, task.task_no))
    if Permission.MANAGE_SAMPLING in granted:
        for row, task_no in session.execute(
                select(SampleConfirmation, SamplingTask.task_no)
                .join(SamplingTask, SamplingTask.id == SampleConfirmation.task_id)
                .where(SampleConfirmation.reviewed.is_(False))):
            if row.status == "denied":
                items.append(_item("sample_confirmation", "样品确认：企业否认样品为其产品", row.evidence[:60],
                                   row.replied_on or row.deadline, today, Permission.MANAGE_SAMPLING, "sampling",
                                   None, None, task_no))
            elif row.status == "pending" and today > row.deadline:
                items.append(_item("sample_confirmation", "样品确认：企业逾期未回复", f"期限 {row.deadline.isoformat()}",
                                   row.deadline, today, Permission.MANAGE_SAMPLING, "sampling", None, None, task_no))
    return items
