"""Staff authorisations: 上岗授权 per person and test item (kind "test"), and each signatory's
授权签字领域 (kind "sign": product codes or categories), with validity and the authorising record.

Enforcement starts once the lab keeps the register: result entry is checked as soon as any
test authorisation exists, signing as soon as any signing authorisation exists.  Before that
(a lab that has not set up its quality records) nothing is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, NotFound, PermissionDenied, StateError
from labdesk.domain.permissions import Permission
from labdesk.domain.quality.scope import scope_covers, scope_zh
from labdesk.persistence.models import Authorisation, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

KINDS_ZH = {"test": "上岗授权", "sign": "授权签字领域"}


class NotAuthorised(PermissionDenied):
    """The person holds no valid authorisation for the item or product."""

    code = "not_authorised"


@dataclass(frozen=True)
class AuthorisationInfo:
    id: int
    user_id: int
    user_name: str
    kind: str
    scope: str
    scope_zh: str
    method: str
    valid_from: dt.date
    valid_to: dt.date | None
    record_ref: str
    authorised_by: str
    revoked: bool

    def valid_on(self, day: dt.date) -> bool:
        return not self.revoked and self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def _info(uow: UnitOfWork, row: Authorisation) -> AuthorisationInfo:
    person = uow.session.get(User, row.user_id)
    by = uow.session.get(User, row.authorised_by) if row.authorised_by else None
    return AuthorisationInfo(row.id, row.user_id, person.full_name if person else "", row.kind, row.scope,
                             scope_zh(row.scope) if row.kind == "sign" else row.scope, row.method, row.valid_from,
                             row.valid_to, row.record_ref, by.full_name if by else "", row.revoked)


def grant(ctx: ServiceContext, actor: Actor, *, user_id: int, kind: str, scopes: Sequence[str],
          valid_from: dt.date, valid_to: dt.date | None, record_ref: str, method: str = "") -> list[AuthorisationInfo]:
    """Authorise a person for items (kind "test") or a signing field (kind "sign")."""
    if kind not in KINDS_ZH:
        raise InputError("授权类型", "应为上岗授权或授权签字领域。")
    scopes = [s.strip() for s in scopes if s.strip()]
    if not scopes:
        raise InputError("授权范围", "须至少填写一个检验项目或产品。")
    if not record_ref.strip():
        raise InputError("授权记录", "须填写授权依据（考核记录、授权书编号）。")
    if valid_to is not None and valid_to < valid_from:
        raise InputError("有效期至", "不能早于生效日期。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        person = uow.get(User, user_id, "用户")
        out = []
        for scope in scopes:
            row = Authorisation(user_id=person.id, kind=kind, scope=scope[:64], method=method.strip()[:200],
                                valid_from=valid_from, valid_to=valid_to, record_ref=record_ref.strip()[:200],
                                authorised_by=actor.user_id, created_at=ctx.now())
            uow.session.add(row)
            uow.flush()
            audit.record(uow, ctx, actor, "quality.authorisation_granted", "authorisation", row.id,
                         f"{person.full_name} {KINDS_ZH[kind]}：{scope}",
                         details={"user_id": person.id, "kind": kind, "scope": scope, "record_ref": row.record_ref,
                                  "valid_from": valid_from.isoformat(),
                                  "valid_to": valid_to.isoformat() if valid_to else None})
            out.append(_info(uow, row))
        uow.commit()
        return out


def revoke(ctx: ServiceContext, actor: Actor, authorisation_id: int, reason: str) -> AuthorisationInfo:
    if not reason.strip():
        raise InputError("撤销理由", "不能为空。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        row = uow.get(Authorisation, authorisation_id, "授权记录")
        if row.revoked:
            raise StateError("该授权已撤销。")
        row.revoked = True
        row.revoke_reason = reason.strip()
        audit.record(uow, ctx, actor, "quality.authorisation_revoked", "authorisation", row.id,
                     f"撤销{KINDS_ZH[row.kind]}：{row.scope}", reason=reason.strip())
        uow.flush()
        info = _info(uow, row)
        uow.commit()
        return info


def list_authorisations(ctx: ServiceContext, actor: Actor, *, user_id: int | None = None) -> list[AuthorisationInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        stmt = select(Authorisation).order_by(Authorisation.user_id, Authorisation.kind, Authorisation.scope)
        if user_id is not None:
            stmt = stmt.where(Authorisation.user_id == user_id)
        return [_info(uow, row) for row in uow.session.scalars(stmt)]


def _register_in_use(uow: UnitOfWork, kind: str) -> bool:
    return uow.session.scalar(select(Authorisation.id).where(Authorisation.kind == kind).limit(1)) is not None


def _valid(uow: UnitOfWork, user_id: int, kind: str, day: dt.date) -> list[Authorisation]:
    rows = uow.session.scalars(select(Authorisation).where(
        Authorisation.user_id == user_id, Authorisation.kind == kind, Authorisation.revoked.is_(False)))
    return [r for r in rows if r.valid_from <= day and (r.valid_to is None or day <= r.valid_to)]


def tester_refusal(uow: UnitOfWork, actor: Actor, item_code: str, day: dt.date) -> str | None:
    """Why the actor may not enter results for ``item_code`` today, or None."""
    if not _register_in_use(uow, "test"):
        return None
    if any(r.scope == item_code for r in _valid(uow, actor.user_id, "test", day)):
        return None
    return (f"{actor.full_name} 没有检验项目「{item_code}」的有效上岗授权，不能录入或导入该项目的结果"
            "（请联系质量负责人办理授权）。")


def check_signing_scope(uow: UnitOfWork, actor: Actor, product_code: str, product_name: str, day: dt.date) -> None:
    """Refuse signing outside the signatory's 授权签字领域 (once the register is in use)."""
    if not _register_in_use(uow, "sign"):
        return
    if any(scope_covers(r.scope, product_code) for r in _valid(uow, actor.user_id, "sign", day)):
        return
    raise NotAuthorised(f"{actor.full_name} 的授权签字领域不包括「{product_name}」，不能签发该报告。",
                        permission="signing_scope")


def user_id_by_name(uow: UnitOfWork, username: str) -> int:
    uid = uow.session.scalar(select(User.id).where(User.username == username))
    if uid is None:
        raise NotFound(f"用户 {username} 不存在。")
    return uid
