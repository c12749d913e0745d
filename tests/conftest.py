"""Shared fixtures.

Persistence-touching tests take ``db_url`` (or ``ctx``), which is parametrised over
SQLite and PostgreSQL.  PostgreSQL tests use the server on 127.0.0.1:5432 (user
postgres, trust): each test session creates its own database and drops it at the
end; between tests every table is truncated.  They skip only when no server is
reachable and ``CI`` is unset; under CI they fail instead.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text

from labdesk.domain.permissions import Role
from labdesk.services import auth, users
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.database import open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ADMIN_URL = os.environ.get("LABDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
PASSWORD = "test1234"


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> None:
    """argon2id with cheap parameters: the tests log in hundreds of times."""
    auth.set_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def _labdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABDESK_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("LABDESK_DB", raising=False)


class FakeClock:
    """A controllable UTC clock; each call moves it on by one second."""

    def __init__(self, start: dt.datetime = dt.datetime(2021, 8, 2, 1, 0, tzinfo=dt.UTC)) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        self.current += dt.timedelta(seconds=1)
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


def _pg_reachable() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for every test (migrating per test would be slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    ctx = open_database(f"sqlite:///{path}")
    ctx.engine.dispose()
    return path


@pytest.fixture(scope="session")
def _pg_database() -> Iterator[str]:
    if not _pg_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but PostgreSQL is not reachable at {PG_ADMIN_URL}")
        pytest.skip("PostgreSQL server not reachable (set CI to make this a failure)")
    name = f"labdesk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        ctx = open_database(url)
        ctx.engine.dispose()
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _truncate_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
        ).scalars().all()
        if tables:
            quoted = ", ".join('"' + t + '"' for t in tables)
            connection.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        path = tmp_path / "labdesk.sqlite3"
        shutil.copy(request.getfixturevalue("_sqlite_template"), path)
        yield f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("_pg_database")
        _truncate_pg(url)
        yield url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ctx(db_url: str, clock: FakeClock) -> Iterator[ServiceContext]:
    context = open_database(db_url, clock=clock, workstation="test-bench")
    yield context
    context.engine.dispose()


@pytest.fixture
def actors(ctx: ServiceContext) -> dict[str, Actor]:
    """One user per role (username = role name) plus 'tester2' and 'sampler' (a tester)."""
    users.bootstrap_admin(ctx, username="admin", full_name="管理员", password=PASSWORD)
    admin = auth.login(ctx, "admin", PASSWORD)
    made = {"admin": admin}
    extra = {"tester2": (Role.TESTER,), "sampler": (Role.TESTER,), "reviewer2": (Role.REVIEWER,)}
    wanted = {role.value: (role,) for role in Role if role is not Role.ADMIN} | extra
    for username, roles in wanted.items():
        users.create_user(ctx, admin, username=username, full_name=f"{username}姓名", password=PASSWORD,
                          roles=roles)
        made[username] = auth.login(ctx, username, PASSWORD)
    return made


@pytest.fixture
def sqlite_only(db_url: str) -> str:
    if not db_url.startswith("sqlite"):
        pytest.skip("GUI behaviour is backend-independent; covered on SQLite")
    return db_url
