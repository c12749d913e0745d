"""Amendments that correct what was wrong (issue 14 item 5): a sample field, a result through an audited
re-determination and the conclusion text; reviewed and signed again; both revisions in the register;
the corrected report goes back into delivery."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from labdesk.domain.errors import DutySeparationError, InputError, RuleViolation, StateError
from labdesk.persistence.models import AuditEvent, Determination, Sample, TestItem
from labdesk.services import amendments, logistics, reports
from tests.conftest import PASSWORD
from tests.reports.conftest import PASSPHRASE, World, make_approved_sample, test_pki, world  # noqa: F401

FIELD = {"batch_no": "20210728-2"}


def _signed(world: World) -> reports.ReportInfo:  # noqa: F811
    sample_id = make_approved_sample(world.ctx, world.actors, world.plan_id)
    return reports.sign_report(world.ctx, world.actors["signatory"], sample_id, password=PASSWORD,
                               passphrase=PASSPHRASE)


def test_amendment_changes_a_field_and_a_result_reviewed_and_signed_again(world: World, tmp_path: Path) -> None:  # noqa: F811
    ctx, a = world.ctx, world.actors
    original = _signed(world)
    with ctx.uow() as uow:
        before = {c: [d.value_text for d in uow.session.scalars(
            select(Determination).join(TestItem).where(TestItem.sample_id == original.sample_id,
                                                       TestItem.item_code == c, Determination.active.is_(True)))]
            for c in ("Aad",)}
    assert before["Aad"]
    with pytest.raises(InputError, match="没有任何更正"):
        amendments.propose_amendment(ctx, a["signatory"], original.id, reason="核对", fields={"batch_no": "20210728"})
    with pytest.raises(InputError, match="重新测定的原因"):
        amendments.propose_amendment(ctx, a["signatory"], original.id, reason="x", results={"Aad": ["15.2", "15.3"]})
    proposed = amendments.propose_amendment(
        ctx, a["signatory"], original.id, reason="受检单位反映批号有误，经核对抽样单原件更正；灰分原始记录誊写错误",
        fields=FIELD, results={"Aad": ["15.20", "15.30"]}, result_reason="原始记录誊写错误，重新测定",
        conclusion="经抽样检验，所检项目符合 GB/T 7562-2018 要求。")
    whats = [c.what for c in proposed.changes]
    assert "批号" in whats and any(w.startswith("空气干燥基灰分") or "Aad" in w for w in whats)
    assert any("Ad" in w and "计算" in w for w in whats) and "结论文字" in whats
    assert proposed.state_zh == "待审核"
    # nothing applied before review and signing
    with ctx.uow() as uow:
        assert uow.session.get(Sample, original.sample_id).batch_no == "20210728"  # type: ignore[union-attr]
    with pytest.raises(StateError, match="尚未通过审核"):
        amendments.sign_amendment(ctx, a["signatory"], proposed.id, password=PASSWORD, passphrase=PASSPHRASE)
    with pytest.raises(RuleViolation, match="已有待审核"):
        amendments.propose_amendment(ctx, a["signatory"], original.id, reason="再次", fields={"remarks": "x"})
    reviewed = amendments.review_amendment(ctx, a["reviewer"], proposed.id, approve=True, note="已核对抽样单原件")
    assert reviewed.state == "approved"
    new = amendments.sign_amendment(ctx, a["signatory"], proposed.id, password=PASSWORD, passphrase=PASSPHRASE)
    assert new.full_no == f"{original.report_no}-A1" and new.replaces_no == original.full_no
    assert "批号由“20210728”更正为“20210728-2”" in new.amendment_reason
    register = {r.full_no: r.state for r in reports.list_reports(ctx, a["signatory"], sample_id=original.sample_id)}
    assert register == {original.full_no: "superseded", new.full_no: "signed"}
    with ctx.uow() as uow:
        sample = uow.session.get(Sample, original.sample_id)
        assert sample is not None and sample.batch_no == "20210728-2"
        aad = uow.session.scalar(select(TestItem).where(TestItem.sample_id == sample.id, TestItem.item_code == "Aad"))
        assert aad is not None and aad.round == 2
        assert sorted(d.value_text for d in aad.determinations if not d.active) == sorted(before["Aad"])
        actions = set(uow.session.scalars(select(AuditEvent.action)))
    assert {"amendment.proposed", "amendment.approved", "sample.corrected", "result.redetermined",
            "report.amended", "report.superseded"} <= actions
    pdf = reports.report_pdf(ctx, a["signatory"], new.id)
    assert reports.verify_report(ctx, pdf).ok
    old_pdf = reports.report_pdf(ctx, a["signatory"], original.id)
    assert not reports.verify_report(ctx, old_pdf).ok  # superseded, and says by which
    (Path("/tmp") / "labdesk-amended.pdf").write_bytes(pdf)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "20210728-2" in text and "更正内容" in "".join(text.split()) and original.full_no in text


def test_amendment_review_and_signing_are_separated(world: World) -> None:  # noqa: F811
    ctx, a = world.ctx, world.actors
    original = _signed(world)
    proposed = amendments.propose_amendment(ctx, a["signatory"], original.id, reason="备注笔误",
                                            fields={"remarks": "样品批号以抽样单原件为准"})
    with pytest.raises(InputError, match="理由"):
        amendments.review_amendment(ctx, a["reviewer"], proposed.id, approve=False)
    amendments.review_amendment(ctx, a["reviewer"], proposed.id, approve=True)
    # the reviewer of the amendment may not sign it (a reviewer who is also a signatory)
    from labdesk.services import users

    users.set_roles(ctx, a["admin"], a["reviewer"].user_id, ["reviewer", "signatory"])
    with pytest.raises(DutySeparationError, match="审核与签发分离"):
        amendments.sign_amendment(ctx, a["reviewer"], proposed.id, password=PASSWORD, passphrase=PASSPHRASE)


def test_amended_report_goes_back_into_delivery(world: World, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx, a = world.ctx, world.actors
    original = _signed(world)
    rec = a["receptionist"]
    with ctx.uow() as uow:
        plan_id = uow.session.get(Sample, original.sample_id).plan_id  # type: ignore[union-attr]
    for p in logistics.pending_deliveries(ctx, rec, plan_id):
        if p.sample_id == original.sample_id:
            logistics.record_delivery(ctx, rec, duty=p.duty, method="direct", recipient=p.recipient_hint,
                                      sent_on=ctx.today(), sample_id=p.sample_id)
    assert not [p for p in logistics.pending_deliveries(ctx, rec, plan_id) if p.sample_id == original.sample_id]
    proposed = amendments.propose_amendment(ctx, a["signatory"], original.id, reason="规格笔误",
                                            fields={"specification": "洗混煤"})
    amendments.review_amendment(ctx, a["reviewer"], proposed.id, approve=True)
    clock.advance(hours=1)
    new = amendments.sign_amendment(ctx, a["signatory"], proposed.id, password=PASSWORD, passphrase=PASSPHRASE)
    again = [p for p in logistics.pending_deliveries(ctx, rec, plan_id) if p.sample_id == original.sample_id]
    assert {p.duty for p in again} == {"pass_enterprise", "pass_bureau"}
    sent = logistics.record_delivery(ctx, rec, duty="pass_enterprise", method="direct", recipient="企业",
                                     sent_on=ctx.today(), sample_id=original.sample_id)
    assert sent.report_id == new.id


def test_amendment_dialog_collects_only_what_changed(world: World, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from labdesk.gui.pages.amendment_dialogs import AmendmentDialog

    ctx, a = world.ctx, world.actors
    original = _signed(world)
    basis = amendments.amendment_basis(ctx, a["signatory"], original.id)
    assert basis.fields["batch_no"] == ("批号", "20210728") and basis.pending is None and "Aad" in basis.results
    dialog = AmendmentDialog(basis)
    qtbot.addWidget(dialog)
    dialog.field_edits["batch_no"].setText("20210728-2")
    row = list(basis.results).index("Aad")
    dialog.results.item(row, 1).setText("15.20，15.30")
    dialog.result_reason.setText("原始记录誊写错误")
    dialog.reason.setPlainText("批号与灰分更正")
    values = dialog.values()
    assert values == {"reason": "批号与灰分更正", "fields": {"batch_no": "20210728-2"},
                      "results": {"Aad": ["15.20", "15.30"]}, "result_reason": "原始记录誊写错误", "conclusion": ""}
    proposed = amendments.propose_amendment(ctx, a["signatory"], original.id, **values)
    assert amendments.amendment_basis(ctx, a["signatory"], original.id).pending == proposed
