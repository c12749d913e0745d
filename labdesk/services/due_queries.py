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
from typing import Any

from sqlalchemy import Date, and_, exists, func, not_, select
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


def _top_rows(uow: UnitOfWork, partition: Sequence[ColumnElement[Any]], where: Sequence[ColumnElement[Any]],
              extra: Sequence[ColumnElement[Any]] = ()) -> list[GroupRow]:
    """The first ``TOP`` samples (by id) of every partition, with the partition's size."""
    width = len(partition)
    inner = (
        select(*[p.label(f"k{i}") for i, p in enumerate(partition)], Sample.id.label("sid"),
               Sample.sample_no.label("sno"), *[e.label(f"x{i}") for i, e in enumerate(extra)],
               func.row_number().over(partition_by=list(partition), order_by=Sample.id).label("rn"),
               func.count().over(partition_by=list(partition)).label("n"))
        .where(*where)
        .subquery()
    )
    rows = uow.session.execute(select(inner).where(inner.c.rn <= TOP).order_by(inner.c.sid)).all()
    result = []
    for row in rows:
        values = tuple(row)
        key = values[:width]
        sid, sno = values[width], values[width + 1]
        extras = values[width + 2:width + 2 + len(extra)]
        result.append(GroupRow(key, int(values[-1]), sid, sno, extras))
    return result


def _not_entered(kind: str) -> ColumnElement[bool]:
    return not_(exists().where(EcqsEntry.sample_id == Sample.id, EcqsEntry.kind == kind))


def ecqs_sampling_groups(uow: UnitOfWork, plan_ids: Sequence[int]) -> list[GroupRow]:
    """Samples of active plans whose sampling information is not in e-CQS yet, per (plan, sampling date)."""
    return _top_rows(uow, (Sample.plan_id, Sample.sampling_date),
                     (Sample.state != "rejected", Sample.plan_id.in_(plan_ids), _not_entered("sampling")))


def ecqs_results_groups(uow: UnitOfWork, plan_ids: Sequence[int]) -> list[GroupRow]:
    """Tested samples whose results are not in e-CQS yet, per (plan, Beijing date testing ended)."""
    return _top_rows(uow, (Sample.plan_id, beijing_date(Sample.testing_finished_at)),
                     (Sample.testing_finished_at.is_not(None), Sample.state.notin_(("rejected", "terminated")),
                      Sample.plan_id.in_(plan_ids), _not_entered("results")))


def plans_missing_results(uow: UnitOfWork, plan_ids: Sequence[int]) -> set[int]:
    """Active plans with at least one reported sample whose results are not in e-CQS."""
    if not plan_ids:
        return set()
    found: set[int] = set()
    for plan_id in plan_ids:  # one EXISTS per active plan (a handful): stops at the first match
        hit = uow.session.scalar(select(Sample.id).where(Sample.plan_id == plan_id, Sample.state == "reported",
                                                         _not_entered("results")).limit(1))
        if hit is not None:
            found.add(plan_id)
    return found


def _not_delivered(duty: str) -> ColumnElement[bool]:
    return not_(exists().where(Delivery.sample_id == Sample.id, Delivery.duty == duty))


DELIVERY_FILTERS: dict[str, tuple[str, bool]] = {  # duty → (verdict, circulation with a producer only)
    "pass_enterprise": ("pass", False),
    "pass_bureau": ("pass", False),
    "fail_enterprise": ("fail", False),
    "fail_producer": ("fail", True),
    "fail_province": ("fail", False),
}


def delivery_groups(uow: UnitOfWork, plan_ids: Sequence[int], duty: str) -> list[GroupRow]:
    """Reported samples still owing one per-sample delivery duty.

    Partitioned by plan (and for the province by the issue date of the signed report, which
    sets that deadline).  ``extra`` = (enterprise name, enterprise region, producer name).
    """
    verdict, circulation = DELIVERY_FILTERS[duty]
    where: list[ColumnElement[bool]] = [Sample.state == "reported", Sample.verdict == verdict,
                                        Sample.plan_id.in_(plan_ids), _not_delivered(duty)]
    if circulation:
        where += [Sample.domain == "circulation", Sample.producer_id.is_not(None)]
    partition: list[ColumnElement[Any]] = [Sample.plan_id]
    if duty == "fail_province":
        issued = (select(func.max(Report.issued_on)).where(Report.sample_id == Sample.id, Report.state == "signed")
                  .correlate(Sample).scalar_subquery())
        partition.append(issued)
    groups = _top_rows(uow, partition, where)
    return _with_enterprises(uow, groups)


def _with_enterprises(uow: UnitOfWork, groups: list[GroupRow]) -> list[GroupRow]:
    """Add (unit name, unit region, producer name) to the few rows shown."""
    if not groups:
        return groups
    ids = [g.sample_id for g in groups]
    producer = Enterprise.__table__.alias("producer")
    rows = uow.session.execute(
        select(Sample.id, Enterprise.name, Enterprise.region, producer.c.name)
        .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
        .outerjoin(producer, producer.c.id == Sample.producer_id)
        .where(Sample.id.in_(ids))).all()
    info = {sid: (name, region, producer_name) for sid, name, region, producer_name in rows}
    return [GroupRow(g.key, g.size, g.sample_id, g.sample_no, info[g.sample_id]) for g in groups if g.sample_id in info]


def _receipt_subquery(starts: Sequence[str]) -> Any:
    return (select(Delivery.sample_id.label("sample_id"), func.min(Delivery.received_on).label("received_on"))
            .where(Delivery.duty.in_(starts), Delivery.received_on.is_not(None), Delivery.sample_id.is_not(None))
            .group_by(Delivery.sample_id).subquery())


def disposition_groups(uow: UnitOfWork, starts: Sequence[str]) -> list[GroupRow]:
    """Reported samples whose objection period has started, not disposed of and with no open objection.

    Partitioned by (paid, verdict, receipt date); ``extra`` = (enterprise name,).
    """
    receipt = _receipt_subquery(starts)
    open_objection = exists().where(Objection.sample_id == Sample.id,
                                    Objection.state.in_(("accepted", "retesting")))
    width = 3
    partition = (Sample.paid, Sample.verdict, receipt.c.received_on)
    inner = (
        select(*[p.label(f"k{i}") for i, p in enumerate(partition)], Sample.id.label("sid"),
               Sample.sample_no.label("sno"), Enterprise.name.label("unit"),
               func.row_number().over(partition_by=list(partition), order_by=Sample.id).label("rn"),
               func.count().over(partition_by=list(partition)).label("n"))
        .join(receipt, receipt.c.sample_id == Sample.id)
        .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
        .where(Sample.state == "reported", not_(exists().where(Disposition.sample_id == Sample.id)),
               not_(open_objection))
        .subquery()
    )
    rows = uow.session.execute(select(inner).where(inner.c.rn <= TOP).order_by(inner.c.sid)).all()
    return [GroupRow(tuple(r[:width]), int(r[-1]), r[width], r[width + 1], (r[width + 2],)) for r in rows]


def plan_duties_done(uow: UnitOfWork, plan_ids: Sequence[int]) -> set[tuple[int, str]]:
    """(plan, duty) pairs of plan-level deliveries already recorded."""
    if not plan_ids:
        return set()
    rows = uow.session.execute(select(Delivery.plan_id, Delivery.duty).where(
        and_(Delivery.plan_id.in_(plan_ids), Delivery.sample_id.is_(None)))).all()
    return {(pid, duty) for pid, duty in rows}
