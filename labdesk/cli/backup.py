"""``labdesk backup --out FILE [--db URL] [--force]``: a consistent backup while benches keep working.

SQLite: online backup API; PostgreSQL: ``pg_dump -Fc`` (needs the PostgreSQL client programs).
Exit status: 0 written, 2 bad input or the backup failed (the reason is printed).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from labdesk.paths import database_url


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("backup", help="write a consistent backup of the database (SQLite online backup, "
                            "PostgreSQL pg_dump custom format)")
    parser.add_argument("--out", required=True, metavar="FILE", type=Path, help="the backup file to write")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser.add_argument("--force", action="store_true", help="replace FILE when it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from labdesk.domain.errors import InputError
    from labdesk.services.backup import backup
    from labdesk.services.database import open_existing_database

    out: Path = args.out
    if out.exists() and not args.force:
        raise InputError("--out", f"文件「{out}」已存在；要替换它请加 --force。")
    if out.is_dir():
        raise InputError("--out", f"「{out}」是文件夹，请给出备份文件名。")
    ctx = open_existing_database(database_url(getattr(args, "db", None)))
    try:
        info = backup(ctx, out)
    finally:
        ctx.engine.dispose()
    print(f"已备份到 {info.path}（{info.size / 1_048_576:.1f} MB，SHA-256 {info.sha256}）")
    return 0
