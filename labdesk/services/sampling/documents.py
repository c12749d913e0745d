"""Field documents of a task (one PDF each, or the whole pack) and the draw record PDF."""

from __future__ import annotations

from sqlalchemy import select

from labdesk.domain.errors import InputError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import DirectoryEntry, Draw, Enterprise, Plan, PlanProduct, SamplingTask, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.reports.sampling.common import TaskDocData
from labdesk.reports.sampling.draw_record import DrawRecordData, draw_record_pdf
from labdesk.reports.sampling.letters import DOCUMENTS, document_pdf, task_pack_pdf
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling.draws import DrawnRow, draw_info_in
from labdesk.services.settings import get_value

COAL_PRODUCTS = frozenset({"power_coal", "metallurgical_coal", "chemical_coal", "metallurgical_coke", "foundry_coke"})
KINDS = tuple(DOCUMENTS)


def doc_data_in(uow: UnitOfWork, task: SamplingTask) -> TaskDocData:
    session = uow.session
    plan = session.get(Plan, task.plan_id)
    product = session.get(PlanProduct, task.plan_product_id)
    enterprise = session.get(Enterprise, task.enterprise_id)
    assert plan is not None and product is not None and enterprise is not None
    entry = session.scalar(select(DirectoryEntry).where(DirectoryEntry.enterprise_id == enterprise.id))
    names = {u.id: u.full_name for u in session.scalars(select(User).where(
        User.id.in_([s.user_id for s in task.samplers])))}
    basis = (product.ruleset or {}).get("basis_zh", "")
    return TaskDocData(
        task_no=task.task_no, plan_title=plan.title, plan_document_no=plan.document_no,
        authority=plan.issuing_authority, plan_type="专项", lab_name=str(get_value(uow, "lab.name")),
        lab_address=str(get_value(uow, "lab.address")), lab_phone=str(get_value(uow, "lab.phone")),
        feedback_office=str(get_value(uow, "lab.objection_office")), product_name=product.name_zh,
        product_code=product.product_code, enterprise_name=enterprise.name, credit_code=enterprise.credit_code or "",
        address=enterprise.address, region=enterprise.region, county=enterprise.county,
        licence_no=enterprise.licence_no, legal_rep=entry.legal_rep if entry else "", contact=enterprise.contact,
        phone=enterprise.phone, samplers=tuple(names.get(s.user_id, "") for s in task.samplers),
        followup=task.followup, valid_from=plan.period_start, valid_until=plan.period_end,
        coal=product.product_code in COAL_PRODUCTS, standards=(basis,) if basis else (),
        backup_seal=task.backup_seal, backup_keeper=task.backup_keeper, backup_place=task.backup_place,
    )


def _task_for(uow: UnitOfWork, actor: Actor, task_id: int) -> SamplingTask:
    task = uow.get(SamplingTask, task_id, "抽样任务")
    if actor.user_id not in {s.user_id for s in task.samplers}:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
    return task


def task_documents(ctx: ServiceContext, actor: Actor, task_id: int, kinds: tuple[str, ...] = KINDS) -> bytes:
    """The pack (or a subset) for one task, for the manager or one of the task's samplers."""
    unknown = [k for k in kinds if k not in DOCUMENTS]
    if unknown or not kinds:
        raise InputError("文书", f"未知的文书：{'、'.join(unknown) or '（空）'}。")
    with ctx.uow() as uow:
        task = _task_for(uow, actor, task_id)
        data = doc_data_in(uow, task)
        pdf = document_pdf(kinds[0], data) if len(kinds) == 1 else task_pack_pdf(data, kinds)
        audit.record(uow, ctx, actor, "sampling.documents", "sampling_task", task.id,
                     f"打印抽样文书：{task.task_no}（{'、'.join(DOCUMENTS[k][0] for k in kinds)}）",
                     details={"kinds": list(kinds)})
        uow.commit()
        return pdf


def draw_record(ctx: ServiceContext, actor: Actor, draw_id: int) -> bytes:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        row = uow.get(Draw, draw_id, "抽取记录")
        info = draw_info_in(uow, row)
        plan = uow.session.get(Plan, row.plan_id)
        assert plan is not None

        def rows(items: tuple[DrawnRow, ...]) -> list[tuple[int, str, str, str, bool, str, str]]:
            return [(r.rank, r.name, r.credit_code, r.region, r.followup, r.key, r.task_no) for r in items]

        data = DrawRecordData(
            lab_name=str(get_value(uow, "lab.name")), plan_title=plan.title, plan_code=plan.code,
            product_name=info.product_name, regions="、".join(info.regions), draw_no=f"CQ-{row.id:05d}",
            count=row.count, seed=row.seed, seed_source="系统生成" if row.seed_source == "generated" else "质量负责人输入",
            algorithm=row.algorithm, candidate_hash=row.candidate_hash, candidate_count=len(row.candidates),
            drawn_by=info.drawn_by, drawn_at=row.drawn_at, witnesses=row.witnesses, drawn=rows(info.drawn),
            reserve=rows(info.reserve), exclusions=[tuple(e) for e in row.exclusions], candidates=list(row.candidates),
        )
        audit.record(uow, ctx, actor, "sampling.draw_printed", "sampling_draw", row.id, f"打印随机抽取记录 CQ-{row.id:05d}")
        uow.commit()
        return draw_record_pdf(data)
