"""Backups and restores, by hand (``labdesk backup`` / ``labdesk restore``) and daily with retention.

SQLite: the sqlite3 online backup API, copied in one step, so the copy is one consistent
snapshot even while other benches write (WAL readers do not block writers).  PostgreSQL:
``pg_dump -Fc`` (custom format) and ``pg_restore``; without the PostgreSQL client programs
a clear message says what to install.  A restore refuses to overwrite a target that holds
data unless forced, and checks the restored database with the integrity check at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url

from labdesk.domain.errors import InputError, LabDeskError
from labdesk.persistence.db import create_db_engine, normalise_url
from labdesk.services.context import BEIJING, ServiceContext

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
DAILY_NAME = re.compile(r"^labdesk-(\d{8})\.(sqlite3|dump)$")
TIMEOUT_S = 3600


class BackupError(LabDeskError):
    code = "backup"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str
    backend: str  # "sqlite" | "postgresql"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"未找到 PostgreSQL 客户端程序 {name}：请在本机安装 PostgreSQL 客户端"
                          f"（版本不低于服务器版本，并把其 bin 目录加入 PATH）后再试。")
    return found


def _pg_args(url: URL) -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = ["--host", url.host or "localhost", "--port", str(url.port or 5432)]
    if url.username:
        args += ["--username", url.username]
    return args + ["--no-password"], env


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BackupError(f"{what}失败：{error}") from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BackupError(f"{what}失败：{detail[-1] if detail else f'退出码 {result.returncode}'}")


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise InputError("数据库地址", "内存数据库不能备份或还原。")
    return Path(url.database).expanduser()


def backup_url(url: str, out: Path) -> BackupInfo:
    """Write a backup of the database at ``url`` to ``out`` (atomically: never a half-written file)."""
    parsed = make_url(normalise_url(url))
    out = out.expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".labdesk-backup-", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if parsed.get_backend_name() == "sqlite":
            source_path = _sqlite_path(parsed)
            if not source_path.is_file():
                raise InputError("数据库地址", f"找不到数据库文件「{source_path}」。")
            source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)  # one step: one consistent snapshot
            finally:
                target.close()
                source.close()
            backend = "sqlite"
        elif parsed.get_backend_name() == "postgresql":
            args, env = _pg_args(parsed)
            _run([_tool("pg_dump"), *args, "--format=custom", "--file", str(tmp), str(parsed.database)], env,
                 "PostgreSQL 备份（pg_dump）")
            backend = "postgresql"
        else:
            raise InputError("数据库地址", f"不支持备份 {parsed.get_backend_name()} 数据库。")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupInfo(out, out.stat().st_size, _digest(out), backend)


def backup(ctx: ServiceContext, out: Path) -> BackupInfo:
    return backup_url(ctx.engine.url.render_as_string(hide_password=False), out)


def file_kind(path: Path) -> str:
    """``sqlite`` or ``postgresql`` (pg_dump custom format), from the file's first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise InputError("备份文件", f"无法读取「{path}」：{error.strerror}") from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PGDUMP_MAGIC):
        return "postgresql"
    raise InputError("备份文件", f"「{path}」不是 LabDesk 备份（既不是 SQLite 数据库，也不是 pg_dump 自定义格式）。")


def target_has_data(url: str) -> bool:
    """Whether restoring into ``url`` would overwrite something: any table outside LabDesk's, or any user/event."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_path(parsed)
        if not path.exists() or path.stat().st_size == 0:
            return False
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if not tables:
                return False
            if not {"users", "audit_events"} <= tables:
                return bool(tables - {"alembic_version"})
            count = connection.execute(text(
                "SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_events)")).scalar_one()
            return int(count) > 0
    finally:
        engine.dispose()


def restore_file(path: Path, url: str, *, force: bool = False) -> None:
    """Put the backup ``path`` into the database at ``url`` (refuses a target with data unless ``force``)."""
    path = path.expanduser()
    kind = file_kind(path)
    parsed = make_url(normalise_url(url))
    backend = parsed.get_backend_name()
    if kind != backend:
        names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
        raise InputError("还原目标", f"这是 {names[kind]} 备份，不能还原到 {names.get(backend, backend)} 数据库。")
    if target_has_data(url) and not force:
        raise InputError("还原目标", "目标数据库中已有数据；确认要覆盖时请加 --force（覆盖前请先备份）。")
    if kind == "sqlite":
        target_path = _sqlite_path(parsed)
        target_path.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        target = sqlite3.connect(target_path, timeout=30)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return
    args, env = _pg_args(parsed)
    _run([_tool("pg_restore"), *args, "--clean", "--if-exists", "--no-owner", "--single-transaction",
          "--dbname", str(parsed.database), str(path)], env, "PostgreSQL 还原（pg_restore）")


# ---------------------------------------------------------------------------------------------
# Daily backups with retention


@dataclass(frozen=True)
class DailyResult:
    written: BackupInfo | None  # None when today's backup already existed
    removed: tuple[Path, ...]


def daily_backup(ctx: ServiceContext, folder: Path, keep_days: int) -> DailyResult:
    """Today's backup ``labdesk-YYYYMMDD.<ext>`` in ``folder`` (once a day), then drop those older than ``keep_days``."""
    if keep_days < 1:
        raise InputError("备份保留天数", "至少保留 1 天。")
    folder = folder.expanduser()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # backups hold everything: private to the user
    today = ctx.now().astimezone(BEIJING).date()
    ext = "sqlite3" if ctx.engine.dialect.name == "sqlite" else "dump"
    path = folder / f"labdesk-{today:%Y%m%d}.{ext}"
    written = None if path.exists() else backup(ctx, path)
    removed: list[Path] = []
    oldest = today - dt.timedelta(days=keep_days - 1)
    for candidate in sorted(folder.iterdir()):
        match = DAILY_NAME.match(candidate.name)
        if match and dt.datetime.strptime(match.group(1), "%Y%m%d").date() < oldest:
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return DailyResult(written, tuple(removed))
