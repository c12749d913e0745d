"""Rule catalogue: shipped data, schema validation errors, JSON round trip."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest

from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import evaluate
from labdesk.domain.judging.ruleset import GradeRule, LimitRule, RuleSet

CAT = load_catalogue()


def test_shipped_products() -> None:
    import tomllib

    from labdesk.paths import resource

    plans = [tomllib.loads(resource("plans", name).read_text(encoding="utf-8"))
             for name in ("shanxi-2021-coal-coke.toml", "shanxi-2021-mechanical-daily-textile.toml")]
    planned = {p["product_code"] for plan in plans for p in plan["products"]}
    assert len(planned) == 33  # 5 coal/coke products + the 28 of plan 2
    assert set(CAT.products) == planned
    assert CAT.version
    assert CAT.products["power_coal"].name_zh == "动力用煤"
    assert {i.code for i in CAT.products["metallurgical_coal"].items} >= {"G", "Qnet,ar", "St,d"}


def test_every_rule_has_source_and_every_ruleset_round_trips() -> None:
    for product in CAT.products.values():
        for rs in product.rulesets.values():
            assert rs.catalogue_version == CAT.version
            for rule in rs.rules:
                assert rule.source.strip()
            assert RuleSet.from_dict(rs.to_dict()) == rs


def test_reporting_intervals_from_issue() -> None:
    rs = CAT.ruleset("power_coal")
    expected = {"Mt": "0.1", "Mad": "0.01", "Aad": "0.01", "Ad": "0.01", "Aar": "0.01", "Vad": "0.01",
                "Vdaf": "0.01", "FCad": "0.01", "St,ad": "0.01", "St,d": "0.01", "St,ar": "0.01", "Had": "0.01",
                "Qgr,ad": "0.01", "Qgr,d": "0.01", "Qnet,ar": "0.01"}
    for code, interval in expected.items():
        assert rs.item(code).interval == D(interval), code
    assert CAT.ruleset("metallurgical_coal").item("G").interval == D(1)
    coke = CAT.ruleset("metallurgical_coke")
    for code in ("M40", "M25", "M10", "CRI", "CSR"):
        assert coke.item(code).interval == D("0.1")


def test_commercial_coal_limits_are_the_measures() -> None:
    rs = CAT.ruleset("chemical_coal")
    limits = {r.id: r.requirement.text() for r in rs.rules if isinstance(r, LimitRule)}
    assert limits["basic_ad_lignite"] == "≤30" and limits["basic_ad_other"] == "≤40"
    assert limits["basic_std_lignite"] == "≤1.5" and limits["basic_std_other"] == "≤3"
    assert limits["long_qnet_lignite"] == "≥16.5" and limits["long_qnet_other"] == "≥18"
    assert limits["long_ad_lignite"] == "≤20" and limits["long_ad_other"] == "≤30"
    assert limits["long_std_lignite"] == "≤1" and limits["long_std_other"] == "≤2"


def test_unverified_values_are_flagged() -> None:
    coal = {(e.kind, e.rule_id, e.item) for e in CAT.ruleset("power_coal").unverified_rules()}
    assert ("declared_tolerance", "declared_ad", "Ad") in coal
    assert ("declared_tolerance", "declared_qgrd", "Qgr,d") in coal
    assert ("r_table", "", "Had") in coal
    assert not any(rid.startswith(("basic_", "long_")) for _, rid, _ in coal)  # the Measures are H
    coke = {(e.rule_id, e.grade) for e in CAT.ruleset("metallurgical_coke").unverified_rules() if e.grade}
    assert ("grade_ad", "II") in coke and ("grade_ad", "III") in coke and ("grade_ad", "I") not in coke
    assert ("grade_m10", "II") in coke and ("grade_m10", "I") not in coke
    assert not any(rid == "grade_std" for rid, _ in coke)  # St,d row is H
    tol = CAT.ruleset("power_coal").rule("declared_ad")
    assert "GB/T 18666-2014 表1 未找到" in tol.source and not tol.verified
    crit = {e.item for e in CAT.ruleset("metallurgical_coke").unverified_rules() if e.kind == "r_table"}
    assert {"CRI", "CSR", "Aad"} <= crit


def test_grade_table_metallurgical_coke() -> None:
    rule = CAT.ruleset("metallurgical_coke").rule("grade_std")
    assert isinstance(rule, GradeRule)
    assert [(c.grade, c.value) for c in rule.cells] == [("I", D("0.70")), ("II", D("0.90")), ("III", D("1.10"))]


# ---- schema errors -----------------------------------------------------------------------

GOOD_PRODUCT = """
id = "widget"
name_zh = "小部件"
items = [
  { code = "a", name_zh = "甲", unit = "%", interval = "0.1" },
  { code = "b", name_zh = "乙", unit = "%", interval = "0.1", formula = "expr:a * 2" },
]
[rulesets.main]
version = "1"
basis_zh = "Q/XX 1-2026"
[[rulesets.main.rules]]
id = "b_max"
kind = "limit"
item = "b"
op = "<="
value = "50"
method = "rounded"
source = "Q/XX 1-2026"
verified = true
"""


def make_catalogue(tmp_path: Path, product: str, name: str = "widget") -> Path:
    (tmp_path / "catalogue.toml").write_text('version = "t1"\n', encoding="utf-8")
    (tmp_path / f"{name}.toml").write_text(product, encoding="utf-8")
    return tmp_path


def test_custom_product_with_safe_formula(tmp_path: Path) -> None:
    cat = load_catalogue(make_catalogue(tmp_path, GOOD_PRODUCT))
    rs = cat.ruleset("widget")
    ev = evaluate(rs, context={}, declared={}, determinations={"a": ["25.02"]}, catalogue_version=cat.version)
    # b = 50.04; rounded-value method: 50.0 ≤ 50 passes; full value would fail
    assert ev.items["b"].reported == "50.0" and ev.verdict == "pass" and ev.catalogue_version == "t1"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('value = "50"', "value = 50.0", "字符串"),
        ('item = "b"', 'item = "c"', "未知的检验项目 c"),
        ('source = "Q/XX 1-2026"\nverified', 'source = ""\nverified', "来源"),
        ('method = "rounded"', 'method = "rounded"\ncolour = "red"', "colour"),
        ('formula = "expr:a * 2"', 'formula = "expr:__import__(1)"', "formula"),
        ('formula = "expr:a * 2"', 'formula = "coal:Nope"', "Nope"),
        ('interval = "0.1" }', 'interval = "0.3" }', "interval"),
        ('op = "<="', 'op = "=<"', "op"),
        ('id = "b_max"', 'id = "b_max"\nwhen = { quench = "wet" }', "context.quench"),
        ('version = "1"', 'version = "1"\ntemplate = "nope"', "nope"),
        ('id = "widget"', 'id = "gadget"', "文件名"),
        ("[rulesets.main]", "[rulesets.main\n", "TOML"),
    ],
)
def test_schema_errors_are_clear(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in GOOD_PRODUCT
    with pytest.raises(CatalogueError) as info:
        load_catalogue(make_catalogue(tmp_path, GOOD_PRODUCT.replace(old, new, 1)))
    assert message in str(info.value)
    assert "widget.toml" in str(info.value)


def test_formula_cycle_detected(tmp_path: Path) -> None:
    product = GOOD_PRODUCT.replace(
        '{ code = "a", name_zh = "甲", unit = "%", interval = "0.1" }',
        '{ code = "a", name_zh = "甲", unit = "%", interval = "0.1", formula = "expr:b / 2" }',
    )
    with pytest.raises(CatalogueError) as info:
        load_catalogue(make_catalogue(tmp_path, product))
    assert "循环" in str(info.value)


def test_missing_catalogue_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError):
        load_catalogue(tmp_path)


def test_shipped_catalogue_copy_loads(tmp_path: Path) -> None:
    src = load_catalogue().directory
    assert src is not None
    shutil.copytree(src, tmp_path / "c")
    assert load_catalogue(tmp_path / "c").version == CAT.version


def test_from_dict_rejects_bad_plan_copy() -> None:
    data = CAT.ruleset("power_coal").to_dict()
    data["rules"][0]["value"] = "abc"
    with pytest.raises(CatalogueError) as info:
        RuleSet.from_dict(data)
    assert "rules[0]" in str(info.value)
    data = CAT.ruleset("power_coal").to_dict()
    data["schema"] = 99
    with pytest.raises(CatalogueError):
        RuleSet.from_dict(data)
