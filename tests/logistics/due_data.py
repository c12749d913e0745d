"""A generated lab for the due list: many samples in every state, with deliveries, reports,
objections, dispositions and e-CQS entries (bulk-inserted with SQLAlchemy Core).

Used by tests/logistics/test_due_equivalence.py (old vs new due list) and benchmarks/bench_plans.py.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select

from labdesk.persistence.models import (
    Delivery,
    Disposition,
    Enterprise,
    Objection,
    Plan,
    PlanProduct,
    Refusal,
    Report,
    Sample,
)
from labdesk.persistence.models.logistics import EcqsEntry
from labdesk.services.context import ServiceContext

STATES = (["reported"] * 60 + ["received"] * 10 + ["in_testing"] * 10 + ["submitted"] * 5 + ["approved"] * 5
          + ["registered"] * 5 + ["rejected"] * 3 + ["terminated"] * 2)
REGIONS = ("大同", "朔州", "忻州", "阳泉", "吕梁", "")
BATCH = 10_000


def _closed_plan(ctx: ServiceContext, template_plan_id: int) -> tuple[int, list[tuple[int, str]]]:
    with ctx.uow() as uow:
        plan = Plan(code="CLOSED-2019", title="2019年已结束的计划", issuing_authority="山西省市场监督管理局",
                    period_start=dt.date(2019, 1, 1), period_end=dt.date(2019, 12, 31),
                    report_deadline=dt.date(2019, 12, 1), ecqs_deadline=dt.date(2019, 12, 20),
                    summary_deadline=dt.date(2019, 12, 25), status="closed", created_at=ctx.now())
        plan.products.append(PlanProduct(position=0, product_code="power_coal", name_zh="动力用煤", code_letter="DL"))
        uow.session.add(plan)
        uow.flush()
        products = [(p.id, p.product_code) for p in plan.products]
        uow.commit()
        return plan.id, products


def fill(ctx: ServiceContext, plan_id: int, samples: int, *, seed: int = 7, details: bool = True) -> None:
    """Add ``samples`` samples (about 1 % in a closed 2019 plan) and, with ``details``, their paperwork."""
    rng = random.Random(seed)
    with ctx.uow() as uow:
        products = [(p.id, p.product_code) for p in uow.session.scalars(
            select(PlanProduct).where(PlanProduct.plan_id == plan_id).order_by(PlanProduct.position))]
        first = (uow.session.scalar(select(Enterprise.id).order_by(Enterprise.id.desc()).limit(1)) or 0) + 1
        uow.session.execute(insert(Enterprise), [
            {"name": f"生成企业{i:04d}", "region": REGIONS[i % len(REGIONS)], "county": "某区", "version": 1}
            for i in range(300)])
        start_id = (uow.session.scalar(select(Sample.id).order_by(Sample.id.desc()).limit(1)) or 0) + 1
        uow.commit()
    enterprise_ids = list(range(first, first + 300))
    closed_id, closed_products = _closed_plan(ctx, plan_id)
    now = dt.datetime(2021, 9, 1, tzinfo=dt.UTC)
    rows: list[dict[str, Any]] = []
    for n in range(samples):
        closed = rng.random() < 0.01
        pid, (product_id, product_code) = (closed_id, closed_products[0]) if closed else \
            (plan_id, products[n % len(products)])
        state = rng.choice(STATES)
        finished = None
        if state in ("submitted", "approved", "reported") or (state == "terminated" and rng.random() < 0.5):
            # hours 0..23 UTC: after 16:00 UTC the Beijing date is the next day
            finished = dt.datetime(2021, 8, 20, tzinfo=dt.UTC) + dt.timedelta(days=n % 30, hours=rng.randrange(24))
        circulation = rng.random() < 0.3
        rows.append({
            "sample_no": f"G{start_id + n:07d}", "blind_code": f"Y{start_id + n:07d}", "form_no": f"F{n:07d}",
            "plan_id": pid, "plan_product_id": product_id, "product_code": product_code,
            "domain": "circulation" if circulation else "production",
            "sampled_unit_id": rng.choice(enterprise_ids),
            "producer_id": rng.choice(enterprise_ids) if circulation and rng.random() < 0.7 else None,
            "sampling_date": dt.date(2021, 8, 1) + dt.timedelta(n % 40), "paid": rng.random() < 0.5,
            "region": "大同", "state": state, "version": 1, "registered_at": now,
            "verdict": ("fail" if rng.random() < 0.15 else "pass") if state == "reported" else None,
            "received_at": now if state not in ("registered", "rejected") else None,
            "testing_finished_at": finished,
        })
        if len(rows) == BATCH:
            _insert(ctx, Sample, rows)
            rows = []
    _insert(ctx, Sample, rows)
    if details:
        _paperwork(ctx, rng, start_id, plan_id, enterprise_ids)


def _insert(ctx: ServiceContext, model: Any, rows: list[dict[str, Any]]) -> None:
    for offset in range(0, len(rows), BATCH):
        with ctx.uow() as uow:
            uow.session.execute(insert(model), rows[offset:offset + BATCH])
            uow.commit()


def _paperwork(ctx: ServiceContext, rng: random.Random, start_id: int, plan_id: int,
               enterprise_ids: list[int]) -> None:
    with ctx.uow() as uow:
        samples = uow.session.execute(select(Sample.id, Sample.state, Sample.verdict).where(
            Sample.id >= start_id).order_by(Sample.id)).all()
    ecqs, reports, deliveries, objections, dispositions = [], [], [], [], []
    for sid, state, verdict in samples:
        if rng.random() < 0.4:
            ecqs.append({"sample_id": sid, "kind": "sampling", "entered_on": dt.date(2021, 9, 1)})
        if state == "reported" and rng.random() < 0.3:
            ecqs.append({"sample_id": sid, "kind": "results", "entered_on": dt.date(2021, 9, 5)})
        if state != "reported":
            continue
        issued = dt.date(2021, 8, 25) + dt.timedelta(days=rng.randrange(20))
        if rng.random() < 0.2:  # an amended report: the old revision superseded
            reports.append(_report(sid, 0, "superseded", issued - dt.timedelta(days=3)))
            reports.append(_report(sid, 1, "signed", issued))
        elif rng.random() < 0.9:
            reports.append(_report(sid, 0, "signed", issued if rng.random() < 0.95 else None))
        duties = ("pass_enterprise", "pass_bureau") if verdict == "pass" else \
            ("fail_enterprise", "fail_producer", "fail_province")
        received = None
        for duty in duties:
            if rng.random() < 0.5:
                received = issued + dt.timedelta(days=rng.randrange(1, 5)) if rng.random() < 0.7 else None
                deliveries.append({"plan_id": plan_id, "sample_id": sid, "duty": duty, "method": "ems",
                                   "recipient": "收件人", "sent_on": issued, "received_on": received,
                                   "documents": [], "version": 1})
        if received is not None and rng.random() < 0.1:
            objections.append({"sample_id": sid, "filed_on": received + dt.timedelta(days=rng.randrange(10)),
                               "applicant": "某企业", "grounds": "异议",
                               "state": rng.choice(("accepted", "retesting", "refused", "decided")), "version": 1,
                               "retest_result": {}, "comparison": []})
        elif received is not None and rng.random() < 0.3:
            dispositions.append({"sample_id": sid, "action": "return", "due_on": received, "version": 1})
    deliveries.append({"plan_id": plan_id, "sample_id": None, "duty": "summary", "method": "direct",
                       "recipient": "省局", "sent_on": dt.date(2021, 9, 10), "documents": [], "version": 1})
    for model, rows in ((EcqsEntry, ecqs), (Report, reports), (Delivery, deliveries), (Objection, objections),
                        (Disposition, dispositions)):
        _insert(ctx, model, rows)
    _insert(ctx, Refusal, [{"plan_id": plan_id, "enterprise_id": enterprise_ids[i], "product_code": "power_coal",
                            "occurred_on": dt.date(2021, 8, 3) + dt.timedelta(days=i % 9), "description": "拒检",
                            "samplers": ["甲", "乙"], "witnesses": [], "version": 1,
                            "county_confirmed_on": dt.date(2021, 8, 5) if i % 3 == 0 else None}
                           for i in range(20)])


def _report(sample_id: int, revision: int, state: str, issued: dt.date | None) -> dict[str, Any]:
    return {"sample_id": sample_id, "report_no": f"R{sample_id}", "revision": revision,
            "full_no": f"R{sample_id}-{revision}", "state": state, "issued_on": issued, "data": {}, "version": 1}
