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


def history(
    ctx: ServiceContext, actor: Actor, entity_type: str, entity_id: object, *,
    permission: Permission = Permission.VIEW_AUDIT,
) -> list[AuditEntry]:
    """Events for one record, oldest first (callers pass the permission their screen needs)."""
    from labdesk.services.auth import authorize

    with ctx.uow() as uow:
        authorize(uow, actor, permission)
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
