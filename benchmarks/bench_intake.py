"""Intake benchmark: registration throughput, and the sample register at 100 000 samples.

    .venv/bin/python benchmarks/bench_intake.py [--db URL] [--samples 100000] [--registrations 200]

Without --db a temporary SQLite file is used.  Prints figures; not a timed test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import figure
from sqlalchemy import insert, select

from labdesk.domain.credit_code import check_character
from labdesk.domain.permissions import Role
from labdesk.persistence.models import Enterprise, Plan, PlanProduct, Portion, Sample
from labdesk.services import auth, intake, users
from labdesk.services.database import open_database
from labdesk.services.intake import RegistrationDraft, SamplerEntry

PRODUCTS = (("power_coal", "动力用煤", "DL"), ("metallurgical_coal", "冶金用煤", "YJ"),
            ("chemical_coal", "化工用原料煤", "HG"), ("metallurgical_coke", "冶金焦炭", "JT"),
            ("foundry_coke", "铸造焦炭", "ZJ"))


def credit(i: int) -> str:
    first = f"91140200MB{i:07d}"
    return first + check_character(first)


def timed(fn, repeat: int = 5) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--samples", type=int, default=100_000)
    parser.add_argument("--registrations", type=int, default=200)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    ctx = open_database(url, workstation="bench")
    users.bootstrap_admin(ctx, username="admin", full_name="管理员", password="bench1234")
    admin = auth.login(ctx, "admin", "bench1234")
    users.create_user(ctx, admin, username="clerk", full_name="张丽", password="bench1234", roles=[Role.RECEPTIONIST])
    clerk = auth.login(ctx, "clerk", "bench1234")
    with ctx.uow() as uow:
        plan = Plan(code="BENCH", title="基准测试计划", issuing_authority="山西省市场监督管理局",
                    period_start=dt.date(2020, 1, 1), period_end=dt.date(2030, 12, 31), created_at=ctx.now())
        for position, (code, name, letter) in enumerate(PRODUCTS):
            plan.products.append(PlanProduct(position=position, product_code=code, name_zh=name, code_letter=letter))
        uow.session.add(plan)
        uow.flush()
        plan_id = plan.id
        product_ids = [p.id for p in plan.products]
        uow.commit()

    # 1. registration throughput, through the service (checks, numbering, audit)
    today = ctx.today().isoformat()
    start = time.perf_counter()
    for i in range(args.registrations):
        intake.register_sample(ctx, clerk, RegistrationDraft(
            form_no=f"R-{i:06d}", plan_id=plan_id, plan_product_id=product_ids[i % 5], unit_name=f"登记企业{i}",
            unit_credit_code=credit(i), batch_no="B1", test_quantity="2 kg", backup_quantity="2 kg",
            test_seal=f"T{i}", backup_seal=f"B{i}", sampling_date=today,
            samplers=(SamplerEntry("孙伟"), SamplerEntry("周杰"))))
    elapsed = time.perf_counter() - start
    print(f"backend: {ctx.engine.dialect.name}")
    print(f"registration: {args.registrations} samples in {elapsed:.2f} s "
          f"({elapsed / args.registrations * 1000:.1f} ms each, {args.registrations / elapsed:.0f}/s)")
    draft = RegistrationDraft(form_no="X", plan_id=plan_id, plan_product_id=product_ids[0], unit_name="登记企业7",
                              unit_credit_code=credit(7), sampling_date=today)
    ms, _ = timed(lambda: intake.check_registration(ctx, clerk, draft), 20)
    print(f"live check (check_registration): {ms:.1f} ms median")

    # 2. fill the register to --samples rows (bulk insert, 5000 enterprises)
    start = time.perf_counter()
    rng = random.Random(4)
    with ctx.uow() as uow:
        base = uow.session.scalar(select(Enterprise.id).order_by(Enterprise.id.desc()).limit(1)) or 0
        uow.session.execute(insert(Enterprise), [
            {"name": f"{rng.choice(['大同', '朔州', '忻州', '阳泉', '吕梁'])}市第{i}煤业有限公司",
             "credit_code": credit(100_000 + i)} for i in range(5000)])
        unit_ids = list(range(base + 1, base + 5001))
        now = ctx.now()
        existing = args.registrations
        batch = 10_000
        for offset in range(existing, args.samples, batch):
            rows = []
            portions = []
            for n in range(offset, min(offset + batch, args.samples)):
                sample_no = f"2020{PRODUCTS[n % 5][2]}{n:06d}"
                rows.append({"sample_no": sample_no, "blind_code": f"B{n:07d}", "form_no": f"SX-{n:07d}",
                             "plan_id": plan_id, "plan_product_id": product_ids[n % 5],
                             "product_code": PRODUCTS[n % 5][0], "domain": "production",
                             "sampled_unit_id": rng.choice(unit_ids), "sampling_date": dt.date(2020, 8, 1),
                             "state": rng.choice(["received", "received", "reported", "rejected"]),
                             "registered_at": now, "version": 1, "declared_values": {}, "context": {},
                             "receipt_checks": {}, "rejection_reasons": []})
            uow.session.execute(insert(Sample), rows)
            ids = uow.session.execute(select(Sample.id, Sample.sample_no).where(
                Sample.sample_no.in_([r["sample_no"] for r in rows]))).all()
            for sid, sno in ids:
                portions.append({"sample_id": sid, "kind": "test", "code": f"{sno}-J", "version": 1})
                portions.append({"sample_id": sid, "kind": "backup", "code": f"{sno}-B", "version": 1})
            uow.session.execute(insert(Portion), portions)
        uow.commit()
    print(f"bulk fill to {args.samples} samples: {time.perf_counter() - start:.1f} s")

    # 3. the register at that size
    ms, page = timed(lambda: intake.list_samples(ctx, clerk, limit=200))
    print(f"first page (200 rows): {ms:.1f} ms")
    ms, _ = timed(lambda: intake.count_samples(ctx, clerk))
    print(f"count all: {ms:.1f} ms")
    deep = page.next_after_id  # type: ignore[union-attr]
    for _ in range(100):
        deep = intake.list_samples(ctx, clerk, limit=200, after_id=deep).next_after_id
    ms, _ = timed(lambda: intake.list_samples(ctx, clerk, limit=200, after_id=deep))
    print(f"page 101 (keyset): {ms:.1f} ms")
    for label, query in (("sample no prefix", "2020JT0512"), ("form no", "SX-0077777"),
                         ("enterprise name", "第4321煤业"), ("no match", "不存在的企业")):
        ms, result = timed(lambda q=query: intake.list_samples(ctx, clerk, query=q, limit=200))
        print(f"search {label!r} ({query}): {ms:.1f} ms, {len(result.rows)} rows")  # type: ignore[union-attr]
    ms, _ = timed(lambda: intake.list_samples(ctx, clerk, state="rejected", limit=200))
    print(f"filter state=rejected: {ms:.1f} ms")
    n = args.samples // 2 + 5  # a bulk-filled sample (product by n % 5), its backup portion
    code = f"2020{PRODUCTS[n % 5][2]}{n:06d}-B"
    ms, _ = timed(lambda: intake.lookup_code(ctx, clerk, code))
    print(f"lookup_code (portion code): {ms:.1f} ms")
    first_page, _ = timed(lambda: (intake.list_samples(ctx, clerk, limit=200), intake.count_samples(ctx, clerk)))
    print(f"first page including its count: {first_page:.1f} ms")
    figure(f"register_first_page_{ctx.engine.dialect.name}", first_page, "ms", 100)
    figure(f"scan_lookup_{ctx.engine.dialect.name}", ms, "ms", 5)
    ctx.engine.dispose()


if __name__ == "__main__":
    main()
