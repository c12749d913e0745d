"""Objections (异议): filing within the 15-day period, the list, the objection screen's samples."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Enterprise,
    Objection,
    PlanProduct,
    Sample,
)
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.calendar import calendar_in
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import (
    OBJECTION_DAYS,
    ObjectionWindow,
    _receipts,
    _sample,
    _text,
    _window,
    _window_for,
)


@dataclass(frozen=True)
class ItemComparison:
    code: str
    original: str
    original_verdict: str
    retest: str
    retest_verdict: str
    retested: bool

    @property
    def same_verdict(self) -> bool:
        return self.original_verdict == self.retest_verdict


@dataclass(frozen=True)
class ObjectionInfo:
    id: int
    sample_id: int
    sample_no: str
    filed_on: dt.date
    applicant: str
    grounds: str
    state: str
    received_on: dt.date | None
    deadline_on: dt.date | None
    refusal_reason: str
    seal_check: str
    seal_ok: bool | None
    original_verdict: str | None
    retest_verdict: str | None
    comparison: tuple[ItemComparison, ...]
    outcome: str
    outcome_note: str
    decided_on: dt.date | None


@dataclass(frozen=True)
class ReportedSample:
    sample_id: int
    sample_no: str
    product_name: str
    enterprise_name: str
    verdict: str | None
    received_on: dt.date | None
    deadline_on: dt.date | None
    objection_state: str  # "" when none


def _objection_info(row: Objection, sample_no: str) -> ObjectionInfo:
    result = row.retest_result or {}
    comparison = tuple(ItemComparison(**c) for c in (row.comparison or []))
    return ObjectionInfo(row.id, row.sample_id, sample_no, row.filed_on, row.applicant, row.grounds, row.state,
                         row.received_on, row.deadline_on, row.refusal_reason, row.seal_check, row.seal_ok,
                         result.get("original_verdict"), result.get("verdict"), comparison, row.outcome,
                         row.outcome_note, row.decided_on)


# ---------------------------------------------------------------------------------------------
# Objections and re-tests (异议 / 复检)


def objection_window(ctx: ServiceContext, actor: Actor, sample_id: int) -> ObjectionWindow:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        _sample(uow, sample_id)
        return _window(uow, sample_id)


def file_objection(ctx: ServiceContext, actor: Actor, *, sample_id: int, filed_on: dt.date, applicant: str,
                   grounds: str) -> ObjectionInfo:
    """Record an objection.  One filed after the 15-day period is recorded as refused, with the reason."""
    applicant = _text(applicant, "异议申请人")
    grounds = _text(grounds, "异议理由")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        sample = _sample(uow, sample_id)
        if sample.state != "reported":
            raise StateError(f"样品 {sample.sample_no} 尚未出具报告，不能登记异议。")
        window = _window(uow, sample_id)
        if window.received_on is None or window.deadline_on is None:
            raise RuleViolation(f"样品 {sample.sample_no} 尚未登记企业签收检验结果的日期，无法确定异议期。")
        if filed_on < window.received_on:
            raise InputError("异议提出日期", f"不能早于签收日期 {window.received_on.isoformat()}。")
        open_one = uow.session.scalar(select(Objection.id).where(
            Objection.sample_id == sample_id, Objection.state.in_(("accepted", "retesting"))))
        if open_one is not None:
            raise RuleViolation(f"样品 {sample.sample_no} 已有未办结的异议。")
        row = Objection(sample_id=sample_id, filed_on=filed_on, applicant=applicant, grounds=grounds,
                        received_on=window.received_on, deadline_on=window.deadline_on,
                        created_by=actor.user_id, created_at=ctx.now())
        if filed_on > window.deadline_on:
            late = (filed_on - window.deadline_on).days
            row.state = "refused"
            row.refusal_reason = (
                f"异议提出日期 {filed_on.isoformat()} 已超过异议期：检验结果于 {window.received_on.isoformat()} 签收，"
                f"应在 {OBJECTION_DAYS} 日内（{window.deadline_on.isoformat()} 前）提出，逾期 {late} 日，视为认可检验结果，"
                f"不予受理。")
            row.decided_on = ctx.today()
        uow.session.add(row)
        uow.flush()
        if row.state == "refused":
            audit.record(uow, ctx, actor, "objection.refused", "objection", row.id,
                         f"逾期异议不予受理：{sample.sample_no}", reason=row.refusal_reason,
                         details={"sample_id": sample_id, "filed_on": filed_on.isoformat()})
        else:
            audit.record(uow, ctx, actor, "objection.accepted", "objection", row.id,
                         f"受理异议：{sample.sample_no}（{applicant}）",
                         details={"sample_id": sample_id, "filed_on": filed_on.isoformat(), "grounds": grounds})
        uow.commit()
        return _objection_info(row, sample.sample_no)


def list_objections(ctx: ServiceContext, actor: Actor, plan_id: int | None = None) -> list[ObjectionInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        query = select(Objection, Sample.sample_no).join(Sample, Sample.id == Objection.sample_id)
        if plan_id is not None:
            query = query.where(Sample.plan_id == plan_id)
        return [_objection_info(o, no) for o, no in uow.session.execute(query.order_by(Objection.id))]


def reported_samples(ctx: ServiceContext, actor: Actor, plan_id: int) -> list[ReportedSample]:
    """Reported samples of a plan with their objection period (for the objection screen)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        rows = uow.session.execute(
            select(Sample.id, Sample.sample_no, PlanProduct.name_zh, Enterprise.name, Sample.verdict)
            .join(PlanProduct, PlanProduct.id == Sample.plan_product_id)
            .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
            .where(Sample.plan_id == plan_id, Sample.state == "reported").order_by(Sample.sample_no)
        ).all()
        states: dict[int, str] = {}
        for sid, state in uow.session.execute(select(Objection.sample_id, Objection.state).order_by(Objection.id)):
            states[sid] = state
        receipts = _receipts(uow)
        calendar = calendar_in(uow)
        result = []
        for sid, no, product, unit, verdict in rows:
            window = _window_for(sid, receipts.get(sid), calendar)
            result.append(ReportedSample(sid, no, product, unit, verdict, window.received_on, window.deadline_on,
                                         states.get(sid, "")))
        return result
