"""Run under a real X server (xvfb-run): open the login window, log in, reach the main window.

Usage: python tests/gui/xvfb_check.py DB_URL USERNAME PASSWORD OUT_DIR
Prints one JSON line with what it observed; saves screenshots of the login and main windows.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontInfo, QFontMetrics, QGuiApplication
from PySide6.QtTest import QTest

from labdesk.gui.application import create_application
from labdesk.gui.login import LoginDialog
from labdesk.gui.main_window import MainWindow
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import settings
from labdesk.services.database import open_database


def main() -> int:
    url, username, password, out = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    ctx = open_database(url)
    runner = TaskRunner(app)
    observed: dict[str, object] = {"platform": QGuiApplication.platformName()}
    dialog = LoginDialog(ctx, runner, lab_name=str(settings.get(ctx, "lab.name")))
    dialog.resize(460, 320)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    title = dialog.form.titleLabel
    metrics = QFontMetrics(title.font())
    observed["title"] = title.text()
    observed["font_family"] = QFontInfo(title.font()).family()
    observed["all_glyphs_present"] = all(metrics.inFontUcs4(ord(ch)) for ch in title.text() + dialog.form.labLabel.text())
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out / "login.png"))
    dialog.form.usernameEdit.setText(username)
    dialog.form.passwordEdit.setText(password)
    QTest.keyClick(dialog.form.passwordEdit, Qt.Key.Key_Return)
    deadline = 100
    while dialog.actor is None and deadline:
        QTest.qWait(100)
        deadline -= 1
    observed["logged_in"] = dialog.actor is not None
    if dialog.actor is not None:
        window = MainWindow(GuiSession(ctx, dialog.actor, runner))
        window.resize(1280, 800)
        window.show()
        QTest.qWaitForWindowExposed(window)
        observed["pages"] = window.page_keys
        observed["window_title"] = window.windowTitle()
        QTimer.singleShot(0, lambda: None)
        QTest.qWait(1500)  # let the first page load its data
        QGuiApplication.primaryScreen().grabWindow(0).save(str(out / "main.png"))
        window.close()
    runner.shutdown()
    ctx.engine.dispose()
    print(json.dumps(observed, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
