"""Alembic migrations, applied at start-up; newer databases are refused with a clear message."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import Engine

from labdesk import __version__
from labdesk.domain.errors import DatabaseTooNewError
from labdesk.paths import migrations_dir


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision this LabDesk knows."""
    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    revision = current_revision(engine)
    if revision is not None and not _known(script, revision):
        raise DatabaseTooNewError(
            f"此数据库由更新版本的 LabDesk 写入（数据库结构版本 {revision}），"
            f"当前程序版本 {__version__} 无法安全打开。请升级 LabDesk 后再试。"
        )
    command.upgrade(config, "head")
