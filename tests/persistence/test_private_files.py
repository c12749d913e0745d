"""Issue 10 item 9: the SQLite file and the user data folder are created private to the user (POSIX)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from labdesk.paths import database_url, user_data_dir
from labdesk.services.database import open_database

posix = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix
def test_user_data_folder_and_default_database_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = os.umask(0o022)  # a typical, permissive umask
    try:
        home = tmp_path / "nested" / "LabDesk"
        monkeypatch.setenv("LABDESK_HOME", str(home))
        assert user_data_dir() == home and _mode(home) == 0o700
        ctx = open_database(database_url())
        try:
            with ctx.uow() as uow:
                uow.session.execute(text("SELECT 1"))
        finally:
            ctx.engine.dispose()
        files = sorted(home.glob("labdesk.sqlite3*"))
        assert files and all(_mode(f) & 0o077 == 0 for f in files), {f.name: oct(_mode(f)) for f in files}
        assert _mode(home / "labdesk.sqlite3") == 0o600
    finally:
        os.umask(old)


@posix
def test_explicit_sqlite_path_in_a_new_folder_is_private(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        target = tmp_path / "lab" / "db" / "bench.sqlite3"
        ctx = open_database(f"sqlite:///{target}")
        ctx.engine.dispose()
        assert _mode(target) == 0o600 and _mode(target.parent) == 0o700
    finally:
        os.umask(old)


@posix
def test_an_existing_folder_keeps_its_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    monkeypatch.setenv("LABDESK_HOME", str(shared))
    user_data_dir()
    assert _mode(shared) == 0o755
