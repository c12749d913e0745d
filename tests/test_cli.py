"""The ``labdesk`` command line: help, sub-commands, the demo database opened by the GUI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from labdesk.cli import build_parser, main
from labdesk.persistence.models import Plan, PlanQuota, Sample, User


def test_help_lists_the_sub_commands() -> None:
    result = subprocess.run([sys.executable, "-m", "labdesk", "--help"], capture_output=True, check=False, text=True,
                            timeout=120)
    assert result.returncode == 0
    for command in ("gui", "demo", "evaluate"):
        assert command in result.stdout
    assert "--db" in result.stdout


def test_every_sub_command_accepts_db() -> None:
    parser = build_parser()
    args = parser.parse_args(["demo", "--db", "sqlite:///x.sqlite3"])
    assert args.db == "sqlite:///x.sqlite3"
    args = parser.parse_args(["--db", "sqlite:///y.sqlite3", "demo"])
    assert args.db == "sqlite:///y.sqlite3"


def test_demo_refuses_a_database_that_has_users(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from labdesk.services import users
    from labdesk.services.database import open_database

    url = f"sqlite:///{tmp_path}/used.sqlite3"
    ctx = open_database(url)
    users.bootstrap_admin(ctx, username="boss", full_name="老板", password="boss12345")
    ctx.engine.dispose()
    assert main(["demo", "--db", url]) == 2
    assert "空数据库" in capsys.readouterr().err


@pytest.mark.slow
def test_demo_fills_a_database_the_gui_opens(tmp_path: Path, qtbot: object) -> None:
    """``labdesk demo --db sqlite:///PATH`` then the GUI opens it and a demo user gets in."""
    from labdesk.gui.main_window import MainWindow
    from labdesk.gui.session import GuiSession
    from labdesk.gui.tasks import TaskRunner
    from labdesk.services import auth
    from labdesk.services.database import open_database

    url = f"sqlite:///{tmp_path}/demo.sqlite3"
    result = subprocess.run([sys.executable, "-m", "labdesk", "demo", "--db", url], capture_output=True, check=False,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    ctx = open_database(url)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(User.id))) == 9
        assert set(uow.session.scalars(select(Plan.document_no))) == {"晋市监发〔2021〕158号", "晋市监发〔2021〕159号"}
        plan = uow.session.scalars(select(Plan).where(Plan.document_no == "晋市监发〔2021〕158号")).one()
        assert sum(uow.session.scalars(select(PlanQuota.batches).where(PlanQuota.plan_id == plan.id))) == 700
        assert uow.session.scalar(select(func.count(Sample.id))) > 0
    runner = TaskRunner()
    actor = auth.login(ctx, "reception", "demo1234")
    window = MainWindow(GuiSession(ctx, actor, runner))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert "intake" in window.page_keys
    window.close()
    runner.shutdown()
    ctx.engine.dispose()
