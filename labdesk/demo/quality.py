"""Demo step, after the bench: the quality system at work.

- equipment: the proximate analyser, sulfur analyser, calorimeter, balance and drum tester in
  calibration, and an old muffle furnace whose calibration ran out on 2021-07-19 (停用);
- authorisations: 李强 for every coal and coke item, 王芳 for every item except the calorific
  value Qb,ad; signing fields: 陈刚 coal and coke products, 刘洋 all products;
- two CRMs (illustrative certificate values, not those of a real GBW lot);
- on the bench's waiting samples: a history of ash runs for the control chart, one ash run that
  passes, one sulfur run whose CRM fails (submission refused, the quality manager orders a redo,
  the redo passes), an entry refused because the furnace is overdue, and an entry by 王芳 refused
  because she is not authorised for Qb,ad;
- with ``--out``: ``qc/`` holds the ash control chart and the run sheets.

It runs last, so every result the earlier steps entered was made before the registers existed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import LabDeskError
from labdesk.persistence.models import Sample
from labdesk.services import testing
from labdesk.services.quality import authorisations, charts, equipment, hooks, materials, runs
from labdesk.services.testing import CellChange

COAL_ITEMS = ["Mt", "Mad", "Aad", "Vad", "St,ad", "Had", "Qb,ad", "Pd", "Cld", "Asd", "Hgd", "Fd"]
COKE_ITEMS = ["M40", "M25", "M10", "CRI", "CSR", "fines", "shatter", "breeze"]
# asset no, name, model, serial, location, items, calibrated on, due (None: never calibrated)
EQUIPMENT = (
    ("SB-01", "工业分析仪", "5E-MAG6700", "MAG2019031", "煤质分析室", ["Mad", "Aad", "Vad"], dt.date(2021, 3, 15),
     dt.date(2022, 3, 14)),
    ("SB-02", "库仑定硫仪", "5E-S3200", "S32-18077", "煤质分析室", ["St,ad"], dt.date(2021, 4, 2), dt.date(2022, 4, 1)),
    ("SB-03", "恒温式量热仪", "5E-C5508", "C55-20113", "量热室", ["Qb,ad"], dt.date(2021, 5, 10), dt.date(2022, 5, 9)),
    ("SB-04", "电子天平", "FA2004", "FA-4471", "天平室", ["Mt", "Mad", "Aad", "Vad", "St,ad"], dt.date(2021, 6, 1),
     dt.date(2022, 5, 31)),
    ("SB-05", "米库姆转鼓", "MK-1", "MK-0098", "焦炭物理性能室", ["M40", "M25", "M10"], dt.date(2021, 2, 20),
     dt.date(2022, 2, 19)),
    ("SB-09", "箱式马弗炉", "SX2-4-10", "SX-2011-07", "煤质分析室", ["Aad", "Vad"], dt.date(2020, 7, 20),
     dt.date(2021, 7, 19)),
)
ASH_HISTORY = ["25.12", "25.20", "25.08", "25.18", "25.25", "25.10", "25.15", "25.02", "25.22", "25.14"]


def _setup(demo: Any) -> dict[str, Any]:
    ctx, qm = demo.ctx, demo.actor("qm")
    made: dict[str, Any] = {}
    # The GUI runs on the real clock: equipment the demo keeps in calibration stays in calibration when the
    # demo database is opened later (due a year from the real today at the earliest); the furnace stays overdue.
    later = dt.date.today() + dt.timedelta(days=365)
    for asset, name, model, serial, place, items, on, nominal in EQUIPMENT:
        due = nominal if asset == "SB-09" else max(nominal, later)
        info = equipment.register(ctx, qm, asset_no=asset, name=name, model=model, serial_no=serial, location=place,
                                  items=items)
        equipment.record_check(ctx, qm, info.id, kind="calibration", performed_on=on, outcome="pass", next_due=due,
                               certificate_no=f"JZ{on.year}-{serial}", body="山西省计量科学研究院")
        made[asset] = info.id
    start = dt.date(2021, 1, 4)
    authorisations.grant(ctx, qm, user_id=demo.actor("tester1").user_id, kind="test",
                         scopes=COAL_ITEMS + COKE_ITEMS, valid_from=start, valid_to=None, record_ref="SGSQ-2021-003")
    authorisations.grant(ctx, qm, user_id=demo.actor("tester2").user_id, kind="test",
                         scopes=[i for i in COAL_ITEMS + COKE_ITEMS if i != "Qb,ad"], valid_from=start,
                         valid_to=None, record_ref="SGSQ-2021-004")
    authorisations.grant(ctx, qm, user_id=demo.actor("signatory").user_id, kind="sign", scopes=["coal", "coke"],
                         valid_from=start, valid_to=None, record_ref="QZSQ-2021-001")
    authorisations.grant(ctx, qm, user_id=qm.user_id, kind="sign", scopes=["*"], valid_from=start, valid_to=None,
                         record_ref="QZSQ-2021-002")
    made["crm"] = materials.register(
        ctx, qm, code="GBW11108", name="煤中灰分、挥发分、硫标准物质（演示值）", lot="2020-05",
        certified={"Aad": ("25.16", "0.20"), "Vad": ("27.85", "0.30"), "St,ad": ("0.85", "0.03")},
        expires_on=dt.date(2022, 12, 31), opened_on=dt.date(2021, 8, 2)).id
    materials.register(ctx, qm, code="GBW11126", name="煤发热量标准物质（演示值）", lot="2021-01",
                       certified={"Qb,ad": ("26380", "80")}, expires_on=dt.date(2023, 6, 30))
    return made


def _waiting(demo: Any) -> tuple[int, int]:
    with demo.ctx.uow() as uow:
        rows = uow.session.execute(select(Sample.id, Sample.product_code).where(Sample.state == "received")
                                   .order_by(Sample.id.desc())).all()
    coal = next(sid for sid, code in rows if code.endswith("_coal"))
    coke = next(sid for sid, code in rows if code.endswith("_coke"))
    return coal, coke


def _refusals(demo: Any, coal: int, furnace: int) -> list[str]:
    ctx, out = demo.ctx, []
    try:
        hooks.set_item_equipment(ctx, demo.actor("tester1"), coal, "Vad", [furnace])
    except LabDeskError as error:
        out.append(f"超期设备被拒：{error}")
    try:
        testing.apply_changes(ctx, demo.actor("tester2"), coal, [CellChange("Qb,ad", 1, "24350")])
    except LabDeskError as error:
        out.append(f"未授权录入被拒：{error}")
    return out


def _runs(demo: Any, made: dict[str, Any], coal: int, coke: int) -> list[str]:
    ctx, tester, qm, notes = demo.ctx, demo.actor("tester1"), demo.actor("qm"), []
    crm = made["crm"]
    for value in ASH_HISTORY:  # earlier ash runs: the chart's history
        run = runs.create_run(ctx, tester, item_code="Aad", sample_ids=[coal, coke], equipment_id=made["SB-01"],
                              material_ids=[crm])
        runs.enter_position_value(ctx, tester, run.positions[0].id, value)
        demo.clock.advance(hours=2)
    hooks.set_item_equipment(ctx, tester, coal, "Aad", [made["SB-01"], made["SB-04"]])
    hooks.set_item_equipment(ctx, tester, coal, "St,ad", [made["SB-02"], made["SB-04"]])
    good = runs.create_run(ctx, tester, item_code="Aad", sample_ids=[coal, coke], equipment_id=made["SB-01"],
                           material_ids=[crm], blanks=1, duplicate_ids=[coal], method="GB/T 212-2008 缓慢灰化法")
    runs.enter_position_value(ctx, tester, good.positions[0].id, "25.21")
    testing.apply_changes(ctx, tester, coal, [CellChange("Aad", 1, "22.10"), CellChange("Aad", 2, "22.25")])
    notes.append(f"批次 {good.run_no}（Aad）质控合格")
    bad = runs.create_run(ctx, tester, item_code="St,ad", sample_ids=[coal, coke], equipment_id=made["SB-02"],
                          material_ids=[crm], method="GB/T 214-2007 库仑滴定法")
    testing.apply_changes(ctx, tester, coal, [CellChange("St,ad", 1, "0.82"), CellChange("St,ad", 2, "0.85")])
    failed = runs.enter_position_value(ctx, tester, bad.positions[0].id, "0.91")
    try:
        testing.submit_sample(ctx, tester, coal)
    except LabDeskError as error:
        notes.append(f"批次 {failed.run_no}（St,ad）质控样 0.91 超出 0.85 ± 0.03，提交被拒：{error}")
    demo.clock.advance(hours=1)
    redo = runs.decide(ctx, qm, bad.id, "redo", "定硫仪电解液使用超过 1 周，更换电解液后重做本批次")
    runs.enter_position_value(ctx, tester, next(p.id for p in redo.positions if p.kind == "reference"), "0.86")
    testing.apply_changes(ctx, tester, coal, [CellChange("St,ad", 1, "0.83"), CellChange("St,ad", 2, "0.84")])
    notes.append(f"质量负责人决定重做为 {redo.run_no}，重做质控合格，样品重新测定")
    made["sheets"] = [good.id, bad.id, redo.id]
    return notes


def run(demo: Any) -> None:
    ctx = demo.ctx
    made = _setup(demo)
    coal, coke = _waiting(demo)
    notes = _refusals(demo, coal, made["SB-09"])
    notes += _runs(demo, made, coal, coke)
    for note in notes:
        demo.log("  " + note)
    if demo.out_dir is not None:
        qc = demo.out("qc")
        qm = demo.actor("qm")
        (qc / "控制图-Aad-GBW11108.pdf").write_bytes(charts.chart_pdf(ctx, qm, made["crm"], "Aad"))
        for run_id in made["sheets"]:
            info = runs.get_run(ctx, qm, run_id)
            (qc / f"工作单-{info.run_no}.pdf").write_bytes(runs.run_sheet_pdf(ctx, qm, run_id))
    demo.summary.append(
        f"质量体系：登记设备 {len(EQUIPMENT)} 台（SB-09 马弗炉超期停用）、上岗授权（王芳无发热量授权）、标准物质 2 种；"
        f"Aad 批次质控合格，St,ad 批次质控失败被阻止提交后重做合格；超期设备与未授权录入均被拒绝")
