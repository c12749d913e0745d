"""The benchmark runner knows every benchmark and each one exists (benchmarks are not run by the suite)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def test_run_all_dry_run_lists_every_benchmark() -> None:
    done = subprocess.run([sys.executable, str(BENCH / "run_all.py"), "--quick", "--dry-run"], capture_output=True,
                          text=True, check=True, cwd=BENCH)
    listed = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("$ ")}
    assert listed == {p.name for p in BENCH.glob("bench_*.py") if p.name != "bench_jobs.py"}
    assert all((BENCH / name).exists() for name in listed)
