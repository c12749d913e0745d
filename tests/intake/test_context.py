"""Intake asks for the judging context of the adopted rule set and refuses to accept a sample without it."""

from __future__ import annotations

import pytest

from labdesk.domain.errors import RuleViolation
from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.persistence.models import PlanProduct, Sample
from labdesk.services import intake, intake_context
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.intake import RegistrationDraft
from tests.intake.conftest import PlanFixture, with_
from tests.intake.test_services import ALL_YES, frame_jpeg

CAT = load_catalogue()


def test_form_lists_every_context_variable_with_labels_units_and_declared_values() -> None:
    towels = intake_context.form_for(CAT.ruleset("towels").to_dict(), CAT.products["towels"].elderly_focus)
    assert towels.elderly_focus is True
    category = towels.fields[0]
    assert (category.key, category.type, category.required) == ("safety_category", "choice", True)
    assert category.choices[0] == ("A", "A类（婴幼儿用品）")
    assert [(d.key, d.kind) for d in towels.declared] == [("fibre", "composition")]
    rope = intake_context.form_for(CAT.ruleset("wire_rope").to_dict())
    diameter = next(f for f in rope.fields if f.key == "diameter_mm")
    assert (diameter.label_zh, diameter.unit, diameter.min, diameter.max) == ("钢丝绳公称直径", "mm", "1", "200")
    assert intake_context.form_for(None).fields == ()


def test_problems_name_missing_and_bad_conditions_in_chinese() -> None:
    rope = CAT.ruleset("wire_rope").to_dict()
    messages = [p.message for p in intake_context.context_problems(rope, {"diameter_mm": "500"}, {})]
    assert messages == [
        "判定条件：「钢丝绳公称直径（mm）」超出允许范围 1～200：500。",
        "判定条件「钢丝绳抗拉强度级别」：必填（请选择：1570 级、1770 级、1870 级、1960 级、2160 级）。",
    ]
    assert intake_context.context_problems(rope, {"diameter_mm": "12", "rope_grade": "1770"}, {}) == []
    towels = CAT.ruleset("towels").to_dict()
    ok = {"safety_category": "B", "quality_grade": "first"}
    assert intake_context.context_problems(towels, ok, {"fibre": "棉 100%"}) == []
    bad = intake_context.context_problems(towels, ok, {"fibre": "棉 abc"})
    assert len(bad) == 1 and "无法识别的成分" in bad[0].message and bad[0].blocking


def test_stored_context_keeps_keys_numbers_as_text_and_booleans() -> None:
    form = intake_context.form_for(CAT.ruleset("towels").to_dict(), True)
    stored = intake_context.stored_context(form, {"safety_category": "B", "quality_grade": "", "elderly": True})
    assert stored == {"safety_category": "B", "elderly": True}


@pytest.fixture
def towels_draft(ctx: ServiceContext, plan: PlanFixture, draft: RegistrationDraft) -> RegistrationDraft:
    with ctx.uow() as uow:
        plan_row = uow.session.get(PlanProduct, plan.products["power_coal"])
        assert plan_row is not None
        product = PlanProduct(plan_id=plan_row.plan_id, position=9, product_code="towels", name_zh="毛巾",
                              code_letter="MJ", ruleset=CAT.ruleset("towels").to_dict())
        uow.session.add(product)
        uow.flush()
        product_id = product.id
        uow.commit()
    return with_(draft, plan_product_id=product_id, context={}, declared_values={}, form_no="SX2021-MJ-0001")


def test_registration_and_acceptance_are_refused_without_the_judging_context(
    ctx: ServiceContext, actors: dict[str, Actor], towels_draft: RegistrationDraft
) -> None:
    clerk = actors["receptionist"]
    errors = [p.message for p in intake.check_registration(ctx, clerk, towels_draft) if p.blocking]
    assert any("安全技术类别" in m for m in errors) and any("标注纤维含量" in m for m in errors)
    with pytest.raises(intake.RegistrationRefused):
        intake.register_sample(ctx, clerk, towels_draft)
    complete = with_(towels_draft, context={"safety_category": "B", "quality_grade": "first", "elderly": True},
                     declared_values={"fibre": "棉 100%"})
    assert not [p for p in intake.check_registration(ctx, clerk, complete) if p.blocking]
    sample = intake.register_sample(ctx, clerk, complete)
    with ctx.uow() as uow:
        row = uow.session.get(Sample, sample.id)
        assert row is not None
        assert row.context == {"safety_category": "B", "quality_grade": "first", "elderly": True}
        assert row.declared_values == {"fibre": "棉 100%"}
        row.context = {"quality_grade": "first"}  # as if registered before the rule set asked for it
        uow.commit()
    intake.add_photo(ctx, clerk, sample.id, "seal", frame_jpeg())
    with pytest.raises(RuleViolation, match="不能接收.*安全技术类别"):
        intake.accept_sample(ctx, clerk, sample.id, ALL_YES)
    with ctx.uow() as uow:
        row = uow.session.get(Sample, sample.id)
        assert row is not None and row.state == "registered"
        row.context = {"safety_category": "B", "quality_grade": "first"}
        uow.commit()
    assert intake.accept_sample(ctx, clerk, sample.id, ALL_YES).sample.state == "received"


def test_plan_dashboard_counts_samples_flagged_for_the_elderly(
    ctx: ServiceContext, actors: dict[str, Actor], plan: PlanFixture, towels_draft: RegistrationDraft
) -> None:
    from labdesk.services import plans

    clerk = actors["receptionist"]
    base = {"safety_category": "B", "quality_grade": "first"}
    for n, elderly in enumerate((True, False), 1):
        _, name, code = plan.enterprises[n]
        intake.register_sample(ctx, clerk, with_(
            towels_draft, form_no=f"SX2021-MJ-000{n + 1}", context={**base, "elderly": elderly},
            declared_values={"fibre": "棉 100%"}, test_seal=f"S{n}a", backup_seal=f"S{n}b",
            unit_name=name, unit_credit_code=code))
    assert plans.plan_progress(ctx, actors["quality_manager"], plan.plan_id).elderly == 1
