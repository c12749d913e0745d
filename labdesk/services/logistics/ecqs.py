"""e-CQS entry records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from labdesk.domain.errors import InputError, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Sample,
)
from labdesk.persistence.models.logistics import EcqsEntry
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import (
    _not_future,
    _sample,
)

# ---------------------------------------------------------------------------------------------
# e-CQS entry records


def mark_ecqs_entered(ctx: ServiceContext, actor: Actor, sample_ids: Sequence[int], kind: str,
                      entered_on: dt.date | None = None) -> int:
    """Record that sampling information (``sampling``) or results (``results``) were entered in e-CQS."""
    if kind not in ("sampling", "results"):
        raise InputError("e-CQS 录入类型", "应为「抽样信息」或「检验结果」。")
    entered_on = entered_on or ctx.today()
    _not_future(ctx, entered_on, "e-CQS 录入日期")
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


def mark_plan_ecqs_entered(ctx: ServiceContext, actor: Actor, plan_id: int, kind: str,
                           entered_on: dt.date | None = None) -> int:
    """Mark every eligible sample of a plan (sampling: not rejected; results: reported) as entered in e-CQS."""
    with ctx.uow() as uow:
        query = select(Sample.id).where(Sample.plan_id == plan_id)
        query = query.where(Sample.state == "reported") if kind == "results" else query.where(Sample.state != "rejected")
        ids = list(uow.session.scalars(query))
    return mark_ecqs_entered(ctx, actor, ids, kind, entered_on)
