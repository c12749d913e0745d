"""The home screen shows equipment due soon or stopped, and (to the quality manager) open nonconformities."""

from __future__ import annotations

import datetime as dt

from labdesk.services.deadlines import due_items
from labdesk.services.quality import nonconformities
from tests.quality.conftest import calibrated


def test_home_screen_reminders(ctx, lab, qm):
    calibrated(ctx, qm, "SB-SOON", due=dt.date(2021, 8, 20))
    calibrated(ctx, qm, "SB-LATE", due=dt.date(2021, 7, 20))
    calibrated(ctx, qm, "SB-FINE", due=dt.date(2022, 7, 20))
    nonconformities.open_manual(ctx, lab.actors["tester"], "温湿度计读数异常")
    tester_items = [i for i in due_items(ctx, lab.actors["tester"]) if i.page == "quality"]
    assert sorted(i.code for i in tester_items) == ["SB-LATE", "SB-SOON"]
    late = next(i for i in tester_items if i.code == "SB-LATE")
    assert late.overdue and late.title == "设备停用"
    qm_items = [i for i in due_items(ctx, qm) if i.page == "quality"]
    assert {i.kind for i in qm_items} == {"equipment", "nonconformity"}
    assert not [i for i in due_items(ctx, lab.actors["receptionist"]) if i.page == "quality"]
