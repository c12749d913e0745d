"""Backups taken while another bench writes restore to a consistent, verifiable database."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from labdesk.cli import main
from labdesk.domain.errors import InputError
from labdesk.persistence.models import AuditEvent, Enterprise
from labdesk.services import backup, integrity
from labdesk.services.context import ServiceContext
from labdesk.services.database import open_existing_database
from tests.conftest import PG_ADMIN_URL
from tests.integrity.test_concurrency import start_writers


@pytest.fixture
def restore_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """An empty target of the same backend as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"labdesk_restore_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _events(ctx: ServiceContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_backup_while_a_bench_writes_restores_consistent(ctx: ServiceContext, restore_url: str,
                                                         tmp_path: Path) -> None:
    url = ctx.engine.url.render_as_string(hide_password=False)
    start = tmp_path / "go"
    writer = start_writers(url, start, count=150, benches=1)[0]
    start.touch()
    deadline = time.monotonic() + 120
    while _events(ctx) < 10 and time.monotonic() < deadline:
        time.sleep(0.05)
    info = backup.backup(ctx, tmp_path / "during.bak")
    during_writes = writer.poll() is None  # the bench was still writing when the backup finished
    _out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err.decode()
    assert info.size > 0 and len(info.sha256) == 64

    assert main(["restore", str(info.path), "--db", restore_url]) == 0
    restored = open_existing_database(restore_url)
    try:
        report = integrity.check_database(restored)
        assert report.ok, report.breaks
        with restored.uow() as uow:
            units = int(uow.session.scalar(select(func.count()).select_from(Enterprise)) or 0)
            events = int(uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    finally:
        restored.engine.dispose()
    assert 10 <= units <= 150 and events == units  # a snapshot: every row with its event, none half-done
    if during_writes:
        assert units < 150


def test_restore_refuses_a_target_with_data(ctx: ServiceContext, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    url = ctx.engine.url.render_as_string(hide_password=False)
    start = tmp_path / "go"
    start.touch()
    writer = start_writers(url, start, count=3, benches=1)[0]
    writer.communicate(timeout=120)
    info = backup.backup(ctx, tmp_path / "b.bak")
    assert main(["restore", str(info.path), "--db", url]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["restore", str(info.path), "--db", url, "--force"]) == 0
    assert main(["backup", "--out", str(info.path), "--db", url]) == 2  # exists: not replaced silently
    assert "已存在" in capsys.readouterr().err


def test_restore_rejects_a_file_that_is_no_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.bak"
    junk.write_bytes(b"not a backup at all")
    assert main(["restore", str(junk), "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}"]) == 2
    assert "不是 LabDesk 备份" in capsys.readouterr().err


def test_postgresql_backup_without_client_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
    with pytest.raises(backup.BackupError, match="pg_dump"):
        backup.backup_url("postgresql://postgres@127.0.0.1:5432/none", tmp_path / "x.dump")
    assert not list(tmp_path.iterdir())  # no half-written file left


def test_daily_backup_once_a_day_with_retention(ctx: ServiceContext, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "daily"
    folder.mkdir()
    ext = "sqlite3" if ctx.engine.dialect.name == "sqlite" else "dump"
    for days in (1, 5, 9):
        (folder / f"labdesk-{(clock.current.date() - dt.timedelta(days=days)):%Y%m%d}.{ext}"
         ).write_bytes(b"old")
    (folder / "notes.txt").write_text("keep me")
    first = backup.daily_backup(ctx, folder, keep_days=7)
    assert first.written is not None and first.written.path.exists()
    assert sorted(p.name for p in first.removed) == [
        f"labdesk-{(clock.current.date() - dt.timedelta(days=9)):%Y%m%d}.{ext}"]
    again = backup.daily_backup(ctx, folder, keep_days=7)
    assert again.written is None
    assert (folder / "notes.txt").exists()
    with pytest.raises(InputError):
        backup.daily_backup(ctx, folder, keep_days=0)
