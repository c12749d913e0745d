"""The demo's testing step on samples in state "received" (made here; intake is another area)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from labdesk.demo import DemoClock, DemoRun
from labdesk.demo import seed as seed_step
from labdesk.demo import testing as testing_step
from labdesk.persistence.models import AuditEvent, Determination, Portion, Sample, SampleSampler, TestItem
from labdesk.services import review
from labdesk.services.database import open_database

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

PRODUCTS = [("power_coal", {"coal_rank": "other", "transport_km": "300"}),
            ("power_coal", {"coal_rank": "other", "transport_km": "300"}),
            ("metallurgical_coal", {"coal_rank": "other", "transport_km": "300"}),
            ("chemical_coal", {"coal_rank": "other", "transport_km": "300"}),
            ("metallurgical_coke", {"quench": "wet"}),
            ("metallurgical_coke", {"quench": "wet"}),
            ("foundry_coke", {})]


def test_demo_testing_step(db_url):
    clock = DemoClock()
    ctx = open_database(db_url, clock=clock)
    try:
        demo = DemoRun(ctx=ctx, clock=clock, out_dir=None, log=lambda _: None)
        seed_step.run(demo)
        plan = demo.data["plan"]
        with ctx.uow() as uow:
            for n, (product, context) in enumerate(PRODUCTS, 1):
                pp = next(p.id for p in plan.products if p.product_code == product)
                s = Sample(sample_no=f"2021X{n:04d}", blind_code=f"MB{n:04d}", form_no=f"F{n}", plan_id=plan.id,
                           plan_product_id=pp, product_code=product, domain="production",
                           sampled_unit_id=demo.data["enterprise_ids"][0], sampling_date=dt.date(2021, 8, 1),
                           context=context, state="received")
                s.portions.append(Portion(kind="test", code=f"J{n:04d}"))
                s.samplers.append(SampleSampler(position=0, name="孙伟", user_id=demo.actor("sampler1").user_id))
                uow.session.add(s)
            uow.commit()
        testing_step.run(demo)
        approved = demo.data["approved"]
        assert len(approved) == len(PRODUCTS)
        with ctx.uow() as uow:
            verdicts = dict(uow.session.execute(select(Sample.blind_code, Sample.verdict)).all())
            assert {v for v in verdicts.values()} == {"pass", "fail"}
            assert verdicts["MB0002"] == "fail"  # coal St,d above 3 %
            assert verdicts["MB0006"] == "fail"  # coke M40 below grade III
            assert all(s == "approved" for s in uow.session.scalars(select(Sample.state)))
            sources = set(uow.session.scalars(select(Determination.source)))
            assert sources == {"manual", "import"}
            assert uow.session.scalar(select(TestItem.round).where(TestItem.round == 2).limit(1)) == 2
            actions = set(uow.session.scalars(select(AuditEvent.action)))
            assert {"review.returned", "testing.item_redo", "testing.determination_edited"} <= actions
            enterers = set(uow.session.scalars(select(Determination.entered_by)))
            assert demo.actor("sampler1").user_id not in enterers  # 抽检分离
            for sid in approved:
                assert review.latest_evaluation(uow, sid).verdict in ("pass", "fail")
        assert "不合格" in demo.summary[-1]
    finally:
        ctx.engine.dispose()
