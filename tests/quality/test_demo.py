"""``labdesk demo --out DIR``: the quality step leaves its registers, runs, refusals and qc/ artefacts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from labdesk.demo import run_demo
from labdesk.persistence.models import AuditEvent, Nonconformity, QcRun
from labdesk.services.database import open_database


@pytest.mark.slow
def test_demo_quality_step(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    result = run_demo(url, tmp_path / "out")
    assert any(line.startswith("质量体系") for line in result.summary)
    qc = sorted(p.name for p in (tmp_path / "out" / "qc").iterdir())
    assert "控制图-Aad-GBW11108.pdf" in qc and sum(n.startswith("工作单-") for n in qc) == 3
    assert (tmp_path / "out" / "qc" / "控制图-Aad-GBW11108.pdf").read_bytes().startswith(b"%PDF")
    ctx = open_database(url)
    try:
        with ctx.uow() as uow:
            states = list(uow.session.scalars(select(QcRun.state).order_by(QcRun.id)))
            actions = set(uow.session.scalars(select(AuditEvent.action)))
            sources = set(uow.session.scalars(select(Nonconformity.source)))
    finally:
        ctx.engine.dispose()
    assert states[-3:] == ["in_control", "redo", "in_control"]
    assert {"quality.refused_equipment", "quality.refused_unauthorised", "quality.run_redo"} <= actions
    assert {"equipment", "control"} <= sources
    # the earlier steps' results were all accepted: ten reports signed
    assert any("报告 10 份已签发" in line for line in result.summary)
