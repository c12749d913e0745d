"""Pure rules: equipment status, control criterion, limits, Westgard rules on constructed series."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from labdesk.domain.errors import InputError
from labdesk.domain.quality.control import judge_control, limits_from_certificate, limits_from_history
from labdesk.domain.quality.equipment import Check, EquipmentState, derive_status
from labdesk.domain.quality.westgard import Point, evaluate

TODAY = dt.date(2021, 8, 2)
LIMITS = limits_from_certificate(D(10), D(2))  # centre 10, s = 1


def _rules(zs: list[str], runs: list[object] | None = None) -> list[tuple[str, ...]]:
    runs = runs or [None] * len(zs)
    points = [Point(D(10) + D(z), run) for z, run in zip(zs, runs, strict=True)]
    return [r.rules for r in evaluate(points, LIMITS)]


def test_status_ok_restricted_and_stopped() -> None:
    ok = Check("calibration", dt.date(2021, 1, 5), "pass", dt.date(2022, 1, 4))
    assert derive_status([ok], TODAY).state is EquipmentState.OK
    restricted = Check("verification", dt.date(2021, 2, 1), "restricted", dt.date(2022, 1, 31))
    status = derive_status([ok, restricted], TODAY)
    assert status.state is EquipmentState.RESTRICTED and status.usable
    assert derive_status([], TODAY).state is EquipmentState.STOPPED
    assert not derive_status([ok], TODAY, out_of_service=True, out_of_service_reason="加热丝断").usable
    failed = Check("verification", dt.date(2021, 3, 1), "fail", None)
    assert "不合格" in derive_status([ok, failed], TODAY).reason


def test_status_past_due_is_stopped_from_the_day_after() -> None:
    check = Check("calibration", dt.date(2020, 8, 2), "pass", TODAY)
    assert derive_status([check], TODAY).state is EquipmentState.OK
    late = derive_status([check], TODAY + dt.timedelta(days=1))
    assert late.state is EquipmentState.STOPPED and "有效期" in late.reason and late.days_left == -1


def test_failed_intermediate_check_stops_until_recalibrated() -> None:
    cal = Check("calibration", dt.date(2021, 1, 5), "pass", dt.date(2022, 1, 4))
    bad = Check("intermediate", dt.date(2021, 6, 1), "fail", None)
    assert derive_status([cal, bad], TODAY).state is EquipmentState.STOPPED
    recal = Check("calibration", dt.date(2021, 7, 1), "pass", dt.date(2022, 6, 30))
    assert derive_status([cal, bad, recal], TODAY).state is EquipmentState.OK


def test_due_soon() -> None:
    check = Check("calibration", dt.date(2020, 8, 20), "pass", dt.date(2021, 8, 20))
    status = derive_status([check], TODAY)
    assert status.due_soon() and not status.due_soon(days=10)


def test_control_criterion_boundary() -> None:
    assert judge_control(D("24.62"), D("24.50"), D("0.12")).passed
    outcome = judge_control(D("24.63"), D("24.50"), D("0.12"))
    assert not outcome.passed and outcome.difference == D("0.13")
    with pytest.raises(InputError):
        judge_control(D(1), D(1), D("-0.1"))


def test_limits() -> None:
    history = limits_from_history([D(9), D(10), D(11)])
    assert history.centre == D(10) and history.sd == D(1)
    with pytest.raises(InputError):
        limits_from_history([D(10)])
    with pytest.raises(InputError):
        limits_from_history([D(10), D(10)])
    with pytest.raises(InputError):
        limits_from_certificate(D(10), D(0))


def test_in_control_series_fires_nothing() -> None:
    assert all(r == () for r in _rules(["0.5", "-0.5", "1.5", "-1.9", "0", "0.9", "-0.2", "1.2", "-1.2"]))


def test_1_2s_warning_only() -> None:
    assert _rules(["0", "2.5", "0"]) == [(), ("1_2s",), ()]
    assert _rules(["2"]) == [()]  # on the limit is not beyond it


def test_1_3s() -> None:
    assert _rules(["0", "-3.1"]) == [(), ("1_3s",)]
    assert _rules(["3"]) == [("1_2s",)]


def test_2_2s_same_side_only() -> None:
    assert _rules(["2.1", "2.2"]) == [("1_2s",), ("1_2s", "2_2s")]
    assert _rules(["-2.1", "-2.5"])[1] == ("1_2s", "2_2s")
    assert "2_2s" not in _rules(["2.1", "-2.2"])[1]
    assert "2_2s" not in _rules(["2.1", "0", "2.2"])[2]


def test_r_4s_within_a_run_only() -> None:
    assert _rules(["2.1", "-2.1"], ["r1", "r1"])[1] == ("1_2s", "R_4s")
    assert "R_4s" not in _rules(["2.1", "-2.1"], ["r1", "r2"])[1]
    assert "R_4s" not in _rules(["2.1", "1.9"], ["r1", "r1"])[1]


def test_4_1s() -> None:
    rules = _rules(["1.1", "1.5", "1.2", "1.3"])
    assert rules[3] == ("4_1s",) and rules[2] == ()
    assert "4_1s" not in _rules(["1.1", "1.5", "0.9", "1.3"])[3]
    assert _rules(["-1.1", "-1.5", "-1.2", "-1.3"])[3] == ("4_1s",)


def test_10_x() -> None:
    series = ["0.1", "0.2", "0.3", "0.1", "0.5", "0.2", "0.1", "0.3", "0.4", "0.2"]
    rules = _rules(series)
    assert rules[9] == ("10_x",) and all(r == () for r in rules[:9])
    assert _rules(series[:9] + ["-0.1"])[9] == ()
    assert _rules(series[:9] + ["0"])[9] == ()  # on the centre line breaks the run


def test_environment_problems() -> None:
    from labdesk.domain.quality.environment import Requirement, problems

    req = Requirement("量热室", D(15), D(30), D(75))
    assert problems(req, D(22), D(50)) == []
    assert problems(req, D(30), D(75)) == []  # the limits themselves are in range
    assert problems(req, D("30.1"), D(50)) == ["温度 30.1 ℃ 高于 30 ℃"]
    assert problems(req, D("14.9"), None) == ["温度 14.9 ℃ 低于 15 ℃", "没有湿度记录"]
    assert problems(Requirement("天平室", None, None, D(75)), None, D(80)) == ["相对湿度 80 % 高于 75 %"]


def test_signing_scope_covers() -> None:
    from labdesk.domain.quality.scope import scope_covers

    assert scope_covers("*", "foundry_coke") and scope_covers("coke", "foundry_coke")
    assert scope_covers("power_coal", "power_coal") and not scope_covers("power_coal", "chemical_coal")
    assert not scope_covers("coal", "metallurgical_coke") and not scope_covers("", "power_coal")
