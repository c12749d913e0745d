"""Open a LabDesk database: create the engine, apply migrations, refuse a newer schema."""

from __future__ import annotations

from typing import Any

from labdesk.persistence import migrate
from labdesk.persistence.db import create_db_engine, describe
from labdesk.services.context import ServiceContext


def open_database(url: str, **context_args: Any) -> ServiceContext:
    """Migrate to the newest schema and return a context (raises DatabaseTooNewError)."""
    engine = create_db_engine(url)
    try:
        migrate.upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return ServiceContext(engine=engine, **context_args)

def description(ctx: ServiceContext) -> str:
    """Backend and location, without password, for the status bar and login dialog."""
    return describe(ctx.engine)


def open_existing_database(url: str, **context_args: Any) -> ServiceContext:
    """Open a LabDesk database that must already exist (checks, backups): never creates one.

    Raises ``InputError`` for a malformed URL, a missing SQLite file or a database without
    LabDesk's schema; a newer schema is refused as in ``open_database``.
    """
    from pathlib import Path

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from labdesk.domain.errors import InputError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise InputError("数据库地址", f"「{url}」不是有效的数据库地址。") from None
    database = parsed.database or ""
    if parsed.get_backend_name() == "sqlite" and (database in ("", ":memory:") or not Path(database).is_file()):
        raise InputError("数据库地址", f"找不到数据库文件「{database}」。")
    try:
        engine = create_db_engine(url)
    except (ArgumentError, ValueError, ImportError) as error:  # unknown dialect or driver
        raise InputError("数据库地址", f"不支持的数据库类型「{parsed.drivername}」（可用 sqlite、postgresql）。") from error
    try:
        if migrate.current_revision(engine) is None:
            raise InputError("数据库地址", "该数据库不是 LabDesk 数据库（没有 LabDesk 的数据表）。")
        migrate.upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return ServiceContext(engine=engine, **context_args)
