"""Item 7 of issue 13: every role's 工作台 lists its waiting work, and one click opens it on its page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labdesk.gui.application import load_font
from labdesk.gui.main_window import MainWindow
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services.deadlines import due_items
from tests.logistics import factory


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    load_font(qapp)
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def benches(ctx, actors, clock):  # type: ignore[no-untyped-def]
    clock.current = dt.datetime(2021, 8, 30, 2, 0, tzinfo=dt.UTC)
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    unit = factory.enterprise(ctx, "大同市云冈煤业有限公司", "大同", "云冈区")
    made = {state: factory.sample(ctx, plan, "power_coal", unit, "大同", state=state, seal=f"FT-{n}")
            for n, state in enumerate(("received", "returned", "submitted", "approved", "registered"))}
    return made


def _work(ctx, actor, kind):  # type: ignore[no-untyped-def]
    return {i.sample_id: i for i in due_items(ctx, actor) if i.kind == kind}


def test_each_bench_lists_its_waiting_samples(ctx, actors, benches) -> None:  # type: ignore[no-untyped-def]
    testing = _work(ctx, actors["tester"], "testing")
    assert set(testing) == {benches["received"], benches["returned"]}
    assert testing[benches["returned"]].title == "审核退回，待重新检验"
    assert all(i.page == "testing" for i in testing.values())
    review = _work(ctx, actors["reviewer"], "review")
    assert set(review) == {benches["submitted"]} and review[benches["submitted"]].title == "待审核"
    signing = _work(ctx, actors["signatory"], "signing")
    assert set(signing) == {benches["approved"]}
    # the tester and the reviewer never see the sample number, only the blind code
    from labdesk.persistence.models import Sample

    with ctx.uow() as uow:
        numbers = {s.id: (s.sample_no, s.blind_code) for s in uow.session.query(Sample)}
    for item in (*testing.values(), *review.values()):
        no, blind = numbers[item.sample_id]
        assert item.code == blind and no not in item.detail
    assert signing[benches["approved"]].code == numbers[benches["approved"]][0]
    # the receptionist does not get the testers' work
    assert not _work(ctx, actors["receptionist"], "testing")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("role", "state", "page_key"), [
    ("tester", "received", "testing"), ("reviewer", "submitted", "review"), ("signatory", "approved", "signing")])
def test_a_click_opens_the_sample_on_its_page(qtbot: QtBot, ctx, actors, runner, benches,  # type: ignore[no-untyped-def]
                                               role: str, state: str, page_key: str, monkeypatch) -> None:
    from labdesk.gui.pages.signing import Page as SigningPage

    # the factory's approved sample has no results to render: the preview itself is not under test here
    monkeypatch.setattr(SigningPage, "preview_current", lambda self: None)
    window = MainWindow(GuiSession(ctx, actors[role], runner))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(lambda: any(i.sample_id == benches[state] for i in home.shown), timeout=5000)
    assert home.form.statusLabel.text() != "没有待办事项。"
    row = next(r for r, i in enumerate(home.shown) if i.sample_id == benches[state])
    table = home.form.dueTable
    rect = table.visualRect(home.model.index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.page(page_key)
    qtbot.waitUntil(lambda: window.form.pageStack.currentWidget() is page, timeout=5000)
    if page_key == "signing":
        qtbot.waitUntil(lambda: [e.sample_id for e in page.selected()] == [benches[state]], timeout=5000)
    else:
        qtbot.waitUntil(lambda: page_sample(page) == benches[state], timeout=5000)


def page_sample(page) -> int | None:  # type: ignore[no-untyped-def]
    sheet = getattr(page, "sheet", None) or getattr(page, "view", None)
    return sheet.sample_id if sheet is not None else None


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_queue_refreshes_by_itself_and_keeps_what_is_typed(qtbot: QtBot, ctx, actors, runner,  # type: ignore[no-untyped-def]
                                                            benches) -> None:
    """Issue 13 item 14: another bench's change appears without 刷新; unsaved typing stays."""
    from labdesk.gui.widgets.result_grid import REP_COLS

    window = MainWindow(GuiSession(ctx, actors["tester"], runner))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.live_refresh.timer.stop()  # ticks are driven by the test
    page = window.navigate("testing")
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 2, timeout=5000)
    page.open_sample(benches["received"])
    qtbot.waitUntil(lambda: page.sheet is not None and page.grid.rowCount() > 0, timeout=5000)
    page.grid.item(0, REP_COLS[0]).setText("8.5")  # typed, not saved
    window.live_refresh.tick()
    qtbot.waitUntil(lambda: window.live_refresh.seen is not None, timeout=5000)
    unit = factory.enterprise(ctx, "另一家煤业有限公司", "大同")
    from labdesk.services import plans

    info = plans.list_plans(ctx, actors["quality_manager"])[0]
    factory.sample(ctx, info, "power_coal", unit, "大同", state="received", seal="FT-99")  # another bench
    from labdesk.persistence.models import AuditEvent

    with ctx.uow() as uow:  # the other bench's change is audited, as every change is
        uow.session.add(AuditEvent(at=ctx.now(), username="reception", workstation="bench-2",
                                   action="sample.received", entity_type="sample", entity_id="x", summary="",
                                   details={}))
    window.live_refresh.tick()
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 3, timeout=5000)
    assert page.grid.item(0, REP_COLS[0]).text() == "8.5" and page.grid.dirty
