"""Correcting a registered sample (issue 13 item 2).

Before testing (已登记 / 已接收) the receptionist corrects the registration at once.  Once testing has
begun, a receptionist or tester asks for the correction and the quality manager approves it (never the
person who asked).  Every correction carries a reason, is audited, and re-runs the judging.  A sample
whose report is signed is corrected through a report amendment instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import DutySeparationError, InputError, PermissionDenied, StateError
from labdesk.domain.judging.engine import normalise_grade
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.judging_context import context_problems
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import STATE_NAMES_ZH, SampleState
from labdesk.persistence.models import PlanProduct, Sample, SampleCorrection, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.testing import evaluate_sample

# sample fields a correction may change (context.<key> for the rule set's judging conditions)
FIELDS: dict[str, tuple[str, int]] = {
    "declared_grade": ("标称等级", 20), "trademark": ("商标", 100), "specification": ("规格型号", 100),
    "batch_no": ("批号", 100), "executed_standard": ("执行标准", 200), "licence_no": ("生产许可证编号", 100),
    "remarks": ("备注", 2000),
}
BEFORE_TESTING = frozenset({SampleState.REGISTERED.value, SampleState.RECEIVED.value})
AFTER_TESTING = frozenset({SampleState.IN_TESTING.value, SampleState.SUBMITTED.value, SampleState.RETURNED.value,
                           SampleState.APPROVED.value})
STATE_NAMES = {"pending": "待批准", "applied": "已更正", "refused": "未批准"}


@dataclass(frozen=True)
class CorrectionInfo:
    id: int
    sample_id: int
    sample_no: str
    state: str
    state_name: str
    changes: tuple[tuple[str, str, str], ...]  # (label, before, after)
    reason: str
    requested_by: str
    requested_at: dt.datetime
    decided_by: str
    decision_note: str


@dataclass(frozen=True)
class CorrectionResult:
    correction: CorrectionInfo
    applied: bool  # False: waits for the quality manager's approval
    verdict: str | None  # the sample's verdict after the judging re-ran (None: not yet judged)


def _ruleset(uow: UnitOfWork, sample: Sample) -> RuleSet | None:
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    return RuleSet.from_dict(product.ruleset) if product is not None and product.ruleset is not None else None


def field_label(ruleset: RuleSet | None, name: str) -> str:
    if name.startswith("context."):
        key = name.removeprefix("context.")
        var = next((v for v in ruleset.context if v.key == key), None) if ruleset is not None else None
        return var.label_zh if var is not None else key
    return FIELDS[name][0] if name in FIELDS else name


def _current(sample: Sample, name: str) -> str:
    if name.startswith("context."):
        return str((sample.context or {}).get(name.removeprefix("context."), ""))
    return str(getattr(sample, name) or "")


def _clean(uow: UnitOfWork, sample: Sample, changes: Mapping[str, str], reason: str) -> dict[str, str]:
    """The changes that differ from the sample, validated; refuses unknown fields and bad values."""
    if not reason.strip():
        raise InputError("reason", "更正理由：必填。")
    ruleset = _ruleset(uow, sample)
    allowed = set(FIELDS) | {f"context.{v.key}" for v in (ruleset.context if ruleset is not None else ())}
    cleaned: dict[str, str] = {}
    for name, value in changes.items():
        if name not in allowed:
            raise InputError(name, "该项不能通过更正修改。")
        text = str(value).strip()
        if name in FIELDS and len(text) > FIELDS[name][1]:
            raise InputError(name, f"{FIELDS[name][0]}：最多 {FIELDS[name][1]} 个字符。")
        if text != _current(sample, name):
            cleaned[name] = text
    if not cleaned:
        raise InputError("changes", "没有需要更正的内容：新值与现有登记信息相同。")
    if ruleset is not None:
        context = {**(sample.context or {}),
                   **{k.removeprefix("context."): v for k, v in cleaned.items() if k.startswith("context.")}}
        problems = context_problems(ruleset, context)
        if problems:
            raise InputError(problems[0].field, problems[0].message)
        if cleaned.get("declared_grade"):
            normalise_grade(ruleset, cleaned["declared_grade"])
    return cleaned


def _apply(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample, row: SampleCorrection) -> str | None:
    context = dict(sample.context or {})
    for name, value in row.changes.items():
        if name.startswith("context."):
            key = name.removeprefix("context.")
            if value:
                context[key] = value
            else:
                context.pop(key, None)
        else:
            setattr(sample, name, value or (None if name == "declared_grade" else ""))
    sample.context = context
    row.state = "applied"
    return _rejudge(uow, ctx, actor, sample)


def _rejudge(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample) -> str | None:
    """Re-run the judging on the corrected data when the sample has results; an approved sample goes back to
    review when its verdict changed (the reviewer approved another verdict)."""
    if sample.state in BEFORE_TESTING:
        return sample.verdict
    before = sample.verdict
    try:
        evaluate_sample(uow, ctx, actor, sample)
    except InputError:
        sample.verdict = None
    if sample.state == SampleState.APPROVED.value and sample.verdict != before:
        sample.state = SampleState.SUBMITTED.value
    return sample.verdict


def _info(uow: UnitOfWork, row: SampleCorrection, sample: Sample) -> CorrectionInfo:
    ruleset = _ruleset(uow, sample)
    names = {u.id: u.full_name for u in uow.session.scalars(
        select(User).where(User.id.in_([i for i in (row.requested_by, row.decided_by) if i is not None])))}
    changes = tuple((field_label(ruleset, k), _display(ruleset, k, str(row.before.get(k, ""))),
                     _display(ruleset, k, str(v))) for k, v in row.changes.items())
    return CorrectionInfo(row.id, sample.id, sample.sample_no, row.state, STATE_NAMES[row.state], changes,
                          row.reason, names.get(row.requested_by, ""), row.requested_at,
                          names.get(row.decided_by, "") if row.decided_by else "", row.decision_note)


def _display(ruleset: RuleSet | None, name: str, value: str) -> str:
    """A stored value as the user knows it (choice labels, never keys); empty shows as —."""
    if name.startswith("context.") and ruleset is not None:
        var = next((v for v in ruleset.context if v.key == name.removeprefix("context.")), None)
        if var is not None and value in var.choices:
            index = var.choices.index(value)
            if index < len(var.choice_labels_zh):
                return var.choice_labels_zh[index]
    return value or "—"


def correct_sample(ctx: ServiceContext, actor: Actor, sample_id: int, changes: Mapping[str, str],
                   reason: str) -> CorrectionResult:
    """Correct at once before testing; after testing began, file a request for the quality manager."""
    with ctx.uow() as uow:
        sample = uow.get(Sample, sample_id, "样品")
        if sample.state in BEFORE_TESTING:
            authorize(uow, actor, Permission.REGISTER_SAMPLE)
        elif sample.state in AFTER_TESTING:
            # the receptionist or the tester asks; the quality manager approves (decide_correction)
            tester_only = actor.can(Permission.ENTER_RESULTS) and not actor.can(Permission.REGISTER_SAMPLE)
            authorize(uow, actor, Permission.ENTER_RESULTS if tester_only else Permission.REGISTER_SAMPLE)
        elif sample.state == SampleState.REPORTED.value:
            raise StateError("报告已签发：登记信息的更正请通过报告更正（修订版报告）办理。")
        else:
            raise StateError(f"样品{STATE_NAMES_ZH[SampleState(sample.state)]}，不能更正。")
        cleaned = _clean(uow, sample, changes, reason)
        row = SampleCorrection(sample_id=sample.id, changes=cleaned,
                               before={k: _current(sample, k) for k in cleaned}, reason=reason.strip(),
                               sample_state=sample.state, requested_by=actor.user_id, requested_at=ctx.now())
        uow.session.add(row)
        applied = sample.state in BEFORE_TESTING
        verdict = _apply(uow, ctx, actor, sample, row) if applied else sample.verdict
        if applied:
            row.decided_by, row.decided_at = actor.user_id, ctx.now()
        uow.session.flush()
        what = "更正登记信息" if applied else "申请更正登记信息（待质量负责人批准）"
        audit.record(uow, ctx, actor, "sample.corrected" if applied else "sample.correction_requested", "sample",
                     sample.id, f"{what} {sample.sample_no}", reason=reason.strip(),
                     details={"correction": row.id, "before": row.before, "after": cleaned})
        info = _info(uow, row, sample)
        uow.commit()
        return CorrectionResult(info, applied, verdict)


def decide_correction(ctx: ServiceContext, actor: Actor, correction_id: int, *, approve: bool,
                      note: str = "") -> CorrectionResult:
    """The quality manager approves (applies and re-judges) or refuses a pending correction."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.APPROVE_CORRECTION)
        row = uow.get(SampleCorrection, correction_id, "更正申请")
        if row.state != "pending":
            raise StateError(f"该更正申请{STATE_NAMES[row.state]}，不能再次处理。")
        if row.requested_by == actor.user_id:
            raise DutySeparationError("不能批准自己提出的更正申请：请由另一位质量负责人批准。",
                                      rule="correction_requester_approves")
        if not approve and not note.strip():
            raise InputError("note", "不批准时请写明理由。")
        sample = uow.get(Sample, row.sample_id, "样品")
        if sample.state not in AFTER_TESTING | BEFORE_TESTING:
            raise StateError(f"样品已{STATE_NAMES_ZH[SampleState(sample.state)]}，该更正不能再执行。")
        row.decided_by, row.decided_at, row.decision_note = actor.user_id, ctx.now(), note.strip()
        verdict = sample.verdict
        if approve:
            row.before = {k: _current(sample, k) for k in row.changes}
            verdict = _apply(uow, ctx, actor, sample, row)
        else:
            row.state = "refused"
        audit.record(uow, ctx, actor, "sample.correction_approved" if approve else "sample.correction_refused",
                     "sample", sample.id, f"{'批准' if approve else '不批准'}更正 {sample.sample_no}",
                     reason=note.strip() or row.reason, details={"correction": row.id, "after": row.changes})
        info = _info(uow, row, sample)
        uow.commit()
        return CorrectionResult(info, approve, verdict)


def pending_corrections(ctx: ServiceContext, actor: Actor) -> list[CorrectionInfo]:
    """The requests waiting for the quality manager, oldest first."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.APPROVE_CORRECTION)
        rows = list(uow.session.scalars(select(SampleCorrection).where(SampleCorrection.state == "pending")
                                        .order_by(SampleCorrection.id)))
        return [_info(uow, row, uow.get(Sample, row.sample_id, "样品")) for row in rows]


def correctable_fields(ctx: ServiceContext, actor: Actor, sample_id: int) -> list[tuple[str, str, str, tuple[
        tuple[str, str], ...]]]:
    """(field, label, current value, choices as (value, label)) for the correction dialog."""
    with ctx.uow() as uow:
        if not (actor.can(Permission.REGISTER_SAMPLE) or actor.can(Permission.ENTER_RESULTS)):
            raise PermissionDenied("权限不足：没有更正样品信息的权限。", permission=Permission.REGISTER_SAMPLE)
        sample = uow.get(Sample, sample_id, "样品")
        ruleset = _ruleset(uow, sample)
        out: list[tuple[str, str, str, tuple[tuple[str, str], ...]]] = []
        for var in ruleset.context if ruleset is not None else ():
            labels = list(var.choice_labels_zh) + list(var.choices[len(var.choice_labels_zh):])
            out.append((f"context.{var.key}", var.label_zh, _current(sample, f"context.{var.key}"),
                        tuple(zip(var.choices, labels, strict=False))))
        for name, (label, _limit) in FIELDS.items():
            out.append((name, label, _current(sample, name), ()))
        return out


def history(uow: UnitOfWork, sample_id: int) -> list[dict[str, Any]]:
    """Every correction of a sample (for its record)."""
    rows = uow.session.scalars(select(SampleCorrection).where(SampleCorrection.sample_id == sample_id)
                               .order_by(SampleCorrection.id))
    return [{"id": r.id, "state": r.state, "changes": r.changes, "before": r.before, "reason": r.reason}
            for r in rows]
