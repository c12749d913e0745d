"""Jobs the GUI runs in a worker process (issue 18): off the GUI's interpreter, results as plain data.

CPU-bound work on a thread holds the interpreter the GUI runs on (p99 timer lateness 75–117 ms);
in a separate process it does not, and what rendering and signing keep in memory (fonts, images,
signer) stays in the worker instead of the GUI.  The worker is persistent, so the signer cache and
font subsets stay warm between batches.

A job is a module-level function ``job(context, actor, *args)``; it gets a ``ServiceContext``
opened once per (database URL, workstation) in the worker.  Progress and cancel travel through the
queue and event handed to :func:`init_worker` (one job runs at a time).  This module imports no Qt.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from typing import Any

from labdesk.domain.errors import LabDeskError
from labdesk.services.context import Actor, ServiceContext

_contexts: dict[tuple[str, str], ServiceContext] = {}
_queue: Any = None
_cancel: Any = None


def init_worker(queue: Any, cancel: Any) -> None:
    """Pool initializer: keep the progress queue and the cancel event of this worker."""
    global _queue, _cancel
    _queue, _cancel = queue, cancel


class WorkerProgress:
    """``ProgressLike`` in the worker: reports go to the GUI's queue; cancel is the shared event."""

    def report(self, done: int, total: int, text: str = "") -> None:
        if _queue is not None:
            _queue.put((done, total, text))

    @property
    def cancelled(self) -> bool:
        return bool(_cancel is not None and _cancel.is_set())


def context(url: str, workstation: str) -> ServiceContext:
    key = (url, workstation)
    if key not in _contexts:
        from labdesk.services.database import open_database

        _contexts[key] = open_database(url, workstation=workstation)
    return _contexts[key]


def call(job: Any, url: str, workstation: str, actor: Actor, args: Sequence[Any]) -> Any:
    """Run ``job`` in the worker; an error that cannot cross the process boundary is re-typed."""
    try:
        return job(context(url, workstation), actor, *args)
    except Exception as error:
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:
            raise LabDeskError(str(error)) from None
        raise


# ---------------------------------------------------------------------------------------------
# the jobs


def due_items_job(ctx: ServiceContext, actor: Actor) -> Any:
    from labdesk.services.deadlines import due_items

    return due_items(ctx, actor)


def sign_batch_job(ctx: ServiceContext, actor: Actor, sample_ids: Sequence[int], password: str,
                   passphrase: str) -> Any:
    from labdesk.services import reports

    return reports.sign_batch(ctx, actor, sample_ids, password=password, passphrase=passphrase,
                              progress=WorkerProgress())


def echo_job(ctx: ServiceContext, actor: Actor, value: Any, steps: int = 0) -> Any:
    """For tests and benchmarks: report ``steps`` progress ticks, then return ``value``."""
    progress = WorkerProgress()
    for i in range(steps):
        if progress.cancelled:
            return "cancelled"
        progress.report(i + 1, steps, f"第 {i + 1} 步")
    return value
