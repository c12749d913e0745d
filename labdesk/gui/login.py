"""The login dialog: credentials checked by the auth service off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from labdesk.domain.errors import LabDeskError
from labdesk.gui.forms.login_ui import Ui_LoginDialog
from labdesk.gui.tasks import TaskRunner
from labdesk.services import auth
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.database import description


class LoginDialog(QDialog):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, *, lab_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_LoginDialog()
        self.form.setupUi(self)
        self.ctx = ctx
        self.runner = runner
        self.actor: Actor | None = None
        font = self.form.titleLabel.font()
        font.setPointSize(16)
        font.setBold(True)
        self.form.titleLabel.setFont(font)
        self.form.labLabel.setText(lab_name)
        self.form.databaseLabel.setText(self.tr("数据库：%1").replace("%1", description(ctx)))
        self.form.databaseLabel.setStyleSheet("color: #666;")
        self.form.messageLabel.setProperty("role", "error")
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("登录"))
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.form.buttonBox.accepted.connect(self.attempt)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self) -> None:
        username = self.form.usernameEdit.text().strip()
        password = self.form.passwordEdit.text()
        if not username or not password:
            self.form.messageLabel.setText(self.tr("请输入用户名和密码。"))
            return
        self.form.buttonBox.setEnabled(False)
        self.form.messageLabel.setText(self.tr("正在验证…"))
        self.runner.run(lambda: auth.login(self.ctx, username, password),
                        on_success=self._logged_in, on_failure=self._failed, parent=self)

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.form.buttonBox.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.form.buttonBox.setEnabled(True)
        self.form.passwordEdit.clear()
        self.form.passwordEdit.setFocus()
        if isinstance(error, LabDeskError):
            self.form.messageLabel.setText(str(error))
        else:
            from labdesk.gui.errors import show_error

            show_error(self, error)
