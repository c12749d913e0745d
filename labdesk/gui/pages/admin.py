"""系统管理: users and roles, lab settings, the audit trail (and signing credentials)."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.permissions import ROLE_NAMES_ZH, Permission, Role
from labdesk.gui.forms.admin_users_ui import Ui_AdminUsers
from labdesk.gui.pages.settings_checks import add_checks, first_refusal
from labdesk.gui.session import GuiSession
from labdesk.services import audit, settings, users
from labdesk.services.audit_names import action_name, entity_name, readable_details
from labdesk.services.context import BEIJING
from labdesk.services.users import UserInfo


class UsersTab(QWidget):
    """Create users, assign roles, reset passwords, deactivate."""

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_AdminUsers()
        self.form.setupUi(self)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"), self.tr("最近登录")])
        self.form.userTable.setModel(self.model)
        self.form.userTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form.userTable.horizontalHeader().setStretchLastSection(True)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(ROLE_NAMES_ZH[role], self.form.rolesBox)
            box.setObjectName(f"role_{role.value}")
            self.form.rolesLayout.addWidget(box)
            self.role_boxes[role] = box
        self.id_number_edit = QLineEdit(self)
        self.id_number_edit.setObjectName("idNumberEdit")
        self.id_number_edit.setPlaceholderText(self.tr("签名证书主题须含此号码（可不填）"))
        self.form.formLayout.insertRow(2, self.tr("身份证号/工号"), self.id_number_edit)
        self.users: list[UserInfo] = []
        self.selected: UserInfo | None = None
        self.form.userTable.selectionModel().currentRowChanged.connect(self._select)
        self.form.newButton.clicked.connect(self._new)
        self.form.saveButton.clicked.connect(self._save)
        self.form.resetPasswordButton.clicked.connect(self._reset_password)
        self.form.toggleActiveButton.clicked.connect(self._toggle_active)
        self._new()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: users.list_users(ctx, actor), on_success=self._show, parent=self)

    def _show(self, rows: list[UserInfo]) -> None:
        self.users = rows
        self.model.removeRows(0, self.model.rowCount())
        for info in rows:
            cells = [
                info.username, info.full_name, "、".join(ROLE_NAMES_ZH[r] for r in info.roles),
                self.tr("已锁定") if info.locked else (self.tr("在用") if info.active else self.tr("已停用")),
                info.last_login_at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M") if info.last_login_at else "",
            ]
            self.model.appendRow([QStandardItem(text) for text in cells])

    def _select(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.users):
            return
        info = self.users[current.row()]
        self.selected = info
        self.form.usernameEdit.setText(info.username)
        self.form.usernameEdit.setReadOnly(True)
        self.form.fullNameEdit.setText(info.full_name)
        self.id_number_edit.setText(info.id_number)
        self.form.passwordEdit.clear()
        own = info.id == self.session.actor.user_id
        for role, box in self.role_boxes.items():
            box.setChecked(role in info.roles)
            box.setEnabled(not own)
        self.form.rolesBox.setToolTip(self.tr("不能修改自己账户的角色") if own else "")
        self.form.editorBox.setTitle(self.tr("编辑用户"))

    def _new(self) -> None:
        self.selected = None
        self.form.userTable.clearSelection()
        self.form.usernameEdit.clear()
        self.form.usernameEdit.setReadOnly(False)
        self.form.fullNameEdit.clear()
        self.id_number_edit.clear()
        self.form.passwordEdit.clear()
        for box in self.role_boxes.values():
            box.setChecked(False)
            box.setEnabled(True)
        self.form.editorBox.setTitle(self.tr("新建用户"))
        self.form.usernameEdit.setFocus()

    def _message(self, text: str, role: str = "ok") -> None:
        self.form.messageLabel.setProperty("role", role)
        self.form.messageLabel.setStyleSheet("color: #1b5e20;" if role == "ok" else "color: #b00020;")
        self.form.messageLabel.setText(text)

    def _failed(self, error: BaseException) -> None:
        from labdesk.domain.errors import LabDeskError

        if isinstance(error, LabDeskError):
            self._message(str(error), "error")  # the form keeps everything typed
        else:
            from labdesk.gui.errors import show_error

            show_error(self, error)

    def _save(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        roles = [role for role, box in self.role_boxes.items() if box.isChecked()]
        if self.selected is None:
            username = self.form.usernameEdit.text()
            full_name = self.form.fullNameEdit.text()
            password = self.form.passwordEdit.text()
            id_number = self.id_number_edit.text()
            self.session.runner.run(
                lambda: users.create_user(ctx, actor, username=username, full_name=full_name, password=password,
                                          roles=roles, id_number=id_number),
                on_success=lambda info: self._saved(self.tr("已创建用户 %1").replace("%1", info.username)),
                on_failure=self._failed, parent=self)
        else:
            selected = self.selected
            id_number = self.id_number_edit.text().strip()

            def save() -> UserInfo:
                info = selected
                if id_number.upper() != selected.id_number:
                    info = users.set_identity(ctx, actor, selected.id, id_number)
                if set(roles) != set(selected.roles):
                    info = users.set_roles(ctx, actor, selected.id, roles)
                return info

            self.session.runner.run(
                save,
                on_success=lambda info: self._saved(self.tr("已保存 %1").replace("%1", info.username)),
                on_failure=self._failed, parent=self)

    def _saved(self, text: str) -> None:
        self._message(text)
        self.refresh()

    def _reset_password(self) -> None:
        if self.selected is None:
            return
        password = self.form.passwordEdit.text()
        if not password:
            password, ok = QInputDialog.getText(self, self.tr("重置密码"), self.tr("新密码："),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return
        ctx, actor, user_id = self.session.ctx, self.session.actor, self.selected.id
        self.session.runner.run(lambda: users.reset_password(ctx, actor, user_id, password),
                                on_success=lambda _: self._message(self.tr("密码已重置，用户下次登录时须修改。")),
                                on_failure=self._failed, parent=self)

    def _toggle_active(self) -> None:
        if self.selected is None:
            return
        ctx, actor, info = self.session.ctx, self.session.actor, self.selected
        self.session.runner.run(lambda: users.set_active(ctx, actor, info.id, not info.active),
                                on_success=lambda _: self.refresh(), on_failure=self._failed, parent=self)


class SettingsTab(QWidget):
    """Lab-wide settings (shared by every bench)."""

    FIELDS = (
        ("lab.name", "实验室名称"), ("lab.name_en", "英文名称"), ("lab.address", "地址"), ("lab.phone", "电话"),
        ("lab.cma_no", "CMA 证书编号"), ("lab.objection_office", "异议受理部门"),
        ("numbering.sample_pattern", "样品编号规则"), ("numbering.report_pattern", "报告编号规则"),
        ("label.width_mm", "标签宽度 (mm)"), ("label.height_mm", "标签高度 (mm)"),
        ("calorie_factor", "卡换算系数 (J/cal)"),
        ("backup.folder", "自动备份文件夹（每天一次；留空则不自动备份）"), ("backup.keep_days", "备份保留天数"),
    )

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label in self.FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"setting_{key}")
            form.addRow(self.tr(label), edit)
            self.edits[key] = edit
        self.previews = add_checks(self, form, self.edits)  # validators with units, numbering previews
        self.reasons = QPlainTextEdit(self)
        self.reasons.setObjectName("setting_intake.reject_reasons")
        form.addRow(self.tr("拒收理由（每行一条）"), self.reasons)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存设置(&S)"), self)
        self.save_button.clicked.connect(self._save)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.values: dict[str, Any] = {}

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: settings.all_settings(ctx), on_success=self._show, parent=self)

    def _show(self, values: dict[str, Any]) -> None:
        self.values = values
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key, "")))
        self.reasons.setPlainText("\n".join(values.get("intake.reject_reasons", [])))

    def _save(self) -> None:
        changes: dict[str, Any] = {}
        for key, edit in self.edits.items():
            old = self.values.get(key)
            text = edit.text().strip()
            new: Any = int(text) if isinstance(old, int) and text.isdigit() else text
            if new != old:
                changes[key] = new
        refusal = first_refusal(changes)  # the service checks again; a typed error stays on the page
        if refusal is not None:
            key, text = refusal
            self.message.setText(text)
            self.message.setStyleSheet("color: #c62828;")
            self.edits[key].setFocus()
            return
        self.message.setStyleSheet("")
        reasons = [line.strip() for line in self.reasons.toPlainText().splitlines() if line.strip()]
        if reasons != self.values.get("intake.reject_reasons"):
            changes["intake.reject_reasons"] = reasons
        ctx, actor = self.session.ctx, self.session.actor

        def work() -> int:
            for key, value in changes.items():
                settings.set_value(ctx, actor, key, value)
            return len(changes)

        self.session.runner.run(work, on_success=self._saved, parent=self)

    def _saved(self, count: int) -> None:
        self.message.setText(self.tr("已保存 %1 项设置。").replace("%1", str(count)))
        self.refresh()


class RoleChangesTab(QWidget):
    """Every role grant and change: who changed whose roles, when, where, from what to what."""

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("任何人都不能修改自己账户的角色；每次角色授予和变更都记入审计记录。"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableView(self)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("工作站"), self.tr("用户"),
                                              self.tr("原角色"), self.tr("新角色")])
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: users.role_changes(ctx, actor), on_success=self._show, parent=self)

    def _show(self, rows: list[users.RoleChange]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for r in rows:
            cells = [r.at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S"), r.by, r.workstation, r.user,
                     "、".join(_role_zh(x) for x in r.before) or self.tr("（新建）"),
                     "、".join(_role_zh(x) for x in r.after)]
            self.model.appendRow([QStandardItem(c) for c in cells])


def _role_zh(code: str) -> str:
    """The role's Chinese name for a stored role code (``quality_manager`` → 质量负责人)."""
    return ROLE_NAMES_ZH.get(Role(code), code) if code in {r.value for r in Role} else code


class AuditTab(QWidget):
    """The newest audit events (who, when, where, what, why)."""

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([self.tr("时间"), self.tr("用户"), self.tr("工作站"), self.tr("操作"),
                                              self.tr("对象"), self.tr("摘要"), self.tr("理由 / 详情")])
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: audit.recent(ctx, actor), on_success=self._show, parent=self)

    def _show(self, entries: list[audit.AuditEntry]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for e in entries:
            detail = "；".join(x for x in (e.reason or "", readable_details(e.details)) if x)
            cells = [e.at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S"), e.username, e.workstation,
                     action_name(e.action), f"{entity_name(e.entity_type)} {e.entity_id}", e.summary, detail]
            row = [QStandardItem(c) for c in cells]
            row[3].setToolTip(e.action)  # the code stays reachable for an auditor, off the screen
            self.model.appendRow(row)
        for col in range(5):
            self.table.resizeColumnToContents(col)


class Page(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.children_tabs: list[QWidget] = []
        if session.can(Permission.MANAGE_USERS):
            self._add(UsersTab(session, self), self.tr("用户与角色"))
            self._add(RoleChangesTab(session, self), self.tr("角色变更记录"))
        if session.can(Permission.MANAGE_SETTINGS):
            self._add(SettingsTab(session, self), self.tr("系统设置"))
            from labdesk.gui.pages.camera_settings import CameraTab  # opencv loads only for this tab

            self._add(CameraTab(session, self), self.tr("摄像头"))
        if session.can(Permission.MANAGE_CREDENTIALS):
            try:
                module = importlib.import_module("labdesk.gui.pages.admin_credentials")
            except ModuleNotFoundError as error:
                if error.name != "labdesk.gui.pages.admin_credentials":
                    raise
            else:
                self._add(module.CredentialsTab(session, self), self.tr("签名与印章"))
        if session.can(Permission.VIEW_AUDIT):
            self._add(AuditTab(session, self), self.tr("审计记录"))
            from labdesk.gui.pages.admin_integrity import IntegrityTab

            self._add(IntegrityTab(session, self), self.tr("数据完整性"))
        self.tabs.currentChanged.connect(self._tab_changed)

    def _add(self, widget: QWidget, title: str) -> None:
        self.children_tabs.append(widget)
        self.tabs.addTab(widget, title)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()

    def refresh(self) -> None:
        self._tab_changed(self.tabs.currentIndex())
