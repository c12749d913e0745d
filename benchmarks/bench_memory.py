"""Benchmark: the GUI process's memory (RSS) at the login window and around a batch of 10 signed reports.

    .venv/bin/python benchmarks/bench_memory.py [--reports 10]

Signing goes through ``TaskRunner.run_job`` as the signing page does: in the worker process (the
application's mode), then for comparison on the thread worker (the old way, in the GUI process).
RSS is read from /proc/self/status (Linux).  The register at 100 000 samples is measured by
bench_intake (page rows only; its RSS is not held by the GUI after the page shows 200 rows).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from pathlib import Path

from common import figure, machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_jobs
from PySide6.QtCore import QCoreApplication

from labdesk.domain.permissions import Role
from labdesk.gui.app import LoginDialog, TaskRunner, create_application
from labdesk.services.context import Actor
from labdesk.services.database import open_database


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(runner: TaskRunner, ctx: object, actor: Actor, count: int) -> None:
    box: dict[str, object] = {}
    runner.run_job(bench_jobs.render_sign_job, ctx, actor, count, on_success=lambda r: box.update(r=r),
                   on_failure=lambda e: box.update(e=e))
    while not box:
        QCoreApplication.processEvents()
    if "e" in box:
        raise SystemExit(f"signing failed: {box['e']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10)
    args = parser.parse_args()
    app = create_application()
    ctx = open_database(f"sqlite:///{Path(tempfile.mkdtemp()) / 'memory.sqlite3'}")
    login = LoginDialog(ctx, TaskRunner(app), lab_name="实验室")
    login.show()
    QCoreApplication.processEvents()
    actor = Actor(1, "signer", "陈刚", frozenset({Role.SIGNATORY}))
    print(f"GUI memory; {machine()}")
    at_login = rss_mib()
    print(f"  at the login window: {at_login:.0f} MiB")
    for mode in ("process", "thread"):
        runner = TaskRunner(app)
        if mode == "process":
            runner.enable_processes()
            run(runner, ctx, actor, 1)  # start the worker: its memory is not the GUI's
        gc.collect()
        before = rss_mib()
        run(runner, ctx, actor, args.reports)
        gc.collect()
        after = rss_mib()
        growth = (after - before) / before * 100
        print(f"  {mode}: before {before:.0f} MiB, after {args.reports} signed reports {after:.0f} MiB "
              f"({growth:+.1f} %)")
        if mode == "process":
            figure("gui_rss_growth_after_signing", growth, "%", 10)
        runner.shutdown()
    login.close()
    ctx.engine.dispose()
    sys.exit(0)


if __name__ == "__main__":
    main()
