"""Open a LabDesk database: create the engine, apply migrations, refuse a newer schema."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from labdesk.persistence import migrate
from labdesk.persistence.db import create_db_engine, describe
from labdesk.persistence.models import User
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
