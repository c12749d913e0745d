"""Environment: temperature and humidity per room (typed or imported from a CSV), the range each
item's method requires, and the check at result entry (out of range → flagged, needs a reason)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from labdesk.domain.errors import InputError
from labdesk.domain.numbers import parse_decimal
from labdesk.domain.permissions import Permission
from labdesk.domain.quality.environment import READING_WINDOW_HOURS, Requirement, problems
from labdesk.persistence.models import EnvironmentReading, EnvironmentRequirement
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import BEIJING, Actor, ServiceContext


class EnvironmentReasonRequired(InputError):
    """The room was out of the method's range: the result needs a written reason."""

    code = "environment_reason"


@dataclass(frozen=True)
class ReadingInfo:
    room: str
    at: dt.datetime
    temperature: str
    humidity: str
    source: str


def _opt(text: str | None, label: str) -> Decimal | None:
    return parse_decimal(text, label) if text is not None and str(text).strip() else None


def set_requirement(ctx: ServiceContext, actor: Actor, item_code: str, room: str, *, t_min: str = "",
                    t_max: str = "", rh_max: str = "") -> Requirement:
    if not item_code.strip() or not room.strip():
        raise InputError("项目与房间", "不能为空。")
    req = Requirement(room.strip(), _opt(t_min, "最低温度"), _opt(t_max, "最高温度"), _opt(rh_max, "最高湿度"))
    if req.t_min is not None and req.t_max is not None and req.t_min > req.t_max:
        raise InputError("温度范围", "最低温度不能高于最高温度。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        row = uow.session.get(EnvironmentRequirement, item_code.strip()) or EnvironmentRequirement(
            item_code=item_code.strip())
        row.room, row.t_min, row.t_max, row.rh_max = (req.room, t_min.strip() or None, t_max.strip() or None,
                                                      rh_max.strip() or None)
        uow.session.add(row)
        audit.record(uow, ctx, actor, "quality.environment_requirement", "environment_requirement", item_code,
                     f"{item_code} 环境要求：{req.room} {req.text_zh()}")
        uow.commit()
        return req


def record_reading(ctx: ServiceContext, actor: Actor, room: str, temperature: str, humidity: str = "",
                   at: dt.datetime | None = None) -> ReadingInfo:
    if not room.strip():
        raise InputError("房间", "不能为空。")
    parse_decimal(temperature, "温度")
    if humidity.strip() and not 0 <= parse_decimal(humidity, "相对湿度") <= 100:
        raise InputError("相对湿度", "应在 0～100 % 之间。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        row = _add(uow, ctx, actor, room.strip(), at or ctx.now(), temperature.strip(), humidity.strip(), "manual")
        uow.commit()
        return row


def _add(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, room: str, at: dt.datetime, t: str, rh: str,
         source: str) -> ReadingInfo:
    uow.session.add(EnvironmentReading(room=room[:50], at=at, temperature=t, humidity=rh, source=source,
                                       recorded_by=actor.user_id))
    audit.record(uow, ctx, actor, "quality.environment_reading", "environment", room,
                 f"{room} {at.astimezone(BEIJING):%Y-%m-%d %H:%M} 温度 {t} ℃" + (f" 湿度 {rh} %" if rh else ""))
    return ReadingInfo(room, at, t, rh, source)


def import_csv(ctx: ServiceContext, actor: Actor, raw: bytes) -> int:
    """A logger export: columns 房间, 时间 (YYYY-MM-DD HH:MM, Beijing time), 温度, 湿度; all rows or none."""
    from labdesk.services.instruments import decode_text

    text = decode_text(raw, "auto")
    reader = csv.DictReader(io.StringIO(text))
    missing = {"房间", "时间", "温度"} - set(reader.fieldnames or ())
    if missing:
        raise InputError("文件表头", f"缺少列：{'、'.join(sorted(missing))}。")
    rows = []
    for line, rec in enumerate(reader, start=2):
        try:
            at = dt.datetime.strptime(rec["时间"].strip(), "%Y-%m-%d %H:%M").replace(tzinfo=BEIJING)
        except ValueError:
            raise InputError(f"第{line}行", f"时间「{rec['时间']}」应为 YYYY-MM-DD HH:MM。") from None
        parse_decimal(rec["温度"], f"第{line}行 温度")
        rh = (rec.get("湿度") or "").strip()
        if rh:
            parse_decimal(rh, f"第{line}行 湿度")
        rows.append((rec["房间"].strip(), at, rec["温度"].strip(), rh))
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        for room, at, t, rh in rows:
            _add(uow, ctx, actor, room, at, t, rh, "import")
        uow.commit()
    return len(rows)


def list_readings(ctx: ServiceContext, actor: Actor, limit: int = 300) -> list[ReadingInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        rows = uow.session.scalars(select(EnvironmentReading).order_by(EnvironmentReading.at.desc()).limit(limit))
        return [ReadingInfo(r.room, r.at, r.temperature, r.humidity, r.source) for r in rows]


def flag_for(uow: UnitOfWork, ctx: ServiceContext, item_code: str) -> str:
    """"" when the item has no requirement or the room is in range now; otherwise what is wrong."""
    row = uow.session.get(EnvironmentRequirement, item_code)
    if row is None:
        return ""
    req = Requirement(row.room, _opt(row.t_min, "t_min"), _opt(row.t_max, "t_max"), _opt(row.rh_max, "rh_max"))
    now = ctx.now()
    reading = uow.session.scalar(
        select(EnvironmentReading).where(EnvironmentReading.room == row.room, EnvironmentReading.at <= now,
                                         EnvironmentReading.at >= now - dt.timedelta(hours=READING_WINDOW_HOURS))
        .order_by(EnvironmentReading.at.desc()).limit(1))
    if reading is None:
        return f"{row.room}近 {READING_WINDOW_HOURS} 小时没有温湿度记录（要求：{req.text_zh()}）"
    found = problems(req, _opt(reading.temperature, "温度"), _opt(reading.humidity, "湿度"))
    return f"{row.room}{'；'.join(found)}（要求：{req.text_zh()}）" if found else ""
