"""Back at intake: a scanned 抽样单 barcode opens a pre-filled registration; backups kept at the
enterprise; refusals found in the field (recorded through services.logistics' public functions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from labdesk.domain.errors import InputError, NotFound, RuleViolation
from labdesk.domain.intake import normalise_code
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Enterprise, Sample, SamplingTask, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit, intake, logistics
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.intake import RegistrationDraft, SampleDetail, SamplerEntry
from labdesk.services.sampling.tasks import TaskInfo, task_info_in

TASK_PREFIX = "RW"


def looks_like_task(code: str) -> bool:
    value = normalise_code(code)
    return value.startswith(TASK_PREFIX) and value[len(TASK_PREFIX):].isdigit()


def _task_by_no(uow: UnitOfWork, code: str) -> SamplingTask:
    wanted = normalise_code(code)
    task = uow.session.scalar(select(SamplingTask).where(SamplingTask.task_no == wanted))
    if task is None:
        raise NotFound(f"未找到抽样任务「{wanted}」。请核对抽样单条码。")
    return task


def _link_existing(uow: UnitOfWork, task: SamplingTask) -> Sample | None:
    """A sample already registered from this form (form number = task number)."""
    if task.sample_id is not None:
        return uow.session.get(Sample, task.sample_id)
    sample = uow.session.scalar(select(Sample).where(Sample.form_no == task.task_no, Sample.state != "rejected"))
    if sample is not None:
        task.sample_id, task.state = sample.id, "registered"
    return sample


def find_task(ctx: ServiceContext, actor: Actor, code: str) -> TaskInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        return task_info_in(uow, _task_by_no(uow, code))


def draft_from_task(ctx: ServiceContext, actor: Actor, code: str) -> RegistrationDraft:
    """The registration as the task fills it: the receptionist completes and corrects the rest."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        task = _task_by_no(uow, code)
        existing = _link_existing(uow, task)
        if existing is not None:
            uow.commit()
            raise RuleViolation(f"抽样单 {task.task_no} 已登记为样品 {existing.sample_no}。")
        if task.state == "replaced":
            raise RuleViolation(f"抽样任务 {task.task_no} 已被替换（{task.replacement_reason}），不能登记。")
        if task.state == "refused":
            raise RuleViolation(f"抽样任务 {task.task_no} 已登记拒检，不能登记样品。")
        enterprise = uow.session.get(Enterprise, task.enterprise_id)
        assert enterprise is not None
        names = {u.id: u.full_name for u in uow.session.scalars(
            select(User).where(User.id.in_([s.user_id for s in task.samplers])))}
        return RegistrationDraft(
            form_no=task.task_no, plan_id=task.plan_id, plan_product_id=task.plan_product_id, domain="production",
            unit_name=enterprise.name, unit_credit_code=enterprise.credit_code or "", unit_address=enterprise.address,
            unit_contact=enterprise.contact, unit_phone=enterprise.phone, licence_no=enterprise.licence_no,
            backup_seal=task.backup_seal,
            samplers=tuple(SamplerEntry(names.get(s.user_id, ""), s.user_id) for s in task.samplers),
            remarks="备用样品封存于被抽样单位" if task.backup_at_enterprise else "",
        )


def register_from_task(ctx: ServiceContext, actor: Actor, code: str, draft: RegistrationDraft) -> SampleDetail:
    """Register the sample (through the intake service) and link it to its task."""
    task = find_task(ctx, actor, code)
    if draft.form_no.strip().upper() != task.task_no:
        raise InputError("抽样单编号", f"从抽样任务登记时，抽样单编号应为 {task.task_no}。")
    with ctx.uow() as uow:
        row = _task_by_no(uow, task.task_no)
        product_matches = draft.plan_product_id == row.plan_product_id
    if not product_matches:
        raise InputError("产品", f"抽样任务 {task.task_no} 的产品为{task.product_name}，与登记的产品不符；"
                                 "如确需更改，请由质量负责人替换任务。")
    if normalise_code(draft.unit_credit_code) != task.credit_code:
        raise InputError("统一社会信用代码", f"抽样任务 {task.task_no} 的被抽样单位为{task.enterprise_name}"
                                        f"（{task.credit_code}），与登记的不符；请核对抽样单。")
    detail = intake.register_sample(ctx, actor, draft)
    link_sample(ctx, actor, task.task_no, detail.id)
    return detail


def link_sample(ctx: ServiceContext, actor: Actor, code: str, sample_id: int) -> TaskInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        task = _task_by_no(uow, code)
        sample = uow.get(Sample, sample_id, "样品")
        if sample.plan_product_id != task.plan_product_id or sample.sampled_unit_id != task.enterprise_id:
            raise RuleViolation(f"样品 {sample.sample_no} 的产品或被抽样单位与抽样任务 {task.task_no} 不符。")
        task.sample_id, task.state = sample.id, "registered"
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.registered", "sampling_task", task.id,
                     f"抽样任务 {task.task_no} 已收样：{sample.sample_no}", details={"sample_id": sample.id})
        uow.commit()
        return task_info_in(uow, task)


def record_backup_at_enterprise(ctx: ServiceContext, actor: Actor, code: str, *, seal_no: str, keeper: str,
                                place: str) -> TaskInfo:
    """The backup portion stays sealed at the enterprise: seal, keeper and place (the re-test fetches it there).

    Recorded by one of the task's samplers or the quality manager (抽样 page), or at the intake bench."""
    if not seal_no.strip():
        raise InputError("备用样品封条编号", "必填。")
    if not keeper.strip() or not place.strip():
        raise InputError("保管人/封存地点", "请填写备用样品的保管人和封存地点。")
    with ctx.uow() as uow:
        task = _task_by_no(uow, code)
        if actor.user_id not in {s.user_id for s in task.samplers}:  # the task's samplers, the manager or intake
            authorize(uow, actor, Permission.MANAGE_SAMPLING if actor.can(Permission.MANAGE_SAMPLING)
                      else Permission.REGISTER_SAMPLE)
        task.backup_at_enterprise, task.backup_seal = True, seal_no.strip()
        task.backup_keeper, task.backup_place = keeper.strip(), place.strip()
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.backup_kept", "sampling_task", task.id,
                     f"备用样品封存于被抽样单位：{task.task_no}，封条 {task.backup_seal}",
                     details={"keeper": task.backup_keeper, "place": task.backup_place})
        uow.commit()
        return task_info_in(uow, task)


def backup_location(ctx: ServiceContext, actor: Actor, sample_id: int) -> str | None:
    """Where the re-test fetches the backup when it stayed at the enterprise (None: it is at the lab)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        task = uow.session.scalar(select(SamplingTask).where(SamplingTask.sample_id == sample_id))
        if task is None or not task.backup_at_enterprise:
            return None
        enterprise = uow.session.get(Enterprise, task.enterprise_id)
        name = enterprise.name if enterprise else ""
        return f"{name}：{task.backup_place}，保管人 {task.backup_keeper}，封条 {task.backup_seal}"


def record_field_refusal(ctx: ServiceContext, actor: Actor, code: str, *, occurred_on: dt.date, description: str,
                         witnesses: Sequence[str] = (), county_bureau: str = "") -> TaskInfo:
    """A refusal found in the field, recorded as a 拒检认定表 against the task."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECORD_REFUSAL)
        task = task_info_in(uow, _task_by_no(uow, code))
    if task.state not in ("assigned", "drawn"):
        raise RuleViolation(f"抽样任务 {task.task_no} 为「{task.state_zh}」，不能登记拒检。")
    refusal = logistics.record_refusal(ctx, actor, plan_id=task.plan_id, enterprise_id=task.enterprise_id,
                                       product_code=task.product_code, occurred_on=occurred_on,
                                       description=description, samplers=task.samplers, witnesses=witnesses,
                                       county_bureau=county_bureau)
    with ctx.uow() as uow:
        row = _task_by_no(uow, task.task_no)
        row.refusal_id, row.state = refusal.id, "refused"
        uow.flush()
        audit.record(uow, ctx, actor, "sampling.refused", "sampling_task", row.id, f"抽样任务 {row.task_no} 拒检",
                     details={"refusal_id": refusal.id})
        uow.commit()
        return task_info_in(uow, row)
