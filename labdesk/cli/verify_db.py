"""``labdesk verify-db [--db URL]``: check the audit hash chain and every protected record.

Prints each break (table, record, what differs).  Exit status: 0 when the database
matches its record, 1 on any break, 2 for bad input (no such database, not a LabDesk
database).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from labdesk.paths import database_url


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("verify-db", help="check the audit hash chain and every protected record "
                            "(exit 0 intact, 1 a break was found)")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.set_defaults(func=run)


def open_existing(url: str) -> Any:
    """A service context for an existing LabDesk database (never creates or migrates one)."""
    from labdesk.services.database import open_existing_database

    return open_existing_database(url)


def run(args: argparse.Namespace) -> int:
    from labdesk.services.integrity import check_database

    ctx = open_existing(database_url(getattr(args, "db", None)))

    def progress(done: int, total: int, text: str) -> None:
        print(f"\r[{done * 100 // max(1, total):3d}%] {text}".ljust(60), end="", file=sys.stderr, flush=True)

    started = time.perf_counter()
    try:
        report = check_database(ctx, None if args.quiet else progress)
    finally:
        ctx.engine.dispose()
    if not args.quiet:
        print(file=sys.stderr)
    for line in report.breaks:
        print(f"不一致：{line}")
    print(report.summary)
    print(f"审计链头：链序 {report.head_seq}；用时 {time.perf_counter() - started:.1f} 秒")
    return 0 if report.ok else 1
