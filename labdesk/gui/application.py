"""QApplication set-up: bundled font, translations, style, exception hook."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from labdesk import __version__
from labdesk.gui.errors import install_excepthook
from labdesk.paths import font_path, resource_dir

log = logging.getLogger(__name__)

STYLE = """
QListWidget#navList { background: #24324a; color: #e8edf5; border: none; font-size: 15px; padding-top: 8px; }
QListWidget#navList::item { padding: 11px 16px; }
QListWidget#navList::item:selected { background: #3d5a8a; color: white; }
QGroupBox { font-weight: bold; }
QLabel[role="error"] { color: #b00020; }
QLabel[role="ok"] { color: #1b5e20; }
QLabel[role="warn"] { color: #a15c00; }
"""


def load_font(app: QApplication) -> str:
    """Load the bundled WenQuanYi Micro Hei so Chinese renders on machines without CJK fonts."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("could not load the bundled font %s", font_path())
        return app.font().family()
    family = families[0]
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    return family


def ui_language() -> str:
    """``LABDESK_LANG`` (e.g. ``en``) or zh_CN, the product's first language."""
    return os.environ.get("LABDESK_LANG", "zh_CN")


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"labdesk_{language}", str(resource_dir("translations")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("LabDesk")
    app.setOrganizationName("LabDesk")
    app.setApplicationVersion(__version__)
    load_font(app)
    install_translations(app, ui_language())
    app.setStyleSheet(STYLE)
    app.setWindowIcon(QIcon(str(icon_path("labdesk.png"))))
    install_excepthook()
    return app


def icon_path(name: str) -> Path:
    return resource_dir("icons") / name
