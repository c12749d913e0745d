"""A cheap change counter for benches that refresh themselves (issue 13 item 14).

Every change in LabDesk is audited, so the newest audit event's id moves whenever
another bench changes anything: one indexed ``max(id)`` query, polled every few seconds.
"""

from __future__ import annotations

from sqlalchemy import func, select

from labdesk.persistence.models import AuditEvent
from labdesk.services.context import Actor, ServiceContext


def change_counter(ctx: ServiceContext, actor: Actor) -> int:
    """The newest audit event's id (0 for an empty trail); reveals nothing but that a change happened."""
    del actor  # any logged-in user may know that something changed
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.max(AuditEvent.id))) or 0)
