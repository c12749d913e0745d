"""The result and rule kinds of KINDS.md on a small test catalogue (tests/domain/kinds).

Expected values are worked out by hand."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labdesk.domain.errors import InputError
from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import Evaluation, evaluate
from labdesk.domain.judging.results.ordinal import FASTNESS
from labdesk.domain.judging.ruleset import RuleSet

CAT = load_catalogue(Path(__file__).parent / "kinds")


def run(
    product: str,
    results: dict[str, Any],
    context: dict[str, Any] | None = None,
    declared: dict[str, Any] | None = None,
) -> Evaluation:
    return evaluate(
        CAT.ruleset(product),
        context=context or {},
        declared=declared or {},
        determinations={},
        results=results,
        catalogue_version=CAT.version,
    )


def test_catalogue_round_trips_every_kind() -> None:
    for product in CAT.products.values():
        for rs in product.rulesets.values():
            assert RuleSet.from_dict(rs.to_dict()).to_dict() == rs.to_dict()


# ---- below detection limit -------------------------------------------------------------------


@pytest.mark.parametrize("raw", [["未检出"], ["ND"], ["nd"], ["<20"], ["＜20"]])
def test_below_lod_passes_when_the_lod_meets_the_limit(raw: list[str]) -> None:
    ev = run("kind_lod", {"HCHO": raw})
    item = ev.items["HCHO"]
    assert item.verdict == "pass" and item.reported == "未检出（检出限 20 mg/kg）"
    out = ev.to_json_dict()["items"]["HCHO"]
    assert (
        out["below_detection_limit"] is True
        and out["detection_limit"] == "20"
        and out["value"] == item.reported
    )


def test_below_lod_above_the_limit_cannot_judge_and_a_min_limit_fails() -> None:
    ev = run("kind_lod", {"amine": ["未检出"], "N": ["<5"]})
    assert ev.items["amine"].verdict == "none" and "不能判定" in ev.items["amine"].message
    assert ev.items["N"].verdict == "fail"  # < 5 cannot meet ≥100


@pytest.mark.parametrize("raw", [["未检出"], ["<20"], ["<10"]])
def test_not_detected_meets_a_strict_limit_at_the_lod(raw: list[str]) -> None:
    # "不得检出" is written as "< LOD": the true value is below the LOD, so < 20 holds for LOD 20 and LOD 10
    ev = run("kind_lod", {"fungi": raw})
    assert ev.items["fungi"].verdict == "pass", ev.items["fungi"].message


def test_not_detected_with_a_lod_above_a_strict_limit_cannot_judge() -> None:
    ev = run("kind_lod", {"fungi": ["<30"]})
    assert ev.items["fungi"].verdict == "none" and "检出限 30 高于限值 20" in ev.items["fungi"].message


def test_a_count_at_the_strict_limit_fails() -> None:
    ev = run("kind_lod", {"fungi": ["20"]})
    assert ev.items["fungi"].verdict == "fail"


def test_lod_stated_in_the_entry_is_reported() -> None:
    assert run("kind_lod", {"HCHO": ["<10"]}).items["HCHO"].reported == "未检出（检出限 10 mg/kg）"


def test_below_lod_is_refused_without_a_detection_limit_and_mixed_with_numbers() -> None:
    with pytest.raises(InputError, match="既有"):
        run("kind_lod", {"HCHO": ["未检出", "12"]})
    other = load_catalogue()
    with pytest.raises(InputError, match="没有检出限"):
        evaluate(
            other.ruleset("power_coal"),
            context={"coal_rank": "other", "transport_km": 1},
            declared={},
            determinations={"Aad": ["未检出"]},
            catalogue_version=other.version,
        )


def test_numeric_values_above_the_lod_are_judged_as_numbers() -> None:
    ev = run("kind_lod", {"HCHO": ["21"]})
    assert ev.items["HCHO"].verdict == "fail" and ev.items["HCHO"].reported == "21"


# ---- ordinal ---------------------------------------------------------------------------------


def test_worst_subresult_decides_and_each_is_shown() -> None:
    ev = run("kind_ordinal", {"rub": {"dry": "4", "wet": "3/4"}}, {"safety_category": "A"})
    rub = ev.items["rub"]
    assert rub.reported == "3-4" and rub.verdict == "pass"
    assert ev.to_json_dict()["items"]["rub"]["subresults"] == [
        {"code": "dry", "name_zh": "干摩擦", "grade": "4"},
        {"code": "wet", "name_zh": "湿摩擦", "grade": "3-4"},
    ]
    ev = run("kind_ordinal", {"rub": {"dry": "4", "wet": "3"}}, {"safety_category": "A"})
    assert ev.items["rub"].verdict == "fail" and "湿摩擦项不符合" in ev.conclusion
    # category B asks ≥3 only
    assert run("kind_ordinal", {"rub": {"dry": "4", "wet": "3"}}, {"safety_category": "B"}).verdict == "pass"


@pytest.mark.parametrize(
    ("change", "staining", "verdict"),
    [("3-4", "3", "pass"), ("3", "3-4", "fail"), ("4", "2-3", "fail"), ("4-5", "4", "pass")],
)
def test_ordinal_min_grades_per_subresult(change: str, staining: str, verdict: str) -> None:
    # 变色 ≥3-4 (values), 沾色 ≥3 (value)
    ev = run("kind_ordinal", {"soap": {"change": change, "staining": staining}}, {"safety_category": "B"})
    item = ev.items["soap"]
    assert item.verdict == verdict
    assert item.requirement == "变色≥3-4级，沾色≥3级"
    if verdict == "fail":
        assert ("变色项" if change == "3" else "沾色项") in ev.conclusion


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('values = { change = "3-4" }', 'values = { colour = "3-4" }', "不是项目 soap 的分项"),
        ('value = "3"\nvalues', "values", "缺少 value"),
        ('values = { change = "3-4" }', 'values = { change = "3.5" }', "soap_min"),
    ],
)
def test_ordinal_min_values_are_checked_against_the_item(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    import shutil

    from labdesk.domain.errors import CatalogueError

    shutil.copytree(Path(__file__).parent / "kinds", tmp_path / "kinds")
    path = tmp_path / "kinds" / "kind_ordinal.toml"
    data = path.read_text(encoding="utf-8")
    assert old in data
    path.write_text(data.replace(old, new), encoding="utf-8")
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(tmp_path / "kinds")


def test_ordinal_incomplete_until_every_subresult_is_entered() -> None:
    ev = run("kind_ordinal", {"rub": {"dry": "4"}}, {"safety_category": "A"})
    assert ev.items["rub"].reported is None and ev.items["rub"].verdict == "none"


@pytest.mark.parametrize("bad", ["6", "3.5", "3-5", 4, {"dry": "4"}])
def test_ordinal_bad_grades_are_refused(bad: object) -> None:
    with pytest.raises(InputError):
        run("kind_ordinal", {"light": bad})


SLOW_OK = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)  # shared, loaded machines


@SLOW_OK
@given(st.sampled_from(FASTNESS), st.sampled_from(FASTNESS))
def test_ordinal_min_is_the_scale_order(got: str, need: str) -> None:
    from labdesk.domain.judging.rules import OrdinalMinRule, Subject
    from labdesk.domain.judging.rules.base import JudgeEnv

    item = CAT.ruleset("kind_ordinal").item("light")
    rule = OrdinalMinRule("r", "light", need, "test", True)
    result = rule.judge(Subject(item, grades=(("", got),)), JudgeEnv(""))
    assert result is not None
    assert (result.verdict == "pass") == (FASTNESS.index(got) >= FASTNESS.index(need))


# ---- specimens -------------------------------------------------------------------------------


def test_mean_and_each() -> None:
    # mean (280 + 290 + 260)/3 = 276.67 ≥ 275 and each ≥ 250: pass
    assert run("kind_specimens", {"zinc": ["280", "290", "260"]}).items["zinc"].verdict == "pass"
    # mean 270 < 275
    ev = run("kind_specimens", {"zinc": ["270", "270", "270"]})
    assert ev.items["zinc"].verdict == "fail" and "平均值不符合" in ev.conclusion
    # mean 300, but one specimen 240 < 250
    ev = run("kind_specimens", {"zinc": ["330", "330", "240"]})
    assert ev.items["zinc"].verdict == "fail" and "有 1 个试样单值不符合" in ev.conclusion


def test_specimens_below_minimum_count_are_incomplete() -> None:
    assert run("kind_specimens", {"zinc": ["280", "290"]}).items["zinc"].reported is None


def test_k_of_n_any_number_of_specimens() -> None:
    ten = ["20"] * 9 + ["10"]
    assert run("kind_specimens", {"tuft": ten}).items["tuft"].verdict == "pass"  # one failure allowed
    ev = run("kind_specimens", {"tuft": ["20"] * 8 + ["10", "14.9"]})
    assert ev.items["tuft"].verdict == "fail" and "10 个试样中有 2 个" in ev.conclusion
    out = ev.to_json_dict()["items"]["tuft"]
    assert (
        out["specimens"]["count"] == 10
        and out["specimens"]["min"] == "10.0"
        and out["specimens"]["max"] == "20.0"
    )
    assert out["value"] == "18.5"  # mean (8 × 20 + 10 + 14.9) / 10 = 18.49


def test_each_specimen_and_limit_on_the_mean() -> None:
    ev = run("kind_specimens", {"brk": ["43.0", "44.0", "39.9"]})  # mean 42.3 ≥ 42.0, but 39.9 < 40.0
    rules = {r.rule_id: r.verdict for r in ev.items["brk"].rules}
    assert rules == {"brk_each": "fail", "brk_mean": "pass"}


@SLOW_OK
@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=40))
def test_k_of_n_counts_failures(values: list[int]) -> None:
    ev = run("kind_specimens", {"tuft": [str(v) for v in values]})
    failing = sum(1 for v in values if v < 15)
    assert (ev.items["tuft"].verdict == "pass") == (failing <= 1)


# ---- composition -----------------------------------------------------------------------------

LABEL = [
    {"component": "棉", "percent": "60"},
    {"component": "聚酯纤维", "percent": "32"},
    {"component": "氨纶", "percent": "8"},
]


def comp(measured: list[tuple[str, str]]) -> Evaluation:
    return run(
        "kind_composition",
        {"fibre": [{"component": c, "percent": p} for c, p in measured]},
        declared={"fibre": LABEL},
    )


def test_composition_within_tolerance_passes() -> None:
    # 棉 55.0 (Δ5.0 ≤ 5), 聚酯 35.0 (Δ3 ≤ 5), 氨纶 10.0 (labelled ≤10: Δ2 ≤ 3)
    ev = comp([("棉", "55.0"), ("聚酯纤维", "35.0"), ("氨纶", "10.0")])
    assert ev.items["fibre"].verdict == "pass"
    assert ev.to_json_dict()["items"]["fibre"]["components"] == [
        {"component": "棉", "percent": "55.0", "declared": "60.0"},
        {"component": "聚酯纤维", "percent": "35.0", "declared": "32.0"},
        {"component": "氨纶", "percent": "10.0", "declared": "8.0"},
    ]


def test_composition_failures_are_named() -> None:
    ev = comp([("棉", "54.9"), ("聚酯纤维", "34.0"), ("氨纶", "11.1")])
    assert ev.items["fibre"].verdict == "fail"
    assert "棉标注 60.0%、实测 54.9%" in ev.conclusion and "氨纶标注 8.0%、实测 11.1%" in ev.conclusion
    # an unlabelled component above 0.5 % fails; a trace passes
    assert comp([("棉", "60"), ("聚酯纤维", "31.4"), ("氨纶", "8"), ("锦纶", "0.6")]).verdict == "fail"
    assert comp([("棉", "60"), ("聚酯纤维", "31.5"), ("氨纶", "8"), ("锦纶", "0.5")]).verdict == "pass"
    # a labelled component not found counts as 0 %
    assert comp([("棉", "62"), ("聚酯纤维", "38")]).verdict == "fail"


def test_composition_without_label_cannot_be_judged_and_bad_input_refused() -> None:
    ev = run("kind_composition", {"fibre": [{"component": "棉", "percent": "100"}]})
    assert ev.items["fibre"].verdict == "none" and ev.verdict == "incomplete"
    with pytest.raises(InputError, match="超过 100%"):
        comp([("棉", "60"), ("聚酯纤维", "50")])
    with pytest.raises(InputError, match="重复"):
        comp([("棉", "60"), ("棉", "40")])


@SLOW_OK
@given(st.decimals(min_value=0, max_value=100, places=1, allow_nan=False, allow_infinity=False))
def test_composition_tolerance_property(cotton: D) -> None:
    ev = run(
        "kind_composition",
        {"fibre": [{"component": "棉", "percent": str(cotton)}]},
        declared={"fibre": [{"component": "棉", "percent": "50"}]},
    )
    assert (ev.items["fibre"].verdict == "pass") == (abs(cotton - 50) <= 5)


# ---- checklist -------------------------------------------------------------------------------


def test_checklist_reports_missing_elements() -> None:
    ev = run("kind_checklist", {"label": {"missing": []}})
    assert ev.items["label"].reported == "符合" and ev.verdict == "pass"
    ev = run("kind_checklist", {"label": {"missing": ["safety_category", "maker"]}})
    assert ev.items["label"].reported == "未标注制造者名称和地址；未标注安全技术类别"
    assert ev.verdict == "fail" and "未标注安全技术类别" in ev.conclusion and "（label）" not in ev.conclusion
    assert ev.to_json_dict()["items"]["label"]["missing"][1] == {
        "code": "safety_category",
        "text_zh": "未标注安全技术类别",
    }
    with pytest.raises(InputError, match="未知的要素"):
        run("kind_checklist", {"label": {"missing": ["colour"]}})


# ---- item classes ----------------------------------------------------------------------------

GOOD = {"a1": "45.0", "b1": "0.30", "b2": "250", "c1": "1"}


def classes(**bad: str) -> Evaluation:
    dets = {code: [v] for code, v in {**GOOD, **bad}.items()}
    return evaluate(
        CAT.ruleset("kind_classes"),
        context={},
        declared={},
        determinations={},
        results=dets,
        catalogue_version=CAT.version,
    )


def test_decision_by_item_class() -> None:
    assert classes().verdict == "pass"
    ev = classes(b1="0.60")  # one B failure: below the B count of 2
    assert ev.verdict == "pass" and ev.failed_items == ("b1",)
    assert "直径偏差（B类）不符合" in ev.conclusion and ev.conclusion.endswith("检验结论为合格。")
    assert classes(b1="0.60", b2="310").verdict == "fail"  # two B failures
    assert classes(a1="39.9").verdict == "fail"  # one A failure
    assert classes(c1="4").verdict == "fail"  # an item without a class fails on its own
    assert classes(b1="0.60").to_json_dict()["items"]["b1"]["class"] == "B"


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 500)
    | st.sampled_from(["3-4", "未检出", "<5", "12.5", "x", ""]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["dry", "wet", "missing", "component", "percent", "maker"]), children, max_size=3
        )
    ),
    max_leaves=8,
)


@SLOW_OK
@given(
    st.sampled_from(sorted(CAT.products)),
    st.dictionaries(
        st.sampled_from(
            [
                "HCHO",
                "amine",
                "N",
                "rub",
                "light",
                "zinc",
                "tuft",
                "brk",
                "fibre",
                "label",
                "a1",
                "b1",
                "b2",
                "c1",
            ]
        ),
        JSON,
        max_size=4,
    ),
    JSON,
)
def test_kinds_never_crash(product: str, results: dict[str, Any], declared: Any) -> None:
    try:
        ev = evaluate(
            CAT.ruleset(product),
            context={"safety_category": "A"},
            declared=declared,
            determinations={},
            results=results,
            catalogue_version=CAT.version,
        )
    except InputError:
        return
    assert ev.verdict in ("pass", "fail", "incomplete")
    ev.to_json_dict()
