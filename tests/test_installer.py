"""installer.spec builds a one-folder bundle that runs and finds its resources and migrations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_pyinstaller_bundle_builds_and_runs(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "installer.spec")],
        cwd=ROOT, capture_output=True, check=False, text=True, timeout=900,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    app = tmp_path / "dist" / "LabDesk" / "LabDesk"
    assert app.exists()
    bundle = tmp_path / "dist" / "LabDesk" / "_internal" / "labdesk"
    assert (bundle / "resources" / "fonts" / "wqy-microhei.ttc").exists()
    assert (bundle / "db" / "versions" / "0001_initial.py").exists()
    env = {**os.environ, "LABDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run([str(app), "--help"], capture_output=True, check=False, text=True, timeout=120, env=env)
    assert shown.returncode == 0 and "demo" in shown.stdout
    # the frozen app migrates a new database and judges a sample from its bundled catalogue
    request = {"product": "power_coal", "context": {"coal_rank": "other", "transport_km": 100},
               "determinations": {"Mad": ["1.20", "1.25"], "Aad": ["18.50", "18.60"], "St,ad": ["0.80", "0.82"]}}
    judged = subprocess.run([str(app), "evaluate", "-"], input=json.dumps(request), capture_output=True, check=False,
                            text=True, timeout=120, env=env)
    assert judged.returncode == 0, judged.stderr
    assert json.loads(judged.stdout)["product"] == "power_coal"
    db = subprocess.run([str(app), "--db", f"sqlite:///{tmp_path}/frozen.sqlite3", "--version"],
                        capture_output=True, check=False, text=True, timeout=120, env=env)
    assert db.returncode == 0 and "LabDesk" in db.stdout
