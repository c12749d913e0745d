"""File dialogs used everywhere: start in the user's documents folder, then in the folder used last.

Same arguments as QFileDialog's static functions.  A bare default name (``报告.pdf``) is put
into the start folder; an explicit folder or path is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "files/last_folder"


def settings() -> QSettings:
    return QSettings("LabDesk", "LabDesk")


def start_folder() -> str:
    last = str(settings().value(KEY, "") or "")
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember(path: str, *, is_folder: bool = False) -> None:
    if path:
        folder = Path(path) if is_folder else Path(path).parent
        settings().setValue(KEY, str(folder))


def _start(directory: str) -> str:
    if not directory:
        return start_folder()
    given = Path(directory)
    if given.is_absolute() or given.parent != Path("."):
        return directory
    return str(Path(start_folder()) / directory)  # a bare file name


def get_open_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       filter: str = "") -> tuple[str, str]:
    name, chosen = QFileDialog.getOpenFileName(parent, caption, _start(directory), filter)
    remember(name)
    return name, chosen


def get_save_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       filter: str = "") -> tuple[str, str]:
    name, chosen = QFileDialog.getSaveFileName(parent, caption, _start(directory), filter)
    remember(name)
    return name, chosen


def get_existing_directory(parent: QWidget | None, caption: str = "", directory: str = "") -> str:
    folder = QFileDialog.getExistingDirectory(parent, caption, _start(directory))
    remember(folder, is_folder=True)
    return folder
