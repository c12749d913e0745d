"""Benchmark of the testing area: re-judging a 30 × 4 result grid, importing a 500-row analyser file.

Run: ``.venv/bin/python benchmarks/bench_testing.py`` (prints figures; not a timed test).

1. Engine call for a 30-item × 4-replicate sheet (what each keystroke in the grid costs).
2. The same through the Qt grid (``ResultGrid.preview``: engine + repainting feedback cells), offscreen.
3. Preview and import of a 500-row proximate-analyser CSV (GBK) into 250 samples, SQLite.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.services.testing import DeterminationInfo, ItemRow, SampleSheet, evaluate_values

CONTEXT = {"coal_rank": "other", "transport_km": "200"}
BASE = {"Mt": "8.5", "Mad": "1.55", "Aad": "25.1", "Vad": "28.4", "St,ad": "0.82", "Had": "3.6", "Qb,ad": "24350",
        "Pd": "0.012", "Cld": "0.025", "Asd": "4", "Hgd": "0.120", "Fd": "90"}


def big_ruleset() -> RuleSet:
    """power_coal plus 18 extra measured items (copies of Mad) — 30 measured items."""
    data = load_catalogue().ruleset("power_coal").to_dict()
    template = next(i for i in data["items"] if i["code"] == "Mad")
    for n in range(1, 19):
        extra = copy.deepcopy(template)
        extra["code"], extra["name_zh"] = f"X{n:02d}", f"附加项目{n:02d}"
        data["items"].append(extra)
    return RuleSet.from_dict(data)


def big_sheet() -> tuple[SampleSheet, RuleSet]:
    ruleset = big_ruleset()
    at = dt.datetime(2021, 8, 3, tzinfo=dt.UTC)
    rows = []
    for n, spec in enumerate(i for i in ruleset.items if not i.derived):
        base = BASE.get(spec.code, "10.00")
        step = "0.01" if "." in base else "1"
        dets = tuple(
            DeterminationInfo(n * 10 + k, 1, k, str(_add(base, step, k)), True, "manual", "李强", at)
            for k in range(1, 4)
        )
        rows.append(ItemRow(n, spec.code, spec.name_zh, spec.measured_unit, 1, "open", "", "", None, spec.kind, dets))
    sheet = SampleSheet(1, "B0001", "power_coal", "动力用煤", "in_testing", ruleset.to_dict(), ruleset.version,
                        ruleset.catalogue_version, dict(CONTEXT), {}, tuple(rows))
    return sheet, ruleset


def _add(base: str, step: str, k: int) -> str:
    from decimal import Decimal

    return str(Decimal(base) + Decimal(step) * (k - 1))


def bench_engine() -> None:
    sheet, ruleset = big_sheet()
    values = {code: [*v, v[0]] for code, v in sheet.values().items()}  # 4 replicates each
    times = []
    for _ in range(300):
        started = time.perf_counter()
        evaluate_values(ruleset, context=CONTEXT, declared={}, values=values)
        times.append((time.perf_counter() - started) * 1000)
    print(f"engine, 30 items × 4 replicates: median {statistics.median(times):.3f} ms, "
          f"p95 {sorted(times)[int(len(times) * 0.95)]:.3f} ms")


def bench_grid() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from labdesk.gui.widgets.result_grid import REP_COLS, ResultGrid

    app = QApplication.instance() or QApplication(sys.argv)
    sheet, ruleset = big_sheet()
    grid = ResultGrid()
    grid.resize(1400, 900)
    grid.show()
    started = time.perf_counter()
    grid.load(sheet, ruleset)
    app.processEvents()
    load_ms = (time.perf_counter() - started) * 1000
    times = []
    evals = []  # ResultGrid.last_eval_ms: judging + feedback cells, without the repaint (target < 20 ms)
    for r in range(30):
        for text in ("1", "10.", "10.0", "10.05"):
            started = time.perf_counter()
            grid.preview(r, REP_COLS[3], text)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
            evals.append(grid.last_eval_ms)
    print(f"grid load 30 × 4: {load_ms:.1f} ms; keystroke (engine + feedback + repaint): "
          f"median {statistics.median(times):.2f} ms, max {max(times):.2f} ms over {len(times)} keystrokes "
          f"(target median < 25 ms); evaluate alone: median {statistics.median(evals):.2f} ms, "
          f"max {max(evals):.2f} ms (target < 20 ms)")


def bench_import(rows: int = 500) -> None:
    from labdesk.domain.permissions import Role
    from labdesk.persistence.models import Enterprise, Portion, Sample
    from labdesk.services import auth, instruments, plans, users
    from labdesk.services.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        users.bootstrap_admin(ctx, username="admin", full_name="管理员", password="bench1234")
        admin = auth.login(ctx, "admin", "bench1234")
        users.create_user(ctx, admin, username="qm", full_name="质量", password="bench1234",
                          roles=(Role.QUALITY_MANAGER, Role.TESTER))
        qm = auth.login(ctx, "qm", "bench1234")
        plan_file = Path(__file__).resolve().parents[1] / "resources" / "plans" / "shanxi-2021-coal-coke.toml"
        plan = plans.import_plan(ctx, qm, plans.read_plan_file(plan_file))
        product = next(p.id for p in plan.products if p.product_code == "power_coal")
        samples = rows // 2
        with ctx.uow() as uow:
            ent = Enterprise(name="基准煤业")
            uow.session.add(ent)
            uow.flush()
            for n in range(1, samples + 1):
                s = Sample(sample_no=f"S{n:05d}", blind_code=f"B{n:05d}", form_no=f"F{n}", plan_id=plan.id,
                           plan_product_id=product, product_code="power_coal", domain="production",
                           sampled_unit_id=ent.id, sampling_date=dt.date(2021, 8, 1), context=dict(CONTEXT),
                           state="received")
                s.portions.append(Portion(kind="test", code=f"T{n:05d}-J"))
                uow.session.add(s)
            uow.commit()
        instruments.seed_default_mappings(ctx, qm)
        mapping = next(m for m in instruments.list_mappings(ctx, qm) if m.instrument_type == "proximate")
        lines = ["序号,试样编号,试样名称,Mad(%),Aad(%),Vad(%),FCad(%),测试时间"]
        for k in range(rows):
            n = k // 2 + 1
            lines.append(f"{k + 1},T{n:05d}-J,煤样,1.5{k % 2},25.1{k % 2},28.4{k % 2},44.9,2021-08-03 09:00")
        raw = ("\r\n".join(lines) + "\r\n").encode("gbk")
        started = time.perf_counter()
        preview = instruments.preview_import(ctx, qm, mapping.id, "bench.csv", raw)
        preview_s = time.perf_counter() - started
        assert preview.ok, preview.bad_rows[:3]
        started = time.perf_counter()
        result = instruments.import_file(ctx, qm, mapping.id, "bench.csv", raw)
        import_s = time.perf_counter() - started
        print(f"instrument import, {rows} rows / {result.determinations} values / {samples} samples (SQLite): "
              f"preview {preview_s:.2f} s, import {import_s:.2f} s")
        ctx.engine.dispose()


if __name__ == "__main__":
    bench_engine()
    bench_grid()
    bench_import()
