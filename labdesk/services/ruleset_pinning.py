"""Which rule-set version judges a sample (issue 11 §8).

A sample is judged by the version of its plan product's rule set that was in force when it was
accepted at intake.  A later change (a quality manager's override) reaches samples already received
only by an explicit, audited decision of the quality manager that lists them; the report states the
version used (``ReportData.ruleset_version``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, StateError
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import STATE_NAMES_ZH, SampleState
from labdesk.persistence.models import PlanProduct, RuleSetRevision, Sample
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

#: states in which a newer version may still be applied (not before acceptance, not once reported)
_OPEN_STATES = (
    SampleState.RECEIVED, SampleState.IN_TESTING, SampleState.SUBMITTED, SampleState.RETURNED,
    SampleState.APPROVED,
)


def current_revision(uow: UnitOfWork, plan_product_id: int) -> RuleSetRevision | None:
    return uow.session.scalar(
        select(RuleSetRevision).where(RuleSetRevision.plan_product_id == plan_product_id)
        .order_by(RuleSetRevision.id.desc()).limit(1)
    )


def pin_on_acceptance(uow: UnitOfWork, sample: Sample) -> str | None:
    """Fix the version the sample will be judged by; returns that version (None: no rule set)."""
    revision = current_revision(uow, sample.plan_product_id)
    if revision is None:
        return None
    sample.ruleset_revision_id = revision.id
    return revision.version


@dataclass(frozen=True)
class PinnedSample:
    sample_id: int
    sample_no: str
    state_zh: str
    version: str


@dataclass(frozen=True)
class VersionGap:
    """Samples received under an older version than the plan product's current one."""

    plan_product_id: int
    product_name_zh: str
    current_version: str
    samples: tuple[PinnedSample, ...]


def _gap(uow: UnitOfWork, product: PlanProduct) -> VersionGap:
    latest = current_revision(uow, product.id)
    if latest is None:
        return VersionGap(product.id, product.name_zh, product.ruleset_version, ())
    rows = uow.session.execute(
        select(Sample.id, Sample.sample_no, Sample.state, RuleSetRevision.version)
        .join(RuleSetRevision, RuleSetRevision.id == Sample.ruleset_revision_id)
        .where(Sample.plan_product_id == product.id, Sample.ruleset_revision_id != latest.id,
               Sample.state.in_([s.value for s in _OPEN_STATES]))
        .order_by(Sample.id)
    ).all()
    samples = tuple(PinnedSample(sid, no, STATE_NAMES_ZH[SampleState(state)], version)
                    for sid, no, state, version in rows)
    return VersionGap(product.id, product.name_zh, latest.version, samples)


def samples_on_older_versions(ctx: ServiceContext, actor: Actor, plan_product_id: int) -> VersionGap:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EDIT_RULESETS)
        return _gap(uow, uow.get(PlanProduct, plan_product_id, "计划产品"))


def apply_current_version(ctx: ServiceContext, actor: Actor, plan_product_id: int, sample_ids: Sequence[int],
                          reason: str) -> VersionGap:
    """The quality manager's decision: judge the listed samples by the current version from now on.

    Each listed sample is re-pinned and re-judged; the decision is audited with the list."""
    reason = (reason or "").strip()
    if not reason:
        raise InputError("理由", "将新版本判定规则用于已接收的样品须说明理由。")
    if not sample_ids:
        raise InputError("样品", "请选择要改用新版本判定规则的样品。")
    from labdesk.services.testing import evaluate_sample  # late: testing imports this module's callers

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EDIT_RULESETS)
        product = uow.get(PlanProduct, plan_product_id, "计划产品")
        gap = _gap(uow, product)
        eligible = {s.sample_id: s for s in gap.samples}
        wrong = [str(i) for i in sample_ids if i not in eligible]
        if wrong:
            raise StateError("以下样品不属于本产品在检、使用旧版本规则的样品，不能改用新版本："
                             + "、".join(wrong))
        latest = current_revision(uow, product.id)
        assert latest is not None  # eligible samples exist only when a revision does
        changed = []
        for sid in sample_ids:
            sample = uow.get(Sample, sid, "样品")
            sample.ruleset_revision_id = latest.id
            changed.append({"sample_no": sample.sample_no, "from": eligible[sid].version, "to": latest.version})
            uow.flush()
            evaluate_sample(uow, ctx, actor, sample)
        audit.record(uow, ctx, actor, "ruleset.version_applied", "plan_product", product.id,
                     f"{product.name_zh}：{len(changed)} 个在检样品改用判定规则版本 {latest.version}",
                     details={"samples": changed, "version": latest.version}, reason=reason)
        uow.flush()
        result = _gap(uow, product)
        uow.commit()
        return result
