"""不合格 verdicts that rest only on unverified rules (issue 11 §1).

A failing item whose every failing rule is marked ``verified = false`` in the catalogue (a value the
reference rates L or "not found") must not reach a signed report unnoticed: signing such a sample is
refused until the quality manager has recorded an acknowledgement for that sample's current judging
snapshot, and the report then carries the acknowledgement as a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.judging.conclusion import is_symbol
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Sample, SampleEvaluation, User, VerdictAcknowledgement
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

_CST = dt.timezone(dt.timedelta(hours=8))
#: top-level keys under which the engine may list them (newest first); older records have neither
_TOP_LEVEL_KEYS = ("unverified_failures", "unverified_only_failures")


def unverified_failures(result: Mapping[str, Any]) -> list[str]:
    """Item codes whose 不合格 rests only on unverified rules, from a stored evaluation record.

    Uses the engine's own top-level list when the record has one; otherwise derives it from the
    rules applied per item; a record from before per-rule detail counts a failing item that used
    any unverified rule (the conservative reading).
    """
    for key in _TOP_LEVEL_KEYS:
        listed = result.get(key)
        if isinstance(listed, list):  # entries are {"item": code, "rules": [...]} (or bare codes)
            return [str(e.get("item")) if isinstance(e, Mapping) else str(e) for e in listed]
    out: list[str] = []
    items = result.get("items")
    if not isinstance(items, Mapping):
        return out
    for code, entry in items.items():
        if not isinstance(entry, Mapping) or entry.get("verdict") != "fail":
            continue
        rules = entry.get("rules")
        if isinstance(rules, list) and rules:
            failing = [r for r in rules if isinstance(r, Mapping) and r.get("verdict") == "fail"]
            if failing and all(r.get("verified") is False for r in failing):
                out.append(str(code))
        elif entry.get("verified") is False:
            out.append(str(code))
    return out


@dataclass(frozen=True)
class AckStatus:
    """What signing needs to know: the items concerned and whether the acknowledgement covers them."""

    items: tuple[str, ...]
    acknowledged: bool
    by: str = ""
    at: dt.datetime | None = None
    note: str = ""

    @property
    def needed(self) -> bool:
        return bool(self.items) and not self.acknowledged


def _latest_evaluation(uow: UnitOfWork, sample_id: int) -> SampleEvaluation | None:
    return uow.session.scalar(
        select(SampleEvaluation).where(SampleEvaluation.sample_id == sample_id)
        .order_by(SampleEvaluation.id.desc()).limit(1)
    )


def _latest_ack(uow: UnitOfWork, evaluation_id: int) -> VerdictAcknowledgement | None:
    return uow.session.scalar(
        select(VerdictAcknowledgement).where(VerdictAcknowledgement.evaluation_id == evaluation_id)
        .order_by(VerdictAcknowledgement.id.desc()).limit(1)
    )


def status(uow: UnitOfWork, sample_id: int) -> AckStatus:
    evaluation = _latest_evaluation(uow, sample_id)
    if evaluation is None or evaluation.verdict != "fail":
        return AckStatus((), False)
    items = tuple(unverified_failures(evaluation.result or {}))
    if not items:
        return AckStatus((), False)
    ack = _latest_ack(uow, evaluation.id)
    if ack is None or not set(items) <= {str(i) for i in ack.items or []}:
        return AckStatus(items, False)
    user = uow.session.get(User, ack.acknowledged_by)
    return AckStatus(items, True, user.full_name if user else "", ack.acknowledged_at, ack.note)


def _labels(sample: Sample, codes: Sequence[str], names: Mapping[str, str]) -> str:
    return "、".join(f"{names[c]}（{c}）" if names.get(c) and is_symbol(c, names[c])
                    else names.get(c) or c for c in codes)


def _item_names(uow: UnitOfWork, sample: Sample) -> dict[str, str]:
    from labdesk.services.testing import ruleset_for  # late: testing imports much of the service layer

    try:
        return {code: spec.name_zh for code, spec in ruleset_for(uow, sample).item_map.items()}
    except StateError:
        return {}


def check_signable(uow: UnitOfWork, sample: Sample) -> None:
    """Refuse signing while a 不合格 resting only on unverified rules is not acknowledged."""
    current = status(uow, sample.id)
    if current.needed:
        names = _item_names(uow, sample)
        raise RuleViolation(
            f"样品 {sample.sample_no} 的不合格判定（{_labels(sample, current.items, names)}）仅依据未经核实的"
            "判定规则（规则目录标记为未核实），须质量负责人确认后方可签发报告。"
        )


def report_note(uow: UnitOfWork, sample: Sample) -> str | None:
    """The note the report carries once acknowledged (None when nothing rests on unverified rules)."""
    current = status(uow, sample.id)
    if not current.items or not current.acknowledged:
        return None
    names = _item_names(uow, sample)
    when = current.at.astimezone(_CST).strftime("%Y年%m月%d日") if current.at else ""
    text = (f"{_labels(sample, current.items, names)}的不合格判定所依据的限值在判定规则目录中标记为未经核实"
            f"（须以标准原文为准），质量负责人{current.by}已于{when}确认")
    return text + (f"：{current.note}" if current.note else "。")


def acknowledge(ctx: ServiceContext, actor: Actor, sample_id: int, note: str) -> AckStatus:
    """The quality manager's recorded acknowledgement for the sample's current judging snapshot."""
    note = (note or "").strip()
    if not note:
        raise InputError("确认说明", "请写明确认的依据（例如已核对标准原文的条款）。")
    if len(note) > 1000:
        raise InputError("确认说明", "确认说明不能超过 1000 个字。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EDIT_RULESETS)
        sample = uow.get(Sample, sample_id, "样品")
        evaluation = _latest_evaluation(uow, sample.id)
        items = unverified_failures(evaluation.result or {}) if evaluation and evaluation.verdict == "fail" else []
        if evaluation is None or not items:
            raise StateError(f"样品 {sample.sample_no} 没有仅依据未核实规则的不合格判定，无需确认。")
        ack = VerdictAcknowledgement(sample_id=sample.id, evaluation_id=evaluation.id, items=list(items),
                                     note=note, acknowledged_by=actor.user_id, acknowledged_at=ctx.now())
        uow.session.add(ack)
        uow.flush()
        audit.record(uow, ctx, actor, "sample.unverified_verdict_acknowledged", "sample", sample.id,
                     f"质量负责人确认样品 {sample.sample_no} 依据未核实规则的不合格判定",
                     details={"items": list(items), "evaluation_id": evaluation.id}, reason=note)
        result = status(uow, sample.id)
        uow.commit()
        return result


def get_status(ctx: ServiceContext, actor: Actor, sample_id: int) -> AckStatus:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        return status(uow, sample_id)
