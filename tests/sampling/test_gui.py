"""The 抽样 page (offscreen): import the directory, draw with a seed, assign samplers, print, my tasks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from labdesk.gui.application import load_font
from labdesk.gui.pages.sampling import Page
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling import draws
from tests.sampling.conftest import directory_rows


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_directory_draw_assign_and_print(qtbot: QtBot, ctx: ServiceContext, qm: Actor, plan_id: int,
                                         sampler_actors: list[Actor], runner: TaskRunner, tmp_path: Path) -> None:
    rows = directory_rows(20)
    rows.append(["坏代码企业", "91140200MA0GTQ0X10", "", "大同", "动力用煤", "", ""])
    csv = tmp_path / "名录.csv"
    csv.write_text("\n".join(",".join(str(c) for c in r) for r in rows), encoding="utf-8")
    page = Page(GuiSession(ctx, qm, runner))
    page.saver.folder = tmp_path
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    assert page.directory is not None and page.draw is not None and page.tasks is not None
    page.tabs.setCurrentWidget(page.directory)
    page.directory.import_file(csv)
    qtbot.waitUntil(lambda: page.directory.table.rowCount() == 20, timeout=10000)
    assert "第 22 行" in page.directory.report.toPlainText() and "校验码" in page.directory.report.toPlainText()
    page.tabs.setCurrentWidget(page.draw)
    qtbot.waitUntil(lambda: page.draw.product_combo.count() == 5, timeout=5000)
    page.draw.seed_edit.setText("4242")
    page.draw.count_spin.setValue(4)
    page.draw.draw(confirm=False)
    qtbot.waitUntil(lambda: page.draw.result is not None, timeout=10000)
    assert page.draw.result is not None
    expected = draws.get_draw(ctx, qm, page.draw.result.id or 0)
    assert [page.draw.table.item(r, 3).text() for r in range(4)] == [r.credit_code for r in expected.drawn]
    page.draw.print_record()
    qtbot.waitUntil(lambda: any(tmp_path.glob("随机抽取记录-*.pdf")), timeout=10000)
    page.grab().save("/tmp/labdesk-sampling-draw.png")
    page.tabs.setCurrentWidget(page.tasks)
    qtbot.waitUntil(lambda: page.tasks.table.rowCount() == 4, timeout=5000)
    page.tasks.seed_edit.setText("4242")
    page.tasks.assign()
    qtbot.waitUntil(lambda: page.tasks.table.rowCount() == 4 and page.tasks.table.item(0, 7).text() != "",
                    timeout=10000)
    page.tasks.table.selectRow(0)
    page.tasks.print_pack()
    qtbot.waitUntil(lambda: any(tmp_path.glob("抽样任务资料-*.pdf")), timeout=10000)
    # a sampler sees only their own tasks
    mine = Page(GuiSession(ctx, sampler_actors[1], runner))
    qtbot.addWidget(mine)
    assert mine.directory is None and mine.tabs.count() == 1
    mine.refresh()
    qtbot.waitUntil(lambda: mine.mine.status.text() != "", timeout=5000)
    names = [page.tasks.table.item(r, 7).text() for r in range(4)]
    count = sum("抽样员1" in n for n in names)
    assert mine.mine.table.rowCount() == count


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sampler_directory_tab(qtbot: QtBot, ctx: ServiceContext, qm: Actor, actors: dict[str, Actor],
                               runner: TaskRunner) -> None:
    import datetime as dt

    page = Page(GuiSession(ctx, qm, runner))
    qtbot.addWidget(page)
    assert page.samplers is not None
    page.tabs.setCurrentWidget(page.samplers)
    page.samplers.save({"user_id": actors["tester"].user_id, "trained_on": dt.date(2021, 3, 1),
                        "authorised_until": dt.date(2022, 3, 1), "training_note": "",
                        "former_employers": ["91140200MA0GTQ0X19"], "active": True})
    qtbot.waitUntil(lambda: page.samplers.table.rowCount() == 1, timeout=5000)
    assert page.samplers.table.item(0, 3).text() == "91140200MA0GTQ0X19"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_task_actions_replace_backup_refusal_confirmation(
        qtbot: QtBot, ctx: ServiceContext, qm: Actor, loaded: int, sampler_actors: list[Actor],
        runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    import labdesk.gui.errors
    from labdesk.services.sampling import tasks

    errors: list[BaseException] = []
    monkeypatch.setattr(labdesk.gui.errors, "show_error", lambda _parent, error: errors.append(error))

    draws.run_draw(ctx, qm, loaded, "power_coal", seed="6", count=3)
    page = Page(GuiSession(ctx, qm, runner))
    qtbot.addWidget(page)
    assert page.tasks is not None
    tab = page.tasks
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3, timeout=5000)
    texts = iter(["大门紧锁，已注销", "照片 2 张", "F-5", "王经理", "成品库", "村委会李主任"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(texts), True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("企业拒绝抽样", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (15, True))
    tab.table.selectRow(0)
    tab.replace()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 4, timeout=10000)
    tab.assign()
    qtbot.waitUntil(lambda: all(tab.table.item(r, 7).text() for r in range(4) if tab.items[r].state != "replaced"),
                    timeout=10000)
    live = [r for r in range(4) if tab.items[r].state == "assigned"]
    tab.table.selectRow(live[0])
    tab.record_backup()
    qtbot.waitUntil(lambda: bool(errors) or "F-5" in tab.table.item(live[0], 8).text(), timeout=10000)
    assert errors == []
    tab.table.selectRow(live[1])
    tab.record_refusal()
    qtbot.waitUntil(lambda: bool(errors) or tab.items[live[1]].state == "refused", timeout=10000)
    assert [t.state for t in tasks.list_tasks(ctx, qm, plan_id=loaded)].count("replaced") == 1
    assert errors == []
