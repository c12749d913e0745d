"""The plan dashboard: the seed plan's quotas, counts per product and region, 拒检 as failing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from labdesk.domain.errors import NotFound, PermissionDenied, RuleViolation
from labdesk.paths import resource
from labdesk.persistence.models import Refusal
from labdesk.services import plans
from tests.logistics import factory


def test_seed_plan_quotas_on_the_dashboard(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    plan = factory.seed_plan(ctx, qm)
    progress = plans.plan_progress(ctx, actors["receptionist"], plan.id)
    assert progress.institution == "山西省工业标准化研究院"
    assert [(q.label, q.quota.batches) for q in progress.quotas] == [
        ("动力用煤", 180), ("冶金用煤", 100), ("化工用原料煤", 70), ("冶金焦炭、铸造焦炭", 50)]
    assert progress.total_batches == 400
    assert [r.region for r in progress.quotas[0].by_region] == ["大同", "朔州", "忻州", "阳泉", "吕梁"]
    everyone = plans.plan_progress(ctx, qm, plan.id, institution="")
    assert sum(q.quota.batches for q in everyone.quotas) == 700
    other = plans.plan_progress(ctx, qm, plan.id, institution="陕西省能源质量监督检验所")
    assert [q.quota.batches for q in other.quotas] == [150, 100, 30, 20]
    assert other.quotas[0].by_region[0].region == "太原"


def test_counts_per_product_and_region_against_quota(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    qm, signer = actors["quality_manager"], actors["signatory"]
    plan = factory.seed_plan(ctx, qm)
    datong = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同")
    shuozhou = factory.enterprise(ctx, "朔州市鑫源洗煤有限公司", "朔州")
    xinzhou = factory.enterprise(ctx, "忻州市神达能源有限公司", "忻州")
    yangquan = factory.enterprise(ctx, "阳泉市荫营焦化有限公司", "阳泉")
    lvliang = factory.enterprise(ctx, "吕梁市鹏飞焦化有限公司", "吕梁")
    a = factory.sample(ctx, plan, "power_coal", datong, "大同", state="received")
    b = factory.sample(ctx, plan, "power_coal", shuozhou, "朔州", state="received")
    factory.report(ctx, a, signer, dt.date(2021, 8, 20), factory.PASS_ITEMS, "pass")
    factory.report(ctx, b, signer, dt.date(2021, 8, 20), factory.FAIL_ITEMS, "fail")
    factory.sample(ctx, plan, "power_coal", datong, "大同", state="in_testing")
    factory.sample(ctx, plan, "metallurgical_coke", yangquan, "阳泉", state="received")
    factory.sample(ctx, plan, "foundry_coke", lvliang, "吕梁", state="rejected")
    factory.sample(ctx, plan, "chemical_coal", datong, "大同", state="submitted",
                   finished=dt.datetime(2021, 8, 10, tzinfo=dt.UTC))
    with ctx.uow() as uow:
        uow.session.add(Refusal(plan_id=plan.id, enterprise_id=xinzhou, product_code="power_coal",
                                occurred_on=dt.date(2021, 8, 3), description="拒绝抽样", samplers=["孙伟", "周杰"]))
        uow.commit()

    progress = plans.plan_progress(ctx, qm, plan.id)
    power, met, chem, coke = progress.quotas
    assert (power.counts.sampled, power.counts.received, power.counts.reported, power.counts.failed,
            power.counts.refused) == (3, 3, 2, 1, 1)
    assert power.counts.published_failed == 2
    assert power.counts.pass_rate == Decimal("33.3")  # 1 pass of 2 reports + 1 拒检
    assert power.counts.counted == 4 and power.remaining == 176
    regions = {r.region: r.counts for r in power.by_region}
    assert (regions["大同"].sampled, regions["大同"].passed, regions["朔州"].failed, regions["忻州"].refused) == (
        2, 1, 1, 1)
    assert regions["阳泉"].sampled == 0
    assert met.counts.sampled == 0 and met.counts.pass_rate is None
    assert (chem.counts.tested, chem.counts.reported) == (1, 0)
    # the coke quota covers two products
    assert [(p.name_zh, p.counts.sampled, p.counts.rejected) for p in coke.by_product] == [
        ("冶金焦炭", 1, 0), ("铸造焦炭", 1, 1)]
    assert coke.counts.counted == 1 and coke.remaining == 49 and coke.completion == Decimal("2.0")
    assert progress.totals.sampled == 6 and progress.unassigned.sampled == 0


def test_second_seed_plan_imports_with_970_batches(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    info = plans.import_plan_file(ctx, qm, resource("plans", "shanxi-2021-mechanical-daily-textile.toml"))
    assert info.document_no == "晋市监发〔2021〕159号"
    assert len(info.products) == 28 and info.total_batches == 970
    judged = [p.product_code for p in info.products if p.judged]
    assert judged == [p.product_code for p in info.products]  # every plan-2 product has a rule set
    assert {q.institution for q in info.quotas} == {
        "山西省机械产品质量监督检验站有限公司", "华测检测认证集团股份有限公司", "广州检验检测认证集团有限公司"}
    progress = plans.plan_progress(ctx, qm, info.id)  # no institution on the plan: every quota
    assert len(progress.quotas) == 28 and progress.total_batches == 970
    assert plans.get_plan_by_code(ctx, qm, "SX-2021-159").id == info.id
    with pytest.raises(RuleViolation):
        plans.import_plan_file(ctx, qm, resource("plans", "shanxi-2021-mechanical-daily-textile.toml"))
    assert {p.name for p in plans.bundled_plan_files()} >= {"shanxi-2021-coal-coke.toml",
                                                             "shanxi-2021-mechanical-daily-textile.toml"}


def test_dashboard_permissions(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    with pytest.raises(PermissionDenied):
        plans.plan_progress(ctx, actors["tester"], plan.id)
    with pytest.raises(NotFound):
        plans.plan_progress(ctx, actors["quality_manager"], 9999)
    with pytest.raises(PermissionDenied):
        plans.import_plan_file(ctx, actors["receptionist"], resource("plans", "shanxi-2021-coal-coke.toml"))
