"""``labdesk demo [--db URL] [--out DIR]``: fill a database with a walk through the workflow."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from labdesk.paths import database_url


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("demo", help="fill a database with demo users, the 2021 Shanxi coal and coke "
                            "plan and samples in every state; with --out, write the artefacts")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser.add_argument("--out", metavar="DIR", type=Path, help="write labels, notices, reports and exports here")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from labdesk.demo import run_demo

    result = run_demo(database_url(args.db), out_dir=args.out, log=print)
    print(f"演示数据已写入 {result.database}")
    for line in result.summary:
        print(f"  {line}")
    return 0
