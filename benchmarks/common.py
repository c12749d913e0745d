"""Shared helpers for the benchmarks: timing, and the one-line figure format read by run_all.py."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def timed_ms(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    """Median wall time of ``repeat`` calls in milliseconds, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def figure(name: str, value: float, unit: str, target: float, *, higher_is_better: bool = False) -> bool:
    """Print ``figure <name> <value> <unit> target <target> <pass|fail>`` (one line, for scripts)."""
    ok = value >= target if higher_is_better else value <= target
    sign = ">=" if higher_is_better else "<="
    print(f"figure {name} {value:.3g} {unit} target {sign}{target:g} {'pass' if ok else 'fail'}", flush=True)
    return ok


def skipped(name: str, why: str) -> None:
    print(f"figure {name} - - target - skipped ({why})", flush=True)


def machine() -> str:
    return f"{platform.node()} {os.cpu_count()} cores, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}"
