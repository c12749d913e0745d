"""Demo step 'plan2': the mechanical, daily-use and textile plan (晋市监发〔2021〕159号) at the benches.

The quality manager imports the plan-2 plan; 张丽 registers four batches with their judging context
(GB 18401 category, quality grade, rope diameter and grade, hygiene grade; the labelled fibre composition;
one towel flagged 老年用品), photographs and accepts them; 李强 enters every result kind as cells (未检出
typed as "nd", colour-fastness grades per sub-result, composition rows, the labelling checklist, specimens);
赵敏 reviews, the quality manager acknowledges verdicts resting on unverified values, and 陈刚 / 刘洋 sign.

- 毛巾 A: 耐皂洗色牢度 沾色 2-3 (< 3) and 使用说明 未标注安全技术类别 → 不合格
- 毛巾 B (老年用品): 纤维含量 标 棉 100%，实测 棉 92.0%、涤纶 8.0% → 不合格
- 卫生巾: 真菌、大肠菌群、致病菌 未检出 → 合格
- 钢丝绳 Φ12 mm 1770 级: 拆股钢丝 6 个试样 → 合格

Results are the hand-worked examples of resources/catalogue/examples/ with the changes above.
Runs after 'reports' (the certificates).  Files: DIR/reports/<number>.pdf.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
from typing import Any

from labdesk.demo.intake import ALL_YES, _frames
from labdesk.domain.errors import LabDeskError
from labdesk.paths import resource
from labdesk.persistence.models import Enterprise
from labdesk.services import intake, plans, reports, result_cells, review, testing, verdict_acks
from labdesk.services.intake import RegistrationDraft, SamplerEntry
from labdesk.services.testing import CellChange

ENTERPRISES = (
    ("山西晋中洁柔纺织有限公司", "91140700MA0K5Y3L81", "晋中", "榆次区"),
    ("太原市康乐毛巾厂", "91140100MA0H8B2N3P", "太原", "小店区"),
    ("运城市舒雅卫生用品有限公司", "91140800MA0JX3R1TB", "运城", "盐湖区"),
    ("山西长治钢绳制品有限公司", "91140400MA0GQ6K8WU", "长治", "潞州区"),
)
FIBRE_FAIL = [{"component": "棉", "percent": "92.0"}, {"component": "涤纶", "percent": "8.0"}]


def _example(product: str) -> dict[str, Any]:
    data = json.loads(resource("catalogue", "examples", f"{product}.json").read_text(encoding="utf-8"))
    return copy.deepcopy(data["input"])


def _batches() -> list[tuple[str, str, dict[str, Any]]]:
    """(label, product, evaluate-style input) per batch."""
    towel_a = _example("towels")
    towel_a["results"]["label"] = {"missing": ["safety_category"]}
    towel_b = _example("towels")
    towel_b["results"]["fast_soap"] = {"change": "4", "staining": "3-4"}
    towel_b["results"]["fibre"] = FIBRE_FAIL
    towel_b["context"]["elderly"] = True
    napkin = _example("sanitary_napkins")
    napkin["qualitative"]["fluorescent"] = "无"
    rope = _example("wire_rope")
    rope["determinations"]["diameter_dev"] = ["3.2"]
    return [("毛巾A", "towels", towel_a), ("毛巾B", "towels", towel_b), ("卫生巾", "sanitary_napkins", napkin),
            ("钢丝绳", "wire_rope", rope)]


def _declared_text(declared: dict[str, Any]) -> dict[str, str]:
    out = {}
    for key, value in declared.items():
        if isinstance(value, list):  # a labelled composition, typed as on the label
            out[key] = "；".join(f"{c['component']} {c['percent']}%" for c in value)
        else:
            out[key] = str(value)
    return out


def _changes(ruleset: Any, data: dict[str, Any]) -> list[CellChange]:
    changes = []
    for code, value in {**data.get("determinations", {}), **data.get("results", {})}.items():
        spec = ruleset.item_map[code]
        for seq, text in result_cells.cells_for(spec, value):
            changes.append(CellChange(code, seq, "nd" if text == "未检出" else text))  # the tester's key for 未检出
    changes += [CellChange(code, 1, text) for code, text in data.get("qualitative", {}).items()]
    return changes


def _enterprises(demo: Any) -> list[tuple[str, str, str]]:
    with demo.ctx.uow() as uow:
        out = []
        for name, code, region, county in ENTERPRISES:
            address = f"山西省{region}市{county}"
            uow.session.add(Enterprise(name=name, credit_code=code, region=region, county=county, address=address,
                                       contact="李经理", phone="0351-7654321"))
            out.append((name, code, address))
        uow.commit()
    return out


def _register(demo: Any, plan: Any, ents: list[tuple[str, str, str]]) -> list[tuple[str, int]]:
    ctx, clerk = demo.ctx, demo.actor("reception")
    products = {p.product_code: p for p in plan.products}
    pair = (SamplerEntry("孙伟", demo.actor("sampler1").user_id), SamplerEntry("周杰", demo.actor("sampler2").user_id))
    frames = _frames(8)
    out = []
    for number, ((label, product, data), (name, code, address)) in enumerate(zip(_batches(), ents, strict=True), 1):
        demo.clock.advance(minutes=20)
        draft = RegistrationDraft(
            form_no=f"SX2021-P2-{number:04d}", plan_id=plan.id, plan_product_id=products[product].id,
            domain="production", unit_name=name, unit_credit_code=code, unit_address=address,
            unit_contact="李经理 0351-7654321", specification={"towels": "34×76 cm", "wire_rope": "6×19-12"}.get(
                product, "240 mm 日用"), batch_no=f"2021-09-{number:02d}", production_date=dt.date(2021, 9, number),
            base_quantity="500 件", test_quantity="6 件", backup_quantity="6 件", test_seal=f"F2021-P2-{number * 2 - 1:03d}",
            backup_seal=f"F2021-P2-{number * 2:03d}", sampling_place="成品库", sampling_date=dt.date(2021, 9, 20),
            samplers=pair, context=data["context"], declared_values=_declared_text(data.get("declared", {})),
            remarks="演示数据（计划二）",
        )
        sample = intake.register_sample(ctx, clerk, draft)
        intake.add_photo(ctx, clerk, sample.id, "seal", frames[number % len(frames)])
        intake.accept_sample(ctx, clerk, sample.id, ALL_YES, "")
        out.append((label, sample.id))
    return out


def _test_and_review(demo: Any, samples: list[tuple[str, int]]) -> None:
    ctx, tester, reviewer = demo.ctx, demo.actor("tester1"), demo.actor("reviewer")
    data = {label: d for label, _p, d in _batches()}
    for label, sid in samples:
        demo.clock.advance(hours=2)
        sheet = testing.open_sample(ctx, tester, sid)
        from labdesk.domain.judging.ruleset import RuleSet

        ruleset = RuleSet.from_dict(sheet.ruleset)
        testing.apply_changes(ctx, tester, sid, _changes(ruleset, data[label]))
        testing.submit_sample(ctx, tester, sid)
        review.approve_sample(ctx, reviewer, sid)


def _sign(demo: Any, samples: list[tuple[str, int]]) -> list[Any]:
    ctx = demo.ctx
    from labdesk.demo import DEMO_PASSWORD

    for _label, sid in samples:  # verdicts resting on values the references rate L: the QM acknowledges
        with contextlib.suppress(LabDeskError):  # nothing to acknowledge for this sample
            verdict_acks.acknowledge(ctx, demo.actor("qm"), sid, "已核对 GB/T 22864-2020、GB 5296.4-2012 原文条款（演示）。")
    out_dir = demo.out("reports") if demo.out_dir is not None else None
    demo.clock.advance(days=1)
    ids = [sid for _l, sid in samples]
    batch = reports.sign_batch(ctx, demo.actor("signatory"), ids, password=DEMO_PASSWORD, passphrase=DEMO_PASSWORD,
                               out_dir=out_dir)
    signed = list(batch.signed)
    for sid, why in batch.failed:
        demo.log(f"  plan2 sample {sid}: 陈刚 does not sign ({why})")
    if batch.failed:
        retry = reports.sign_batch(ctx, demo.actor("qm"), [sid for sid, _ in batch.failed], password=DEMO_PASSWORD,
                                   passphrase=DEMO_PASSWORD, out_dir=out_dir)
        signed += retry.signed
        for sid, why in retry.failed:
            demo.log(f"  plan2 sample {sid}: not signed ({why})")
    return signed


def _authorise(demo: Any) -> None:
    """李强 is authorised for the items of these products; 陈刚 may sign their reports."""
    from labdesk.services.quality import authorisations

    codes: list[str] = []
    products = ["towels", "sanitary_napkins", "wire_rope"]
    for product in products:
        for item in demo.ctx.catalogue.ruleset(product).items:
            if item.code not in codes:
                codes.append(item.code)
    start = dt.date(2021, 1, 4)
    qm = demo.actor("qm")
    authorisations.grant(demo.ctx, qm, user_id=demo.actor("tester1").user_id, kind="test", scopes=codes,
                         valid_from=start, valid_to=None, record_ref="SGSQ-2021-011")
    authorisations.grant(demo.ctx, qm, user_id=demo.actor("signatory").user_id, kind="sign",
                         scopes=products, valid_from=start, valid_to=None, record_ref="QZSQ-2021-011")


def run(demo: Any) -> None:
    ctx = demo.ctx
    demo.clock.set_day(dt.date(2021, 9, 20), hour=9)
    data = plans.read_plan_file(resource("plans", "shanxi-2021-mechanical-daily-textile.toml"))
    plan = plans.import_plan(ctx, demo.actor("qm"), data)  # three institutions: every quota is shown
    _authorise(demo)
    samples = _register(demo, plan, _enterprises(demo))
    _test_and_review(demo, samples)
    signed = _sign(demo, samples)
    demo.data["plan2_reports"] = [r.id for r in signed]
    fails = [r for r in signed if r.verdict == "fail"]
    demo.summary.append(
        f"计划二（{plan.title}）：登记并接收 {len(samples)} 批（毛巾 2、卫生巾 1、钢丝绳 1，老年用品 1 批），"
        f"检验、审核、签发 {len(signed)} 份报告（不合格 {len(fails)} 份）")
