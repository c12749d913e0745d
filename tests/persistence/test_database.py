"""Migrations, backend settings, optimistic locking and refusal of a newer database."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.orm import Session

import labdesk.persistence.models as models
from labdesk.domain.errors import ConcurrentEditError, DatabaseTooNewError, NotFound
from labdesk.persistence.db import create_db_engine
from labdesk.persistence.models import Enterprise
from labdesk.services.context import ServiceContext
from labdesk.services.database import open_database


def test_migrations_match_the_models(ctx: ServiceContext) -> None:
    """The schema Alembic builds is exactly what the models declare (no drift)."""
    with ctx.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                models.Base.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: object) -> None:
    ctx = open_database(f"sqlite:///{tmp_path}/x.sqlite3")  # type: ignore[str-bytes-safe]
    with ctx.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    ctx.engine.dispose()


def test_optimistic_locking_refuses_a_stale_write(ctx: ServiceContext) -> None:
    """A record loaded, edited elsewhere meanwhile, then saved: the stale save is refused."""
    with ctx.uow() as uow:
        uow.session.add(Enterprise(name="甲公司"))
        uow.commit()
    with ctx.uow() as uow:  # bench A loads the record (it stays on screen, detached)
        stale = uow.session.scalars(select(Enterprise)).one()
    with ctx.uow() as uow:  # bench B edits and saves it
        fresh = uow.session.scalars(select(Enterprise)).one()
        fresh.name = "甲公司（改）"
        uow.commit()
        assert fresh.version == 2
    with ctx.uow() as uow:  # bench A saves its stale copy
        stale.name = "甲公司（另改）"
        uow.session.add(stale)
        with pytest.raises(ConcurrentEditError, match="已被他人修改，请重新载入"):
            uow.commit()
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Enterprise.name)).one() == "甲公司（改）"


def test_unicode_round_trip(ctx: ServiceContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Enterprise(name="晋城市𠮷祥焦化有限公司", address="山西省晋城市"))
        uow.commit()
    with Session(ctx.engine) as session:
        names = session.execute(text("SELECT name FROM enterprises")).scalars().all()
    assert names == ["晋城市𠮷祥焦化有限公司"]


@pytest.fixture
def future_db(db_url: str) -> Iterator[str]:
    """The test database, stamped as written by a newer LabDesk (restored afterwards)."""
    open_database(db_url).engine.dispose()
    engine = create_db_engine(db_url)
    with engine.begin() as connection:
        current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    try:
        yield db_url
    finally:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": current})
        engine.dispose()


def test_newer_database_is_refused_with_a_clear_message(future_db: str) -> None:
    with pytest.raises(DatabaseTooNewError, match="更新版本的 LabDesk"):
        open_database(future_db)


def test_cli_refuses_newer_database_without_traceback(future_db: str) -> None:
    result = subprocess.run([sys.executable, "-m", "labdesk", "--db", future_db, "demo"], capture_output=True, check=False,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert "更新版本的 LabDesk" in result.stderr
    assert "Traceback" not in result.stderr


def test_unit_of_work_get_names_what_is_missing(ctx: ServiceContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Enterprise(name="乙公司"))
        uow.commit()
        found = uow.get(Enterprise, 1, "企业")
        assert found.name == "乙公司"
        with pytest.raises(NotFound, match="^企业 99 不存在。$"):
            uow.get(Enterprise, 99, "企业")
