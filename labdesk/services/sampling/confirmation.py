"""后置样品确认: the enterprise confirms (or denies, with evidence) that the sample is its product.

A denial goes to the quality manager's home list until dealt with.  The reply deadline is a plan
parameter (not found in the references), entered when the request is sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Enterprise, SampleConfirmation, SamplingTask
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

STATUS_ZH = {"pending": "待回复", "confirmed": "已确认", "denied": "否认"}


@dataclass(frozen=True)
class ConfirmationInfo:
    id: int
    task_no: str
    enterprise_name: str
    asked_on: dt.date
    deadline: dt.date
    status: str
    replied_on: dt.date | None
    evidence: str
    reviewed: bool
    overdue: bool

    @property
    def status_zh(self) -> str:
        return STATUS_ZH[self.status]


def _info(uow: UnitOfWork, row: SampleConfirmation, today: dt.date) -> ConfirmationInfo:
    task = uow.session.get(SamplingTask, row.task_id)
    assert task is not None
    enterprise = uow.session.get(Enterprise, task.enterprise_id)
    return ConfirmationInfo(row.id, task.task_no, enterprise.name if enterprise else "", row.asked_on, row.deadline,
                            row.status, row.replied_on, row.evidence, row.reviewed,
                            row.status == "pending" and today > row.deadline)


def request_confirmation(ctx: ServiceContext, actor: Actor, task_id: int, *, asked_on: dt.date,
                         deadline: dt.date) -> ConfirmationInfo:
    if deadline < asked_on:
        raise InputError("回复期限", "不能早于发出日期。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_DELIVERY)
        task = uow.get(SamplingTask, task_id, "抽样任务")
        if task.sample_id is None:
            raise RuleViolation(f"抽样任务 {task.task_no} 尚未收样，不能发出样品确认。")
        if uow.session.scalar(select(SampleConfirmation.id).where(SampleConfirmation.task_id == task_id)):
            raise RuleViolation(f"抽样任务 {task.task_no} 已发出样品确认。")
        row = SampleConfirmation(task_id=task_id, asked_on=asked_on, deadline=deadline, recorded_by=actor.user_id)
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.confirmation_asked", "sampling_task", task_id,
                     f"发出样品确认：{task.task_no}，期限 {deadline.isoformat()}")
        uow.commit()
        return _info(uow, row, ctx.today())


def record_reply(ctx: ServiceContext, actor: Actor, task_id: int, *, status: str, replied_on: dt.date,
                 evidence: str = "") -> ConfirmationInfo:
    """The enterprise's reply: confirmed, or denied with its evidence."""
    if status not in ("confirmed", "denied"):
        raise InputError("确认结果", "应为「已确认」或「否认」。")
    if status == "denied" and not evidence.strip():
        raise InputError("证据", "企业否认样品为其产品时，须登记其提供的证据。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_DELIVERY)
        row = uow.session.scalar(select(SampleConfirmation).where(SampleConfirmation.task_id == task_id))
        if row is None:
            raise RuleViolation("尚未发出样品确认。")
        if replied_on < row.asked_on:
            raise InputError("回复日期", "不能早于发出日期。")
        row.status, row.replied_on, row.evidence = status, replied_on, evidence.strip()
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.confirmation_reply", "sampling_task", task_id,
                     f"样品确认回复：{STATUS_ZH[status]}", details={"late": replied_on > row.deadline,
                                                                    "evidence": row.evidence})
        uow.commit()
        return _info(uow, row, ctx.today())


def denials_to_review(ctx: ServiceContext, actor: Actor) -> list[ConfirmationInfo]:
    """The quality manager's list: denials not yet dealt with, then overdue replies."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        today = ctx.today()
        rows = uow.session.scalars(select(SampleConfirmation).where(SampleConfirmation.reviewed.is_(False))
                                   .order_by(SampleConfirmation.deadline))
        infos = [_info(uow, r, today) for r in rows]
        return [i for i in infos if i.status == "denied"] + [i for i in infos if i.overdue]


def mark_reviewed(ctx: ServiceContext, actor: Actor, task_id: int, note: str) -> None:
    if not note.strip():
        raise InputError("处理意见", "请写明处理意见。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        row = uow.session.scalar(select(SampleConfirmation).where(SampleConfirmation.task_id == task_id))
        if row is None:
            raise RuleViolation("没有该任务的样品确认。")
        row.reviewed = True
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.confirmation_reviewed", "sampling_task", task_id, "质量负责人已处理样品确认",
                     reason=note.strip())
        uow.commit()
