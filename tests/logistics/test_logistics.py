"""Deliveries, objections (late ones refused), re-tests on the sealed backup, dispositions, refusals."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied, RuleViolation, StateError
from labdesk.persistence.models import AuditEvent, Photo, Portion
from labdesk.services import logistics
from tests.logistics import factory

D = dt.date
COAL_OK = {"Mt": ["7.9", "8.1"], "Mad": ["3.98", "4.02"], "Aad": ["15.90", "16.10"], "Vad": ["23.95", "24.05"],
           "St,ad": ["0.95", "0.97"], "Had": ["3.00", "3.00"], "Qb,ad": ["25000", "25100"]}


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def after_the_events(clock) -> None:  # type: ignore[no-untyped-def]
    """The events of these tests lie in Aug-Sep 2021: 'today' is after them (no event may lie in the future)."""
    clock.current = dt.datetime(2021, 10, 15, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def world(ctx, actors):  # type: ignore[no-untyped-def]
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    unit = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同", "云冈区")
    shop = factory.enterprise(ctx, "大同市恒通煤炭经销有限公司", "大同", "平城区")
    good = factory.sample(ctx, plan, "power_coal", unit, "大同", state="received", seal="FT-0101")
    bad = factory.sample(ctx, plan, "power_coal", shop, "大同", state="received", domain="circulation",
                         producer_id=unit, seal="FT-0102")
    factory.report(ctx, good, actors["signatory"], D(2021, 8, 20), factory.PASS_ITEMS, "pass")
    factory.report(ctx, bad, actors["signatory"], D(2021, 8, 20), factory.FAIL_ITEMS, "fail")
    return {"plan": plan, "good": good, "bad": bad, "unit": unit, "shop": shop}


def test_deliveries_cover_the_five_duties(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    rec = actors["receptionist"]
    pending = logistics.pending_deliveries(ctx, rec, world["plan"].id)
    assert sorted((p.sample_id or 0, p.duty) for p in pending) == sorted([
        (world["good"], "pass_enterprise"), (world["good"], "pass_bureau"),
        (world["bad"], "fail_enterprise"), (world["bad"], "fail_producer"), (world["bad"], "fail_province"),
        (0, "summary"), (0, "bound_volume")])
    province = next(p for p in pending if p.duty == "fail_province")
    assert province.due_on == D(2021, 8, 27)  # 7 days after issue
    assert province.recipient_hint == "山西省市场监督管理局质量监管处"
    bureau = next(p for p in pending if p.duty == "pass_bureau")
    assert bureau.recipient_hint == "大同市市场监督管理局" and bureau.due_on == D(2021, 9, 30)

    with pytest.raises(InputError, match="运单号"):
        logistics.record_delivery(ctx, rec, duty="pass_enterprise", method="ems", recipient="云冈煤业",
                                  sent_on=D(2021, 8, 21), sample_id=world["good"])
    with pytest.raises(RuleViolation, match="不适用"):
        logistics.record_delivery(ctx, rec, duty="fail_enterprise", method="direct", recipient="云冈煤业",
                                  sent_on=D(2021, 8, 21), sample_id=world["good"])
    with pytest.raises(InputError, match="签发日期"):
        logistics.record_delivery(ctx, rec, duty="pass_enterprise", method="direct", recipient="云冈煤业",
                                  sent_on=D(2021, 8, 19), sample_id=world["good"])
    with pytest.raises(PermissionDenied):
        logistics.record_delivery(ctx, actors["tester"], duty="pass_enterprise", method="direct", recipient="x",
                                  sent_on=D(2021, 8, 21), sample_id=world["good"])
    sent = logistics.record_delivery(ctx, rec, duty="fail_enterprise", method="ems", tracking_no="1100 2233 4455",
                                     recipient="大同市恒通煤炭经销有限公司", sent_on=D(2021, 8, 21),
                                     sample_id=world["bad"])
    assert sent.notice_id is not None and sent.report_id is not None
    assert sent.documents == ("检验结果告知书", "检验报告", "抽样单")
    logistics.record_delivery(ctx, rec, duty="summary", method="direct", recipient="省局质量监管处",
                              sent_on=D(2021, 9, 24), plan_id=world["plan"].id)
    left = {(p.sample_id, p.duty) for p in logistics.pending_deliveries(ctx, rec, world["plan"].id)}
    assert (world["bad"], "fail_enterprise") not in left and (None, "summary") not in left
    assert logistics.objection_window(ctx, rec, world["bad"]).received_on is None
    received = logistics.record_receipt(ctx, rec, sent.id, D(2021, 8, 24))
    assert received.received_on == D(2021, 8, 24)
    window = logistics.objection_window(ctx, rec, world["bad"])
    assert (window.deadline_on, window.disposition_due_on) == (D(2021, 9, 8), D(2021, 9, 9))
    assert [d.duty for d in logistics.list_deliveries(ctx, rec, sample_id=world["bad"])] == ["fail_enterprise"]


def _deliver(ctx, actors, sample_id: int, received: dt.date, duty: str = "fail_enterprise") -> None:  # type: ignore[no-untyped-def]
    logistics.record_delivery(ctx, actors["receptionist"], duty=duty, method="direct", recipient="企业",
                              sent_on=received, received_on=received, sample_id=sample_id)


def test_late_objection_is_refused_with_the_reason(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    with pytest.raises(RuleViolation, match="签收"):
        logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 9, 1), applicant="恒通",
                                 grounds="对硫分结果有异议")
    _deliver(ctx, actors, world["bad"], D(2021, 8, 25))  # deadline: 25 Aug + 15 days = 9 Sep
    late = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 9, 10),
                                    applicant="大同市恒通煤炭经销有限公司", grounds="对全硫结果有异议")
    assert late.state == "refused" and late.deadline_on == D(2021, 9, 9)
    assert "逾期 1 日" in late.refusal_reason and "不予受理" in late.refusal_reason
    with ctx.uow() as uow:
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "objection.refused"))
        assert event is not None and event.reason == late.refusal_reason
    # a refused objection is no re-test
    with pytest.raises(StateError):
        logistics.start_retest(ctx, qm, late.id, seal_no_seen="FT-0102", photo_jpeg=jpeg())
    on_time = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 9, 9),
                                       applicant="大同市恒通煤炭经销有限公司", grounds="对全硫结果有异议")
    assert on_time.state == "accepted"
    with pytest.raises(RuleViolation, match="未办结"):
        logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 9, 9), applicant="x",
                                 grounds="y")
    with pytest.raises(PermissionDenied):
        logistics.file_objection(ctx, actors["receptionist"], sample_id=world["good"], filed_on=D(2021, 9, 9),
                                 applicant="x", grounds="y")


def test_retest_on_sealed_backup_judged_and_compared(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    _deliver(ctx, actors, world["bad"], D(2021, 8, 25))
    objection = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 9, 1),
                                         applicant="恒通", grounds="对全硫结果有异议")
    with pytest.raises(StateError):
        logistics.enter_retest_results(ctx, qm, objection.id, determinations=COAL_OK)
    with pytest.raises(InputError, match="JPEG"):
        logistics.start_retest(ctx, qm, objection.id, seal_no_seen="FT-0102", photo_jpeg=b"not a jpeg")
    started = logistics.start_retest(ctx, qm, objection.id, seal_no_seen=" ft-0102 ", photo_jpeg=jpeg())
    assert started.state == "retesting" and started.seal_ok is True
    with ctx.uow() as uow:
        photo = uow.session.scalar(select(Photo).where(Photo.sample_id == world["bad"]))
        assert photo is not None and (photo.stage, photo.kind, photo.width) == ("retest", "unsealing", 64)
        backup = uow.session.scalar(select(Portion).where(Portion.sample_id == world["bad"], Portion.kind == "backup"))
        assert backup is not None and backup.state == "unsealed"
    with pytest.raises(InputError, match="规则集中没有项目"):
        logistics.enter_retest_results(ctx, qm, objection.id, determinations={"XYZ": ["1"]})
    decided = logistics.enter_retest_results(ctx, qm, objection.id, determinations=COAL_OK)
    assert decided.state == "decided" and decided.retest_verdict == "pass" and decided.original_verdict == "fail"
    assert decided.outcome == "overturned" and "不一致" in decided.outcome_note
    sulfur = next(c for c in decided.comparison if c.code == "St,d")
    assert (sulfur.original, sulfur.original_verdict, sulfur.retest, sulfur.retest_verdict) == (
        "3.42", "fail", "1.00", "pass")
    assert not sulfur.same_verdict and sulfur.retested is True and sulfur.basis == "derived"  # from St,ad
    assert [o.outcome for o in logistics.list_objections(ctx, qm, world["plan"].id)] == ["overturned"]
    pdf = logistics.retest_report(ctx, qm, objection.id)
    import subprocess

    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "复检结果报告" in text and "原检验结论不成立" in text and "3.42" in text
    (Path("/tmp") / "labdesk-retest-report.pdf").write_bytes(pdf)


def test_retest_with_wrong_seal_is_cancelled(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    _deliver(ctx, actors, world["bad"], D(2021, 8, 25))
    objection = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 8, 30),
                                         applicant="恒通", grounds="异议")
    cancelled = logistics.start_retest(ctx, qm, objection.id, seal_no_seen="FT-9999", photo_jpeg=jpeg())
    assert cancelled.seal_ok is False and cancelled.outcome == "cancelled" and "原检验结论维持" in cancelled.outcome_note


def test_dispositions_after_the_objection_period(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    rec = actors["receptionist"]
    assert logistics.pending_dispositions(ctx, rec) == []  # no receipt yet: the period has not started
    _deliver(ctx, actors, world["good"], D(2021, 8, 25), "pass_enterprise")
    _deliver(ctx, actors, world["bad"], D(2021, 8, 25))
    pending = {p.sample_id: p for p in logistics.pending_dispositions(ctx, rec, world["plan"].id)}
    assert pending[world["good"]].action == "return" and pending[world["bad"]].action == "hand_over"
    assert pending[world["good"]].period_end == D(2021, 9, 9) and pending[world["good"]].due_on == D(2021, 9, 10)
    with pytest.raises(RuleViolation, match="届满"):
        logistics.record_disposition(ctx, rec, world["good"], recipient="云冈煤业", done_on=D(2021, 9, 9))
    with pytest.raises(RuleViolation, match="未付费样品应"):
        logistics.record_disposition(ctx, rec, world["good"], recipient="x", done_on=D(2021, 9, 10),
                                     action="hand_over")
    done = logistics.record_disposition(ctx, rec, world["good"], recipient="大同市云冈煤业有限公司",
                                        done_on=D(2021, 9, 10))
    assert done.action == "return" and "退还受检单位" in done.record and "2021-09-09" in done.record
    with pytest.raises(RuleViolation, match="已处置"):
        logistics.record_disposition(ctx, rec, world["good"], recipient="x", done_on=D(2021, 9, 11))
    # an open objection blocks the disposition
    logistics.file_objection(ctx, actors["quality_manager"], sample_id=world["bad"], filed_on=D(2021, 9, 1),
                             applicant="恒通", grounds="异议")
    assert next(p for p in logistics.pending_dispositions(ctx, rec) if p.sample_id == world["bad"]).blocked_reason
    with pytest.raises(RuleViolation, match="未办结"):
        logistics.record_disposition(ctx, rec, world["bad"], recipient="大同市市场监督管理局", done_on=D(2021, 9, 20))
    with ctx.uow() as uow:
        states = {p.kind: p.state for p in uow.session.scalars(select(Portion).where(Portion.sample_id == world["good"]))}
    assert states == {"test": "returned", "backup": "returned"}
    assert [d.sample_id for d in logistics.list_dispositions(ctx, rec)] == [world["good"]]
    with pytest.raises(PermissionDenied):
        logistics.pending_dispositions(ctx, actors["tester"])


def test_paid_sample_disposed_per_rules_needs_a_record(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    unit = factory.enterprise(ctx, "阳泉市荫营焦化有限公司", "阳泉")
    sid = factory.sample(ctx, plan, "metallurgical_coke", unit, "阳泉", state="received", paid=True)
    factory.report(ctx, sid, actors["signatory"], D(2021, 8, 20), factory.PASS_ITEMS, "pass")
    _deliver(ctx, actors, sid, D(2021, 8, 25), "pass_enterprise")
    rec = actors["receptionist"]
    assert logistics.pending_dispositions(ctx, rec)[0].action == "per_rules"
    with pytest.raises(InputError, match="处置记录"):
        logistics.record_disposition(ctx, rec, sid, recipient="样品室", done_on=D(2021, 9, 10))
    done = logistics.record_disposition(ctx, rec, sid, recipient="样品室", done_on=D(2021, 9, 10),
                                        record="付费样品按省局处置规定留样3个月后销毁。")
    assert done.action == "per_rules"


def test_refusal_record_confirm_and_report(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    unit = factory.enterprise(ctx, "忻州市神达能源有限公司", "忻州", "忻府区")
    rec = actors["receptionist"]
    with pytest.raises(InputError, match="不得少于2人"):
        logistics.record_refusal(ctx, rec, plan_id=plan.id, enterprise_id=unit, product_code="power_coal",
                                 occurred_on=D(2021, 8, 3), description="以样品价格明显不合理为由拒绝抽样",
                                 samplers=["孙伟"])
    with pytest.raises(InputError, match="产品"):
        logistics.record_refusal(ctx, rec, plan_id=plan.id, enterprise_id=unit, product_code="diapers",
                                 occurred_on=D(2021, 8, 3), description="x", samplers=["孙伟", "周杰"])
    refusal = logistics.record_refusal(
        ctx, rec, plan_id=plan.id, enterprise_id=unit, product_code="power_coal", occurred_on=D(2021, 8, 3),
        description="以样品价格明显不合理为由拒绝抽样", samplers=["孙伟", "周杰"], witnesses=["村委会 李明"])
    assert refusal.region == "忻州" and refusal.county_confirmed_on is None
    confirmed = logistics.confirm_refusal(ctx, rec, refusal.id, county_bureau="忻府区市场监督管理局",
                                          confirmed_on=D(2021, 8, 4))
    assert confirmed.county_bureau == "忻府区市场监督管理局"
    reported = logistics.report_refusal(ctx, rec, refusal.id, reported_on=D(2021, 8, 5))
    assert reported.reported_to_province_on == D(2021, 8, 5)
    assert [r.id for r in logistics.list_refusals(ctx, actors["quality_manager"], plan.id)] == [refusal.id]
    with pytest.raises(PermissionDenied):
        logistics.record_refusal(ctx, actors["tester"], plan_id=plan.id, enterprise_id=unit,
                                 product_code="power_coal", occurred_on=D(2021, 8, 3), description="x",
                                 samplers=["a", "b"])
