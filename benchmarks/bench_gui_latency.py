"""Benchmark: GUI timer lateness (p50/p99) idle, during camera preview, batch signing and the due list.

    .venv/bin/python benchmarks/bench_gui_latency.py [--samples 20000] [--reports 10]

A 10 ms QTimer runs on the GUI thread (offscreen Qt); lateness = actual interval − 10 ms.
Background work goes through the TaskRunner as the pages use it: ``run_job`` in the worker
process (the application's mode), and for comparison on the thread worker (the old way).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import ROOT, figure, machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_jobs
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from labdesk.gui.tasks import TaskRunner
from labdesk.services import auth, worker_jobs


def lateness(seconds: float, start: Callable[[Callable[[], None]], None] | None = None) -> tuple[float, float, float]:
    """Run a 10 ms timer while ``start(done)`` works; returns (p50, p99, elapsed s)."""
    samples: list[float] = []
    clock = QElapsedTimer()
    finished = {"done": start is None}
    timer = QTimer()
    timer.setInterval(10)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        samples.append(now - last[0] - 10)
        last[0] = now

    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    begun = time.perf_counter()
    if start is not None:
        start(lambda: finished.update(done=True))
    while time.perf_counter() - begun < seconds or not finished["done"]:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - begun > 600:
            break
    timer.stop()
    values = sorted(max(0.0, s) for s in samples[1:]) or [0.0]
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
    return statistics.median(values), p99, time.perf_counter() - begun


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=20_000, help="samples in the due-list database")
    parser.add_argument("--reports", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"GUI timer lateness; {machine()}")
    p50, p99, _ = lateness(2.0)
    print(f"  idle: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    figure("gui_lateness_idle_p99", p99, "ms", 16)

    from labdesk.gui.camera_view import CameraView

    view = CameraView()
    view.show()
    video = ROOT / "resources" / "demo" / "sealed_sample.avi"
    view.start(f"file:{video}" if not video.exists() else str(video))
    p50, p99, _ = lateness(3.0)
    view.stop()
    print(f"  camera preview (demo video): p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    figure("gui_lateness_camera_p99", p99, "ms", 16)

    tmp = tempfile.mkdtemp()
    url = f"sqlite:///{Path(tmp) / 'latency.sqlite3'}"
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_plans import build

    ctx, actors, _ = build(url, args.samples)
    qm = actors["quality_manager"]
    ctx = type(ctx)(engine=ctx.engine)  # the application's context: real clock
    qm = auth.login(ctx, "quality_manager", "bench1234")
    for mode in ("process", "thread"):
        runner = TaskRunner(app)
        if mode == "process":
            runner.enable_processes()
            warm = {"done": False}
            runner.run_job(worker_jobs.echo_job, ctx, qm, 1,
                           on_success=lambda _, warm=warm: warm.update(done=True))
            while not warm["done"]:
                QCoreApplication.processEvents()
        for label, job, extra in (("batch signing", bench_jobs.render_sign_job, (args.reports,)),
                                  ("due list", worker_jobs.due_items_job, ())):
            def start(done: Callable[[], None], job=job, extra=extra,  # type: ignore[no-untyped-def]
                      runner=runner) -> None:
                runner.run_job(job, ctx, qm, *extra, on_success=lambda _: done(),
                               on_failure=lambda e: (print("   failed:", e), done()))
            p50, p99, took = lateness(0.5, start)
            print(f"  {label} ({mode}): p50 {p50:.1f} ms, p99 {p99:.1f} ms, {took:.1f} s")
            if mode == "process":
                figure(f"gui_lateness_{label.replace(' ', '_')}_p99", p99, "ms", 16)
        runner.shutdown()
    ctx.engine.dispose()
    _ = dt


if __name__ == "__main__":
    main()
