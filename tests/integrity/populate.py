"""A database with at least one row in every table the audit chain covers, written through LabDesk."""

from __future__ import annotations

from sqlalchemy import func, select

from labdesk.persistence.chain import COVERED_TABLES
from labdesk.persistence.models import (
    Portion,
    RuleSetRevision,
    SampleEvaluation,
    SampleSampler,
    VerdictAcknowledgement,
)
from labdesk.persistence.models.corrections import SampleCorrection
from labdesk.persistence.models.logistics import Amendment
from labdesk.services import reports, settings
from tests.reports.conftest import PASSPHRASE, PASSWORD, World


def populate(world: World) -> dict[str, int]:
    """Sign two reports, amend one (its first revision becomes superseded), a notice, a setting."""
    ctx, actors = world.ctx, world.actors
    signatory = actors["signatory"]
    first = reports.sign_report(ctx, signatory, world.sample(photos=1), password=PASSWORD, passphrase=PASSPHRASE)
    second = reports.sign_report(ctx, signatory, world.sample(fail=True, photos=1), password=PASSWORD,
                                 passphrase=PASSPHRASE)
    amended = reports.amend_report(ctx, signatory, first.id, reason="企业名称有误", password=PASSWORD,
                                   passphrase=PASSPHRASE)
    reports.issue_notice(ctx, signatory, second.id)
    settings.set_value(ctx, actors["admin"], "lab.phone", "0351-7654321")
    with ctx.uow() as uow:  # rows no service of this area writes: still chained, by the generic hook
        uow.session.add(Portion(sample_id=second.sample_id, kind="backup", code=f"BK-{second.sample_id}"))
        uow.session.add(SampleSampler(sample_id=second.sample_id, name="张抽样", position=0))
        if uow.session.scalar(select(func.count()).select_from(RuleSetRevision)) == 0:
            product_id = uow.session.scalar(select(COVERED_TABLES["plan_products"].c.id).limit(1))
            uow.session.add(RuleSetRevision(plan_product_id=product_id, version="v-test", ruleset={},
                                            reason="测试"))
        evaluation_id = uow.session.scalar(select(SampleEvaluation.id).limit(1))
        uow.session.add(VerdictAcknowledgement(sample_id=second.sample_id, evaluation_id=evaluation_id,
                                               items=["Ad"], note="已核对", acknowledged_by=actors["quality_manager"].user_id))
        uow.session.add(Amendment(report_id=second.id, sample_id=second.sample_id, reason="批号有误",
                                  fields={"batch_no": "x"}, proposed_by=signatory.user_id))
        uow.session.add(SampleCorrection(sample_id=second.sample_id, changes={"batch_no": "y"}, reason="抄录错误",
                                         requested_by=actors["receptionist"].user_id))
        uow.commit()
    with ctx.uow() as uow:
        counts = {name: int(uow.session.scalar(select(func.count()).select_from(table)) or 0)
                  for name, table in COVERED_TABLES.items()}
    assert all(counts.values()), counts
    return {"first": first.id, "second": second.id, "amended": amended.id}
