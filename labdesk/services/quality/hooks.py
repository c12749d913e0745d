"""The quality checks other services call (kept here so their own changes stay one line each).

- ``result_saved``: after a determination is entered or edited: the tester's 上岗授权 for the item,
  the item's equipment (停用 or past due refuses, and opens a nonconformity), then the record of
  the equipment and run the determination used (the usage log);
- ``instrument_named``: an instrument text that names registered equipment links it to the item;
- ``check_import`` / ``import_saved``: the same for an instrument file (the mapping's equipment);
- ``check_submission``: a run whose control failed (or is still pending) blocks submission;
- ``check_signing``: the signatory's 授权签字领域;
- ``basis_lines``: the main equipment used, for the report's basis section.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import (
    Determination,
    DeterminationRecord,
    Equipment,
    ItemEquipment,
    PlanProduct,
    Sample,
    TestItem,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.quality import authorisations, environment, equipment, nonconformities, runs
from labdesk.services.settings import get_value


def _refuse_equipment(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, eq: Equipment, sample: Sample | None,
                      item_code: str) -> None:
    why = equipment.refusal_reason(uow, eq, ctx.today())
    if why is None:
        return
    where = f"（样品 {sample.blind_code} {item_code}）" if sample is not None else f"（{item_code}）"
    nonconformities.refuse_and_record(
        uow, ctx, actor, RuleViolation(why), source="equipment", title=f"试图使用停用设备 {eq.name}{where}",
        refs={"equipment_id": eq.id, "sample_id": sample.id if sample else None, "item": item_code})


def _refuse_unauthorised(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample | None,
                         item_code: str) -> None:
    why = authorisations.tester_refusal(uow, actor, item_code, ctx.today())
    if why is None:
        return
    uow.session.rollback()
    audit.record(uow, ctx, actor, "quality.refused_unauthorised", "sample", sample.id if sample else "-", why,
                 details={"item": item_code})
    uow.commit()
    raise authorisations.NotAuthorised(why, permission="test_authorisation")


def _record(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample_id: int, item: TestItem,
            det: Determination, equipment_ids: Iterable[int | None], flag: str = "", reason: str = "") -> None:
    run = runs.run_for(uow, sample_id, item.item_code)
    existing = set(uow.session.scalars(select(DeterminationRecord.equipment_id).where(
        DeterminationRecord.determination_id == det.id)))
    for eq_id in equipment_ids:
        if eq_id in existing:
            continue
        uow.session.add(DeterminationRecord(determination_id=det.id, sample_id=sample_id, item_code=item.item_code,
                                            equipment_id=eq_id, run_id=run.id if run else None,
                                            environment_flag=flag, environment_reason=reason if flag else "",
                                            user_id=actor.user_id, at=ctx.now()))


def result_saved(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample, item: TestItem,
                 det: Determination | None, reason: str | None = None) -> None:
    """Refuse (rolling back the save) or record what the determination used.

    ``reason``: the save's written reason; it also explains a result entered while the room was
    out of the method's range (without one such a result is refused with ``EnvironmentReasonRequired``).
    """
    _refuse_unauthorised(uow, ctx, actor, sample, item.item_code)
    used = equipment.equipment_for_item(uow, item.id)
    for eq in used:
        _refuse_equipment(uow, ctx, actor, eq, sample, item.item_code)
    flag = environment.flag_for(uow, ctx, item.item_code)
    if flag and not (reason or "").strip():
        raise environment.EnvironmentReasonRequired(
            "环境条件说明", f"{item.item_code}：{flag}。在此条件下录入结果须填写理由（或待条件符合后再测定）。")
    if det is not None:
        uow.flush()
        _record(uow, ctx, actor, sample.id, item, det, [e.id for e in used] or [None], flag, (reason or "").strip())


def instrument_named(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample, item: TestItem) -> None:
    """An instrument text naming registered equipment links it (refused when 停用)."""
    eq = equipment.find_by_text(uow, item.instrument)
    if eq is None:
        return
    _refuse_equipment(uow, ctx, actor, eq, sample, item.item_code)
    link_equipment(uow, item, [eq])


def link_equipment(uow: UnitOfWork, item: TestItem, used: Iterable[Equipment]) -> None:
    for row in uow.session.scalars(select(ItemEquipment).where(ItemEquipment.test_item_id == item.id)):
        uow.session.delete(row)
    uow.flush()
    for eq in used:
        uow.session.add(ItemEquipment(test_item_id=item.id, equipment_id=eq.id))
    uow.flush()


def set_item_equipment(ctx: ServiceContext, actor: Actor, sample_id: int, item_code: str,
                       equipment_ids: Iterable[int]) -> list[str]:
    """Name the equipment used for one item of a sample; returns the labels now linked."""
    from labdesk.services.testing import check_not_sampler, check_testable, ensure_test_items, load_sample

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        sample = load_sample(uow, sample_id)
        check_not_sampler(uow, actor, sample)
        check_testable(sample)
        item = {i.item_code: i for i in ensure_test_items(uow, sample)}.get(item_code)
        if item is None:
            raise InputError(item_code, "该样品没有此检验项目。")
        used = [uow.get(Equipment, i, "设备") for i in equipment_ids]
        for eq in used:
            _refuse_equipment(uow, ctx, actor, eq, sample, item_code)
        link_equipment(uow, item, used)
        labels = [f"{e.name}（{e.asset_no}）" for e in used]
        audit.record(uow, ctx, actor, "quality.item_equipment_set", "sample", sample.id,
                     f"{item_code} 使用设备：{'、'.join(labels) or '—'}", details={"item": item_code,
                                                                              "equipment": list(equipment_ids)})
        uow.commit()
        return labels


def _mapping_equipment(uow: UnitOfWork, mapping_id: int) -> list[Equipment]:
    return list(uow.session.scalars(select(Equipment).where(Equipment.mapping_id == mapping_id)))


def check_import(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, mapping_id: int,
                 pairs: Iterable[tuple[int, str]]) -> None:
    """Before an instrument file is imported: its equipment is usable and the importer authorised."""
    pairs = list(pairs)
    for eq in _mapping_equipment(uow, mapping_id):
        _refuse_equipment(uow, ctx, actor, eq, None, "、".join(sorted({code for _, code in pairs})))
    for code in sorted({code for _, code in pairs}):
        _refuse_unauthorised(uow, ctx, actor, None, code)


def import_saved(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, import_id: int, mapping_id: int) -> None:
    """Record the determinations an import made, with the mapping's equipment and their runs."""
    used = _mapping_equipment(uow, mapping_id)
    rows = uow.session.execute(select(Determination, TestItem).join(TestItem, TestItem.id == Determination.test_item_id)
                               .where(Determination.import_id == import_id))
    for det, item in rows:
        if used:
            existing = {e.equipment_id for e in uow.session.scalars(
                select(ItemEquipment).where(ItemEquipment.test_item_id == item.id))}
            for eq in used:
                if eq.id not in existing:
                    uow.session.add(ItemEquipment(test_item_id=item.id, equipment_id=eq.id))
        _record(uow, ctx, actor, item.sample_id, item, det, [e.id for e in used] or [None])
    uow.flush()


def check_submission(uow: UnitOfWork, sample: Sample) -> None:
    why = runs.submission_block(uow, sample.id)
    if why:
        raise StateError(f"样品 {sample.blind_code} 的结果暂不能提交：{why}（须待质控合格或质量负责人处理）。")


def check_signing(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample) -> None:
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    name = product.name_zh if product else sample.product_code
    authorisations.check_signing_scope(uow, actor, sample.product_code, name, ctx.today())


def basis_lines(uow: UnitOfWork, sample: Sample) -> list[str]:
    """"主要仪器设备：…" from the equipment the sample's results used (setting report.list_equipment)."""
    try:
        wanted = bool(get_value(uow, "report.list_equipment"))
    except KeyError:
        wanted = True
    if not wanted:
        return []
    used = (select(ItemEquipment.equipment_id).join(TestItem, TestItem.id == ItemEquipment.test_item_id)
            .where(TestItem.sample_id == sample.id))
    rows = uow.session.scalars(select(Equipment).where(Equipment.id.in_(used), Equipment.main.is_(True))
                               .order_by(Equipment.asset_no))
    labels = [f"{e.name} {e.model}（{e.asset_no}）".replace("  ", " ") for e in rows]
    return ["主要仪器设备：" + "；".join(labels)] if labels else []
