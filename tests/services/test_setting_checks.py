"""Every quantity and setting is validated as typed, with its unit (issue 13 item 5)."""

from __future__ import annotations

import pytest

from labdesk.domain.errors import InputError
from labdesk.domain.quantities import quantity_problem
from labdesk.services import settings
from labdesk.services.context import Actor, ServiceContext

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE
@pytest.mark.parametrize(("key", "value", "message"), [
    ("label.width_mm", "abc", "标签宽度：应为整数（mm），现为「abc」。"),
    ("label.height_mm", "5", "标签高度：应在 20～150 mm 之间，现为 5。"),
    ("calorie_factor", "4,18", "卡换算系数：应为数字（J/cal），现为「4,18」。"),
    ("numbering.sample_pattern", "{year}{product}", "样品编号规则：编号规则必须包含流水号 {seq}。"),
    ("lab.name", "  ", "实验室名称：必填。"),
])
def test_settings_service_refuses_a_wrong_value(ctx: ServiceContext, actors: dict[str, Actor], key: str,
                                                value: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        settings.set_value(ctx, actors["admin"], key, value)
    assert str(caught.value) == message
    assert settings.get(ctx, key) == settings.DEFAULTS[key]


@SQLITE
def test_settings_service_stores_the_typed_value(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    settings.set_value(ctx, actors["admin"], "label.width_mm", "70")
    assert settings.get(ctx, "label.width_mm") == 70


def test_quantities_need_a_number_and_a_unit() -> None:
    assert quantity_problem("2 kg", "检验样品数量") is None
    assert quantity_problem("3000t", "抽样基数") is None
    assert quantity_problem("abc", "检验样品数量") == "检验样品数量：应为数量加单位（如 2 kg），现为「abc」。"
    assert quantity_problem("0 kg", "检验样品数量") == "检验样品数量：应大于 0。"
    assert "单位「斤斤」不认识" in (quantity_problem("2 斤斤", "备用样品数量") or "")
