"""Worker-process jobs used only by the benchmarks (importable by a spawned worker)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from labdesk.services.worker_jobs import WorkerProgress

_signer: dict[str, Any] = {}


def render_sign_job(ctx: Any, actor: Any, count: int) -> int:
    """Render and sign ``count`` realistic reports (4 photos), the CPU work of a signing batch."""
    from labdesk.reports import pki, signing
    from labdesk.reports.inspection_report import render_report
    from tests.reports.sample_data import report_data

    now = dt.datetime(2021, 8, 20, 2, 0, tzinfo=dt.UTC)
    if "signer" not in _signer:
        ca = pki.make_ca("Bench CA", "LabDesk", now=now)
        _signer["signer"] = signing.load_signer(pki.issue_signatory(ca, "陈刚", "LabDesk", "pw", now=now), "pw")
    data = report_data(fail=True, photos=4)
    size = 0
    progress = WorkerProgress()
    for i in range(count):
        if progress.cancelled:
            break
        size += len(signing.sign_pdf(render_report(data), _signer["signer"], signing_time=now))
        progress.report(i + 1, count)
    return size
