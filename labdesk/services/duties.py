"""Separation of duties in the services: who took part in a sample, and the check every step calls.

The rules themselves live in :mod:`labdesk.domain.duties`; this module reads the
parties from the database (samplers, every person who entered, edited, deleted or
imported a result in any round, every reviewer) and the lab's policy setting.
"""

from __future__ import annotations

from sqlalchemy import select

from labdesk.domain.duties import (
    SETTING_SAMPLER_MAY_REVIEW_SIGN,
    DutyPolicy,
    SampleParties,
    Step,
    refusal,
)
from labdesk.domain.errors import DutySeparationError, InputError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    AuditEvent,
    Determination,
    ReviewAction,
    Sample,
    SampleSampler,
    Setting,
    TestItem,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

RESULT_ACTIONS = (
    "testing.determination_entered", "testing.determination_edited", "testing.determination_deleted",
    "testing.determination_imported", "testing.qualitative_set", "testing.item_redo",
)
REVIEW_ACTIONS = ("approve", "return")


def testers_of(uow: UnitOfWork, sample_id: int) -> set[int]:
    """Everybody who entered, edited, deleted, imported or submitted a result of the sample (any round)."""
    ids: set[int | None] = set(uow.session.scalars(
        select(Determination.entered_by).join(TestItem, TestItem.id == Determination.test_item_id)
        .where(TestItem.sample_id == sample_id, Determination.entered_by.is_not(None))
    ))
    ids |= set(uow.session.scalars(
        select(TestItem.tester_id).where(TestItem.sample_id == sample_id, TestItem.tester_id.is_not(None))
    ))
    ids |= set(uow.session.scalars(
        select(AuditEvent.user_id).where(AuditEvent.entity_type == "sample",
                                         AuditEvent.entity_id == str(sample_id),
                                         AuditEvent.action.in_(RESULT_ACTIONS))
    ))
    ids |= set(uow.session.scalars(
        select(ReviewAction.user_id).where(ReviewAction.sample_id == sample_id, ReviewAction.action == "submit")
    ))
    return {i for i in ids if i is not None}


def reviewers_of(uow: UnitOfWork, sample_id: int) -> set[int]:
    return {i for i in uow.session.scalars(
        select(ReviewAction.user_id).where(ReviewAction.sample_id == sample_id,
                                           ReviewAction.action.in_(REVIEW_ACTIONS))
    ) if i is not None}


def samplers_of(uow: UnitOfWork, sample_id: int) -> set[int]:
    return {i for i in uow.session.scalars(
        select(SampleSampler.user_id).where(SampleSampler.sample_id == sample_id, SampleSampler.user_id.is_not(None))
    ) if i is not None}


def parties_of(uow: UnitOfWork, sample_id: int) -> SampleParties:
    return SampleParties(frozenset(samplers_of(uow, sample_id)), frozenset(testers_of(uow, sample_id)),
                         frozenset(reviewers_of(uow, sample_id)))


def policy(uow: UnitOfWork) -> DutyPolicy:
    row = uow.session.get(Setting, SETTING_SAMPLER_MAY_REVIEW_SIGN)
    return DutyPolicy(sampler_may_review_sign=bool(row.value) if row is not None else False)


def check(uow: UnitOfWork, actor: Actor, sample: Sample, step: Step) -> None:
    """Raise :class:`DutySeparationError` naming the rule when ``actor`` may not do ``step`` on ``sample``."""
    found = refusal(actor.user_id, step, parties_of(uow, sample.id), policy(uow), sample.blind_code)
    if found is not None:
        raise DutySeparationError(found.message, rule=found.rule)


def refusal_text(uow: UnitOfWork, actor: Actor, sample: Sample, step: Step) -> str:
    """The refusal message (for a queue's hint), empty when allowed."""
    found = refusal(actor.user_id, step, parties_of(uow, sample.id), policy(uow), sample.blind_code)
    return found.message if found is not None else ""


def sampler_may_review_sign(ctx: ServiceContext) -> bool:
    with ctx.uow() as uow:
        return policy(uow).sampler_may_review_sign


def set_sampler_may_review_sign(ctx: ServiceContext, actor: Actor, allowed: bool, reason: str) -> None:
    """Quality manager only: allow (or forbid again) samplers to review and sign their samples."""
    reason = (reason or "").strip()
    if not reason:
        raise InputError("理由", "修改职责分离规则须说明理由。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_DUTY_RULES)
        row = uow.session.get(Setting, SETTING_SAMPLER_MAY_REVIEW_SIGN)
        before = bool(row.value) if row is not None else False
        if row is None:
            uow.session.add(Setting(key=SETTING_SAMPLER_MAY_REVIEW_SIGN, value=bool(allowed), updated_at=ctx.now(),
                                    updated_by=actor.user_id))
        else:
            row.value = bool(allowed)
            row.updated_at = ctx.now()
            row.updated_by = actor.user_id
        audit.record(uow, ctx, actor, "setting.changed", "setting", SETTING_SAMPLER_MAY_REVIEW_SIGN,
                     "允许抽样人员审核、签发其抽取的样品" if allowed else "禁止抽样人员审核、签发其抽取的样品",
                     details={"before": before, "after": bool(allowed)}, reason=reason)
        uow.commit()
