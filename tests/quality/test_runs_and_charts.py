"""Reference materials, runs, control results, the block on submission, the quality manager's decision,
control charts and nonconformities."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied, RuleViolation, StateError
from labdesk.persistence.models import DeterminationRecord, TestItem
from labdesk.services import testing
from labdesk.services.quality import charts, materials, nonconformities, runs
from tests.quality.conftest import calibrated
from tests.testing.test_testing_service import PASSING_COAL, enter


def _crm(ctx, qm, lot="2020-01", expires=dt.date(2023, 1, 1)):
    return materials.register(ctx, qm, code="GBW11108", name="煤炭成分分析标准物质", lot=lot,
                              certified={"Aad": ("25.16", "0.20"), "St,ad": ("0.85", "0.03")},
                              expires_on=expires)


def test_materials_register_and_refusals(ctx, lab, qm):
    crm = _crm(ctx, qm)
    assert crm.certified["Aad"] == ("25.16", "0.20") and crm.kind_zh == "有证标准物质"
    with pytest.raises(RuleViolation, match="已登记"):
        _crm(ctx, qm)
    with pytest.raises(InputError, match="不确定度"):
        materials.register(ctx, qm, code="X", name="X", certified={"Aad": ("25", "0")})
    inhouse = materials.register(ctx, qm, code="NK-01", name="内控煤样", kind="inhouse",
                                 certified={"Aad": ("22.10", "")}, allowance={"Aad": "0.25"})
    assert inhouse.allowance == {"Aad": "0.25"}
    old = _crm(ctx, qm, lot="2018-01", expires=dt.date(2021, 7, 1))
    sid = lab.make_sample("power_coal")
    with pytest.raises(RuleViolation, match="过期"):
        runs.create_run(ctx, lab.actors["tester"], item_code="Aad", sample_ids=[sid], material_ids=[old.id])
    with pytest.raises(RuleViolation, match="标准物质"):
        runs.create_run(ctx, lab.actors["tester"], item_code="Aad", sample_ids=[sid])


def test_run_in_control_releases_submission(ctx, lab, qm):
    tester = lab.actors["tester"]
    crm = _crm(ctx, qm)
    sid = lab.make_sample("power_coal")
    eid = calibrated(ctx, qm, "SB-MAG")
    run = runs.create_run(ctx, tester, item_code="Aad", sample_ids=[sid], equipment_id=eid,
                          material_ids=[crm.id], blanks=1, duplicate_ids=[sid])
    assert [p.kind for p in run.positions] == ["reference", "blank", "sample", "duplicate"]
    assert run.positions[2].code == "B0001" and run.positions[0].code.startswith("QC")
    assert "GBW" not in run.positions[0].code
    enter(ctx, tester, sid, PASSING_COAL)
    with pytest.raises(StateError, match="质控样尚未测定完"):
        testing.submit_sample(ctx, tester, sid)
    run = runs.enter_position_value(ctx, tester, run.positions[0].id, "25.30")  # |0.14| <= 0.20
    assert run.state == "in_control" and run.positions[0].outcome == "pass"
    testing.submit_sample(ctx, tester, sid)
    with ctx.uow() as uow:
        recs = uow.session.scalars(select(DeterminationRecord).where(DeterminationRecord.item_code == "Aad")).all()
    assert recs and all(r.run_id == run.id for r in recs)  # every determination knows its run


def test_failed_control_blocks_until_redo_or_accept(ctx, lab, qm):
    tester = lab.actors["tester"]
    crm = _crm(ctx, qm)
    first, second = lab.make_sample("power_coal"), lab.make_sample("power_coal")
    run = runs.create_run(ctx, tester, item_code="Aad", sample_ids=[first, second], material_ids=[crm.id])
    for sid in (first, second):
        enter(ctx, tester, sid, PASSING_COAL)
    run = runs.enter_position_value(ctx, tester, run.positions[0].id, "25.45")  # 0.29 > 0.20
    assert run.state == "failed"
    for sid in (first, second):
        with pytest.raises(StateError, match="质控失败"):
            testing.submit_sample(ctx, tester, sid)
    ncs = nonconformities.list_nonconformities(ctx, qm, open_only=True)
    assert {n.source for n in ncs} >= {"control"}
    with pytest.raises(PermissionDenied):
        runs.decide(ctx, tester, run.id, "accept", "看起来还行")
    with pytest.raises(InputError, match="理由"):
        runs.decide(ctx, qm, run.id, "redo", " ")
    redo = runs.decide(ctx, qm, run.id, "redo", "标准物质结果偏高，重新灼烧")
    assert redo.redo_of == run.id and redo.state == "open"
    with pytest.raises(StateError):
        runs.decide(ctx, qm, run.id, "accept", "再次处理")
    with ctx.uow() as uow:
        rounds = uow.session.scalars(select(TestItem.round).where(TestItem.item_code == "Aad")).all()
    assert rounds == [2, 2]  # the samples' ash starts a new determination round
    with pytest.raises(StateError):
        testing.submit_sample(ctx, tester, first)
    ref = next(p for p in redo.positions if p.kind == "reference")
    runs.enter_position_value(ctx, tester, ref.id, "25.20")
    for sid in (first, second):
        enter(ctx, tester, sid, {"Aad": PASSING_COAL["Aad"]})
        testing.submit_sample(ctx, tester, sid)


def test_accept_with_reason(ctx, lab, qm):
    tester = lab.actors["tester"]
    crm = _crm(ctx, qm)
    sid = lab.make_sample("power_coal")
    run = runs.create_run(ctx, tester, item_code="Aad", sample_ids=[sid], material_ids=[crm.id])
    enter(ctx, tester, sid, PASSING_COAL)
    runs.enter_position_value(ctx, tester, run.positions[0].id, "24.90")
    accepted = runs.decide(ctx, qm, run.id, "accept", "偏差来自标准物质开封超期，样品平行结果良好")
    assert accepted.state == "accepted" and "开封" in accepted.decision_reason
    testing.submit_sample(ctx, tester, sid)


def test_westgard_violation_opens_a_nonconformity_and_fails_the_run(ctx, lab, qm):
    tester = lab.actors["tester"]
    crm = _crm(ctx, qm)  # centre 25.16, s = 0.10, allowance ±0.20 (= 2s)
    values = ["25.27", "25.28", "25.29", "25.27"]  # all beyond +1s: 4_1s on the fourth
    states = []
    for value in values:
        sid = lab.make_sample("power_coal")
        run = runs.create_run(ctx, tester, item_code="Aad", sample_ids=[sid], material_ids=[crm.id])
        states.append(runs.enter_position_value(ctx, tester, run.positions[0].id, value).state)
    assert states == ["in_control", "in_control", "in_control", "failed"]
    assert [n.source for n in nonconformities.list_nonconformities(ctx, qm)] == ["westgard"]
    chart = charts.control_chart(ctx, qm, crm.id, "Aad")
    assert chart.limits.centre.compare(__import__("decimal").Decimal("25.16")) == 0
    assert [p.rules for p in chart.points][-1] == ("4_1s",)
    assert (crm.id, "Aad", "Aad — GBW11108 煤炭成分分析标准物质") in charts.chart_options(ctx, tester)


def test_control_chart_pdf_renders(ctx, lab, qm, tmp_path, sqlite_only):
    tester = lab.actors["tester"]
    crm = _crm(ctx, qm)
    for value in ["25.10", "25.22", "25.18", "25.05", "25.40", "25.12", "24.80", "25.19"]:
        sid = lab.make_sample("power_coal")
        run = runs.create_run(ctx, tester, item_code="Aad", sample_ids=[sid], material_ids=[crm.id])
        runs.enter_position_value(ctx, tester, run.positions[0].id, value)
    pdf = charts.chart_pdf(ctx, qm, crm.id, "Aad")
    (tmp_path.parent / "chart-look.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    path = tmp_path / "chart.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "GBW11108" in text and "失控" in text and "1₃s" in text  # 25.40 is beyond 2s, 24.80 beyond 3s


def test_nonconformity_lifecycle(ctx, lab, qm):
    nc = nonconformities.open_manual(ctx, lab.actors["tester"], "天平室湿度记录缺失", "8 月 2 日上午未记录")
    assert nc.state == "open" and nc.nc_no.startswith("NC2021-")
    with pytest.raises(PermissionDenied):
        nonconformities.update(ctx, lab.actors["tester"], nc.id, cause="忘记")
    with pytest.raises(StateError, match="原因分析"):
        nonconformities.close(ctx, qm, nc.id)
    nonconformities.update(ctx, qm, nc.id, cause="记录人休假", correction="补记", corrective_action="指定 B 角",
                           verification="连续两周记录完整")
    closed = nonconformities.close(ctx, qm, nc.id)
    assert closed.state == "closed" and closed.closed_at is not None
    with pytest.raises(StateError):
        nonconformities.update(ctx, qm, nc.id, cause="改")
    assert nonconformities.list_nonconformities(ctx, qm, open_only=True) == []


def test_run_sheet_pdf_has_positions_and_blind_codes(ctx, lab, qm, tmp_path, sqlite_only):
    crm = _crm(ctx, qm)
    sid = lab.make_sample("power_coal")
    run = runs.create_run(ctx, lab.actors["tester"], item_code="Aad", sample_ids=[sid], material_ids=[crm.id],
                          blanks=1)
    pdf = runs.run_sheet_pdf(ctx, lab.actors["tester"], run.id)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    (tmp_path.parent / "sheet-look.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert run.run_no in text and "B0001" in text and run.positions[0].code in text and "BLK1" in text
    assert "GBW11108" not in text and "2021T" not in text  # neither the material nor the sample number
