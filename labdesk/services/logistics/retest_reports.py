"""The 复检结果报告: rendered from a decided re-test, signed like a test report, kept in the register.

Signing (``sign_retest_report``) follows the test report's path: the login
password is asked again, the signatory's own PKCS#12 signs the bytes (PAdES) in
memory, and the signed bytes with their SHA-256 go into the report register as a
row of kind ``retest`` numbered ``<original report>-FJ`` (``-FJ2``… for a further
re-test), all in one transaction.  ``labdesk verify-report`` then accepts it like
any report, and the deliveries list asks for it to be sent (``retest_applicant``,
``retest_bureau``).  Whoever entered the re-test results may not sign its report.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from sqlalchemy import func, select

from labdesk.domain.errors import RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Enterprise, Objection, Photo, Plan, PlanProduct, Report, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize, verify_password
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.logistics._common import _sample, _signed_report
from labdesk.services.logistics.objections import ObjectionInfo, _objection_info

RETESTED_OUTCOMES = ("upheld", "overturned")  # a re-test was done and judged


def _date_zh(day: Any) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日" if day is not None else ""


def _data(uow: UnitOfWork, row: Objection, *, full_no: str = "", code: str = "", signer: User | None = None,
          issued_on: Any = None, draft: bool = True) -> Any:
    from labdesk.reports.exports.retest import RetestReportData, RetestRow, RetestSignature
    from labdesk.services import credentials, settings

    sample = _sample(uow, row.sample_id)
    plan = uow.session.get(Plan, sample.plan_id)
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    unit = uow.session.get(Enterprise, sample.sampled_unit_id)
    report = _signed_report(uow, sample.id)
    names = {i.get("code"): i for i in ((product.ruleset or {}).get("items", []) if product else [])}
    result = row.retest_result or {}
    retest_items = result.get("items", {})
    rows = tuple(
        RetestRow(c["code"], names.get(c["code"], {}).get("name_zh", c["code"]),
                  names.get(c["code"], {}).get("unit", ""),
                  str((retest_items.get(c["code"]) or {}).get("requirement") or ""), c["original"],
                  c["original_verdict"], c["retest"], c["retest_verdict"], c["retested"], c.get("basis", ""))
        for c in (row.comparison or []))
    photo = uow.session.scalar(select(Photo.jpeg).where(Photo.sample_id == sample.id, Photo.stage == "retest")
                               .order_by(Photo.id.desc()).limit(1))
    entered_by = result.get("entered_by")
    tester = uow.session.get(User, entered_by) if entered_by else None
    signatures = (
        RetestSignature("签发", signer.full_name if signer else "（签发人）", _date_zh(issued_on),
                        credentials.signature_image(uow, signer.id) if signer else None),
        RetestSignature("复检", tester.full_name if tester else "/", _date_zh(row.decided_on),
                        credentials.signature_image(uow, tester.id) if tester else None),
    )
    return RetestReportData(
        lab_name=str(settings.get_value(uow, "lab.name")), plan_title=plan.title if plan else "",
        document_no=plan.document_no if plan else "", sample_no=sample.sample_no,
        report_no=report.full_no if report else "", product_name=product.name_zh if product else "",
        enterprise=unit.name if unit else "", applicant=row.applicant, filed_on=row.filed_on, grounds=row.grounds,
        seal_check=row.seal_check, photo_jpeg=photo, rows=rows,
        original_verdict=str(result.get("original_verdict") or ""), retest_verdict=str(result.get("verdict") or ""),
        outcome_note=row.outcome_note, decided_on=row.decided_on, full_no=full_no, verification_code=code,
        signatures=signatures, seal_image=None if draft else credentials.lab_seal(uow), draft=draft)


def _retested(uow: UnitOfWork, objection_id: int) -> Objection:
    row = uow.get(Objection, objection_id, "异议")
    if row.state != "decided" or row.outcome not in RETESTED_OUTCOMES:
        raise StateError("该异议没有完成的复检结果，不能出具复检结果报告。")
    return row


def retest_report(ctx: ServiceContext, actor: Actor, objection_id: int) -> bytes:
    """The 复检结果报告: the signed bytes from the register, or (not signed yet) an unsigned preview."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_OBJECTION)
        row = _retested(uow, objection_id)
        if row.retest_report_id is not None:
            stored = uow.get(Report, row.retest_report_id, "复检结果报告")
            if stored.pdf is not None:
                return bytes(stored.pdf)
        data = _data(uow, row)
    from labdesk.reports.exports.retest import retest_report_pdf

    return retest_report_pdf(data)


def sign_retest_report(ctx: ServiceContext, actor: Actor, objection_id: int, *, password: str,
                       passphrase: str) -> ObjectionInfo:
    """Sign the 复检结果报告 (PAdES), register it, and put it into delivery."""
    from labdesk.reports import signing
    from labdesk.reports.exports.retest import retest_report_pdf
    from labdesk.services import reports

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.SIGN_REPORTS)
    verify_password(ctx, actor, password)
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.SIGN_REPORTS)
        row = _retested(uow, objection_id)
        sample = _sample(uow, row.sample_id)
        if row.retest_report_id is not None:
            raise StateError(f"样品 {sample.sample_no} 的复检结果报告已签发。")
        if (row.retest_result or {}).get("entered_by") == actor.user_id:
            raise RuleViolation("您录入了该复检结果，须由其他授权签字人签发复检结果报告（录入与签发分离）。")
        original = _signed_report(uow, sample.id)
        if original is None:
            raise StateError(f"样品 {sample.sample_no} 没有现行有效的检验报告。")
        signer = reports._open_signer(uow, ctx, user, passphrase)
        count = uow.session.scalar(select(func.count(Report.id)).where(Report.sample_id == sample.id,
                                                                       Report.kind == "retest")) or 0
        full_no = f"{original.report_no}-FJ" + (str(count + 1) if count else "")
        now, issued, code = ctx.now(), ctx.today(), reports._verification_code()
        data = _data(uow, row, full_no=full_no, code=code, signer=user, issued_on=issued, draft=False)
        anchor = reports._chain_anchor(uow)  # the audit chain head, inside the signed bytes and the register
        data = dataclasses.replace(data, chain_anchor=f"{anchor[0]}:{anchor[1]}")
        pdf = signing.sign_pdf(retest_report_pdf(data), signer, reason=f"签发复检结果报告 {full_no}",
                               location=data.lab_name, signing_time=now)
        digest = hashlib.sha256(pdf).hexdigest()
        result = row.retest_result or {}
        stored = {"kind": "retest", "objection_id": row.id, "verdict": result.get("verdict"),
                  "original_verdict": result.get("original_verdict"), "original_report": original.full_no,
                  "retested_items": result.get("retested_items", []),
                  "derived_items": result.get("derived_items", []), "outcome": row.outcome}
        report = Report(sample_id=sample.id, kind="retest", report_no=full_no, revision=0, full_no=full_no,
                        state="signed", verification_code=code, pdf=pdf, sha256=digest,
                        tester_id=result.get("entered_by"), signer_id=actor.user_id, signed_at=now, issued_on=issued,
                        data=stored, created_at=now, chain_seq=anchor[0], chain_head=anchor[1])
        uow.session.add(report)
        uow.flush()
        row.retest_report_id = report.id
        row.retest_result = {**result, "report_no": full_no}
        audit.record(uow, ctx, actor, "report.retest_signed", "report", report.id,
                     f"签发复检结果报告 {full_no}（样品 {sample.sample_no}）",
                     details={"objection_id": row.id, "sha256": digest, "replaces": None,
                              "original_report": original.full_no})
        uow.commit()
        return _objection_info(row, sample.sample_no)
