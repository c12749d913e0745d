"""Deliveries (送达): the duties a reported sample needs, sendings and receipts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.domain.workdays import add_days
from labdesk.persistence.models import (
    Delivery,
    Enterprise,
    Notice,
    Plan,
    Report,
    Sample,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import (
    DUTIES,
    METHODS,
    PROVINCE_DAYS,
    _not_future,
    _sample,
    _signed_report,
    _text,
)


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


def _delivery_info(row: Delivery, sample_no: str) -> DeliveryInfo:
    return DeliveryInfo(row.id, row.plan_id, row.sample_id, sample_no, row.report_id, row.notice_id, row.duty,
                        DUTIES[row.duty].name_zh if row.duty in DUTIES else row.duty, tuple(row.documents),
                        row.method, row.tracking_no, row.recipient, row.sent_on, row.received_on, row.note)


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
    _not_future(ctx, sent_on, "寄出日期")
    _not_future(ctx, received_on, "签收日期")
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
            if spec.verdict not in ("any", sample.verdict):
                raise RuleViolation(f"样品 {sample.sample_no} 的结论为「{'合格' if sample.verdict == 'pass' else '不合格'}」，"
                                    f"不适用「{spec.name_zh}」。")
            if duty == "fail_producer" and sample.domain != "circulation":
                raise RuleViolation("只有流通领域抽样的不合格报告才需同时寄送标称生产企业。")
            report = _signed_report(uow, sample_id, spec.report_kind)
            if report is None:
                what = "复检结果报告" if spec.report_kind == "retest" else "报告"
                raise StateError(f"样品 {sample.sample_no} 没有已签发的{what}。")
            report_id = report.id
            if report.issued_on is not None and sent_on < report.issued_on:
                raise InputError("寄出日期", f"不能早于报告签发日期 {report.issued_on.isoformat()}。")
            # the notice that travels with the report: result notice (failing) or covering letter (passing)
            notice_kind = "result_notice" if "检验结果告知书" in spec.documents else "cover_letter"
            notice = uow.session.scalar(select(Notice).where(Notice.sample_id == sample_id, Notice.kind == notice_kind)
                                        .order_by(Notice.id.desc()).limit(1))
            if notice is not None and spec.report_kind == "test" and (notice_kind == "result_notice" or duty == "pass_enterprise"):
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
    _not_future(ctx, received_on, "签收日期")
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
    # a per-sample duty is done when the CURRENT signed report went out: an amended report goes out again
    sent = set(uow.session.execute(select(Delivery.sample_id, Delivery.duty, Delivery.report_id)).all())
    current: dict[tuple[int, str], tuple[int, dt.date | None]] = {
        (sid, kind): (rid, day) for sid, kind, rid, day in uow.session.execute(
            select(Report.sample_id, Report.kind, Report.id, Report.issued_on).where(Report.state == "signed")
            .order_by(Report.id))}
    issued = {sid: day for (sid, kind), (_, day) in current.items() if kind == "test"}
    producers = dict(uow.session.execute(select(Enterprise.id, Enterprise.name)).all())
    result: list[PendingDelivery] = []
    for sid, no, pid, verdict, domain, producer_id, unit, region in rows:
        plan = plans.get(pid)
        duties = list(required_duties(verdict, domain, producer_id is not None))
        if (sid, "retest") in current:
            duties += ["retest_applicant", "retest_bureau"]
        for duty in duties:
            report = current.get((sid, DUTIES[duty].report_kind))
            if report is not None and (sid, duty, report[0]) in sent:
                continue
            due = plan.report_deadline if plan else None
            hint = unit
            if duty == "pass_bureau":
                hint = f"{region}市市场监督管理局" if region else "企业所在地市场监督管理局"
            elif duty == "fail_producer":
                hint = producers.get(producer_id, "标称生产企业") if producer_id is not None else "标称生产企业"
            elif duty == "retest_bureau":
                hint = plan.issuing_authority if plan else "组织抽查的市场监督管理部门"
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
