"""The demo's sampling step on its own (after the seed step): directory, draw, samplers, pack, intake."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from labdesk.demo import run_demo
from labdesk.persistence.models import DirectoryEntry, SamplingTask
from labdesk.services.database import open_database


def test_sampling_step_writes_pack_and_registers_from_a_scan(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/demo.sqlite3"
    result = run_demo(url, tmp_path / "out", steps=("seed", "sampling"))
    out = tmp_path / "out" / "sampling"
    assert (out / "被抽样对象名录库.xlsx").exists()
    assert len(list(out.glob("抽样任务资料-RW*.pdf"))) == 1
    assert len(list(out.glob("随机抽取记录-*.pdf"))) == 5
    ctx = open_database(url)
    try:
        with ctx.uow() as uow:
            assert uow.session.scalar(select(func.count(DirectoryEntry.id))) == 60
            states = dict(uow.session.execute(select(SamplingTask.state, func.count(SamplingTask.id))
                                              .group_by(SamplingTask.state)).all())
    finally:
        ctx.engine.dispose()
    assert states == {"assigned": 21, "registered": 1, "replaced": 1}
    assert any("登记为" in line for line in result.summary)
