"""run_job: the same callbacks and progress whether the job runs in the worker process or on the thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication

from labdesk.domain.permissions import Role
from labdesk.gui.tasks import TaskRunner
from labdesk.services import worker_jobs
from labdesk.services.context import Actor
from labdesk.services.database import open_database


def _wait(runner: TaskRunner, box: dict[str, Any]) -> None:
    deadline = dt.datetime.now() + dt.timedelta(seconds=90)
    while "result" not in box and "error" not in box and dt.datetime.now() < deadline:
        QCoreApplication.processEvents()


@pytest.mark.parametrize("in_process", [True, False])
def test_run_job_delivers_result_and_progress(qapp: Any, tmp_path: Path, in_process: bool) -> None:
    ctx = open_database(f"sqlite:///{tmp_path / 'lab.sqlite3'}")
    actor = Actor(1, "x", "某人", frozenset({Role.TESTER}))
    runner = TaskRunner()
    if in_process:
        runner.enable_processes()
    box: dict[str, Any] = {}
    try:
        progress = runner.run_job(worker_jobs.echo_job, ctx, actor, {"a": [1, 2]}, 3, title="测试",
                                  on_success=lambda r: box.update(result=r),
                                  on_failure=lambda e: box.update(error=e))
        assert progress is not None
        _wait(runner, box)
        assert box.get("result") == {"a": [1, 2]}, box
        box.clear()
        runner.run_job(worker_jobs.due_items_job, ctx, Actor(999, "ghost", "无", frozenset()),
                       on_success=lambda r: box.update(result=r), on_failure=lambda e: box.update(error=e))
        _wait(runner, box)
        assert "已停用或不存在" in str(box.get("error")), box  # a typed error crosses the process boundary
    finally:
        runner.shutdown()
        ctx.engine.dispose()
