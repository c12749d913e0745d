"""File dialogs used everywhere: start in the user's documents folder, then in the folder used last.

Same arguments as QFileDialog's static functions.  A bare default name (``报告.pdf``) is put
into the start folder; an explicit folder or path is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

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


def open_folder(folder: str | Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def offer_folder(parent: QWidget, folder: str | Path, text: str) -> QMessageBox:
    """Say where an export was written, with an 打开文件夹 button (not blocking: the page stays usable)."""
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("导出完成"), text, QMessageBox.StandardButton.Close,
                      parent)
    button = QPushButton(parent.tr("打开文件夹"), box)
    box.addButton(button, QMessageBox.ButtonRole.ActionRole)
    button.clicked.connect(lambda: open_folder(folder))
    box.setObjectName("exportDoneBox")
    box.open()
    return box
