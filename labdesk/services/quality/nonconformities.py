"""不符合工作: opened automatically (control failure, Westgard violation, refused use of equipment)
or by hand; cause, correction, corrective action and verification are recorded; the quality
manager closes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError, LabDeskError, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Nonconformity, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.numbering import next_value

SOURCES_ZH = {"control": "质控样失控", "westgard": "控制图规则违背", "equipment": "试图使用停用设备",
              "environment": "环境条件超出", "authorisation": "未授权人员操作", "manual": "人工登记"}
FIELDS_ZH = {"cause": "原因分析", "correction": "纠正", "corrective_action": "纠正措施", "verification": "效果验证"}


@dataclass(frozen=True)
class NonconformityInfo:
    id: int
    nc_no: str
    source: str
    source_zh: str
    title: str
    description: str
    cause: str
    correction: str
    corrective_action: str
    verification: str
    state: str
    opened_by: str
    opened_at: dt.datetime
    closed_by: str
    closed_at: dt.datetime | None
    refs: dict[str, Any]


def _name(uow: UnitOfWork, user_id: int | None) -> str:
    user = uow.session.get(User, user_id) if user_id else None
    return user.full_name if user else "系统"


def _info(uow: UnitOfWork, row: Nonconformity) -> NonconformityInfo:
    return NonconformityInfo(row.id, row.nc_no, row.source, SOURCES_ZH.get(row.source, row.source), row.title,
                             row.description, row.cause, row.correction, row.corrective_action, row.verification,
                             row.state, _name(uow, row.opened_by), row.opened_at, _name(uow, row.closed_by),
                             row.closed_at, dict(row.refs or {}))


def open_in(uow: UnitOfWork, ctx: ServiceContext, actor: Actor | None, *, source: str, title: str,
            description: str = "", refs: dict[str, Any] | None = None) -> Nonconformity:
    """Open a nonconformity inside the caller's unit of work (automatic openings)."""
    now = ctx.now()
    number = f"NC{ctx.today().year}-{next_value(uow, f'nonconformity:{ctx.today().year}'):04d}"
    row = Nonconformity(nc_no=number, source=source, title=title[:300], description=description,
                        refs=dict(refs or {}), state="open", opened_by=actor.user_id if actor else None,
                        opened_at=now)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, ctx, actor, "quality.nc_opened", "nonconformity", row.id, f"登记不符合工作 {number}：{title}",
                 details={"source": source, "refs": dict(refs or {})})
    return row


def refuse_and_record(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, error: LabDeskError, *,
                      source: str, title: str, refs: dict[str, Any]) -> None:
    """Undo the caller's unsaved work, keep a record of the refused attempt, then raise ``error``."""
    uow.session.rollback()
    audit.record(uow, ctx, actor, f"quality.refused_{source}", "quality", refs.get("sample_id", "-"), str(error),
                 details=refs)
    open_in(uow, ctx, actor, source=source, title=title, description=str(error), refs=refs)
    uow.commit()
    raise error


def open_manual(ctx: ServiceContext, actor: Actor, title: str, description: str = "") -> NonconformityInfo:
    if not title.strip():
        raise InputError("标题", "不能为空。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        row = open_in(uow, ctx, actor, source="manual", title=title.strip(), description=description.strip())
        info = _info(uow, row)
        uow.commit()
        return info


def update(ctx: ServiceContext, actor: Actor, nc_id: int, **fields: str) -> NonconformityInfo:
    """Record cause, correction, corrective action, verification (quality manager)."""
    unknown = set(fields) - set(FIELDS_ZH)
    if unknown:
        raise InputError("字段", f"未知字段：{'、'.join(sorted(unknown))}。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        row = uow.get(Nonconformity, nc_id, "不符合工作")
        if row.state == "closed":
            raise StateError(f"不符合工作 {row.nc_no} 已关闭，不能修改。")
        changes = {}
        for key, value in fields.items():
            if getattr(row, key) != value.strip():
                changes[key] = {"old": getattr(row, key), "new": value.strip()}
                setattr(row, key, value.strip())
        if changes:
            audit.record(uow, ctx, actor, "quality.nc_updated", "nonconformity", row.id,
                         f"更新不符合工作 {row.nc_no}：{'、'.join(FIELDS_ZH[k] for k in changes)}", details=changes)
        uow.flush()
        info = _info(uow, row)
        uow.commit()
        return info


def close(ctx: ServiceContext, actor: Actor, nc_id: int) -> NonconformityInfo:
    """Close: cause, correction and verification must be recorded first."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        row = uow.get(Nonconformity, nc_id, "不符合工作")
        if row.state == "closed":
            raise StateError(f"不符合工作 {row.nc_no} 已关闭。")
        missing = [FIELDS_ZH[k] for k in ("cause", "correction", "verification") if not getattr(row, k).strip()]
        if missing:
            raise StateError(f"不符合工作 {row.nc_no} 尚未填写{'、'.join(missing)}，不能关闭。")
        row.state = "closed"
        row.closed_by = actor.user_id
        row.closed_at = ctx.now()
        audit.record(uow, ctx, actor, "quality.nc_closed", "nonconformity", row.id, f"关闭不符合工作 {row.nc_no}")
        uow.flush()
        info = _info(uow, row)
        uow.commit()
        return info


def list_nonconformities(ctx: ServiceContext, actor: Actor, *, open_only: bool = False) -> list[NonconformityInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        stmt = select(Nonconformity).order_by(Nonconformity.id.desc())
        if open_only:
            stmt = stmt.where(Nonconformity.state == "open")
        return [_info(uow, row) for row in uow.session.scalars(stmt)]


def open_in_uow(uow: UnitOfWork) -> list[Nonconformity]:
    return list(uow.session.scalars(select(Nonconformity).where(Nonconformity.state == "open")
                                    .order_by(Nonconformity.opened_at)))
