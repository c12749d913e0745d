"""A 不合格 resting only on unverified rules needs the quality manager's acknowledgement before signing
(issue 11 §1), and the report then says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from labdesk.domain.errors import InputError, PermissionDenied, RuleViolation, StateError
from labdesk.domain.judging.engine import evaluate
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.persistence.models import (
    Determination,
    Enterprise,
    PlanProduct,
    ReviewAction,
    Sample,
    SampleEvaluation,
    TestItem,
)
from labdesk.services import reports, verdict_acks
from labdesk.services.verdict_acks import unverified_failures
from tests.reports.conftest import PASSPHRASE, PASSWORD, World
from tests.reports.pdftools import pdftotext

# issue 11 §1: Ad 11.43 meets the Measures (≤ 40 %), fails only the reconstructed GB/T 18666 tolerance
TOLERANCE_ONLY = {"Mad": ["2.00", "2.00"], "Aad": ["11.20", "11.20"], "St,ad": ["0.50", "0.50"]}


def _approved(world: World, values: dict[str, list[str]], declared: dict[str, str]) -> int:
    ctx, actors = world.ctx, world.actors
    with ctx.uow() as uow:
        product = uow.session.query(PlanProduct).filter_by(plan_id=world.plan_id, product_code="power_coal").one()
        unit = Enterprise(name="阳泉市测试煤业有限公司", address="山西省阳泉市", region="阳泉", county="城区")
        uow.session.add(unit)
        uow.flush()
        now = ctx.now()
        sample = Sample(
            sample_no="2021D0901", blind_code="B00901", form_no="F0901", plan_id=world.plan_id,
            plan_product_id=product.id, product_code="power_coal", domain="production", sampled_unit_id=unit.id,
            producer_id=unit.id, specification="混煤", sampling_date=dt.date(2021, 8, 2), state="approved",
            context={"coal_rank": "other", "transport_km": "100"}, declared_values=declared, received_at=now,
            testing_started_at=now, testing_finished_at=now, receipt_checks={"seal_intact": True},
        )
        uow.session.add(sample)
        uow.flush()
        for pos, (code, vals) in enumerate(values.items()):
            item = TestItem(sample_id=sample.id, item_code=code, position=pos, tester_id=actors["tester"].user_id)
            uow.session.add(item)
            uow.flush()
            for seq, value in enumerate(vals, start=1):
                uow.session.add(Determination(test_item_id=item.id, seq=seq, value_text=value,
                                              entered_by=actors["tester"].user_id))
        ruleset = RuleSet.from_dict(product.ruleset)
        evaluation = evaluate(ruleset, context=sample.context, declared=declared, determinations=values,
                              catalogue_version=ruleset.catalogue_version)
        sample.verdict = evaluation.verdict
        uow.session.add(SampleEvaluation(
            sample_id=sample.id, catalogue_version=ruleset.catalogue_version, ruleset_version=ruleset.version,
            verdict=evaluation.verdict, grade=evaluation.grade, result=evaluation.to_record_dict(),
            evaluated_at=now))
        uow.session.add(ReviewAction(sample_id=sample.id, action="approve", user_id=actors["reviewer"].user_id,
                                     at=now))
        sample_id = sample.id
        uow.commit()
    return sample_id


def _sign(world: World, sample_id: int) -> reports.ReportInfo:
    return reports.sign_report(world.ctx, world.actors["signatory"], sample_id, password=PASSWORD,
                               passphrase=PASSPHRASE)


def test_signing_waits_for_the_quality_managers_acknowledgement(world: World, tmp_path: Path) -> None:
    sample_id = _approved(world, TOLERANCE_ONLY, {"Ad": "10.00"})
    status = verdict_acks.get_status(world.ctx, world.actors["signatory"], sample_id)
    assert status.items == ("Ad",) and status.needed
    with pytest.raises(RuleViolation, match="质量负责人确认"):
        _sign(world, sample_id)
    with pytest.raises(PermissionDenied):
        verdict_acks.acknowledge(world.ctx, world.actors["signatory"], sample_id, "已核对")
    with pytest.raises(InputError):
        verdict_acks.acknowledge(world.ctx, world.actors["quality_manager"], sample_id, "  ")
    done = verdict_acks.acknowledge(world.ctx, world.actors["quality_manager"], sample_id,
                                    "已核对 GB/T 18666-2014 表1 原文")
    assert done.acknowledged and not done.needed and done.by == "quality_manager姓名"
    info = _sign(world, sample_id)
    text = "".join(pdftotext(reports.report_pdf(world.ctx, world.actors["signatory"], info.id), tmp_path).split())
    assert "标记为未经核实" in text and "quality_manager姓名已于" in text and "已核对GB/T18666-2014表1原文" in text


def test_a_failure_on_a_verified_rule_needs_no_acknowledgement(world: World) -> None:
    sample_id = world.sample(fail=True)  # Aad 45 % fails the Measures' verified ≤ 40 %
    assert not verdict_acks.get_status(world.ctx, world.actors["signatory"], sample_id).needed
    with pytest.raises(StateError, match="无需确认"):
        verdict_acks.acknowledge(world.ctx, world.actors["quality_manager"], sample_id, "多余的确认")
    assert _sign(world, sample_id).state == "signed"


def test_unverified_failures_from_per_rule_detail() -> None:
    rules = [{"id": "measures", "verified": True, "verdict": "pass"},
             {"id": "tolerance", "verified": False, "verdict": "fail"}]
    both = [{"id": "measures", "verified": True, "verdict": "fail"},
            {"id": "tolerance", "verified": False, "verdict": "fail"}]
    record = {"items": {"Ad": {"verdict": "fail", "rules": rules, "verified": False},
                        "St,d": {"verdict": "fail", "rules": both, "verified": False},
                        "Mt": {"verdict": "pass", "rules": [{"verified": False, "verdict": "pass"}]}}}
    assert unverified_failures(record) == ["Ad"]
    listed = {"unverified_failures": [{"item": "X", "rules": ["tol"]}], "items": record["items"]}
    assert unverified_failures(listed) == ["X"]
    # a record from before per-rule detail: the conservative reading
    assert unverified_failures({"items": {"Ad": {"verdict": "fail", "verified": False}}}) == ["Ad"]
    assert unverified_failures({"items": {"Ad": {"verdict": "fail"}}}) == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_signing_page_holds_the_report_until_the_qm_acknowledges(qtbot, world: World,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from labdesk.domain.permissions import Role
    from labdesk.gui.pages import signing as signing_page
    from labdesk.gui.session import GuiSession
    from labdesk.gui.tasks import TaskRunner
    from labdesk.services import auth, users

    shown: list[str] = []
    for name in ("information", "warning", "critical"):  # a modal box would block offscreen
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: shown.append(text))
    users.create_user(world.ctx, world.actors["admin"], username="qmsign", full_name="刘洋", password=PASSWORD,
                      roles=(Role.QUALITY_MANAGER, Role.SIGNATORY))  # as in the demo: qm also signs
    qm = auth.login(world.ctx, "qmsign", PASSWORD)
    sample_id = _approved(world, TOLERANCE_ONLY, {"Ad": "10.00"})
    runner = TaskRunner()
    try:
        page = signing_page.Page(GuiSession(world.ctx, qm, runner))
        qtbot.addWidget(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.form.queueTable.rowCount() == 1)
        page.form.queueTable.selectRow(0)
        entry = page.selected()[0]
        assert entry.sample_id == sample_id and entry.needs_ack and not entry.may_sign
        assert "质量负责人确认" in page.form.queueTable.item(0, 6).text()
        assert page.ack_button is not None and page.ack_button.isEnabled()
        assert not page.form.signButton.isEnabled()
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("已核对标准原文", True))
        page.ack_button.click()
        qtbot.waitUntil(lambda: "已确认样品" in page.form.statusLabel.text())
        qtbot.waitUntil(lambda: bool(page.entries) and not page.entries[0].needs_ack)
        assert page.entries[0].may_sign and shown == []
        # a signatory without the quality manager's permission has no such button
        other = signing_page.Page(GuiSession(world.ctx, world.actors["signatory"], runner))
        qtbot.addWidget(other)
        assert other.ack_button is None
    finally:
        runner.shutdown()
