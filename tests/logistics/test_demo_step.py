"""The demo's logistics step on a seeded database with reported samples."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from labdesk.demo import DEMO_PASSWORD, DemoClock, DemoRun, seed
from labdesk.demo import logistics as step
from labdesk.persistence.models import Delivery, Disposition, Objection, Photo, Refusal
from labdesk.services.database import open_database
from tests.logistics import factory

FAILING = {"Mt": ["7.9", "8.1"], "Mad": ["3.98", "4.02"], "Aad": ["44.90", "45.10"], "Vad": ["23.95", "24.05"],
           "St,ad": ["0.95", "0.97"], "Had": ["3.00", "3.00"], "Qb,ad": ["25000", "25100"]}


def test_demo_logistics_step(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    clock = DemoClock()
    ctx = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}", clock=clock)
    try:
        demo = DemoRun(ctx=ctx, clock=clock, out_dir=tmp_path / "out", log=lambda _: None)
        seed.run(demo)
        plan, ids = demo.data["plan"], demo.data["enterprise_ids"]
        signer = demo.actor("signatory")
        bad = factory.sample(ctx, plan, "power_coal", ids[0], "大同", state="received", seal="FT-2021-0001")
        factory.determinations(ctx, bad, FAILING)
        fail_items = {"Ad": ("46.88", "≤40.00", "fail"), "St,d": ("1.00", "≤3.00", "pass")}
        factory.report(ctx, bad, signer, dt.date(2021, 8, 2), fail_items, "fail")
        for unit, region in ((ids[3], "阳泉"), (ids[4], "吕梁")):
            good = factory.sample(ctx, plan, "power_coal", unit, region, state="received")
            factory.report(ctx, good, signer, dt.date(2021, 8, 2), factory.PASS_ITEMS, "pass")
        from labdesk.reports import pki
        from labdesk.services import credentials

        ca = pki.make_ca("演示 CA", "演示实验室", now=clock())
        admin = demo.actor("admin")
        credentials.import_ca_certificate(ctx, admin, ca.pem)
        credentials.import_pkcs12(ctx, admin, signer.user_id, pki.issue_signatory(ca, "陈刚", "演示实验室", DEMO_PASSWORD,
                                                                               now=clock()), DEMO_PASSWORD,
                                   owner_password=DEMO_PASSWORD)
        step.run(demo)
        with ctx.uow() as uow:
            assert uow.session.scalar(select(Refusal.county_confirmed_on)) is not None
            duties = sorted(uow.session.scalars(select(Delivery.duty)))
            assert duties.count("pass_enterprise") == 2 and "fail_province" in duties and "summary" in duties
            objections = {o.state: o for o in uow.session.scalars(select(Objection))}
            assert set(objections) == {"decided", "refused"}
            assert objections["decided"].outcome == "upheld" and objections["decided"].seal_ok
            assert uow.session.scalar(select(Photo.stage)) == "retest"
            assert len(list(uow.session.scalars(select(Disposition)))) == 3
        retest_pdfs = list((tmp_path / "out" / "retest").glob("复检结果报告-*-FJ.pdf"))
        assert len(retest_pdfs) == 1
        from labdesk.services import reports

        assert reports.verify_report(ctx, retest_pdfs[0].read_bytes()).ok
        with ctx.uow() as uow:
            assert {"retest_applicant", "retest_bureau"} <= set(uow.session.scalars(select(Delivery.duty)))
        exports = tmp_path / "out" / "exports"
        names = sorted(p.name for p in exports.iterdir())
        assert len(names) == 6 and any(n.endswith(".xlsx") and "汇总" in n for n in names)
        wb = load_workbook(next(exports.glob("检验情况汇总表-*.xlsx")))
        assert wb.active.max_row == 4 + 3
        assert wb["样品处置情况"].max_row == 4 + 3 and wb["异议与复检"].max_row == 4 + 2
        assert "退还受检单位" in str(wb["样品处置情况"].cell(row=5, column=7).value) + str(
            wb["样品处置情况"].cell(row=6, column=7).value)
        assert "拒检 1 家" in demo.summary[-1] and "逾期异议" in demo.summary[-1]
    finally:
        ctx.engine.dispose()
    # the same database through `labdesk export`
    from labdesk.cli import main

    monkeypatch.setenv("LABDESK_PASSWORD", "demo1234")
    code = main(["export", "--plan", "SX-2021-158", "--out", str(tmp_path / "cli"), "--db",
                 f"sqlite:///{tmp_path / 'demo.sqlite3'}", "--user", "qm", "--only", "summary,analysis"])
    assert code == 0
    assert sorted(p.suffix for p in (tmp_path / "cli").iterdir()) == [".pdf", ".xlsx"]
    assert "出具报告 3 批次" in capsys.readouterr().out
    assert main(["export", "--plan", "NOPE", "--out", str(tmp_path / "x"), "--db",
                 f"sqlite:///{tmp_path / 'demo.sqlite3'}", "--user", "qm"]) == 2
    assert main(["export", "--plan", "SX-2021-158", "--out", str(tmp_path / "y"), "--db",
                 f"sqlite:///{tmp_path / 'demo.sqlite3'}", "--user", "tester1"]) == 2  # no export permission
