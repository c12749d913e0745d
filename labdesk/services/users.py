"""User administration: create users, assign roles, reset passwords, deactivate."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from labdesk.domain.errors import InputError, NotFound, RuleViolation
from labdesk.domain.permissions import ROLE_NAMES_ZH, Permission, Role
from labdesk.persistence.models import AuditEvent, User, UserRole
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize, check_password_strength, hash_password
from labdesk.services.context import Actor, ServiceContext

USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,31}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    roles: tuple[Role, ...]
    active: bool
    locked: bool
    last_login_at: dt.datetime | None
    version: int
    id_number: str = ""


@dataclass(frozen=True)
class RoleChange:
    """One role grant or change, for the admin page's list."""

    at: dt.datetime
    by: str
    workstation: str
    user: str
    before: tuple[str, ...]
    after: tuple[str, ...]


def _info(user: User, now: dt.datetime) -> UserInfo:
    roles = tuple(sorted((Role(r.role) for r in user.roles), key=list(Role).index))
    locked = user.locked_until is not None and user.locked_until > now
    return UserInfo(user.id, user.username, user.full_name, roles, user.active, locked, user.last_login_at,
                    user.version, user.id_number or "")


def _roles(roles: Iterable[Role | str]) -> list[Role]:
    try:
        parsed = sorted({Role(r) for r in roles}, key=list(Role).index)
    except ValueError as error:
        raise InputError("角色", f"未知角色：{error}") from None
    if not parsed:
        raise InputError("角色", "至少分配一个角色。")
    return parsed


def list_users(ctx: ServiceContext, actor: Actor) -> list[UserInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        now = ctx.now()
        return [_info(u, now) for u in uow.session.scalars(select(User).order_by(User.username))]


def staff_directory(ctx: ServiceContext, actor: Actor) -> list[tuple[int, str]]:
    """Active users' (id, full name), e.g. to pick samplers; any logged-in user may read it."""
    with ctx.uow() as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None or not user.active:
            raise NotFound("当前用户不存在。")
        rows = uow.session.execute(select(User.id, User.full_name).where(User.active).order_by(User.full_name))
        return [(row.id, row.full_name) for row in rows]


ID_NUMBER = re.compile(r"^[0-9A-Za-z-]{2,40}$")


def _id_number(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if not ID_NUMBER.match(value):
        raise InputError("身份证号/工号", "只能包含字母、数字和连字符（2–40 位）。")
    return value.upper()


def _check_unique_id(uow: UnitOfWork, id_number: str | None, user_id: int | None) -> None:
    if id_number is None:
        return
    other = uow.session.scalar(select(User.username).where(User.id_number == id_number,
                                                           User.id != (user_id or 0)))
    if other is not None:
        raise InputError("身份证号/工号", f"「{id_number}」已登记给另一个账户。")


def create_user(
    ctx: ServiceContext, actor: Actor, *, username: str, full_name: str, password: str,
    roles: Iterable[Role | str], id_number: str | None = None,
) -> UserInfo:
    username = username.strip()
    full_name = full_name.strip()
    id_no = _id_number(id_number)
    if not USERNAME.match(username):
        raise InputError("用户名", "须以字母开头，2–32 位字母、数字、下划线、点或连字符。")
    if not full_name:
        raise InputError("姓名", "不能为空。")
    check_password_strength(password)
    parsed = _roles(roles)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        exists = uow.session.scalar(select(User.id).where(func.lower(User.username) == username.lower()))
        if exists is not None:
            raise InputError("用户名", f"「{username}」已存在。")
        _check_unique_id(uow, id_no, None)
        user = User(username=username, full_name=full_name, password_hash=hash_password(password),
                    created_at=ctx.now(), id_number=id_no)
        user.roles = [UserRole(role=r.value) for r in parsed]
        uow.session.add(user)
        uow.flush()
        audit.record(uow, ctx, actor, "user.created", "user", user.id, f"新建用户 {username}",
                     details={"roles": [r.value for r in parsed], "full_name": full_name, "id_number": id_no,
                              "before": [], "after": [r.value for r in parsed]})
        uow.commit()
        return _info(user, ctx.now())


def set_roles(ctx: ServiceContext, actor: Actor, user_id: int, roles: Iterable[Role | str]) -> UserInfo:
    parsed = _roles(roles)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        user = uow.get(User, user_id, "用户")
        before = sorted(r.role for r in user.roles)
        if user.id == actor.user_id:
            raise RuleViolation("不能修改自己账户的角色（请由另一位系统管理员操作）。")
        user.roles = [UserRole(role=r.value) for r in parsed]
        uow.session.add(user)
        audit.record(uow, ctx, actor, "user.roles_changed", "user", user.id, f"修改 {user.username} 的角色",
                     details={"before": before, "after": [r.value for r in parsed]})
        uow.commit()
        return _info(user, ctx.now())


def set_identity(ctx: ServiceContext, actor: Actor, user_id: int, id_number: str | None) -> UserInfo:
    """Register (or clear) a user's ID card / staff number; a signing certificate must then carry it."""
    id_no = _id_number(id_number)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        user = uow.get(User, user_id, "用户")
        _check_unique_id(uow, id_no, user.id)
        before = user.id_number
        user.id_number = id_no
        audit.record(uow, ctx, actor, "user.identity_changed", "user", user.id,
                     f"修改 {user.username} 的身份证号/工号", details={"before": before, "after": id_no})
        uow.commit()
        return _info(user, ctx.now())


def role_changes(ctx: ServiceContext, actor: Actor, limit: int = 500) -> list[RoleChange]:
    """Every role grant (new users included) and role change, newest first, from the audit trail."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action.in_(("user.roles_changed", "user.created")))
            .order_by(AuditEvent.id.desc()).limit(limit)
        ).all()
        ids = {int(e.entity_id) for e in events if e.entity_id.isdigit()}
        names = {row.id: row.full_name
                 for row in uow.session.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}

        def zh(roles: object) -> tuple[str, ...]:
            if not isinstance(roles, list):
                return ()
            known = {role.value for role in Role}
            return tuple(ROLE_NAMES_ZH[Role(r)] if r in known else str(r) for r in roles)

        out = []
        for e in events:
            d = e.details or {}
            after = d.get("after", d.get("roles", []))
            user_name = names.get(int(e.entity_id), e.entity_id) if e.entity_id.isdigit() else e.entity_id
            out.append(RoleChange(e.at, e.username, e.workstation, str(user_name), zh(d.get("before", [])),
                                  zh(after)))
        return out


def reset_password(ctx: ServiceContext, actor: Actor, user_id: int, new_password: str) -> None:
    check_password_strength(new_password)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        user = uow.get(User, user_id, "用户")
        user.password_hash = hash_password(new_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        audit.record(uow, ctx, actor, "user.password_reset", "user", user.id, f"重置 {user.username} 的密码")
        uow.commit()


def set_active(ctx: ServiceContext, actor: Actor, user_id: int, active: bool) -> UserInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        user = uow.get(User, user_id, "用户")
        if user.id == actor.user_id and not active:
            raise RuleViolation("不能停用自己的账户。")
        user.active = active
        audit.record(uow, ctx, actor, "user.activated" if active else "user.deactivated", "user", user.id,
                     f"{'启用' if active else '停用'}用户 {user.username}")
        uow.commit()
        return _info(user, ctx.now())


def has_any_user(ctx: ServiceContext) -> bool:
    with ctx.uow() as uow:
        return bool(uow.session.scalar(select(func.count(User.id))))


def bootstrap_admin(ctx: ServiceContext, *, username: str, full_name: str, password: str) -> UserInfo:
    """Create the first administrator of an empty database (no actor exists yet)."""
    check_password_strength(password)
    with ctx.uow() as uow:
        if uow.session.scalar(select(func.count(User.id))):
            raise RuleViolation("数据库中已有用户，不能再创建初始管理员。")
        user = User(username=username, full_name=full_name, password_hash=hash_password(password),
                    created_at=ctx.now())
        user.roles = [UserRole(role=Role.ADMIN.value)]
        uow.session.add(user)
        uow.flush()
        audit.record(uow, ctx, None, "user.created", "user", user.id, f"初始管理员 {username}",
                     details={"before": [], "after": [Role.ADMIN.value]})
        uow.commit()
        return _info(user, ctx.now())
