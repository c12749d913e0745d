"""Demo step 'reports': a demo CA and certificates, signed reports (one amended), notices.

- the admin creates a demo CA and issues 陈刚 (signatory) and 刘洋 (quality
  manager + signatory) their certificates (PKCS#12, passphrase = the demo
  password), imports the lab seal and the staff's signature images (drawn by
  resources/report/make_demo_assets.py); the CA certificate goes to DIR/demo-ca.pem;
- 陈刚 signs the reports of every approved sample (passing and failing) in one
  batch — 刘洋 signs those 陈刚 may not (审核与签发分离);
- one passing report is amended (new revision -A1, the old one superseded);
- result notices (failing) and covering letters (passing) are issued.

Files: DIR/demo-ca.pem, DIR/reports/<number>.pdf, DIR/notices/<number>.pdf.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from labdesk.paths import resource
from labdesk.persistence.models import Sample
from labdesk.services import credentials, reports

SIGNATURE_FILES = {  # demo username -> image drawn by make_demo_assets.py
    "signatory": "chengang",
    "qm": "liuyang",
    "tester1": "liqiang",
    "tester2": "wangfang",
    "reviewer": "zhaomin",
}


def _approved_ids(demo: Any) -> list[int]:
    ids = demo.data.get("approved")
    if ids:
        return list(ids)
    with demo.ctx.uow() as uow:
        return list(uow.session.scalars(select(Sample.id).where(Sample.state == "approved").order_by(Sample.id)))


def run(demo: Any) -> None:
    from labdesk.demo import DEMO_PASSWORD

    ctx = demo.ctx
    admin = demo.actor("admin")
    signatory = demo.actor("signatory")
    qm = demo.actor("qm")
    ca = credentials.create_demo_ca(ctx, admin, {signatory.user_id: DEMO_PASSWORD, qm.user_id: DEMO_PASSWORD})
    credentials.import_lab_seal(ctx, admin, resource("report", "demo-seal.png").read_bytes())
    for username, key in SIGNATURE_FILES.items():
        if username in demo.users:
            credentials.import_signature_image(ctx, admin, demo.actor(username).user_id,
                                               resource("report", f"signature-{key}.png").read_bytes())
    reports_dir = notices_dir = None
    if demo.out_dir is not None:
        from labdesk.reports.files import write_atomic

        write_atomic(demo.out_dir / "demo-ca.pem", ca.ca_pem)
        reports_dir = demo.out("reports")
        notices_dir = demo.out("notices")

    pending = _approved_ids(demo)
    demo.clock.advance(days=1)
    signed: list[reports.ReportInfo] = []
    failed: list[tuple[int, str]] = []
    if pending:
        batch = reports.sign_batch(ctx, signatory, pending, password=DEMO_PASSWORD, passphrase=DEMO_PASSWORD,
                                   out_dir=reports_dir)
        signed += batch.signed
        if batch.failed:  # e.g. samples 陈刚 may not sign: the other signatory takes them
            retry = reports.sign_batch(ctx, qm, [sid for sid, _ in batch.failed], password=DEMO_PASSWORD,
                                       passphrase=DEMO_PASSWORD, out_dir=reports_dir)
            signed += retry.signed
            failed += list(retry.failed)
    for sample_id, reason in failed:
        demo.log(f"  样品 {sample_id} 未能签发：{reason}")

    amended: reports.ReportInfo | None = None
    target: reports.ReportInfo | None = None
    candidates = [r for r in signed if r.verdict == "pass"] or signed  # amend a passing one if there is one
    if candidates:
        demo.clock.advance(hours=3)
        target = candidates[0]
        amended = _amend(demo, target, reports_dir)
    current = [r for r in signed if target is None or r.id != target.id] + ([amended] if amended else [])
    notices = []
    for info in current:
        notices.append(reports.issue_notice(ctx, signatory, info.id, out_dir=notices_dir))
    demo.data["reports"] = [r.id for r in signed] + ([amended.id] if amended else [])
    demo.data["notices"] = [n.id for n in notices]
    fails = sum(1 for r in signed if r.verdict == "fail")
    demo.summary.append(
        f"报告 {len(signed)} 份已签发（不合格 {fails} 份），更正 {1 if amended else 0} 份；"
        f"告知书/送达函 {len(notices)} 份；演示 CA 证书口令均为 {DEMO_PASSWORD}"
    )


def _amend(demo: Any, target: reports.ReportInfo, out_dir: Any) -> reports.ReportInfo:
    """The amendment flow: 陈刚 proposes the correction (the batch number typed wrong at intake, as the
    sampling form's original shows), 赵敏 reviews it, and a signatory who did not review signs it."""
    from labdesk.demo import DEMO_PASSWORD
    from labdesk.domain.errors import LabDeskError, StateError
    from labdesk.services import amendments

    ctx = demo.ctx
    with ctx.uow() as uow:
        sample = uow.session.get(Sample, target.sample_id)
        batch = (sample.batch_no if sample else "") or "20210728"
    proposer = demo.actor("signatory")
    proposal = amendments.propose_amendment(
        ctx, proposer, target.id, reason="受检单位反映报告上的批号与抽样单不符，经核对抽样单原件，登记时批号誊写有误",
        fields={"batch_no": f"{batch}-2", "remarks": "批号按抽样单原件更正。"})
    demo.clock.advance(minutes=40)
    amendments.review_amendment(ctx, demo.actor("reviewer"), proposal.id, approve=True,
                                note="已核对抽样单原件，批号更正无误")
    demo.clock.advance(minutes=20)
    for who in ("signatory", "qm"):
        try:
            return amendments.sign_amendment(ctx, demo.actor(who), proposal.id, password=DEMO_PASSWORD,
                                             passphrase=DEMO_PASSWORD, out_dir=out_dir)
        except LabDeskError as error:  # e.g. this signatory reviewed the sample: the other one signs
            demo.log(f"  更正报告未由 {who} 签发：{error}")
    raise StateError("更正报告无人可以签发。")
