"""Showing errors: expected ones as a plain message, unexpected ones logged with a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from labdesk.domain.errors import LabDeskError, PermissionDenied

log = logging.getLogger("labdesk")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Expected errors: their own message.  Anything else: logged, with a short apology."""
    if isinstance(error, PermissionDenied):
        QMessageBox.warning(parent, _tr("权限不足"), str(error))
    elif isinstance(error, LabDeskError):
        QMessageBox.warning(parent, _tr("无法完成操作"), str(error))
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        box = QMessageBox(QMessageBox.Icon.Critical, _tr("程序错误"),
                          _tr("发生了意外错误，已写入日志。已保存的数据不受影响。"), parent=parent)
        box.setDetailedText("".join(traceback.format_exception(type(error), error, error.__traceback__)))
        box.exec()


def install_excepthook() -> None:
    """Global hook: log every uncaught exception and show it instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if QApplication.instance() is not None and not isinstance(value, KeyboardInterrupt):
            try:
                show_error(QApplication.activeWindow(), value.with_traceback(tb))
            except Exception:  # the hook must never raise
                sys.__excepthook__(kind, value, tb)
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
