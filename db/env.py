"""Alembic environment for LabDesk (run programmatically by labdesk.persistence.migrate)."""

from __future__ import annotations

from alembic import context

import labdesk.persistence.models as models
from labdesk.persistence.db import create_db_engine

config = context.config
target_metadata = models.Base.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_db_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
