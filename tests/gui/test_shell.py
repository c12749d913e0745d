"""Login, navigation by role, user administration and the background runner (pytest-qt, offscreen)."""

from __future__ import annotations

import functools
import gc
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from labdesk.domain.errors import RuleViolation
from labdesk.domain.permissions import Role
from labdesk.gui.login import LoginDialog
from labdesk.gui.main_window import MainWindow
from labdesk.gui.pages.admin import Page as AdminPage
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import auth
from labdesk.services.context import Actor, ServiceContext
from tests.conftest import PASSWORD


def _login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.form.usernameEdit, username)
    qtbot.keyClicks(dialog.form.passwordEdit, password)
    qtbot.keyClick(dialog.form.passwordEdit, Qt.Key.Key_Return)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_login_with_keyboard_reaches_actor(
    qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    dialog = LoginDialog(ctx, runner, lab_name="测试实验室")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.titleLabel.text() == "LabDesk 检验实验室管理系统"
    assert QFontInfo(dialog.form.titleLabel.font()).family() == "WenQuanYi Micro Hei"
    _login(qtbot, dialog, "tester", "wrong-pass1")
    qtbot.waitUntil(lambda: "用户名或密码错误" in dialog.form.messageLabel.text())
    assert dialog.form.passwordEdit.text() == ""  # cleared, user name kept
    assert dialog.form.usernameEdit.text() == "tester"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClicks(dialog.form.passwordEdit, PASSWORD)
        qtbot.keyClick(dialog.form.passwordEdit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.roles == {Role.TESTER}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_navigation_follows_roles(
    qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    admin_window = MainWindow(GuiSession(ctx, actors["admin"], runner))
    qtbot.addWidget(admin_window)
    assert "admin" in admin_window.page_keys
    assert "testing" not in admin_window.page_keys
    tester_window = MainWindow(GuiSession(ctx, actors["tester"], runner))
    qtbot.addWidget(tester_window)
    assert "admin" not in tester_window.page_keys
    assert "intake" not in tester_window.page_keys
    assert "检验员" in tester_window.user_label.text()
    assert not hasattr(tester_window, "decode_action")  # decoding blind codes is for signatories and QMs
    signatory_window = MainWindow(GuiSession(ctx, actors["signatory"], runner))
    qtbot.addWidget(signatory_window)
    assert signatory_window.decode_action.text() == "解码盲样…"
    assert "SQLite" in tester_window.db_label.text()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_admin_creates_user_through_the_screen(
    qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    page = AdminPage(GuiSession(ctx, actors["admin"], runner))
    qtbot.addWidget(page)
    page.refresh()
    users_tab = page.children_tabs[0]
    qtbot.waitUntil(lambda: users_tab.model.rowCount() == len(actors))
    qtbot.keyClicks(users_tab.form.usernameEdit, "newtester")
    users_tab.form.fullNameEdit.setText("新检验员")  # QTest types ASCII only; an IME would insert this
    qtbot.keyClicks(users_tab.form.passwordEdit, "short")
    users_tab.role_boxes[Role.TESTER].setChecked(True)
    users_tab.form.saveButton.click()
    qtbot.waitUntil(lambda: "密码" in users_tab.form.messageLabel.text())
    assert users_tab.form.usernameEdit.text() == "newtester"  # nothing typed is lost
    users_tab.form.passwordEdit.setText("good12345")
    users_tab.form.saveButton.click()
    qtbot.waitUntil(lambda: users_tab.model.rowCount() == len(actors) + 1)
    assert auth.login(ctx, "newtester", "good12345").roles == {Role.TESTER}


def test_runner_delivers_on_gui_thread_and_routes_failures(qtbot: QtBot, runner: TaskRunner) -> None:
    main = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    runner.run(work, on_success=lambda r: seen.update(result=r, callback=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["callback"] == main
    assert seen["worker"] != main

    def boom() -> None:
        raise RuleViolation("规则不允许")

    runner.run(boom, on_failure=lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: "error" in seen)
    assert isinstance(seen["error"], RuleViolation)
    qtbot.waitUntil(lambda: runner.pending == 0)


def test_login_button_texts_are_chinese(qtbot: QtBot, tmp_path: object, runner: TaskRunner) -> None:
    from labdesk.services.database import open_database

    ctx = open_database(f"sqlite:///{tmp_path}/a.sqlite3")
    dialog = LoginDialog(ctx, runner)
    qtbot.addWidget(dialog)
    assert dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "登录"
    assert "SQLite" in dialog.form.databaseLabel.text()
    ctx.engine.dispose()


class _Witness:
    """Records the thread it is deallocated on (stands in for a Qt wrapper)."""

    def __init__(self, log: list[int]) -> None:
        self.log = log

    def __del__(self) -> None:
        self.log.append(threading.get_ident())


def test_runner_releases_results_closures_and_errors_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    """Qt objects must never be deallocated on the worker: everything GUI-side dies on the GUI thread."""
    main = threading.get_ident()
    released: list[int] = []

    def make_result(witness: _Witness) -> _Witness:
        assert witness.log is released  # the bound argument stands for a lambda's captured ``self``
        time.sleep(0.2)  # real work takes a while: the caller has long let go of its references
        return _Witness(released)

    runner.run(functools.partial(make_result, _Witness(released)), on_success=lambda result: None)

    def fail() -> None:
        witness = _Witness(released)  # lives on in the traceback's frame
        time.sleep(0.2)
        raise RuleViolation(f"失败 {id(witness)}")

    runner.run(fail, on_failure=lambda error: None)
    qtbot.waitUntil(lambda: runner.pending == 0)
    gc.collect()
    assert len(released) == 3
    assert set(released) == {main}
