"""Log-in, lockout, password changes and the permission check every service uses."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update

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
    Permission.MANAGE_DUTY_RULES: "设置职责分离规则",
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
    Permission.VIEW_QUALITY: "查看质量体系记录",
    Permission.MANAGE_QUALITY: "管理质量体系",
    Permission.MANAGE_SAMPLING: "抽样管理（名录库、随机抽取、派员）",
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


def _lock_message(user: User, now: dt.datetime) -> str | None:
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        return f"连续密码错误次数过多，账户已锁定，请 {minutes} 分钟后再试。"
    return None


def _counted_check(uow: UnitOfWork, ctx: ServiceContext, user: User, password: str, wrong: str) -> None:
    """Check ``password`` against ``user``, sharing one failure counter and lockout for every purpose.

    Log-in, re-authentication before signing or amending, and the owner's password at a
    certificate import all count here: 5 failures in a row lock the account for 15 minutes.
    A failure is committed before the error is raised.  The counters are changed with plain
    UPDATE statements (no version bump), so benches logging in to one account at once never
    conflict on them.
    """
    now = ctx.now()
    locked = _lock_message(user, now)
    if locked is not None:
        raise AuthenticationError(locked)
    try:
        _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        uow.session.execute(update(User).where(User.id == user.id)
                            .values(failed_logins=User.failed_logins + 1)
                            .execution_options(synchronize_session=False))
        failures = uow.session.scalar(select(User.failed_logins).where(User.id == user.id)) or 0
        if failures >= MAX_FAILED_LOGINS:
            uow.session.execute(update(User).where(User.id == user.id)
                                .values(locked_until=now + LOCKOUT, failed_logins=0)
                                .execution_options(synchronize_session=False))
            audit.record(uow, ctx, None, "user.locked", "user", user.id, f"账户 {user.username} 已锁定")
            message = "连续密码错误次数过多，账户已锁定 15 分钟。"
        else:
            message = f"{wrong}再失败 {MAX_FAILED_LOGINS - failures} 次账户将被锁定。"
        uow.commit()
        raise AuthenticationError(message) from None
    values: dict[str, object] = {"failed_logins": 0, "locked_until": None}
    if _hasher().check_needs_rehash(user.password_hash):
        values["password_hash"] = hash_password(password)
    if user.failed_logins or user.locked_until is not None or "password_hash" in values:
        uow.session.execute(update(User).where(User.id == user.id).values(**values)
                            .execution_options(synchronize_session=False))


def login(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check the password; lock the account for 15 minutes after 5 failures in a row."""
    username = username.strip()
    with ctx.uow() as uow:
        user = uow.session.scalar(select(User).where(func.lower(User.username) == username.lower()))
        if user is None:
            _hasher().hash(password)  # same cost as a real check: no user enumeration by timing
            raise AuthenticationError("用户名或密码错误。")
        if not user.active:
            raise AuthenticationError("该账户已停用，请联系系统管理员。")
        _counted_check(uow, ctx, user, password, "用户名或密码错误。")
        uow.session.execute(update(User).where(User.id == user.id).values(last_login_at=ctx.now())
                            .execution_options(synchronize_session=False))
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
    """Ask again for the acting user's password (before signing or amending); raise when wrong.

    Shares the log-in's failure counter and lockout.
    """
    verify_user_password(ctx, actor.user_id, password)


def verify_user_password(ctx: ServiceContext, user_id: int, password: str, *, who: str = "") -> None:
    """Check the password of user ``user_id`` (e.g. a certificate's owner at the admin's bench).

    Counts towards that user's lockout exactly like a failed log-in.
    """
    with ctx.uow() as uow:
        user = uow.session.get(User, user_id)
        if user is None or not user.active:
            raise PermissionDenied("当前用户已停用或不存在，请重新登录。" if not who else f"{who}的账户已停用或不存在。")
        _counted_check(uow, ctx, user, password, f"{who}密码不正确。" if who else "密码不正确。")
        uow.commit()
