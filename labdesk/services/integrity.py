"""Is the record intact?  The whole check (``verify-db``, admin page) and the quick start-up check.

The hash chain itself is written by ``labdesk.persistence.chain`` at every commit; this module
only reads.  The command line needs no login (whoever may open the database may check it);
the admin page needs the 「查看审计记录」 permission.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from labdesk.domain.permissions import Permission
from labdesk.persistence import chain_verify
from labdesk.persistence.chain import read_head
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

TAIL_EVENTS = 200

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    events: int
    rows: int
    head_seq: int
    breaks: tuple[str, ...]  # each names table, record and what differs (Chinese)
    tables: tuple[str, ...]  # the table of each break, in the same order

    @property
    def summary(self) -> str:
        if self.ok:
            return f"数据库完整：审计链 {self.events} 条事件、受保护记录 {self.rows} 条，均与记录一致。"
        return f"发现 {len(self.breaks)} 处与审计记录不一致（审计链 {self.events} 条事件、受保护记录 {self.rows} 条）。"


def check_database(ctx: ServiceContext, progress: ProgressFn | None = None) -> IntegrityReport:
    """Check the whole chain and every covered row (read-only; one consistent snapshot on PostgreSQL)."""
    with ctx.engine.connect() as connection:
        connection.execution_options(labdesk_read_only=True)
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        result = chain_verify.verify(connection, progress)
        connection.rollback()
    return IntegrityReport(result.ok, result.events, result.rows, result.head_seq,
                           tuple(str(b) for b in result.breaks), tuple(b.table for b in result.breaks))


def verify_database(ctx: ServiceContext, actor: Actor, progress: ProgressFn | None = None) -> IntegrityReport:
    """The admin page's check (same as ``labdesk verify-db``)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_AUDIT)
    return check_database(ctx, progress)


def check_tail(ctx: ServiceContext, last: int = TAIL_EVENTS) -> tuple[str, ...]:
    """The quick start-up check of the newest events; empty when they are intact."""
    with ctx.engine.connect() as connection:
        connection.execution_options(labdesk_read_only=True)
        breaks = chain_verify.verify_tail(connection, last)
        connection.rollback()
    return tuple(str(b) for b in breaks)


def chain_head(ctx: ServiceContext) -> tuple[int, str]:
    with ctx.engine.connect() as connection:
        connection.execution_options(labdesk_read_only=True)
        head = read_head(connection)
        connection.rollback()
    return head
