"""The plan's exports for the regulator (seed duties 4 and 5, and the e-CQS entry).

``export_plan(ctx, actor, plan_id, out_dir)`` writes, into ``out_dir``:

- ``检验情况汇总表-<code>.xlsx`` — one row per reported sample (+ refusals, per-product data sheets);
- ``e-CQS录入-<code>.xlsx`` and two CSV twins — sampling information and results
  (columns documented in :mod:`labdesk.reports.exports.ecqs` and in the file's 字段说明 sheet);
- ``质量分析报告-<code>.pdf`` — pass rates by product and region, failing items, indicator distributions;
- ``合订本-<code>.pdf`` — cover, table of contents, all reports, notices and sampling forms.

Long exports take ``progress(done, total, text)`` and ``cancelled() -> bool``;
cancelling raises :class:`ExportCancelled` and leaves no half-written file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Disposition,
    Enterprise,
    Notice,
    Objection,
    Plan,
    Refusal,
    Report,
    Sample,
    SampleEvaluation,
    SampleSampler,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.reports.exports.analysis import analysis_pdf
from labdesk.reports.exports.bound import Section, bound_volume_pdf, sampling_form_pdf
from labdesk.reports.exports.data import (
    CancelFn,
    ExportCancelled,
    ExportDisposition,
    ExportDocument,
    ExportObjection,
    ExportRefusal,
    ExportSample,
    ItemValue,
    PlanExport,
    ProgressFn,
    tick,
)
from labdesk.reports.exports.ecqs import ecqs_csv, ecqs_xlsx
from labdesk.reports.exports.summary import summary_xlsx
from labdesk.reports.files import write_atomic
from labdesk.services import audit, settings
from labdesk.services.auth import authorize
from labdesk.services.context import BEIJING, Actor, ServiceContext
from labdesk.services.logistics import DISPOSITION_ACTIONS

__all__ = ["ExportCancelled", "ExportResult", "collect_plan_export", "export_plan", "export_names"]

NOTICE_TITLES = {"result_notice": "检验结果告知书", "rejection": "样品拒收通知书", "termination": "终止检验通知书",
                 "cover_letter": "送达函"}
OBJECTION_STATES = {"accepted": "已受理", "refused": "不予受理", "retesting": "复检中", "decided": "已办结"}
GROUP_ORDER = ("合格报告", "不合格报告", "检验结果告知书", "其他通知书", "抽样单")


@dataclass(frozen=True)
class ExportResult:
    plan_code: str
    files: tuple[Path, ...]
    reported: int
    summary_rows: int


def export_names(code: str) -> dict[str, str]:
    return {
        "summary": f"检验情况汇总表-{code}.xlsx",
        "ecqs": f"e-CQS录入-{code}.xlsx",
        "ecqs_sampling_csv": f"e-CQS抽样信息-{code}.csv",
        "ecqs_results_csv": f"e-CQS检验结果-{code}.csv",
        "analysis": f"质量分析报告-{code}.pdf",
        "bound": f"合订本-{code}.pdf",
    }


def _item_names(ruleset: Mapping[str, Any] | None) -> dict[str, tuple[str, str]]:
    if not ruleset:
        return {}
    return {i.get("code", ""): (i.get("name_zh", ""), i.get("unit", "")) for i in ruleset.get("items", [])}


def _items(result: Mapping[str, Any], names: Mapping[str, tuple[str, str]]) -> tuple[ItemValue, ...]:
    out = []
    for code, entry in (result.get("items") or {}).items():
        if not isinstance(entry, Mapping):
            continue
        value = entry.get("value") if entry.get("value") is not None else entry.get("reported")
        if value in (None, ""):
            continue
        name, unit = names.get(code, (entry.get("name_zh", "") or code, ""))
        out.append(ItemValue(code, name, entry.get("unit") or unit, str(value), str(entry.get("requirement") or ""),
                             str(entry.get("verdict") or ""), str(entry.get("kind") or "numeric")))
    return tuple(out)


def _collect(uow: UnitOfWork, plan: Plan, today: dt.date, with_documents: bool) -> PlanExport:
    producer = aliased(Enterprise)
    products = {p.id: p for p in plan.products}
    names = {p.id: _item_names(p.ruleset) for p in plan.products}
    quotas = [q for q in plan.quotas if not plan.institution or q.institution == plan.institution] or list(plan.quotas)
    regions: list[str] = []
    for q in quotas:
        regions += [r for r in q.regions if r not in regions]
    rows = uow.session.execute(
        select(Sample, Enterprise, producer).join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
        .outerjoin(producer, producer.id == Sample.producer_id)
        .where(Sample.plan_id == plan.id).order_by(Sample.sample_no)
    ).all()
    ids = [s.id for s, _, _ in rows]
    samplers: dict[int, list[str]] = {}
    for sid, name in uow.session.execute(select(SampleSampler.sample_id, SampleSampler.name)
                                         .where(SampleSampler.sample_id.in_(ids))
                                         .order_by(SampleSampler.sample_id, SampleSampler.position)):
        samplers.setdefault(sid, []).append(name)
    evaluations: dict[int, SampleEvaluation] = {}
    for latest in uow.session.scalars(select(SampleEvaluation).where(SampleEvaluation.sample_id.in_(ids))
                                  .order_by(SampleEvaluation.id)):
        evaluations[latest.sample_id] = latest  # the latest wins
    reports: dict[int, tuple[int, str, dt.date | None]] = {}
    for rid, sid, full_no, issued in uow.session.execute(
            select(Report.id, Report.sample_id, Report.full_no, Report.issued_on)
            .where(Report.sample_id.in_(ids), Report.state == "signed", Report.kind == "test")
            .order_by(Report.revision)):
        reports[sid] = (rid, full_no, issued)
    samples: list[ExportSample] = []
    for s, unit, prod in rows:
        product = products.get(s.plan_product_id)
        ev = evaluations.get(s.id)
        result = dict(ev.result or {}) if ev is not None else {}
        item_names = names.get(s.plan_product_id, {})
        failed = tuple(item_names.get(c, (c, ""))[0] or c for c in result.get("failed_items", []))
        report = reports.get(s.id)
        conclusion = str(result.get("conclusion", ""))
        samples.append(ExportSample(
            sample_id=s.id, sample_no=s.sample_no, form_no=s.form_no, report_no=report[1] if report else "",
            product_code=s.product_code, product_name=product.name_zh if product else s.product_code,
            domain=s.domain, unit_name=unit.name, unit_credit_code=unit.credit_code or "", unit_address=unit.address,
            unit_contact=unit.contact, unit_phone=unit.phone, region=s.region or unit.region, county=unit.county,
            producer_name=prod.name if prod else "", producer_address=prod.address if prod else "",
            trademark=s.trademark, specification=s.specification, declared_grade=s.declared_grade or "",
            batch_no=s.batch_no, production_date=s.production_date, sampling_date=s.sampling_date,
            sampling_place=s.sampling_place, base_quantity=s.base_quantity, sample_quantity=s.sample_quantity,
            seal_numbers=s.seal_numbers, samplers=tuple(samplers.get(s.id, [])),
            executed_standard=s.executed_standard, licence_no=s.licence_no or unit.licence_no, paid=s.paid,
            state=s.state, received_on=s.received_at.astimezone(BEIJING).date() if s.received_at else None,
            issued_on=report[2] if report else None, verdict=s.verdict if s.state == "reported" else None,
            failed_items=failed, conclusion=conclusion, items=_items(result, item_names), remarks=s.remarks,
        ))
    product_names = {p.product_code: p.name_zh for p in plan.products}
    refusals = tuple(
        ExportRefusal(e.name, e.region, e.county, product_names.get(r.product_code, r.product_code), r.occurred_on,
                      r.description, tuple(r.samplers), r.county_bureau, r.county_confirmed_on,
                      r.reported_to_province_on)
        for r, e in uow.session.execute(select(Refusal, Enterprise).join(Enterprise, Enterprise.id == Refusal.enterprise_id)
                                        .where(Refusal.plan_id == plan.id).order_by(Refusal.occurred_on, Refusal.id))
    )
    by_sample = {s.sample_id: s for s in samples}
    dispositions = []
    for d in uow.session.scalars(select(Disposition).where(Disposition.sample_id.in_(ids)).order_by(Disposition.id)):
        sample = by_sample[d.sample_id]
        dispositions.append(ExportDisposition(sample.sample_no, sample.unit_name, sample.product_name,
                                              sample.verdict_zh, sample.paid, DISPOSITION_ACTIONS.get(d.action, d.action),
                                              d.done_on, d.recipient, d.record))
    objections = []
    for o in uow.session.scalars(select(Objection).where(Objection.sample_id.in_(ids)).order_by(Objection.id)):
        sample = by_sample[o.sample_id]
        objections.append(ExportObjection(sample.sample_no, sample.unit_name, o.filed_on, o.applicant,
                                          OBJECTION_STATES.get(o.state, o.state), o.refusal_reason or o.outcome_note))
    documents: list[ExportDocument] = []
    if with_documents:
        by_id = {s.sample_id: s for s in samples}
        report_ids = {sid: rid for sid, (rid, _, _) in reports.items()}
        pdfs = dict(uow.session.execute(
            select(Report.id, Report.pdf).where(Report.id.in_(list(report_ids.values())))).all())
        for es in samples:
            report_pdf = pdfs.get(report_ids[es.sample_id]) if es.sample_id in report_ids else None
            if es.reported and report_pdf:
                documents.append(ExportDocument(es.sample_no, "report", f"检验报告 {es.report_no}（{es.unit_name}）",
                                                report_pdf))
        for notice_kind, number, sid, pdf in uow.session.execute(
                select(Notice.kind, Notice.number, Notice.sample_id, Notice.pdf).where(Notice.sample_id.in_(ids))
                .order_by(Notice.number)):
            noticed = by_id.get(sid)
            if noticed is None or notice_kind == "cover_letter":
                continue
            title = NOTICE_TITLES.get(notice_kind, notice_kind)
            documents.append(ExportDocument(noticed.sample_no, f"notice:{notice_kind}",
                                            f"{title} {number}（{noticed.unit_name}）", pdf))
    return PlanExport(
        plan_code=plan.code, plan_title=plan.title, issuing_authority=plan.issuing_authority,
        document_no=plan.document_no, institution=plan.institution, lab_name=str(settings.get_value(uow, "lab.name")),
        period_start=plan.period_start, period_end=plan.period_end, generated_on=today,
        product_names=tuple((p.product_code, p.name_zh) for p in plan.products), regions=tuple(regions),
        quotas=tuple(("、".join(product_names.get(c, c) for c in q.product_codes), q.batches) for q in quotas),
        samples=tuple(samples), refusals=refusals, documents=tuple(documents), dispositions=tuple(dispositions),
        objections=tuple(objections),
    )


def collect_plan_export(ctx: ServiceContext, actor: Actor, plan_id: int, *, with_documents: bool = False,
                        today: dt.date | None = None) -> PlanExport:
    """Everything the exports render, as frozen data (documents = stored report and notice PDFs)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EXPORT_PLAN)
        plan = uow.get(Plan, plan_id, "计划")
        return _collect(uow, plan, today or ctx.today(), with_documents)


def bound_sections(data: PlanExport, *, progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None) -> list[Section]:
    """Reports (passing, then failing), notices, then a rendered 抽样单 per reported sample."""
    sections: list[Section] = []
    verdicts = {s.sample_no: s.verdict for s in data.samples}
    for doc in data.documents:
        if doc.kind == "report":
            group = "合格报告" if verdicts.get(doc.sample_no) == "pass" else "不合格报告"
        elif doc.kind == "notice:result_notice":
            group = "检验结果告知书"
        else:
            group = "其他通知书"
        sections.append(Section(doc.title, group, doc.pdf))
    reported = data.reported
    for i, sample in enumerate(reported):
        tick(progress, cancelled, i, len(reported), f"生成抽样单 {sample.form_no}")
        sections.append(Section(f"抽样单 {sample.form_no}（{sample.unit_name}，{sample.product_name}）", "抽样单",
                                sampling_form_pdf(sample, data)))
    sections.sort(key=lambda s: GROUP_ORDER.index(s.group))  # stable: keeps sample order inside a group
    return sections


def export_plan(
    ctx: ServiceContext, actor: Actor, plan_id: int, out_dir: Path, *, progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None, which: tuple[str, ...] = ("summary", "ecqs", "analysis", "bound"),
) -> ExportResult:
    """Write the plan's exports into ``out_dir`` (see the module docstring)."""
    tick(progress, cancelled, 0, 100, "读取计划数据")
    data = collect_plan_export(ctx, actor, plan_id, with_documents="bound" in which)
    names = export_names(data.plan_code)
    rendered: dict[str, bytes] = {}
    if "summary" in which:
        tick(progress, cancelled, 10, 100, "生成检验情况汇总表")
        rendered[names["summary"]] = summary_xlsx(data)
    if "ecqs" in which:
        tick(progress, cancelled, 15, 100, "生成 e-CQS 录入文件")
        rendered[names["ecqs"]] = ecqs_xlsx(data)
        csvs = ecqs_csv(data)
        rendered[names["ecqs_sampling_csv"]] = csvs["抽样信息"]
        rendered[names["ecqs_results_csv"]] = csvs["检验结果"]
    if "analysis" in which:
        tick(progress, cancelled, 20, 100, "生成质量分析报告")
        rendered[names["analysis"]] = analysis_pdf(data)
    if "bound" in which:
        def scaled(lo: int, hi: int) -> ProgressFn:
            return lambda done, total, text: progress(lo + (hi - lo) * done // max(1, total), 100, text) \
                if progress else None

        sections = bound_sections(data, progress=scaled(30, 60), cancelled=cancelled)
        rendered[names["bound"]] = bound_volume_pdf(data, sections, progress=scaled(60, 98), cancelled=cancelled)
    tick(progress, cancelled, 99, 100, "写入文件")
    files = []
    for name, blob in rendered.items():
        path = out_dir / name
        write_atomic(path, blob)
        files.append(path)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EXPORT_PLAN)
        audit.record(uow, ctx, actor, "plan.exported", "plan", plan_id, f"导出 {data.plan_title} 的汇总材料",
                     details={"files": [p.name for p in files], "reported": len(data.reported)})
        uow.commit()
    if progress:
        progress(100, 100, "完成")
    return ExportResult(data.plan_code, tuple(files), len(data.reported), len(data.reported))
