"""Benchmark: render and sign one test report with four photos (target < 0.5 s).

    .venv/bin/python benchmarks/bench_reports.py [runs]

Prints the cold first run (font registration, pyHanko imports) and the warm
median/min/max of the following runs, split into render and sign.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import figure, skipped

from labdesk.reports import pki, signing
from labdesk.reports.inspection_report import render_report
from tests.reports.sample_data import report_data


def main(runs: int = 10) -> None:
    now = dt.datetime(2021, 8, 20, 2, 0, tzinfo=dt.UTC)
    ca = pki.make_ca("Bench CA", "LabDesk", now=now)
    p12 = pki.issue_signatory(ca, "陈刚", "LabDesk", "bench-pass", now=now)
    data = report_data(fail=True, photos=4)
    data = dataclasses.replace(data, rows=(data.rows * 3)[:15])  # a realistic report: ≥ 12 result rows
    photo_kb = sum(len(p.jpeg) for p in data.photos) / 1024
    renders, signs, totals = [], [], []
    size = 0
    for i in range(runs + 1):
        t0 = time.perf_counter()
        pdf = render_report(data)
        t1 = time.perf_counter()
        signer = signing.load_signer(p12, "bench-pass")
        signed = signing.sign_pdf(pdf, signer, signing_time=now)
        t2 = time.perf_counter()
        size = len(signed)
        if i == 0:
            print(f"cold first run: render {t1 - t0:.3f} s, open PKCS#12 + sign {t2 - t1:.3f} s, "
                  f"total {t2 - t0:.3f} s")
            continue
        renders.append(t1 - t0)
        signs.append(t2 - t1)
        totals.append(t2 - t0)
    print(f"report with 4 photos ({photo_kb:.0f} KiB of JPEG), signed PDF {size / 1024:.0f} KiB, {runs} warm runs:")
    print(f"  render         median {statistics.median(renders):.3f} s  (min {min(renders):.3f}, max {max(renders):.3f})")
    print(f"  open p12+sign  median {statistics.median(signs):.3f} s  (min {min(signs):.3f}, max {max(signs):.3f})")
    print(f"  render + sign  median {statistics.median(totals):.3f} s  (min {min(totals):.3f}, max {max(totals):.3f})"
          f"  target < 0.500 s: {'OK' if statistics.median(totals) < 0.5 else 'MISSED'}")
    check = signing.verify_pdf(signed, [ca.pem])
    print(f"  verification: intact={check.intact} trusted={check.trusted}")
    # what the worker process does in a batch: signer opened once and kept warm
    signer = signing.load_signer(p12, "bench-pass")
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        signing.sign_pdf(render_report(data), signer, signing_time=now)
        warm.append(time.perf_counter() - t0)
    rows = len(data.rows)
    print(f"  render + sign, signer warm: median {statistics.median(warm):.3f} s ({rows} result rows, "
          f"{len(data.photos)} photos)")
    figure("report_render_sign", statistics.median(warm), "s", 0.15)
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        skipped("report_vs_weasyprint", "WeasyPrint is not installed (not a LabDesk dependency)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
