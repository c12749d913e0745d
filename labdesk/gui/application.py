"""QApplication set-up: bundled font, translations, style, exception hook."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
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


LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
LANGUAGE_KEY = "ui/language"


def ui_language() -> str:
    """``LABDESK_LANG`` (e.g. ``en``), else the language chosen in the menu, else zh_CN (the first language)."""
    chosen = os.environ.get("LABDESK_LANG") or str(QSettings("LabDesk", "LabDesk").value(LANGUAGE_KEY, "") or "")
    return chosen if chosen in LANGUAGES else "zh_CN"


def set_ui_language(language: str) -> None:
    """Remember the language for the next start (the menu says a restart applies it)."""
    QSettings("LabDesk", "LabDesk").setValue(LANGUAGE_KEY, language)


def qt_translation_folders() -> list[str]:
    """Qt's own translations (qtbase_zh_CN.qm: file dialogs, standard buttons): Qt's path, then PySide6's folder."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).parent / "Qt" / "translations"), str(resource_dir("translations"))]
    return [f for f in dict.fromkeys(folders) if f and Path(f).is_dir()]


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    installed: list[QTranslator] = []
    qt_language = "zh_CN" if language == "zh_CN" else language
    for folder in qt_translation_folders():
        translator = QTranslator(app)
        if translator.load(f"qtbase_{qt_language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
            break
    else:
        if language != "en":
            log.warning("Qt's own %s translations not found in %s", language, qt_translation_folders())
    if language != "zh_CN":  # the sources are Chinese; other languages come from labdesk_<lang>.qm
        translator = QTranslator(app)
        if translator.load(f"labdesk_{language}", str(resource_dir("translations"))):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("labdesk_%s.qm not found", language)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN"
                       else QLocale(language))
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
