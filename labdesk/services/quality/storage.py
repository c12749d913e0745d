"""Sample storage: locations (room / cabinet / shelf / box); every test and backup portion gets a
location; check-out / check-in with who and when (chain of custody); the re-test finds the backup
portion by its location; the disposition list shows where each sample due to leave is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, NotFound, PermissionDenied, RuleViolation, StateError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import CustodyEvent, Portion, PortionStorage, Sample, StorageLocation, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

ACTIONS_ZH = {"store": "入库", "out": "借出", "in": "归还", "move": "移位"}
PORTION_ZH = {"test": "检验样品", "backup": "备用样品"}
HANDLERS = (Permission.RECEIVE_SAMPLE, Permission.DISPOSE_SAMPLES, Permission.ENTER_RESULTS, Permission.MANAGE_QUALITY)


@dataclass(frozen=True)
class LocationInfo:
    id: int
    room: str
    cabinet: str
    shelf: str
    box: str

    @property
    def label(self) -> str:
        return location_label(self.room, self.cabinet, self.shelf, self.box)


@dataclass(frozen=True)
class PortionPlace:
    portion_code: str
    kind_zh: str
    sample_no: str
    location: str
    checked_out_by: str
    checked_out_at: dt.datetime | None
    purpose: str


@dataclass(frozen=True)
class CustodyEntry:
    at: dt.datetime
    action_zh: str
    location: str
    username: str
    note: str


def location_label(room: str, cabinet: str = "", shelf: str = "", box: str = "") -> str:
    parts = [room] + [f"{p}{unit}" if p and not p.endswith(unit) else p
                      for p, unit in ((cabinet, "柜"), (shelf, "层"), (box, "盒"))]
    return " ".join(p for p in parts if p)


def _authorize_handler(uow: UnitOfWork, actor: Actor) -> User:
    for permission in HANDLERS:
        try:
            return authorize(uow, actor, permission)
        except PermissionDenied:
            continue
    raise PermissionDenied("权限不足：您不能办理样品入库、借出或归还。", permission="handle_storage")


def _portion(uow: UnitOfWork, code: str) -> Portion:
    portion = uow.session.scalar(select(Portion).where(Portion.code == code.strip()))
    if portion is None:
        raise NotFound(f"样品编号 {code.strip()} 不存在。")
    return portion


def _loc_text(uow: UnitOfWork, location_id: int | None) -> str:
    loc = uow.session.get(StorageLocation, location_id) if location_id else None
    return location_label(loc.room, loc.cabinet, loc.shelf, loc.box) if loc else ""


def add_location(ctx: ServiceContext, actor: Actor, room: str, cabinet: str = "", shelf: str = "",
                 box: str = "") -> LocationInfo:
    parts = [p.strip()[:50] for p in (room, cabinet, shelf, box)]
    if not parts[0]:
        raise InputError("房间", "不能为空。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        if uow.session.scalar(select(StorageLocation.id).where(
                StorageLocation.room == parts[0], StorageLocation.cabinet == parts[1],
                StorageLocation.shelf == parts[2], StorageLocation.box == parts[3])) is not None:
            raise RuleViolation(f"存放位置「{location_label(*parts)}」已存在。")
        row = StorageLocation(room=parts[0], cabinet=parts[1], shelf=parts[2], box=parts[3])
        uow.session.add(row)
        uow.flush()
        audit.record(uow, ctx, actor, "quality.location_added", "storage_location", row.id,
                     f"新增存放位置 {location_label(*parts)}")
        info = LocationInfo(row.id, *parts)
        uow.commit()
        return info


def list_locations(ctx: ServiceContext, actor: Actor) -> list[LocationInfo]:
    with ctx.uow() as uow:
        _authorize_handler(uow, actor)
        rows = uow.session.scalars(select(StorageLocation).order_by(StorageLocation.room, StorageLocation.cabinet,
                                                                    StorageLocation.shelf, StorageLocation.box))
        return [LocationInfo(r.id, r.room, r.cabinet, r.shelf, r.box) for r in rows]


def store(ctx: ServiceContext, actor: Actor, portion_code: str, location_id: int, note: str = "") -> PortionPlace:
    """Put a portion at a location (first storage, or a move while it is in store)."""
    with ctx.uow() as uow:
        _authorize_handler(uow, actor)
        portion = _portion(uow, portion_code)
        if portion.state == "disposed":
            raise StateError(f"样品 {portion.code} 已处置，不能入库。")
        uow.get(StorageLocation, location_id, "存放位置")
        place = uow.session.get(PortionStorage, portion.id)
        if place is not None and place.checked_out_by is not None:
            raise StateError(f"样品 {portion.code} 已借出，请先归还。")
        action = "store" if place is None else "move"
        if place is None:
            place = PortionStorage(portion_id=portion.id, location_id=location_id)
            uow.session.add(place)
        else:
            place.location_id = location_id
        uow.session.add(CustodyEvent(portion_id=portion.id, action=action, location_id=location_id,
                                     user_id=actor.user_id, at=ctx.now(), note=note.strip()))
        audit.record(uow, ctx, actor, f"quality.portion_{action}", "portion", portion.id,
                     f"{portion.code} {ACTIONS_ZH[action]}：{_loc_text(uow, location_id)}")
        uow.flush()
        info = _place(uow, portion, place)
        uow.commit()
        return info


def check_out(ctx: ServiceContext, actor: Actor, portion_code: str, purpose: str) -> PortionPlace:
    if not purpose.strip():
        raise InputError("用途", "借出须说明用途（如检验、复检）。")
    with ctx.uow() as uow:
        user = _authorize_handler(uow, actor)
        portion = _portion(uow, portion_code)
        place = uow.session.get(PortionStorage, portion.id)
        if place is None:
            raise StateError(f"样品 {portion.code} 尚未入库。")
        if place.checked_out_by is not None:
            holder = uow.session.get(User, place.checked_out_by)
            raise StateError(f"样品 {portion.code} 已被 {holder.full_name if holder else '他人'} 借出。")
        place.checked_out_by = user.id
        place.checked_out_at = ctx.now()
        place.purpose = purpose.strip()
        uow.session.add(CustodyEvent(portion_id=portion.id, action="out", location_id=place.location_id,
                                     user_id=user.id, at=ctx.now(), note=purpose.strip()))
        audit.record(uow, ctx, actor, "quality.portion_out", "portion", portion.id,
                     f"{portion.code} 借出（{purpose.strip()}）")
        uow.flush()
        info = _place(uow, portion, place)
        uow.commit()
        return info


def check_in(ctx: ServiceContext, actor: Actor, portion_code: str, note: str = "") -> PortionPlace:
    with ctx.uow() as uow:
        user = _authorize_handler(uow, actor)
        portion = _portion(uow, portion_code)
        place = uow.session.get(PortionStorage, portion.id)
        if place is None or place.checked_out_by is None:
            raise StateError(f"样品 {portion.code} 没有借出记录，不能归还。")
        place.checked_out_by = None
        place.checked_out_at = None
        place.purpose = ""
        uow.session.add(CustodyEvent(portion_id=portion.id, action="in", location_id=place.location_id,
                                     user_id=user.id, at=ctx.now(), note=note.strip()))
        audit.record(uow, ctx, actor, "quality.portion_in", "portion", portion.id,
                     f"{portion.code} 归还：{_loc_text(uow, place.location_id)}")
        uow.flush()
        info = _place(uow, portion, place)
        uow.commit()
        return info


def _place(uow: UnitOfWork, portion: Portion, place: PortionStorage | None) -> PortionPlace:
    sample = uow.session.get(Sample, portion.sample_id)
    holder = uow.session.get(User, place.checked_out_by) if place and place.checked_out_by else None
    return PortionPlace(portion.code, PORTION_ZH.get(portion.kind, portion.kind), sample.sample_no if sample else "",
                        _loc_text(uow, place.location_id) if place else "", holder.full_name if holder else "",
                        place.checked_out_at if place else None, place.purpose if place else "")


def custody(ctx: ServiceContext, actor: Actor, portion_code: str) -> list[CustodyEntry]:
    """The chain of custody of one portion, oldest first."""
    with ctx.uow() as uow:
        _authorize_handler(uow, actor)
        portion = _portion(uow, portion_code)
        rows = uow.session.execute(select(CustodyEvent, User.full_name).outerjoin(User, User.id == CustodyEvent.user_id)
                                   .where(CustodyEvent.portion_id == portion.id).order_by(CustodyEvent.id))
        return [CustodyEntry(e.at, ACTIONS_ZH[e.action], _loc_text(uow, e.location_id), name or "", e.note)
                for e, name in rows]


def backup_location(ctx: ServiceContext, actor: Actor, sample_no: str) -> PortionPlace:
    """Where the sample's backup portion is (for the re-test)."""
    with ctx.uow() as uow:
        _authorize_handler(uow, actor)
        sample = uow.session.scalar(select(Sample).where(Sample.sample_no == sample_no.strip()))
        if sample is None:
            raise NotFound(f"样品 {sample_no.strip()} 不存在。")
        portion = next((p for p in sample.portions if p.kind == "backup"), None)
        if portion is None:
            raise NotFound(f"样品 {sample.sample_no} 没有备用样品。")
        return _place(uow, portion, uow.session.get(PortionStorage, portion.id))


def locations_for(uow: UnitOfWork, sample_ids: Iterable[int]) -> dict[int, str]:
    """sample id → "检验样品：… ；备用样品：…" for the disposition list."""
    ids = list(sample_ids)
    if not ids:
        return {}
    out: dict[int, list[str]] = {}
    rows = uow.session.execute(select(Portion, PortionStorage).join(PortionStorage, PortionStorage.portion_id == Portion.id)
                               .where(Portion.sample_id.in_(ids)).order_by(Portion.kind.desc()))
    for portion, place in rows:
        where = _loc_text(uow, place.location_id) + ("（借出）" if place.checked_out_by else "")
        out.setdefault(portion.sample_id, []).append(f"{PORTION_ZH.get(portion.kind, portion.kind)}：{where}")
    return {sid: "；".join(parts) for sid, parts in out.items()}
