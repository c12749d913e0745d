"""Issue 10 item 2 on the admin page: own roles locked, the role-change list, the owner's password dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from labdesk.domain.permissions import Role
from labdesk.gui.pages.admin import RoleChangesTab, UsersTab
from labdesk.gui.pages.admin_credentials import OwnerConfirmDialog
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import users
from labdesk.services.context import Actor, ServiceContext

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE
def test_own_roles_are_locked_and_changes_are_listed(qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor],
                                                     runner: TaskRunner) -> None:
    session = GuiSession(ctx, actors["admin"], runner)
    tab = UsersTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: len(tab.users) > 1)
    own = next(r for r, u in enumerate(tab.users) if u.username == "admin")
    tab.form.userTable.selectRow(own)
    assert not any(box.isEnabled() for box in tab.role_boxes.values())
    other = next(r for r, u in enumerate(tab.users) if u.username == "tester")
    tab.form.userTable.selectRow(other)
    assert all(box.isEnabled() for box in tab.role_boxes.values())
    tab.role_boxes[Role.REVIEWER].setChecked(True)
    tab.id_number_edit.setText("gh-0107")
    tab._save()
    qtbot.waitUntil(lambda: "已保存" in tab.form.messageLabel.text())
    info = next(u for u in users.list_users(ctx, actors["admin"]) if u.username == "tester")
    assert info.roles == (Role.TESTER, Role.REVIEWER) and info.id_number == "GH-0107"
    changes = RoleChangesTab(session)
    qtbot.addWidget(changes)
    changes.refresh()
    qtbot.waitUntil(lambda: changes.model.rowCount() > 0)
    first = [changes.model.item(0, c).text() for c in range(changes.model.columnCount())]
    assert first[3:] == ["tester姓名", "检验员", "检验员、审核员"]


def test_owner_dialog_asks_for_passphrase_and_owner_password(qtbot: QtBot) -> None:
    dialog = OwnerConfirmDialog("陈刚")
    qtbot.addWidget(dialog)
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "陈刚" in labels and "本人" in labels
    assert dialog.owner_password.echoMode() == dialog.owner_password.EchoMode.Password
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password


@SQLITE
def test_quality_manager_allows_samplers_to_review_and_sign(qtbot: QtBot, ctx: ServiceContext,
                                                            actors: dict[str, Actor], runner: TaskRunner) -> None:
    from labdesk.gui.widgets.duty_rules import DutyRulesEditor
    from labdesk.services import audit, duties

    editor = DutyRulesEditor(GuiSession(ctx, actors["quality_manager"], runner))
    qtbot.addWidget(editor)
    editor.refresh()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert not editor.allow_box.isChecked()
    editor.allow_box.setChecked(True)
    editor.reason_edit.setText("抽样人员不足，经技术负责人批准")
    editor.save()
    qtbot.waitUntil(lambda: editor.message.text() == "已保存")
    assert duties.sampler_may_review_sign(ctx)
    event = audit.history(ctx, actors["admin"], "setting", "duties.sampler_may_review_sign")[-1]
    assert event.reason == "抽样人员不足，经技术负责人批准" and event.details == {"before": False, "after": True}
