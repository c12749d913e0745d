"""The main window: navigation by role, pages created on first use, status bar."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from labdesk import __version__
from labdesk.domain.permissions import ROLE_NAMES_ZH, Permission, Role
from labdesk.gui.forms.main_window_ui import Ui_MainWindow
from labdesk.gui.pages import PAGES, PageSpec
from labdesk.gui.session import GuiSession
from labdesk.logsetup import log_dir
from labdesk.services import auth
from labdesk.services.database import description

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    logout_requested = Signal()

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.session = session
        self._specs: list[PageSpec] = []
        self._pages: dict[str, QWidget] = {}
        self._logging_out = False
        self._build_navigation()
        self._build_status_bar()
        self.form.navList.currentRowChanged.connect(self._show_row)
        self.form.actionQuit.triggered.connect(self.close)
        self.form.actionLogout.triggered.connect(self._logout)
        self.form.actionChangePassword.triggered.connect(self._change_password)
        self.form.actionOpenLogFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        self.form.actionAbout.triggered.connect(self._about)
        self._build_language_menu()
        if session.can(Permission.DECODE_BLIND):
            tools = self.form.menuBar.addMenu(self.tr("工具(&T)"))
            self.decode_action = tools.addAction(self.tr("解码盲样…"))
            self.decode_action.triggered.connect(self._decode_blind)
        if self._specs:
            self.form.navList.setCurrentRow(0)
        from labdesk.gui.pages.admin_integrity import start_background_checks

        self.background_checks = start_background_checks(self, session)  # chain tail, daily backup
        from labdesk.gui.live_refresh import start_live_refresh

        self.live_refresh = start_live_refresh(self, session)  # other benches' changes appear by themselves

    # navigation -------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        permissions = self.session.actor.permissions
        for spec in PAGES:
            if not spec.visible_for(permissions):
                continue
            try:
                importlib.import_module(spec.module)
            except ModuleNotFoundError as error:
                if error.name != spec.module:
                    raise
                log.info("page %s not available in this build", spec.module)
                continue
            self._specs.append(spec)
            item = QListWidgetItem(QCoreApplication.translate("nav", spec.title))
            item.setData(0x0100, spec.key)  # Qt.UserRole
            self.form.navList.addItem(item)

    @property
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            module = importlib.import_module(spec.module)
            widget: QWidget = module.Page(self.session, self)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.form.pageStack.addWidget(widget)
        return self._pages[key]

    def navigate(self, key: str) -> QWidget:
        self.form.navList.setCurrentRow(self.page_keys.index(key))
        return self._pages[key]

    def open_code(self, code: str) -> bool:
        """Route a scanned code to the first page that knows it."""
        for key in self.page_keys:
            page = self.page(key)
            handler = getattr(page, "open_code", None)
            if handler is not None and handler(code):
                self.navigate(key)
                return True
        return False

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        widget = self.page(key)
        self.form.pageStack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()

    # status bar and menus ---------------------------------------------------------------
    def _build_status_bar(self) -> None:
        actor = self.session.actor
        roles = "、".join(ROLE_NAMES_ZH[r] for r in Role if r in actor.roles)
        self.user_label = QLabel(self.tr("用户：%1（%2）").replace("%1", actor.full_name).replace("%2", roles))
        self.db_label = QLabel(self.tr("数据库：%1").replace("%1", description(self.session.ctx)))
        self.form.statusBar.addWidget(self.user_label)
        self.form.statusBar.addPermanentWidget(self.db_label)
        self.setWindowTitle(self.tr("LabDesk 检验实验室管理系统 — %1").replace("%1", actor.full_name))

    def _build_language_menu(self) -> None:
        from labdesk.gui.application import LANGUAGES, set_ui_language, ui_language

        menu = self.form.menuBar.addMenu(self.tr("语言(&L)"))
        current = ui_language()
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: self._choose_language(code, set_ui_language))

    def _choose_language(self, code: str, store: object) -> None:
        store(code)  # type: ignore[operator]
        QMessageBox.information(self, self.tr("语言"), self.tr("界面语言将在重新启动 LabDesk 后生效。"))

    def _decode_blind(self) -> None:
        from labdesk.gui.widgets.decode_dialog import DecodeDialog

        DecodeDialog(self.session, self).open()  # the decode service checks the permission and audits it

    def _change_password(self) -> None:
        old, ok = QInputDialog.getText(self, self.tr("修改密码"), self.tr("原密码："), QLineEdit.EchoMode.Password)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, self.tr("修改密码"), self.tr("新密码（至少 8 位，含字母和数字）："),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("修改密码"), self.tr("再次输入新密码："),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return
        if new != again:
            QMessageBox.warning(self, self.tr("修改密码"), self.tr("两次输入的新密码不一致。"))
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(
            lambda: auth.change_own_password(ctx, actor, old, new),
            on_success=lambda _: self._password_changed(),
            parent=self,
        )

    def _password_changed(self) -> None:
        QMessageBox.information(self, self.tr("修改密码"), self.tr("密码已修改。"))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于 LabDesk"), self.tr(
            "LabDesk %1\n产品质量监督抽查检验实验室管理系统：样品接收、检验、判定、审核与签发。").replace("%1", __version__))

    def _logout(self) -> None:
        self._logging_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        for widget in self._pages.values():
            closer = getattr(widget, "shutdown", None)
            if closer is not None:
                closer()
        super().closeEvent(event)
        if self._logging_out:
            self.logout_requested.emit()
