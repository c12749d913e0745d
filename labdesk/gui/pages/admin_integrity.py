"""系统管理 → 数据完整性: the whole integrity check (as ``labdesk verify-db``) with progress, and backups.

Also the start-up duties of the main window (``start_background_checks``): a quick check of
the newest audit events, warning an administrator when they do not match, and the daily
automatic backup into the configured folder (again at most once a day while running).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.permissions import Permission
from labdesk.gui import files
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import Progress
from labdesk.services import backup, integrity, settings

log = logging.getLogger(__name__)
DAILY_CHECK_MS = 60 * 60 * 1000  # look once an hour whether today's backup is still due


class IntegrityTab(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("核对审计哈希链和所有受保护的记录（样品、测定值、判定、审核、报告登记、角色、"
                               "判定规则、设置等）：数据库中任何绕过 LabDesk 的直接修改都会在这里列出。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("核对数据库完整性(&V)"), self)
        self.check_button.setObjectName("integrityCheck")
        self.check_button.clicked.connect(self.check)
        buttons.addWidget(self.check_button)
        self.backup_button = QPushButton(self.tr("立即备份(&B)…"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self._backup)
        self.backup_button.setEnabled(session.can(Permission.MANAGE_SETTINGS))
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("integrityMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.breaks = QListWidget(self)
        self.breaks.setObjectName("integrityBreaks")
        layout.addWidget(self.breaks, 1)
        self.last: integrity.IntegrityReport | None = None

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().polish(self.message)

    def check(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.check_button.setEnabled(False)
        self._say(self.tr("正在核对…"), "")

        def work(progress: Progress) -> integrity.IntegrityReport:
            return integrity.verify_database(ctx, actor, progress.report)

        self.session.runner.run_with_progress(work, title=self.tr("核对数据库完整性"), parent=self,
                                              on_success=self._show, on_failure=self._failed)

    def _show(self, report: integrity.IntegrityReport) -> None:
        self.last = report
        self.check_button.setEnabled(True)
        self.breaks.clear()
        self.breaks.addItems(list(report.lines))
        self._say(report.summary, "ok" if report.ok else "error")

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self._say(self.tr("核对未完成：%1").replace("%1", str(error)), "error")

    def _backup(self) -> None:
        name, _filter = files.get_save_file_name(self, self.tr("备份数据库"), "labdesk-backup.bak")
        if name:
            self.backup_to(Path(name))

    def backup_to(self, path: Path) -> None:
        ctx = self.session.ctx
        self._say(self.tr("正在备份…"), "")
        self.session.runner.run(
            lambda: backup.backup(ctx, path), parent=self, on_failure=self._failed,
            on_success=lambda info: self._say(self.tr("已备份到 %1").replace("%1", str(info.path)), "ok"))


class BackgroundChecks(QObject):
    """The start-up tail check (administrators are warned) and the daily automatic backup."""

    def __init__(self, window: QMainWindow, session: GuiSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.warnings: tuple[str, ...] = ()
        self.last_backup: backup.DailyResult | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.run_daily_backup)

    def start(self) -> None:
        if self.session.can(Permission.VIEW_AUDIT) or self.session.can(Permission.MANAGE_USERS):
            ctx = self.session.ctx
            self.session.runner.run(lambda: integrity.check_tail(ctx), on_success=self._tail_checked,
                                    on_failure=lambda error: log.warning("start-up chain check failed: %s", error),
                                    parent=self.window)
        self.run_daily_backup()
        self.timer.start()

    def _tail_checked(self, breaks: tuple[str, ...]) -> None:
        self.warnings = breaks
        if not breaks:
            return
        log.warning("audit chain tail check: %s", "; ".join(breaks))
        text = self.tr("审计记录的最新部分与哈希链不一致，数据库可能被直接修改：\n%1\n\n请在「系统管理 → 数据完整性」"
                       "中做完整核对。").replace("%1", "\n".join(breaks[:5]))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("数据完整性警告"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("integrityWarning")
        box.setModal(False)
        box.show()
        self.window.statusBar().showMessage(self.tr("警告：审计记录与哈希链不一致"))

    def run_daily_backup(self) -> None:
        ctx = self.session.ctx

        def work() -> backup.DailyResult | None:
            folder = str(settings.get(ctx, "backup.folder") or "").strip()
            if not folder:
                return None
            return backup.daily_backup(ctx, Path(folder), int(settings.get(ctx, "backup.keep_days")))

        self.session.runner.run(work, on_success=self._backed_up, on_failure=self._backup_failed,
                                parent=self.window)

    def _backed_up(self, result: backup.DailyResult | None) -> None:
        self.last_backup = result
        if result is not None and result.written is not None:
            log.info("daily backup written to %s", result.written.path)
            self.window.statusBar().showMessage(
                self.tr("已自动备份到 %1").replace("%1", str(result.written.path)), 10000)

    def _backup_failed(self, error: BaseException) -> None:
        log.warning("daily backup failed: %s", error)
        self.window.statusBar().showMessage(self.tr("自动备份失败：%1").replace("%1", str(error)))


def start_background_checks(window: QMainWindow, session: GuiSession) -> BackgroundChecks:
    checks = BackgroundChecks(window, session)
    checks.start()
    return checks
