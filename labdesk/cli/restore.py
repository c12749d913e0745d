"""``labdesk restore FILE [--db URL] [--force]``: put a backup back, then check it (``verify-db``).

Refuses a target database that already holds data unless ``--force``.  Exit status: 0
restored and intact, 1 restored but the integrity check found breaks (printed), 2 bad
input or the restore failed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from labdesk.paths import database_url


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("restore", help="restore a backup into a database (refuses a non-empty target "
                            "without --force), then run verify-db")
    parser.add_argument("file", metavar="FILE", type=Path, help="a file written by 'labdesk backup'")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="target database URL")
    parser.add_argument("--force", action="store_true", help="overwrite a target that already holds data")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from labdesk.domain.errors import InputError
    from labdesk.services.backup import restore_file
    from labdesk.services.database import open_existing_database
    from labdesk.services.integrity import check_database

    path: Path = args.file
    if not path.is_file():
        raise InputError("备份文件", f"找不到文件「{path}」。")
    url = database_url(getattr(args, "db", None))
    restore_file(path, url, force=args.force)
    print(f"已从 {path} 还原。正在核对数据库完整性…")
    ctx = open_existing_database(url)
    try:
        report = check_database(ctx)
    finally:
        ctx.engine.dispose()
    for line in report.breaks:
        print(f"不一致：{line}")
    print(report.summary)
    return 0 if report.ok else 1
