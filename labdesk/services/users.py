"""User administration: create users, assign roles, reset passwords, deactivate."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from labdesk.domain.errors import InputError, NotFound, RuleViolation
from labdesk.domain.permissions import Permission, Role
from labdesk.persistence.models import User, UserRole
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


def _info(user: User, now: dt.datetime) -> UserInfo:
    roles = tuple(sorted((Role(r.role) for r in user.roles), key=list(Role).index))
    locked = user.locked_until is not None and user.locked_until > now
    return UserInfo(user.id, user.username, user.full_name, roles, user.active, locked, user.last_login_at,
                    user.version)


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


def create_user(
    ctx: ServiceContext, actor: Actor, *, username: str, full_name: str, password: str,
    roles: Iterable[Role | str],
) -> UserInfo:
    username = username.strip()
    full_name = full_name.strip()
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
        user = User(username=username, full_name=full_name, password_hash=hash_password(password),
                    created_at=ctx.now())
        user.roles = [UserRole(role=r.value) for r in parsed]
        uow.session.add(user)
        uow.flush()
        audit.record(uow, ctx, actor, "user.created", "user", user.id, f"新建用户 {username}",
                     details={"roles": [r.value for r in parsed], "full_name": full_name})
        uow.commit()
        return _info(user, ctx.now())


def set_roles(ctx: ServiceContext, actor: Actor, user_id: int, roles: Iterable[Role | str]) -> UserInfo:
    parsed = _roles(roles)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_USERS)
        user = uow.get(User, user_id, "用户")
        before = sorted(r.role for r in user.roles)
        if user.id == actor.user_id and Role.ADMIN.value in before and Role.ADMIN not in parsed:
            raise RuleViolation("不能移除自己的系统管理员角色（请由另一位管理员操作）。")
        user.roles = [UserRole(role=r.value) for r in parsed]
        uow.session.add(user)
        audit.record(uow, ctx, actor, "user.roles_changed", "user", user.id, f"修改 {user.username} 的角色",
                     details={"before": before, "after": [r.value for r in parsed]})
        uow.commit()
        return _info(user, ctx.now())


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
        audit.record(uow, ctx, None, "user.created", "user", user.id, f"初始管理员 {username}")
        uow.commit()
        return _info(user, ctx.now())
