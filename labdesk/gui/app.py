"""Start the desktop application: database, first-start demo data, login, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from labdesk.domain.errors import DatabaseTooNewError, LabDeskError
from labdesk.gui.application import create_application
from labdesk.gui.login import LoginDialog
from labdesk.gui.main_window import MainWindow
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.logsetup import setup_logging
from labdesk.paths import database_url, default_database_url
from labdesk.services import settings, users
from labdesk.services.context import ServiceContext
from labdesk.services.database import open_database

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def _wait(runner: TaskRunner, fn: object, title: str) -> object:
    """Run ``fn`` in the background behind a busy dialog; re-raise its error here."""
    box: dict[str, object] = {}
    loop = QEventLoop()
    dialog = QProgressDialog(title, "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.show()

    def done(result: object) -> None:
        box["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        box["error"] = error
        loop.quit()

    runner.run(fn, on_success=done, on_failure=failed)  # type: ignore[arg-type]
    loop.exec()
    dialog.close()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("result")


def _first_admin(ctx: ServiceContext) -> bool:
    """An empty database that is not the demo one: create its first administrator."""
    QMessageBox.information(None, _tr("新数据库"), _tr("此数据库还没有用户。请创建第一位系统管理员。"))
    username, ok = QInputDialog.getText(None, _tr("初始管理员"), _tr("用户名："), text="admin")
    if not ok:
        return False
    full_name, ok = QInputDialog.getText(None, _tr("初始管理员"), _tr("姓名："))
    if not ok:
        return False
    password, ok = QInputDialog.getText(None, _tr("初始管理员"), _tr("密码（至少 8 位，含字母和数字）："),
                                        QLineEdit.EchoMode.Password)
    if not ok:
        return False
    try:
        users.bootstrap_admin(ctx, username=username, full_name=full_name or username, password=password)
    except LabDeskError as error:
        QMessageBox.warning(None, _tr("初始管理员"), str(error))
        return _first_admin(ctx)
    return True


def run_gui(db_url: str | None = None, *, seed_demo: bool = True) -> int:
    log_file = setup_logging()
    app = create_application()
    url = database_url(db_url)
    log.info("starting LabDesk on %s (log %s)", url.split("@")[-1], log_file)
    runner = TaskRunner(app)
    runner.enable_processes()  # rendering, signing and the due list off the GUI's interpreter
    try:
        try:
            ctx = open_database(url)
        except DatabaseTooNewError as error:
            QMessageBox.critical(None, _tr("无法打开数据库"), str(error))
            return 2
        except Exception as error:  # unreachable server, bad URL...
            log.exception("cannot open database")
            QMessageBox.critical(None, _tr("无法打开数据库"), _tr("无法连接数据库：%1").replace("%1", str(error)))
            return 2
        if not users.has_any_user(ctx):
            if seed_demo and url == default_database_url():
                from labdesk.demo import run_demo

                _wait(runner, lambda: run_demo(url), _tr("首次启动：正在写入演示数据（用户、2021 年煤炭焦炭抽查计划、样品）…"))
            elif not _first_admin(ctx):
                return 0
        lab_name = str(settings.get(ctx, "lab.name"))
        while True:
            login = LoginDialog(ctx, runner, lab_name=lab_name)
            if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
                return 0
            window = MainWindow(GuiSession(ctx, login.actor, runner))
            again = {"value": False}
            window.logout_requested.connect(lambda: again.update(value=True))  # noqa: B023 - used in this pass only
            window.show()
            app.exec()
            if not again["value"]:
                return 0
    finally:
        runner.shutdown()


def main() -> int:
    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
