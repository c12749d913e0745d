"""Is the record intact?  The whole check (``verify-db``, admin page) and the quick start-up check.

The hash chain itself is written by ``labdesk.persistence.chain`` at every commit; this module
only reads.  The command line needs no login (whoever may open the database may check it);
the admin page needs the 「查看审计记录」 permission.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from labdesk.domain.permissions import Permission
from labdesk.persistence import chain_verify
from labdesk.persistence.chain import COVERED_TABLES, read_head, row_entry
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
    lines: tuple[str, ...] = ()  # the breaks as the screen shows them (no internal table names)

    @property
    def summary(self) -> str:
        if self.ok:
            return f"数据库完整：审计链 {self.events} 条事件、受保护记录 {self.rows} 条，均与记录一致。"
        return f"发现 {len(self.breaks)} 处与审计记录不一致（审计链 {self.events} 条事件、受保护记录 {self.rows} 条）。"


def check_database(ctx: ServiceContext, progress: ProgressFn | None = None) -> IntegrityReport:
    """Check the whole chain and every covered row (read-only; one consistent snapshot)."""
    with ctx.engine.connect() as connection:
        connection.execution_options(labdesk_read_only=True)
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        report = check_database_on(connection, progress)
        connection.rollback()
    return report


def check_database_on(connection: Connection, progress: ProgressFn | None = None) -> IntegrityReport:
    """The same check inside a transaction the caller holds."""
    result = chain_verify.verify(connection, progress)
    return IntegrityReport(result.ok, result.events, result.rows, result.head_seq,
                           tuple(str(b) for b in result.breaks), tuple(b.table for b in result.breaks),
                           tuple(b.text_zh for b in result.breaks))


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


_ANCHOR = re.compile(rb"chain=(\d+):([0-9a-f]{64})")


def anchor_in(pdf: bytes) -> tuple[int, str] | None:
    """The audit chain head written into a signed report's metadata at signing."""
    match = _ANCHOR.search(pdf)
    return (int(match.group(1)), match.group(2).decode("ascii")) if match else None


def report_problem(connection: Connection, row: Any, pdf: bytes) -> str:
    """Why a register row and its PDF disagree with the audit chain ('' when they agree).

    The recorded chain head must be the same in the PDF and the register and exist in the
    chain; the register row must still hash to the state its last audit event recorded (a
    superseded report set back to current in the database no longer does).
    """
    anchor = anchor_in(pdf)
    if anchor is not None:
        if (row.chain_seq, row.chain_head) != anchor:
            return "报告中记录的审计链头与登记册不一致（登记册被改动）。"
        if chain_verify.hash_at(connection, anchor[0]) != anchor[1]:
            return f"报告中记录的审计链头（链序 {anchor[0]}）在审计链中不存在或已被改写。"
    table = COVERED_TABLES["reports"]
    current = connection.execute(select(table).where(table.c.id == row.id)).mappings().one()
    recorded = chain_verify.latest_recorded(connection, "reports", row_entry(table, current)["k"])
    if recorded is None:
        return "登记册中的这条报告记录不在审计链中（被直接写入数据库）。"
    event, saved = recorded
    entry = row_entry(table, current, saved.get("c") or None)
    if not chain_verify.event_intact(event):
        return f"记录这份报告的审计事件（链序 {event['seq']}）已被修改。"
    if saved.get("h") != entry["h"]:
        changed = [chain_verify.COLUMN_ZH.get(c, c) for c, d in entry["c"].items() if (saved.get("c") or {}).get(c) != d]
        return (f"登记册中的报告记录与审计链第 {event['seq']} 号事件记录的不一致（{'、'.join(changed) or '内容'}"
                "被直接修改），登记状态不可信。")
    return ""
