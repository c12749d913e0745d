"""The README's first command: ``labdesk`` (no sub-command) starts the GUI; a first start fills
the SQLite database in the user data folder with demo data and shows the login."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

import labdesk.gui.app as gui_app
from labdesk.cli import main
from labdesk.gui.login import LoginDialog
from labdesk.paths import default_database_url
from labdesk.persistence.models import Report, Sample, User
from labdesk.services.database import open_database


def test_no_sub_command_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, bool]] = []
    monkeypatch.setattr(gui_app, "run_gui", lambda db_url=None, seed_demo=True: calls.append((db_url, seed_demo)) or 0)
    assert main([]) == 0
    assert main(["--db", "sqlite:///x.sqlite3", "gui", "--no-demo"]) == 0
    assert calls == [(None, True), ("sqlite:///x.sqlite3", False)]


@pytest.mark.slow
def test_first_start_seeds_demo_data_and_shows_the_login(
    monkeypatch: pytest.MonkeyPatch, qapp: object, tmp_path: Path
) -> None:
    shown: list[LoginDialog] = []

    def fake_exec(dialog: LoginDialog) -> int:
        shown.append(dialog)
        return int(LoginDialog.DialogCode.Rejected)  # the user closes the login window

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert gui_app.run_gui() == 0
    assert len(shown) == 1
    assert "山西省工业标准化研究院" in shown[0].form.labLabel.text()
    url = default_database_url()
    assert url.startswith("sqlite:///") and Path(url.removeprefix("sqlite:///")).exists()
    ctx = open_database(url)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(User.id))) == 9
        # 16 coal and coke batches, one registered from a sampling task, four plan-2 batches
        assert uow.session.scalar(select(func.count(Sample.id))) == 21
        states = dict(uow.session.execute(select(Sample.state, func.count(Sample.id)).group_by(Sample.state)).all())
        # work waits at every bench: intake, testing, review and signing
        assert states["registered"] == 2 and states["received"] == 1  # one registered from the sampling task
        assert states["submitted"] == 1 and states["approved"] == 1
        assert uow.session.scalar(select(func.count(Report.id))) >= 10
    ctx.engine.dispose()
