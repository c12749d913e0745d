"""Background work with success/failure callbacks (the shape of Anki's CollectionOp/QueryOp).

Rules:
- the function runs on a worker thread and must not touch widgets;
- it should return plain data (DTOs), never live ORM objects;
- ``on_success(result)`` / ``on_failure(exc)`` run on the GUI thread;
- without ``on_failure``, errors are shown in a dialog (``labdesk.gui.errors``).

Database work goes through one serial worker (SQLite has one writer; ordering
stays predictable).  ``run_with_progress`` adds a progress dialog with Cancel.

CPU-bound jobs (rendering and signing, the due list) go through ``run_job``: once
``enable_processes()`` is called (the application does, tests need not) they run in a
persistent spawned worker process (``labdesk.services.worker_jobs``), so the GUI's
interpreter stays free and what rendering keeps in memory stays in the worker.  Without
it, or for a context that is not the plain application one, ``run_job`` runs the same
job on the thread worker.  Same callbacks, same progress dialog and Cancel either way.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
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
        self._processes = False
        self._pool: ProcessPoolExecutor | None = None
        self._queue: Any = None
        self._cancel: Any = None
        self._dialog: QProgressDialog | None = None

    # --- worker process ------------------------------------------------------------------------

    def enable_processes(self) -> None:
        """Run ``run_job`` jobs in a worker process from now on (started on first use)."""
        self._processes = True

    def _process_pool(self) -> ProcessPoolExecutor:
        if self._pool is not None and getattr(self._pool, "_broken", False):
            # the worker died (killed mid-batch: its open transaction rolled back, whole reports stay)
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._queue.put(None)
            self._pool = None
        if self._pool is None:
            spawn = multiprocessing.get_context("spawn")
            self._queue = spawn.Queue()
            self._cancel = spawn.Event()
            from labdesk.services import worker_jobs

            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=spawn, initializer=worker_jobs.init_worker,
                                             initargs=(self._queue, self._cancel))
            threading.Thread(target=self._pump_progress, name="labdesk-progress", daemon=True).start()
        return self._pool

    def _pump_progress(self) -> None:
        queue = self._queue
        while True:
            try:
                item = queue.get()
            except (EOFError, OSError):
                return
            if item is None:
                return
            dialog = self._dialog
            if dialog is not None:
                self._progress.emit(dialog, *item)

    def run_job(
        self,
        job: Callable[..., T],
        ctx: Any,
        actor: Any,
        *args: Any,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> Progress | None:
        """Run ``job(ctx, actor, *args)`` (a module-level function of ``worker_jobs``).

        With ``title`` a progress dialog with Cancel is shown and the returned ``Progress``
        cancels the job (a batch stops between two reports, as on the thread worker).
        """
        if not (self._processes and _plain_context(ctx)):
            return self._run_job_here(job, ctx, actor, args, on_success, on_failure, parent, title)
        from labdesk.services import worker_jobs

        pool = self._process_pool()
        self._cancel.clear()
        progress: Progress | None = None
        finish_ok, finish_err = on_success, on_failure
        if title is not None:
            dialog = self._make_dialog(title, parent)
            cancel = self._cancel
            progress = Progress(lambda *_: None)
            progress.cancel = cancel.set  # type: ignore[method-assign]
            dialog.canceled.connect(cancel.set)
            self._dialog = dialog
            finish_ok, finish_err = self._closing(dialog, parent, on_success, on_failure)
        token = next(self._tokens)
        self._jobs[token] = _Job(None, finish_ok, finish_err, parent)
        url = ctx.engine.url.render_as_string(hide_password=False)
        future = pool.submit(worker_jobs.call, job, url, ctx.workstation, actor, tuple(args))

        def landed(done: Future[Any]) -> None:
            try:
                box: list[tuple[Any, BaseException | None]] = [(done.result(), None)]
            except BaseException as error:
                box = [(None, error)]
            self._done.emit(token, box)

        future.add_done_callback(landed)
        return progress

    def _run_job_here(self, job: Callable[..., T], ctx: Any, actor: Any, args: Sequence[Any],
                      on_success: Callable[[T], None] | None, on_failure: Callable[[BaseException], None] | None,
                      parent: QWidget | None, title: str | None) -> Progress | None:
        if title is None:
            self.run(lambda: job(ctx, actor, *args), on_success=on_success, on_failure=on_failure, parent=parent)
            return None
        from labdesk.services import worker_jobs

        def work(progress: Progress) -> T:
            worker_jobs.init_worker(_ProgressQueue(progress), progress._cancel)
            return job(ctx, actor, *args)

        return self.run_with_progress(work, title=title, parent=parent, on_success=on_success,
                                      on_failure=on_failure)

    def _make_dialog(self, title: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("取消"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        return dialog

    def _closing(self, dialog: QProgressDialog, parent: QWidget | None, on_success: Callable[[T], None] | None,
                 on_failure: Callable[[BaseException], None] | None
                 ) -> tuple[Callable[[T], None], Callable[[BaseException], None]]:
        def finish_ok(result: T) -> None:
            self._release(dialog)
            if on_success:
                on_success(result)

        def finish_err(error: BaseException) -> None:
            self._release(dialog)
            if on_failure:
                on_failure(error)
            elif not isinstance(error, Cancelled):
                from labdesk.gui.errors import show_error

                show_error(parent, error)
        return finish_ok, finish_err

    def _release(self, dialog: QProgressDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.reset()
        dialog.deleteLater()

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

    closed = False  # set by shutdown(): timers that poll through the runner stop then

    def shutdown(self) -> None:
        self.closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._queue.put(None)
            self._pool = None


class _ProgressQueue:
    """The worker queue's ``put`` for a job run on the thread worker: straight to its Progress."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def put(self, item: tuple[int, int, str]) -> None:
        self._progress.report(*item)


def _plain_context(ctx: Any) -> bool:
    """A context the worker can rebuild from its URL: real clock, a file or server database."""
    from labdesk.services.context import _utcnow

    url = ctx.engine.url
    return ctx.clock is _utcnow and not (url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"))
