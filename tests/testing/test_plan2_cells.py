"""Plan-2 result kinds saved as cells and judged by the testing service (towels: every kind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from labdesk.domain.errors import InputError
from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.services import plans, result_cells, testing
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.testing import CellChange
from tests.testing.conftest import Lab

ROOT = Path(__file__).resolve().parents[2]
PLAN2 = ROOT / "resources" / "plans" / "shanxi-2021-mechanical-daily-textile.toml"
EXAMPLE = json.loads((ROOT / "resources" / "catalogue" / "examples" / "towels.json").read_text(encoding="utf-8"))
CAT = load_catalogue()


@pytest.fixture
def towel(ctx: ServiceContext, actors: dict[str, Actor], lab: Lab) -> int:
    lab.plan = plans.import_plan(ctx, actors["quality_manager"], plans.read_plan_file(PLAN2),
                                 institution="山西省纤维检验所")
    ex = EXAMPLE["input"]
    fibre = "；".join(f"{c['component']} {c['percent']}%" for c in ex["declared"]["fibre"])
    return lab.make_sample("towels", context=ex["context"], declared={"fibre": fibre})


def changes_for(item_values: dict[str, object]) -> list[CellChange]:
    rs = CAT.ruleset("towels")
    out = []
    for code, value in item_values.items():
        for seq, text in result_cells.cells_for(rs.item_map[code], value):
            out.append(CellChange(code, seq, text))
    return out


def test_every_kind_is_saved_and_judged_as_the_example(ctx: ServiceContext, actors: dict[str, Actor],
                                                      towel: int) -> None:
    ex = EXAMPLE["input"]
    values: dict[str, object] = {**ex["determinations"], **ex["results"]}
    values["formaldehyde"] = ["nd"]  # the tester's key for 未检出
    values["amines"] = ["-"]
    changes = changes_for(values) + [CellChange(c, 1, v) for c, v in ex["qualitative"].items()]
    sheet = testing.apply_changes(ctx, actors["tester"], towel, changes)
    assert sheet.item("formaldehyde").cell_values() == {1: "未检出"}
    assert sheet.item("fibre").cell_values() == {1: "棉 100.0"}  # measured, as the example types it
    assert sheet.item("fast_soap").cell_values() == {1: "4", 2: "2-3"}
    assert sheet.evaluation is not None
    assert sheet.evaluation["verdict"] == EXAMPLE["expect"]["verdict"] == "fail"
    assert sheet.evaluation["failed_items"] == EXAMPLE["expect"]["failed_items"] == ["fast_soap"]
    items = sheet.evaluation["items"]
    assert items["formaldehyde"]["value"] == "未检出（检出限 20 mg/kg）"
    assert items["fast_soap"]["value"] == "2-3"
    assert items["label"]["value"] == "符合"


def test_bad_cells_are_refused_in_chinese_and_a_missing_element_is_reported(
        ctx: ServiceContext, actors: dict[str, Actor], towel: int) -> None:
    tester = actors["tester"]
    with pytest.raises(InputError, match="等级应为"):
        testing.apply_changes(ctx, tester, towel, [CellChange("fast_soap", 1, "3.5")])
    with pytest.raises(InputError, match="1 至 2 之间"):
        testing.apply_changes(ctx, tester, towel, [CellChange("fast_soap", 3, "4")])
    with pytest.raises(InputError, match="已标注"):
        testing.apply_changes(ctx, tester, towel, [CellChange("label", 1, "maybe")])
    spec = CAT.ruleset("towels").item_map["label"]
    ticks = [CellChange("label", i, "x" if i == 1 else "y") for i in range(1, len(spec.elements) + 1)]
    sheet = testing.apply_changes(ctx, tester, towel, ticks)
    assert sheet.item("label").cell_values()[1] == result_cells.MISSING
    assert sheet.evaluation is not None
    label = sheet.evaluation["items"]["label"]
    assert label["verdict"] == "fail" and label["value"] == spec.elements[0].missing_zh
