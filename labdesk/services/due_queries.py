"""Set-based queries behind the home screen's due list (issue 18).

Each query groups in the database: it returns, per group of samples sharing a task and a
deadline driver (plan, sampling date, end of testing, issue date...), the group's size and
at most ``TOP`` rows (the lowest sample ids) — enough to show a small group sample by
sample, or a large one as "共 N 批：A、B、C…".  Nothing here builds one object per sample.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Date, and_, bindparam, exists, func, not_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from labdesk.persistence.models import Delivery, Disposition, Enterprise, Objection, Report, Sample
from labdesk.persistence.models.logistics import EcqsEntry
from labdesk.persistence.uow import UnitOfWork

TOP = 3  # rows fetched per group: enough for a small group, and the three codes of a large one


class beijing_date(FunctionElement[dt.date]):
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


PLANS: Any = bindparam("plans", expanding=True)
Where = Callable[[Any], Sequence[ColumnElement[Any]]]


def _grouped(partition: Where, where: Where) -> Any:
    """Per partition: its size and its three lowest sample ids (``k0..``, ``n``, ``m1``, ``m2``, ``m3``).

    One GROUP BY for the sizes; the 2nd and 3rd ids are correlated ``min(id) … id > previous`` per
    group, which an index on (partition, id) answers with a short forward walk.  No window sort,
    no row per sample leaves the database.
    """
    keys = partition(Sample)
    groups = (select(*[k.label(f"k{i}") for i, k in enumerate(keys)], func.count().label("n"),
                     func.min(Sample.id).label("m1"))
              .where(*where(Sample)).group_by(*keys).subquery("g"))

    def next_id(outer: Any, after: Any) -> Any:
        other = aliased(Sample)
        alike = [k.is_not_distinct_from(outer.c[f"k{i}"]) for i, k in enumerate(partition(other))]
        return (select(func.min(other.id)).where(*where(other), *alike, other.id > after)
                .correlate(outer).scalar_subquery())

    second = select(groups, next_id(groups, groups.c.m1).label("m2")).subquery("g2")
    return select(second, next_id(second, second.c.m2).label("m3"))


def _group_rows(uow: UnitOfWork, statement: Any, width: int, plan_ids: Sequence[int] | None,
                details: Callable[[UnitOfWork, list[int]], dict[int, tuple[Any, ...]]]) -> list[GroupRow]:
    params = {"plans": list(plan_ids)} if plan_ids is not None else {}
    groups = uow.session.execute(statement, params).all()
    wanted = [sid for g in groups for sid in g[width + 1:width + 4] if sid is not None]
    info = details(uow, wanted) if wanted else {}
    result = []
    for g in groups:
        key, size = tuple(g[:width]), int(g[width])
        for sid in g[width + 1:width + 4]:
            if sid is not None and sid in info:
                number, *extra = info[sid]
                result.append(GroupRow(key, size, sid, number, tuple(extra)))
    result.sort(key=lambda r: r.sample_id)
    return result


def _numbers(uow: UnitOfWork, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    rows = uow.session.execute(select(Sample.id, Sample.sample_no).where(Sample.id.in_(ids))).all()
    return {sid: (no,) for sid, no in rows}


def _with_enterprises(uow: UnitOfWork, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    producer = aliased(Enterprise)
    rows = uow.session.execute(
        select(Sample.id, Sample.sample_no, Enterprise.name, Enterprise.region, producer.name)
        .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
        .outerjoin(producer, producer.id == Sample.producer_id)
        .where(Sample.id.in_(ids))).all()
    return {sid: (no, name, region, producer_name) for sid, no, name, region, producer_name in rows}


def _not_entered(entity: Any, kind: str) -> ColumnElement[bool]:
    return not_(exists().where(EcqsEntry.sample_id == entity.id, EcqsEntry.kind == kind))


@cache
def _sampling_statement() -> Any:
    return _grouped(lambda s: (s.plan_id, s.sampling_date),
                    lambda s: (s.plan_id.in_(PLANS), s.state != "rejected", _not_entered(s, "sampling")))


def ecqs_sampling_groups(uow: UnitOfWork, plan_ids: Sequence[int]) -> list[GroupRow]:
    """Samples of active plans whose sampling information is not in e-CQS yet, per (plan, sampling date)."""
    return _group_rows(uow, _sampling_statement(), 2, plan_ids, _numbers)


@cache
def _results_statement() -> Any:
    # a window here: the partition (Beijing day of a timestamp) is no index range the per-group walk can use
    partition = (Sample.plan_id, beijing_date(Sample.testing_finished_at))
    inner = (select(*[p.label(f"k{i}") for i, p in enumerate(partition)], Sample.id.label("sid"),
                    func.row_number().over(partition_by=list(partition), order_by=Sample.id).label("rn"),
                    func.count().over(partition_by=list(partition)).label("n"))
             .where(Sample.plan_id.in_(PLANS), Sample.testing_finished_at.is_not(None),
                    Sample.state.notin_(("rejected", "terminated")), _not_entered(Sample, "results"))
             .subquery())
    return (select(inner.c.k0, inner.c.k1, inner.c.n, inner.c.sid, Sample.sample_no)
            .join(Sample, Sample.id == inner.c.sid).where(inner.c.rn <= TOP).order_by(inner.c.sid))


def ecqs_results_groups(uow: UnitOfWork, plan_ids: Sequence[int]) -> list[GroupRow]:
    """Tested samples whose results are not in e-CQS yet, per (plan, Beijing date testing ended)."""
    rows = uow.session.execute(_results_statement(), {"plans": list(plan_ids)}).all()
    return [GroupRow(tuple(r[:2]), int(r[2]), r[3], r[4], ()) for r in rows]


@cache
def _missing_statement() -> Any:
    return select(Sample.id).where(Sample.plan_id == bindparam("plan"), Sample.state == "reported",
                                   _not_entered(Sample, "results")).limit(1)


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


def _issued(entity: Any) -> Any:
    """The issue date of the sample's signed report (sets the province's 7-day deadline)."""
    return (select(func.max(Report.issued_on)).where(Report.sample_id == entity.id, Report.state == "signed")
            .correlate(entity).scalar_subquery())


@cache
def _delivery_statement(duty: str) -> Any:
    verdict, circulation = DELIVERY_FILTERS[duty]

    def where(s: Any) -> list[ColumnElement[Any]]:
        owed = [s.plan_id.in_(PLANS), s.state == "reported", s.verdict == verdict,
                not_(exists().where(Delivery.sample_id == s.id, Delivery.duty == duty))]
        if circulation:
            owed += [s.domain == "circulation", s.producer_id.is_not(None)]
        return owed

    if duty == "fail_province":
        return _grouped(lambda s: (s.plan_id, _issued(s)), where)
    return _grouped(lambda s: (s.plan_id,), where)


def delivery_groups(uow: UnitOfWork, plan_ids: Sequence[int], duty: str) -> list[GroupRow]:
    """Reported samples still owing one per-sample delivery duty.

    Partitioned by plan (and for the province by the issue date of the signed report, which
    sets that deadline); ``key`` = (plan, issued or None); ``extra`` = (unit name, unit region,
    producer name).
    """
    width = 2 if duty == "fail_province" else 1
    rows = _group_rows(uow, _delivery_statement(duty), width, plan_ids, _with_enterprises)
    if width == 1:
        rows = [GroupRow((r.key[0], None), r.size, r.sample_id, r.sample_no, r.extra) for r in rows]
    return rows


@cache
def _disposition_statement(starts: tuple[str, ...]) -> Any:
    receipt = (select(Delivery.sample_id.label("sample_id"), func.min(Delivery.received_on).label("received_on"))
               .where(Delivery.duty.in_(starts), Delivery.received_on.is_not(None), Delivery.sample_id.is_not(None))
               .group_by(Delivery.sample_id).subquery())
    open_objection = exists().where(Objection.sample_id == Sample.id,
                                    Objection.state.in_(("accepted", "retesting")))
    disposed = exists().where(Disposition.sample_id == Sample.id)
    partition = (Sample.paid, Sample.verdict, receipt.c.received_on)
    inner = (select(*[p.label(f"k{i}") for i, p in enumerate(partition)], Sample.id.label("sid"),
                    func.row_number().over(partition_by=list(partition), order_by=Sample.id).label("rn"),
                    func.count().over(partition_by=list(partition)).label("n"))
             .join(receipt, receipt.c.sample_id == Sample.id)
             .where(Sample.state == "reported", not_(disposed), not_(open_objection)).subquery())
    return (select(inner.c.k0, inner.c.k1, inner.c.k2, inner.c.n, inner.c.sid, Sample.sample_no, Enterprise.name)
            .join(Sample, Sample.id == inner.c.sid)
            .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
            .where(inner.c.rn <= TOP).order_by(inner.c.sid))


def disposition_groups(uow: UnitOfWork, starts: Sequence[str]) -> list[GroupRow]:
    """Reported samples whose objection period has started, not disposed of and with no open objection.

    Partitioned by (paid, verdict, receipt date); ``extra`` = (enterprise name,).  These are few
    (samples between receipt and disposal), so a window function keeps the first rows per group.
    """
    rows = uow.session.execute(_disposition_statement(tuple(starts))).all()
    return [GroupRow(tuple(r[:3]), int(r[3]), r[4], r[5], tuple(r[6:])) for r in rows]


def plan_duties_done(uow: UnitOfWork, plan_ids: Sequence[int]) -> set[tuple[int, str]]:
    """(plan, duty) pairs of plan-level deliveries already recorded."""
    if not plan_ids:
        return set()
    rows = uow.session.execute(select(Delivery.plan_id, Delivery.duty).where(
        and_(Delivery.plan_id.in_(plan_ids), Delivery.sample_id.is_(None)))).all()
    return {(pid, duty) for pid, duty in rows if pid is not None}
