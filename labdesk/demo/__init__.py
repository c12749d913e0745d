"""``labdesk demo``: walk the whole workflow through the same services the GUI uses.

Steps run in order; each is a module here with ``run(demo: DemoRun) -> None``:
``seed`` (users, plan, enterprises), ``intake`` (register, photograph, accept,
reject, label), ``testing`` (results, review), ``reports`` (sign, amend, notices),
``logistics`` (refusal, deliveries, objection, disposition, exports), ``bench`` (work left
waiting: samples to test, one to review, one to sign), ``quality`` (equipment, authorisations,
reference materials, runs and a control chart on the waiting samples).

The demo runs on a clock that starts in the 2021 seed plan's sampling period and
advances step by step, so dates, deadlines and the audit trail agree.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labdesk.services.context import Actor, ServiceContext
from labdesk.services.database import open_database

STEPS = ("seed", "intake", "testing", "reports", "logistics", "bench", "quality", "sampling", "plan2")
DEMO_PASSWORD = "demo1234"
DEMO_START = dt.datetime(2021, 8, 2, 1, 0, tzinfo=dt.UTC)  # 09:00 in Beijing


class DemoClock:
    """A clock that only moves when told to (``advance``), a little per call."""

    def __init__(self, start: dt.datetime = DEMO_START) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        self.current += dt.timedelta(seconds=1)
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)

    def set_day(self, day: dt.date, hour: int = 9) -> None:
        """Move to ``day`` at ``hour`` Beijing time (never backwards)."""
        target = dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC) - dt.timedelta(hours=8)
        self.current = max(self.current, target)


@dataclass
class DemoRun:
    ctx: ServiceContext
    clock: DemoClock
    out_dir: Path | None
    log: Callable[[str], None]
    users: dict[str, Actor] = field(default_factory=dict)  # by username
    data: dict[str, Any] = field(default_factory=dict)  # what one step hands to the next
    summary: list[str] = field(default_factory=list)

    def actor(self, username: str) -> Actor:
        return self.users[username]

    def out(self, *parts: str) -> Path:
        assert self.out_dir is not None
        path = self.out_dir.joinpath(*parts)
        path.mkdir(parents=True, exist_ok=True)
        return path


@dataclass(frozen=True)
class DemoResult:
    database: str
    summary: list[str]


def run_demo(db_url: str, out_dir: Path | None = None, *, log: Callable[[str], None] = lambda _: None,
             steps: tuple[str, ...] = STEPS) -> DemoResult:
    clock = DemoClock()
    ctx = open_database(db_url, clock=clock)
    try:
        demo = DemoRun(ctx=ctx, clock=clock, out_dir=out_dir, log=log)
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        for name in steps:
            module = importlib.import_module(f"labdesk.demo.{name}")
            log(f"[demo] {name}")
            module.run(demo)
        return DemoResult(database=ctx.engine.url.render_as_string(hide_password=True), summary=demo.summary)
    finally:
        ctx.engine.dispose()
