"""Result entry, live judging, edit audit, submission, blind queue and decoding (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from labdesk.domain.errors import (
    ConcurrentEditError,
    DutySeparationError,
    InputError,
    PermissionDenied,
    StateError,
)
from labdesk.persistence.models import AuditEvent, Sample, SampleEvaluation, TestItem
from labdesk.services import testing
from labdesk.services.testing import CellChange

COAL_ITEMS = ("Mt", "Mad", "Aad", "Vad", "St,ad", "Had", "Qb,ad", "Pd", "Cld", "Asd", "Hgd", "Fd")
PASSING_COAL = {"Mt": ["8.5", "8.7"], "Mad": ["1.52", "1.58"], "Aad": ["25.10", "25.20"],
                "Vad": ["28.40", "28.60"], "St,ad": ["0.82", "0.85"], "Had": ["3.60", "3.70"],
                "Qb,ad": ["24350", "24410"]}


def enter(ctx, actor, sid, values: dict[str, list[str]]) -> testing.SampleSheet:
    changes = [CellChange(code, seq, v) for code, vs in values.items() for seq, v in enumerate(vs, 1)]
    return testing.apply_changes(ctx, actor, sid, changes)


def test_blind_queue_shows_only_blind_code_product_and_items(ctx, lab):
    sid = lab.make_sample("power_coal")
    lab.make_sample("metallurgical_coke", state="registered")  # not yet received: not in the queue
    queue = testing.blind_queue(ctx, lab.actors["tester"])
    assert [e.blind_code for e in queue] == ["B0001"]
    entry = queue[0]
    assert entry.sample_id == sid and entry.product_name_zh == "动力用煤"
    assert entry.items == COAL_ITEMS
    forbidden = {"sample_no", "sampled_unit", "enterprise", "producer", "form_no", "trademark", "samplers"}
    assert not {f.name for f in dataclasses.fields(testing.QueueEntry)} & forbidden
    assert "秘密" not in repr(queue)
    sheet = testing.open_sample(ctx, lab.actors["tester"], sid)
    assert "秘密" not in repr(sheet) and "2021T0001" not in repr(sheet)
    assert not {f.name for f in dataclasses.fields(testing.SampleSheet)} & forbidden
    with pytest.raises(PermissionDenied):
        testing.blind_queue(ctx, lab.actors["receptionist"])
    assert testing.find_by_code(ctx, lab.actors["tester"], "T0001-J") == sid
    assert testing.find_by_code(ctx, lab.actors["tester"], " B0001 ") == sid
    assert testing.find_by_code(ctx, lab.actors["tester"], "T0001-B") is None  # backup portion is not tested


def test_open_creates_measured_items_once(ctx, lab):
    sid = lab.make_sample("power_coal")
    sheet = testing.open_sample(ctx, lab.actors["tester"], sid)
    assert tuple(i.code for i in sheet.items) == COAL_ITEMS  # derived Ad, St,d, Qnet,ar... are not test items
    assert sheet.item("Qb,ad").unit == "J/g"
    assert sheet.item("St,ad").method.startswith("GB/T 214")
    testing.open_sample(ctx, lab.actors["tester"], sid)
    with ctx.uow() as uow:
        assert len(uow.session.scalars(select(TestItem).where(TestItem.sample_id == sid)).all()) == 12
    sheet = testing.set_item_method(ctx, lab.actors["tester"], sid, "St,ad", instrument="5E-S3200 定硫仪",
                                    method="GB/T 214-2007 库仑滴定法")
    assert (sheet.item("St,ad").instrument, sheet.item("St,ad").method) == ("5E-S3200 定硫仪",
                                                                          "GB/T 214-2007 库仑滴定法")
    with pytest.raises(InputError, match="Aad"):
        testing.enter_determination(ctx, lab.actors["tester"], sid, "Aad", 1, "25,1")
    with pytest.raises(InputError, match="Aad"):
        testing.enter_determination(ctx, lab.actors["tester"], sid, "Aad", 1, "125.1")


def test_live_judging_third_determination_and_pass(ctx, lab):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    sheet = enter(ctx, tester, sid, {"Mad": ["1.52", "1.58"], "Aad": ["25.10", "25.45"]})
    assert sheet.state == "in_testing"
    items = sheet.evaluation["items"]
    assert items["Mad"]["replicates"]["status"] == "accepted"
    assert items["Aad"]["replicates"]["status"] == "need_more"  # 0.35 > r = 0.30
    assert sheet.evaluation["verdict"] == "incomplete"
    sheet = testing.enter_determination(ctx, tester, sid, "Aad", 3, "25.30")
    assert sheet.evaluation["items"]["Aad"]["replicates"]["status"] == "accepted"  # 0.35 <= 1.2r = 0.36
    assert sheet.evaluation["items"]["Ad"]["value"] == "25.68"  # 25.2833 × 100/(100 − 1.55)
    sheet = enter(ctx, tester, sid, {"St,ad": ["0.82", "0.85"]})
    assert sheet.evaluation["verdict"] == "pass"
    assert sheet.verdict == "pass"
    with ctx.uow() as uow:
        snap = uow.session.scalars(select(SampleEvaluation).where(SampleEvaluation.sample_id == sid)
                                   .order_by(SampleEvaluation.id.desc())).first()
        assert snap.verdict == "pass" and snap.ruleset_version and snap.catalogue_version
        assert uow.session.get(Sample, sid).verdict == "pass"


def test_edit_and_delete_need_reason_and_are_in_history(ctx, lab):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    enter(ctx, tester, sid, {"Aad": ["25.10", "25.20"]})
    with pytest.raises(InputError, match="理由"):
        testing.apply_changes(ctx, tester, sid, [CellChange("Aad", 2, "25.25")])
    with pytest.raises(InputError, match="理由"):
        testing.apply_changes(ctx, tester, sid, [CellChange("Aad", 2, "")])
    testing.edit_determination(ctx, tester, sid, "Aad", 2, "25.25", "抄录错误，按原始记录更正", seen="25.20")
    with pytest.raises(ConcurrentEditError, match="已被他人修改，请重新载入"):  # stale: the value seen was 25.20
        testing.edit_determination(ctx, tester, sid, "Aad", 2, "25.30", "再改", seen="25.20")
    with pytest.raises(ConcurrentEditError, match="已被他人修改，请重新载入"):
        testing.delete_determination(ctx, tester, sid, "Aad", 2, "再删", seen="25.20")
    sheet = testing.delete_determination(ctx, tester, sid, "Aad", 1, "坩埚破损，数据作废", seen="25.10")
    assert sheet.item("Aad").cell_values() == {2: "25.25"}
    # the deleted determination is kept, inactive
    assert [(d.seq, d.value_text, d.active) for d in sheet.item("Aad").determinations] == [
        (1, "25.10", False), (2, "25.25", True)]
    history = testing.sample_history(ctx, tester, sid)
    edit = next(h for h in history if h.action == "testing.determination_edited")
    assert (edit.item_code, edit.seq, edit.old, edit.new, edit.reason) == (
        "Aad", 2, "25.20", "25.25", "抄录错误，按原始记录更正")
    assert edit.username == "tester"
    # somebody else's change since the grid was loaded is not overwritten silently
    with pytest.raises(ConcurrentEditError):
        testing.apply_changes(ctx, lab.actors["tester2"], sid, [CellChange("Aad", 2, "25.30", expected="25.20")],
                              "x")
    deleted = next(h for h in history if h.action == "testing.determination_deleted")
    assert (deleted.old, deleted.new, deleted.reason) == ("25.10", None, "坩埚破损，数据作废")


def test_rejected_set_is_redone_in_a_new_round(ctx, lab):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    sheet = enter(ctx, tester, sid, {"St,ad": ["0.80", "0.95", "1.10", "1.25"]})
    assert sheet.evaluation["items"]["St,ad"]["replicates"]["status"] == "rejected"
    with pytest.raises(InputError):
        testing.redo_item(ctx, tester, sid, "St,ad", "")
    sheet = testing.redo_item(ctx, tester, sid, "St,ad", "四次测定超差，重新测定")
    assert sheet.item("St,ad").round == 2 and sheet.item("St,ad").current == ()
    assert len(sheet.item("St,ad").determinations) == 4  # the first round stays visible
    sheet = enter(ctx, tester, sid, {"St,ad": ["0.82", "0.85"]})
    assert sheet.evaluation["items"]["St,ad"]["replicates"]["status"] == "accepted"


def test_submit_requires_complete_results(ctx, lab):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    enter(ctx, tester, sid, {"Mad": ["1.52", "1.58"], "Aad": ["25.10", "25.45"]})
    with pytest.raises(StateError, match="Aad"):
        testing.submit_sample(ctx, tester, sid)
    rest = {k: v for k, v in PASSING_COAL.items() if k not in ("Mad", "Aad")}
    enter(ctx, tester, sid, rest)
    testing.enter_determination(ctx, tester, sid, "Aad", 3, "25.30")
    sheet = testing.submit_sample(ctx, tester, sid)
    assert sheet.state == "submitted"
    assert sid not in {e.sample_id for e in testing.blind_queue(ctx, tester)}
    with pytest.raises(StateError):
        testing.enter_determination(ctx, tester, sid, "Pd", 1, "0.010")


def test_failing_coal_sulfur_above_limit(ctx, lab):
    sid = lab.make_sample("power_coal")
    values = dict(PASSING_COAL, **{"St,ad": ["3.20", "3.28"]})
    sheet = enter(ctx, lab.actors["tester"], sid, values)
    assert sheet.evaluation["verdict"] == "fail"
    assert "St,d" in sheet.evaluation["failed_items"]


def test_sampler_cannot_enter_results(ctx, lab):
    """抽检分离: a person named as a sampler of the sample cannot open, enter, redo or submit it."""
    sid = lab.make_sample("power_coal", samplers=("sampler",))
    sampler = lab.actors["sampler"]  # a tester by role
    for call in (
        lambda: testing.open_sample(ctx, sampler, sid),
        lambda: testing.enter_determination(ctx, sampler, sid, "Aad", 1, "25.1"),
        lambda: testing.redo_item(ctx, sampler, sid, "Aad", "x"),
        lambda: testing.submit_sample(ctx, sampler, sid),
        lambda: testing.set_item_method(ctx, sampler, sid, "Aad", instrument="x"),
    ):
        with pytest.raises(DutySeparationError, match="抽检分离") as info:
            call()
        assert info.value.rule == testing.RULE_SAMPLING_TESTING
    # another tester may
    testing.enter_determination(ctx, lab.actors["tester"], sid, "Aad", 1, "25.1")


def test_decode_blind_is_restricted_and_audited(ctx, lab):
    lab.make_sample("power_coal")
    for name in ("tester", "reviewer", "receptionist"):
        with pytest.raises(PermissionDenied):
            testing.decode_blind(ctx, lab.actors[name], "B0001")
    for name in ("quality_manager", "signatory"):
        decoded = testing.decode_blind(ctx, lab.actors[name], "B0001", reason="核对抽样单")
        assert decoded.sample_no == "2021T0001" and decoded.sampled_unit == "山西秘密煤业有限公司"
    with ctx.uow() as uow:
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "testing.blind_decoded")).all()
        assert [e.username for e in events] == ["quality_manager", "signatory"]
        assert events[0].reason == "核对抽样单"
    # decoding never shows up in the tester's history panel
    sid = testing.find_by_code(ctx, lab.actors["tester"], "B0001")
    assert all(h.action != "testing.blind_decoded" for h in testing.sample_history(ctx, lab.actors["tester"], sid))


def test_missing_sampling_condition_keeps_values_but_blocks_submission(ctx, lab):
    sid = lab.make_sample("power_coal", context={"transport_km": "200"})  # coal_rank missing at intake
    sheet = enter(ctx, lab.actors["tester"], sid, PASSING_COAL)
    assert sheet.evaluation is None and sheet.item("Aad").cell_values() == {1: "25.10", 2: "25.20"}
    with pytest.raises(InputError, match="context.coal_rank"):
        testing.submit_sample(ctx, lab.actors["tester"], sid)
