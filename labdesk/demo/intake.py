"""Demo step 'intake': register a dozen sampled batches, photograph their seals, accept, reject, label.

Everything goes through ``labdesk.services.intake`` as the intake bench does it;
the "camera" is the demo video (``resources/demo/sealed_sample.avi``) read through
``labdesk.camera.VideoFileSource``.  Hands on ``demo.data["samples"]``: a list of
``{id, sample_no, product_code, state, blind_code, sampler_user_ids}``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from labdesk.camera import VideoFileSource, encode_jpeg
from labdesk.paths import resource
from labdesk.reports.files import write_atomic
from labdesk.services import intake
from labdesk.services.intake import RegistrationDraft, RegistrationRefused, SamplerEntry

ALL_YES = {key: True for key, _ in intake.RECEIPT_CHECKS}

# (enterprise index, product, domain, context, declared grade, sampling day, outcome)
# Each enterprise gives at most two batches and each product once, as the plan requires.
BATCHES: tuple[tuple[int, str, str, dict[str, str], str, int, str], ...] = (
    (0, "power_coal", "production", {"coal_rank": "other", "transport_km": "650"}, "", 26, "accept"),
    (0, "metallurgical_coal", "production", {"coal_rank": "other", "transport_km": "320"}, "", 26, "accept"),
    (1, "power_coal", "production", {"coal_rank": "other", "transport_km": "180"}, "", 27, "accept"),
    (1, "chemical_coal", "production", {"coal_rank": "other", "transport_km": "90"}, "", 27, "accept"),
    (2, "metallurgical_coal", "production", {"coal_rank": "other", "transport_km": "260"}, "", 28, "accept"),
    (2, "chemical_coal", "production", {"coal_rank": "lignite", "transport_km": "40"}, "", 28, "reject"),
    (3, "metallurgical_coke", "production", {"quench": "dry"}, "一级", 29, "accept"),
    (3, "foundry_coke", "production", {"quench": "wet"}, "一级", 29, "accept"),
    (4, "metallurgical_coke", "production", {"quench": "wet"}, "二级", 30, "accept"),
    (4, "foundry_coke", "production", {"quench": "wet"}, "", 30, "accept"),
    (5, "power_coal", "circulation", {"coal_rank": "other", "transport_km": "720"}, "", 31, "accept"),
    (5, "chemical_coal", "circulation", {"coal_rank": "other", "transport_km": "150"}, "", 31, "register"),
)
SPECS = {"power_coal": "混煤 0-50mm", "metallurgical_coal": "主焦煤", "chemical_coal": "无烟块煤",
         "metallurgical_coke": "25-40mm", "foundry_coke": ">80mm"}
STANDARDS = {"power_coal": "GB/T 7562-2018", "metallurgical_coal": "GB/T 397-2009", "chemical_coal": "GB/T 9143-2008",
             "metallurgical_coke": "GB/T 1996-2017", "foundry_coke": "GB/T 8729-2017"}


def _frames(count: int) -> list[bytes]:
    source = VideoFileSource(resource("demo", "sealed_sample.avi"))
    source.open()
    try:
        frames = []
        for index in range(count * 3):
            frame = source.read()
            if index % 3 == 0:
                frames.append(encode_jpeg(frame, 85).data)
        return frames
    finally:
        source.close()


def run(demo: Any) -> None:
    ctx = demo.ctx
    clerk = demo.actor("reception")
    plan = demo.data["plan"]
    enterprise_ids: list[int] = demo.data["enterprise_ids"]
    products = {p.product_code: p for p in plan.products}
    sampler_pairs = (
        (SamplerEntry("孙伟", demo.actor("sampler1").user_id), SamplerEntry("周杰", demo.actor("sampler2").user_id)),
        (SamplerEntry("周杰", demo.actor("sampler2").user_id), SamplerEntry("孙伟", demo.actor("sampler1").user_id)),
    )
    with ctx.uow() as uow:
        from labdesk.persistence.models import Enterprise

        enterprises = [uow.session.get(Enterprise, eid) for eid in enterprise_ids]
        names = [(e.name, e.credit_code or "", e.address) for e in enterprises if e is not None]
    frames = _frames(len(BATCHES) * 2)
    samples: list[dict[str, Any]] = []
    labels_written = notices_written = 0
    for number, (ent, product, domain, context, grade, day, outcome) in enumerate(BATCHES, start=1):
        demo.clock.set_day(dt.date(2021, 8, 2) if day < 31 else dt.date(2021, 8, 3), hour=9)
        demo.clock.advance(minutes=12 * number)
        name, code, address = names[ent]
        producer = names[0][0] if domain == "circulation" else ""
        draft = RegistrationDraft(
            form_no=f"SX2021-{number:04d}", plan_id=plan.id, plan_product_id=products[product].id, domain=domain,
            unit_name=name, unit_credit_code=code, unit_address=address, unit_contact="王经理 0352-1234567",
            producer_name=producer, trademark="", specification=SPECS[product], declared_grade=grade,
            batch_no=f"2021-07-{day - 2:02d}-{number:02d}", production_date=dt.date(2021, 7, day - 2),
            executed_standard=STANDARDS[product], base_quantity="3000 t", test_quantity="2 kg",
            backup_quantity="2 kg", test_seal=f"F2021-08-{number * 2 - 1:04d}",
            backup_seal=f"F2021-08-{number * 2:04d}", sampling_place="成品库" if domain == "production" else "销售门店",
            sampling_date=dt.date(2021, 7, day), samplers=sampler_pairs[number % 2], context=context,
            remarks="演示数据",
        )
        sample = intake.register_sample(ctx, clerk, draft)
        intake.add_photo(ctx, clerk, sample.id, "seal", frames[(number * 2) % len(frames)])
        intake.add_photo(ctx, clerk, sample.id, "package", frames[(number * 2 + 1) % len(frames)])
        if outcome == "accept":
            result = intake.accept_sample(ctx, clerk, sample.id, ALL_YES, "")
            sample = result.sample
            if demo.out_dir is not None:
                write_atomic(demo.out("labels") / result.labels.name, result.labels.pdf)
                write_atomic(demo.out("receipts") / result.receipt.name, result.receipt.pdf)
                labels_written += 1
        elif outcome == "reject":
            checks = dict(ALL_YES, seal_intact=False, quantity_ok=False)
            rejected = intake.reject_sample(
                ctx, clerk, sample.id, ["封条破损或缺失", "样品数量不足"],
                "检验样品袋封条断开，袋底破口，称量剩余约 0.9 kg，少于实施细则规定的 2 kg。", checks)
            sample = rejected.sample
            if demo.out_dir is not None:
                write_atomic(demo.out("notices") / rejected.document.name, rejected.document.pdf)
                notices_written += 1
        samples.append({
            "id": sample.id, "sample_no": sample.sample_no, "product_code": product, "state": sample.state,
            "blind_code": sample.blind_code, "sampler_user_ids": [s.user_id for s in sample.samplers if s.user_id],
        })
    # the plan rule at work: a third batch from the same enterprise is refused
    refused = ""
    try:
        intake.register_sample(ctx, clerk, RegistrationDraft(
            form_no="SX2021-0099", plan_id=plan.id, plan_product_id=products["chemical_coal"].id,
            unit_name=names[0][0], unit_credit_code=names[0][1], batch_no="X", test_quantity="2 kg",
            backup_quantity="2 kg", test_seal="F-X1", backup_seal="F-X2", sampling_date=dt.date(2021, 8, 1),
            samplers=sampler_pairs[0]))
    except RegistrationRefused as error:
        refused = error.problems[0].message
    demo.log(f"  refused as planned: {refused}")
    demo.data["samples"] = samples
    demo.data["samplers"] = {"sampler1": demo.actor("sampler1").user_id, "sampler2": demo.actor("sampler2").user_id}
    demo.data["intake_refused"] = refused
    states = [s["state"] for s in samples]
    demo.summary.append(
        f"样品接收：登记 {len(samples)} 批（已接收 {states.count('received')}，已拒收 {states.count('rejected')}，"
        f"待接收 {states.count('registered')}），照片 {len(samples) * 2} 张；第三批次登记被拒：{bool(refused)}"
        + (f"；标签 PDF {labels_written} 份，拒收通知 {notices_written} 份" if demo.out_dir is not None else ""))
