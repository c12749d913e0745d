"""GB/T 8170-2008 rounding and limit comparison (domain.md §1, §1.1)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labdesk.domain.errors import InputError
from labdesk.domain.numbers import (
    Requirement,
    complies,
    format_reported,
    parse_decimal,
    round_gb8170,
    validate_interval,
)

# (value, interval, expected) — the GB/T 8170-2008 examples of domain.md §1, verbatim.
GB8170_EXAMPLES = [
    ("12.1498", "0.1", "12.1"),
    ("12.1498", "1", "12"),
    ("1268", "100", "1300"),  # 13×10²
    ("10.5002", "1", "11"),
    ("1.050", "0.1", "1.0"),
    ("0.35", "0.1", "0.4"),
    ("2500", "1000", "2000"),  # 2×10³
    ("3500", "1000", "4000"),  # 4×10³
    ("28.175", "0.01", "28.18"),
    ("28.165", "0.01", "28.16"),
    ("28.350", "0.1", "28.4"),
    ("28.250", "0.1", "28.2"),
    ("28.050", "0.1", "28.0"),
    ("-0.0365", "0.001", "-0.036"),
    ("15.4546", "1", "15"),  # once only, not 15.455 → 15.46 → 15.5 → 16
    ("97.46", "1", "97"),
    ("8.53459", "0.01", "8.53"),  # 3 significant figures
    # 0.5-unit rounding
    ("63.37", "0.5", "63.5"),
    ("60.25", "0.5", "60.0"),
    ("60.38", "0.5", "60.5"),
    ("-60.75", "0.5", "-61.0"),
    # 0.2-unit rounding at the hundreds (interval 20)
    ("830", "20", "840"),
    ("842", "20", "840"),
    ("-930", "20", "-920"),
]


@pytest.mark.parametrize(("value", "interval", "expected"), GB8170_EXAMPLES)
def test_gb8170_examples(value: str, interval: str, expected: str) -> None:
    assert round_gb8170(D(value), D(interval)) == D(expected)


def test_round_result_carries_interval_digits() -> None:
    assert str(round_gb8170(D("1.050"), D("0.1"))) == "1.0"
    assert str(round_gb8170(D("28.050"), D("0.1"))) == "28.0"


def test_exact_five_only_ties() -> None:
    assert round_gb8170(D("0.25"), D("0.1")) == D("0.2")
    assert round_gb8170(D("0.250000001"), D("0.1")) == D("0.3")
    assert round_gb8170(D("0.15"), D("0.1")) == D("0.2")


def test_round_once_not_chained() -> None:
    chained = round_gb8170(round_gb8170(round_gb8170(D("15.4546"), D("0.001")), D("0.01")), D("0.1"))
    assert chained == D("15.5")  # the wrong chain lands on 15.5 …
    assert round_gb8170(D("15.4546"), D("1")) == D("15")  # … the right single step on 15


@pytest.mark.parametrize(
    ("value", "interval", "text"),
    [
        ("28.0049", "0.01", "28.00"),
        ("12.625", "0.01", "12.62"),
        ("12.635", "0.01", "12.64"),
        ("842", "20", "840"),
        ("60.25", "0.5", "60.0"),
        ("-0.004", "0.01", "0.00"),
        ("-0.005", "0.01", "0.00"),
        ("24.554", "0.01", "24.55"),
        ("7", "0.1", "7.0"),
        ("83.45", "0.1", "83.4"),
    ],
)
def test_format_reported(value: str, interval: str, text: str) -> None:
    assert format_reported(D(value), D(interval)) == text


@pytest.mark.parametrize("interval", ["0.3", "0", "-0.1", "0.25", "3"])
def test_invalid_interval(interval: str) -> None:
    with pytest.raises(ValueError):
        validate_interval(D(interval))


# ---- parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.31", "12.31"),
        ("  12.31 ", "12.31"),
        ("１２．３１", "12.31"),
        ("\u300012.31\u3000", "12.31"),
        ("－0.5", "-0.5"),
        ("−0.5", "-0.5"),
        ("+3", "3"),
        (".5", "0.5"),
        ("5.", "5"),
        ("0012.300", "12.300"),
    ],
)
def test_parse_ok(text: str, expected: str) -> None:
    assert parse_decimal(text, "Aad") == D(expected)


def test_parse_keeps_trailing_zeros() -> None:
    assert str(parse_decimal("12.300", "Aad")) == "12.300"


@pytest.mark.parametrize(
    "text",
    ["12,3x", "", "   ", "1e3", "NaN", "inf", "12.3.4", "1 2", "12%", "--1", "abc", "1" * 41, 1.5, True, None, [1]],
)
def test_parse_rejects_naming_field(text: object) -> None:
    with pytest.raises(InputError) as info:
        parse_decimal(text, "Aad")
    assert info.value.field == "Aad"
    assert "Aad" in str(info.value)


def test_parse_message_example() -> None:
    with pytest.raises(InputError) as info:
        parse_decimal("12,3x", "Aad")
    assert "「Aad」不是有效的数值：'12,3x'" in str(info.value)


def test_parse_accepts_json_numbers() -> None:
    assert parse_decimal(800, "transport_km") == D(800)
    assert parse_decimal(D("12.5"), "x") == D("12.5")
    with pytest.raises(InputError):
        parse_decimal(D("NaN"), "x")
    with pytest.raises(InputError):
        parse_decimal(D("1E+999999"), "x")
    with pytest.raises(InputError):
        parse_decimal(10**50, "x")


# ---- GB/T 8170-2008 §4 comparison: both tables of domain.md §1.1 ----------------------------

COMPARISON_TABLE = [
    # requirement, measured, full-value verdict, rounded value, rounded-value verdict
    (Requirement(">=", D("97.0")), "97.01", True, "97.0", True),
    (Requirement(">=", D("97.0")), "97.00", True, "97.0", True),
    (Requirement(">=", D("97.0")), "96.96", False, "97.0", True),
    (Requirement(">=", D("97.0")), "96.94", False, "96.9", False),
    (Requirement("<=", D("0.5")), "0.452", True, "0.5", True),
    (Requirement("<=", D("0.5")), "0.500", True, "0.5", True),
    (Requirement("<=", D("0.5")), "0.549", False, "0.5", True),
    (Requirement("<=", D("0.5")), "0.551", False, "0.6", False),
    (Requirement("range", low=D("1.2"), high=D("1.6")), "1.151", False, "1.2", True),
    (Requirement("range", low=D("1.2"), high=D("1.6")), "1.200", True, "1.2", True),
    (Requirement("range", low=D("1.2"), high=D("1.6")), "1.649", False, "1.6", True),
    (Requirement("range", low=D("1.2"), high=D("1.6")), "1.651", False, "1.7", False),
    (Requirement(">=", D("1400"), compare_interval=D("100")), "1349", False, "1300", False),
    (Requirement(">=", D("1400"), compare_interval=D("100")), "1351", False, "1400", True),
    (Requirement(">=", D("1400"), compare_interval=D("100")), "1400", True, "1400", True),
    (Requirement(">=", D("1400"), compare_interval=D("100")), "1402", True, "1400", True),
    (Requirement("tolerance", D("10.0"), tol=D("0.1")), "9.89", False, "9.9", True),
    (Requirement("tolerance", D("10.0"), tol=D("0.1")), "9.85", False, "9.8", False),
    (Requirement("tolerance", D("10.0"), tol=D("0.1")), "10.10", True, "10.1", True),
    (Requirement("tolerance", D("10.0"), tol=D("0.1")), "10.16", False, "10.2", False),
]


@pytest.mark.parametrize(("req", "measured", "full_ok", "rounded", "rounded_ok"), COMPARISON_TABLE)
def test_gb8170_comparison_table(
    req: Requirement, measured: str, full_ok: bool, rounded: str, rounded_ok: bool
) -> None:
    assert complies(D(measured), req, "full") is full_ok
    assert round_gb8170(D(measured), req.rounding_interval()) == D(rounded)
    assert complies(D(measured), req, "rounded") is rounded_ok


def test_limit_wording_inclusive_exclusive() -> None:
    assert complies(D("5"), Requirement(">=", D("5")))
    assert not complies(D("5"), Requirement(">", D("5")))
    assert complies(D("5"), Requirement("<=", D("5")))
    assert not complies(D("5"), Requirement("<", D("5")))
    open_range = Requirement("range", low=D("1"), high=D("2"), low_op=">", high_op="<")
    assert not complies(D("1"), open_range) and not complies(D("2"), open_range)
    assert complies(D("1.5"), open_range)


def test_requirement_text() -> None:
    assert Requirement("<=", D("13.5")).text() == "≤13.5"
    assert Requirement(">=", D("82.0")).text() == "≥82.0"
    assert Requirement("range", low=D("1.2"), high=D("1.6")).text() == "1.2～1.6"
    assert Requirement("tolerance", D("10.0"), tol=D("0.1")).text() == "10.0±0.1"


def test_full_value_is_stricter() -> None:
    req = Requirement("<=", D("13.5"))
    assert complies(D("13.54"), req, "rounded") and not complies(D("13.54"), req, "full")


# ---- properties ------------------------------------------------------------------------------

intervals = st.sampled_from([D(x) for x in ["0.001", "0.01", "0.1", "0.2", "0.5", "1", "2", "5", "10", "20", "50", "100"]])
values = st.decimals(min_value=D("-100000"), max_value=D("100000"), allow_nan=False, allow_infinity=False, places=6)


@given(values, intervals)
def test_rounding_moves_at_most_half_interval(value: D, interval: D) -> None:
    rounded = round_gb8170(value, interval)
    assert abs(rounded - value) <= interval / 2
    assert (rounded / interval) == (rounded / interval).to_integral_value()


@given(values, intervals)
def test_rounding_is_idempotent_and_symmetric(value: D, interval: D) -> None:
    rounded = round_gb8170(value, interval)
    assert round_gb8170(rounded, interval) == rounded
    assert round_gb8170(-value, interval) == -rounded


@given(st.integers(min_value=-10**6, max_value=10**6), intervals)
def test_exact_half_goes_to_even_multiple(k: int, interval: D) -> None:
    value = (D(k) + D("0.5")) * interval
    q = round_gb8170(value, interval) / interval
    assert q % 2 == 0
