"""Sample disposition (样品处置) after the objection period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Delivery,
    Disposition,
    Enterprise,
    Objection,
    PlanProduct,
    Portion,
    Sample,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.calendar import calendar_in
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import (
    DISPOSITION_ACTIONS,
    DUTIES,
    _not_future,
    _sample,
    _text,
    _window,
    _window_for,
)


@dataclass(frozen=True)
class PendingDisposition:
    sample_id: int
    sample_no: str
    product_name: str
    enterprise_name: str
    verdict: str | None
    paid: bool
    action: str
    action_name: str
    period_end: dt.date
    due_on: dt.date
    blocked_reason: str  # e.g. an objection is still open
    storage: str = ""  # where the portions are kept (quality system)


@dataclass(frozen=True)
class DispositionInfo:
    id: int
    sample_id: int
    sample_no: str
    action: str
    action_name: str
    due_on: dt.date
    done_on: dt.date | None
    recipient: str
    record: str


# ---------------------------------------------------------------------------------------------
# Sample disposition (样品处置)


def disposition_action(paid: bool, verdict: str | None) -> str:
    """The seed's rule: unpaid pass → return; unpaid fail → hand over; paid → per the rules."""
    if paid:
        return "per_rules"
    return "return" if verdict == "pass" else "hand_over"


def _receipt_subquery() -> Any:
    from sqlalchemy import func

    starts = [k for k, d in DUTIES.items() if d.starts_objection]
    return (select(Delivery.sample_id.label("sample_id"), func.min(Delivery.received_on).label("received_on"))
            .where(Delivery.duty.in_(starts), Delivery.received_on.is_not(None), Delivery.sample_id.is_not(None))
            .group_by(Delivery.sample_id).subquery())


def pending_dispositions_in(uow: UnitOfWork, plan_id: int | None = None) -> list[PendingDisposition]:
    """Reported samples whose objection period has started and that are not disposed of yet."""
    receipt = _receipt_subquery()
    query = (select(Sample.id, Sample.sample_no, Sample.paid, Sample.verdict, Enterprise.name, PlanProduct.name_zh,
                    receipt.c.received_on)
             .join(receipt, receipt.c.sample_id == Sample.id)
             .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
             .join(PlanProduct, PlanProduct.id == Sample.plan_product_id)
             .outerjoin(Disposition, Disposition.sample_id == Sample.id)
             .where(Sample.state == "reported", Disposition.id.is_(None)))
    if plan_id is not None:
        query = query.where(Sample.plan_id == plan_id)
    open_objections = set(uow.session.scalars(
        select(Objection.sample_id).where(Objection.state.in_(("accepted", "retesting")))))
    calendar = calendar_in(uow)
    result = []
    for sid, no, paid, verdict, unit, product_name, received in uow.session.execute(query.order_by(Sample.id)):
        window = _window_for(sid, received, calendar)
        assert window.deadline_on is not None and window.disposition_due_on is not None
        action = disposition_action(paid, verdict)
        blocked = "异议/复检未办结" if sid in open_objections else ""
        result.append(PendingDisposition(sid, no, product_name, unit, verdict, paid, action,
                                         DISPOSITION_ACTIONS[action], window.deadline_on, window.disposition_due_on,
                                         blocked))
    from labdesk.services.quality.storage import locations_for

    places = locations_for(uow, [p.sample_id for p in result])
    return [replace(p, storage=places.get(p.sample_id, "")) for p in result]


def pending_dispositions(ctx: ServiceContext, actor: Actor, plan_id: int | None = None) -> list[PendingDisposition]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.DISPOSE_SAMPLES)
        return pending_dispositions_in(uow, plan_id)


def record_disposition(
    ctx: ServiceContext, actor: Actor, sample_id: int, *, recipient: str, done_on: dt.date | None = None,
    action: str | None = None, record: str = "",
) -> DispositionInfo:
    """Dispose of a sample after the objection period, with a written record."""
    recipient = _text(recipient, "接收单位/人")
    done_on = done_on or ctx.today()
    _not_future(ctx, done_on, "处置日期")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.DISPOSE_SAMPLES)
        sample = _sample(uow, sample_id)
        if sample.state != "reported":
            raise StateError(f"样品 {sample.sample_no} 尚未出具报告，不能处置。")
        if uow.session.scalar(select(Disposition.id).where(Disposition.sample_id == sample_id)) is not None:
            raise RuleViolation(f"样品 {sample.sample_no} 已处置。")
        window = _window(uow, sample_id)
        if window.deadline_on is None or window.disposition_due_on is None:
            raise RuleViolation(f"样品 {sample.sample_no} 尚未登记结果签收日期，异议期未开始，不能处置。")
        # the period is checked against the real day, not only the typed one
        if done_on <= window.deadline_on or ctx.today() <= window.deadline_on:
            raise RuleViolation(f"样品 {sample.sample_no} 的异议期至 {window.deadline_on.isoformat()} 届满，期满后方可处置。")
        if uow.session.scalar(select(Objection.id).where(Objection.sample_id == sample_id,
                                                         Objection.state.in_(("accepted", "retesting")))):
            raise RuleViolation(f"样品 {sample.sample_no} 的异议/复检尚未办结，不能处置。")
        rule = disposition_action(sample.paid, sample.verdict)
        chosen = action or rule
        if chosen not in DISPOSITION_ACTIONS:
            raise InputError("处置方式", f"未知的处置方式 {chosen!r}。")
        if not sample.paid and chosen != rule:
            raise RuleViolation(f"未付费样品应「{DISPOSITION_ACTIONS[rule]}」，不能「{DISPOSITION_ACTIONS[chosen]}」。")
        if sample.paid and chosen in ("per_rules",) and not record.strip():
            raise InputError("处置记录", "付费样品须写明按省局样品处置规定的具体处理情况。")
        verdict_zh = {"pass": "合格", "fail": "不合格"}.get(sample.verdict or "", "—")
        text = record.strip() or (
            f"样品 {sample.sample_no}（{'付费' if sample.paid else '未付费'}，检验结论{verdict_zh}）"
            f"异议期于 {window.deadline_on.isoformat()} 届满，于 {done_on.isoformat()} "
            f"{DISPOSITION_ACTIONS[chosen]}，接收：{recipient}。")
        row = Disposition(sample_id=sample_id, action=chosen, due_on=window.disposition_due_on, done_on=done_on,
                          recipient=recipient, record=text, done_by=actor.user_id, created_at=ctx.now())
        uow.session.add(row)
        for portion in uow.session.scalars(select(Portion).where(Portion.sample_id == sample_id)):
            if portion.state in ("sealed", "in_use", "unsealed"):
                portion.state = "returned" if chosen == "return" else "disposed"
        uow.flush()
        audit.record(uow, ctx, actor, "sample.disposed", "sample", sample_id, text,
                     details={"action": chosen, "rule": rule, "done_on": done_on.isoformat(), "recipient": recipient})
        uow.commit()
        return DispositionInfo(row.id, sample_id, sample.sample_no, chosen, DISPOSITION_ACTIONS[chosen], row.due_on,
                               done_on, recipient, text)


def list_dispositions(ctx: ServiceContext, actor: Actor, plan_id: int | None = None) -> list[DispositionInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        query = select(Disposition, Sample.sample_no).join(Sample, Sample.id == Disposition.sample_id)
        if plan_id is not None:
            query = query.where(Sample.plan_id == plan_id)
        return [DispositionInfo(d.id, d.sample_id, no, d.action, DISPOSITION_ACTIONS.get(d.action, d.action), d.due_on,
                                d.done_on, d.recipient, d.record)
                for d, no in uow.session.execute(query.order_by(Disposition.id))]
