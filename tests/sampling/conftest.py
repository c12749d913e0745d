"""Sampling fixtures: the seed coal plan imported from its TOML, a generated directory, samplers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from labdesk.domain.credit_code import check_character
from labdesk.domain.permissions import Role
from labdesk.paths import resource
from labdesk.services import auth, plans, users
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling import directory, samplers

REGIONS = ("大同", "朔州", "忻州", "阳泉", "吕梁")
PRODUCT_SETS = (("动力用煤",), ("动力用煤", "冶金用煤"), ("冶金焦炭", "铸造焦炭"), ("动力用煤", "化工用原料煤", "冶金用煤"))
HEADER = ["企业名称", "统一社会信用代码", "地址", "地区", "产品", "许可证编号", "上年度抽查结果"]


def make_code(n: int) -> str:
    first = f"911402{n:04d}MA0GTQ0"[:17]
    return first + check_character(first)


def directory_rows(count: int = 30, failed: tuple[int, ...] = (3, 11)) -> list[list[object]]:
    rows: list[list[object]] = [list(HEADER)]
    for n in range(count):
        region = REGIONS[n % len(REGIONS)]
        rows.append([f"{region}测试煤业{n:02d}有限公司", make_code(n), f"山西省{region}市", region,
                     "、".join(PRODUCT_SETS[n % len(PRODUCT_SETS)]), "",
                     "不合格" if n in failed else "合格"])
    return rows


@pytest.fixture
def qm(actors: dict[str, Actor]) -> Actor:
    return actors["quality_manager"]


@pytest.fixture
def plan_id(ctx: ServiceContext, qm: Actor) -> int:
    data = plans.read_plan_file(resource("plans", "shanxi-2021-coal-coke.toml"))
    return plans.import_plan(ctx, qm, data, institution="山西省工业标准化研究院").id


@pytest.fixture
def loaded(ctx: ServiceContext, qm: Actor, plan_id: int) -> int:
    report = directory.import_rows(ctx, qm, directory_rows(), plan_id=plan_id)
    assert not report.errors
    return plan_id


@pytest.fixture
def sampler_actors(ctx: ServiceContext, actors: dict[str, Actor]) -> Iterator[list[Actor]]:
    made = []
    for i in range(5):
        users.create_user(ctx, actors["admin"], username=f"cy{i}", full_name=f"抽样员{i}", password="test1234",
                          roles=(Role.TESTER,))
        actor = auth.login(ctx, f"cy{i}", "test1234")
        samplers.set_sampler(ctx, actors["quality_manager"], actor.user_id, trained_on=dt.date(2021, 3, 1),
                             authorised_until=dt.date(2022, 3, 1),
                             former_employers=(make_code(0),) if i == 0 else ())
        made.append(actor)
    yield made
