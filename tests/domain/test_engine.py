"""The judging engine on the shipped catalogue; expected values derived by hand."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labdesk.domain.errors import InputError
from labdesk.domain.judging.catalogue import Catalogue, load_catalogue
from labdesk.domain.judging.engine import Evaluation, evaluate
from labdesk.domain.judging.ruleset import LimitOverride, RuleSet

CAT: Catalogue = load_catalogue()

# A full coal sample.  Accepted means: Mt 8.0, Mad 4.00, Aad 16.00, Vad 24.00, St,ad 0.96,
# Had 3.00, Qb,ad 25050 J/g.  By hand:
#   Ad = 16×100/96 = 16.667     Aar = 16×92/96 = 15.333   Vdaf = 24×100/80 = 30
#   FCad = 100−44 = 56          St,d = 0.96×100/96 = 1.00 St,ar = 0.96×92/96 = 0.92
#   Qgr,ad = 25050 − (94.1×0.96 + 0.0012×25050) = 24929.604 J/g
#   Qgr,d = 24929.604×100/96 = 25968.3375 J/g
#   Qnet,ar = (24929.604 − 618)×92/96 − 184 = 23114.6205 J/g
COAL: dict[str, list[str]] = {
    "Mt": ["7.9", "8.1"],
    "Mad": ["3.98", "4.02"],
    "Aad": ["15.90", "16.10"],
    "Vad": ["23.95", "24.05"],
    "St,ad": ["0.95", "0.97"],
    "Had": ["3.00", "3.00"],
    "Qb,ad": ["25000", "25100"],
}


def run(
    product: str,
    determinations: Mapping[str, Sequence[str]],
    context: Mapping[str, object] | None = None,
    declared: Mapping[str, str] | None = None,
    qualitative: Mapping[str, str] | None = None,
    ruleset: RuleSet | None = None,
) -> Evaluation:
    return evaluate(
        ruleset or CAT.ruleset(product),
        context=context or {},
        declared=declared or {},
        determinations=determinations,
        qualitative=qualitative,
        catalogue_version=CAT.version,
    )


def coal(context: Mapping[str, object] | None = None, **changes: list[str]) -> Evaluation:
    dets = {**COAL, **changes}
    return run("power_coal", dets, context or {"coal_rank": "other", "transport_km": 800})


def test_full_coal_sample_values() -> None:
    ev = coal()
    reported = {code: res.reported for code, res in ev.items.items()}
    assert reported == {
        "Mt": "8.0",
        "Mad": "4.00",
        "Aad": "16.00",
        "Ad": "16.67",
        "Aar": "15.33",
        "Vad": "24.00",
        "Vdaf": "30.00",
        "FCad": "56.00",
        "St,ad": "0.96",
        "St,d": "1.00",
        "St,ar": "0.92",
        "Had": "3.00",
        "Qb,ad": "25.05",
        "Qgr,ad": "24.93",
        "Qgr,d": "25.97",
        "Qnet,ar": "23.11",
    }
    assert ev.items["Qnet,ar"].value == D("23.1146205")
    assert ev.items["Qnet,ar"].unit == "MJ/kg"
    assert ev.verdict == "pass" and ev.failed_items == ()
    assert ev.catalogue_version == CAT.version and ev.ruleset_id == "commercial_coal_2014"
    assert ev.conclusion == "经抽样检验，所检项目符合《商品煤质量管理暂行办法》要求，检验结论为合格。"
    assert ev.items["Qnet,ar"].requirement == "≥18"
    assert ev.items["Ad"].requirement == "≤40；≤30"


def test_kcal_is_computed_with_calorie_factor() -> None:
    ev = coal()
    kcal = ev.items["Qnet,ar"].kcal_per_kg
    assert kcal is not None and abs(kcal - D("5527.69765161660608")) < D("1e-12")  # 23114.6205/4.1816


def test_replicate_details() -> None:
    rep = coal().items["Qb,ad"].replicates
    assert rep is not None and rep.status == "accepted" and rep.limit == D(120)
    assert rep.mean == D(25050)


def test_lignite_long_distance_sulfur_fails() -> None:
    ctx = {"coal_rank": "lignite", "transport_km": 800}
    assert coal(ctx).verdict == "pass"  # St,d exactly 1.00 meets ≤1 (equality passes)
    ev = coal(ctx, **{"St,ad": ["0.97", "0.99"]})  # St,d = 0.98×100/96 = 1.0208
    assert ev.verdict == "fail" and ev.failed_items == ("St,d",)
    assert ev.items["St,d"].verdict == "fail"
    assert ev.conclusion == "经抽样检验，干燥基全硫（St,d）不符合《商品煤质量管理暂行办法》要求，检验结论为不合格。"


def test_full_value_method_any_excess_fails() -> None:
    # Aad 19.20 → Ad = 19.2×100/96 = 20.00 exactly: meets lignite long-distance ≤20
    ctx = {"coal_rank": "lignite", "transport_km": 800}
    assert coal(ctx, Aad=["19.15", "19.25"]).items["Ad"].verdict == "pass"
    # Aad 19.21 → Ad = 20.0104: reported "20.01", fails
    ev = coal(ctx, Aad=["19.16", "19.26"])
    assert ev.items["Ad"].reported == "20.01" and ev.items["Ad"].verdict == "fail"


@pytest.mark.parametrize(("km", "applies"), [(600, False), (601, True), ("600.5", True), (0, False)])
def test_over_600_km_is_strict(km: object, applies: bool) -> None:
    dets = {k: v for k, v in COAL.items() if k not in ("Qb,ad",)}
    ev = run("power_coal", dets, {"coal_rank": "other", "transport_km": km})
    assert ev.verdict == ("incomplete" if applies else "pass")
    if applies:
        assert ev.missing_items == ("Qnet,ar",)
        assert "收到基低位发热量（Qnet,ar）" in ev.conclusion


def test_incomplete_while_replicates_unresolved() -> None:
    ev = coal(Aad=["15.90", "16.50"])  # range 0.60 > r 0.30 → third determination needed
    assert ev.verdict == "incomplete"
    assert ev.items["Aad"].replicates.status == "need_more"  # type: ignore[union-attr]
    assert ev.items["Aad"].reported is None and "Ad" in ev.missing_items
    assert ev.to_json_dict()["items"]["Aad"]["value"] is None


def test_incomplete_takes_precedence_but_lists_failures() -> None:
    ev = run("power_coal", {"Mad": ["4.00", "4.00"], "Aad": ["45.00", "45.00"]},
             {"coal_rank": "other", "transport_km": 100})
    assert ev.verdict == "incomplete" and ev.failed_items == ("Ad",)


def test_nothing_measured_is_incomplete() -> None:
    assert run("power_coal", {}, {"coal_rank": "other", "transport_km": 100}).verdict == "incomplete"


def test_measured_item_not_recomputed() -> None:
    ev = coal(**{"Qgr,ad": ["24000", "24100"]})
    assert ev.items["Qgr,ad"].value == D("24.05")
    assert ev.items["Qgr,ad"].measured and ev.items["Qgr,ad"].replicates is not None
    # Qgr,d follows the measured Qgr,ad: 24050×100/96 = 25052.083 J/g
    assert ev.items["Qgr,d"].reported == "25.05"


def test_declared_values_gbt18666_style() -> None:
    # Ad = 16.667. Declared 15.00: T = max(0.141×15, 1.41) = 2.115 → ≤17.115 passes.
    ev = run("power_coal", COAL, {"coal_rank": "other", "transport_km": 800}, {"Ad": "15.00"})
    assert ev.items["Ad"].verdict == "pass"
    # the tolerance prints at the item's interval (0.01), the comparison uses 17.115 unrounded
    assert "≤15.00+2.12" in (ev.items["Ad"].requirement or "")
    assert ev.items["Ad"].verified is False  # reconstructed tolerance table
    assert "GB/T 18666-2014" in ev.conclusion
    # Declared 14.00: T = 1.974 → ≤15.974 fails
    ev = run("power_coal", COAL, {"coal_rank": "other", "transport_km": 800}, {"Ad": "14.00"})
    assert ev.verdict == "fail" and ev.failed_items == ("Ad",)
    # Declared 8.00: T = max(1.128, 1.41) = 1.41 → ≤9.41 fails
    assert "≤8.00+1.41" in (run("power_coal", COAL, {"coal_rank": "other", "transport_km": 1},
                                {"Ad": "8.00"}).items["Ad"].requirement or "")
    # Qgr,d = 25.968: declared 27.00 − 1.12 = 25.88 passes; 27.20 − 1.12 = 26.08 fails
    ctx = {"coal_rank": "other", "transport_km": 800}
    assert run("power_coal", COAL, ctx, {"Qgr,d": "27.00"}).items["Qgr,d"].verdict == "pass"
    assert run("power_coal", COAL, ctx, {"Qgr,d": "27.20"}).items["Qgr,d"].verdict == "fail"


def test_without_declared_values_no_tolerance_rule() -> None:
    ev = coal()
    assert all(r.kind != "declared_tolerance" for r in ev.items["Ad"].rules)
    assert ev.items["Ad"].verified is True


# ---- coke: grades -------------------------------------------------------------------------

# Aad 12.90, Mad 1.00 → Ad = 12.9×100/99 = 13.03 (grade II); Vdaf = 1.2×100/86.1 = 1.394;
# St,d = 0.61×100/99 = 0.616 (I); M40 83.5 (I); M10 6.5 (I); CRI 28.0 (I); CSR 64.5 (I).
COKE: dict[str, list[str]] = {
    "Mt": ["5.0"],
    "Mad": ["1.00"],
    "Aad": ["12.87", "12.93"],
    "Vad": ["1.20"],
    "St,ad": ["0.60", "0.62"],
    "M40": ["83.5"],
    "M10": ["6.5"],
    "CRI": ["27.5", "28.5"],
    "CSR": ["64.0", "65.0"],
}


def coke(declared: Mapping[str, str] | None = None, quench: str = "wet", **changes: list[str]) -> Evaluation:
    return run("metallurgical_coke", {**COKE, **changes}, {"quench": quench}, declared)


def test_coke_grade_is_worst_item() -> None:
    ev = coke()
    assert ev.items["Ad"].reported == "13.03" and ev.items["Ad"].grade == "II"
    assert ev.items["St,d"].grade == "I" and ev.items["Vdaf"].reported == "1.39"
    assert ev.grade == "II" and ev.verdict == "pass"
    assert ev.items["Ad"].requirement == "≤15.0"  # no declared grade → the lowest grade's limit
    assert ev.conclusion == "经抽样检验，所检项目符合GB/T 1996-2017《冶金焦炭》二级要求，检验结论为合格。"


def test_declared_grade_must_be_met_by_every_item() -> None:
    ev = coke({"grade": "I"})
    assert ev.verdict == "fail" and ev.failed_items == ("Ad",) and ev.grade == "II"
    assert ev.items["Ad"].requirement == "≤12.0"
    assert "一级要求，检验结论为不合格" in ev.conclusion
    ev = coke({"grade": "II"})
    assert ev.verdict == "pass" and ev.grade == "II"
    assert coke({"grade": "二级"}).verdict == "pass"  # Chinese grade name accepted


def test_item_beyond_lowest_grade_fails() -> None:
    ev = coke(Aad=["15.50", "15.60"])  # Ad = 15.55×100/99 = 15.71 > 15.0
    assert ev.items["Ad"].grade is None and ev.items["Ad"].verdict == "fail"
    assert ev.grade is None and ev.verdict == "fail"


def test_grade_row_without_lowest_cell() -> None:
    ev = coke(CRI=["39.5", "40.5"])  # CRI 40: beyond II, grade III has no CRI requirement
    assert ev.items["CRI"].grade == "III" and ev.items["CRI"].verdict == "none"
    assert ev.grade == "III" and ev.verdict == "pass"
    ev = coke({"grade": "II"}, CRI=["39.5", "40.5"])
    assert ev.items["CRI"].verdict == "fail"


def test_grade_edges() -> None:
    # Ad exactly 12.0 (Aad 11.88, Mad 1.00) meets grade I
    assert coke(Aad=["11.88", "11.88"]).items["Ad"].grade == "I"
    # M40 82.0 meets I; 81.9 is II
    assert coke(M40=["82.0"]).items["M40"].grade == "I"
    assert coke(M40=["81.9"]).items["M40"].grade == "II"


def test_quench_condition() -> None:
    assert coke(quench="dry").failed_items == ("Mt",)
    assert coke(quench="dry").items["Mt"].requirement == "≤2.0"


def test_m40_or_m25_required() -> None:
    dets = {k: v for k, v in COKE.items() if k != "M40"}
    ev = run("metallurgical_coke", dets, {"quench": "wet"})
    assert ev.verdict == "incomplete" and "M40/M25" in ev.missing_items
    ev = run("metallurgical_coke", {**dets, "M25": ["90.0"]}, {"quench": "wet"})
    assert ev.verdict == "pass" and ev.items["M25"].grade == "II"


def test_coke_ad_measured_on_dry_sample() -> None:
    ev = coke(Ad=["12.40", "12.50"])
    assert ev.items["Ad"].reported == "12.45" and ev.items["Ad"].grade == "II"
    assert ev.items["Ad"].replicates is not None


def test_unverified_rule_flag_reaches_item() -> None:
    ev = coke()
    assert ev.items["Ad"].verified is False  # grade II / III Ad cells are L
    assert ev.items["St,d"].verified is True


def test_foundry_coke_premium_alias() -> None:
    dets = {"Mt": ["4.0"], "Mad": ["0.50"], "Aad": ["7.46", "7.46"], "Vad": ["1.00"],
            "St,ad": ["0.50", "0.50"], "shatter": ["88.0"]}
    ev = run("foundry_coke", dets, {}, {"grade": "优级"})
    # Ad = 7.46×100/99.5 = 7.497 ≤ 8.00; St,d = 0.5025 ≤ 0.60; shatter 88.0 ≥ 87.0
    assert ev.verdict == "pass" and ev.grade == "premium" and ev.declared_grade == "premium"
    assert "优级要求" in ev.conclusion


# ---- a non-coal product ----------------------------------------------------------------------


def test_toilet_paper_is_judged_by_the_same_engine() -> None:
    dets = {"bacteria": ["250"], "coliform": ["未检出"], "absorbency": ["35"], "tensile_index": ["1.50"],
            "softness": ["150"], "dirt": ["10"]}
    qual = {"s_aureus": "未检出", "strep": "未检出", "label": "符合"}
    ev = run("toilet_paper", dets, qualitative=qual)
    assert ev.verdict == "pass" and ev.grade == "qualified"
    assert ev.items["coliform"].reported == "未检出" and ev.items["coliform"].verdict == "pass"
    assert ev.items["absorbency"].grade == "superior"
    ev = run("toilet_paper", dets, qualitative={**qual, "strep": "检出"})
    assert ev.verdict == "fail" and ev.failed_items == ("strep",)
    ev = run("toilet_paper", {**dets, "bacteria": ["601"]}, qualitative=qual)
    assert ev.failed_items == ("bacteria",)
    ev = run("toilet_paper", dets, qualitative={"s_aureus": "未检出"})
    assert ev.verdict == "incomplete" and set(ev.missing_items) == {"strep"}


# ---- plan copies -----------------------------------------------------------------------------


def test_plan_override_changes_limit_and_records_it() -> None:
    base = CAT.ruleset("power_coal")
    plan = base.with_overrides(
        [LimitOverride("basic_ad_other", "某省2026实施细则 表2", value=D("15"))], "plan-2026-1"
    )
    assert plan.version == "plan-2026-1" and plan.adopted_from == "power_coal/commercial_coal_2014@2014-1"
    assert plan.overrides[0].old == "≤40" and plan.overrides[0].new == "≤15"
    ev = run("power_coal", COAL, {"coal_rank": "other", "transport_km": 100}, ruleset=plan)
    assert ev.failed_items == ("Ad",) and ev.ruleset_version == "plan-2026-1"
    assert RuleSet.from_dict(plan.to_dict()) == plan
    assert base.rule("basic_ad_other").requirement.value == D("40")  # type: ignore[union-attr]


def test_plan_override_grade_cell() -> None:
    base = CAT.ruleset("metallurgical_coke")
    plan = base.with_overrides([LimitOverride("grade_ad", "细则", value=D("13.5"), grade="I")], "p1")
    ev = run("metallurgical_coke", COKE, {"quench": "wet"}, {"grade": "I"}, ruleset=plan)
    assert ev.items["Ad"].grade == "I" and ev.verdict == "pass"


def test_override_errors() -> None:
    from labdesk.domain.errors import CatalogueError

    base = CAT.ruleset("power_coal")
    with pytest.raises(CatalogueError):
        base.with_overrides([LimitOverride("nope", "x", value=D(1))], "v")
    with pytest.raises(CatalogueError):
        base.with_overrides([LimitOverride("basic_ad_other", " ", value=D(1))], "v")


# ---- bad input -------------------------------------------------------------------------------

CTX = {"coal_rank": "other", "transport_km": 800}


@pytest.mark.parametrize(
    ("determinations", "context", "declared", "field"),
    [
        ({"Aadd": ["1"]}, CTX, {}, "determinations.Aadd"),
        ({"Aad": ["12,3x"]}, CTX, {}, "determinations.Aad[0]"),
        ({"Aad": ["12.1", "abc"]}, CTX, {}, "determinations.Aad[1]"),
        ({"Aad": ["120"]}, CTX, {}, "determinations.Aad[0]"),
        ({"Mt": ["-1"]}, CTX, {}, "determinations.Mt[0]"),
        ({"Qb,ad": ["25.1"]}, CTX, {}, "determinations.Qb,ad[0]"),  # MJ/kg typed where J/g expected
        ({"Aad": ["1", "1", "1", "1", "1"]}, CTX, {}, "determinations.Aad"),
        ({"Aad": {"a": 1}}, CTX, {}, "determinations.Aad"),
        ({"Aad": [None]}, CTX, {}, "determinations.Aad[0]"),
        ({"Aad": [1.5]}, CTX, {}, "determinations.Aad[0]"),
        ({}, {"transport_km": 800}, {}, "context.coal_rank"),
        ({}, {"coal_rank": "other"}, {}, "context.transport_km"),
        ({}, {"coal_rank": "anthracite", "transport_km": 1}, {}, "context.coal_rank"),
        ({}, {"coal_rank": "other", "transport_km": "far"}, {}, "context.transport_km"),
        ({}, {"coal_rank": "other", "transport_km": -5}, {}, "context.transport_km"),
        ({}, CTX, {"Ad": "101"}, "declared.Ad"),
        ({}, CTX, {"Ad": "x"}, "declared.Ad"),
        ({}, CTX, {"Xx": "1"}, "declared.Xx"),
        ({}, CTX, {"grade": "I"}, "declared.grade"),  # coal is not graded
        ({"Mad": ["100", "100"], "Aad": ["10", "10"]}, CTX, {}, "determinations.Mad"),
    ],
)
def test_bad_input_names_field(
    determinations: Any, context: Any, declared: Any, field: str
) -> None:
    with pytest.raises(InputError) as info:
        run("power_coal", determinations, context, declared)
    assert info.value.field == field
    assert field in str(info.value)


def test_unknown_product_and_ruleset() -> None:
    with pytest.raises(InputError) as info:
        CAT.ruleset("tea")
    assert info.value.field == "product"
    with pytest.raises(InputError) as info:
        CAT.ruleset("power_coal", "nope")
    assert info.value.field == "ruleset"


def test_bad_grade_and_qualitative() -> None:
    with pytest.raises(InputError) as info:
        run("metallurgical_coke", COKE, {"quench": "wet"}, {"grade": "IV"})
    assert info.value.field == "declared.grade"
    with pytest.raises(InputError) as info:
        run("toilet_paper", {"coliform": ["maybe"]})
    assert info.value.field == "determinations.coliform"
    with pytest.raises(InputError) as info:
        run("toilet_paper", {}, qualitative={"bacteria": "符合"})
    assert info.value.field == "qualitative.bacteria"
    with pytest.raises(InputError) as info:
        run("toilet_paper", {}, qualitative={"Aar": None})  # unknown code (regression: was KeyError)
    assert info.value.field == "qualitative.Aar"


def test_full_width_input() -> None:
    ev = coal(Aad=["１５．９０", " 16.10 "])
    assert ev.items["Aad"].reported == "16.00"


# ---- never crashes -----------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=8),
    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-1000, max_value=1000),
)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=5)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=10)
codes = st.sampled_from(["Mt", "Mad", "Aad", "Vad", "St,ad", "Had", "Qb,ad", "Ad", "Qgr,ad", "M40", "zz"])
dets = st.dictionaries(codes, st.one_of(st.lists(st.one_of(
    st.integers(0, 40000).map(lambda k: str(D(k) / 100)), json_scalars), max_size=5), json_values), max_size=6)


contexts = st.one_of(
    st.dictionaries(st.sampled_from(["coal_rank", "transport_km", "quench", "x"]), json_values, max_size=3),
    st.just({"coal_rank": "other", "transport_km": 800, "quench": "wet"}),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(sorted(CAT.products)), dets, contexts,
       st.dictionaries(st.sampled_from(["Ad", "Qgr,d", "grade", "q"]), json_values, max_size=2),
       st.one_of(st.none(), st.dictionaries(st.sampled_from(["coliform", "label", "Aar", "x"]), json_values, max_size=2)))
def test_engine_never_crashes(product: str, determinations: Any, context: Any, declared: Any, qual: Any) -> None:
    try:
        ev = run(product, determinations, context, declared, qual)
    except InputError:
        return
    out = ev.to_json_dict()
    assert out["verdict"] in ("pass", "fail", "incomplete")
