"""A bench writing in a loop, run as its own OS process: ``python -m tests.integrity.writer URL NAME COUNT``.

Each write is one transaction like a service's: a covered row (an enterprise) and its audit event.
Waits for the file ``URL``-independent start signal ``START`` (argv[4], optional) so several start together.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from labdesk.persistence.models import Enterprise
from labdesk.services import audit
from labdesk.services.context import ServiceContext


def run(url: str, name: str, count: int, start: Path | None = None) -> None:
    ctx = ServiceContext.for_url(url, workstation=name)
    deadline = time.monotonic() + 60
    while start is not None and not start.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    for i in range(count):
        with ctx.uow() as uow:
            unit = Enterprise(name=f"{name}-{i}")
            uow.session.add(unit)
            uow.flush()
            audit.record(uow, ctx, None, "enterprise.created", "enterprise", unit.id, f"{name} 第 {i} 次写入")
            uow.commit()
    ctx.engine.dispose()


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]) if len(sys.argv) > 4 else None)
