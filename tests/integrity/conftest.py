"""The reports area's world (plan, signatory certificate, approved samples) reused for the record checks."""

from tests.reports.conftest import test_pki, world  # noqa: F401  (fixtures)

import pytest  # noqa: E402


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    from labdesk.gui.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()
