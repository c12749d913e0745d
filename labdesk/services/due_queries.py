"""Set-based queries behind the home screen's due list (issue 18).

Each query groups in the database: it returns, per group of samples sharing a task and a
deadline driver (plan, sampling date, end of testing, issue date...), the group's size and
at most ``TOP`` rows (the lowest sample ids) — enough to show a small group sample by
sample, or a large one as "共 N 批：A、B、C…".  Nothing here builds one object per sample.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Date, and_, bindparam, case, exists, func, literal, not_, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from labdesk.persistence.models import Delivery, Disposition, Enterprise, Objection, Report, Sample
from labdesk.persistence.models.logistics import EcqsEntry
from labdesk.persistence.uow import UnitOfWork

TOP = 3  # rows fetched per group: enough for a small group, and the three codes of a large one


class beijing_date(FunctionElement[dt.date]):  # noqa: N801 - SQL function style
    """The Beijing (UTC+8, no daylight saving) calendar date of a UTC timestamp column."""

    type = Date()
    inherit_cache = True


@compiles(beijing_date, "sqlite")
def _beijing_date_sqlite(element: beijing_date, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, '+8 hours')"


@compiles(beijing_date, "postgresql")
def _beijing_date_pg(element: beijing_date, compiler: Any, **kw: Any) -> str:
    return f"CAST(timezone('UTC', {compiler.process(element.clauses, **kw)}) + INTERVAL '8 hours' AS DATE)"


@dataclass(frozen=True)
class GroupRow:
    """One of the first rows of a group: its partition key, its size, and the sample it shows."""

    key: tuple[Any, ...]
    size: int
    sample_id: int
    sample_no: str
    extra: tuple[Any, ...]


PLANS = bindparam("plans", expanding=True)


def _windowed(partition: Sequence[ColumnElement[Any]], where: Sequence[ColumnElement[Any]],
              carry: Sequence[ColumnElement[Any]] = (), joins: Sequence[tuple[Any, Any]] = ()) -> Any:
    """Per partition: its size and its first ``TOP`` samples by id (``rn`` ≤ TOP), as a subquery.

    Only ids and keys pass through the window (an index can cover them); the caller joins
    the few rows kept to whatever it shows.
    """
    query = select(*[p.label(f"k{i}") for i, p in enumerate(partition)], Sample.id.label("sid"),
                   *[c.label(f"c{i}") for i, c in enumerate(carry)],
                   func.row_number().over(partition_by=list(partition), order_by=Sample.id).label("rn"),
                   func.count().over(partition_by=list(partition)).label("n"))
    for target, on in joins:
        query = query.join(target, on)
    return query.where(*where).subquery()


def _keys(inner: Any, width: int) -> list[Any]:
    return [inner.c[f"k{i}"] for i in range(width)]


def _group_rows(uow: UnitOfWork, statement: Any, width: int, plan_ids: Sequence[int] | None) -> list[GroupRow]:
    params = {"plans": list(plan_ids)} if plan_ids is not None else {}
    rows = uow.session.execute(statement, params).all()
    return [GroupRow(tuple(r[:width]), int(r[width]), r[width + 1], r[width + 2], tuple(r[width + 3:])) for r in rows]


def _not_entered(kind: str) -> ColumnElement[bool]:
    return not_(exists().where(EcqsEntry.sample_id == Sample.id, EcqsEntry.kind == kind))


@cache
def _sampling_statement() -> Any:
    inner = _windowed((Sample.plan_id, Sample.sampling_date),
                      (Sample.state != "rejected", Sample.plan_id.in_(PLANS), _not_entered("sampling")))
    return (select(*_keys(inner, 2), inner.c.n, inner.c.sid, Sample.sample_no)
            .join(Sample, Sample.id == inner.c.sid).where(inner.c.rn <= TOP).order_by(inner.c.sid))


def ecqs_sampling_groups(uow: UnitOfWork, plan_ids: Sequence[int]) -> list[GroupRow]:
    """Samples of active plans whose sampling information is not in e-CQS yet, per (plan, sampling date)."""
    return _group_rows(uow, _sampling_statement(), 2, plan_ids)


@cache
def _results_statement() -> Any:
    inner = _windowed((Sample.plan_id, beijing_date(Sample.testing_finished_at)),
                      (Sample.testing_finished_at.is_not(None), Sample.state.notin_(("rejected", "terminated")),
                       Sample.plan_id.in_(PLANS), _not_entered("results")))
    return (select(*_keys(inner, 2), inner.c.n, inner.c.sid, Sample.sample_no)
            .join(Sample, Sample.id == inner.c.sid).where(inner.c.rn <= TOP).order_by(inner.c.sid))


def ecqs_results_groups(uow: UnitOfWork, plan_ids: Sequence[int]) -> list[GroupRow]:
    """Tested samples whose results are not in e-CQS yet, per (plan, Beijing date testing ended)."""
    return _group_rows(uow, _results_statement(), 2, plan_ids)


@cache
def _missing_statement() -> Any:
    return select(Sample.id).where(Sample.plan_id == bindparam("plan"), Sample.state == "reported",
                                   _not_entered("results")).limit(1)


def plans_missing_results(uow: UnitOfWork, plan_ids: Sequence[int]) -> set[int]:
    """Active plans with at least one reported sample whose results are not in e-CQS."""
    statement = _missing_statement()
    # one EXISTS per active plan (a handful): each stops at its first match
    return {pid for pid in plan_ids if uow.session.scalar(statement, {"plan": pid}) is not None}


DELIVERY_FILTERS: dict[str, tuple[str, bool]] = {  # duty → (verdict, circulation with a producer only)
    "pass_enterprise": ("pass", False),
    "pass_bureau": ("pass", False),
    "fail_enterprise": ("fail", False),
    "fail_producer": ("fail", True),
    "fail_province": ("fail", False),
}


@cache
def _delivery_statement() -> Any:
    duties = union_all(*[select(literal(d).label("duty"), literal(v).label("verdict"), literal(int(c)).label("circ"))
                         for d, (v, c) in DELIVERY_FILTERS.items()]).subquery("duties")
    issued = (select(func.max(Report.issued_on)).where(Report.sample_id == Sample.id, Report.state == "signed")
              .correlate(Sample).scalar_subquery())
    on = and_(duties.c.verdict == Sample.verdict,
              or_(duties.c.circ == 0, and_(Sample.domain == "circulation", Sample.producer_id.is_not(None))))
    delivered = exists().where(Delivery.sample_id == Sample.id, Delivery.duty == duties.c.duty)
    owed = (select(duties.c.duty.label("duty"), Sample.plan_id.label("plan_id"), Sample.id.label("sid"),
                   case((duties.c.duty == "fail_province", issued), else_=None).label("issued"))
            .join(duties, on)
            .where(Sample.state == "reported", Sample.plan_id.in_(PLANS), not_(delivered)).subquery("owed"))
    partition = [owed.c.duty, owed.c.plan_id, owed.c.issued]
    inner = select(owed, func.row_number().over(partition_by=partition, order_by=owed.c.sid).label("rn"),
                   func.count().over(partition_by=partition).label("n")).subquery()
    producer = Enterprise.__table__.alias("producer")
    return (select(inner.c.duty, inner.c.plan_id, inner.c.issued, inner.c.n, inner.c.sid, Sample.sample_no,
                   Enterprise.name, Enterprise.region, producer.c.name)
            .join(Sample, Sample.id == inner.c.sid)
            .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
            .outerjoin(producer, producer.c.id == Sample.producer_id)
            .where(inner.c.rn <= TOP).order_by(inner.c.sid))


def delivery_groups(uow: UnitOfWork, plan_ids: Sequence[int]) -> list[GroupRow]:
    """Reported samples still owing per-sample delivery duties, one query for the five duties.

    Partitioned by (duty, plan, issue date of the signed report — for the province duty only,
    it sets that deadline); ``extra`` = (enterprise name, enterprise region, producer name).
    """
    return _group_rows(uow, _delivery_statement(), 3, plan_ids)


@cache
def _disposition_statement(starts: tuple[str, ...]) -> Any:
    receipt = (select(Delivery.sample_id.label("sample_id"), func.min(Delivery.received_on).label("received_on"))
               .where(Delivery.duty.in_(starts), Delivery.received_on.is_not(None), Delivery.sample_id.is_not(None))
               .group_by(Delivery.sample_id).subquery())
    open_objection = exists().where(Objection.sample_id == Sample.id,
                                    Objection.state.in_(("accepted", "retesting")))
    disposed = exists().where(Disposition.sample_id == Sample.id)
    inner = _windowed((Sample.paid, Sample.verdict, receipt.c.received_on),
                      (Sample.state == "reported", not_(disposed), not_(open_objection)),
                      joins=((receipt, receipt.c.sample_id == Sample.id),))
    return (select(*_keys(inner, 3), inner.c.n, inner.c.sid, Sample.sample_no, Enterprise.name)
            .join(Sample, Sample.id == inner.c.sid)
            .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
            .where(inner.c.rn <= TOP).order_by(inner.c.sid))


def disposition_groups(uow: UnitOfWork, starts: Sequence[str]) -> list[GroupRow]:
    """Reported samples whose objection period has started, not disposed of and with no open objection.

    Partitioned by (paid, verdict, receipt date); ``extra`` = (enterprise name,).
    """
    return _group_rows(uow, _disposition_statement(tuple(starts)), 3, None)


def plan_duties_done(uow: UnitOfWork, plan_ids: Sequence[int]) -> set[tuple[int, str]]:
    """(plan, duty) pairs of plan-level deliveries already recorded."""
    if not plan_ids:
        return set()
    rows = uow.session.execute(select(Delivery.plan_id, Delivery.duty).where(
        and_(Delivery.plan_id.in_(plan_ids), Delivery.sample_id.is_(None)))).all()
    return {(pid, duty) for pid, duty in rows}
