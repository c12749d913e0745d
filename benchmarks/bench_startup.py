"""Benchmark: cold start to the login window, against a PySide6 hello-world window (same run).

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--no-bytecode]

Each run is a fresh process (offscreen Qt) that exits as soon as its first window is shown.
The login run opens an up-to-date SQLite database, as an everyday start does.  With
--no-bytecode the interpreter neither reads nor writes .pyc files (PYTHONDONTWRITEBYTECODE and a
scratch PYTHONPYCACHEPREFIX), which is what a first start without compiled bytecode costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import ROOT, figure, machine

HELLO = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("hello"); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""

LOGIN = """
import sys
from PySide6.QtCore import QTimer
from labdesk.gui.app import LoginDialog, TaskRunner, create_application, open_database  # as labdesk starts
app = create_application()
ctx = open_database(sys.argv[1])
dialog = LoginDialog(ctx, TaskRunner(app), lab_name="实验室")
dialog.show()
QTimer.singleShot(0, app.quit); app.exec()
"""


def _run(code: str, env: dict[str, str], *extra: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *extra], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr.strip()[-2000:])
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-bytecode", action="store_true")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LABDESK_HOME": tmp}
    url = f"sqlite:///{tmp}/lab.sqlite3"
    subprocess.run([sys.executable, "-c", f"from labdesk.services.database import open_database; "
                    f"open_database({url!r})"], check=True, env=env, cwd=ROOT)
    kinds = [("compiled", env)]
    if args.no_bytecode:
        kinds.append(("no_bytecode", {**env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": tmp + "/pyc"}))
    print(f"cold start; {machine()}")
    for label, run_env in kinds:
        hello, login = [], []
        for _ in range(args.runs):
            hello.append(_run(HELLO, run_env))
            login.append(_run(LOGIN, run_env, url))
        h, g = statistics.median(hello), statistics.median(login)
        print(f"  {label}: hello-world window {h:.0f} ms, login window {g:.0f} ms (medians of {args.runs})")
        if label == "compiled":
            figure("startup_login", g / 1000, "s", 0.8)
            figure("startup_login_vs_hello", g / h, "x", 4)
        else:
            print(f"  without bytecode the login window takes {g / h:.1f}× the hello-world window")


if __name__ == "__main__":
    main()
