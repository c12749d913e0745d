"""GB/T 483-2007 §6.1 replicate resolution, every branch and band edge (hand-derived)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labdesk.domain.judging.replicates import RBand, RTable, resolve

# Aad, GB/T 212-2008: < 15.00 → 0.20; 15.00–30.00 → 0.30; > 30.00 → 0.50 (domain.md §4)
AAD = RTable((RBand(D("0.20"), D("15.00")), RBand(D("0.30"), D("30.00"), inclusive=True), RBand(D("0.50"))))
# St,ad, GB/T 214-2007: ≤ 1.50 → 0.05; 1.50–4.00 → 0.10; > 4.00 → 0.20
ST = RTable((RBand(D("0.05"), D("1.50"), True), RBand(D("0.10"), D("4.00"), True), RBand(D("0.20"))))


def ds(*xs: str) -> list[D]:
    return [D(x) for x in xs]


def test_no_values() -> None:
    out = resolve([], AAD)
    assert (out.status, out.needed, out.mean) == ("need_more", 2, None)


def test_one_value_needs_a_pair() -> None:
    out = resolve(ds("12.31"), AAD)
    assert (out.status, out.needed) == ("need_more", 2)


def test_pair_within_r() -> None:
    out = resolve(ds("12.31", "12.40"), AAD)
    assert out.status == "accepted" and out.mean == D("12.355") and out.limit == D("0.20")
    assert out.used == tuple(ds("12.31", "12.40"))


def test_pair_equal_to_r_accepts() -> None:
    assert resolve(ds("12.30", "12.50"), AAD).status == "accepted"


def test_pair_beyond_r_needs_third() -> None:
    out = resolve(ds("12.30", "12.51"), AAD)
    assert (out.status, out.needed) == ("need_more", 3)


def test_three_at_1_2r_accepts() -> None:
    out = resolve(ds("12.30", "12.51", "12.54"), AAD)  # range 0.24 = 1.2 × 0.20
    assert out.status == "accepted" and out.limit == D("0.240") and out.mean == D("12.45")


def test_three_beyond_1_2r_needs_fourth() -> None:
    out = resolve(ds("12.30", "12.51", "12.55"), AAD)
    assert (out.status, out.needed) == ("need_more", 4)


def test_four_at_1_3r_accepts() -> None:
    out = resolve(ds("12.30", "12.51", "12.55", "12.56"), AAD)  # range 0.26 = 1.3 × 0.20
    assert out.status == "accepted" and len(out.used) == 4 and out.mean == D("12.48")


def test_four_beyond_1_3r_takes_triple_within_1_2r() -> None:
    out = resolve(ds("12.30", "12.51", "12.55", "12.57"), AAD)
    assert out.status == "accepted" and out.reason == "triple_of_four" and not out.tie
    assert out.used == tuple(ds("12.51", "12.55", "12.57"))
    assert out.mean == D("37.63") / 3
    assert out.limit == D("0.240")


def test_triple_at_exactly_1_2r_qualifies() -> None:
    out = resolve(ds("12.00", "12.24", "12.20", "12.60"), AAD)  # (12.00,12.24,12.20) range 0.24
    assert out.status == "accepted" and out.used == tuple(ds("12.00", "12.24", "12.20"))


def test_four_rejected() -> None:
    out = resolve(ds("12.00", "12.30", "12.60", "12.90"), AAD)
    assert (out.status, out.needed, out.mean) == ("rejected", 0, None)


def test_two_triples_smaller_range_wins() -> None:
    out = resolve(ds("12.00", "12.10", "12.14", "12.30"), AAD)  # ranges 0.14 and 0.20
    assert out.tie and out.used == tuple(ds("12.00", "12.10", "12.14"))


def test_two_triples_equal_range_earlier_wins() -> None:
    out = resolve(ds("12.30", "12.12", "12.18", "12.00"), AAD)  # both ranges 0.18; 12.00 entered last
    assert out.tie and out.used == tuple(ds("12.30", "12.12", "12.18"))
    out = resolve(ds("12.00", "12.12", "12.18", "12.30"), AAD)
    assert out.used == tuple(ds("12.00", "12.12", "12.18"))


def test_more_than_four() -> None:
    out = resolve(ds("1", "1", "1", "1", "1"), AAD)
    assert (out.status, out.reason) == ("rejected", "too_many")


def test_single_run_item() -> None:
    assert resolve([], None).status == "need_more" and resolve([], None).needed == 1
    out = resolve(ds("83.5"), None)
    assert (out.status, out.mean, out.used) == ("single", D("83.5"), (D("83.5"),))


# ---- band edges --------------------------------------------------------------------------


def test_band_by_mean_at_lower_edge() -> None:
    # mean 15.00 → 15.00–30.00 band, r 0.30; range 0.30 accepts
    assert resolve(ds("14.85", "15.15"), AAD).status == "accepted"
    # mean 14.995 → < 15.00 band, r 0.20; range 0.39 does not
    assert resolve(ds("14.80", "15.19"), AAD).status == "need_more"


def test_band_by_min_is_configurable() -> None:
    assert resolve(ds("14.85", "15.15"), AAD, band_by="min").status == "need_more"
    table = RTable(AAD.bands, band_by="min")
    assert resolve(ds("14.85", "15.15"), table).status == "need_more"
    assert resolve(ds("14.85", "15.15"), AAD, band_by="max").status == "accepted"
    assert resolve(ds("14.85", "15.15"), AAD, band_by="first").status == "need_more"


@pytest.mark.parametrize(
    ("table", "level", "r"),
    [
        (AAD, "14.99", "0.20"),
        (AAD, "15.00", "0.30"),
        (AAD, "30.00", "0.30"),
        (AAD, "30.01", "0.50"),
        (ST, "1.50", "0.05"),
        (ST, "1.51", "0.10"),
        (ST, "4.00", "0.10"),
        (ST, "4.01", "0.20"),
    ],
)
def test_band_edges(table: RTable, level: str, r: str) -> None:
    assert table.r_for(D(level)) == D(r)


def test_r_table_round_trip_and_validation() -> None:
    assert RTable.from_dict(AAD.to_dict()) == AAD
    with pytest.raises(ValueError):
        RTable((RBand(D("0.2"), D("15")),))
    with pytest.raises(ValueError):
        RTable((RBand(D("0.2"), D("15")), RBand(D("0.3"), D("10")), RBand(D("0.5"))))


# ---- properties ----------------------------------------------------------------------------

determination = st.integers(min_value=0, max_value=5000).map(lambda k: D(k) / 100)


@given(st.lists(determination, min_size=0, max_size=5))
def test_never_accepts_beyond_limit(values: list[D]) -> None:
    out = resolve(values, AAD)
    if out.status == "accepted":
        assert out.limit is not None and out.r is not None
        assert max(out.used) - min(out.used) <= out.limit
        assert out.limit <= D("1.3") * out.r
        assert len(out.used) in (2, 3, 4)
        assert min(out.used) <= out.mean <= max(out.used)  # type: ignore[operator]
        if len(values) == 2:
            assert out.limit == out.r
        if len(out.used) == 3:
            assert out.limit == D("1.2") * out.r
    else:
        assert out.mean is None


@given(st.lists(determination, min_size=2, max_size=2))
def test_pair_rule_is_exactly_r(values: list[D]) -> None:
    out = resolve(values, AAD)
    assert (out.status == "accepted") == (abs(values[0] - values[1]) <= AAD.r_for(sum(values) / 2))
