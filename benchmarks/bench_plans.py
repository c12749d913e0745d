"""Benchmark: the plan progress dashboard over 100 000 samples (prints figures).

    .venv/bin/python benchmarks/bench_plans.py [--samples 100000] [--db URL]

Without --db it uses a temporary SQLite file; pass a PostgreSQL URL (an empty
database) to measure there.  Rows are bulk-inserted with SQLAlchemy Core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from labdesk.domain.permissions import Role
from labdesk.paths import resource
from labdesk.persistence.models import Enterprise, Refusal, Sample
from labdesk.services import auth, plans, users
from labdesk.services.database import open_database
from labdesk.services.deadlines import due_items

STATES = (["reported"] * 60 + ["received"] * 10 + ["in_testing"] * 10 + ["submitted"] * 5 + ["approved"] * 5
          + ["registered"] * 5 + ["rejected"] * 3 + ["terminated"] * 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=100_000)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{Path(tmp.name) / 'bench.sqlite3'}"
    ctx = open_database(url, clock=lambda: dt.datetime(2021, 9, 20, 2, tzinfo=dt.UTC))
    users.bootstrap_admin(ctx, username="admin", full_name="管理员", password="bench1234")
    admin = auth.login(ctx, "admin", "bench1234")
    users.create_user(ctx, admin, username="qm", full_name="刘洋", password="bench1234", roles=(Role.QUALITY_MANAGER,))
    qm = auth.login(ctx, "qm", "bench1234")
    plan = plans.import_plan(ctx, qm, plans.read_plan_file(resource("plans", "shanxi-2021-coal-coke.toml")),
                             institution="山西省工业标准化研究院")
    regions = ["大同", "朔州", "忻州", "阳泉", "吕梁"]
    rng = random.Random(7)
    started = time.perf_counter()
    with ctx.uow() as uow:
        uow.session.execute(insert(Enterprise), [
            {"name": f"企业{i:04d}", "region": regions[i % 5], "county": "某区", "version": 1} for i in range(500)])
        uow.commit()
    with ctx.uow() as uow:
        enterprise_ids = [e.id for e in uow.session.query(Enterprise.id)]
    now = dt.datetime(2021, 9, 1, tzinfo=dt.UTC)
    batch = []
    for n in range(args.samples):
        product = plan.products[n % len(plan.products)]
        state = rng.choice(STATES)
        batch.append({
            "sample_no": f"B{n:07d}", "blind_code": f"X{n:07d}", "form_no": f"F{n:07d}", "plan_id": plan.id,
            "plan_product_id": product.id, "product_code": product.product_code, "domain": "production",
            "sampled_unit_id": rng.choice(enterprise_ids), "sampling_date": dt.date(2021, 8, 1) + dt.timedelta(n % 40),
            "region": rng.choice(regions), "state": state, "version": 1, "registered_at": now,
            "verdict": ("fail" if rng.random() < 0.12 else "pass") if state == "reported" else None,
            "received_at": now if state not in ("registered", "rejected") else None,
            "testing_finished_at": now if state in ("submitted", "approved", "reported") else None,
        })
        if len(batch) == 10_000:
            with ctx.uow() as uow:
                uow.session.execute(insert(Sample), batch)
                uow.commit()
            batch = []
    if batch:
        with ctx.uow() as uow:
            uow.session.execute(insert(Sample), batch)
            uow.commit()
    with ctx.uow() as uow:
        uow.session.execute(insert(Refusal), [
            {"plan_id": plan.id, "enterprise_id": enterprise_ids[i], "product_code": "power_coal",
             "occurred_on": dt.date(2021, 8, 3), "description": "拒检", "samplers": ["甲", "乙"], "witnesses": [],
             "version": 1} for i in range(200)])
        uow.commit()
    load = time.perf_counter() - started
    timings = []
    progress = None
    for _ in range(7):
        t0 = time.perf_counter()
        progress = plans.plan_progress(ctx, qm, plan.id)
        timings.append(time.perf_counter() - t0)
    assert progress is not None
    everyone = []
    for _ in range(3):
        t0 = time.perf_counter()
        plans.plan_progress(ctx, qm, plan.id, institution="")
        everyone.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    items = due_items(ctx, qm, today=dt.date(2021, 9, 20))
    due = time.perf_counter() - t0
    totals = progress.totals
    print(f"database: {ctx.engine.url.get_backend_name()}  samples: {args.samples:,}  refusals: 200")
    print(f"bulk load: {load:.1f} s")
    print(f"plan_progress (lab's 4 quotas): median {statistics.median(timings) * 1000:.0f} ms, "
          f"min {min(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms over {len(timings)} runs")
    print(f"plan_progress (all 8 quotas): median {statistics.median(everyone) * 1000:.0f} ms")
    print(f"totals: sampled {totals.sampled:,}, reported {totals.reported:,}, failed {totals.failed:,}, "
          f"refused {totals.refused}, pass rate {totals.pass_rate}%")
    print(f"due_items for the quality manager (e-CQS results over every sample): {due * 1000:.0f} ms, "
          f"{len(items):,} items")
    ctx.engine.dispose()
    tmp.cleanup()


if __name__ == "__main__":
    main()
