"""The home screen's due list as it was computed before issue 18 (one object per sample per duty).

Kept only as the oracle for the set-based ``labdesk.services.deadlines.due_items``: both must give the
same lines on the same database.  The per-sample queries are ordered by sample id so that "the first
three codes" of a grouped line are well defined.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from labdesk.domain.errors import PermissionDenied
from labdesk.domain.permissions import Permission, Role, permissions_for
from labdesk.domain.workdays import add_days, add_working_days, next_working_day
from labdesk.persistence.models import Enterprise, Objection, Plan, Refusal, Sample, User
from labdesk.persistence.models.logistics import EcqsEntry
from labdesk.services.calendar import calendar_in
from labdesk.services.context import BEIJING, Actor, ServiceContext
from labdesk.services.deadlines import (
    ECQS_RESULTS_WORKING_DAYS,
    ECQS_SAMPLING_DAYS,
    OBJECTION_ARRANGE_WORKING_DAYS,
    DueItem,
    group_items,
)
from labdesk.services.logistics import pending_deliveries_in, pending_dispositions_in


def _item(kind: str, title: str, detail: str, due: dt.date, today: dt.date, permission: Permission, page: str,
          plan_id: int | None = None, sample_id: int | None = None, code: str = "") -> DueItem:
    left = (due - today).days
    return DueItem(kind, title, detail, due, left < 0, left, permission, page, plan_id, sample_id, code)


def reference_due_items(  # noqa: C901  (the old walk, kept verbatim as the oracle of the new due list)
        ctx: ServiceContext, actor: Actor, today: dt.date | None = None) -> list[DueItem]:
    """Everything pending for the actor's roles, overdue first, then by due date."""
    today = today or ctx.today()
    with ctx.uow() as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied("当前用户已停用或不存在，请重新登录。")
        granted = permissions_for(frozenset(Role(r.role) for r in user.roles))
        cal = calendar_in(uow)
        items: list[DueItem] = []
        active_plans = {p.id: p for p in uow.session.scalars(select(Plan).where(Plan.status == "active"))}
        entered = set(uow.session.execute(select(EcqsEntry.sample_id, EcqsEntry.kind)).all())

        if Permission.REGISTER_SAMPLE in granted or Permission.EXPORT_PLAN in granted:
            permission = (Permission.REGISTER_SAMPLE if Permission.REGISTER_SAMPLE in granted
                          else Permission.EXPORT_PLAN)
            rows = uow.session.execute(
                select(Sample.id, Sample.sample_no, Sample.sampling_date, Sample.plan_id)
                .where(Sample.state != "rejected", Sample.plan_id.in_(list(active_plans))).order_by(Sample.id)
            ).all()
            for sid, no, sampled, pid in rows:
                if (sid, "sampling") not in entered:
                    items.append(_item("ecqs_sampling", "e-CQS 录入抽样信息", f"样品 {no}，抽样日期 {sampled.isoformat()}",
                                       add_days(sampled, ECQS_SAMPLING_DAYS), today, permission, "logistics", pid, sid,
                                       no))

        if Permission.EXPORT_PLAN in granted:
            rows = uow.session.execute(
                select(Sample.id, Sample.sample_no, Sample.testing_finished_at, Sample.plan_id)
                .where(Sample.testing_finished_at.is_not(None), Sample.state.notin_(("rejected", "terminated")),
                       Sample.plan_id.in_(list(active_plans))).order_by(Sample.id)
            ).all()
            for sid, no, finished, pid in rows:
                if (sid, "results") in entered:
                    continue
                ended = finished.astimezone(BEIJING).date()
                items.append(_item("ecqs_results", "e-CQS 录入检验结果", f"样品 {no}，检验结束 {ended.isoformat()}",
                                   add_working_days(cal, ended, ECQS_RESULTS_WORKING_DAYS), today,
                                   Permission.EXPORT_PLAN, "logistics", pid, sid, no))
            for plan in active_plans.values():
                missing = uow.session.scalar(
                    select(Sample.id).outerjoin(EcqsEntry, (EcqsEntry.sample_id == Sample.id)
                                                & (EcqsEntry.kind == "results"))
                    .where(Sample.plan_id == plan.id, Sample.state == "reported", EcqsEntry.id.is_(None)).limit(1))
                if plan.ecqs_deadline and missing is not None:
                    items.append(_item("plan", "完成 e-CQS 录入和结果材料送达", plan.title, plan.ecqs_deadline, today,
                                       Permission.EXPORT_PLAN, "plans", plan.id, None, plan.code))

        if Permission.RECORD_DELIVERY in granted:
            for pending in pending_deliveries_in(uow):
                if pending.plan_id not in active_plans or pending.due_on is None:
                    continue
                target = f"样品 {pending.sample_no} → {pending.recipient_hint}" if pending.sample_no else \
                    f"{active_plans[pending.plan_id].title} → {pending.recipient_hint}"
                items.append(_item("delivery", pending.duty_name, target, pending.due_on, today,
                                   Permission.RECORD_DELIVERY, "logistics", pending.plan_id, pending.sample_id,
                                   pending.sample_no or active_plans[pending.plan_id].code))

        if Permission.RECORD_OBJECTION in granted:
            rows = uow.session.execute(
                select(Objection, Sample.sample_no, Sample.plan_id).join(Sample, Sample.id == Objection.sample_id)
                .where(Objection.state.in_(("accepted", "retesting")))
            ).all()
            for objection, no, pid in rows:
                title = "异议：启封备用样品复检" if objection.state == "accepted" else "异议：录入复检结果"
                items.append(_item("objection", title, f"样品 {no}，{objection.applicant}",
                                   add_working_days(cal, objection.filed_on, OBJECTION_ARRANGE_WORKING_DAYS), today,
                                   Permission.RECORD_OBJECTION, "logistics", pid, objection.sample_id, no))

        if Permission.DISPOSE_SAMPLES in granted:
            for pending in pending_dispositions_in(uow):
                if pending.blocked_reason:
                    continue
                items.append(_item("disposition", f"样品处置：{pending.action_name}",
                                   f"样品 {pending.sample_no}（{pending.enterprise_name}），异议期至 "
                                   f"{pending.period_end.isoformat()}", pending.due_on, today,
                                   Permission.DISPOSE_SAMPLES, "logistics", None, pending.sample_id,
                                   pending.sample_no))

        if Permission.RECORD_REFUSAL in granted:
            rows = uow.session.execute(
                select(Refusal, Enterprise.name).join(Enterprise, Enterprise.id == Refusal.enterprise_id)
                .where((Refusal.reported_to_province_on.is_(None)) | (Refusal.county_confirmed_on.is_(None)))
            ).all()
            for refusal, name in rows:
                missing = []
                if refusal.county_confirmed_on is None:
                    missing.append("县级局共同认定")
                if refusal.reported_to_province_on is None:
                    missing.append("报送省局")
                items.append(_item("refusal", f"拒检认定表：{'、'.join(missing)}", name,
                                   next_working_day(cal, refusal.occurred_on), today, Permission.RECORD_REFUSAL,
                                   "logistics", refusal.plan_id, None, ""))
        # work waiting at the tester's, reviewer's and signatory's benches (issue 13 item 7): added after the
        # old walk was frozen, read from the same service as the due list
        from labdesk.services.work_items import work_items_in

        items.extend(work_items_in(uow, granted, today))

    items = group_items(items)
    items.sort(key=lambda i: (not i.overdue, i.due_on, i.kind, i.code))
    return items
