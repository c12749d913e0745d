"""``labdesk export --plan CODE --out DIR [--db URL] [--user NAME] [--only summary,ecqs,analysis,bound]``.

Writes the plan's summary table (.xlsx), e-CQS entry file (.xlsx + CSV), quality
analysis report (PDF) and bound volume (PDF) into DIR.  The user needs the
「导出汇总材料」 permission; the password is read from ``LABDESK_PASSWORD`` or asked for.
Exit codes: 0 written, 2 bad input / refused, 130 interrupted.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from labdesk.paths import database_url

KINDS = ("summary", "ecqs", "analysis", "bound")


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("export", help="write a plan's summary table, e-CQS file, quality analysis report "
                            "and bound volume")
    parser.add_argument("--plan", required=True, metavar="CODE", help="plan code, e.g. SX-2021-158")
    parser.add_argument("--out", required=True, metavar="DIR", type=Path, help="output folder")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser.add_argument("--user", metavar="NAME", default=os.environ.get("LABDESK_USER"),
                        help="LabDesk user (default: $LABDESK_USER, else asked)")
    parser.add_argument("--only", metavar="LIST", default=",".join(KINDS),
                        help=f"comma-separated subset of {','.join(KINDS)}")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from labdesk.domain.errors import InputError
    from labdesk.services import exports, plans
    from labdesk.services.auth import login
    from labdesk.services.database import open_database

    which = tuple(k.strip() for k in args.only.split(",") if k.strip())
    unknown = [k for k in which if k not in KINDS]
    if unknown or not which:
        raise InputError("--only", f"未知的导出类型：{', '.join(unknown) or '（空）'}；可用 {', '.join(KINDS)}")
    if not args.plan.strip():
        raise InputError("--plan", "请给出计划编号。")
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not args.user and not interactive:
        raise InputError("--user", "没有终端可询问用户名：请用 --user 或环境变量 LABDESK_USER 指定。")
    if not os.environ.get("LABDESK_PASSWORD") and not interactive:
        raise InputError("密码", "没有终端可询问密码：请设置环境变量 LABDESK_PASSWORD。")
    ctx = open_database(database_url(getattr(args, "db", None)))
    try:
        username = args.user or input("用户名: ").strip()
        password = os.environ.get("LABDESK_PASSWORD") or getpass.getpass("密码: ")
        actor = login(ctx, username, password)
        plan = plans.get_plan_by_code(ctx, actor, args.plan)

        def progress(done: int, total: int, text: str) -> None:
            print(f"\r[{done * 100 // max(1, total):3d}%] {text}".ljust(60), end="", file=sys.stderr, flush=True)

        result = exports.export_plan(ctx, actor, plan.id, args.out, progress=progress, which=which)
        print(file=sys.stderr)
        print(f"已导出计划「{plan.title}」（出具报告 {result.reported} 批次）：")
        for path in result.files:
            print(f"  {path}")
        return 0
    finally:
        ctx.engine.dispose()
