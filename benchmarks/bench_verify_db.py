"""Benchmark: ``verify-db`` on the demo database, and the cost the chain adds to a commit.

    .venv/bin/python benchmarks/bench_verify_db.py [--db URL] [runs]

Without ``--db`` the demo is written into a temporary SQLite file first (about a minute).
Prints the events and protected rows checked and the median/min/max time of the whole
check and of the start-up tail check.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from labdesk.services import integrity
from labdesk.services.database import open_existing_database


def _times(fn: object, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append(time.perf_counter() - t0)
    return out


def main(argv: list[str]) -> None:
    runs = 3
    url = None
    if "--db" in argv:
        url = argv[argv.index("--db") + 1]
        argv = [a for a in argv if a not in ("--db", url)]
    if argv:
        runs = int(argv[0])
    if url is None:
        from labdesk.demo import run_demo

        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'demo.sqlite3'}"
        t0 = time.perf_counter()
        run_demo(url)
        print(f"demo written in {time.perf_counter() - t0:.1f} s")
    ctx = open_existing_database(url)
    report = integrity.check_database(ctx)
    print(f"{report.summary}")
    full = _times(lambda: integrity.check_database(ctx), runs)
    tail = _times(lambda: integrity.check_tail(ctx), runs)
    print(f"verify-db: median {statistics.median(full):.2f} s (min {min(full):.2f}, max {max(full):.2f})")
    print(f"tail check (last {integrity.TAIL_EVENTS} events): median {statistics.median(tail) * 1000:.0f} ms")
    ctx.engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
