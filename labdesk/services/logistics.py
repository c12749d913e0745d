"""After the test: refusals (拒检), deliveries (送达), objections and re-tests (异议/复检),
sample disposition (样品处置) and e-CQS entry records.

The rules come from the seed plan (晋市监发〔2021〕158号, 结果报送 and 样品处置):

- five delivery duties (``DUTIES``): passing reports to the enterprise and its local
  bureau; failing reports, result notices and sampling forms to the enterprise (and
  the nominal producer for circulation-domain samples); failing reports to the
  provincial bureau within 7 days of issue; the summary and analysis by the plan's
  deadline; the bound volume;
- the enterprise's receipt date starts the 15-day objection period; a later
  objection is recorded as refused, with the reason;
- a re-test (复检) uses the sealed backup portion: the unsealing is photographed,
  the seal number checked against intake, results judged with the plan's adopted
  rule set and compared with the original per item;
- after the objection period: unpaid passing samples are returned, unpaid failing
  ones handed to the market supervision department; paid ones per the rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.domain.workdays import add_days, next_working_day
from labdesk.persistence.models import (
    Delivery,
    Determination,
    Disposition,
    Enterprise,
    Notice,
    Objection,
    Photo,
    Plan,
    PlanProduct,
    Portion,
    Refusal,
    Report,
    Sample,
    SampleEvaluation,
    TestItem,
)
from labdesk.persistence.models.logistics import EcqsEntry
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.calendar import calendar_in
from labdesk.services.context import Actor, ServiceContext

OBJECTION_DAYS = 15  # 产品质量法 Art. 15: 15 days from receiving the result
PROVINCE_DAYS = 7  # failing reports to the provincial bureau within 7 days of issue
METHODS = {"direct": "直接送达", "ems": "EMS"}


@dataclass(frozen=True)
class DutySpec:
    key: str
    name_zh: str
    documents: tuple[str, ...]
    verdict: str | None  # "pass" / "fail" for per-sample duties, None for plan-level ones
    starts_objection: bool = False


DUTIES: dict[str, DutySpec] = {
    d.key: d
    for d in (
        DutySpec("pass_enterprise", "合格报告送被抽样生产者（销售者）", ("检验报告",), "pass", True),
        DutySpec("pass_bureau", "合格报告送企业所在地市场监管局", ("检验报告",), "pass"),
        DutySpec("fail_enterprise", "结果告知书、不合格报告和抽样单送被抽样企业",
                 ("检验结果告知书", "检验报告", "抽样单"), "fail", True),
        DutySpec("fail_producer", "不合格报告送标称生产企业（流通领域）", ("检验结果告知书", "检验报告", "抽样单"),
                 "fail", True),
        DutySpec("fail_province", "不合格报告送省局质量监管处（出具后7日内）",
                 ("检验报告（一式3份）", "抽样单（一式3份）"), "fail"),
        DutySpec("summary", "质量分析报告和检验情况汇总表报省局", ("质量分析报告", "检验情况汇总表"), None),
        DutySpec("bound_volume", "全部抽检资料合订本报省局", ("合订本",), None),
    )
}
DISPOSITION_ACTIONS = {
    "return": "退还受检单位",
    "hand_over": "交由负责结果处理的市场监督管理部门依法处理",
    "per_rules": "按省局样品处置规定处理",
    "destroy": "按规定销毁",
    "retain": "按规定留存",
}


# ---------------------------------------------------------------------------------------------
# DTOs


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


@dataclass(frozen=True)
class DeliveryInfo:
    id: int
    plan_id: int | None
    sample_id: int | None
    sample_no: str
    report_id: int | None
    notice_id: int | None
    duty: str
    duty_name: str
    documents: tuple[str, ...]
    method: str
    tracking_no: str
    recipient: str
    sent_on: dt.date
    received_on: dt.date | None
    note: str


@dataclass(frozen=True)
class PendingDelivery:
    sample_id: int | None
    sample_no: str
    plan_id: int
    duty: str
    duty_name: str
    recipient_hint: str
    due_on: dt.date | None


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
class ObjectionWindow:
    sample_id: int
    received_on: dt.date | None
    deadline_on: dt.date | None  # last day to file
    disposition_due_on: dt.date | None  # first working day after the period


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
# helpers


def _text(value: str, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError(field, "不能为空。")
    return value


def _sample(uow: UnitOfWork, sample_id: int) -> Sample:
    return uow.get(Sample, sample_id, "样品")


def _signed_report(uow: UnitOfWork, sample_id: int) -> Report | None:
    return uow.session.scalar(
        select(Report).where(Report.sample_id == sample_id, Report.state == "signed")
        .order_by(Report.revision.desc()).limit(1)
    )


def _receipt(uow: UnitOfWork, sample_id: int) -> dt.date | None:
    """The enterprise's receipt of the result (earliest), which starts the objection period."""
    starts = [k for k, d in DUTIES.items() if d.starts_objection]
    return uow.session.scalar(
        select(Delivery.received_on).where(Delivery.sample_id == sample_id, Delivery.duty.in_(starts),
                                           Delivery.received_on.is_not(None))
        .order_by(Delivery.received_on).limit(1)
    )


def _receipts(uow: UnitOfWork) -> dict[int, dt.date]:
    """Every sample's receipt date (one grouped query, for lists)."""
    from sqlalchemy import func

    starts = [k for k, d in DUTIES.items() if d.starts_objection]
    return dict(uow.session.execute(
        select(Delivery.sample_id, func.min(Delivery.received_on))
        .where(Delivery.duty.in_(starts), Delivery.received_on.is_not(None), Delivery.sample_id.is_not(None))
        .group_by(Delivery.sample_id)).all())


def _window_for(sample_id: int, received: dt.date | None, calendar: Any) -> ObjectionWindow:
    if received is None:
        return ObjectionWindow(sample_id, None, None, None)
    deadline = add_days(received, OBJECTION_DAYS)
    return ObjectionWindow(sample_id, received, deadline, next_working_day(calendar, deadline))


def _window(uow: UnitOfWork, sample_id: int) -> ObjectionWindow:
    return _window_for(sample_id, _receipt(uow, sample_id), calendar_in(uow))


def required_duties(verdict: str | None, domain: str, has_producer: bool) -> tuple[str, ...]:
    """The per-sample delivery duties a reported sample needs."""
    if verdict == "pass":
        return ("pass_enterprise", "pass_bureau")
    if verdict == "fail":
        duties = ["fail_enterprise", "fail_province"]
        if domain == "circulation" and has_producer:
            duties.insert(1, "fail_producer")
        return tuple(duties)
    return ()


def _refusal_info(row: Refusal, enterprise: Enterprise) -> RefusalInfo:
    return RefusalInfo(row.id, row.plan_id, row.enterprise_id, enterprise.name, enterprise.region, row.product_code,
                       row.occurred_on, row.description, tuple(row.samplers), tuple(row.witnesses),
                       row.county_bureau, row.county_confirmed_on, row.reported_to_province_on)


def _delivery_info(row: Delivery, sample_no: str) -> DeliveryInfo:
    return DeliveryInfo(row.id, row.plan_id, row.sample_id, sample_no, row.report_id, row.notice_id, row.duty,
                        DUTIES[row.duty].name_zh if row.duty in DUTIES else row.duty, tuple(row.documents),
                        row.method, row.tracking_no, row.recipient, row.sent_on, row.received_on, row.note)


def _objection_info(row: Objection, sample_no: str) -> ObjectionInfo:
    result = row.retest_result or {}
    comparison = tuple(ItemComparison(**c) for c in (row.comparison or []))
    return ObjectionInfo(row.id, row.sample_id, sample_no, row.filed_on, row.applicant, row.grounds, row.state,
                         row.received_on, row.deadline_on, row.refusal_reason, row.seal_check, row.seal_ok,
                         result.get("original_verdict"), result.get("verdict"), comparison, row.outcome,
                         row.outcome_note, row.decided_on)


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


def report_refusal(ctx: ServiceContext, actor: Actor, refusal_id: int, *, reported_on: dt.date) -> RefusalInfo:
    """The refusal was reported to the provincial bureau (同时报送省局)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_REFUSAL)
        row = uow.get(Refusal, refusal_id, "拒检记录")
        if reported_on < row.occurred_on:
            raise InputError("报省局日期", "不能早于拒检发生日期。")
        row.reported_to_province_on = reported_on
        audit.record(uow, ctx, actor, "refusal.reported", "refusal", row.id, "拒检认定表已报省局",
                     details={"reported_on": reported_on.isoformat()})
        uow.commit()
        return _refusal_info(row, uow.session.get(Enterprise, row.enterprise_id))  # type: ignore[arg-type]


def list_refusals(ctx: ServiceContext, actor: Actor, plan_id: int | None = None) -> list[RefusalInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_PLANS)
        query = select(Refusal, Enterprise).join(Enterprise, Enterprise.id == Refusal.enterprise_id)
        if plan_id is not None:
            query = query.where(Refusal.plan_id == plan_id)
        return [_refusal_info(r, e) for r, e in uow.session.execute(query.order_by(Refusal.occurred_on, Refusal.id))]


# ---------------------------------------------------------------------------------------------
# Deliveries (送达)


def record_delivery(
    ctx: ServiceContext, actor: Actor, *, duty: str, method: str, recipient: str, sent_on: dt.date,
    sample_id: int | None = None, plan_id: int | None = None, tracking_no: str = "",
    received_on: dt.date | None = None, documents: Sequence[str] | None = None, note: str = "",
) -> DeliveryInfo:
    """Record one sending: direct or EMS (tracking number required), date, recipient."""
    if duty not in DUTIES:
        raise InputError("送达事项", f"未知的送达事项 {duty!r}。")
    spec = DUTIES[duty]
    if method not in METHODS:
        raise InputError("送达方式", "应为「直接送达」或「EMS」。")
    recipient = _text(recipient, "收件人")
    tracking_no = tracking_no.strip()
    if method == "ems" and not tracking_no:
        raise InputError("EMS单号", "EMS 送达必须填写运单号。")
    if received_on is not None and received_on < sent_on:
        raise InputError("签收日期", "不能早于寄出日期。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_DELIVERY)
        report_id = notice_id = None
        sample_no = ""
        if spec.verdict is not None:
            if sample_id is None:
                raise InputError("样品", f"「{spec.name_zh}」须指定样品。")
            sample = _sample(uow, sample_id)
            sample_no = sample.sample_no
            if sample.state != "reported":
                raise StateError(f"样品 {sample.sample_no} 尚未出具报告，不能登记送达。")
            if sample.verdict != spec.verdict:
                raise RuleViolation(f"样品 {sample.sample_no} 的结论为「{'合格' if sample.verdict == 'pass' else '不合格'}」，"
                                    f"不适用「{spec.name_zh}」。")
            if duty == "fail_producer" and sample.domain != "circulation":
                raise RuleViolation("只有流通领域抽样的不合格报告才需同时寄送标称生产企业。")
            report = _signed_report(uow, sample_id)
            if report is None:
                raise StateError(f"样品 {sample.sample_no} 没有已签发的报告。")
            report_id = report.id
            if report.issued_on is not None and sent_on < report.issued_on:
                raise InputError("寄出日期", f"不能早于报告签发日期 {report.issued_on.isoformat()}。")
            # the notice that travels with the report: result notice (failing) or covering letter (passing)
            notice_kind = "result_notice" if "检验结果告知书" in spec.documents else "cover_letter"
            notice = uow.session.scalar(select(Notice).where(Notice.sample_id == sample_id, Notice.kind == notice_kind)
                                        .order_by(Notice.id.desc()).limit(1))
            if notice is not None and (notice_kind == "result_notice" or duty == "pass_enterprise"):
                notice_id = notice.id
            plan_id = sample.plan_id
        else:
            if plan_id is None:
                raise InputError("计划", f"「{spec.name_zh}」须指定计划。")
            uow.get(Plan, plan_id, "计划")
            sample_id = None
        row = Delivery(plan_id=plan_id, sample_id=sample_id, report_id=report_id, notice_id=notice_id, duty=duty,
                       documents=list(documents) if documents else list(spec.documents), method=method,
                       tracking_no=tracking_no, recipient=recipient, sent_on=sent_on, received_on=received_on,
                       note=note.strip(), created_by=actor.user_id, created_at=ctx.now())
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "delivery.recorded", "delivery", row.id,
                     f"{spec.name_zh}：{METHODS[method]} {tracking_no} → {recipient}".strip(),
                     details={"sample_id": sample_id, "plan_id": plan_id, "duty": duty, "method": method,
                              "sent_on": sent_on.isoformat(),
                              "received_on": received_on.isoformat() if received_on else None})
        uow.commit()
        return _delivery_info(row, sample_no)


def record_receipt(ctx: ServiceContext, actor: Actor, delivery_id: int, received_on: dt.date) -> DeliveryInfo:
    """The recipient signed for it (EMS 妥投 / 签收): for the enterprise this starts the objection period."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_DELIVERY)
        row = uow.get(Delivery, delivery_id, "送达记录")
        if received_on < row.sent_on:
            raise InputError("签收日期", "不能早于寄出日期。")
        before = row.received_on
        row.received_on = received_on
        audit.record(uow, ctx, actor, "delivery.received", "delivery", row.id, f"签收日期 {received_on.isoformat()}",
                     details={"before": before.isoformat() if before else None})
        sample_no = uow.session.get(Sample, row.sample_id).sample_no if row.sample_id else ""  # type: ignore[union-attr]
        uow.commit()
        return _delivery_info(row, sample_no)


def list_deliveries(ctx: ServiceContext, actor: Actor, *, plan_id: int | None = None,
                    sample_id: int | None = None) -> list[DeliveryInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        query = select(Delivery, Sample.sample_no).outerjoin(Sample, Sample.id == Delivery.sample_id)
        if plan_id is not None:
            query = query.where(Delivery.plan_id == plan_id)
        if sample_id is not None:
            query = query.where(Delivery.sample_id == sample_id)
        return [_delivery_info(d, no or "") for d, no in uow.session.execute(query.order_by(Delivery.id))]


def pending_deliveries_in(uow: UnitOfWork, plan_id: int | None = None) -> list[PendingDelivery]:
    """Duties not yet done for reported samples and for the plan (inside a unit of work)."""
    query = (select(Sample.id, Sample.sample_no, Sample.plan_id, Sample.verdict, Sample.domain, Sample.producer_id,
                    Enterprise.name, Enterprise.region)
             .join(Enterprise, Enterprise.id == Sample.sampled_unit_id).where(Sample.state == "reported"))
    plan_query = select(Plan)
    if plan_id is not None:
        query = query.where(Sample.plan_id == plan_id)
        plan_query = plan_query.where(Plan.id == plan_id)
    plans = {p.id: p for p in uow.session.scalars(plan_query)}
    rows = uow.session.execute(query.order_by(Sample.id)).all()
    done: set[tuple[int | None, int | None, str]] = set(
        uow.session.execute(select(Delivery.plan_id, Delivery.sample_id, Delivery.duty)).all())
    done_samples = {(s, d) for _, s, d in done}
    issued = dict(uow.session.execute(
        select(Report.sample_id, Report.issued_on).where(Report.state == "signed")).all())
    producers = dict(uow.session.execute(select(Enterprise.id, Enterprise.name)).all())
    result: list[PendingDelivery] = []
    for sid, no, pid, verdict, domain, producer_id, unit, region in rows:
        plan = plans.get(pid)
        for duty in required_duties(verdict, domain, producer_id is not None):
            if (sid, duty) in done_samples:
                continue
            due = plan.report_deadline if plan else None
            hint = unit
            if duty == "pass_bureau":
                hint = f"{region}市市场监督管理局" if region else "企业所在地市场监督管理局"
            elif duty == "fail_producer":
                hint = producers.get(producer_id, "标称生产企业")
            elif duty == "fail_province":
                hint = f"{plan.issuing_authority if plan else '省市场监督管理局'}质量监管处"
                if issued.get(sid):
                    due = add_days(issued[sid], PROVINCE_DAYS)  # type: ignore[arg-type]
            result.append(PendingDelivery(sid, no, pid, duty, DUTIES[duty].name_zh, hint, due))
    for plan in plans.values():
        for duty, due in (("summary", plan.summary_deadline), ("bound_volume", plan.ecqs_deadline)):
            if (plan.id, None, duty) not in done:
                result.append(PendingDelivery(None, "", plan.id, duty, DUTIES[duty].name_zh,
                                              f"{plan.issuing_authority}质量监管处", due))
    return result


def pending_deliveries(ctx: ServiceContext, actor: Actor, plan_id: int | None = None) -> list[PendingDelivery]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_DELIVERY)
        return pending_deliveries_in(uow, plan_id)


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


def _jpeg_size(jpeg: bytes) -> tuple[int, int]:
    if not jpeg.startswith(b"\xff\xd8"):
        raise InputError("启封照片", "不是 JPEG 图像。")
    try:
        from PIL import Image

        with Image.open(io.BytesIO(jpeg)) as image:
            return image.size
    except Exception:  # noqa: BLE001 - any decoder error means a bad photo
        raise InputError("启封照片", "无法读取 JPEG 图像。") from None


def _norm_seal(text: str) -> str:
    return "".join(text.split()).upper()


def start_retest(ctx: ServiceContext, actor: Actor, objection_id: int, *, seal_no_seen: str, photo_jpeg: bytes,
                 photo_source: str = "camera", note: str = "") -> ObjectionInfo:
    """Unseal the backup portion: store the photo, check the seal against the intake record.

    A seal that does not match the intake record cancels the re-test and the
    original conclusion stands (the sample may have been swapped).
    """
    seal_no_seen = _text(seal_no_seen, "封条编号")
    width, height = _jpeg_size(photo_jpeg)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = uow.get(Objection, objection_id, "异议")
        if row.state != "accepted":
            raise StateError("只有已受理、尚未启封复检的异议才能启封备用样品。")
        sample = _sample(uow, row.sample_id)
        backup = uow.session.scalar(select(Portion).where(Portion.sample_id == sample.id, Portion.kind == "backup"))
        if backup is None:
            raise RuleViolation(f"样品 {sample.sample_no} 没有备用样品，无法复检。")
        if backup.state != "sealed":
            raise StateError(f"备用样品 {backup.code} 已不在封存状态（{backup.state}）。")
        recorded = backup.seal_no or sample.seal_numbers
        recorded_set = {_norm_seal(s) for s in recorded.replace("，", ",").replace("、", ",").split(",") if s.strip()}
        ok = _norm_seal(seal_no_seen) in recorded_set
        photo = Photo(sample_id=sample.id, kind="unsealing", stage="retest", jpeg=photo_jpeg,
                      sha256=hashlib.sha256(photo_jpeg).hexdigest(), width=width, height=height, source=photo_source,
                      captured_at=ctx.now(), captured_by=actor.user_id, workstation=ctx.workstation, locked=True,
                      note=note.strip() or f"异议 {row.id} 复检启封")
        uow.session.add(photo)
        backup.state = "unsealed"
        row.seal_ok = ok
        if ok:
            row.seal_check = f"封条 {seal_no_seen} 完好，与收样记录（{recorded}）一致；启封照片 SHA-256 {photo.sha256[:16]}…"
            row.state = "retesting"
        else:
            row.seal_check = f"启封时封条编号 {seal_no_seen} 与收样记录（{recorded or '无'}）不符。"
            row.state = "decided"
            row.outcome = "cancelled"
            row.outcome_note = "备用样品封条与收样记录不符，复检取消，原检验结论维持。"
            row.decided_on = ctx.today()
        uow.flush()
        audit.record(uow, ctx, actor, "objection.unsealed", "objection", row.id, row.seal_check,
                     details={"sample_id": sample.id, "photo_id": photo.id, "seal_ok": ok, "portion": backup.code})
        uow.commit()
        return _objection_info(row, sample.sample_no)


def _original_determinations(uow: UnitOfWork, sample_id: int) -> dict[str, list[str]]:
    rows = uow.session.execute(
        select(TestItem.item_code, TestItem.round, Determination.round, Determination.value_text)
        .join(Determination, Determination.test_item_id == TestItem.id)
        .where(TestItem.sample_id == sample_id, Determination.active.is_(True))
        .order_by(TestItem.item_code, Determination.round, Determination.seq, Determination.id)
    ).all()
    values: dict[str, list[str]] = {}
    for code, item_round, det_round, text in rows:
        if det_round == item_round:
            values.setdefault(code, []).append(text)
    return values


def _original_qualitative(uow: UnitOfWork, sample_id: int) -> dict[str, str]:
    rows = uow.session.execute(select(TestItem.item_code, TestItem.qualitative_value)
                               .where(TestItem.sample_id == sample_id, TestItem.qualitative_value.is_not(None)))
    return {code: value for code, value in rows}


def _item_view(item: Any) -> tuple[str, str]:
    if isinstance(item, Mapping):
        reported = item.get("reported") or item.get("value") or ""
        return str(reported if reported is not None else ""), str(item.get("verdict") or "")
    return "", ""


def enter_retest_results(
    ctx: ServiceContext, actor: Actor, objection_id: int, *, determinations: Mapping[str, Sequence[str]],
    qualitative: Mapping[str, str] | None = None, note: str = "",
) -> ObjectionInfo:
    """Judge the re-test with the plan's adopted rule set, compare per item, record the outcome.

    Items not re-tested keep their original determinations.  Outcome: ``upheld``
    (the re-test confirms the original verdict) or ``overturned``.
    """
    from labdesk.domain.judging.engine import evaluate
    from labdesk.domain.judging.ruleset import RuleSet
    from labdesk.domain.numbers import parse_decimal

    cleaned: dict[str, list[str]] = {}
    for code, values in determinations.items():
        texts = [str(v).strip() for v in values if str(v).strip()]
        for text in texts:
            parse_decimal(text, f"复检 {code}")
        if texts:
            cleaned[code] = texts
    if not cleaned and not qualitative:
        raise InputError("复检结果", "至少录入一个复检项目的结果。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = uow.get(Objection, objection_id, "异议")
        if row.state != "retesting":
            raise StateError("请先启封备用样品并核对封条，再录入复检结果。")
        sample = _sample(uow, row.sample_id)
        product = uow.session.get(PlanProduct, sample.plan_product_id)
        if product is None or product.ruleset is None:
            raise RuleViolation(f"计划产品「{sample.product_code}」没有采用的判定规则，无法判定复检结果。")
        ruleset = RuleSet.from_dict(product.ruleset)
        unknown = sorted(set(cleaned) - {i.code for i in ruleset.items})
        if unknown:
            raise InputError("复检项目", f"规则集中没有项目：{'、'.join(unknown)}。")
        merged = _original_determinations(uow, sample.id) | cleaned
        qual = _original_qualitative(uow, sample.id) | dict(qualitative or {})
        evaluation = evaluate(ruleset, context=dict(sample.context or {}), declared=sample.judging_declared(),
                              determinations=merged, qualitative=qual,
                              catalogue_version=ruleset.catalogue_version)
        if evaluation.verdict not in ("pass", "fail"):
            raise RuleViolation("复检结果不完整（平行测定超差或缺少必检项目），无法判定："
                                + "；".join(f"{c}" for c, r in evaluation.items.items()
                                           if getattr(r, "verdict", "") not in ("pass", "fail", "n/a", "")))
        original = uow.session.scalar(select(SampleEvaluation).where(SampleEvaluation.sample_id == sample.id)
                                      .order_by(SampleEvaluation.id.desc()).limit(1))
        original_items: Mapping[str, Any] = (original.result or {}).get("items", {}) if original else {}
        original_verdict = original.verdict if original else sample.verdict
        comparison = []
        codes = list(dict.fromkeys([*original_items.keys(), *cleaned.keys(), *(qualitative or {}).keys()]))
        for code in codes:
            new = evaluation.items.get(code)
            if new is None:
                continue
            o_rep, o_ver = _item_view(original_items.get(code))
            comparison.append({
                "code": code, "original": o_rep, "original_verdict": o_ver,
                "retest": str(new.reported if new.reported is not None else ""), "retest_verdict": str(new.verdict),
                "retested": code in cleaned or code in (qualitative or {}),
            })
        row.retest_result = {**evaluation.to_record_dict(), "original_verdict": original_verdict,
                             "retested_items": sorted(cleaned) + sorted(qualitative or {})}
        row.comparison = comparison
        row.state = "decided"
        row.decided_on = ctx.today()
        row.outcome = "upheld" if evaluation.verdict == original_verdict else "overturned"
        verdict_zh = {"pass": "合格", "fail": "不合格"}
        row.outcome_note = (note.strip() or
                            (f"复检结论{verdict_zh[evaluation.verdict]}，与原检验结论一致，原检验结论成立。"
                             if row.outcome == "upheld" else
                             f"复检结论{verdict_zh[evaluation.verdict]}，与原检验结论"
                             f"（{verdict_zh.get(original_verdict or '', original_verdict)}）不一致，原检验结论不成立。"))
        audit.record(uow, ctx, actor, "objection.retested", "objection", row.id,
                     f"复检完成：{sample.sample_no}，{row.outcome_note}",
                     details={"verdict": evaluation.verdict, "original_verdict": original_verdict,
                              "items": cleaned, "outcome": row.outcome})
        uow.commit()
        return _objection_info(row, sample.sample_no)


def list_objections(ctx: ServiceContext, actor: Actor, plan_id: int | None = None) -> list[ObjectionInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        query = select(Objection, Sample.sample_no).join(Sample, Sample.id == Objection.sample_id)
        if plan_id is not None:
            query = query.where(Sample.plan_id == plan_id)
        return [_objection_info(o, no) for o, no in uow.session.execute(query.order_by(Objection.id))]


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
        if done_on <= window.deadline_on:
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


# ---------------------------------------------------------------------------------------------
# e-CQS entry records


def mark_ecqs_entered(ctx: ServiceContext, actor: Actor, sample_ids: Sequence[int], kind: str,
                      entered_on: dt.date | None = None) -> int:
    """Record that sampling information (``sampling``) or results (``results``) were entered in e-CQS."""
    if kind not in ("sampling", "results"):
        raise InputError("e-CQS 录入类型", "应为「抽样信息」或「检验结果」。")
    entered_on = entered_on or ctx.today()
    with ctx.uow() as uow:
        permission = Permission.EXPORT_PLAN
        if kind == "sampling" and not actor.can(Permission.EXPORT_PLAN):
            permission = Permission.REGISTER_SAMPLE
        authorize(uow, actor, permission)
        existing = set(uow.session.scalars(select(EcqsEntry.sample_id).where(
            EcqsEntry.kind == kind, EcqsEntry.sample_id.in_(list(sample_ids)))))
        added = 0
        for sample_id in sample_ids:
            if sample_id in existing:
                continue
            sample = _sample(uow, sample_id)
            if kind == "results" and sample.state != "reported":
                raise StateError(f"样品 {sample.sample_no} 尚未出具报告，不能录入检验结果。")
            uow.session.add(EcqsEntry(sample_id=sample_id, kind=kind, entered_on=entered_on,
                                      entered_by=actor.user_id, created_at=ctx.now()))
            added += 1
        audit.record(uow, ctx, actor, "ecqs.entered", "ecqs", kind, f"e-CQS 已录入{'抽样信息' if kind == 'sampling' else '检验结果'}"
                     f" {added} 条", details={"kind": kind, "sample_ids": list(sample_ids)})
        uow.commit()
        return added


# ---------------------------------------------------------------------------------------------
# look-ups for the screens


@dataclass(frozen=True)
class EnterpriseChoice:
    id: int
    name: str
    region: str
    county: str


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


def enterprise_choices(ctx: ServiceContext, actor: Actor) -> list[EnterpriseChoice]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_REFUSAL)
        rows = uow.session.scalars(select(Enterprise).order_by(Enterprise.region, Enterprise.name))
        return [EnterpriseChoice(e.id, e.name, e.region, e.county) for e in rows]


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


def mark_plan_ecqs_entered(ctx: ServiceContext, actor: Actor, plan_id: int, kind: str,
                           entered_on: dt.date | None = None) -> int:
    """Mark every eligible sample of a plan (sampling: not rejected; results: reported) as entered in e-CQS."""
    with ctx.uow() as uow:
        query = select(Sample.id).where(Sample.plan_id == plan_id)
        query = query.where(Sample.state == "reported") if kind == "results" else query.where(Sample.state != "rejected")
        ids = list(uow.session.scalars(query))
    return mark_ecqs_entered(ctx, actor, ids, kind, entered_on)


def retest_report(ctx: ServiceContext, actor: Actor, objection_id: int) -> bytes:
    """The 复检结果报告 PDF of a decided objection (comparison, seal check, unsealing photo, outcome)."""
    from labdesk.reports.exports.retest import RetestReportData, RetestRow, retest_report_pdf
    from labdesk.services import settings

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = uow.get(Objection, objection_id, "异议")
        if row.state != "decided":
            raise StateError("异议尚未办结，不能出具复检结果报告。")
        sample = _sample(uow, row.sample_id)
        plan = uow.session.get(Plan, sample.plan_id)
        product = uow.session.get(PlanProduct, sample.plan_product_id)
        unit = uow.session.get(Enterprise, sample.sampled_unit_id)
        report = _signed_report(uow, sample.id)
        names = {i.get("code"): i for i in ((product.ruleset or {}).get("items", []) if product else [])}
        retest_items = (row.retest_result or {}).get("items", {})
        rows = tuple(
            RetestRow(c["code"], names.get(c["code"], {}).get("name_zh", c["code"]),
                      names.get(c["code"], {}).get("unit", ""),
                      str((retest_items.get(c["code"]) or {}).get("requirement") or ""), c["original"],
                      c["original_verdict"], c["retest"], c["retest_verdict"], c["retested"])
            for c in (row.comparison or []))
        photo = uow.session.scalar(select(Photo.jpeg).where(Photo.sample_id == sample.id, Photo.stage == "retest")
                                   .order_by(Photo.id.desc()).limit(1))
        data = RetestReportData(
            lab_name=str(settings.get_value(uow, "lab.name")), plan_title=plan.title if plan else "",
            document_no=plan.document_no if plan else "", sample_no=sample.sample_no,
            report_no=report.full_no if report else "", product_name=product.name_zh if product else "",
            enterprise=unit.name if unit else "", applicant=row.applicant, filed_on=row.filed_on, grounds=row.grounds,
            seal_check=row.seal_check, photo_jpeg=photo, rows=rows,
            original_verdict=str((row.retest_result or {}).get("original_verdict") or ""),
            retest_verdict=str((row.retest_result or {}).get("verdict") or ""), outcome_note=row.outcome_note,
            decided_on=row.decided_on)
    return retest_report_pdf(data)
