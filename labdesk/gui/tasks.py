"""Background work with success/failure callbacks (the shape of Anki's CollectionOp/QueryOp).

Rules:
- the function runs on a worker thread and must not touch widgets;
- it should return plain data (DTOs), never live ORM objects;
- ``on_success(result)`` / ``on_failure(exc)`` run on the GUI thread;
- without ``on_failure``, errors are shown in a dialog (``labdesk.gui.errors``).

Database work goes through one serial worker (SQLite has one writer; ordering
stays predictable).  ``run_with_progress`` adds a progress dialog with Cancel.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


@dataclass
class Progress:
    """Handed to ``run_with_progress`` functions: report progress, poll for cancel."""

    _emit: Callable[[int, int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def report(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


@dataclass
class _Job(Generic[T]):
    fn: Callable[[], T] | None
    on_success: Callable[[T], None] | None
    on_failure: Callable[[BaseException], None] | None
    parent: QWidget | None


class TaskRunner(QObject):
    """Runs callables off the GUI thread and delivers results back on it.

    Thread hygiene: everything that may reference a widget (the callbacks, the function
    and its closure, the result, an exception and its traceback) is released on the GUI
    thread.  The worker only borrows the function and hands the outcome over in a box
    that the GUI thread empties, so no Qt wrapper is ever deallocated on the worker.
    """

    _done = Signal(int, object)  # token, box [(result, error)]
    _progress = Signal(object, int, int, str)  # dialog, done, total, text
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="labdesk-db")
        self._jobs: dict[int, _Job[Any]] = {}
        self._tokens = itertools.count(1)
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def run(
        self,
        fn: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> Future[None]:
        token = next(self._tokens)
        self._jobs[token] = _Job(fn, on_success, on_failure, parent)
        return self._executor.submit(self._work, token, [fn])

    def _work(self, token: int, holder: list[Callable[[], Any]]) -> None:
        call = holder.pop()  # borrowed: the job on the GUI thread keeps its own reference
        try:
            box: list[tuple[Any, BaseException | None]] = [(call(), None)]
        except BaseException as error:  # delivered to the GUI thread, never swallowed
            box = [(None, error)]
        del call
        self._done.emit(token, box)

    def run_with_progress(
        self,
        fn: Callable[[Progress], T],
        *,
        title: str,
        parent: QWidget | None,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Progress:
        dialog = QProgressDialog(title, self.tr("取消"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        progress = Progress(lambda done, total, text: self._progress.emit(dialog, done, total, text))
        dialog.canceled.connect(progress.cancel)

        def finish_ok(result: T) -> None:
            dialog.reset()
            dialog.deleteLater()
            if on_success:
                on_success(result)

        def finish_err(error: BaseException) -> None:
            dialog.reset()
            dialog.deleteLater()
            if on_failure:
                on_failure(error)
            elif not isinstance(error, Cancelled):
                from labdesk.gui.errors import show_error

                show_error(parent, error)

        self.run(lambda: fn(progress), on_success=finish_ok, on_failure=finish_err, parent=parent)
        return progress

    @Slot(object, int, int, str)
    def _show_progress(self, dialog: QProgressDialog, done: int, total: int, text: str) -> None:
        if dialog.wasCanceled():
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    @Slot(int, object)
    def _deliver(self, token: int, box: list[tuple[Any, BaseException | None]]) -> None:
        job = self._jobs.pop(token)
        result, error = box.pop()
        try:
            if job.parent is not None and not shiboken6.isValid(job.parent):
                log.debug("result dropped: the widget that asked for it is gone")
                return
            if error is None:
                if job.on_success is not None:
                    job.on_success(result)
            elif job.on_failure is not None:
                job.on_failure(error)
            else:
                from labdesk.gui.errors import show_error

                show_error(job.parent, error)
        finally:
            if not self._jobs:
                self.idle.emit()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
