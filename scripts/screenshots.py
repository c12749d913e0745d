"""Screenshots of every page with demo data (for the README and for looking at the screens).

    .venv/bin/python scripts/screenshots.py [--out OUT_DIR] [--db DB_URL]
    .venv/bin/python scripts/screenshots.py OUT_DIR [DB_URL]        (older form, still accepted)

OUT_DIR defaults to docs/guide (the user guide's pictures).  Without DB_URL a demo database is
made first, as build/screenshots-demo.sqlite3 (kept for the next run, never in OUT_DIR).  Uses the offscreen platform unless
QT_QPA_PLATFORM is set; to see the pages as on a 1366×768 lab monitor, run it under Xvfb:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py --out OUT_DIR

The window is maximised on the screen (1366×728 offscreen, as on a screen with a 40 px taskbar).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

from labdesk.demo import DEMO_PASSWORD, run_demo
from labdesk.gui.application import create_application
from labdesk.gui.main_window import MainWindow
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.services import auth
from labdesk.services.database import open_database

# (user, page) pairs: each role's main screens
SHOTS = (
    ("reception", "home"), ("reception", "intake"), ("qm", "intake"), ("tester1", "testing"), ("reviewer", "review"),
    ("signatory", "signing"), ("qm", "plans"), ("qm", "rulesets"), ("qm", "reports"), ("qm", "logistics"),
    ("admin", "admin"), ("qm", "quality"), ("qm", "sampling"), ("sampler2", "sampling"), ("sampler2", "home"),
    ("tester1", "home"), ("qm", "home"),
)

ROOT = Path(__file__).resolve().parent.parent


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of every page with demo data")
    parser.add_argument("out_pos", nargs="?", metavar="OUT_DIR", help=argparse.SUPPRESS)
    parser.add_argument("db_pos", nargs="?", metavar="DB_URL", help=argparse.SUPPRESS)
    parser.add_argument("--out", help="folder for the PNGs (default docs/guide)")
    parser.add_argument("--db", help="database URL (default: a demo database in build/)")
    args = parser.parse_args()
    args.out = Path(args.out or args.out_pos or ROOT / "docs" / "guide")
    args.db = args.db or args.db_pos
    return args


def main() -> int:
    args = _arguments()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    url = args.db
    if url is None:
        demo_db = ROOT / "build" / "screenshots-demo.sqlite3"
        demo_db.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{demo_db}"
        if not demo_db.exists():
            run_demo(url)
    app = create_application([sys.argv[0]])
    ctx = open_database(url)
    runner = TaskRunner(app)
    for username, key in SHOTS:
        actor = auth.login(ctx, username, DEMO_PASSWORD)
        window = MainWindow(GuiSession(ctx, actor, runner))
        if os.environ["QT_QPA_PLATFORM"] == "offscreen":
            window.resize(1366, 728)
            window.show()
        else:
            window.showMaximized()
        if key in window.page_keys:
            window.navigate(key)
            QTest.qWait(800)
            for _ in range(100):  # until the page's background queries are in
                if runner.pending == 0:
                    break
                QTest.qWait(100)
            QTest.qWait(300)
            window.grab().save(str(out / f"{key}-{username}.png"))
            print(out / f"{key}-{username}.png")
        window.close()
        window.deleteLater()
        QTest.qWait(100)
    runner.shutdown()
    ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
