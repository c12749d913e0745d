"""Intake fixtures: a plan with the five coal/coke products and a few enterprises, made directly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest

from labdesk.persistence.models import Enterprise, Plan, PlanProduct
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.intake import RegistrationDraft, SamplerEntry

PRODUCTS = (
    ("power_coal", "动力用煤", "DL", False),
    ("metallurgical_coal", "冶金用煤", "YJ", False),
    ("chemical_coal", "化工用原料煤", "HG", False),
    ("metallurgical_coke", "冶金焦炭", "JT", True),
    ("foundry_coke", "铸造焦炭", "ZJ", False),
)
# valid GB 32100 codes (check characters verified by labdesk.domain.credit_code)
ENTERPRISES = (
    ("大同市云冈煤业有限公司", "91140200MA0GTQ0X19", False),
    ("朔州市平鲁区鑫源洗煤有限公司", "91140603MA0K3C6N5F", True),
    ("阳泉市荫营焦化有限公司", "91140300MA0HAJ8C2Q", False),
)


@dataclass(frozen=True)
class PlanFixture:
    plan_id: int
    products: dict[str, int]  # product_code -> plan_product id
    enterprises: list[tuple[int, str, str]]  # (id, name, credit code)


@pytest.fixture
def plan(ctx: ServiceContext) -> PlanFixture:
    with ctx.uow() as uow:
        plan = Plan(code="SX-2021-158", title="2021年工业用煤及焦炭产品质量专项监督抽查", issuing_authority="山西省市场监督管理局",
                    document_no="晋市监发〔2021〕158号", period_start=dt.date(2021, 7, 25),
                    period_end=dt.date(2021, 9, 30), created_at=ctx.now())
        for position, (code, name, letter, licence) in enumerate(PRODUCTS):
            plan.products.append(PlanProduct(position=position, product_code=code, name_zh=name, code_letter=letter,
                                             needs_licence=licence))
        uow.session.add(plan)
        ents = []
        for name, code, followup in ENTERPRISES:
            e = Enterprise(name=name, credit_code=code, address="山西省", region="大同", followup=followup,
                           followup_note="2020年抽查不合格" if followup else "")
            uow.session.add(e)
            ents.append(e)
        uow.flush()
        result = PlanFixture(plan.id, {p.product_code: p.id for p in plan.products},
                             [(e.id, e.name, e.credit_code or "") for e in ents])
        uow.commit()
    return result


@pytest.fixture
def draft(plan: PlanFixture, actors: dict[str, Actor]) -> RegistrationDraft:
    _, name, code = plan.enterprises[0]
    return RegistrationDraft(
        form_no="SX2021-DT-0001", plan_id=plan.plan_id, plan_product_id=plan.products["power_coal"],
        domain="production", unit_name=name, unit_credit_code=code, unit_address="山西省大同市云冈区",
        unit_contact="王经理", trademark="云冈", specification="混煤", batch_no="20210728",
        production_date="2021-07-28", executed_standard="GB/T 7562-2018", base_quantity="3000 t",
        test_quantity="2 kg", backup_quantity="2 kg", test_seal="F2021-0001", backup_seal="F2021-0002",
        sampling_place="成品煤场", sampling_date="2021-08-01",
        samplers=(SamplerEntry("sampler姓名", actors["sampler"].user_id), SamplerEntry("张三")),
        context={"coal_rank": "other", "transport_km": "120"},
    )


def with_(draft: RegistrationDraft, **changes: object) -> RegistrationDraft:
    return replace(draft, **changes)  # type: ignore[arg-type]
