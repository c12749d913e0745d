"""Amendments (更正报告) that correct what was wrong, reviewed and signed again.

1. ``propose_amendment`` (授权签字人 or whoever may amend): the corrections —
   sample description fields, re-determined results of items (with the reason of
   the re-determination), the conclusion text (a typo) — and why.  The engine
   re-judges the corrected results at once, so the proposal lists every change a
   reader will see, values and verdicts included.
2. ``review_amendment``: someone other than the proposer reviews it (approve or
   reject, with a note).  An approval is recorded as the sample's review, so the
   reviewer may not sign it (审核与签发分离).
3. ``sign_amendment``: in ONE transaction the corrections are applied (each field
   audited with before/after; a re-determination opens a new round, the old
   values stay, inactive), the sample is re-judged, the new revision
   ``<number>-A<n>`` is rendered with "replaces No. X", the reason and the list of
   changes, signed (PAdES) and registered; the old revision becomes superseded
   and stays in the register.  Deliveries of the sample are due again (the
   deliveries list compares each sending with the current report).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Determination,
    PlanProduct,
    ReviewAction,
    Sample,
    SampleEvaluation,
    TestItem,
)
from labdesk.persistence.models import Report as ReportRow
from labdesk.persistence.models.logistics import Amendment
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize, verify_password
from labdesk.services.context import Actor, ServiceContext

AMENDABLE_FIELDS = {
    "trademark": "商标", "specification": "规格型号", "batch_no": "批号", "sampling_place": "抽样地点",
    "base_quantity": "抽样基数", "sample_quantity": "抽样数量", "executed_standard": "执行标准", "remarks": "备注",
}
STATE_ZH = {"proposed": "待审核", "approved": "已审核待签发", "rejected": "审核未通过", "signed": "已签发"}
VERDICT_ZH = {"pass": "合格", "fail": "不合格"}


@dataclass(frozen=True)
class Change:
    what: str
    before: str
    after: str


@dataclass(frozen=True)
class AmendmentInfo:
    id: int
    report_id: int
    report_no: str
    sample_id: int
    state: str
    reason: str
    changes: tuple[Change, ...]
    new_report_id: int | None
    review_note: str

    @property
    def state_zh(self) -> str:
        return STATE_ZH.get(self.state, "—")

    @property
    def changes_zh(self) -> str:
        return "；".join(f"{c.what}：{c.before or '（空）'} → {c.after or '（空）'}" for c in self.changes)


def _info(uow: UnitOfWork, row: Amendment) -> AmendmentInfo:
    report = uow.session.get(ReportRow, row.report_id)
    return AmendmentInfo(row.id, row.report_id, report.full_no if report else "", row.sample_id, row.state,
                         row.reason, tuple(Change(**c) for c in row.changes or []), row.new_report_id,
                         row.review_note)


def _current_values(uow: UnitOfWork, sample_id: int) -> dict[str, list[str]]:
    from labdesk.services.logistics.retests import _original_determinations

    return _original_determinations(uow, sample_id)


def _judge(uow: UnitOfWork, sample: Sample, values: Mapping[str, Sequence[str]]) -> Any:
    from labdesk.domain.judging.engine import evaluate
    from labdesk.domain.judging.ruleset import RuleSet
    from labdesk.services.logistics.retests import _original_qualitative

    product = uow.session.get(PlanProduct, sample.plan_product_id)
    if product is None or product.ruleset is None:
        raise RuleViolation(f"计划产品「{sample.product_code}」没有采用的判定规则，无法重新判定。")
    ruleset = RuleSet.from_dict(product.ruleset)
    merged = _current_values(uow, sample.id) | {k: list(v) for k, v in values.items()}
    evaluation = evaluate(ruleset, context=dict(sample.context or {}), declared=sample.judging_declared(),
                          determinations=merged, qualitative=_original_qualitative(uow, sample.id),
                          catalogue_version=ruleset.catalogue_version)
    if evaluation.verdict not in ("pass", "fail"):
        raise RuleViolation("重新测定的结果不完整（平行测定超差或缺少必检项目），无法判定，请核对测定值。")
    return ruleset, evaluation


def _latest(uow: UnitOfWork, sample_id: int) -> SampleEvaluation | None:
    return uow.session.scalar(select(SampleEvaluation).where(SampleEvaluation.sample_id == sample_id)
                              .order_by(SampleEvaluation.id.desc()).limit(1))


def _clean_results(results: Mapping[str, Sequence[str]] | None) -> dict[str, list[str]]:
    from labdesk.domain.numbers import parse_decimal

    cleaned: dict[str, list[str]] = {}
    for code, values in (results or {}).items():
        texts = [str(v).strip() for v in values if str(v).strip()]
        for text in texts:
            parse_decimal(text, f"重新测定 {code}")
        if texts:
            cleaned[code] = texts
    return cleaned


def _field_changes(sample: Sample, fields: Mapping[str, str]) -> tuple[dict[str, str], list[dict[str, str]]]:
    wanted: dict[str, str] = {}
    changes: list[dict[str, str]] = []
    for key, value in fields.items():
        if key not in AMENDABLE_FIELDS:
            raise InputError("更正字段", f"「{key}」不能通过更正报告修改。")
        before, after = str(getattr(sample, key) or ""), str(value or "").strip()
        if after != before:
            wanted[key] = after
            changes.append({"what": AMENDABLE_FIELDS[key], "before": before, "after": after})
    return wanted, changes


def _result_changes(uow: UnitOfWork, sample: Sample, cleaned: dict[str, list[str]],
                    conclusion: str) -> list[dict[str, str]]:
    latest = _latest(uow, sample.id)
    before = (latest.result or {}) if latest is not None else {}
    changes: list[dict[str, str]] = []
    if cleaned:
        ruleset, evaluation = _judge(uow, sample, cleaned)
        names = {i.code: i.name_zh for i in ruleset.items}
        old_items = before.get("items") or {}
        for code, new in evaluation.items.items():
            old = old_items.get(code) or {}
            old_value = str(old.get("reported") or old.get("value") or "")
            new_value = str(new.reported if new.reported is not None else "")
            old_verdict, new_verdict = str(old.get("verdict") or ""), str(new.verdict)
            if (old_value, old_verdict) != (new_value, new_verdict):
                how = "（重新测定）" if code in cleaned else "（由重新测定数据计算）"
                changes.append({"what": f"{names.get(code, code)} {code}{how}",
                                "before": f"{old_value} {VERDICT_ZH.get(old_verdict, '')}".strip(),
                                "after": f"{new_value} {VERDICT_ZH.get(new_verdict, '')}".strip()})
        if evaluation.verdict != (latest.verdict if latest else None):
            changes.append({"what": "检验结论", "before": VERDICT_ZH.get(latest.verdict if latest else "", ""),
                            "after": VERDICT_ZH[evaluation.verdict]})
    if conclusion and conclusion != str(before.get("conclusion") or ""):
        changes.append({"what": "结论文字", "before": str(before.get("conclusion") or ""), "after": conclusion})
    return changes


def propose_amendment(
    ctx: ServiceContext, actor: Actor, report_id: int, *, reason: str, fields: Mapping[str, str] | None = None,
    results: Mapping[str, Sequence[str]] | None = None, result_reason: str = "", conclusion: str = "",
) -> AmendmentInfo:
    """Propose the corrections of a signed report; nothing changes until it is reviewed and signed."""
    reason = reason.strip()
    if not reason:
        raise InputError("更正原因", "请填写更正原因。")
    cleaned = _clean_results(results)
    if cleaned and not result_reason.strip():
        raise InputError("重新测定原因", "更正检验结果须写明重新测定的原因（如原始记录誊写错误）。")
    conclusion = conclusion.strip()
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.AMEND_REPORTS)
        old = uow.get(ReportRow, report_id, "报告")
        if old.state != "signed" or old.kind != "test":
            raise StateError(f"报告 {old.full_no} 不是现行有效的检验报告，不能更正。")
        if uow.session.scalar(select(Amendment.id).where(Amendment.report_id == old.id,
                                                         Amendment.state.in_(("proposed", "approved")))):
            raise RuleViolation(f"报告 {old.full_no} 已有待审核或待签发的更正。")
        sample = uow.get(Sample, old.sample_id, "样品")
        unknown = sorted(set(cleaned) - set(_current_values(uow, sample.id)))
        if unknown:
            raise InputError("重新测定项目", f"样品没有这些项目的测定记录：{'、'.join(unknown)}。")
        wanted, changes = _field_changes(sample, fields or {})
        changes += _result_changes(uow, sample, cleaned, conclusion)
        if not changes:
            raise InputError("更正内容", "没有任何更正：请修改样品信息、重新测定结果或结论文字。")
        row = Amendment(report_id=old.id, sample_id=sample.id, reason=reason, fields=wanted, results=cleaned,
                        result_reason=result_reason.strip(), conclusion=conclusion, changes=changes,
                        proposed_by=actor.user_id, proposed_at=ctx.now())
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "amendment.proposed", "report", old.id, f"提出更正报告 {old.full_no}",
                     reason=reason, details={"amendment_id": row.id, "changes": changes})
        uow.commit()
        return _info(uow, row)


def review_amendment(ctx: ServiceContext, actor: Actor, amendment_id: int, *, approve: bool,
                     note: str = "") -> AmendmentInfo:
    """Review a proposed amendment (not by its proposer); an approval counts as the sample's review."""
    note = note.strip()
    if not approve and not note:
        raise InputError("审核意见", "退回更正须写明理由。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REVIEW_RESULTS)
        row = uow.get(Amendment, amendment_id, "更正")
        if row.state != "proposed":
            raise StateError("只有待审核的更正才能审核。")
        if row.proposed_by == actor.user_id:
            raise RuleViolation("您提出了这项更正，须由其他审核人员审核（提出与审核分离）。")
        row.state = "approved" if approve else "rejected"
        row.reviewed_by, row.reviewed_at, row.review_note = actor.user_id, ctx.now(), note
        if approve:
            uow.session.add(ReviewAction(sample_id=row.sample_id, action="approve", user_id=actor.user_id,
                                         comment=f"更正审核通过：{note or row.reason}", at=ctx.now()))
        audit.record(uow, ctx, actor, f"amendment.{row.state}", "report", row.report_id,
                     "更正审核通过" if approve else "更正审核退回", reason=note or None,
                     details={"amendment_id": row.id})
        uow.commit()
        return _info(uow, row)


def _apply(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, row: Amendment, sample: Sample) -> None:
    """Apply the reviewed corrections to the sample (audited), re-determine and re-judge."""
    for key, value in (row.fields or {}).items():
        before = str(getattr(sample, key) or "")
        setattr(sample, key, value)
        audit.record(uow, ctx, actor, "sample.corrected", "sample", sample.id,
                     f"更正{AMENDABLE_FIELDS.get(key, key)}：{before} → {value}", reason=row.reason,
                     details={"field": key, "before": before, "after": value, "amendment_id": row.id})
    results: dict[str, list[str]] = dict(row.results or {})
    for code, values in results.items():
        item = uow.session.scalar(select(TestItem).where(TestItem.sample_id == sample.id, TestItem.item_code == code))
        if item is None:
            raise StateError(f"样品没有项目 {code} 的测定记录。")
        old = [d for d in item.determinations if d.active and d.round == item.round]
        for d in old:
            d.active = False
        item.round += 1
        for seq, text in enumerate(values, start=1):
            item.determinations.append(Determination(round=item.round, seq=seq, value_text=text,
                                                     entered_by=actor.user_id, entered_at=ctx.now()))
        audit.record(uow, ctx, actor, "result.redetermined", "sample", sample.id,
                     f"重新测定 {code}：{'、'.join(d.value_text for d in old)} → {'、'.join(values)}",
                     reason=row.result_reason or row.reason,
                     details={"item": code, "before": [d.value_text for d in old], "after": values,
                              "round": item.round, "amendment_id": row.id})
    latest = _latest(uow, sample.id)
    if not results and not row.conclusion:
        return
    if results:
        ruleset, evaluation = _judge(uow, sample, {})
        result = evaluation.to_record_dict()
        verdict, grade = evaluation.verdict, evaluation.grade
        versions = (ruleset.catalogue_version or "", ruleset.version)
    else:
        assert latest is not None
        result, verdict, grade = dict(latest.result or {}), latest.verdict, latest.grade
        versions = (latest.catalogue_version, latest.ruleset_version)
    if row.conclusion:
        result["conclusion"] = row.conclusion
    uow.session.add(SampleEvaluation(sample_id=sample.id, catalogue_version=versions[0], ruleset_version=versions[1],
                                     verdict=verdict, grade=grade, result=result, evaluated_at=ctx.now(),
                                     evaluated_by=actor.user_id))
    sample.verdict = verdict
    uow.flush()


def sign_amendment(ctx: ServiceContext, actor: Actor, amendment_id: int, *, password: str, passphrase: str,
                   out_dir: Path | None = None) -> Any:
    """Apply a reviewed amendment and sign the corrected revision (returns its ``reports.ReportInfo``)."""
    from labdesk.services import reports

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.SIGN_REPORTS)
    verify_password(ctx, actor, password)
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.SIGN_REPORTS)
        row = uow.get(Amendment, amendment_id, "更正")
        if row.state != "approved":
            raise StateError("更正尚未通过审核，不能签发。" if row.state == "proposed" else "这项更正不能再签发。")
        old = uow.get(ReportRow, row.report_id, "报告")
        if old.state != "signed":
            raise StateError(f"报告 {old.full_no} 已作废，不能再更正。")
        reports._review().check_may_sign(uow, actor, old.sample_id)
        signer = reports._open_signer(uow, ctx, user, passphrase)
        sample = uow.get(Sample, old.sample_id, "样品")
        _apply(uow, ctx, actor, row, sample)
        revision = (uow.session.scalar(select(func.max(ReportRow.revision)).where(
            ReportRow.sample_id == old.sample_id, ReportRow.kind == "test")) or 0) + 1
        full_no, now, issued, code = f"{old.report_no}-A{revision}", ctx.now(), ctx.today(), reports._verification_code()
        changes = "；".join(f"{c['what']}由“{c['before'] or '（空）'}”更正为“{c['after'] or '（空）'}”"
                           for c in row.changes or [])
        text = f"{row.reason}。更正内容：{changes}。" if changes else row.reason
        data, extra = reports._build_data(uow, ctx, sample, full_no=full_no, code=code, signer=user, issued_on=issued,
                                          replaces_no=old.full_no, reason=text.replace("。。", "。"))
        anchor = reports._chain_anchor(uow)  # the audit chain head, inside the signed bytes and the register
        signed = reports._sign_bytes(data, signer, now, data.lab_name, anchor)
        digest = hashlib.sha256(signed).hexdigest()
        stored = {**extra["stored"], "amendment_id": row.id, "changes": row.changes}
        new = ReportRow(sample_id=sample.id, report_no=old.report_no, revision=revision, full_no=full_no,
                        state="signed", replaces_id=old.id, amendment_reason=data.amendment_reason,
                        verification_code=code, pdf=signed, sha256=digest, tester_id=extra["tester_id"],
                        reviewer_id=extra["reviewer_id"], signer_id=actor.user_id, signed_at=now, issued_on=issued,
                        data=stored, created_at=now, chain_seq=anchor[0], chain_head=anchor[1])
        old.state = "superseded"
        uow.session.add(new)
        uow.flush()
        row.state, row.new_report_id = "signed", new.id
        audit.record(uow, ctx, actor, "report.amended", "report", new.id, f"更正报告 {old.full_no} → {full_no}",
                     reason=row.reason, details={"replaces": old.full_no, "sha256": digest, "changes": row.changes})
        audit.record(uow, ctx, actor, "report.superseded", "report", old.id, f"报告 {old.full_no} 被 {full_no} 替代",
                     reason=row.reason)
        uow.commit()
        info = reports._info(uow, new)
    if out_dir is not None:
        reports._export(ctx, info, out_dir)
    return info


def list_amendments(ctx: ServiceContext, actor: Actor, *, sample_id: int | None = None) -> list[AmendmentInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        query = select(Amendment).order_by(Amendment.id)
        if sample_id is not None:
            query = query.where(Amendment.sample_id == sample_id)
        return [_info(uow, r) for r in uow.session.scalars(query)]





@dataclass(frozen=True)
class AmendmentBasis:
    """What the amendment form starts from: the sample's fields, current results and conclusion."""

    report_id: int
    report_no: str
    fields: dict[str, tuple[str, str]]  # key -> (label, current text)
    results: dict[str, list[str]]  # item code -> current replicate values
    conclusion: str
    pending: AmendmentInfo | None  # an amendment waiting for review or signing


def amendment_basis(ctx: ServiceContext, actor: Actor, report_id: int) -> AmendmentBasis:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        report = uow.get(ReportRow, report_id, "报告")
        sample = uow.get(Sample, report.sample_id, "样品")
        latest = _latest(uow, sample.id)
        pending = uow.session.scalar(select(Amendment).where(Amendment.report_id == report.id,
                                                             Amendment.state.in_(("proposed", "approved"))))
        return AmendmentBasis(
            report.id, report.full_no,
            {k: (label, str(getattr(sample, k) or "")) for k, label in AMENDABLE_FIELDS.items()},
            _current_values(uow, sample.id), str(((latest.result or {}) if latest else {}).get("conclusion") or ""),
            _info(uow, pending) if pending is not None else None)


__all__ = ["AMENDABLE_FIELDS", "AmendmentBasis", "AmendmentInfo", "Change", "amendment_basis", "list_amendments",
           "propose_amendment",
           "review_amendment", "sign_amendment"]
