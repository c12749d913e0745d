"""Chinese working-day arithmetic (工作日), independent of where the calendar comes from.

A *holiday provider* answers one question: is this day a working day?  In China
that is not just "Monday to Friday": official holidays (法定节假日) fall on
weekdays and make-up workdays (调休上班) fall on weekends.  The services supply a
provider backed by the ``chinesecalendar`` package plus the lab's editable table
(:mod:`labdesk.services.calendar`); tests use :class:`TableCalendar`.

Conventions used by every deadline in LabDesk:

- "within N working days after D" means the N-th working day strictly after D
  (:func:`add_working_days`);
- "within N days" (calendar days, e.g. 7 日内, 15 日内) means D + N
  (:func:`add_days`);
- :func:`working_days_between` counts working days in the half-open interval
  (start, end], so ``working_days_between(d, add_working_days(d, n)) == n``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

MAX_SCAN_DAYS = 366 * 2  # a guard against a provider that never returns a working day


class HolidayProvider(Protocol):
    def is_workday(self, day: dt.date) -> bool:  # pragma: no cover - protocol
        ...


@dataclass(frozen=True)
class TableCalendar:
    """Weekends off, except the listed make-up workdays; the listed holidays off.

    ``holidays`` and ``workdays`` are sets of dates; a date in both counts as a workday.
    """

    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)

    @classmethod
    def from_kinds(cls, kinds: Mapping[dt.date, str]) -> TableCalendar:
        """Build from ``{day: "holiday" | "workday"}``."""
        return cls(frozenset(d for d, k in kinds.items() if k == "holiday"),
                   frozenset(d for d, k in kinds.items() if k == "workday"))

    def is_workday(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


def is_workday(provider: HolidayProvider, day: dt.date) -> bool:
    return provider.is_workday(day)


def next_working_day(provider: HolidayProvider, day: dt.date) -> dt.date:
    """The first working day strictly after ``day``."""
    candidate = day
    for _ in range(MAX_SCAN_DAYS):
        candidate += dt.timedelta(days=1)
        if provider.is_workday(candidate):
            return candidate
    raise ValueError(f"no working day within {MAX_SCAN_DAYS} days after {day}")


def working_day_on_or_after(provider: HolidayProvider, day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the next one (a deadline falling on a holiday)."""
    return day if provider.is_workday(day) else next_working_day(provider, day)


def add_working_days(provider: HolidayProvider, day: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``day`` (``count`` ≥ 0; 0 gives ``day`` itself)."""
    if count < 0:
        raise ValueError("count must not be negative")
    current = day
    for _ in range(count):
        current = next_working_day(provider, current)
    return current


def working_days_between(provider: HolidayProvider, start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]; negative when ``end`` is before ``start``."""
    if end < start:
        return -working_days_between(provider, end, start)
    count = 0
    current = start
    while current < end:
        current += dt.timedelta(days=1)
        if provider.is_workday(current):
            count += 1
    return count


def add_days(day: dt.date, count: int) -> dt.date:
    """Calendar days (7 日内, 15 日内)."""
    return day + dt.timedelta(days=count)


def workdays_in(provider: HolidayProvider, days: Iterable[dt.date]) -> list[dt.date]:
    return [d for d in days if provider.is_workday(d)]
