"""Shared rules of the after-test flows: delivery duties, the objection period, small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError
from labdesk.domain.workdays import add_days, next_working_day
from labdesk.persistence.models import (
    Delivery,
    Report,
    Sample,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services.calendar import calendar_in
from labdesk.services.context import ServiceContext

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
    report_kind: str = "test"  # which signed report travels: the test report or the 复检结果报告


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
        DutySpec("retest_applicant", "复检结果报告送异议申请人", ("复检结果报告",), "any", report_kind="retest"),
        DutySpec("retest_bureau", "复检结果报告报组织抽查的市场监管部门", ("复检结果报告",), "any",
                 report_kind="retest"),
    )
}
DISPOSITION_ACTIONS = {
    "return": "退还受检单位",
    "hand_over": "交由负责结果处理的市场监督管理部门依法处理",
    "per_rules": "按省局样品处置规定处理",
    "destroy": "按规定销毁",
    "retain": "按规定留存",
}


@dataclass(frozen=True)
class ObjectionWindow:
    sample_id: int
    received_on: dt.date | None
    deadline_on: dt.date | None  # last day to file
    disposition_due_on: dt.date | None  # first working day after the period


# ---------------------------------------------------------------------------------------------
# helpers


def _text(value: str, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError(field, "不能为空。")
    return value


def _sample(uow: UnitOfWork, sample_id: int) -> Sample:
    return uow.get(Sample, sample_id, "样品")


def _signed_report(uow: UnitOfWork, sample_id: int, kind: str = "test") -> Report | None:
    """The sample's current signed report of ``kind`` (``test`` or ``retest``)."""
    return uow.session.scalar(
        select(Report).where(Report.sample_id == sample_id, Report.state == "signed", Report.kind == kind)
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
    rows = uow.session.execute(
        select(Delivery.sample_id, func.min(Delivery.received_on))
        .where(Delivery.duty.in_(starts), Delivery.received_on.is_not(None), Delivery.sample_id.is_not(None))
        .group_by(Delivery.sample_id)).all()
    return {sid: day for sid, day in rows if sid is not None and day is not None}


def _window_for(sample_id: int, received: dt.date | None, calendar: Any) -> ObjectionWindow:
    if received is None:
        return ObjectionWindow(sample_id, None, None, None)
    deadline = add_days(received, OBJECTION_DAYS)
    return ObjectionWindow(sample_id, received, deadline, next_working_day(calendar, deadline))


def _window(uow: UnitOfWork, sample_id: int) -> ObjectionWindow:
    return _window_for(sample_id, _receipt(uow, sample_id), calendar_in(uow))


def _not_future(ctx: ServiceContext, day: dt.date | None, field: str) -> None:
    """No event of these flows may be dated after today (the lab's day, China Standard Time)."""
    if day is None:
        return
    today = ctx.today()
    if day > today:
        raise InputError(field, f"{day.isoformat()} 晚于今天（{today.isoformat()}），不能登记尚未发生的事。")
