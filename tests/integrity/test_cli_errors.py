"""verify-db, backup and restore: every bad input ends with a Chinese message and exit 2, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from labdesk.cli import main


def _bad(argv: list[str], capsys: pytest.CaptureFixture[str], expected: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_verify_db_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _bad(["verify-db", "--db", f"sqlite:///{tmp_path / 'missing.sqlite3'}"], capsys, "找不到数据库文件")
    assert not (tmp_path / "missing.sqlite3").exists()  # a check never creates a database
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    _bad(["verify-db", "--db", f"sqlite:///{other}"], capsys, "不是 LabDesk 数据库")
    _bad(["verify-db", "--db", "nosuchdb://x"], capsys, "不支持的数据库类型")
    _bad(["verify-db", "--db", "::::"], capsys, "不是有效的数据库地址")


def test_backup_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _bad(["backup", "--out", str(tmp_path / "b.bak"), "--db", f"sqlite:///{tmp_path / 'none.sqlite3'}"], capsys,
         "找不到数据库文件")
    _bad(["backup", "--out", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'none.sqlite3'}"], capsys, "已存在")


def test_restore_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _bad(["restore", str(tmp_path / "none.bak"), "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}"], capsys, "找不到文件")
    backup = tmp_path / "b.sqlite3"
    with sqlite3.connect(backup) as connection:
        connection.execute("CREATE TABLE t (x)")
    _bad(["restore", str(backup), "--db", "postgresql://postgres@127.0.0.1:5432/none"], capsys,
         "不能还原到 PostgreSQL")
