"""The reports area's world (plan, signatory certificate, approved samples) reused for the record checks."""

from collections.abc import Iterator
from typing import Any

import pytest

from tests.reports.conftest import test_pki, world  # noqa: F401  (fixtures)


@pytest.fixture
def runner(qapp: Any) -> Iterator[Any]:
    from labdesk.gui.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
