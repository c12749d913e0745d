"""Benchmark of the judging engine: median µs per full coal sample and per coke sample.

Prints ``figure engine_coal_sample <ms> ms target 0.2 <pass|fail>`` (issue 18 item 8): one full
coal sample judged in process, median over 2000 calls after warm-up.

Run: ``.venv/bin/python benchmarks/bench_engine.py``.  The catalogue is loaded once
(as the GUI and CLI do); each timed call is one complete ``evaluate`` (parsing,
replicates, derivations, judging, conclusion) plus ``to_json_dict``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import evaluate

COAL = {
    "Mt": ["7.9", "8.1"],
    "Mad": ["3.98", "4.02"],
    "Aad": ["15.90", "16.10"],
    "Vad": ["23.95", "24.05"],
    "St,ad": ["0.95", "0.97"],
    "Had": ["3.00", "3.00"],
    "Qb,ad": ["25000", "25100"],
    "Pd": ["0.012"],
    "Cld": ["0.025"],
    "Asd": ["4"],
    "Hgd": ["0.120"],
    "Fd": ["90"],
}
COKE = {
    "Mt": ["5.0"],
    "Mad": ["1.00"],
    "Aad": ["12.87", "12.93"],
    "Vad": ["1.20"],
    "St,ad": ["0.60", "0.62"],
    "M40": ["83.5"],
    "M10": ["6.5"],
    "CRI": ["27.5", "28.5"],
    "CSR": ["64.0", "65.0"],
}


def _median_us(fn: Callable[[], object], rounds: int = 2000) -> float:
    for _ in range(200):  # warm-up
        fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1000


def main() -> None:
    catalogue = load_catalogue()
    coal_rs = catalogue.ruleset("power_coal")
    coke_rs = catalogue.ruleset("metallurgical_coke")

    def coal() -> object:
        return evaluate(
            coal_rs,
            context={"coal_rank": "other", "transport_km": 800},
            declared={"Ad": "17.00", "Qgr,d": "26.00"},
            determinations=COAL,
            catalogue_version=catalogue.version,
        ).to_json_dict()

    def coke() -> object:
        return evaluate(
            coke_rs,
            context={"quench": "wet"},
            declared={"grade": "II"},
            determinations=COKE,
            catalogue_version=catalogue.version,
        ).to_json_dict()

    start = time.perf_counter()
    load_catalogue()
    load_ms = (time.perf_counter() - start) * 1000
    coal_us = _median_us(coal)
    coke_us = _median_us(coke)
    print(f"catalogue load: {load_ms:.1f} ms")
    print(f"full coal sample (power_coal, 12 items measured, 9 derived, declared values): median {coal_us:.1f} µs")
    print(f"coke sample (metallurgical_coke, 9 items measured, 3 derived, declared grade): median {coke_us:.1f} µs")
    coal_ms = coal_us / 1000
    print(f"figure engine_coal_sample {coal_ms:.3f} ms target 0.2 {'pass' if coal_ms <= 0.2 else 'fail'}")


if __name__ == "__main__":
    main()
