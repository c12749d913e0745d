"""Users, roles, log-in, lockout and service-layer permission checks (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from labdesk.domain.errors import AuthenticationError, InputError, PermissionDenied, RuleViolation
from labdesk.domain.permissions import Permission, Role
from labdesk.persistence.models import AuditEvent, User
from labdesk.services import auth, users
from labdesk.services.context import Actor, ServiceContext
from tests.conftest import PASSWORD, FakeClock


def test_tester_cannot_call_user_admin_services(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    tester = actors["tester"]
    with pytest.raises(PermissionDenied) as refused:
        users.create_user(ctx, tester, username="mallory", full_name="M", password="abc12345",
                          roles=[Role.ADMIN])
    assert refused.value.permission == Permission.MANAGE_USERS
    assert "用户管理" in str(refused.value)
    for call in (
        lambda: users.list_users(ctx, tester),
        lambda: users.set_roles(ctx, tester, tester.user_id, [Role.ADMIN]),
        lambda: users.reset_password(ctx, tester, actors["admin"].user_id, "owned1234"),
        lambda: users.set_active(ctx, tester, actors["admin"].user_id, False),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with ctx.uow() as uow:
        names = uow.session.scalars(select(User.username)).all()
        assert "mallory" not in names
        roles = {r.role for r in uow.session.get(User, tester.user_id).roles}  # type: ignore[union-attr]
        assert roles == {"tester"}


def test_forged_actor_roles_are_not_trusted(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    """The service reloads roles from the database; a GUI-side Actor claiming admin gets nowhere."""
    tester = actors["tester"]
    forged = Actor(tester.user_id, tester.username, tester.full_name, frozenset({Role.ADMIN}))
    with pytest.raises(PermissionDenied):
        users.list_users(ctx, forged)


def test_admin_creates_user_assigns_roles_and_resets_password(
    ctx: ServiceContext, actors: dict[str, Actor]
) -> None:
    admin = actors["admin"]
    info = users.create_user(ctx, admin, username="wangwu", full_name="王五", password="first1234",
                             roles=[Role.TESTER, Role.REVIEWER])
    assert info.roles == (Role.TESTER, Role.REVIEWER)
    actor = auth.login(ctx, "WangWu", "first1234")  # user names are case-insensitive
    assert actor.roles == {Role.TESTER, Role.REVIEWER}
    users.set_roles(ctx, admin, info.id, [Role.SIGNATORY])
    users.reset_password(ctx, admin, info.id, "second1234")
    with pytest.raises(AuthenticationError):
        auth.login(ctx, "wangwu", "first1234")
    assert auth.login(ctx, "wangwu", "second1234").roles == {Role.SIGNATORY}
    with ctx.uow() as uow:
        actions = uow.session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == str(info.id)).order_by(AuditEvent.id)
        ).all()
    assert actions[:3] == ["user.created", "user.login", "user.roles_changed"]
    assert "user.password_reset" in actions
    stored = users.list_users(ctx, admin)
    assert [u for u in stored if u.username == "wangwu"][0].roles == (Role.SIGNATORY,)


def test_password_hash_is_argon2id(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    with ctx.uow() as uow:
        hashed = uow.session.get(User, actors["tester"].user_id).password_hash  # type: ignore[union-attr]
    assert hashed.startswith("$argon2id$")
    assert PASSWORD not in hashed


def test_lockout_after_five_failures_and_release(
    ctx: ServiceContext, actors: dict[str, Actor], clock: FakeClock
) -> None:
    for attempt in range(4):
        with pytest.raises(AuthenticationError, match=f"再失败 {4 - attempt} 次"):
            auth.login(ctx, "tester", "wrong-password1")
    with pytest.raises(AuthenticationError, match="锁定"):
        auth.login(ctx, "tester", "wrong-password1")
    with pytest.raises(AuthenticationError, match="锁定"):
        auth.login(ctx, "tester", PASSWORD)  # even the right password is refused while locked
    clock.advance(minutes=16)
    assert auth.login(ctx, "tester", PASSWORD).username == "tester"


def test_deactivated_user_cannot_log_in_or_act(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    users.set_active(ctx, admin, actors["quality_manager"].user_id, False)
    with pytest.raises(AuthenticationError, match="停用"):
        auth.login(ctx, "quality_manager", PASSWORD)
    with pytest.raises(PermissionDenied):
        users.list_users(ctx, actors["quality_manager"])


@pytest.mark.parametrize(
    ("username", "password", "field"),
    [("9abc", "abc12345", "用户名"), ("good", "short1", "密码"), ("good", "lettersonly", "密码")],
)
def test_bad_user_input_names_the_field(
    ctx: ServiceContext, actors: dict[str, Actor], username: str, password: str, field: str
) -> None:
    with pytest.raises(InputError) as error:
        users.create_user(ctx, actors["admin"], username=username, full_name="某人", password=password,
                          roles=[Role.TESTER])
    assert error.value.field == field


def test_admin_cannot_lock_themselves_out(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    with pytest.raises(RuleViolation):
        users.set_active(ctx, admin, admin.user_id, False)
    with pytest.raises(RuleViolation):
        users.set_roles(ctx, admin, admin.user_id, [Role.TESTER])


def test_unknown_user_and_wrong_password_look_the_same(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        auth.login(ctx, "nobody", PASSWORD)
    assert str(unknown.value) == "用户名或密码错误。"
