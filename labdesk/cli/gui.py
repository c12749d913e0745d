"""``labdesk gui`` (the default): start the desktop application."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("gui", help="start the desktop application (default)")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser.add_argument("--no-demo", action="store_true",
                        help="do not fill a new database with demo data")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from labdesk.gui.app import run_gui  # imports PySide6 only when the GUI is wanted

    return run_gui(db_url=args.db, seed_demo=not args.no_demo)
