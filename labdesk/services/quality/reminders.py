"""What the quality system puts on the home screen (工作台): equipment due for 检定/校准 within the
reminder window or already 停用, open nonconformities (quality manager), failed runs awaiting a
decision (quality manager)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from labdesk.domain.permissions import Permission
from labdesk.domain.quality.equipment import REMIND_DAYS
from labdesk.persistence.models import QcRun
from labdesk.persistence.uow import UnitOfWork
from labdesk.services.quality import equipment, nonconformities
from labdesk.services.settings import get_value

NC_DAYS = 30  # a nonconformity should be closed within a month (lab practice, L)

if TYPE_CHECKING:
    from labdesk.services.deadlines import DueItem


def _remind_days(uow: UnitOfWork) -> int:
    try:
        return int(get_value(uow, "quality.remind_days"))
    except (KeyError, TypeError, ValueError):
        return REMIND_DAYS


def quality_due_items(uow: UnitOfWork, today: dt.date, granted: frozenset[Permission]) -> list[DueItem]:
    from labdesk.services.deadlines import _item

    out = []
    bench = {Permission.ENTER_RESULTS, Permission.MANAGE_QUALITY} & granted  # those who use or manage equipment
    for row, status in equipment.due_reminders(uow, today, _remind_days(uow)) if bench else ():
        title = "设备停用" if not status.usable else "设备检定/校准即将到期"
        due = status.next_due or today
        out.append(_item("equipment", title, f"{row.name}（{row.asset_no}）：{status.reason}", due, today,
                         Permission.VIEW_QUALITY, "quality", code=row.asset_no))
    if Permission.MANAGE_QUALITY in granted:
        for nc in nonconformities.open_in_uow(uow):
            due = nc.opened_at.date() + dt.timedelta(days=NC_DAYS)
            out.append(_item("nonconformity", f"不符合工作待处理：{nc.nc_no}", nc.title, due, today,
                             Permission.MANAGE_QUALITY, "quality", code=nc.nc_no))
        for run in uow.session.scalars(select(QcRun).where(QcRun.state == "failed")):
            out.append(_item("run", f"批次质控失败待处理：{run.run_no}", f"{run.item_code}（样品结果暂停提交）",
                             max(run.created_at.date(), today), today, Permission.MANAGE_QUALITY, "quality", code=run.run_no))
    return out
