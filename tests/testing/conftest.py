"""Fixtures for the testing/review area: a plan, enterprises and samples made directly in the database.

Samples are created through the ORM (intake is another area): blind code, test
portion, samplers and context, in state "received" unless told otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from labdesk.domain.permissions import Role
from labdesk.persistence.models import Enterprise, Portion, Sample, SampleSampler
from labdesk.services import auth, plans, users
from labdesk.services.context import Actor, ServiceContext

PLAN_FILE = Path(__file__).resolve().parents[2] / "resources" / "plans" / "shanxi-2021-coal-coke.toml"
DATA = Path(__file__).resolve().parent / "data"
PASSWORD = "test1234"

COAL_CONTEXT = {"coal_rank": "other", "transport_km": "200"}
COKE_CONTEXT = {"quench": "wet"}


@dataclass
class Lab:
    ctx: ServiceContext
    actors: dict[str, Actor]
    plan: plans.PlanInfo
    enterprise_id: int
    counter: int = 0

    def product_id(self, product_code: str) -> int:
        return next(p.id for p in self.plan.products if p.product_code == product_code)

    def make_sample(self, product_code: str = "power_coal", *, samplers: tuple[str, ...] = (),
                    context: dict[str, object] | None = None, state: str = "received",
                    declared: dict[str, str] | None = None) -> int:
        self.counter += 1
        n = self.counter
        if context is None:
            context = COAL_CONTEXT if "coal" in product_code else COKE_CONTEXT
        with self.ctx.uow() as uow:
            sample = Sample(
                sample_no=f"2021T{n:04d}", blind_code=f"B{n:04d}", form_no=f"F{n:04d}", plan_id=self.plan.id,
                plan_product_id=self.product_id(product_code), product_code=product_code, domain="production",
                sampled_unit_id=self.enterprise_id, sampling_date=dt.date(2021, 8, 1), context=dict(context),
                declared_values=dict(declared or {}), state=state, trademark="秘密商标",
            )
            sample.portions.append(Portion(kind="test", code=f"T{n:04d}-J"))
            sample.portions.append(Portion(kind="backup", code=f"T{n:04d}-B"))
            for pos, name in enumerate(samplers):
                sample.samplers.append(SampleSampler(position=pos, name=name, user_id=self.actors[name].user_id))
            uow.session.add(sample)
            uow.commit()
            return sample.id

    def add_user(self, username: str, *roles: Role) -> Actor:
        users.create_user(self.ctx, self.actors["admin"], username=username, full_name=f"{username}姓名",
                          password=PASSWORD, roles=roles)
        actor = auth.login(self.ctx, username, PASSWORD)
        self.actors[username] = actor
        return actor


@pytest.fixture
def lab(ctx: ServiceContext, actors: dict[str, Actor]) -> Lab:
    plan = plans.import_plan(ctx, actors["quality_manager"], plans.read_plan_file(PLAN_FILE),
                             institution="山西省工业标准化研究院")
    with ctx.uow() as uow:
        enterprise = Enterprise(name="山西秘密煤业有限公司", credit_code=None, region="大同")
        uow.session.add(enterprise)
        uow.commit()
        enterprise_id = enterprise.id
    return Lab(ctx, dict(actors), plan, enterprise_id)


@pytest.fixture
def make_sample(lab: Lab) -> Callable[..., int]:
    return lab.make_sample
