"""Plan 2 (晋市监发〔2021〕159号): every product has a rule set that loads, and every example judges.

Each product of resources/plans/shanxi-2021-mechanical-daily-textile.toml has a catalogue file
resources/catalogue/<product_code>.toml and an example resources/catalogue/examples/<product_code>.json
whose ``expect`` (verdict and failed items) was worked out by hand in its ``comment``.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from labdesk.cli.evaluate import evaluate_request
from labdesk.domain.judging.catalogue import Catalogue, load_catalogue

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE_DIR = ROOT / "resources" / "catalogue"
EXAMPLES_DIR = CATALOGUE_DIR / "examples"
PLAN_FILE = ROOT / "resources" / "plans" / "shanxi-2021-mechanical-daily-textile.toml"


def _plan_products() -> list[tuple[str, str]]:
    with PLAN_FILE.open("rb") as fh:
        plan = tomllib.load(fh)
    return [(p["product_code"], p["name_zh"]) for p in plan["products"]]


PRODUCTS = _plan_products()
CODES = [code for code, _ in PRODUCTS]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(CATALOGUE_DIR)


def _example(code: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES_DIR / f"{code}.json").read_text(encoding="utf-8"))
    return data


def test_plan_lists_the_28_products() -> None:
    assert len(CODES) == 28
    assert len(set(CODES)) == 28


@pytest.mark.parametrize(("code", "name_zh"), PRODUCTS, ids=CODES)
def test_every_plan_product_has_a_catalogue_file_and_an_example(code: str, name_zh: str) -> None:
    path = CATALOGUE_DIR / f"{code}.toml"
    assert path.is_file(), f"缺少规则文件 {path.name}"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    assert data["id"] == code
    assert data["name_zh"] == name_zh
    example = _example(code)
    assert set(example) == {"comment", "input", "expect"}
    assert example["comment"].strip()
    assert example["input"]["product"] == code
    assert example["expect"]["verdict"] in ("pass", "fail")
    assert (example["expect"]["verdict"] == "fail") == bool(example["expect"]["failed_items"])


@pytest.mark.parametrize("code", CODES)
def test_example_uses_only_its_products_items_and_context(code: str) -> None:
    with (CATALOGUE_DIR / f"{code}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    ruleset = data["rulesets"][data["default_ruleset"]]
    items = {item["code"] for item in data["items"]}
    context = set(ruleset.get("context", {}))
    example = _example(code)
    entered: set[str] = set()
    for key in ("determinations", "qualitative", "results"):
        entered |= set(example["input"].get(key) or {})
    assert entered, "示例没有任何检验结果"
    assert entered <= items, f"示例引用了未定义的项目 {sorted(entered - items)}"
    assert set(example["input"].get("context") or {}) <= context
    assert set(example["expect"]["failed_items"]) <= entered
    required = {key for key, var in ruleset.get("context", {}).items() if var.get("required", True)}
    assert required <= set(example["input"].get("context") or {}), "示例缺少必需的判定条件"


@pytest.mark.parametrize("code", CODES)
def test_every_plan_product_loads(catalogue: Catalogue, code: str) -> None:
    assert code in catalogue.products, f"规则目录中没有产品 {code}"
    product = catalogue.products[code]
    ruleset = catalogue.ruleset(code)
    assert ruleset.items, "没有检验项目"
    assert ruleset.rules, "没有判定规则"
    # every item carries its method standard and edition
    for item in ruleset.items:
        assert item.method is not None and item.method.edition, f"{code}.{item.code} 缺少方法标准版本"
    # every rule names its source; unverified ones say what to check
    for rule in ruleset.rules:
        assert rule.source.strip()
        if not rule.verified:
            assert rule.note.strip() or "记忆" in rule.source or "NF" in rule.source, f"{code}.{rule.id}"
    assert product.id == code


@pytest.mark.parametrize("code", CODES)
def test_example_judges_as_worked_out_by_hand(code: str) -> None:
    example = _example(code)
    output = evaluate_request(example["input"], catalogue_dir=CATALOGUE_DIR)
    assert output["verdict"] == example["expect"]["verdict"], output["conclusion"]
    assert sorted(output["failed_items"]) == sorted(example["expect"]["failed_items"]), output["conclusion"]
    # every item entered in the example is reported
    entered: set[str] = set()
    for key in ("determinations", "qualitative", "results"):
        entered |= set(example["input"].get(key) or {})
    assert entered <= set(output["items"])
