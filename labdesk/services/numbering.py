"""Sequential numbers (sample numbers, notice numbers) drawn from the ``counters`` table.

``next_value`` runs inside the caller's unit of work, so the number and the record
that uses it commit (or roll back) together.  Two benches never get the same value:

- PostgreSQL: the counter row is created if missing (``INSERT ... ON CONFLICT DO
  NOTHING``) and then locked with ``SELECT ... FOR UPDATE`` until the commit;
- SQLite: every transaction starts with ``BEGIN IMMEDIATE`` (persistence.db), so
  writers are already serialised.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from labdesk.domain.intake import counter_scope, format_number
from labdesk.persistence.models import Counter
from labdesk.persistence.uow import UnitOfWork


def next_value(uow: UnitOfWork, name: str) -> int:
    """Advance counter ``name`` by one and return the new value (locked until commit)."""
    session = uow.session
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(pg_insert(Counter).values(name=name, value=0).on_conflict_do_nothing(index_elements=["name"]))
    elif dialect == "sqlite":
        session.execute(sqlite_insert(Counter).values(name=name, value=0).on_conflict_do_nothing(index_elements=["name"]))
    else:  # pragma: no cover - only the two supported backends
        if session.get(Counter, name) is None:
            session.add(Counter(name=name, value=0))
            session.flush()
    counter = session.scalars(
        select(Counter).where(Counter.name == name).with_for_update().execution_options(populate_existing=True)
    ).one()
    counter.value += 1
    session.flush()
    return counter.value


def next_number(uow: UnitOfWork, kind: str, pattern: str, *, year: int, month: int, product: str = "") -> str:
    """The next number of ``kind`` (e.g. "sample") formatted with ``pattern``."""
    scope = counter_scope(pattern, year=year, month=month, product=product)
    seq = next_value(uow, f"{kind}:{scope}")
    return format_number(pattern, year=year, month=month, product=product, seq=seq)


def plan_year(plan: object | None, today: dt.date) -> int:
    """The year numbers take: the plan's (its sampling period's start), else today's (issue 13 item 9)."""
    start = getattr(plan, "period_start", None)
    return start.year if isinstance(start, dt.date) else today.year
