"""Run every benchmark and collect its ``figure …`` lines (issue 18).

    .venv/bin/python benchmarks/run_all.py [--quick] [--pg URL] [--dry-run]

Each benchmark builds its own databases.  --quick uses smaller sizes (minutes, for a smoke run);
--pg URL adds the PostgreSQL runs: bench_plans makes scratch databases on that server, bench_intake fills
that very database (so give an empty one, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/bench);
--dry-run prints the commands only.  Every figure ends as exactly one line
``figure <name> <value> <unit> target <target> <pass|fail>``; the summary repeats them at the end.
Figures on a shared machine are noisy: compare ratios taken in the same run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def plan(quick: bool, pg: str | None) -> list[list[str]]:
    large = "10000" if quick else "100000"
    portions = "20000" if quick else "500000"  # samples; two portions each → 1 000 000 portions in full
    runs: list[list[str]] = [
        ["bench_cli.py", "--runs", "5" if quick else "15"],
        ["bench_startup.py", "--runs", "3" if quick else "5", "--no-bytecode"],
        ["bench_reports.py", "3" if quick else "10"],
        ["bench_plans.py", "--large", large, "--repeat", "3" if quick else "7"],
        ["bench_intake.py", "--samples", portions, "--registrations", "50" if quick else "200"],
        ["bench_gui_latency.py", "--samples", "2000" if quick else "20000", "--reports", "4" if quick else "10"],
        ["bench_memory.py", "--reports", "10"],
    ]
    if pg:
        runs.insert(4, ["bench_plans.py", "--large", large, "--db", pg, "--repeat", "3" if quick else "7"])
        runs.append(["bench_intake.py", "--samples", portions, "--db", pg])
    runs += [["bench_engine.py"], ["bench_testing.py"], ["bench_verify_db.py"]]
    return runs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--pg", default=None)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    figures: list[str] = []
    started = time.perf_counter()
    for command in plan(args.quick, args.pg):
        line = [sys.executable, str(HERE / command[0]), *command[1:]]
        print("$", " ".join(command), flush=True)
        if args.dry_run:
            continue
        done = subprocess.run(line, cwd=HERE, capture_output=True, text=True, check=False)
        sys.stdout.write(done.stdout)
        if done.returncode != 0:
            print(f"figure {Path(command[0]).stem}_run - - target - fail (exit {done.returncode}: "
                  f"{done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ''})")
        figures += [f for f in done.stdout.splitlines() if f.startswith("figure ")]
    if not args.dry_run:
        print(f"\n== {len(figures)} figures in {time.perf_counter() - started:.0f} s ==")
        print("\n".join(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
