"""Alembic migrations, applied at start-up; newer databases are refused with a clear message.

Start-up cost (issue 18): Alembic (100–200 ms of imports) is loaded only when a migration is due.
``upgrade`` first compares the stored ``alembic_version`` with the newest revision id read from the
file names and ``revision = ...`` lines of the versions folder; when they match, it returns at once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from labdesk import __version__
from labdesk.domain.errors import DatabaseTooNewError
from labdesk.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]*)['\"]|None)", re.MULTILINE)


def head_revision() -> str | None:
    """The single newest revision id of the shipped migrations, read from the files without Alembic.

    None when it cannot be told cheaply (no source files, several heads): then Alembic decides.
    """
    versions = migrations_dir() / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        found = {bool(m.group(1)): m.group(2) for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        if found.get(False):
            revisions.add(found[False])
        if found.get(True):
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """What ``alembic_version`` holds (None for a new database), with one plain query."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no such table yet
        return None
    return rows[0][0] if len(rows) == 1 else None


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.script.revision import ResolutionError
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision this LabDesk knows."""
    head = head_revision()
    if head is not None and stored_revision(engine) == head:
        return  # up to date: Alembic is not even imported
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    revision = current_revision(engine)
    if revision is not None and not _known(script, revision):
        raise DatabaseTooNewError(
            f"此数据库由更新版本的 LabDesk 写入（数据库结构版本 {revision}），"
            f"当前程序版本 {__version__} 无法安全打开。请升级 LabDesk 后再试。"
        )
    command.upgrade(config, "head")
