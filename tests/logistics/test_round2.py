"""After the report, round 2 (issue 14): event dates, objections a re-test cannot serve, the signed
复检结果报告, refusals reported like a delivery, dispositions."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied, RuleViolation, StateError
from labdesk.persistence.models import AuditEvent, Objection, Portion, Report
from labdesk.reports import pki
from labdesk.services import credentials, logistics, reports
from labdesk.services.context import ServiceContext
from tests.conftest import PASSWORD
from tests.logistics import factory

D = dt.date
PASSPHRASE = "证书口令-retest"
TODAY = D(2021, 10, 15)  # Beijing day of the clock below
COAL_OK = {"Mt": ["7.9", "8.1"], "Mad": ["3.98", "4.02"], "Aad": ["15.90", "16.10"], "Vad": ["23.95", "24.05"],
           "St,ad": ["0.95", "0.97"], "Had": ["3.00", "3.00"], "Qb,ad": ["25000", "25100"]}


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def pki_pair() -> tuple[bytes, bytes]:
    now = dt.datetime(2021, 7, 1, tzinfo=dt.UTC)
    ca = pki.make_ca("LabDesk 复检测试 CA", "测试实验室", now=now)
    return ca.pem, pki.issue_signatory(ca, "signatory姓名", "测试实验室", PASSPHRASE, now=now)


@pytest.fixture
def world(ctx, actors, clock):  # type: ignore[no-untyped-def]
    clock.current = dt.datetime(2021, 10, 15, 2, 0, tzinfo=dt.UTC)  # 10:00 in Beijing
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    unit = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同", "云冈区")
    shop = factory.enterprise(ctx, "大同市恒通煤炭经销有限公司", "大同", "平城区")
    good = factory.sample(ctx, plan, "power_coal", unit, "大同", state="received", seal="FT-0101")
    bad = factory.sample(ctx, plan, "power_coal", shop, "大同", state="received", seal="FT-0102")
    factory.report(ctx, good, actors["signatory"], D(2021, 8, 20), factory.PASS_ITEMS, "pass")
    factory.report(ctx, bad, actors["signatory"], D(2021, 8, 20), factory.FAIL_ITEMS, "fail")
    return {"plan": plan, "good": good, "bad": bad, "unit": unit}


def _deliver(ctx, actors, sample_id: int, received: dt.date, duty: str = "fail_enterprise") -> int:  # type: ignore[no-untyped-def]
    return logistics.record_delivery(ctx, actors["receptionist"], duty=duty, method="direct", recipient="企业",
                                     sent_on=received, received_on=received, sample_id=sample_id).id


# --- 1. no event date after today ---------------------------------------------------------------


def test_today_is_the_beijing_day(ctx: ServiceContext, clock) -> None:  # type: ignore[no-untyped-def]
    clock.current = dt.datetime(2021, 10, 15, 17, 0, tzinfo=dt.UTC)  # 01:00 on 16 Oct in Beijing
    assert ctx.today() == D(2021, 10, 16)


def test_a_future_date_is_refused_in_every_event(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    rec, qm = actors["receptionist"], actors["quality_manager"]
    tomorrow = TODAY + dt.timedelta(days=1)
    # delivery: sending and receipt
    with pytest.raises(InputError, match="晚于今天"):
        logistics.record_delivery(ctx, rec, duty="fail_enterprise", method="direct", recipient="企业",
                                  sent_on=tomorrow, sample_id=world["bad"])
    with pytest.raises(InputError, match="签收日期.*|晚于今天"):
        logistics.record_delivery(ctx, rec, duty="fail_enterprise", method="direct", recipient="企业",
                                  sent_on=TODAY, received_on=tomorrow, sample_id=world["bad"])
    sent = logistics.record_delivery(ctx, rec, duty="fail_enterprise", method="ems", tracking_no="EMS1",
                                     recipient="企业", sent_on=D(2021, 10, 1), sample_id=world["bad"])
    with pytest.raises(InputError, match="晚于今天"):
        logistics.record_receipt(ctx, rec, sent.id, tomorrow)
    logistics.record_receipt(ctx, rec, sent.id, D(2021, 10, 3))
    # objection
    with pytest.raises(InputError, match="晚于今天"):
        logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=tomorrow, applicant="恒通",
                                 grounds="异议")
    # disposition
    _deliver(ctx, actors, world["good"], D(2021, 8, 25), "pass_enterprise")
    with pytest.raises(InputError, match="晚于今天"):
        logistics.record_disposition(ctx, rec, world["good"], recipient="云冈", done_on=tomorrow)
    # refusal steps
    with pytest.raises(InputError, match="晚于今天"):
        logistics.record_refusal(ctx, rec, plan_id=world["plan"].id, enterprise_id=world["unit"],
                                 product_code="power_coal", occurred_on=tomorrow, description="拒绝抽样",
                                 samplers=["孙伟", "周杰"])
    refusal = logistics.record_refusal(ctx, rec, plan_id=world["plan"].id, enterprise_id=world["unit"],
                                       product_code="power_coal", occurred_on=D(2021, 10, 10),
                                       description="拒绝抽样", samplers=["孙伟", "周杰"])
    with pytest.raises(InputError, match="晚于今天"):
        logistics.confirm_refusal(ctx, rec, refusal.id, county_bureau="云冈区局", confirmed_on=tomorrow)
    with pytest.raises(InputError, match="晚于今天"):
        logistics.report_refusal(ctx, rec, refusal.id, reported_on=tomorrow, method="direct")
    with pytest.raises(InputError, match="晚于今天"):
        logistics.mark_ecqs_entered(ctx, qm, [world["good"]], "sampling", entered_on=tomorrow)
    # nothing of the refused attempts was stored
    assert [d.sent_on for d in logistics.list_deliveries(ctx, rec, sample_id=world["bad"])] == [D(2021, 10, 1)]
    assert logistics.list_objections(ctx, qm) == []


def test_disposition_waits_for_the_real_end_of_the_period(ctx, actors, world, clock) -> None:  # type: ignore[no-untyped-def]
    rec = actors["receptionist"]
    _deliver(ctx, actors, world["good"], D(2021, 10, 10), "pass_enterprise")  # period ends 25 Oct
    # typing a date after the period does not get past it: that date is in the future
    with pytest.raises(InputError, match="晚于今天"):
        logistics.record_disposition(ctx, rec, world["good"], recipient="云冈", done_on=D(2021, 10, 26))
    with pytest.raises(RuleViolation, match="2021-10-25 届满"):
        logistics.record_disposition(ctx, rec, world["good"], recipient="云冈")
    clock.current = dt.datetime(2021, 10, 26, 2, 0, tzinfo=dt.UTC)
    done = logistics.record_disposition(ctx, rec, world["good"], recipient="大同市云冈煤业有限公司")
    assert done.done_on == D(2021, 10, 26)


# --- 2. an objection no re-test can serve --------------------------------------------------------


def test_objection_on_a_disposed_backup_is_refused_at_filing(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    _deliver(ctx, actors, world["bad"], D(2021, 10, 5))
    with ctx.uow() as uow:
        backup = uow.session.scalar(select(Portion).where(Portion.sample_id == world["bad"], Portion.kind == "backup"))
        assert backup is not None
        backup.state = "disposed"
        uow.commit()
    info = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 10, 12), applicant="恒通",
                                    grounds="对全硫结果有异议")
    assert (info.state, info.outcome, info.state_zh) == ("decided", "not_retested", "不予复检")
    assert "已处置" in info.refusal_reason and "不予复检" in info.refusal_reason
    assert "disposed" not in info.refusal_reason + info.outcome_note
    assert not info.open  # nothing left dead-ended
    with ctx.uow() as uow:
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "objection.not_retested"))
        assert event is not None and event.reason == info.refusal_reason
    # unsealing is refused in Chinese too
    with pytest.raises(StateError):
        logistics.start_retest(ctx, qm, info.id, seal_no_seen="FT-0102", photo_jpeg=jpeg())


def test_backup_gone_after_filing_unsealing_says_why_in_chinese_and_qm_closes(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    _deliver(ctx, actors, world["bad"], D(2021, 10, 5))
    info = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 10, 12), applicant="恒通",
                                    grounds="异议")
    assert info.state == "accepted" and info.state_zh == "已受理"
    with ctx.uow() as uow:
        backup = uow.session.scalar(select(Portion).where(Portion.sample_id == world["bad"], Portion.kind == "backup"))
        assert backup is not None
        backup.state = "returned"
        uow.commit()
    with pytest.raises(RuleViolation) as error:
        logistics.start_retest(ctx, qm, info.id, seal_no_seen="FT-0102", photo_jpeg=jpeg())
    assert "已退还受检单位" in str(error.value) and "returned" not in str(error.value)
    with pytest.raises(InputError, match="办结理由"):
        logistics.close_objection(ctx, qm, info.id, outcome="not_retested", reason=" ")
    with pytest.raises(InputError, match="办结结果"):
        logistics.close_objection(ctx, qm, info.id, outcome="upheld", reason="x")
    closed = logistics.close_objection(ctx, qm, info.id, outcome="not_retested",
                                       reason="备用样品已退还受检单位，无封存完好的备用样品")
    assert closed.state == "decided" and closed.outcome_zh == "不予复检" and "原检验结论维持" in closed.outcome_note
    with pytest.raises(StateError, match="已办结"):
        logistics.close_objection(ctx, qm, info.id, outcome="withdrawn", reason="撤回")
    # the closed objection no longer blocks the disposition list
    assert all(not p.blocked_reason for p in logistics.pending_dispositions(ctx, actors["receptionist"]))


def test_backup_held_at_the_enterprise_can_be_retested(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    _deliver(ctx, actors, world["bad"], D(2021, 10, 5))
    with ctx.uow() as uow:
        backup = uow.session.scalar(select(Portion).where(Portion.sample_id == world["bad"], Portion.kind == "backup"))
        assert backup is not None
        backup.state = "at_enterprise"
        uow.commit()
    info = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 10, 12), applicant="恒通",
                                    grounds="异议")
    assert info.state == "accepted"
    started = logistics.start_retest(ctx, qm, info.id, seal_no_seen="FT-0102", photo_jpeg=jpeg())
    assert started.state == "retesting" and started.retest_blind_code.startswith("M")
    with ctx.uow() as uow:
        assert uow.session.scalar(select(Objection.retest_blind_code)) != ""


def test_microbiological_items_are_not_retested(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    from labdesk.persistence.models import PlanProduct, Sample

    qm = actors["quality_manager"]
    with ctx.uow() as uow:
        sample = uow.session.get(Sample, world["bad"])
        assert sample is not None
        product = uow.session.get(PlanProduct, sample.plan_product_id)
        assert product is not None and product.ruleset is not None
        ruleset = dict(product.ruleset)
        ruleset["items"] = [dict(i, microbiological=True) if i.get("code") == "St,ad" else i
                            for i in ruleset["items"]]
        product.ruleset = ruleset
        uow.commit()
    assert logistics.is_microbiological({"microbiological": True}) and not logistics.is_microbiological({})
    _deliver(ctx, actors, world["bad"], D(2021, 10, 5))
    info = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 10, 12), applicant="恒通",
                                    grounds="异议")
    logistics.start_retest(ctx, qm, info.id, seal_no_seen="FT-0102", photo_jpeg=jpeg())
    with pytest.raises(RuleViolation, match="微生物项目不进行复检（St,ad）"):
        logistics.enter_retest_results(ctx, qm, info.id, determinations=COAL_OK)


def test_filing_refused_when_every_failing_item_is_microbiological(ctx, actors, world) -> None:  # type: ignore[no-untyped-def]
    from labdesk.persistence.models import PlanProduct, Sample

    with ctx.uow() as uow:
        sample = uow.session.get(Sample, world["bad"])
        assert sample is not None
        product = uow.session.get(PlanProduct, sample.plan_product_id)
        assert product is not None and product.ruleset is not None
        failing = set(factory.FAIL_ITEMS)
        product.ruleset = dict(product.ruleset, items=[dict(i, microbiological=i.get("code") in failing)
                                                       for i in product.ruleset["items"]])
        uow.commit()
    _deliver(ctx, actors, world["bad"], D(2021, 10, 5))
    info = logistics.file_objection(ctx, actors["quality_manager"], sample_id=world["bad"], filed_on=TODAY,
                                    applicant="恒通", grounds="异议")
    assert info.outcome == "not_retested" and "微生物项目" in info.refusal_reason


# --- 3. the signed 复检结果报告 -------------------------------------------------------------------


def _retested(ctx, actors, world, pki_pair, values=None):  # type: ignore[no-untyped-def]
    qm, admin = actors["quality_manager"], actors["admin"]
    ca_pem, p12 = pki_pair
    credentials.import_ca_certificate(ctx, admin, ca_pem)
    credentials.import_pkcs12(ctx, admin, actors["signatory"].user_id, p12, PASSPHRASE, owner_password=PASSWORD)
    factory.determinations(ctx, world["bad"], dict(COAL_OK, **{"Aad": ["29.00", "29.20"], "St,ad": ["3.30", "3.32"]}))
    _deliver(ctx, actors, world["bad"], D(2021, 10, 5))
    info = logistics.file_objection(ctx, qm, sample_id=world["bad"], filed_on=D(2021, 10, 12), applicant="恒通",
                                    grounds="对全硫结果有异议")
    logistics.start_retest(ctx, qm, info.id, seal_no_seen="FT-0102", photo_jpeg=jpeg())
    return logistics.enter_retest_results(ctx, qm, info.id, determinations=values or {"St,ad": ["0.95", "0.97"]})


def test_retest_marks_exactly_the_items_retested(ctx, actors, world, pki_pair) -> None:  # type: ignore[no-untyped-def]
    decided = _retested(ctx, actors, world, pki_pair)
    by_code = {c.code: c for c in decided.comparison}
    assert by_code["St,ad"].basis == "measured" and by_code["St,ad"].retested
    assert by_code["St,d"].basis == "derived" and by_code["St,d"].retested  # from the re-tested St,ad
    # items whose inputs were not re-tested carry the original data and say so
    assert by_code["Ad"].basis == "" and not by_code["Ad"].retested
    assert decided.retest_verdict == "fail" and decided.outcome == "upheld"  # Ad still fails on original data


def test_retest_report_is_signed_registered_verified_and_delivered(ctx, actors, world, pki_pair,
                                                                    tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qm, signatory, rec = actors["quality_manager"], actors["signatory"], actors["receptionist"]
    decided = _retested(ctx, actors, world, pki_pair)
    preview = logistics.retest_report(ctx, qm, decided.id)
    assert reports.verify_report(ctx, preview).ok is False  # the preview is no report
    with pytest.raises(PermissionDenied):  # the quality manager entered it; a signatory signs
        logistics.sign_retest_report(ctx, qm, decided.id, password=PASSWORD, passphrase=PASSPHRASE)
    signed = logistics.sign_retest_report(ctx, signatory, decided.id, password=PASSWORD, passphrase=PASSPHRASE)
    assert signed.retest_report_id is not None and signed.retest_report_no == f"JC2021-{world['bad']:05d}-FJ"
    with pytest.raises(StateError, match="已签发"):
        logistics.sign_retest_report(ctx, signatory, decided.id, password=PASSWORD, passphrase=PASSPHRASE)
    pdf = logistics.retest_report(ctx, qm, decided.id)
    check = reports.verify_report(ctx, pdf)
    assert check.ok, check.reason
    assert check.report_no == signed.retest_report_no
    register = reports.list_reports(ctx, qm, sample_id=world["bad"])
    assert {r.full_no for r in register} == {f"JC2021-{world['bad']:05d}", signed.retest_report_no}
    with ctx.uow() as uow:
        kinds = dict(uow.session.execute(select(Report.full_no, Report.kind)).all())
    assert kinds[signed.retest_report_no] == "retest"
    # the test report is still the current one for its own deliveries
    pending = {p.duty for p in logistics.pending_deliveries(ctx, rec, world["plan"].id) if p.sample_id == world["bad"]}
    assert {"retest_applicant", "retest_bureau"} <= pending
    sent = logistics.record_delivery(ctx, rec, duty="retest_applicant", method="ems", tracking_no="EMS-FJ-1",
                                     recipient="大同市恒通煤炭经销有限公司", sent_on=TODAY, sample_id=world["bad"])
    assert sent.report_id == signed.retest_report_id
    pending = {p.duty for p in logistics.pending_deliveries(ctx, rec, world["plan"].id) if p.sample_id == world["bad"]}
    assert "retest_applicant" not in pending and "retest_bureau" in pending
    # the CLI accepts it
    path = tmp_path / "fj.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) not installed")
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    assert "Signature #1" in out and "signatory" in out
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "复检结果报告" in text and signed.retest_report_no in text and "实测" in text and "计算" in text
    Path("/tmp/labdesk-retest-signed.pdf").write_bytes(pdf)


def test_cli_verify_report_accepts_the_retest_report(ctx, actors, world, pki_pair, tmp_path: Path,
                                                       db_url: str) -> None:  # type: ignore[no-untyped-def]
    decided = _retested(ctx, actors, world, pki_pair)
    logistics.sign_retest_report(ctx, actors["signatory"], decided.id, password=PASSWORD, passphrase=PASSPHRASE)
    path = tmp_path / "fj.pdf"
    path.write_bytes(logistics.retest_report(ctx, actors["quality_manager"], decided.id))
    from labdesk.cli import main

    code = main(["verify-report", str(path), "--db", db_url])
    assert code == 0
