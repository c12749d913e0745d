"""Demo step, last: work left waiting at each bench, so every demo user has something to do.

Two more enterprises give four batches: two received samples wait in the testers' blind
queue, one submitted sample waits for the reviewer, one approved sample for the signatory.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from labdesk.demo.intake import ALL_YES, SPECS, STANDARDS, _frames
from labdesk.demo.testing import COAL_PASS, COKE_PASS, _enter
from labdesk.domain.credit_code import check_character
from labdesk.persistence.models import Enterprise
from labdesk.services import intake, review, testing
from labdesk.services.intake import RegistrationDraft, SamplerEntry

# name, first 17 characters of the credit code (the check character is computed), city, county
ENTERPRISES = (
    ("朔州市山阴县金沙煤业有限公司", "91140621MA0H7KQ2X", "朔州", "山阴县"),
    ("阳泉市盂县鑫磊焦化有限公司", "91140322MA0JB9RW3", "阳泉", "盂县"),
)
# (enterprise, product, context, declared grade, where the sample stops)
BATCHES = (
    (0, "power_coal", {"coal_rank": "other", "transport_km": "90"}, "", "received"),
    (0, "metallurgical_coke", {"quench": "wet"}, "", "received"),
    (1, "chemical_coal", {"coal_rank": "other", "transport_km": "260"}, "", "submitted"),
    (1, "metallurgical_coke", {"quench": "wet"}, "二级", "approved"),
)


def run(demo: Any) -> None:
    ctx = demo.ctx
    clerk = demo.actor("reception")
    plan = demo.data["plan"]
    products = {p.product_code: p for p in plan.products}
    with ctx.uow() as uow:
        ids = []
        for name, first17, region, county in ENTERPRISES:
            enterprise = Enterprise(name=name, credit_code=first17 + check_character(first17), region=region,
                                    county=county, address=f"山西省{region}市{county}", contact="李经理")
            uow.session.add(enterprise)
            uow.flush()
            ids.append((enterprise.name, enterprise.credit_code or "", enterprise.address))
        uow.commit()
    samplers = (SamplerEntry("孙伟", demo.actor("sampler1").user_id),
                SamplerEntry("周杰", demo.actor("sampler2").user_id))
    frames = _frames(len(BATCHES))
    demo.clock.set_day(dt.date(2021, 9, 6), hour=9)
    waiting: dict[str, list[str]] = {}
    for number, (ent, product, context, grade, stop) in enumerate(BATCHES, start=1):
        name, code, address = ids[ent]
        sample = intake.register_sample(ctx, clerk, RegistrationDraft(
            form_no=f"SX2021-{100 + number:04d}", plan_id=plan.id, plan_product_id=products[product].id,
            domain="production", unit_name=name, unit_credit_code=code, unit_address=address,
            unit_contact="李经理 0349-7654321", specification=SPECS[product], declared_grade=grade,
            batch_no=f"2021-09-{number:02d}", production_date=dt.date(2021, 9, 1), executed_standard=STANDARDS[product],
            base_quantity="2000 t", test_quantity="2 kg", backup_quantity="2 kg", test_seal=f"F2021-09-{number * 2 - 1:04d}",
            backup_seal=f"F2021-09-{number * 2:04d}", sampling_place="成品库", sampling_date=dt.date(2021, 9, 3),
            samplers=samplers, context=context, remarks="演示数据：待处理"))
        intake.add_photo(ctx, clerk, sample.id, "seal", frames[number - 1])
        intake.accept_sample(ctx, clerk, sample.id, ALL_YES, "")
        if stop != "received":
            values = COKE_PASS if product.endswith("coke") else COAL_PASS
            tester = demo.actor("tester1")
            testing.open_sample(ctx, tester, sample.id)
            _enter(ctx, tester, sample.id, values)
            testing.submit_sample(ctx, tester, sample.id)
            if stop == "approved":
                review.approve_sample(ctx, demo.actor("reviewer"), sample.id)
        waiting.setdefault(stop, []).append(sample.sample_no)
    demo.summary.append(
        "待办：待检 " + "、".join(waiting.get("received", [])) + "；待审核 " + "、".join(waiting.get("submitted", []))
        + "；待签发 " + "、".join(waiting.get("approved", [])))
