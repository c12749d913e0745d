"""Under a real X server the login window shows Chinese with the bundled font and a user gets in."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from labdesk.domain.permissions import Role
from labdesk.services import auth, users
from labdesk.services.database import open_database

HERE = Path(__file__).parent


@pytest.mark.xvfb
def test_login_window_on_a_real_x_server(tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have xvfb-run (apt xvfb xauth)")
        pytest.skip("xvfb-run not installed")
    url = f"sqlite:///{tmp_path}/x.sqlite3"
    ctx = open_database(url)
    users.bootstrap_admin(ctx, username="admin", full_name="管理员", password="admin1234")
    admin = auth.login(ctx, "admin", "admin1234")
    users.create_user(ctx, admin, username="reception", full_name="张丽", password="demo1234",
                      roles=[Role.RECEPTIONIST])
    ctx.engine.dispose()
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env["LABDESK_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(HERE / "xvfb_check.py"), url,
         "reception", "demo1234", str(tmp_path / "shots")],
        capture_output=True, check=False, text=True, timeout=180, env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    observed = json.loads(result.stdout.strip().splitlines()[-1])
    assert observed["platform"] == "xcb"
    assert observed["title"] == "LabDesk 检验实验室管理系统"
    assert observed["font_family"] == "WenQuanYi Micro Hei"
    assert observed["all_glyphs_present"] is True
    assert observed["logged_in"] is True
    assert "张丽" in observed["window_title"]
    assert (tmp_path / "shots" / "login.png").stat().st_size > 5000
    assert (tmp_path / "shots" / "main.png").stat().st_size > 5000
