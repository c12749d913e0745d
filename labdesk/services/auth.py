"""Log-in, lockout, password changes and the permission check every service uses."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from labdesk.domain.errors import AuthenticationError, InputError, PermissionDenied
from labdesk.domain.permissions import Permission, Role, permissions_for
from labdesk.persistence.models import User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.context import Actor, ServiceContext

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

PERMISSION_NAMES_ZH: dict[Permission, str] = {
    Permission.MANAGE_USERS: "用户管理",
    Permission.MANAGE_SETTINGS: "系统设置",
    Permission.MANAGE_CREDENTIALS: "签名证书管理",
    Permission.VIEW_AUDIT: "查看审计记录",
    Permission.VIEW_PLANS: "查看抽查计划",
    Permission.MANAGE_PLANS: "管理抽查计划",
    Permission.EDIT_RULESETS: "修改判定规则",
    Permission.REGISTER_SAMPLE: "样品登记",
    Permission.RECEIVE_SAMPLE: "样品接收",
    Permission.REJECT_SAMPLE: "拒收样品",
    Permission.TERMINATE_SAMPLE: "终止检验",
    Permission.PRINT_LABELS: "打印标签",
    Permission.VIEW_SAMPLE_DETAILS: "查看样品抽样信息",
    Permission.VIEW_BLIND_QUEUE: "查看盲样队列",
    Permission.ENTER_RESULTS: "录入检验结果",
    Permission.IMPORT_INSTRUMENT: "导入仪器数据",
    Permission.MANAGE_INSTRUMENTS: "管理仪器映射",
    Permission.DECODE_BLIND: "解码盲样",
    Permission.REVIEW_RESULTS: "审核结果",
    Permission.ORDER_REDETERMINATION: "安排复测",
    Permission.SIGN_REPORTS: "签发报告",
    Permission.AMEND_REPORTS: "更正报告",
    Permission.VIEW_REPORTS: "查看报告",
    Permission.RECORD_DELIVERY: "登记送达",
    Permission.RECORD_OBJECTION: "登记异议",
    Permission.RECORD_REFUSAL: "登记拒检",
    Permission.DISPOSE_SAMPLES: "样品处置",
    Permission.EXPORT_PLAN: "导出汇总材料",
    Permission.APPROVE_CORRECTION: "批准样品信息更正",
}


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id, RFC 9106 low-memory profile


def set_password_hasher(hasher: PasswordHasher) -> None:
    """Tests use cheaper argon2id parameters; production keeps the defaults."""
    _hasher.cache_clear()
    globals()["_hasher"] = cache(lambda: hasher)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError("密码", f"至少需要 {MIN_PASSWORD_LENGTH} 个字符。")
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        raise InputError("密码", "必须同时包含字母和数字。")


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, frozenset(Role(r.role) for r in user.roles))


def authorize(uow: UnitOfWork, actor: Actor, permission: Permission) -> User:
    """Re-load the acting user and refuse unless active and granted ``permission``.

    The roles are read from the database, not from the ``Actor`` the GUI holds, so
    a role removed by the admin takes effect on the next call.
    """
    user = uow.session.get(User, actor.user_id)
    if user is None or not user.active:
        raise PermissionDenied("当前用户已停用或不存在，请重新登录。", permission=permission)
    roles = frozenset(Role(r.role) for r in user.roles)
    if permission not in permissions_for(roles):
        raise PermissionDenied(
            f"权限不足：用户「{user.full_name}」没有「{PERMISSION_NAMES_ZH.get(permission, permission)}」权限。",
            permission=permission,
        )
    return user


def login(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check the password; lock the account for 15 minutes after 5 failures in a row."""
    username = username.strip()
    with ctx.uow() as uow:
        user = uow.session.scalar(select(User).where(func.lower(User.username) == username.lower()))
        now = ctx.now()
        if user is None:
            _hasher().hash(password)  # same cost as a real check: no user enumeration by timing
            raise AuthenticationError("用户名或密码错误。")
        if not user.active:
            raise AuthenticationError("该账户已停用，请联系系统管理员。")
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AuthenticationError(f"连续登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。")
        try:
            _hasher().verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            message = "用户名或密码错误。"
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                audit.record(uow, ctx, None, "user.locked", "user", user.id, f"账户 {user.username} 已锁定")
                message = "连续登录失败次数过多，账户已锁定 15 分钟。"
            else:
                left = MAX_FAILED_LOGINS - user.failed_logins
                message += f"再失败 {left} 次账户将被锁定。"
            uow.commit()
            raise AuthenticationError(message) from None
        if _hasher().check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        actor = actor_for(user)
        audit.record(uow, ctx, actor, "user.login", "user", user.id, f"{user.username} 登录")
        uow.commit()
        return actor


def change_own_password(ctx: ServiceContext, actor: Actor, old_password: str, new_password: str) -> None:
    check_password_strength(new_password)
    with ctx.uow() as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied("当前用户已停用或不存在，请重新登录。")
        try:
            _hasher().verify(user.password_hash, old_password)
        except (VerificationError, InvalidHashError):
            raise AuthenticationError("原密码不正确。") from None
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        audit.record(uow, ctx, actor, "user.password_changed", "user", user.id, "修改本人密码")
        uow.commit()


def verify_password(ctx: ServiceContext, actor: Actor, password: str) -> None:
    """Ask again for the acting user's password (e.g. before signing); raise when wrong."""
    with ctx.uow() as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied("当前用户已停用或不存在，请重新登录。")
        try:
            _hasher().verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise AuthenticationError("密码不正确。") from None
