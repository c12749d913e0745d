"""Re-tests (复检): unsealing the backup portion, judging the re-test, the 复检结果报告."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Determination,
    Objection,
    Photo,
    PlanProduct,
    SampleEvaluation,
    TestItem,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import (
    _sample,
    _text,
)
from labdesk.services.logistics.feasibility import backup_portion, microbiological_codes, retest_obstacle
from labdesk.services.logistics.objections import ObjectionInfo, _objection_info


def _jpeg_size(jpeg: bytes) -> tuple[int, int]:
    if not jpeg.startswith(b"\xff\xd8"):
        raise InputError("启封照片", "不是 JPEG 图像。")
    try:
        from PIL import Image

        with Image.open(io.BytesIO(jpeg)) as image:
            return image.size
    except Exception:  # any decoder error means a bad photo
        raise InputError("启封照片", "无法读取 JPEG 图像。") from None


def _retest_blind_code(uow: UnitOfWork) -> str:
    """The re-test's own blind code (the bench must not see it is the objected sample)."""
    from labdesk.domain.intake import new_blind_code
    from labdesk.persistence.models import Sample

    for _ in range(20):
        code = new_blind_code()
        taken = uow.session.scalar(select(Sample.id).where(Sample.blind_code == code)) or uow.session.scalar(
            select(Objection.id).where(Objection.retest_blind_code == code))
        if taken is None:
            return code
    raise RuleViolation("无法生成唯一的复检盲样号，请重试。")  # pragma: no cover - 27^6 codes


def _norm_seal(text: str) -> str:
    return "".join(text.split()).upper()


def start_retest(ctx: ServiceContext, actor: Actor, objection_id: int, *, seal_no_seen: str, photo_jpeg: bytes,
                 photo_source: str = "camera", note: str = "") -> ObjectionInfo:
    """Unseal the backup portion: store the photo, check the seal against the intake record.

    A seal that does not match the intake record cancels the re-test and the
    original conclusion stands (the sample may have been swapped).
    """
    seal_no_seen = _text(seal_no_seen, "封条编号")
    width, height = _jpeg_size(photo_jpeg)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = uow.get(Objection, objection_id, "异议")
        if row.state != "accepted":
            raise StateError("只有已受理、尚未启封复检的异议才能启封备用样品。")
        sample = _sample(uow, row.sample_id)
        obstacle = retest_obstacle(uow, sample)
        backup = backup_portion(uow, sample.id)
        if obstacle or backup is None:
            raise RuleViolation(obstacle + "请以「不予复检」办结该异议。")
        recorded = backup.seal_no or sample.seal_numbers
        recorded_set = {_norm_seal(s) for s in recorded.replace("，", ",").replace("、", ",").split(",") if s.strip()}
        ok = _norm_seal(seal_no_seen) in recorded_set
        photo = Photo(sample_id=sample.id, kind="unsealing", stage="retest", jpeg=photo_jpeg,
                      sha256=hashlib.sha256(photo_jpeg).hexdigest(), width=width, height=height, source=photo_source,
                      captured_at=ctx.now(), captured_by=actor.user_id, workstation=ctx.workstation, locked=True,
                      note=note.strip() or f"异议 {row.id} 复检启封")
        uow.session.add(photo)
        backup.state = "unsealed"
        row.seal_ok = ok
        if ok:
            row.seal_check = f"封条 {seal_no_seen} 完好，与收样记录（{recorded}）一致；启封照片 SHA-256 {photo.sha256[:16]}…"
            row.state = "retesting"
            row.retest_blind_code = _retest_blind_code(uow)
        else:
            row.seal_check = f"启封时封条编号 {seal_no_seen} 与收样记录（{recorded or '无'}）不符。"
            row.state = "decided"
            row.outcome = "cancelled"
            row.outcome_note = "备用样品封条与收样记录不符，复检取消，原检验结论维持。"
            row.decided_on = ctx.today()
        uow.flush()
        audit.record(uow, ctx, actor, "objection.unsealed", "objection", row.id, row.seal_check,
                     details={"sample_id": sample.id, "photo_id": photo.id, "seal_ok": ok, "portion": backup.code})
        uow.commit()
        return _objection_info(row, sample.sample_no)


def _original_determinations(uow: UnitOfWork, sample_id: int) -> dict[str, list[str]]:
    rows = uow.session.execute(
        select(TestItem.item_code, TestItem.round, Determination.round, Determination.value_text)
        .join(Determination, Determination.test_item_id == TestItem.id)
        .where(TestItem.sample_id == sample_id, Determination.active.is_(True))
        .order_by(TestItem.item_code, Determination.round, Determination.seq, Determination.id)
    ).all()
    values: dict[str, list[str]] = {}
    for code, item_round, det_round, text in rows:
        if det_round == item_round:
            values.setdefault(code, []).append(text)
    return values


def _original_qualitative(uow: UnitOfWork, sample_id: int) -> dict[str, str]:
    rows = uow.session.execute(select(TestItem.item_code, TestItem.qualitative_value)
                               .where(TestItem.sample_id == sample_id, TestItem.qualitative_value.is_not(None)))
    return {code: value for code, value in rows if value is not None}


def _item_view(item: Any) -> tuple[str, str]:
    if isinstance(item, Mapping):
        reported = item.get("reported") or item.get("value") or ""
        return str(reported if reported is not None else ""), str(item.get("verdict") or "")
    return "", ""


def retest_basis(ruleset: Any, *, measured: set[str], given: set[str]) -> dict[str, str]:
    """Which items the re-test covers: ``measured`` on the backup, or ``derived`` from re-test data.

    A derived item (its value computed by the rule set's formula, no determination
    of its own in ``given``) counts as re-tested when any of its inputs, directly
    or through other derived items, was measured in the re-test (e.g. Ad from the
    re-tested Aad and Mad).
    """
    basis = {code: "measured" for code in measured}
    inputs: Mapping[str, Sequence[str]] = getattr(ruleset, "formula_inputs", {}) or {}
    for item in getattr(ruleset, "derived_order", ()):
        code = item.code
        if code in basis or code in given:
            continue
        if any(dep in basis for dep in inputs.get(code, ())):
            basis[code] = "derived"
    return basis


def enter_retest_results(
    ctx: ServiceContext, actor: Actor, objection_id: int, *, determinations: Mapping[str, Sequence[str]],
    qualitative: Mapping[str, str] | None = None, note: str = "",
) -> ObjectionInfo:
    """Judge the re-test with the plan's adopted rule set, compare per item, record the outcome.

    Items not re-tested keep their original determinations.  Outcome: ``upheld``
    (the re-test confirms the original verdict) or ``overturned``.
    """
    from labdesk.domain.judging.engine import evaluate
    from labdesk.domain.judging.ruleset import RuleSet
    from labdesk.domain.numbers import parse_decimal

    cleaned: dict[str, list[str]] = {}
    for code, values in determinations.items():
        texts = [str(v).strip() for v in values if str(v).strip()]
        for text in texts:
            parse_decimal(text, f"复检 {code}")
        if texts:
            cleaned[code] = texts
    if not cleaned and not qualitative:
        raise InputError("复检结果", "至少录入一个复检项目的结果。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = uow.get(Objection, objection_id, "异议")
        if row.state != "retesting":
            raise StateError("请先启封备用样品并核对封条，再录入复检结果。")
        sample = _sample(uow, row.sample_id)
        product = uow.session.get(PlanProduct, sample.plan_product_id)
        if product is None or product.ruleset is None:
            raise RuleViolation(f"计划产品「{sample.product_code}」没有采用的判定规则，无法判定复检结果。")
        micro = sorted((set(cleaned) | set(qualitative or {})) & microbiological_codes(uow, sample))
        if micro:
            raise RuleViolation(f"微生物项目不进行复检（{'、'.join(micro)}），请删去这些项目的复检结果。")
        ruleset = RuleSet.from_dict(product.ruleset)
        unknown = sorted(set(cleaned) - {i.code for i in ruleset.items})
        if unknown:
            raise InputError("复检项目", f"规则集中没有项目：{'、'.join(unknown)}。")
        merged = _original_determinations(uow, sample.id) | cleaned
        qual = _original_qualitative(uow, sample.id) | dict(qualitative or {})
        evaluation = evaluate(ruleset, context=dict(sample.context or {}), declared=sample.judging_declared(),
                              determinations=merged, qualitative=qual,
                              catalogue_version=ruleset.catalogue_version)
        if evaluation.verdict not in ("pass", "fail"):
            raise RuleViolation("复检结果不完整（平行测定超差或缺少必检项目），无法判定："
                                + "；".join(f"{c}" for c, r in evaluation.items.items()
                                           if getattr(r, "verdict", "") not in ("pass", "fail", "n/a", "")))
        original = uow.session.scalar(select(SampleEvaluation).where(SampleEvaluation.sample_id == sample.id)
                                      .order_by(SampleEvaluation.id.desc()).limit(1))
        original_items: Mapping[str, Any] = (original.result or {}).get("items", {}) if original else {}
        original_verdict = original.verdict if original else sample.verdict
        basis = retest_basis(ruleset, measured=set(cleaned) | set(qualitative or {}), given=set(merged) | set(qual))
        comparison = []
        codes = list(dict.fromkeys([*original_items.keys(), *cleaned.keys(), *(qualitative or {}).keys()]))
        for code in codes:
            new = evaluation.items.get(code)
            if new is None:
                continue
            o_rep, o_ver = _item_view(original_items.get(code))
            comparison.append({
                "code": code, "original": o_rep, "original_verdict": o_ver,
                "retest": str(new.reported if new.reported is not None else ""), "retest_verdict": str(new.verdict),
                "retested": code in basis, "basis": basis.get(code, ""),
            })
        row.retest_result = {**evaluation.to_record_dict(), "original_verdict": original_verdict,
                             "retested_items": sorted(cleaned) + sorted(qualitative or {}),
                             "derived_items": sorted(c for c, b in basis.items() if b == "derived"),
                             "entered_by": actor.user_id}
        row.comparison = comparison
        row.state = "decided"
        row.decided_on = ctx.today()
        row.outcome = "upheld" if evaluation.verdict == original_verdict else "overturned"
        verdict_zh = {"pass": "合格", "fail": "不合格"}
        row.outcome_note = (note.strip() or
                            (f"复检结论{verdict_zh[evaluation.verdict]}，与原检验结论一致，原检验结论成立。"
                             if row.outcome == "upheld" else
                             f"复检结论{verdict_zh[evaluation.verdict]}，与原检验结论"
                             f"（{verdict_zh.get(original_verdict or '', original_verdict)}）不一致，原检验结论不成立。"))
        audit.record(uow, ctx, actor, "objection.retested", "objection", row.id,
                     f"复检完成：{sample.sample_no}，{row.outcome_note}",
                     details={"verdict": evaluation.verdict, "original_verdict": original_verdict,
                              "items": cleaned, "outcome": row.outcome})
        uow.commit()
        return _objection_info(row, sample.sample_no)


def retest_sheet(ctx: ServiceContext, actor: Actor, objection_id: int) -> Any:
    """The re-test as the result grid shows it (``testing.SampleSheet``): under the re-test's own blind
    code, every measured item of the sample with empty replicate cells; microbiological items left out.
    The grid judges live with the plan's rule set (replicates, repeatability, derived items)."""
    from labdesk.domain.judging.ruleset import RuleSet
    from labdesk.services.testing import ItemRow, SampleSheet

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = uow.get(Objection, objection_id, "异议")
        if row.state != "retesting":
            raise StateError("请先启封备用样品并核对封条，再录入复检结果。")
        sample = _sample(uow, row.sample_id)
        product = uow.session.get(PlanProduct, sample.plan_product_id)
        if product is None or product.ruleset is None:
            raise RuleViolation(f"计划产品「{sample.product_code}」没有采用的判定规则，无法录入复检结果。")
        ruleset = RuleSet.from_dict(product.ruleset)
        micro = microbiological_codes(uow, sample)
        measured = [c for c in dict.fromkeys(
            [*_original_determinations(uow, sample.id), *_original_qualitative(uow, sample.id)]) if c not in micro]
        rows = []
        for position, code in enumerate(measured):
            spec = ruleset.item_map.get(code)
            rows.append(ItemRow(-(position + 1), code, spec.name_zh if spec else code,
                                spec.measured_unit if spec else "", 1, "pending", "", "", None,
                                spec.kind if spec else "numeric", ()))
        return SampleSheet(sample.id, row.retest_blind_code or sample.blind_code, sample.product_code,
                           product.name_zh, "retesting", dict(product.ruleset), ruleset.version,
                           ruleset.catalogue_version or "", dict(sample.context or {}), sample.judging_declared(),
                           tuple(rows))
