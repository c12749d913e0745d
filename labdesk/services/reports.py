"""Signed test reports: the signing queue, signing (one or a batch), amendments, notices, verification.

Signing a report (``sign_report``):

1. the signatory's login password is asked again (``auth.verify_password``);
2. inside ONE transaction: permission, separation of duties (the reviewer of
   the sample may not sign it), the sample must be 待签发 (approved); a report
   number is drawn; the PDF is rendered and signed with the signatory's own
   PKCS#12 — all in memory —; the signed bytes and their SHA-256 go into the
   register and the sample becomes 已出报告 (reported); commit.

So a crash or kill at any point leaves either the whole report (register row
with its bytes) or nothing at all; files on disk are written only after the
commit, atomically (``reports.files.write_atomic``), and can always be written
again from the register (``export_report``).

A signed report is never changed: an amendment (``amend_report``) signs a new
revision ``<number>-A<n>`` with its reason and a "replaces No. X" line, and marks
the old revision superseded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from sqlalchemy import func, select

from labdesk.domain.duties import Step
from labdesk.domain.errors import AuthenticationError, InputError, LabDeskError, NotFound, StateError
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import SampleState, check_transition
from labdesk.paths import resource
from labdesk.persistence.models import (
    Enterprise,
    Notice,
    Photo,
    Plan,
    PlanProduct,
    ReviewAction,
    Sample,
    User,
)
from labdesk.persistence.models import Report as ReportRow
from labdesk.persistence.uow import UnitOfWork
from labdesk.reports import notices as notice_pdf
from labdesk.reports import signing
from labdesk.reports.files import write_atomic
from labdesk.reports.inspection_report import PhotoItem, ReportData, ResultRow, SignatureBlock, render_report
from labdesk.services import audit, credentials, duties, numbering, verdict_acks
from labdesk.services.auth import authorize, verify_password
from labdesk.services.context import BEIJING, Actor, ServiceContext
from labdesk.services.quality import hooks as quality_hooks
from labdesk.services.settings import get_value

VERDICT_ZH = {"pass": "合格", "fail": "不合格", "none": "—", "incomplete": "—"}
STATE_ZH = {"draft": "草稿", "signed": "已签发", "superseded": "已作废（已被更正）"}
MAX_PHOTOS = 6


class ProgressLike(Protocol):
    """What batch signing reports to (``labdesk.gui.tasks.Progress`` fits)."""

    def report(self, done: int, total: int, text: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


# ---------------------------------------------------------------------------------------------
# DTOs


@dataclass(frozen=True)
class QueueEntry:
    sample_id: int
    sample_no: str
    product_name: str
    sampled_unit: str
    verdict: str | None
    verdict_zh: str
    approved_at: dt.datetime | None
    approved_by: str
    may_sign: bool  # False when this user approved the sample (审核与签发分离)
    note: str
    needs_ack: bool = False  # a 不合格 resting only on unverified rules awaits the quality manager


@dataclass(frozen=True)
class ReportInfo:
    id: int
    sample_id: int
    sample_no: str
    report_no: str
    revision: int
    full_no: str
    state: str
    state_zh: str
    verdict: str | None
    verdict_zh: str
    product_name: str
    sampled_unit: str
    signer: str
    signed_at: dt.datetime | None
    issued_on: dt.date | None
    sha256: str
    verification_code: str
    replaces_no: str
    superseded_by_no: str
    amendment_reason: str

    @property
    def file_name(self) -> str:
        return f"{self.full_no}.pdf"


@dataclass(frozen=True)
class BatchResult:
    signed: tuple[ReportInfo, ...]
    failed: tuple[tuple[int, str], ...]  # (sample id, reason)
    cancelled: bool
    files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    sample_id: int
    report_id: int | None
    kind: str
    kind_zh: str
    number: str
    sha256: str
    created_at: dt.datetime

    @property
    def file_name(self) -> str:
        return f"{self.number}.pdf"


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    reason: str  # Chinese; why it failed, or a confirmation
    report_no: str
    signer: str
    signing_time: dt.datetime | None
    state: str  # register state, "" when unknown
    sha256: str
    trusted: bool
    superseded_by: str = ""
    details: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Helpers


def _date_zh(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(BEIJING).date() if value.tzinfo else value.date()
    return f"{value.year}年{value.month:02d}月{value.day:02d}日"


def _user_name(uow: UnitOfWork, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = uow.session.get(User, user_id)
    return user.full_name if user else ""


def _sample(uow: UnitOfWork, sample_id: int) -> Sample:
    sample = uow.session.get(Sample, sample_id)
    if sample is None:
        raise NotFound(f"样品（编号 {sample_id}）不存在。")
    return sample


def _review() -> ModuleType:
    """The review area's helpers (imported lazily: it imports the judging engine)."""
    from labdesk.services import review

    return review


def _approval(uow: UnitOfWork, sample_id: int) -> ReviewAction | None:
    return uow.session.scalars(
        select(ReviewAction).where(ReviewAction.sample_id == sample_id, ReviewAction.action == "approve")
        .order_by(ReviewAction.id.desc()).limit(1)
    ).first()


def _next_report_no(uow: UnitOfWork, ctx: ServiceContext, sample: Sample | None = None) -> str:
    """The next report number (counter ``report:<year>``, locked until the signing transaction commits);
    the year is the sample's plan year (issue 13 item 9)."""
    plan = uow.session.get(Plan, sample.plan_id) if sample is not None else None
    year = numbering.plan_year(plan, ctx.today())
    pattern = str(get_value(uow, "numbering.report_pattern"))
    while True:
        seq = numbering.next_value(uow, f"report:{year}")
        try:
            number = pattern.format(year=year, seq=seq)
        except (KeyError, ValueError, IndexError):
            raise InputError("numbering.report_pattern", f"报告编号格式「{pattern}」无效。") from None
        if uow.session.scalar(select(ReportRow.id).where(ReportRow.report_no == number)) is None:
            return number


def _verification_code() -> str:
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _ruleset_dict(uow: UnitOfWork, sample: Sample) -> dict[str, Any]:
    from labdesk.services.testing import ruleset_dict_for  # the version the sample is judged by

    try:
        return dict(ruleset_dict_for(uow, sample)[1])
    except StateError:
        return {}


def _rows(result: dict[str, Any], ruleset: dict[str, Any]) -> tuple[tuple[ResultRow, ...], list[str], list[str]]:
    """Result rows in the rule set's item order; plus method standards and notes (the judging part
    of the report lives in :mod:`labdesk.reports.result_rows`)."""
    from labdesk.reports.result_rows import result_rows

    unverified = None if all("verified" in e for e in (result.get("items") or {}).values()
                             if isinstance(e, dict) and e.get("verdict") != "none") else _unverified_items(ruleset)
    return result_rows(result, ruleset, unverified)


def _unverified_items(ruleset: dict[str, Any]) -> set[str]:
    try:
        from labdesk.domain.judging.ruleset import RuleSet

        entries = RuleSet.from_dict(ruleset).unverified_rules()
    except Exception:  # an unreadable stored rule set is reported by the testing area, not here
        return set()
    return {e.item for e in entries if e.kind not in ("r_table",)}


def _photos(uow: UnitOfWork, sample_id: int) -> tuple[PhotoItem, ...]:
    rows = list(uow.session.scalars(
        select(Photo).where(Photo.sample_id == sample_id, Photo.stage == "intake").order_by(Photo.id)
    ))
    seals = [p for p in rows if p.kind == "seal"] or rows
    names = {"seal": "封样照片", "package": "样品包装照片", "form": "抽样单照片", "label": "标签照片",
             "unsealing": "拆封照片", "other": "照片"}
    return tuple(
        PhotoItem(f"{names.get(p.kind, '照片')} {i}（{_date_zh(p.captured_at)}）", bytes(p.jpeg), p.sha256)
        for i, p in enumerate(seals[:MAX_PHOTOS], start=1)
    )


def _lab(uow: UnitOfWork) -> dict[str, str]:
    return {key: str(get_value(uow, f"lab.{key}")) for key in ("name", "name_en", "address", "phone", "cma_no")}


def _build_data(uow: UnitOfWork, ctx: ServiceContext, sample: Sample, *, full_no: str, code: str,
                signer: User | None, issued_on: dt.date, replaces_no: str = "", reason: str = "",
                draft: bool = False) -> tuple[ReportData, dict[str, Any]]:
    review = _review()
    evaluation = review.latest_evaluation(uow, sample.id)
    if evaluation is None or evaluation.verdict not in ("pass", "fail"):
        raise StateError(f"样品 {sample.sample_no} 没有完整的判定结果，不能出具报告。")
    result = dict(evaluation.result or {})
    ruleset = _ruleset_dict(uow, sample)
    rows, methods, notes = _rows(result, ruleset)
    ack_note = verdict_acks.report_note(uow, sample)
    if ack_note:
        notes.append(ack_note)
    plan = uow.session.get(Plan, sample.plan_id)
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    unit = uow.session.get(Enterprise, sample.sampled_unit_id)
    producer = uow.session.get(Enterprise, sample.producer_id) if sample.producer_id else None
    lab = _lab(uow)
    testers = sorted(review.testers_of(uow, sample.id))
    approval = _approval(uow, sample.id)
    tester_id = testers[0] if testers else None
    reviewer_id = approval.user_id if approval else None
    signatures = (
        SignatureBlock("批准", signer.full_name if signer else "（签发人）", _date_zh(issued_on),
                       credentials.signature_image(uow, signer.id) if signer else None),
        SignatureBlock("审核", _user_name(uow, reviewer_id), _date_zh(approval.at if approval else None),
                       credentials.signature_image(uow, reviewer_id)),
        SignatureBlock("主检", "、".join(_user_name(uow, t) for t in testers) or "/",
                       _date_zh(sample.testing_finished_at), credentials.signature_image(uow, tester_id)),
    )
    basis = [b for b in (ruleset.get("basis_zh", ""),) if b]
    if ruleset.get("name_zh"):
        basis.append(str(ruleset["name_zh"]))
    if plan is not None and plan.title:
        basis.append(f"{plan.title}实施细则")
    if methods:
        basis.append("检验方法：" + "，".join(methods))
    basis.extend(quality_hooks.basis_lines(uow, sample))
    checks = sample.receipt_checks or {}
    state = sample.receipt_note or ("封样完好，样品状态正常" if checks and all(bool(v) for v in checks.values()) else "")
    item_names = [r.name.split(" ")[0] for r in rows]
    seal = credentials.lab_seal(uow)
    conclusion = str(result.get("conclusion") or "")
    data = ReportData(
        full_no=full_no,
        verification_code=code,
        lab_name=lab["name"],
        lab_name_en=lab["name_en"],
        lab_address=lab["address"],
        lab_phone=lab["phone"],
        cma_no=lab["cma_no"],
        product_name=product.name_zh if product else sample.product_code,
        sampled_unit=unit.name if unit else "",
        sampled_unit_address=unit.address if unit else "",
        producer=producer.name if producer else "",
        producer_address=producer.address if producer else "",
        conclusion=conclusion,
        verdict=evaluation.verdict,
        rows=rows,
        issued_on=_date_zh(issued_on),
        plan_title=plan.title if plan else "",
        issuing_authority=plan.issuing_authority if plan else "",
        plan_document_no=plan.document_no if plan else "",
        sample_no=sample.sample_no,
        trademark=sample.trademark,
        specification=" ".join(x for x in (sample.specification, sample.declared_grade or "") if x),
        batch_no=sample.batch_no,
        production_date=_date_zh(sample.production_date),
        sampling_place=sample.sampling_place,
        sampling_date=_date_zh(sample.sampling_date),
        base_quantity=sample.base_quantity,
        sample_quantity=sample.sample_quantity,
        sample_state=state,
        received_on=_date_zh(sample.received_at),
        test_period="～".join(x for x in (_date_zh(sample.testing_started_at), _date_zh(sample.testing_finished_at))
                             if x),
        executed_standard=sample.executed_standard,
        judging_basis=tuple(basis),
        method_standards=tuple(methods),
        ruleset_version=evaluation.ruleset_version,
        catalogue_version=evaluation.catalogue_version,
        items_summary="、".join(dict.fromkeys(item_names)),
        notes=tuple(notes),
        remarks=sample.remarks,
        signatures=signatures,
        seal_image=seal,
        cma_image=resource("report", "demo-cma.png").read_bytes(),
        photos=_photos(uow, sample.id),
        replaces_no=replaces_no,
        amendment_reason=reason,
        draft=draft,
    )
    stored = {
        "evaluation_id": evaluation.id, "verdict": evaluation.verdict, "conclusion": conclusion,
        "rows": [r.__dict__ for r in rows], "ruleset_version": evaluation.ruleset_version,
        "catalogue_version": evaluation.catalogue_version, "photos": [p.sha256 for p in data.photos],
        "seal_sha256": hashlib.sha256(seal).hexdigest() if seal else None,
        "signatures": [{"role": s.role, "name": s.name, "date": s.date} for s in signatures],
    }
    return data, {"tester_id": tester_id, "reviewer_id": reviewer_id, "stored": stored}


def _info(uow: UnitOfWork, row: ReportRow, successors: dict[int, str] | None = None) -> ReportInfo:
    sample = uow.session.get(Sample, row.sample_id)
    product = uow.session.get(PlanProduct, sample.plan_product_id) if sample else None
    unit = uow.session.get(Enterprise, sample.sampled_unit_id) if sample else None
    replaces = uow.session.get(ReportRow, row.replaces_id) if row.replaces_id else None
    if successors is not None:
        successor = successors.get(row.id)
    else:
        successor = uow.session.scalars(select(ReportRow.full_no).where(ReportRow.replaces_id == row.id)).first()
    verdict = (row.data or {}).get("verdict") or (sample.verdict if sample else None)
    return ReportInfo(
        id=row.id, sample_id=row.sample_id, sample_no=sample.sample_no if sample else "", report_no=row.report_no,
        revision=row.revision, full_no=row.full_no, state=row.state, state_zh=STATE_ZH.get(row.state, row.state),
        verdict=verdict, verdict_zh=VERDICT_ZH.get(verdict or "", "—"),
        product_name=product.name_zh if product else "", sampled_unit=unit.name if unit else "",
        signer=_user_name(uow, row.signer_id), signed_at=row.signed_at, issued_on=row.issued_on,
        sha256=row.sha256 or "", verification_code=row.verification_code,
        replaces_no=replaces.full_no if replaces else "", superseded_by_no=successor or "",
        amendment_reason=row.amendment_reason,
    )


def _open_signer(uow: UnitOfWork, ctx: ServiceContext, user: User, passphrase: str) -> Any:
    row = credentials.active_credential(uow, user.id, credentials.PKCS12)
    if row is None:
        raise StateError("您还没有签名证书：请系统管理员在「系统管理 → 签名证书」中为您导入 PKCS#12 证书。")
    credentials.open_signing_key(uow, ctx, user, bytes(row.data), passphrase)
    try:
        return signing.load_signer(bytes(row.data), passphrase)
    except Exception:
        raise AuthenticationError("证书口令错误，无法打开您的签名证书。") from None


def _chain_anchor(uow: UnitOfWork) -> tuple[int, str]:
    """The audit chain head now: written into the signed PDF and the register row."""
    from labdesk.persistence.chain import read_head

    return read_head(uow.session.connection())


def _sign_bytes(data: ReportData, signer: Any, when: dt.datetime, lab_name: str,
                anchor: tuple[int, str] | None = None) -> bytes:
    if anchor is not None:
        data = dataclasses.replace(data, chain_anchor=f"{anchor[0]}:{anchor[1]}")
    pdf = render_report(data)
    return signing.sign_pdf(pdf, signer, reason=f"签发检验报告 {data.full_no}", location=lab_name,
                            signing_time=when)


def _sign_one(ctx: ServiceContext, actor: Actor, sample_id: int, passphrase: str,
              signer_cache: dict[str, Any]) -> ReportInfo:
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.SIGN_REPORTS)
        sample = _sample(uow, sample_id)
        if sample.state != SampleState.APPROVED.value:
            check_transition(sample.state, SampleState.REPORTED)  # raises StateError naming the state
        _review().check_may_sign(uow, actor, sample_id)
        verdict_acks.check_signable(uow, sample)
        quality_hooks.check_signing(uow, ctx, actor, sample)
        if uow.session.scalar(select(ReportRow.id).where(ReportRow.sample_id == sample_id)) is not None:
            raise StateError(f"样品 {sample.sample_no} 已有报告；如需更改，请出具更正报告。")
        if "signer" not in signer_cache:
            signer_cache["signer"] = _open_signer(uow, ctx, user, passphrase)
        now = ctx.now()
        issued = ctx.today()
        number = _next_report_no(uow, ctx, sample)
        code = _verification_code()
        data, extra = _build_data(uow, ctx, sample, full_no=number, code=code, signer=user, issued_on=issued)
        anchor = _chain_anchor(uow)
        signed = _sign_bytes(data, signer_cache["signer"], now, data.lab_name, anchor)
        digest = hashlib.sha256(signed).hexdigest()
        row = ReportRow(
            sample_id=sample.id, report_no=number, revision=0, full_no=number, state="signed",
            verification_code=code, pdf=signed, sha256=digest, tester_id=extra["tester_id"],
            reviewer_id=extra["reviewer_id"], signer_id=actor.user_id, signed_at=now, issued_on=issued,
            data=extra["stored"], created_at=now, chain_seq=anchor[0], chain_head=anchor[1],
        )
        uow.session.add(row)
        sample.state = check_transition(sample.state, SampleState.REPORTED).value
        uow.flush()
        audit.record(uow, ctx, actor, "report.signed", "report", row.id, f"签发检验报告 {number}（样品 {sample.sample_no}）",
                     details={"sample_id": sample.id, "sha256": digest, "verdict": data.verdict})
        audit.record(uow, ctx, actor, "sample.reported", "sample", sample.id, f"样品 {sample.sample_no} 已出报告 {number}")
        uow.commit()
        return _info(uow, row)


def _export(ctx: ServiceContext, info: ReportInfo, out_dir: Path) -> Path:
    with ctx.uow() as uow:
        row = uow.session.get(ReportRow, info.id)
        assert row is not None and row.pdf is not None
        path = out_dir / info.file_name
        write_atomic(path, bytes(row.pdf))
        return path


# ---------------------------------------------------------------------------------------------
# Public use cases


def signing_queue(ctx: ServiceContext, actor: Actor) -> list[QueueEntry]:
    """Samples approved by review and waiting for the signatory."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.SIGN_REPORTS)
        samples = list(uow.session.scalars(
            select(Sample).where(Sample.state == SampleState.APPROVED.value).order_by(Sample.id)
        ))
        entries = []
        for sample in samples:
            product = uow.session.get(PlanProduct, sample.plan_product_id)
            unit = uow.session.get(Enterprise, sample.sampled_unit_id)
            approval = _approval(uow, sample.id)
            refused = duties.refusal_text(uow, actor, sample, Step.SIGN)
            entries.append(QueueEntry(
                sample.id, sample.sample_no, product.name_zh if product else sample.product_code,
                unit.name if unit else "", sample.verdict, VERDICT_ZH.get(sample.verdict or "", "—"),
                approval.at if approval else None, _user_name(uow, approval.user_id if approval else None),
                not refused, refused,
            ))
        return [_with_ack(uow, e) for e in entries]


def _with_ack(uow: UnitOfWork, entry: QueueEntry) -> QueueEntry:
    """Hold a failing report whose 不合格 rests only on unverified rules until the QM acknowledges it."""
    if entry.verdict != "fail" or not verdict_acks.status(uow, entry.sample_id).needed:
        return entry
    note = "不合格仅依据未核实的判定规则，须质量负责人确认后签发"
    return replace(entry, may_sign=False, needs_ack=True, note="；".join(x for x in (entry.note, note) if x))


def preview_report(ctx: ServiceContext, actor: Actor, sample_id: int) -> bytes:
    """An unsigned preview (watermarked, no seal) of the report the sample would get."""
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.SIGN_REPORTS)
        sample = _sample(uow, sample_id)
        data, _ = _build_data(uow, ctx, sample, full_no="（签发时编号）", code="（签发时生成）", signer=user,
                              issued_on=ctx.today(), draft=True)
        return render_report(data)


def sign_report(ctx: ServiceContext, actor: Actor, sample_id: int, *, password: str, passphrase: str,
                out_dir: Path | None = None) -> ReportInfo:
    """Sign one approved sample's report (asks the login password again, and the certificate passphrase)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.SIGN_REPORTS)
    verify_password(ctx, actor, password)
    info = _sign_one(ctx, actor, sample_id, passphrase, {})
    if out_dir is not None:
        _export(ctx, info, out_dir)
    return info


def sign_batch(ctx: ServiceContext, actor: Actor, sample_ids: Sequence[int], *, password: str, passphrase: str,
               progress: ProgressLike | None = None, out_dir: Path | None = None) -> BatchResult:
    """Sign several reports, each in its own transaction; stops cleanly when cancelled.

    Authentication errors (wrong password or certificate passphrase, no certificate,
    no permission) stop the batch at once and are raised; problems with one sample
    (wrong state, separation of duties, incomplete results) are collected in
    ``failed`` and the batch goes on.
    """
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.SIGN_REPORTS)
    verify_password(ctx, actor, password)
    signer_cache: dict[str, Any] = {}
    signed: list[ReportInfo] = []
    failed: list[tuple[int, str]] = []
    files: list[Path] = []
    total = len(sample_ids)
    cancelled = False
    for done, sample_id in enumerate(sample_ids):
        if progress is not None:
            if progress.cancelled:
                cancelled = True
                break
            progress.report(done, total, f"正在签发第 {done + 1} / {total} 份报告…")
        try:
            info = _sign_one(ctx, actor, sample_id, passphrase, signer_cache)
        except (AuthenticationError, NotFound) as error:
            if isinstance(error, NotFound):
                failed.append((sample_id, str(error)))
                continue
            raise
        except StateError as error:
            if "签名证书" in str(error):
                raise
            failed.append((sample_id, str(error)))
            continue
        except LabDeskError as error:
            if error.code == "permission_denied":
                raise
            failed.append((sample_id, str(error)))
            continue
        signed.append(info)
        if out_dir is not None:
            files.append(_export(ctx, info, out_dir))
    if progress is not None and not cancelled:
        progress.report(total, total, "签发完成")
    return BatchResult(tuple(signed), tuple(failed), cancelled, tuple(files))


def amend_report(ctx: ServiceContext, actor: Actor, report_id: int, *, reason: str, password: str,
                 passphrase: str, remarks: str | None = None, out_dir: Path | None = None) -> ReportInfo:
    """Issue a corrected revision (number suffix -A<n>) that replaces ``report_id``; the old one is superseded.

    The new revision is rendered from the sample's current data (e.g. a corrected
    enterprise name) and the same judging snapshot, with the reason and a
    "replaces No. X" line.
    """
    if not reason.strip():
        raise InputError("更正原因", "请填写更正原因。")
    verify_password(ctx, actor, password)
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.AMEND_REPORTS)
        authorize(uow, actor, Permission.SIGN_REPORTS)
        old = uow.session.get(ReportRow, report_id)
        if old is None:
            raise NotFound(f"报告（编号 {report_id}）不存在。")
        if old.state != "signed":
            successor = uow.session.scalars(select(ReportRow.full_no).where(ReportRow.replaces_id == old.id)).first()
            raise StateError(f"报告 {old.full_no} 已作废" + (f"（已被 {successor} 替代）" if successor else "")
                             + "，只能更正现行有效的报告。")
        _review().check_may_sign(uow, actor, old.sample_id)
        signer = _open_signer(uow, ctx, user, passphrase)
        sample = _sample(uow, old.sample_id)
        verdict_acks.check_signable(uow, sample)
        if remarks is not None:
            sample.remarks = remarks
        revision = (uow.session.scalar(
            select(func.max(ReportRow.revision)).where(ReportRow.sample_id == old.sample_id,
                                                       ReportRow.kind == old.kind)) or 0) + 1
        full_no = f"{old.report_no}-A{revision}"
        now = ctx.now()
        issued = ctx.today()
        code = _verification_code()
        data, extra = _build_data(uow, ctx, sample, full_no=full_no, code=code, signer=user, issued_on=issued,
                                  replaces_no=old.full_no, reason=reason.strip())
        anchor = _chain_anchor(uow)
        signed = _sign_bytes(data, signer, now, data.lab_name, anchor)
        digest = hashlib.sha256(signed).hexdigest()
        row = ReportRow(
            sample_id=sample.id, report_no=old.report_no, revision=revision, full_no=full_no, state="signed",
            replaces_id=old.id, amendment_reason=reason.strip(), verification_code=code, pdf=signed,
            sha256=digest, tester_id=extra["tester_id"], reviewer_id=extra["reviewer_id"],
            signer_id=actor.user_id, signed_at=now, issued_on=issued, data=extra["stored"], created_at=now,
            chain_seq=anchor[0], chain_head=anchor[1],
        )
        old.state = "superseded"
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "report.amended", "report", row.id,
                     f"更正报告 {old.full_no} → {full_no}", reason=reason.strip(),
                     details={"replaces": old.full_no, "sha256": digest})
        audit.record(uow, ctx, actor, "report.superseded", "report", old.id, f"报告 {old.full_no} 被 {full_no} 替代",
                     reason=reason.strip())
        uow.commit()
        info = _info(uow, row)
    if out_dir is not None:
        _export(ctx, info, out_dir)
    return info


def list_reports(ctx: ServiceContext, actor: Actor, *, sample_id: int | None = None) -> list[ReportInfo]:
    """The report register, newest first (superseded revisions included, marked)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        query = select(ReportRow).order_by(ReportRow.id.desc())
        if sample_id is not None:
            query = query.where(ReportRow.sample_id == sample_id)
        rows = list(uow.session.scalars(query))
        # warm the identity map in a few queries instead of several per report
        sample_ids = {r.sample_id for r in rows}
        samples = list(uow.session.scalars(select(Sample).where(Sample.id.in_(sample_ids)))) if sample_ids else []
        product_ids = {s.plan_product_id for s in samples}
        unit_ids = {s.sampled_unit_id for s in samples}
        if product_ids:
            list(uow.session.scalars(select(PlanProduct).where(PlanProduct.id.in_(product_ids))))
        if unit_ids:
            list(uow.session.scalars(select(Enterprise).where(Enterprise.id.in_(unit_ids))))
        list(uow.session.scalars(select(User)))
        successors = {old: new for old, new in uow.session.execute(
            select(ReportRow.replaces_id, ReportRow.full_no).where(ReportRow.replaces_id.is_not(None)))
            if old is not None}
        return [_info(uow, row, successors) for row in rows]


def get_report(ctx: ServiceContext, actor: Actor, report_id: int) -> ReportInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        row = uow.session.get(ReportRow, report_id)
        if row is None:
            raise NotFound(f"报告（编号 {report_id}）不存在。")
        return _info(uow, row)


def report_pdf(ctx: ServiceContext, actor: Actor, report_id: int) -> bytes:
    """The signed bytes exactly as stored (their SHA-256 is checked on the way out)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        row = uow.session.get(ReportRow, report_id)
        if row is None or row.pdf is None:
            raise NotFound(f"报告（编号 {report_id}）不存在或没有文件。")
        pdf = bytes(row.pdf)
        if hashlib.sha256(pdf).hexdigest() != row.sha256:
            raise StateError(f"报告 {row.full_no} 在数据库中的文件与登记的 SHA-256 不一致，请联系系统管理员。")
        return pdf


def export_report(ctx: ServiceContext, actor: Actor, report_id: int, out_dir: Path) -> Path:
    info = get_report(ctx, actor, report_id)
    return save_report_as(ctx, actor, report_id, out_dir / info.file_name)


def save_report_as(ctx: ServiceContext, actor: Actor, report_id: int, path: Path) -> Path:
    """Write the signed bytes to ``path`` atomically (never a half-written file)."""
    write_atomic(path, report_pdf(ctx, actor, report_id))
    return path


# ---------------------------------------------------------------------------------------------
# Notices: 检验结果告知书 (failing) and the covering letter (passing)


def issue_notice(ctx: ServiceContext, actor: Actor, report_id: int, *, out_dir: Path | None = None) -> NoticeInfo:
    """The result notice for a failing report, or the covering letter for a passing one."""
    with ctx.uow() as uow:
        wanted = Permission.SIGN_REPORTS if actor.can(Permission.SIGN_REPORTS) else Permission.RECORD_DELIVERY
        authorize(uow, actor, wanted)
        row = uow.session.get(ReportRow, report_id)
        if row is None:
            raise NotFound(f"报告（编号 {report_id}）不存在。")
        if row.state != "signed":
            raise StateError(f"报告 {row.full_no} 已作废，请对现行有效的报告出具告知书。")
        sample = _sample(uow, row.sample_id)
        verdict = (row.data or {}).get("verdict") or sample.verdict
        kind = "result_notice" if verdict == "fail" else "cover_letter"
        suffix = "GZ" if kind == "result_notice" else "HS"
        number = f"{row.full_no}-{suffix}"
        existing = uow.session.scalars(select(Notice).where(Notice.number == number)).first()
        if existing is not None:
            info = _notice_info(existing)
        else:
            data = _notice_data(uow, ctx, row, sample, kind, number)
            pdf = notice_pdf.render_notice(data)
            notice = Notice(sample_id=sample.id, kind=kind, number=number, report_id=row.id, pdf=pdf,
                            sha256=hashlib.sha256(pdf).hexdigest(), created_at=ctx.now(), created_by=actor.user_id)
            uow.session.add(notice)
            uow.flush()
            audit.record(uow, ctx, actor, f"notice.{kind}", "notice", notice.id,
                         f"出具{notice_pdf.KIND_ZH[kind]} {number}", details={"report": row.full_no})
            uow.commit()
            info = _notice_info(notice)
    if out_dir is not None:
        with ctx.uow() as uow:
            stored = uow.session.get(Notice, info.id)
            assert stored is not None
            write_atomic(out_dir / info.file_name, bytes(stored.pdf))
    return info


def _notice_info(row: Notice) -> NoticeInfo:
    return NoticeInfo(row.id, row.sample_id, row.report_id, row.kind, notice_pdf.KIND_ZH.get(row.kind, row.kind),
                      row.number, row.sha256, row.created_at)


def _notice_data(uow: UnitOfWork, ctx: ServiceContext, report: ReportRow, sample: Sample, kind: str,
                 number: str) -> notice_pdf.NoticeData:
    lab = _lab(uow)
    plan = uow.session.get(Plan, sample.plan_id)
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    unit = uow.session.get(Enterprise, sample.sampled_unit_id)
    producer = uow.session.get(Enterprise, sample.producer_id) if sample.producer_id else None
    stored = report.data or {}
    failing = tuple(
        notice_pdf.FailingItem(r["name"], r["unit"], r["requirement"], r["result"])
        for r in stored.get("rows", []) if r.get("verdict") == "不合格"
    )
    return notice_pdf.NoticeData(
        kind=kind, number=number, report_no=report.full_no, lab_name=lab["name"], lab_address=lab["address"],
        lab_phone=lab["phone"], addressee=unit.name if unit else "", sampled_unit=unit.name if unit else "",
        producer=producer.name if producer else "", product_name=product.name_zh if product else "",
        sample_no=sample.sample_no, specification=sample.specification, batch_no=sample.batch_no,
        sampling_date=_date_zh(sample.sampling_date), plan_title=plan.title if plan else "",
        issuing_authority=plan.issuing_authority if plan else "", conclusion=str(stored.get("conclusion", "")),
        failing=failing, objection_office=str(get_value(uow, "lab.objection_office")),
        issued_on=_date_zh(ctx.today()), seal_image=credentials.lab_seal(uow),
    )


def save_notice_as(ctx: ServiceContext, actor: Actor, notice_id: int, path: Path) -> Path:
    write_atomic(path, notice_pdf_bytes(ctx, actor, notice_id))
    return path


def notice_pdf_bytes(ctx: ServiceContext, actor: Actor, notice_id: int) -> bytes:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_REPORTS)
        row = uow.session.get(Notice, notice_id)
        if row is None:
            raise NotFound(f"告知书（编号 {notice_id}）不存在。")
        return bytes(row.pdf)


# ---------------------------------------------------------------------------------------------
# Verification


_NUMBER = re.compile(rb"report_no=([A-Za-z0-9_\-./]+)")


def report_number_in(pdf: bytes) -> str:
    """The report number written into the PDF's metadata (readable even from a damaged copy)."""
    match = _NUMBER.search(pdf)
    return match.group(1).decode("ascii", "replace") if match else ""


def verify_report(ctx: ServiceContext, pdf: bytes) -> VerifyResult:
    """Check a report file: signature intact and the exact bytes in the register, not superseded.

    Needs no login: anyone holding a report may check it (as the QR code invites).
    """
    digest = hashlib.sha256(pdf).hexdigest()
    with ctx.uow() as uow:
        roots = credentials.trust_roots(uow)
        check = signing.verify_pdf(pdf, roots)
        row = uow.session.scalars(select(ReportRow).where(ReportRow.sha256 == digest)).first()
        claimed = report_number_in(pdf)
        base = {"signer": check.signer, "signing_time": check.signing_time, "sha256": digest,
                "trusted": check.trusted}
        if row is None:
            known = uow.session.scalars(select(ReportRow).where(ReportRow.full_no == claimed)).first() if claimed else None
            if not check.signed:
                reason = "文件没有数字签名，不是 LabDesk 签发的报告。"
            elif not check.ok:
                reason = f"文件已被修改：{check.problem}"
            elif known is not None:
                reason = f"签名完好，但文件与登记册中报告 {claimed} 的 SHA-256 不一致。"
            else:
                reason = "登记册中没有这份报告（未知报告，或不是本实验室签发的）。"
            if known is not None and check.ok is False:
                reason += f"（登记册中的报告 {claimed} 状态：{STATE_ZH.get(known.state, known.state)}）"
            return VerifyResult(False, reason, claimed, state="", **base)  # type: ignore[arg-type]
        info = _info(uow, row)
        if not check.ok:
            return VerifyResult(False, f"登记册中的文件签名无法校验：{check.problem}", row.full_no, state=row.state,
                                **base)  # type: ignore[arg-type]
        from labdesk.services.integrity import report_problem

        problem = report_problem(uow.session.connection(), row, pdf)
        if problem:
            return VerifyResult(False, problem, row.full_no, state=row.state, **base)  # type: ignore[arg-type]
        if row.state == "superseded":
            reason = (f"报告 {row.full_no} 已作废，已被 {info.superseded_by_no} 替代"
                      + (f"（更正原因：{_reason_of(uow, row)}）" if _reason_of(uow, row) else "") + "。")
            return VerifyResult(False, reason, row.full_no, state=row.state, superseded_by=info.superseded_by_no,
                                **base)  # type: ignore[arg-type]
        trust = "证书链可信" if check.trusted else "签名证书不在受信任的 CA 之下"
        return VerifyResult(True, f"签名完好，文件与登记册一致，报告现行有效（{trust}）。", row.full_no, state=row.state,
                            details={"sample_no": info.sample_no, "verdict": info.verdict_zh}, **base)  # type: ignore[arg-type]


def _reason_of(uow: UnitOfWork, row: ReportRow) -> str:
    successor = uow.session.scalars(select(ReportRow).where(ReportRow.replaces_id == row.id)).first()
    return successor.amendment_reason if successor else ""


__all__ = [
    "BatchResult", "NoticeInfo", "ProgressLike", "QueueEntry", "ReportInfo", "VerifyResult", "amend_report",
    "export_report", "get_report", "issue_notice", "list_reports", "notice_pdf_bytes", "preview_report",
    "report_number_in", "report_pdf", "save_notice_as", "save_report_as", "sign_batch", "sign_report", "signing_queue", "verify_report",
]
