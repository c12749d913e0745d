"""The tamper-evident record: audit events form a SHA-256 hash chain that also covers the rows that matter.

Canonical serialisation (``canonical``): JSON, keys sorted, no whitespace
(``separators=(",", ":")``), UTF-8 without ``\\u`` escapes; values normalised first:
datetimes as UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, dates ``YYYY-MM-DD``, Decimals
``str(d)``, bytes as ``"sha256:<hex of the bytes>"``, tuples as lists.

Row state: ``{"t": table, "k": [primary key values], "r": {column: value}}`` over every
column of a covered table, read back from the database (so write time and check time see
the same typed values); its SHA-256 is the row hash, and a 16-hex digest per column lets
``verify-db`` name which column differs.

Event hash: SHA-256 of ``canonical({"prev": previous event's hash, "event": {id, seq, at,
user_id, username, workstation, action, entity_type, entity_id, summary, details, reason,
rows}})``; the first event's ``prev`` is 64 zeros.

How rows get into the chain, once for every service: mapper events note each covered
row the ORM inserts, updates or deletes; ``before_commit`` flushes, locks the chain head
(``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already holds the
write lock), re-reads the noted rows, writes their hashes into the transaction's last
audit event (or a ``record.write`` event when the service recorded none), then numbers
and hashes the transaction's events in order and moves the head.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, event, inspect, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapper, Session, SessionTransaction, object_session

from labdesk.persistence.base import utcnow
from labdesk.persistence.models import (
    AuditEvent,
    Base,
    ChainHead,
    Determination,
    Enterprise,
    Notice,
    Photo,
    PlanProduct,
    Portion,
    Report,
    ReviewAction,
    RuleSetRevision,
    Sample,
    SampleEvaluation,
    SampleSampler,
    Setting,
    TestItem,
    User,
    UserCredential,
    UserRole,
    VerdictAcknowledgement,
)
from labdesk.persistence.models.corrections import SampleCorrection
from labdesk.persistence.models.logistics import Amendment

GENESIS = "0" * 64
_MISSING = "\u0000column-missing"  # stands for a recorded column the table no longer has
COVERED: tuple[type[Base], ...] = (
    Sample, SampleSampler, Portion, Photo, TestItem, Determination, SampleEvaluation, ReviewAction, Report,
    Notice, User, UserRole, UserCredential, PlanProduct, RuleSetRevision, Setting, Enterprise,
    VerdictAcknowledgement, Amendment, SampleCorrection,
)
# columns that change on every login, left out of the row state (the rest of a user — name, password
# hash, active — is protected)
EXCLUDED: dict[str, frozenset[str]] = {
    "users": frozenset({"failed_logins", "locked_until", "last_login_at", "version"}),
}


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


COVERED_TABLES: dict[str, Table] = {_table(model).name: _table(model) for model in COVERED}
AUDIT = _table(AuditEvent)
HEAD = _table(ChainHead)
EVENT_FIELDS = ("id", "seq", "at", "user_id", "username", "workstation", "action", "entity_type", "entity_id",
                "summary", "details", "reason", "rows")
_TOUCHED = "chain_touched"
_EVENTS = "chain_events"


# ---------------------------------------------------------------------------------------------
# Canonical serialisation and hashes


def normalise(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalise(v) for v in value]
    return value


def canonical(value: Any) -> bytes:
    return json.dumps(normalise(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sha256(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def row_key(table: Table, row: Any) -> list[Any]:
    return [normalise(row[c.name]) for c in table.primary_key.columns]


def row_entry(table: Table, row: Any, columns: Iterable[str] | None = None) -> dict[str, Any]:
    """What the chain records for one row: table, key, row hash and per-column digests.

    ``columns`` (a recorded entry's column names) checks a row against an older record: a
    column added to the table by a later migration is then left out until the row is written
    again, and a recorded column that is gone counts as changed.
    """
    skip = EXCLUDED.get(table.name, frozenset())
    names = list(columns) if columns is not None else [c.name for c in table.columns if c.name not in skip]
    values = {name: row.get(name, _MISSING) for name in names}
    key = row_key(table, row)
    return {
        "t": table.name, "k": key, "h": sha256({"t": table.name, "k": key, "r": values}),
        "c": {name: sha256(value)[:16] for name, value in values.items()},
    }


def event_hash(prev: str, values: dict[str, Any]) -> str:
    return sha256({"prev": prev, "event": {name: values.get(name) for name in EVENT_FIELDS}})


# ---------------------------------------------------------------------------------------------
# Noting the rows a transaction writes


def _note(_mapper: Mapper[Any], _connection: Connection, target: Any) -> None:
    session = object_session(target)
    if session is None:
        return
    mapper = inspect(target).mapper
    key = tuple(mapper.primary_key_from_instance(target))
    session.info.setdefault(_TOUCHED, set()).add((mapper.local_table.name, key))


def _note_event(_mapper: Mapper[Any], _connection: Connection, target: AuditEvent) -> None:
    session = object_session(target)
    if session is not None and target.seq is None:
        session.info.setdefault(_EVENTS, []).append(target.id)


def _forget(session: Session, transaction: SessionTransaction) -> None:
    """Whatever the outermost transaction noted ends with it (committed, rolled back or closed)."""
    if transaction.parent is None:
        session.info.pop(_TOUCHED, None)
        session.info.pop(_EVENTS, None)


def _before_commit(session: Session) -> None:
    session.flush()
    touched: set[tuple[str, tuple[Any, ...]]] = session.info.pop(_TOUCHED, set())
    events: list[int] = session.info.pop(_EVENTS, [])
    if not touched and not events:
        return
    append(session.connection(), events, touched)
    for obj in session.identity_map.values():  # keep loaded events in step with what was written
        if isinstance(obj, AuditEvent) and obj.id in events:
            session.expire(obj, ["seq", "prev_hash", "hash", "rows"])


_installed = False


def install() -> None:
    """Register the listeners (idempotent; called when the first session factory is made)."""
    global _installed  # noqa: PLW0603 - one process-wide registration of SQLAlchemy listeners
    if _installed:
        return
    for model in COVERED:
        for name in ("after_insert", "after_update", "after_delete"):
            event.listen(model, name, _note)
    event.listen(AuditEvent, "after_insert", _note_event)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_transaction_end", _forget)
    _installed = True


# ---------------------------------------------------------------------------------------------
# Appending


def lock_head(connection: Connection) -> tuple[int, str]:
    """The chain head, locked until the transaction ends (created at genesis when missing)."""
    table = HEAD
    dialect = connection.dialect.name
    values = {"id": 1, "seq": 0, "hash": GENESIS}
    if dialect == "postgresql":
        connection.execute(postgresql.insert(table).values(values).on_conflict_do_nothing(index_elements=["id"]))
    elif dialect == "sqlite":
        connection.execute(sqlite.insert(table).values(values).on_conflict_do_nothing(index_elements=["id"]))
    elif connection.execute(select(table.c.id).where(table.c.id == 1)).first() is None:
        connection.execute(table.insert().values(values))
    row = connection.execute(select(table.c.seq, table.c.hash).where(table.c.id == 1).with_for_update()).one()
    return int(row.seq), str(row.hash)


def read_head(connection: Connection) -> tuple[int, str]:
    """The chain head as it is now (no lock)."""
    table = HEAD
    row = connection.execute(select(table.c.seq, table.c.hash).where(table.c.id == 1)).first()
    return (int(row.seq), str(row.hash)) if row is not None else (0, GENESIS)


def key_filter(table: Table, keys: Sequence[Sequence[Any]]) -> Any:
    columns = list(table.primary_key.columns)
    if len(columns) == 1:
        return columns[0].in_([k[0] for k in keys])
    return or_(*(and_(*(c == v for c, v in zip(columns, k, strict=True))) for k in keys))


def current_entries(connection: Connection, touched: Iterable[tuple[str, tuple[Any, ...]]]) -> list[dict[str, Any]]:
    """Entries for the touched rows as they now are in the database; a deleted row gets ``"h": None``."""
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for name, key in touched:
        by_table.setdefault(name, []).append(key)
    entries: list[dict[str, Any]] = []
    for name in sorted(by_table):
        table = COVERED_TABLES[name]
        keys = sorted(set(by_table[name]), key=repr)
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            for row in connection.execute(select(table).where(key_filter(table, chunk))).mappings():
                entry = row_entry(table, row)
                found[json.dumps(entry["k"])] = entry
        for key in keys:
            normal = normalise(list(key))
            entries.append(found.get(json.dumps(normal)) or {"t": name, "k": normal, "h": None, "c": {}})
    return entries


def append(connection: Connection, event_ids: Sequence[int], touched: Iterable[tuple[str, tuple[Any, ...]]]) -> int:
    """Chain the transaction's events (in id order) with the touched rows' hashes; returns the new head seq."""
    table = AUDIT
    seq, prev = lock_head(connection)
    entries = current_entries(connection, touched)
    ids = sorted(event_ids)
    if not ids:
        first = entries[0]
        inserted = connection.execute(table.insert().values(
            at=utcnow(), username="system", workstation="", action="record.write", entity_type=first["t"],
            entity_id=str(first["k"][0] if len(first["k"]) == 1 else first["k"])[:64],
            summary="数据写入", details={}).returning(table.c.id))
        ids = [int(inserted.scalar_one())]
    for position, event_id in enumerate(ids):
        rows = entries if position == len(ids) - 1 else []
        seq += 1
        connection.execute(update(table).where(table.c.id == event_id).values(seq=seq, rows=rows))
        values = dict(connection.execute(select(table).where(table.c.id == event_id)).mappings().one())
        digest = event_hash(prev, values)
        connection.execute(update(table).where(table.c.id == event_id).values(prev_hash=prev, hash=digest))
        prev = digest
    connection.execute(update(HEAD).where(HEAD.c.id == 1).values(seq=seq, hash=prev))
    return seq
