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
    SampleEvaluation,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.calendar import calendar_in
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import (
    OBJECTION_DAYS,
    ObjectionWindow,
    _not_future,
    _receipts,
    _sample,
    _text,
    _window,
    _window_for,
)
from labdesk.services.logistics.feasibility import retest_obstacle

OBJECTION_STATE_ZH = {"accepted": "已受理", "refused": "不予受理", "retesting": "复检中", "decided": "已办结"}
OUTCOME_ZH = {"upheld": "原结论成立", "overturned": "原结论不成立", "cancelled": "复检取消",
              "not_retested": "不予复检", "withdrawn": "申请人撤回"}
CLOSING_OUTCOMES = ("not_retested", "withdrawn")  # what the quality manager may close an open objection with


@dataclass(frozen=True)
class ItemComparison:
    code: str
    original: str
    original_verdict: str
    retest: str
    retest_verdict: str
    retested: bool
    basis: str = ""  # measured | derived (from re-tested inputs) | "" (not re-tested, original data)

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
    retest_blind_code: str = ""
    retest_report_id: int | None = None
    retest_report_no: str = ""

    @property
    def state_zh(self) -> str:
        if self.state == "decided" and self.outcome == "not_retested":
            return "不予复检"
        return OBJECTION_STATE_ZH.get(self.state, "—")

    @property
    def outcome_zh(self) -> str:
        return OUTCOME_ZH.get(self.outcome, "")

    @property
    def open(self) -> bool:
        return self.state in ("accepted", "retesting")


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
                         row.outcome_note, row.decided_on, row.retest_blind_code or "", row.retest_report_id,
                         str(result.get("report_no") or ""))


def _failing_items(uow: UnitOfWork, sample_id: int) -> list[str]:
    latest = uow.session.scalar(select(SampleEvaluation).where(SampleEvaluation.sample_id == sample_id)
                                .order_by(SampleEvaluation.id.desc()).limit(1))
    result = (latest.result or {}) if latest is not None else {}
    return [str(c) for c in result.get("failed_items") or []]


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
    _not_future(ctx, filed_on, "异议提出日期")
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
        obstacle = retest_obstacle(uow, sample, _failing_items(uow, sample_id))
        if filed_on > window.deadline_on:
            late = (filed_on - window.deadline_on).days
            row.state = "refused"
            row.refusal_reason = (
                f"异议提出日期 {filed_on.isoformat()} 已超过异议期：检验结果于 {window.received_on.isoformat()} 签收，"
                f"应在 {OBJECTION_DAYS} 日内（{window.deadline_on.isoformat()} 前）提出，逾期 {late} 日，视为认可检验结果，"
                f"不予受理。")
            row.decided_on = ctx.today()
        elif obstacle:
            # in time, but nothing a re-test could use: recorded and closed at once, with the reason
            row.state, row.outcome, row.refusal_reason = "decided", "not_retested", obstacle
            row.outcome_note = obstacle + "原检验结论维持。"
            row.decided_on = ctx.today()
        uow.session.add(row)
        uow.flush()
        if row.state == "refused":
            audit.record(uow, ctx, actor, "objection.refused", "objection", row.id,
                         f"逾期异议不予受理：{sample.sample_no}", reason=row.refusal_reason,
                         details={"sample_id": sample_id, "filed_on": filed_on.isoformat()})
        elif obstacle:
            audit.record(uow, ctx, actor, "objection.not_retested", "objection", row.id,
                         f"异议不予复检：{sample.sample_no}", reason=obstacle,
                         details={"sample_id": sample_id, "filed_on": filed_on.isoformat(), "grounds": grounds})
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


def close_objection(ctx: ServiceContext, actor: Actor, objection_id: int, *, outcome: str, reason: str,
                    closed_on: dt.date | None = None) -> ObjectionInfo:
    """The quality manager closes an open objection with a recorded outcome and its reason.

    ``outcome``: ``not_retested`` (不予复检, e.g. the backup is gone or only
    microbiological items are disputed) or ``withdrawn`` (申请人撤回).
    """
    if outcome not in CLOSING_OUTCOMES:
        raise InputError("办结结果", "应为「不予复检」或「申请人撤回」。")
    reason = _text(reason, "办结理由")
    closed_on = closed_on or ctx.today()
    _not_future(ctx, closed_on, "办结日期")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = uow.get(Objection, objection_id, "异议")
        sample = _sample(uow, row.sample_id)
        if row.state not in ("accepted", "retesting"):
            raise StateError(f"样品 {sample.sample_no} 的这件异议已办结或不予受理，不能再次办结。")
        if closed_on < row.filed_on:
            raise InputError("办结日期", f"不能早于异议提出日期 {row.filed_on.isoformat()}。")
        row.state, row.outcome, row.decided_on = "decided", outcome, closed_on
        row.outcome_note = f"{OUTCOME_ZH[outcome]}：{reason}" + ("" if reason.endswith("。") else "。") + "原检验结论维持。"
        audit.record(uow, ctx, actor, f"objection.{outcome}", "objection", row.id,
                     f"异议办结（{OUTCOME_ZH[outcome]}）：{sample.sample_no}", reason=reason,
                     details={"outcome": outcome, "closed_on": closed_on.isoformat()})
        uow.commit()
        return _objection_info(row, sample.sample_no)
