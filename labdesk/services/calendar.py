"""The lab's working-day calendar: ``chinesecalendar`` plus the editable holiday table.

The ``chinesecalendar`` package carries the State Council's holiday notices for
the years it knows (2004–2026 in 1.11.0).  For other years, and to correct a
notice, staff edit the ``holidays`` table; **a row in the table always wins over
the package**.  Years covered by neither fall back to Monday–Friday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from labdesk.domain.errors import InputError, NotFound
from labdesk.domain.permissions import Permission
from labdesk.domain.workdays import HolidayProvider
from labdesk.persistence.models import Holiday
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

KINDS = {"holiday": "法定节假日", "workday": "调休上班"}


@lru_cache(maxsize=8192)
def _package_is_workday(day: dt.date) -> bool | None:
    """What chinesecalendar says, or None for a year it does not cover."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - pinned dependency
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def package_covers(year: int) -> bool:
    return _package_is_workday(dt.date(year, 6, 1)) is not None


@dataclass(frozen=True)
class LabCalendar:
    """A :class:`~labdesk.domain.workdays.HolidayProvider`: table rows, then the package, then Mon–Fri."""

    overrides: dict[dt.date, str]

    def is_workday(self, day: dt.date) -> bool:
        kind = self.overrides.get(day)
        if kind is not None:
            return kind == "workday"
        from_package = _package_is_workday(day)
        if from_package is not None:
            return from_package
        return day.weekday() < 5

    def source(self, day: dt.date) -> str:
        if day in self.overrides:
            return "table"
        return "package" if _package_is_workday(day) is not None else "weekdays"


def calendar_in(uow: UnitOfWork) -> HolidayProvider:
    """The calendar inside an existing unit of work (no permission needed: it is public data)."""
    rows = uow.session.execute(select(Holiday.day, Holiday.kind)).all()
    return LabCalendar({day: kind for day, kind in rows})


def load_calendar(ctx: ServiceContext) -> LabCalendar:
    with ctx.uow() as uow:
        rows = uow.session.execute(select(Holiday.day, Holiday.kind)).all()
        return LabCalendar({day: kind for day, kind in rows})


@dataclass(frozen=True)
class HolidayInfo:
    day: dt.date
    kind: str
    name: str


def list_holidays(ctx: ServiceContext, actor: Actor, year: int | None = None) -> list[HolidayInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_PLANS if actor.can(Permission.VIEW_PLANS) else Permission.MANAGE_SETTINGS)
        query = select(Holiday).order_by(Holiday.day)
        if year is not None:
            query = query.where(Holiday.day >= dt.date(year, 1, 1), Holiday.day <= dt.date(year, 12, 31))
        return [HolidayInfo(h.day, h.kind, h.name) for h in uow.session.scalars(query)]


def _editor_permission(actor: Actor) -> Permission:
    """The system administrator or the quality manager (who owns plans and their deadlines) edits the table."""
    return Permission.MANAGE_PLANS if actor.can(Permission.MANAGE_PLANS) else Permission.MANAGE_SETTINGS


def set_holiday(ctx: ServiceContext, actor: Actor, day: dt.date, kind: str, name: str = "") -> HolidayInfo:
    """Add or change one day of the table (``kind``: holiday 法定节假日 | workday 调休上班)."""
    if kind not in KINDS:
        raise InputError("类型", f"应为「法定节假日」或「调休上班」，实际为 {kind!r}。")
    with ctx.uow() as uow:
        authorize(uow, actor, _editor_permission(actor))
        row = uow.session.get(Holiday, day)
        before = None if row is None else {"kind": row.kind, "name": row.name}
        if row is None:
            row = Holiday(day=day, kind=kind, name=name.strip())
            uow.session.add(row)
        else:
            row.kind = kind
            row.name = name.strip()
        audit.record(uow, ctx, actor, "holiday.set", "holiday", day.isoformat(),
                     f"{day.isoformat()} 设为{KINDS[kind]}", details={"before": before, "kind": kind, "name": name})
        uow.commit()
        return HolidayInfo(day, kind, name.strip())


def delete_holiday(ctx: ServiceContext, actor: Actor, day: dt.date) -> None:
    with ctx.uow() as uow:
        authorize(uow, actor, _editor_permission(actor))
        row = uow.session.get(Holiday, day)
        if row is None:
            raise NotFound(f"节假日表中没有 {day.isoformat()}。")
        audit.record(uow, ctx, actor, "holiday.deleted", "holiday", day.isoformat(), f"删除 {day.isoformat()}",
                     details={"kind": row.kind, "name": row.name})
        uow.session.delete(row)
        uow.commit()
