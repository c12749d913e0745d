"""Working days across the 2021 National Day holiday and its make-up workdays (调休)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labdesk.domain.errors import InputError, PermissionDenied
from labdesk.domain.workdays import (
    TableCalendar,
    add_days,
    add_working_days,
    next_working_day,
    working_day_on_or_after,
    working_days_between,
)
from labdesk.services import calendar

D = dt.date
# 2021 per the State Council notice: 中秋 9/19–21 (9/18 Sat worked), 国庆 10/1–7 (9/26 Sun, 10/9 Sat worked)
NATIONAL_DAY_2021 = TableCalendar(
    holidays=frozenset({D(2021, 9, 19), D(2021, 9, 20), D(2021, 9, 21)} | {D(2021, 10, d) for d in range(1, 8)}),
    workdays=frozenset({D(2021, 9, 18), D(2021, 9, 26), D(2021, 10, 9)}),
)


@pytest.fixture(params=["table", "package"])
def cal(request: pytest.FixtureRequest) -> object:
    return NATIONAL_DAY_2021 if request.param == "table" else calendar.LabCalendar({})


def test_three_working_days_after_testing_ends_across_national_day(cal: object) -> None:
    # testing ends Thu 30 Sep: Fri 8 Oct (1), Sat 9 Oct make-up (2), Mon 11 Oct (3)
    assert add_working_days(cal, D(2021, 9, 30), 1) == D(2021, 10, 8)
    assert add_working_days(cal, D(2021, 9, 30), 2) == D(2021, 10, 9)
    assert add_working_days(cal, D(2021, 9, 30), 3) == D(2021, 10, 11)
    assert working_days_between(cal, D(2021, 9, 30), D(2021, 10, 11)) == 3
    assert working_days_between(cal, D(2021, 10, 11), D(2021, 9, 30)) == -3


def test_make_up_sunday_is_a_working_day(cal: object) -> None:
    # Fri 24 Sep + 1 working day is Sun 26 Sep (调休上班), not Mon 27
    assert add_working_days(cal, D(2021, 9, 24), 1) == D(2021, 9, 26)
    assert next_working_day(cal, D(2021, 9, 30)) == D(2021, 10, 8)
    assert working_day_on_or_after(cal, D(2021, 10, 3)) == D(2021, 10, 8)
    assert working_day_on_or_after(cal, D(2021, 10, 9)) == D(2021, 10, 9)
    # the whole holiday week counts zero working days
    assert working_days_between(cal, D(2021, 9, 30), D(2021, 10, 7)) == 0
    # 中秋: Fri 17 Sep → Sat 18 Sep worked → Wed 22 Sep
    assert add_working_days(cal, D(2021, 9, 17), 2) == D(2021, 9, 22)


def test_calendar_days_for_seven_and_fifteen_day_limits() -> None:
    assert add_days(D(2021, 9, 28), 7) == D(2021, 10, 5)  # 7 日内 counts holidays
    assert add_days(D(2021, 9, 20), 15) == D(2021, 10, 5)


def test_zero_and_negative_counts() -> None:
    assert add_working_days(NATIONAL_DAY_2021, D(2021, 10, 3), 0) == D(2021, 10, 3)
    with pytest.raises(ValueError):
        add_working_days(NATIONAL_DAY_2021, D(2021, 10, 3), -1)


@given(st.dates(min_value=D(2020, 1, 1), max_value=D(2026, 12, 1)), st.integers(min_value=0, max_value=30))
def test_between_inverts_add(day: dt.date, count: int) -> None:
    cal = calendar.LabCalendar({})
    assert working_days_between(cal, day, add_working_days(cal, day, count)) == count


def test_table_overrides_package_and_covers_missing_years(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    admin = actors["admin"]
    assert calendar.package_covers(2021) and not calendar.package_covers(2031)
    # a year chinesecalendar does not know: Mon–Fri until the table says otherwise
    cal = calendar.load_calendar(ctx)
    assert add_working_days(cal, D(2031, 9, 30), 1) == D(2031, 10, 1)
    calendar.set_holiday(ctx, admin, D(2031, 10, 1), "holiday", "国庆节")
    calendar.set_holiday(ctx, admin, D(2031, 10, 4), "workday", "国庆调休")  # a Saturday
    cal = calendar.load_calendar(ctx)
    assert add_working_days(cal, D(2031, 9, 30), 1) == D(2031, 10, 2)
    assert add_working_days(cal, D(2031, 10, 3), 1) == D(2031, 10, 4)
    # the table wins over the package: 8 Oct 2021 declared a holiday (e.g. a corrected notice)
    calendar.set_holiday(ctx, admin, D(2021, 10, 8), "holiday", "更正")
    cal = calendar.load_calendar(ctx)
    assert add_working_days(cal, D(2021, 9, 30), 1) == D(2021, 10, 9)
    assert cal.source(D(2021, 10, 8)) == "table" and cal.source(D(2021, 10, 11)) == "package"
    assert [h.day for h in calendar.list_holidays(ctx, actors["quality_manager"], 2031)] == [
        D(2031, 10, 1), D(2031, 10, 4)]
    calendar.delete_holiday(ctx, admin, D(2021, 10, 8))
    assert add_working_days(calendar.load_calendar(ctx), D(2021, 9, 30), 1) == D(2021, 10, 8)
    with pytest.raises(InputError):
        calendar.set_holiday(ctx, admin, D(2031, 1, 1), "weekend")
    with pytest.raises(PermissionDenied):
        calendar.set_holiday(ctx, actors["receptionist"], D(2031, 1, 1), "holiday")
