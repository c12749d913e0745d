"""Demo step 'logistics' (runs last): refusal, deliveries, an objection with re-test, dispositions, exports.

- 周杰 and 孙伟 record a 拒检认定表 at 忻州市神达能源有限公司, confirmed with the county
  bureau and reported to the province;
- the receptionist records the deliveries every signed report needs (EMS to the
  enterprises with tracking numbers, direct to the bureaus), the enterprises sign;
- one enterprise objects in time: the backup portion is unsealed (photographed,
  seal checked against intake) and re-tested; another objects too late and is refused;
- after the objection period the samples are disposed of per the seed's rules;
- e-CQS entries are recorded, and with ``--out`` DIR/exports/ receives the summary
  table, the e-CQS file, the quality analysis report and the bound volume.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import LabDeskError, RuleViolation
from labdesk.persistence.models import Determination, Portion, Report, Sample, SampleEvaluation, TestItem
from labdesk.services import exports, logistics


def _jpeg(text: str) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), (236, 232, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 140, 520, 340), outline=(160, 20, 20), width=6)
    draw.text((150, 220), text, fill=(160, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _reported_samples(demo: Any) -> list[tuple[int, str, str | None, bool]]:
    """(sample id, number, verdict, paid) of the samples whose reports the reports step signed."""
    report_ids = demo.data.get("reports")
    with demo.ctx.uow() as uow:
        query = select(Sample.id, Sample.sample_no, Sample.verdict, Sample.paid).where(Sample.state == "reported")
        if report_ids:
            query = query.where(Sample.id.in_(select(Report.sample_id).where(Report.id.in_(list(report_ids)))))
        return [(sid, no, verdict, paid) for sid, no, verdict, paid in uow.session.execute(query.order_by(Sample.id))]


def _retest_values(demo: Any, sample_id: int) -> dict[str, list[str]]:
    """The re-test repeats, on the backup portion, the measurements behind the failing items (e.g. St,ad
    behind St,d); the bench gets values a little off the original ones, as a second portion gives."""
    from decimal import Decimal

    from labdesk.domain.judging.ruleset import RuleSet
    from labdesk.persistence.models import PlanProduct

    with demo.ctx.uow() as uow:
        rows = uow.session.execute(
            select(TestItem.item_code, Determination.value_text)
            .join(Determination, Determination.test_item_id == TestItem.id)
            .where(TestItem.sample_id == sample_id, Determination.active.is_(True),
                   Determination.round == TestItem.round)
            .order_by(TestItem.item_code, Determination.seq)
        ).all()
        sample = uow.session.get(Sample, sample_id)
        product = uow.session.get(PlanProduct, sample.plan_product_id) if sample else None
        latest = uow.session.scalar(select(SampleEvaluation).where(SampleEvaluation.sample_id == sample_id)
                                    .order_by(SampleEvaluation.id.desc()).limit(1))
        failed = list((latest.result or {}).get("failed_items") or []) if latest else []
        ruleset = RuleSet.from_dict(product.ruleset) if product and product.ruleset else None
    measured: dict[str, list[str]] = {}
    for code, text in rows:
        measured.setdefault(code, []).append(text)
    wanted: set[str] = set()
    todo = list(failed)
    while todo:  # the failing items' own measurements, or those their formulas read
        code = todo.pop()
        if code in measured:
            wanted.add(code)
        elif ruleset is not None:
            todo += list(ruleset.formula_inputs.get(code, ()))
    if not wanted:
        wanted = set(measured)

    def nudge(text: str) -> str:  # one unit in the last place, every replicate alike: repeatability unchanged
        value = Decimal(text)
        return str(value + Decimal(1).scaleb(value.as_tuple().exponent))  # type: ignore[arg-type]

    return {code: [nudge(t) for t in measured[code]] for code in sorted(wanted)}


def _sign_and_send_retest_report(demo: Any, objection_id: int, sample_id: int, password: str,
                                 lines: list[str]) -> None:
    """陈刚 signs the 复检结果报告 (刘洋 entered the re-test); it goes to the applicant and the bureau."""
    ctx, plan = demo.ctx, demo.data["plan"]
    reception, qm = demo.actor("reception"), demo.actor("qm")
    demo.clock.advance(hours=2)
    try:
        signed = logistics.sign_retest_report(ctx, demo.actor("signatory"), objection_id, password=password,
                                              passphrase=password)
    except LabDeskError as error:  # e.g. no certificate imported: the preview is written instead
        demo.log(f"  复检结果报告未签发：{error}")
        name = "复检结果报告-预览（未签发）.pdf"
    else:
        lines.append(f"复检结果报告 {signed.retest_report_no} 已签发并送达")
        name = f"复检结果报告-{signed.retest_report_no}.pdf"
        for pending in logistics.pending_deliveries(ctx, reception, plan.id):
            if pending.sample_id == sample_id and pending.duty in ("retest_applicant", "retest_bureau"):
                logistics.record_delivery(ctx, reception, duty=pending.duty, method="direct",
                                          recipient=pending.recipient_hint, sent_on=ctx.today(),
                                          received_on=ctx.today(), sample_id=sample_id)
    if demo.out_dir is not None:
        from labdesk.reports.files import write_atomic

        write_atomic(demo.out("retest") / name, logistics.retest_report(ctx, qm, objection_id))


def run(demo: Any) -> None:
    from labdesk.demo import DEMO_PASSWORD

    ctx = demo.ctx
    plan = demo.data.get("plan")
    if plan is None:
        demo.log("  (no plan: logistics step skipped)")
        return
    reception = demo.actor("reception")
    qm = demo.actor("qm")
    today = ctx.today()
    lines: list[str] = []

    # 1. a refusal (拒检认定表)
    enterprise_ids = demo.data.get("enterprise_ids") or []
    if len(enterprise_ids) > 2:
        refusal = logistics.record_refusal(
            ctx, reception, plan_id=plan.id, enterprise_id=enterprise_ids[2], product_code="power_coal",
            occurred_on=today - dt.timedelta(days=3),
            description="抽样人员出示监督抽查通知书及身份证明后，企业负责人以“样品价格须按每吨2万元结算”的明显不合理价格"
                        "阻碍抽样，经说明政策后仍拒绝配合，未能抽样。",
            samplers=["孙伟", "周杰"], witnesses=["忻府区市场监督管理局 郝建国"],
        )
        logistics.confirm_refusal(ctx, reception, refusal.id, county_bureau="忻州市忻府区市场监督管理局",
                                  confirmed_on=today - dt.timedelta(days=2))
        logistics.report_refusal(ctx, reception, refusal.id, reported_on=today - dt.timedelta(days=2),
                                 method="ems", reference="1180 2233 0912 4")
        lines.append(f"拒检 1 家（{refusal.enterprise_name}）")

    # 2. deliveries for every signed report
    samples = _reported_samples(demo)
    wanted = {sid for sid, *_ in samples}
    sent = received = 0
    to_sign: list[int] = []
    for pending in logistics.pending_deliveries(ctx, reception, plan.id):
        if pending.sample_id is None or pending.sample_id not in wanted:
            continue
        ems = pending.duty in ("pass_enterprise", "fail_enterprise", "fail_producer")
        info = logistics.record_delivery(
            ctx, reception, duty=pending.duty, method="ems" if ems else "direct",
            tracking_no=f"1{pending.sample_id:03d}{sent:04d}4{today:%m%d}" if ems else "",
            recipient=pending.recipient_hint, sent_on=today, sample_id=pending.sample_id,
            received_on=None if ems else today,
        )
        sent += 1
        if ems:
            to_sign.append(info.id)
    demo.clock.advance(days=2)  # EMS 妥投 two days later (no event is recorded before it happens)
    for delivery_id in to_sign:
        logistics.record_receipt(ctx, reception, delivery_id, today + dt.timedelta(days=2))
        received += 1
    lines.append(f"送达 {sent} 份（EMS 签收 {received} 份）")

    # 3. objections: one in time with a re-test, one too late
    failing = [s for s in samples if s[2] == "fail"]
    target = failing[0] if failing else (samples[0] if samples else None)
    open_objection = None
    if target is not None:
        sample_id, sample_no, _, _ = target
        receipt = today + dt.timedelta(days=2)
        demo.clock.set_day(receipt + dt.timedelta(days=5))
        objection = logistics.file_objection(ctx, qm, sample_id=sample_id, filed_on=receipt + dt.timedelta(days=5),
                                             applicant="受检单位", grounds="对检验结论有异议，申请对备用样品复检。")
        with ctx.uow() as uow:
            seal = uow.session.scalar(select(Portion.seal_no).where(Portion.sample_id == sample_id,
                                                                     Portion.kind == "backup")) or ""
            seal = seal or (uow.session.scalar(select(Sample.seal_numbers).where(Sample.id == sample_id)) or "")
        seal = seal.replace("，", ",").split(",")[0].strip() or "FT-0000"
        demo.clock.advance(days=1)
        try:
            logistics.start_retest(ctx, qm, objection.id, seal_no_seen=seal,
                                   photo_jpeg=_jpeg(f"{sample_no} {seal}"), photo_source="file")
            values = _retest_values(demo, sample_id)
            if not values:
                raise RuleViolation("原检验没有可复检的测定值")
            decided = logistics.enter_retest_results(ctx, qm, objection.id, determinations=values)
            lines.append(f"异议 1 件复检（样品 {sample_no}：{decided.outcome_note}）")
            _sign_and_send_retest_report(demo, objection.id, sample_id, DEMO_PASSWORD, lines)
        except LabDeskError as error:  # keep the walk going; the open objection shows on the home screen
            open_objection = objection.id
            demo.log(f"  复检未完成：{error}")
            lines.append(f"异议 1 件（样品 {sample_no}，复检未完成）")
        later = next((s for s in samples if s[0] != sample_id), None)
        if later is not None:
            demo.clock.set_day(receipt + dt.timedelta(days=17))
            refused = logistics.file_objection(ctx, qm, sample_id=later[0], filed_on=receipt + dt.timedelta(days=17),
                                               applicant="受检单位", grounds="对检验结论有异议。")
            lines.append(f"逾期异议 1 件不予受理（样品 {later[1]}）")
            assert refused.state == "refused"

    # 4. e-CQS entries
    ids = [s[0] for s in samples]
    with ctx.uow() as uow:
        all_ids = list(uow.session.scalars(select(Sample.id).where(Sample.plan_id == plan.id,
                                                                    Sample.state != "rejected")))
    logistics.mark_ecqs_entered(ctx, qm, all_ids, "sampling")
    logistics.mark_ecqs_entered(ctx, qm, ids, "results")

    # 5. dispositions after the objection period (on the first working day it is due)
    due = [p for p in logistics.pending_dispositions(ctx, reception, plan.id) if not p.blocked_reason]
    if due:
        demo.clock.set_day(max(p.due_on for p in due))
    disposed = 0
    for item in due:
        record = ""
        if item.paid:
            record = "付费样品：检验样品已按省局《产品质量监督抽查和风险监测样品处置规定（试行）》留样期满后销毁，备用样品退还。"
        recipient = item.enterprise_name if item.action == "return" else (
            "企业所在地市场监督管理局" if item.action == "hand_over" else "本机构样品管理员")
        logistics.record_disposition(ctx, reception, item.sample_id, recipient=recipient, record=record)
        disposed += 1
    lines.append(f"样品处置 {disposed} 批" + ("；1 件异议未办结" if open_objection else ""))

    # 6. exports, then the summary and the bound volume go to the province
    if demo.out_dir is not None:
        out = demo.out("exports")
        result = exports.export_plan(ctx, qm, plan.id, out)
        lines.append(f"导出 {len(result.files)} 个文件到 {out}")
        for duty in ("summary", "bound_volume"):
            logistics.record_delivery(ctx, reception, duty=duty, method="direct",
                                      recipient=f"{plan.issuing_authority}质量监管处", sent_on=ctx.today(),
                                      received_on=ctx.today(), plan_id=plan.id)
    with ctx.uow() as uow:
        evaluations = uow.session.scalar(select(SampleEvaluation.id).limit(1))
    if evaluations is None:
        demo.log("  (no evaluations in the database: exports have no results)")
    demo.summary.append("；".join(lines))
