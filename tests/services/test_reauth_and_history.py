"""Issue 10 items 5 and 6: re-authentication shares the login lockout; audit.history decides who reads."""

from __future__ import annotations

import inspect

import pytest

from labdesk.domain.errors import AuthenticationError, PermissionDenied
from labdesk.domain.permissions import Role
from labdesk.services import audit, auth, reports, users
from labdesk.services.context import Actor, ServiceContext
from tests.conftest import PASSWORD, FakeClock


def test_reauthentication_before_signing_locks_like_login(ctx: ServiceContext, actors: dict[str, Actor],
                                                         clock: FakeClock) -> None:
    signatory = actors["signatory"]
    messages = []
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError) as wrong:
            reports.sign_report(ctx, signatory, 1, password="wrong-pass-1", passphrase="x")
        messages.append(str(wrong.value))
    assert "再失败 4 次" in messages[0] and "锁定" in messages[-1]
    # locked: the right password no longer helps, neither at re-authentication nor at log-in
    with pytest.raises(AuthenticationError, match="锁定"):
        auth.verify_password(ctx, signatory, PASSWORD)
    with pytest.raises(AuthenticationError, match="锁定"):
        auth.login(ctx, "signatory", PASSWORD)
    with pytest.raises(AuthenticationError, match="锁定"):
        reports.amend_report(ctx, signatory, 1, reason="更正", password=PASSWORD, passphrase="x")
    clock.advance(minutes=16)
    auth.login(ctx, "signatory", PASSWORD)


def test_failures_at_login_and_reauthentication_add_up(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    signatory = actors["signatory"]
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            auth.login(ctx, "signatory", "wrong-pass-1")
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            reports.amend_report(ctx, signatory, 1, reason="更正", password="wrong-pass-1", passphrase="x")
    with pytest.raises(AuthenticationError, match="锁定"):
        auth.verify_password(ctx, signatory, "wrong-pass-1")


def test_a_right_reauthentication_resets_the_counter(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    signatory = actors["signatory"]
    for _ in range(auth.MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError):
            auth.verify_password(ctx, signatory, "wrong-pass-1")
    auth.verify_password(ctx, signatory, PASSWORD)
    with pytest.raises(AuthenticationError, match="再失败 4 次"):
        auth.login(ctx, "signatory", "wrong-pass-1")


def test_history_permission_is_decided_by_the_service(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    assert "permission" not in inspect.signature(audit.history).parameters
    tester = actors["tester"]
    for entity in ("sample", "report", "user"):
        with pytest.raises(PermissionDenied):
            audit.history(ctx, tester, entity, 1)
    # a forged actor claiming the auditor's role is re-checked against the database
    forged = Actor(tester.user_id, tester.username, tester.full_name, frozenset({Role.QUALITY_MANAGER}))
    with pytest.raises(PermissionDenied):
        audit.history(ctx, forged, "user", tester.user_id)
    assert audit.history(ctx, actors["admin"], "user", tester.user_id)  # admin: 查看审计记录
    assert audit.history(ctx, actors["receptionist"], "sample", 1) == []  # 查看样品抽样信息
    assert audit.history(ctx, actors["reviewer"], "report", 1) == []  # 查看报告
    with pytest.raises(PermissionDenied):
        audit.history(ctx, actors["reviewer"], "user", tester.user_id)
    users.set_roles(ctx, actors["admin"], actors["receptionist"].user_id, [Role.TESTER])
    with pytest.raises(PermissionDenied):  # the role taken away counts at once
        audit.history(ctx, actors["receptionist"], "sample", 1)
