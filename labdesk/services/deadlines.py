"""What is due and overdue, on Chinese working days (the home screen's 工作台).

Deadlines (seed plan 晋市监发〔2021〕158号 unless noted):

- e-CQS sampling information: entered by the day after sampling (当日完成前一天抽样信息的录入);
- e-CQS results: within 3 working days after testing ends;
- failing reports to the provincial bureau: within 7 days of issue;
- all reports and notices delivered by the plan's delivery date; summary table and
  analysis report by the summary date; the bound volume and e-CQS by the e-CQS date;
- objections: 15 days from the enterprise's receipt; an accepted objection should be
  arranged for re-test within 3 working days (city-level practice, domain.md §10.2, H);
- disposition: due on the first working day after the objection period;
- a refusal (拒检) is confirmed with the county bureau and reported to the province at
  once: due the next working day.

``due_items`` lists only what the acting user's roles may act on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import PermissionDenied
from labdesk.domain.permissions import Permission, Role, permissions_for
from labdesk.domain.workdays import add_days, add_working_days, next_working_day
from labdesk.persistence.models import Enterprise, Objection, Plan, Refusal, Sample, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import due_queries
from labdesk.services.calendar import calendar_in
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.due_queries import GroupRow
from labdesk.services.logistics import (
    DISPOSITION_ACTIONS,
    DUTIES,
    OBJECTION_DAYS,
    disposition_action,
)

ECQS_SAMPLING_DAYS = 1  # calendar days after sampling
ECQS_RESULTS_WORKING_DAYS = 3
OBJECTION_ARRANGE_WORKING_DAYS = 3


@dataclass(frozen=True)
class DueItem:
    kind: str  # ecqs_sampling | ecqs_results | delivery | objection | disposition | refusal | plan | testing | ...
    title: str
    detail: str
    due_on: dt.date
    overdue: bool
    days_left: int  # calendar days until due (negative when overdue)
    permission: Permission
    page: str  # the GUI page that handles it
    plan_id: int | None = None
    sample_id: int | None = None
    code: str = ""  # sample number (or plan code) to open

    @property
    def due_text(self) -> str:
        if self.overdue:
            return f"已逾期 {-self.days_left} 天"
        if self.days_left == 0:
            return "今天到期"
        return f"{self.days_left} 天后到期"


def _item(kind: str, title: str, detail: str, due: dt.date, today: dt.date, permission: Permission, page: str,
          plan_id: int | None = None, sample_id: int | None = None, code: str = "") -> DueItem:
    left = (due - today).days
    return DueItem(kind, title, detail, due, left < 0, left, permission, page, plan_id, sample_id, code)


class _Workdays:
    """Working-day arithmetic cached per date for one due list (a few dozen distinct dates)."""

    def __init__(self, calendar: Any) -> None:
        self._calendar = calendar
        self._added: dict[tuple[dt.date, int], dt.date] = {}
        self._next: dict[dt.date, dt.date] = {}

    def add(self, day: dt.date, count: int) -> dt.date:
        key = (day, count)
        if key not in self._added:
            self._added[key] = add_working_days(self._calendar, day, count)
        return self._added[key]

    def next(self, day: dt.date) -> dt.date:
        if day not in self._next:
            self._next[day] = next_working_day(self._calendar, day)
        return self._next[day]


class _Collector:
    """Per-sample lines merged by (kind, title, due date, page, plan) from database groups.

    A database group (one partition) arrives as its size plus its first rows; several
    partitions may share one deadline (e.g. testing ending Fri, Sat and Sun).  Lines are
    emitted in the order the old per-sample walk met them (first sample id, then duty order),
    so ties in the final sort come out as before.
    """

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str, dt.date, str, int | None], _Lines] = {}

    def add(self, row: GroupRow, item: DueItem, rank: int) -> None:
        key = (item.kind, item.title, item.due_on, item.page, item.plan_id)
        lines = self._groups.setdefault(key, _Lines())
        if (row.key, rank) not in lines.partitions:
            lines.partitions.add((row.key, rank))
            lines.size += row.size
        lines.members.append((row.sample_id, rank, item))

    def items(self) -> list[DueItem]:
        ordered = sorted(self._groups.values(), key=lambda g: min((sid, rank) for sid, rank, _ in g.members))
        result: list[DueItem] = []
        for lines in ordered:
            members = [item for _, _, item in sorted(lines.members, key=lambda m: m[0])]
            result.extend(_group_line(members, lines.size))
        return result


@dataclass
class _Lines:
    size: int = 0
    partitions: set[tuple[tuple[Any, ...], int]] = field(default_factory=set)
    members: list[tuple[int, int, DueItem]] = field(default_factory=list)


def _group_line(members: list[DueItem], size: int) -> list[DueItem]:
    if size <= GROUP_OVER:
        return members
    first = members[0]
    codes = "、".join(m.code for m in members[:3])
    return [DueItem(first.kind, f"{first.title}（{size} 批）", f"共 {size} 批：{codes}…", first.due_on, first.overdue,
                    first.days_left, first.permission, first.page, first.plan_id, None, first.code)]


@dataclass(frozen=True)
class _ActivePlan:
    id: int
    code: str
    title: str
    issuing_authority: str
    report_deadline: dt.date | None
    summary_deadline: dt.date | None
    ecqs_deadline: dt.date | None


def due_items(ctx: ServiceContext, actor: Actor, today: dt.date | None = None) -> list[DueItem]:
    """Everything pending for the actor's roles, overdue first, then by due date.

    Bounded by what it shows: the database groups the samples (see ``due_queries``);
    Python only sees a few rows per group.
    """
    today = today or ctx.today()
    with ctx.uow() as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied("当前用户已停用或不存在，请重新登录。")
        granted = permissions_for(frozenset(Role(r.role) for r in user.roles))
        days = _Workdays(calendar_in(uow))
        plans = {row.id: _ActivePlan(*row) for row in uow.session.execute(
            select(Plan.id, Plan.code, Plan.title, Plan.issuing_authority, Plan.report_deadline,
                   Plan.summary_deadline, Plan.ecqs_deadline).where(Plan.status == "active").order_by(Plan.id))}
        singles: list[DueItem] = []
        collector = _Collector()
        if Permission.REGISTER_SAMPLE in granted or Permission.EXPORT_PLAN in granted:
            permission = (Permission.REGISTER_SAMPLE if Permission.REGISTER_SAMPLE in granted
                          else Permission.EXPORT_PLAN)
            for row in due_queries.ecqs_sampling_groups(uow, list(plans)):
                sampled = row.key[1]
                collector.add(row, _item("ecqs_sampling", "e-CQS 录入抽样信息",
                                         f"样品 {row.sample_no}，抽样日期 {sampled.isoformat()}",
                                         add_days(sampled, ECQS_SAMPLING_DAYS), today, permission, "logistics",
                                         row.key[0], row.sample_id, row.sample_no), 0)
        if Permission.EXPORT_PLAN in granted:
            _results(uow, plans, days, today, collector, singles)
        if Permission.RECORD_DELIVERY in granted:
            _deliveries(uow, plans, today, collector, singles)
        if Permission.RECORD_OBJECTION in granted:
            _objections(uow, days, today, collector)
        if Permission.DISPOSE_SAMPLES in granted:
            _dispositions(uow, days, today, collector)
        if Permission.RECORD_REFUSAL in granted:
            _refusals(uow, days, today, singles)

        if Permission.VIEW_QUALITY in granted:
            from labdesk.services.quality.reminders import quality_due_items

            singles.extend(quality_due_items(uow, today, granted))
        from labdesk.services.sampling.home import due_items_in as sampling_items

        singles.extend(sampling_items(uow, actor.user_id, granted, today))
        from labdesk.services.work_items import work_items_in

        singles.extend(group_items(list(work_items_in(uow, granted, today))))
    items = singles + collector.items()
    items.sort(key=lambda i: (not i.overdue, i.due_on, i.kind, i.code))
    return items


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _results(uow: UnitOfWork, plans: dict[int, _ActivePlan], days: _Workdays, today: dt.date,
             collector: _Collector, singles: list[DueItem]) -> None:
    for row in due_queries.ecqs_results_groups(uow, list(plans)):
        ended = _as_date(row.key[1])
        collector.add(row, _item("ecqs_results", "e-CQS 录入检验结果", f"样品 {row.sample_no}，检验结束 {ended.isoformat()}",
                                 days.add(ended, ECQS_RESULTS_WORKING_DAYS), today, Permission.EXPORT_PLAN,
                                 "logistics", row.key[0], row.sample_id, row.sample_no), 0)
    with_ecqs = [p.id for p in plans.values() if p.ecqs_deadline]
    missing = due_queries.plans_missing_results(uow, with_ecqs)
    for plan in plans.values():
        if plan.ecqs_deadline and plan.id in missing:
            singles.append(_item("plan", "完成 e-CQS 录入和结果材料送达", plan.title, plan.ecqs_deadline, today,
                                 Permission.EXPORT_PLAN, "plans", plan.id, None, plan.code))


def _deliveries(uow: UnitOfWork, plans: dict[int, _ActivePlan], today: dt.date, collector: _Collector,
                singles: list[DueItem]) -> None:
    """The delivery duties, exactly as the 送达与处置 page computes them (``pending_deliveries_in``: the
    current report of each kind, re-test reports and amendments included), grouped like the rest.

    Not yet set-based: ``due_queries.delivery_groups`` predates the re-test and amendment deliveries and
    disagreed with the page on due dates, so the page's own walk is used until it is brought in line."""
    from labdesk.services.logistics import pending_deliveries_in

    items: list[DueItem] = []
    for pending in pending_deliveries_in(uow):
        plan = plans.get(pending.plan_id) if pending.plan_id is not None else None
        if plan is None or pending.due_on is None:
            continue
        target = (f"样品 {pending.sample_no} → {pending.recipient_hint}" if pending.sample_no
                  else f"{plan.title} → {pending.recipient_hint}")
        items.append(_item("delivery", pending.duty_name, target, pending.due_on, today, Permission.RECORD_DELIVERY,
                           "logistics", pending.plan_id, pending.sample_id, pending.sample_no or plan.code))
    singles.extend(group_items(items))


def _objections(uow: UnitOfWork, days: _Workdays, today: dt.date, collector: _Collector) -> None:
    rows = uow.session.execute(
        select(Objection.id, Objection.sample_id, Objection.state, Objection.applicant, Objection.filed_on, Sample.sample_no,
               Sample.plan_id).join(Sample, Sample.id == Objection.sample_id)
        .where(Objection.state.in_(("accepted", "retesting"))).order_by(Objection.id)
    ).all()
    for objection_id, sample_id, state, applicant, filed_on, no, pid in rows:
        title = "异议：启封备用样品复检" if state == "accepted" else "异议：录入复检结果"
        collector.add(GroupRow((objection_id,), 1, sample_id, no, ()),
                      _item("objection", title, f"样品 {no}，{applicant}",
                            days.add(filed_on, OBJECTION_ARRANGE_WORKING_DAYS), today,
                            Permission.RECORD_OBJECTION, "logistics", pid, sample_id, no), 0)


def _dispositions(uow: UnitOfWork, days: _Workdays, today: dt.date, collector: _Collector) -> None:
    starts = [k for k, d in DUTIES.items() if d.starts_objection]
    for row in due_queries.disposition_groups(uow, starts):
        paid, verdict, received = row.key
        received = _as_date(received)
        period_end = add_days(received, OBJECTION_DAYS)
        action = disposition_action(bool(paid), verdict)
        collector.add(row, _item("disposition", f"样品处置：{DISPOSITION_ACTIONS[action]}",
                                 f"样品 {row.sample_no}（{row.extra[0]}），异议期至 {period_end.isoformat()}",
                                 days.next(period_end), today, Permission.DISPOSE_SAMPLES, "logistics", None,
                                 row.sample_id, row.sample_no), 0)


def _refusals(uow: UnitOfWork, days: _Workdays, today: dt.date, singles: list[DueItem]) -> None:
    rows = uow.session.execute(
        select(Refusal.county_confirmed_on, Refusal.reported_to_province_on, Refusal.occurred_on, Refusal.plan_id,
               Enterprise.name).join(Enterprise, Enterprise.id == Refusal.enterprise_id)
        .where((Refusal.reported_to_province_on.is_(None)) | (Refusal.county_confirmed_on.is_(None)))
        .order_by(Refusal.id)
    ).all()
    for confirmed, reported, occurred, plan_id, name in rows:
        missing = []
        if confirmed is None:
            missing.append("县级局共同认定")
        if reported is None:
            missing.append("报送省局")
        singles.append(_item("refusal", f"拒检认定表：{'、'.join(missing)}", name, days.next(occurred), today,
                             Permission.RECORD_REFUSAL, "logistics", plan_id, None, ""))


GROUP_OVER = 3  # more per-sample items than this with the same task and due date become one line


def group_items(items: list[DueItem]) -> list[DueItem]:
    """Collapse many per-sample items of the same task and due date into one line (a busy plan has thousands)."""
    groups: dict[tuple[str, str, dt.date, str, int | None], list[DueItem]] = {}
    single: list[DueItem] = []
    for item in items:
        if item.sample_id is None:
            single.append(item)
        else:
            groups.setdefault((item.kind, item.title, item.due_on, item.page, item.plan_id), []).append(item)
    for members in groups.values():
        if len(members) <= GROUP_OVER:
            single.extend(members)
            continue
        first = members[0]
        codes = "、".join(m.code for m in members[:3])
        single.append(DueItem(first.kind, f"{first.title}（{len(members)} 批）", f"共 {len(members)} 批：{codes}…",
                              first.due_on, first.overdue, first.days_left, first.permission, first.page,
                              first.plan_id, None, first.code))
    return single
