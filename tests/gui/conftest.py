"""GUI fixtures: the application is set up as LabDesk sets it up (bundled font, translations)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from labdesk.gui.application import load_font
from labdesk.gui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _labdesk_font(qapp: QApplication) -> None:
    load_font(qapp)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
