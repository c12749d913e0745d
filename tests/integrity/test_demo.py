"""``labdesk demo`` end to end leaves a database that passes ``verify-db``, and every demo report its chain check."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from labdesk.cli import main
from labdesk.demo import run_demo
from labdesk.persistence.models import Report
from labdesk.services import integrity, reports
from labdesk.services.database import open_existing_database


def test_demo_database_passes_verify_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    run_demo(url)
    assert main(["verify-db", "--db", url, "--quiet"]) == 0
    assert "数据库完整" in capsys.readouterr().out
    ctx = open_existing_database(url)
    try:
        assert integrity.check_tail(ctx) == ()
        with ctx.uow() as uow:
            rows = [(r.state, bytes(r.pdf or b"")) for r in uow.session.scalars(select(Report))]
        assert rows and any(state == "superseded" for state, _ in rows)
        for state, pdf in rows:
            result = reports.verify_report(ctx, pdf)
            assert result.ok == (state == "signed"), result.reason
            assert integrity.anchor_in(pdf) is not None
    finally:
        ctx.engine.dispose()
