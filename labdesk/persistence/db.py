"""Engine creation for SQLite (single bench) and PostgreSQL (multi-bench lab)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from labdesk.paths import create_private_file


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (below); take the write lock at BEGIN so that
    # read-then-write transactions (counters, quotas) serialise instead of failing mid-way.
    # a read-only check (``execution_options(labdesk_read_only=True)``) takes a plain snapshot instead
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("labdesk_read_only") else "BEGIN IMMEDIATE")


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use psycopg 3 for them."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:" and not database.startswith("file:"):
            # a new database file is private to the user (0600, folder 0700); SQLite gives its
            # -wal and -shm files the mode of the database file
            create_private_file(Path(database).expanduser())
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    from labdesk.persistence import chain
    from labdesk.persistence.uow import LabDeskSession

    chain.install()  # every commit extends the audit hash chain
    return sessionmaker(engine, class_=LabDeskSession, expire_on_commit=False)


def describe(engine: Engine) -> str:
    """A short, password-free description for the status bar."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite · {url.database}"
    return f"PostgreSQL · {url.host}:{url.port or 5432}/{url.database}"
