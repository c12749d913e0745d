"""The home screen's due list: per role, with overdue flags, on Chinese working days."""

from __future__ import annotations

import datetime as dt

import pytest

from labdesk.domain.errors import PermissionDenied
from labdesk.services import logistics
from labdesk.services.deadlines import due_items
from tests.logistics import factory

D = dt.date


@pytest.fixture(autouse=True)
def after_the_events(clock) -> None:  # type: ignore[no-untyped-def]
    """No event may lie in the future: 'today' is after every date these tests record."""
    clock.current = dt.datetime(2021, 11, 30, 2, 0, tzinfo=dt.UTC)


def test_due_items_by_role_with_overdue_flags(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    qm, rec, signer = actors["quality_manager"], actors["receptionist"], actors["signatory"]
    plan = factory.seed_plan(ctx, qm)
    unit = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同")
    # testing ends Thu 30 Sep 2021: results due 3 working days later, across National Day → Mon 11 Oct
    sid = factory.sample(ctx, plan, "power_coal", unit, "大同", state="received", sampling_date=D(2021, 9, 20),
                         finished=dt.datetime(2021, 9, 30, 8, tzinfo=dt.UTC))
    factory.report(ctx, sid, signer, D(2021, 10, 8), factory.FAIL_ITEMS, "fail")
    pending = factory.sample(ctx, plan, "power_coal", unit, "大同", state="registered", sampling_date=D(2021, 10, 9))

    qm_items = due_items(ctx, qm, today=D(2021, 10, 10))
    results = next(i for i in qm_items if i.kind == "ecqs_results")
    assert results.due_on == D(2021, 10, 11) and not results.overdue and results.days_left == 1
    province = next(i for i in qm_items if i.kind == "delivery" and "省局" in i.title and i.sample_id == sid)
    assert province.due_on == D(2021, 10, 15)  # 7 days after issue on 8 Oct
    assert all(i.kind != "ecqs_sampling" or i.permission.value == "export_plan" for i in qm_items)

    rec_items = due_items(ctx, rec, today=D(2021, 10, 12))
    kinds = {i.kind for i in rec_items}
    assert "ecqs_results" not in kinds and "objection" not in kinds  # not the receptionist's job
    sampling = {i.sample_id: i for i in rec_items if i.kind == "ecqs_sampling"}
    assert sampling[sid].overdue and sampling[sid].due_on == D(2021, 9, 21)
    assert sampling[pending].due_on == D(2021, 10, 10) and sampling[pending].overdue
    assert rec_items[0].overdue  # overdue first
    assert "逾期" in sampling[sid].due_text

    assert due_items(ctx, actors["tester"], today=D(2021, 10, 12)) == []
    logistics.mark_ecqs_entered(ctx, rec, [sid, pending], "sampling", D(2021, 10, 10))
    assert not [i for i in due_items(ctx, rec, today=D(2021, 10, 12)) if i.kind == "ecqs_sampling"]
    logistics.mark_ecqs_entered(ctx, qm, [sid], "results", D(2021, 10, 11))
    assert not [i for i in due_items(ctx, qm, today=D(2021, 10, 12)) if i.kind in ("ecqs_results", "plan")]

    # deliveries, then the disposition reminder once the objection period is over
    logistics.record_delivery(ctx, rec, duty="fail_enterprise", method="ems", tracking_no="EA123", recipient="云冈",
                              sent_on=D(2021, 10, 8), received_on=D(2021, 10, 11), sample_id=sid)
    items = due_items(ctx, rec, today=D(2021, 10, 27))
    disposal = next(i for i in items if i.kind == "disposition")
    assert disposal.due_on == D(2021, 10, 27) and not disposal.overdue  # 26 Oct + next working day
    assert "交由" in disposal.title


def test_refusal_and_objection_reminders(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    plan = factory.seed_plan(ctx, qm)
    unit = factory.enterprise(ctx, "忻州市神达能源有限公司", "忻州")
    logistics.record_refusal(ctx, qm, plan_id=plan.id, enterprise_id=unit, product_code="power_coal",
                             occurred_on=D(2021, 9, 30), description="拒绝抽样", samplers=["孙伟", "周杰"])
    refusal = next(i for i in due_items(ctx, qm, today=D(2021, 10, 9)) if i.kind == "refusal")
    assert refusal.due_on == D(2021, 10, 8) and refusal.overdue and "报送省局" in refusal.title
    with pytest.raises(PermissionDenied):
        due_items(ctx, type(qm)(9999, "ghost", "ghost", qm.roles))


def test_many_items_of_one_task_are_grouped() -> None:
    from labdesk.domain.permissions import Permission
    from labdesk.services.deadlines import DueItem, group_items

    items = [DueItem("ecqs_sampling", "e-CQS 录入抽样信息", f"样品 S{i}", D(2021, 8, 3), False, 1,
                     Permission.REGISTER_SAMPLE, "intake", 1, i, f"S{i}") for i in range(5)]
    items.append(DueItem("delivery", "送达", "x", D(2021, 8, 3), False, 1, Permission.RECORD_DELIVERY, "logistics",
                         1, 99, "S99"))
    grouped = group_items(items)
    assert len(grouped) == 2
    line = next(i for i in grouped if i.kind == "ecqs_sampling")
    assert line.title == "e-CQS 录入抽样信息（5 批）" and line.sample_id is None and "S0、S1、S2" in line.detail
    assert len(group_items(items[:3])) == 3
