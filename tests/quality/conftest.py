"""Quality-system fixtures: the testing area's lab (plan, enterprise, samples made in the database)."""

from __future__ import annotations

import datetime as dt

import pytest

from labdesk.services.context import Actor, ServiceContext
from labdesk.services.quality import equipment
from tests.testing.conftest import Lab, lab  # noqa: F401  (fixture re-exported)

TODAY = dt.date(2021, 8, 2)  # the FakeClock's lab day


def calibrated(ctx: ServiceContext, qm: Actor, asset_no: str, *, due: dt.date = dt.date(2022, 6, 30),
               items: tuple[str, ...] = ("Aad",), mapping_id: int | None = None) -> int:
    info = equipment.register(ctx, qm, asset_no=asset_no, name=f"设备{asset_no}", model="5E-MAG6700",
                              items=items, mapping_id=mapping_id)
    equipment.record_check(ctx, qm, info.id, kind="calibration", performed_on=dt.date(2021, 7, 1),
                           outcome="pass", next_due=due, certificate_no=f"JZ-{asset_no}")
    return info.id


@pytest.fixture
def qm(lab: Lab) -> Actor:  # noqa: F811
    return lab.actors["quality_manager"]
