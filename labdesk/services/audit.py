"""The audit trail: every change goes through ``record``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from labdesk.domain.permissions import Permission
from labdesk.persistence.models import AuditEvent
from labdesk.persistence.uow import UnitOfWork
from labdesk.services.context import Actor, ServiceContext


def record(
    uow: UnitOfWork,
    ctx: ServiceContext,
    actor: Actor | None,
    action: str,
    entity_type: str,
    entity_id: object,
    summary: str = "",
    *,
    details: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    uow.session.add(
        AuditEvent(
            at=ctx.now(),
            user_id=actor.user_id if actor else None,
            username=actor.username if actor else "system",
            workstation=ctx.workstation,
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id),
            summary=summary,
            details=details or {},
            reason=reason,
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    username: str
    workstation: str
    action: str
    entity_type: str
    entity_id: str
    summary: str
    details: dict[str, Any]
    reason: str | None


def _entry(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        event.at, event.username, event.workstation, event.action, event.entity_type, event.entity_id,
        event.summary, dict(event.details or {}), event.reason,
    )


# Who may read which trail besides the auditors (VIEW_AUDIT): decided here, never by the caller.
HISTORY_READERS: dict[str, tuple[Permission, ...]] = {
    "sample": (Permission.VIEW_SAMPLE_DETAILS,),  # intake events name the enterprise: not for blind testers
    "report": (Permission.VIEW_REPORTS,),
}


def history(ctx: ServiceContext, actor: Actor, entity_type: str, entity_id: object) -> list[AuditEntry]:
    """Events for one record, oldest first.

    Readable with 查看审计记录, or for samples with 查看样品抽样信息 and reports with 查看报告.
    """
    from labdesk.services.auth import authorize

    with ctx.uow() as uow:
        allowed = (Permission.VIEW_AUDIT, *HISTORY_READERS.get(entity_type, ()))
        held = next((p for p in allowed if actor.can(p)), Permission.VIEW_AUDIT)
        authorize(uow, actor, held)  # re-checked against the database, not the actor's claim
        rows = uow.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id))
            .order_by(AuditEvent.id)
        )
        return [_entry(row) for row in rows]


def recent(ctx: ServiceContext, actor: Actor, limit: int = 500) -> list[AuditEntry]:
    from labdesk.services.auth import authorize

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_AUDIT)
        rows = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
        return [_entry(row) for row in rows]
