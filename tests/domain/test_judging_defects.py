"""Issue 11 defects 1–7: each test fails on the engine before the fix.  Values worked out by hand."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal as D

import pytest

from labdesk.domain.errors import InputError
from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import Evaluation, evaluate
from labdesk.domain.judging.replicates import RBand, RTable, resolve
from labdesk.domain.numbers import rounding_mark

CAT = load_catalogue()
NEAR = {"coal_rank": "other", "transport_km": 100}
FAR = {"coal_rank": "other", "transport_km": 800}


def power(
    dets: Mapping[str, Sequence[str]],
    context: Mapping[str, object] = NEAR,
    declared: Mapping[str, str] | None = None,
) -> Evaluation:
    return evaluate(
        CAT.ruleset("power_coal"),
        context=context,
        declared=declared or {},
        determinations=dets,
        catalogue_version=CAT.version,
    )


# The example of defects 1 and 2: Ad = 11.20 × 100/98 = 11.4286; declared 10.00: T = max(1.41, 1.41) = 1.41,
# 11.4286 > 11.41 fails the reconstructed (unverified) tolerance; the Measures' ≤40 passes.
EXAMPLE = {"Mad": ["2.00", "2.00"], "Aad": ["11.20", "11.20"], "St,ad": ["0.50", "0.50"]}


def test_1_every_item_lists_the_rules_applied_with_their_verification() -> None:
    ev = power(EXAMPLE, declared={"Ad": "10.00"})
    ad = ev.to_json_dict()["items"]["Ad"]
    rules = {r["id"]: r for r in ad["rules"]}
    assert set(rules) == {"basic_ad_other", "declared_ad"}
    assert rules["basic_ad_other"]["verdict"] == "pass" and rules["basic_ad_other"]["verified"] is True
    assert rules["declared_ad"] == {
        "id": "declared_ad",
        "kind": "declared_tolerance",
        "source": rules["declared_ad"]["source"],
        "edition": "2014",
        "verified": False,
        "verdict": "fail",
        "requirement": "≤10.00+1.41（申报值+允许差）",
    }
    assert rules["declared_ad"]["source"].startswith("GB/T 18666-2014")


def test_1_failures_resting_only_on_unverified_rules_are_listed_at_the_top() -> None:
    ev = power(EXAMPLE, declared={"Ad": "10.00"})
    assert ev.verdict == "fail"
    for record in (ev.to_json_dict(), ev.to_record_dict()):
        assert record["unverified_failures"] == [{"item": "Ad", "rules": ["declared_ad"]}]
    # a failure on a verified limit is not listed: Ad 41.67 > 40
    ev = power({"Mad": ["4.00", "4.00"], "Aad": ["40.00", "40.00"], "St,ad": ["0.50", "0.50"]})
    assert ev.failed_items == ("Ad",) and ev.to_json_dict()["unverified_failures"] == []


def test_2_conclusion_names_exactly_the_failed_requirement() -> None:
    ev = power(EXAMPLE, declared={"Ad": "10.00"})
    assert ev.conclusion == (
        "经抽样检验，干燥基灰分（Ad）与申报值之差超出GB/T 18666-2014《商品煤质量抽查和验收方法》"
        "规定的允许差，检验结论为不合格。"
    )
    assert "商品煤质量管理暂行办法" not in ev.conclusion


def test_2_tolerance_prints_at_the_items_interval() -> None:
    # declared 10.00: 0.141 × 10.00 = 1.41000 (five decimals before the fix)
    req = power(EXAMPLE, declared={"Ad": "10.00"}).items["Ad"].requirement or ""
    assert "+1.41（" in req and "1.410" not in req
    # Qgr,d at 0.01 MJ/kg: "≥27.00−1.12"
    ev = power({**EXAMPLE, "Qb,ad": ["25000", "25100"]}, FAR, {"Qgr,d": "27.00"})
    assert "≥27.00−1.12（申报值−允许差）" in (ev.items["Qgr,d"].requirement or "")


@pytest.mark.parametrize(
    ("dets", "names"),
    [
        # Mad 60 + Aad 60: Ad = 60 × 100/40 = 150 %
        ({"Mad": ["60.00", "60.00"], "Aad": ["60.00", "60.00"]}, ("Ad", "Aad", "Mad")),
        # Mad 10 + Aad 50 + Vad 45 = 105 ≥ 100: FCad −5 %, Vdaf 112.5 %
        (
            {"Mad": ["10.00", "10.00"], "Aad": ["50.00", "50.00"], "Vad": ["45.00", "45.00"]},
            ("Mad", "Aad", "Vad"),
        ),
        # 100 − Mad − Aad = 0: no dry ash-free basis
        ({"Mad": ["40.00", "40.00"], "Aad": ["60.00", "60.00"], "Vad": ["10.00", "10.00"]}, ("Mad", "Aad")),
    ],
)
def test_3_physically_impossible_data_are_refused_naming_the_items(
    dets: dict[str, list[str]], names: tuple[str, ...]
) -> None:
    with pytest.raises(InputError) as info:
        power(dets)
    message = str(info.value)
    assert "物理上不可能" in message
    for code in names:
        assert f"（{code}）" in message


def test_3_possible_extremes_still_judge() -> None:
    ev = power(
        {
            "Mad": ["10.00", "10.00"],
            "Aad": ["50.00", "50.00"],
            "Vad": ["39.00", "39.00"],
            "St,ad": ["0.50", "0.50"],
        }
    )
    assert ev.items["FCad"].reported == "1.00" and ev.verdict == "fail"  # Ad 55.56 > 40


def test_4_unrounded_value_and_rounding_mark_are_carried() -> None:
    # lignite over 600 km: Ad ≤ 20 (全数值比较法).  Aad 19.2048, Mad 4.00 → Ad = 19.2048 × 100/96 = 20.005
    # → reported "20.00" (an exact 5 rounds to even), which fails ≤20: the report must show "20.00(+)"
    ctx = {"coal_rank": "lignite", "transport_km": 800}
    dets = {
        "Mad": ["3.98", "4.02"],
        "Aad": ["19.2048", "19.2048"],
        "St,ad": ["0.50", "0.50"],
        "Vad": ["30.00", "30.00"],
        "Mt": ["8.0", "8.0"],
        "Qb,ad": ["25000", "25100"],
        "Had": ["3.00", "3.00"],
    }
    ev = power(dets, ctx)
    ad = ev.items["Ad"]
    assert ad.reported == "20.00" and ad.value == D("20.005") and ad.verdict == "fail"
    assert ad.mark == "+" and ad.at_limit
    out = ev.to_json_dict()["items"]["Ad"]
    assert out["unrounded"] == "20.005" and out["rounding_mark"] == "+" and out["at_limit"] is True


@pytest.mark.parametrize(
    ("value", "interval", "mark"),
    [
        ("20.005", "0.01", "+"),
        ("19.996", "0.01", "-"),
        ("20.00", "0.01", ""),
        ("15.4546", "0.1", "-"),
        ("16.5203", "0.1", "+"),
        ("17.5000", "0.1", ""),
    ],
)
def test_4_rounding_mark_follows_gbt8170(value: str, interval: str, mark: str) -> None:
    # GB/T 8170-2008 §3.3: "+" 已舍 (the value is above the reported one), "−" 已进 (below)
    assert rounding_mark(D(value), D(interval)) == mark


def test_5_gross_calorific_value_per_determination() -> None:
    # St,ad 1.00.  25080: α 0.0012 → 25080 − 94.1 − 30.096 = 24955.804
    #              25120: α 0.0016 → 25120 − 94.1 − 40.192 = 24985.708   mean 24970.756 → 24.97
    # (α applied to the mean 25100 would give 25100 − 94.1 − 30.12 = 24975.78 → 24.98)
    ev = power({"Mad": ["2.00", "2.00"], "St,ad": ["1.00", "1.00"], "Qb,ad": ["25080", "25120"]}, FAR)
    q = ev.items["Qgr,ad"]
    assert q.reported == "24.97" and q.value == D("24.970756")
    assert q.replicates is not None and q.replicates.status == "accepted" and q.replicates.limit == D(120)
    assert q.replicates.used == (D("24955.804"), D("24985.708"))


def test_5_repeatability_is_checked_on_the_computed_values() -> None:
    # Qb,ad 25050 / 25175: |Δ| = 125 > 120, but Qgr,ad (St,ad 1.00):
    #   25050 × (1 − 0.0012) − 94.1 = 24925.84;  25175 × (1 − 0.0016) − 94.1 = 25040.62;  Δ = 114.78 ≤ 120
    ev = power({"Mad": ["2.00", "2.00"], "St,ad": ["1.00", "1.00"], "Qb,ad": ["25050", "25175"]}, FAR)
    assert ev.items["Qb,ad"].replicates.status == "need_more"  # type: ignore[union-attr]
    q = ev.items["Qgr,ad"]
    assert q.replicates is not None and q.replicates.status == "accepted"
    assert q.value == D("24.98323")  # (24925.84 + 25040.62) / 2 J/g
    # and a pair whose Qgr,ad differ by more than 120 asks for a third determination
    ev = power({"Mad": ["2.00", "2.00"], "St,ad": ["1.00", "1.00"], "Qb,ad": ["24000", "24125"]}, FAR)
    assert ev.items["Qgr,ad"].replicates.status == "need_more"  # type: ignore[union-attr]
    assert ev.items["Qgr,ad"].reported is None


@pytest.mark.parametrize("raw", ["16.02", 16, {"a": "1"}, None, True])
def test_6_determinations_accept_lists_only(raw: object) -> None:
    with pytest.raises(InputError) as info:
        power({"Aad": raw})  # type: ignore[dict-item]
    assert info.value.field == "determinations.Aad"
    assert "应为测定值列表" in str(info.value)


R020 = RTable((RBand(D("0.20")),))


@pytest.mark.parametrize(
    ("values", "used", "mean"),
    [
        # the case: range 0.30 > 0.26; triples 3.20/3.28/3.30 (0.10) and 3.28/3.30/3.50 (0.22) qualify
        (("3.20", "3.50", "3.28", "3.30"), ("3.20", "3.28", "3.30"), "3.26"),
        (("3.50", "3.20", "3.30", "3.28"), ("3.20", "3.30", "3.28"), "3.26"),
        # equal ranges (0.20 each): the later-entered extreme is dropped
        (("3.00", "3.10", "3.20", "3.30"), ("3.00", "3.10", "3.20"), "3.10"),
        (("3.30", "3.20", "3.10", "3.00"), ("3.30", "3.20", "3.10"), "3.20"),
    ],
)
def test_7_choice_between_two_qualifying_triples(
    values: tuple[str, ...], used: tuple[str, ...], mean: str
) -> None:
    out = resolve([D(v) for v in values], R020)
    assert out.status == "accepted" and out.reason == "triple_of_four" and out.tie
    assert out.used == tuple(D(v) for v in used)
    assert out.mean == D(mean)


def test_2_conclusion_names_an_item_once_when_its_name_holds_the_code() -> None:
    # coke M40 "抗碎强度 M40" below the lowest grade (III ≥ 75.0 … here 60.0): "抗碎强度 M40（M40）" before
    ev = evaluate(
        CAT.ruleset("metallurgical_coke"),
        context={"quench": "wet"},
        declared={},
        determinations={
            "Mt": ["5.0"],
            "Mad": ["1.00"],
            "Aad": ["12.87", "12.93"],
            "Vad": ["1.20"],
            "St,ad": ["0.60", "0.62"],
            "M40": ["60.0"],
            "M10": ["6.5"],
            "CRI": ["27.5", "28.5"],
            "CSR": ["64.0", "65.0"],
        },
        catalogue_version=CAT.version,
    )
    assert "M40" in ev.failed_items
    assert "抗碎强度 M40不符合" in ev.conclusion and "（M40）" not in ev.conclusion
