"""Benchmark: ``labdesk evaluate`` as a process against ``python -c pass`` of the same interpreter.

    .venv/bin/python benchmarks/bench_cli.py [--runs 15]

Both with bytecode compiled (run scripts/bootstrap.sh first).  Medians of alternating runs; the
ratio is taken in the same run (the machine is shared: the ratio is the figure that counts).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from common import ROOT, figure, machine

REQUEST = {"product": "power_coal", "context": {"coal_rank": "other", "transport_km": 100},
           "determinations": {"Mad": ["1.20", "1.25"], "Aad": ["18.50", "18.60"], "St,ad": ["0.80", "0.82"]}}


def _run(args: list[str], data: str | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(args, input=data, capture_output=True, text=True, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{args} failed: {done.stderr.strip()}")
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    print(f"CLI start-up; {machine()}")
    bare, evaluate = [], []
    request = json.dumps(REQUEST)
    for _ in range(args.runs):
        bare.append(_run([python, "-c", "pass"]))
        evaluate.append(_run([python, "-m", "labdesk", "evaluate", "-"], request))
    b, e = statistics.median(bare), statistics.median(evaluate)
    print(f"  python -c pass: {b:.1f} ms   labdesk evaluate: {e:.1f} ms (medians of {args.runs})")
    figure("cli_evaluate", e, "ms", 6 * b)
    figure("cli_evaluate_ratio", e / b, "x", 6)


if __name__ == "__main__":
    main()
