"""Equipment register: instruments and devices, 检定/校准/期间核查 records, derived status
(合格 / 准用 / 停用), the usage log filled from the results that used each instrument, and the
check that refuses results made with equipment that is 停用 or past due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation
from labdesk.domain.permissions import Permission
from labdesk.domain.quality.equipment import (
    CHECK_KINDS_ZH,
    OUTCOMES_ZH,
    Check,
    EquipmentStatus,
    derive_status,
)
from labdesk.persistence.models import (
    Determination,
    DeterminationRecord,
    Equipment,
    EquipmentCheck,
    ItemEquipment,
    Sample,
    User,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext


@dataclass(frozen=True)
class CheckInfo:
    id: int
    kind: str
    kind_zh: str
    performed_on: dt.date
    certificate_no: str
    body: str
    outcome: str
    outcome_zh: str
    next_due: dt.date | None
    note: str


@dataclass(frozen=True)
class EquipmentInfo:
    id: int
    asset_no: str
    name: str
    model: str
    serial_no: str
    location: str
    items: tuple[str, ...]
    mapping_id: int | None
    main: bool
    out_of_service: bool
    status: EquipmentStatus
    checks: tuple[CheckInfo, ...]

    @property
    def label(self) -> str:
        return f"{self.name}（{self.asset_no}）"


@dataclass(frozen=True)
class UsageEntry:
    at: dt.datetime
    blind_code: str
    item_code: str
    value_text: str
    username: str
    run_id: int | None


def status_in(uow: UnitOfWork, equipment: Equipment, today: dt.date) -> EquipmentStatus:
    checks = [Check(c.kind, c.performed_on, c.outcome, c.next_due) for c in uow.session.scalars(
        select(EquipmentCheck).where(EquipmentCheck.equipment_id == equipment.id))]
    return derive_status(checks, today, out_of_service=equipment.out_of_service,
                         out_of_service_reason=equipment.out_of_service_reason)


def _info(uow: UnitOfWork, row: Equipment, today: dt.date) -> EquipmentInfo:
    checks = tuple(
        CheckInfo(c.id, c.kind, CHECK_KINDS_ZH.get(c.kind, c.kind), c.performed_on, c.certificate_no, c.body,
                  c.outcome, OUTCOMES_ZH.get(c.outcome, c.outcome), c.next_due, c.note)
        for c in uow.session.scalars(select(EquipmentCheck).where(EquipmentCheck.equipment_id == row.id)
                                     .order_by(EquipmentCheck.performed_on, EquipmentCheck.id)))
    return EquipmentInfo(row.id, row.asset_no, row.name, row.model, row.serial_no, row.location,
                         tuple(str(i) for i in row.items or ()), row.mapping_id, row.main, row.out_of_service,
                         status_in(uow, row, today), checks)


def refusal_reason(uow: UnitOfWork, equipment: Equipment, today: dt.date) -> str | None:
    """Why results may not be made with this equipment today, or None when it is usable."""
    status = status_in(uow, equipment, today)
    if status.usable:
        return None
    return f"设备「{equipment.name}」（{equipment.asset_no}）为停用状态：{status.reason}，不能用于检验。"


def register(ctx: ServiceContext, actor: Actor, *, asset_no: str, name: str, model: str = "", serial_no: str = "",
             location: str = "", items: Sequence[str] = (), mapping_id: int | None = None,
             main: bool = True) -> EquipmentInfo:
    asset_no, name = asset_no.strip(), name.strip()
    if not asset_no:
        raise InputError("设备编号", "不能为空。")
    if not name:
        raise InputError("设备名称", "不能为空。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        if uow.session.scalar(select(Equipment.id).where(Equipment.asset_no == asset_no)) is not None:
            raise RuleViolation(f"设备编号「{asset_no}」已存在。")
        row = Equipment(asset_no=asset_no[:50], name=name[:100], model=model.strip()[:100],
                        serial_no=serial_no.strip()[:100], location=location.strip()[:100],
                        items=[i.strip() for i in items if i.strip()], mapping_id=mapping_id, main=main,
                        created_at=ctx.now())
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "quality.equipment_registered", "equipment", row.id,
                     f"登记设备 {name}（{asset_no}）",
                     details={"model": row.model, "serial_no": row.serial_no, "items": row.items})
        info = _info(uow, row, ctx.today())
        uow.commit()
        return info


def record_check(ctx: ServiceContext, actor: Actor, equipment_id: int, *, kind: str, performed_on: dt.date,
                 outcome: str, next_due: dt.date | None, certificate_no: str = "", body: str = "",
                 note: str = "") -> EquipmentInfo:
    """Record a 检定 / 校准 / 期间核查 with its result and the next due date."""
    if kind not in CHECK_KINDS_ZH:
        raise InputError("确认类型", f"应为 {'、'.join(CHECK_KINDS_ZH.values())} 之一。")
    if outcome not in OUTCOMES_ZH:
        raise InputError("结论", f"应为 {'、'.join(OUTCOMES_ZH.values())} 之一。")
    if kind != "intermediate" and outcome != "fail" and next_due is None:
        raise InputError("下次到期日", "检定或校准合格时须填写下次到期日。")
    if next_due is not None and next_due <= performed_on:
        raise InputError("下次到期日", "须晚于本次确认日期。")
    if performed_on > ctx.today():
        raise InputError("确认日期", "不能晚于今天。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        row = uow.get(Equipment, equipment_id, "设备")
        check = EquipmentCheck(equipment_id=row.id, kind=kind, performed_on=performed_on, outcome=outcome,
                               next_due=next_due, certificate_no=certificate_no.strip()[:100],
                               body=body.strip()[:200], note=note.strip(), recorded_by=actor.user_id,
                               recorded_at=ctx.now())
        uow.session.add(check)
        uow.flush()
        audit.record(uow, ctx, actor, "quality.equipment_checked", "equipment", row.id,
                     f"{row.name} {CHECK_KINDS_ZH[kind]} {performed_on.isoformat()}：{OUTCOMES_ZH[outcome]}"
                     + (f"，下次到期 {next_due.isoformat()}" if next_due else ""),
                     details={"check_id": check.id, "certificate_no": check.certificate_no,
                              "next_due": next_due.isoformat() if next_due else None})
        info = _info(uow, row, ctx.today())
        uow.commit()
        return info


def set_out_of_service(ctx: ServiceContext, actor: Actor, equipment_id: int, out_of_service: bool,
                       reason: str) -> EquipmentInfo:
    """Take equipment out of service (fault) or back into service; a reason is required either way."""
    if not reason.strip():
        raise InputError("理由", "停用或恢复使用须填写理由。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        row = uow.get(Equipment, equipment_id, "设备")
        row.out_of_service = out_of_service
        row.out_of_service_reason = reason.strip() if out_of_service else ""
        audit.record(uow, ctx, actor, "quality.equipment_service", "equipment", row.id,
                     f"{row.name} {'停用' if out_of_service else '恢复使用'}", reason=reason.strip())
        uow.flush()
        info = _info(uow, row, ctx.today())
        uow.commit()
        return info


def list_equipment(ctx: ServiceContext, actor: Actor) -> list[EquipmentInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        today = ctx.today()
        return [_info(uow, row, today) for row in uow.session.scalars(select(Equipment).order_by(Equipment.asset_no))]


def get_equipment(ctx: ServiceContext, actor: Actor, equipment_id: int) -> EquipmentInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        return _info(uow, uow.get(Equipment, equipment_id, "设备"), ctx.today())


def usage_log(ctx: ServiceContext, actor: Actor, equipment_id: int, *, since: dt.datetime | None = None,
              until: dt.datetime | None = None) -> list[UsageEntry]:
    """Every determination made with the equipment (the recall query: between two dates)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        uow.get(Equipment, equipment_id, "设备")
        stmt = (select(DeterminationRecord, Determination.value_text, Sample.blind_code, User.full_name)
                .join(Determination, Determination.id == DeterminationRecord.determination_id)
                .join(Sample, Sample.id == DeterminationRecord.sample_id)
                .outerjoin(User, User.id == DeterminationRecord.user_id)
                .where(DeterminationRecord.equipment_id == equipment_id)
                .order_by(DeterminationRecord.at, DeterminationRecord.id))
        if since is not None:
            stmt = stmt.where(DeterminationRecord.at >= since)
        if until is not None:
            stmt = stmt.where(DeterminationRecord.at <= until)
        return [UsageEntry(rec.at, blind, rec.item_code, value, name or "", rec.run_id)
                for rec, value, blind, name in uow.session.execute(stmt)]


def equipment_for_item(uow: UnitOfWork, test_item_id: int) -> list[Equipment]:
    return list(uow.session.scalars(
        select(Equipment).join(ItemEquipment, ItemEquipment.equipment_id == Equipment.id)
        .where(ItemEquipment.test_item_id == test_item_id).order_by(Equipment.asset_no)))


def find_by_text(uow: UnitOfWork, text: str) -> Equipment | None:
    """The equipment a typed instrument text names (asset number, or exact name when unique)."""
    text = text.strip()
    if not text:
        return None
    row = uow.session.scalar(select(Equipment).where(Equipment.asset_no == text))
    if row is not None:
        return row
    rows = list(uow.session.scalars(select(Equipment).where(Equipment.name == text)))
    return rows[0] if len(rows) == 1 else None


def due_reminders(uow: UnitOfWork, today: dt.date, days: int) -> list[tuple[Equipment, EquipmentStatus]]:
    """Equipment due within ``days`` or already stopped (for the home screen)."""
    out = []
    for row in uow.session.scalars(select(Equipment).order_by(Equipment.asset_no)):
        status = status_in(uow, row, today)
        if not status.usable or status.due_soon(days):
            out.append((row, status))
    return out
