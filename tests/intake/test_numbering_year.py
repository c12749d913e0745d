"""Sample numbers follow the plan's year, not the calendar's (issue 13 item 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from labdesk.services import intake, numbering
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.intake import RegistrationDraft
from tests.conftest import FakeClock
from tests.intake.conftest import PlanFixture


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_late_sample_of_a_2021_plan_is_numbered_2021(ctx: ServiceContext, actors: dict[str, Actor],
                                                       draft: RegistrationDraft, plan: PlanFixture,
                                                       clock: FakeClock) -> None:
    clock.advance(days=200)  # registered in February 2022
    assert ctx.today().year == 2022
    sample = intake.register_sample(ctx, actors["receptionist"], draft)
    assert sample.sample_no == "2021DL0001"


def test_plan_year_falls_back_to_today() -> None:
    class NoPeriod:
        period_start = None

    assert numbering.plan_year(NoPeriod(), dt.date(2026, 12, 1)) == 2026
    assert numbering.plan_year(None, dt.date(2026, 12, 1)) == 2026
