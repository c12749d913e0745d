"""Benchmark: the home screen's due list for every role, at 1 000 and 100 000 samples (prints figures).

    .venv/bin/python benchmarks/bench_plans.py [--small 1000] [--large 100000] [--db URL]

Each size gets a fresh database (a temporary SQLite file, or with --db a PostgreSQL server URL such as
postgresql+psycopg://postgres@127.0.0.1:5432/postgres, on which a scratch database is created and dropped).
The ratio large/small is taken in the same run.  Also prints plan_progress (the plan dashboard).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from common import figure, machine, timed_ms

from labdesk.domain.permissions import Role
from labdesk.paths import resource
from labdesk.services import auth, plans, users
from labdesk.services.context import ServiceContext
from labdesk.services.database import open_database
from labdesk.services.deadlines import due_items
from tests.logistics import due_data

ROLES = (Role.QUALITY_MANAGER, Role.RECEPTIONIST, Role.TESTER, Role.REVIEWER, Role.SIGNATORY)
TODAY = dt.date(2021, 9, 20)


def _scratch_pg(server: str) -> tuple[str, object]:
    from sqlalchemy import create_engine, text

    name = f"bench_plans_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.rsplit("/", 1)[0] + f"/{name}"

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return url, drop


def build(url: str, samples: int) -> tuple[ServiceContext, dict[str, object], int]:
    ctx = open_database(url, clock=lambda: dt.datetime(2021, 9, 20, 2, tzinfo=dt.UTC))
    users.bootstrap_admin(ctx, username="admin", full_name="管理员", password="bench1234")
    admin = auth.login(ctx, "admin", "bench1234")
    actors: dict[str, object] = {}
    for role in ROLES:
        users.create_user(ctx, admin, username=role.value, full_name="用户", password="bench1234", roles=(role,))
        actors[role.value] = auth.login(ctx, role.value, "bench1234")
    plan = plans.import_plan(ctx, actors["quality_manager"],  # type: ignore[arg-type]
                             plans.read_plan_file(resource("plans", "shanxi-2021-coal-coke.toml")),
                             institution="山西省工业标准化研究院")
    due_data.fill(ctx, plan.id, samples)
    if ctx.engine.dialect.name == "postgresql":
        with ctx.engine.begin() as conn:  # what the bulk import path does after loading (see database.analyze)
            conn.exec_driver_sql("ANALYZE")
    return ctx, actors, plan.id


def measure(url: str, samples: int, repeat: int) -> tuple[dict[str, float], dict[str, int], float]:
    started = time.perf_counter()
    ctx, actors, plan_id = build(url, samples)
    print(f"  built {samples:,} samples in {time.perf_counter() - started:.1f} s", flush=True)
    timings, lines = {}, {}
    for name, actor in actors.items():
        due_items(ctx, actor, today=TODAY)  # warm: calendar, statement cache
        ms, items = timed_ms(lambda a=actor: due_items(ctx, a, today=TODAY), repeat)  # type: ignore[arg-type]
        timings[name], lines[name] = ms, len(items)
    progress, _ = timed_ms(lambda: plans.plan_progress(ctx, actors["quality_manager"], plan_id), 3)  # type: ignore
    ctx.engine.dispose()
    return timings, lines, progress


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="PostgreSQL server URL (default: SQLite)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    backend = "postgresql" if args.db else "sqlite"
    print(f"due list, {backend}; {machine()}")
    results = {}
    for size in (args.small, args.large):
        tmp = tempfile.TemporaryDirectory()
        drop = None
        url = f"sqlite:///{Path(tmp.name) / 'bench.sqlite3'}"
        if args.db:
            url, drop = _scratch_pg(args.db)
        try:
            results[size] = measure(url, size, args.repeat)
        finally:
            if drop:
                drop()  # type: ignore[operator]
            tmp.cleanup()
    small, large = results[args.small], results[args.large]
    for name in small[0]:
        print(f"  {name:18} {args.small:>7,}: {small[0][name]:7.1f} ms ({small[1][name]} lines)   "
              f"{args.large:>7,}: {large[0][name]:7.1f} ms ({large[1][name]} lines)   "
              f"ratio {large[0][name] / small[0][name]:.2f}")
    slowest = max(large[0], key=lambda n: large[0][n])  # the role that waits longest
    worst = large[0][slowest]
    ratio = worst / small[0][slowest]
    print(f"  plan_progress: {small[2]:.1f} ms at {args.small:,}, {large[2]:.1f} ms at {args.large:,}")
    figure(f"due_list_{backend}_{args.large}", worst, "ms", 200)
    figure(f"due_list_{backend}_ratio", ratio, "x", 2)
    figure(f"plan_progress_{backend}_{args.large}", large[2], "ms", 200)
    print(f"  (median of {args.repeat}; slowest role; ratio = the slowest role's large/small; "
          f"median of all roles at large: {statistics.median(large[0].values()):.1f} ms)")


if __name__ == "__main__":
    main()
