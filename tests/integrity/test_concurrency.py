"""Several benches (OS processes) appending to the chain at once: it stays one unbroken chain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from labdesk.persistence.models import AuditEvent
from labdesk.services import integrity
from labdesk.services.context import ServiceContext

BENCHES = 4
WRITES = 25


def start_writers(url: str, start: Path, count: int = WRITES, benches: int = BENCHES) -> list[subprocess.Popen[bytes]]:
    root = Path(__file__).resolve().parents[2]
    return [subprocess.Popen([sys.executable, "-m", "tests.integrity.writer", url, f"bench{n}", str(count),
                              str(start)], cwd=root, stderr=subprocess.PIPE) for n in range(benches)]


def test_benches_writing_at_once_leave_one_verifiable_chain(ctx: ServiceContext, tmp_path: Path) -> None:
    url = ctx.engine.url.render_as_string(hide_password=False)
    start = tmp_path / "go"
    writers = start_writers(url, start)
    start.touch()
    for process in writers:
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()
    report = integrity.check_database(ctx)
    assert report.ok, report.breaks
    with ctx.uow() as uow:
        seqs = list(uow.session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
        benches = uow.session.scalar(select(func.count(func.distinct(AuditEvent.workstation))))
    assert seqs == list(range(1, BENCHES * WRITES + 1))
    assert benches == BENCHES
    assert report.rows == BENCHES * WRITES
