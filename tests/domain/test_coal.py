"""Bases and formulas of GB/T 483-2007 / GB/T 35985-2018 / GB/T 213-2008, hand-computed."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from labdesk.domain import coal
from labdesk.domain.errors import InputError
from labdesk.domain.numbers import round_gb8170


def test_fc_ad() -> None:
    assert coal.fc_ad(D("1.50"), D("20.00"), D("25.00")) == D("53.50")


def test_a_d() -> None:
    assert coal.a_d(D("12.00"), D("4.00")) == D("12.5")  # 12 × 100/96


def test_a_ar() -> None:
    assert coal.a_ar(D("12.00"), D("8.00"), D("4.00")) == D("11.5")  # 12 × 92/96


def test_v_daf() -> None:
    assert coal.v_daf(D("24.00"), D("4.00"), D("16.00")) == D("30")  # 24 × 100/80


def test_st_d_and_st_ar() -> None:
    assert coal.st_d(D("0.96"), D("4.00")) == D("1")  # 0.96 × 100/96
    assert coal.st_ar(D("0.96"), D("8.00"), D("4.00")) == D("0.92")  # 0.96 × 92/96


@pytest.mark.parametrize(
    ("qb", "expected"),
    [("16700", "0.0010"), ("16699", "0.0010"), ("16701", "0.0012"), ("25100", "0.0012"), ("25101", "0.0016")],
)
def test_alpha_bands_edges(qb: str, expected: str) -> None:
    assert coal.alpha(D(qb)) == D(expected)


@pytest.mark.parametrize(
    ("qb", "st", "expected"),
    [
        ("25000", "1.00", "24875.9"),  # 25000 − (94.1 + 0.0012×25000)
        ("16000", "0.50", "15936.95"),  # 16000 − (47.05 + 16)
        ("26000", "2.00", "25770.2"),  # 26000 − (188.2 + 41.6)
    ],
)
def test_q_gr_ad(qb: str, st: str, expected: str) -> None:
    assert coal.q_gr_ad(D(qb), D(st)) == D(expected)


def test_q_gr_d() -> None:
    assert coal.q_gr_d(D("24000"), D("4.00")) == D("25000")


def test_q_net_ar() -> None:
    # (24618 − 206×3) × 92/96 − 23×8 = 24000 × 92/96 − 184 = 22816
    assert coal.q_net_ar(D("24618"), D("3.00"), D("8.00"), D("4.00")) == D("22816")


def test_kcal_default_factor_matches_official_rounding() -> None:
    assert round_gb8170(coal.to_kcal_per_kg(D("16.50")), D("1")) == D("3946")  # 16500/4.1816 = 3945.86
    assert round_gb8170(coal.to_kcal_per_kg(D("16.50"), D("4.1868")), D("1")) == D("3941")  # 3940.96
    with pytest.raises(ValueError):
        coal.to_kcal_per_kg(D("16.50"), D("0"))


@pytest.mark.parametrize(
    ("known", "target", "expected"),
    [
        ("ad", "ar", D(92) / D(96)),
        ("ad", "d", D(100) / D(96)),
        ("ad", "daf", D("1.25")),  # 100/(100 − 4 − 16)
        ("ar", "ad", D(96) / D(92)),
        ("ar", "d", D(100) / D(92)),
        ("ar", "daf", D(100) / D(100 - 8 - 10)),
        ("d", "ad", D("0.96")),
        ("d", "ar", D("0.92")),
        ("d", "daf", D("1.25")),  # 100/(100 − 20)
        ("daf", "ad", D("0.8")),
        ("daf", "ar", D("0.82")),
        ("daf", "d", D("0.8")),
        ("ad", "ad", D(1)),
    ],
)
def test_conversion_table(known: coal.Basis, target: coal.Basis, expected: D) -> None:
    factor = coal.conversion_factor(known, target, Mad=D(4), Mt=D(8), Aad=D(16), Aar=D(10), Ad=D(20))
    assert factor == expected


def test_conversion_round_trip_and_consistency() -> None:
    kw = {"Mad": D("4"), "Mt": D("8"), "Aad": D("16")}
    there = coal.convert(D("25"), "ad", "ar", **kw)
    assert abs(coal.convert(there, "ar", "ad", **kw) - D(25)) < D("1e-20")
    # d→daf via Ad equals ad→daf via Mad and Aad when Ad = Aad×100/(100−Mad)
    ad = coal.a_d(D(16), D(4))
    assert abs(coal.conversion_factor("d", "daf", Ad=ad) * coal.conversion_factor("ad", "d", Mad=D(4))
               - coal.conversion_factor("ad", "daf", Mad=D(4), Aad=D(16))) < D("1e-20")


def test_conversion_missing_quantity() -> None:
    with pytest.raises(ValueError):
        coal.conversion_factor("ad", "daf", Mad=D(4))


def test_impossible_moisture_raises_input_error() -> None:
    with pytest.raises(InputError) as info:
        coal.a_d(D(10), D(100))
    assert info.value.field == "Mad"
    with pytest.raises(InputError):
        coal.v_daf(D(10), D(50), D(50))


def test_derivation_registry() -> None:
    d = coal.DERIVATIONS["Qnet,ar"]
    assert d.inputs == ("Qgr,ad", "Had", "Mt", "Mad")
    assert d.compute({"Qgr,ad": D(24618), "Had": D(3), "Mt": D(8), "Mad": D(4)}) == D(22816)
