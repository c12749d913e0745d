"""``labdesk verify-report FILE.pdf [--db URL]``: check a signed test report against the register.

Prints the report number, signer and signing time.  Exit status: 0 when the
signature is intact and the file is, byte for byte, a current report in the
register; 1 when any byte changed, the report was superseded, or it is unknown
(the reason is printed); 2 for bad usage (file missing, not a PDF).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from labdesk.paths import database_url

BEIJING_FMT = "%Y-%m-%d %H:%M:%S"


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("verify-report", help="verify a signed test report PDF: signature intact, file "
                            "matches the report register, not superseded (exit 0) or not (exit 1)")
    parser.add_argument("file", metavar="FILE.pdf", type=Path, help="the report to check")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from labdesk.services.context import BEIJING
    from labdesk.services.database import open_database
    from labdesk.services.reports import verify_report

    path: Path = args.file
    try:
        pdf = path.read_bytes()
    except OSError as error:
        print(f"labdesk verify-report: 无法读取 {path}：{error.strerror}", file=sys.stderr)
        return 2
    ctx = open_database(database_url(getattr(args, "db", None)))
    try:
        result = verify_report(ctx, pdf)
    finally:
        ctx.engine.dispose()
    when = result.signing_time.astimezone(BEIJING).strftime(BEIJING_FMT) + " (北京时间)" if result.signing_time else "—"
    print(f"文件：{path}")
    print(f"报告编号：{result.report_no or '（无法识别）'}")
    print(f"签名人：{result.signer or '—'}")
    print(f"签名时间：{when}")
    print(f"SHA-256：{result.sha256}")
    if result.state:
        print(f"登记状态：{ {'signed': '已签发', 'superseded': '已作废'}.get(result.state, result.state) }")
    if result.superseded_by:
        print(f"替代报告：{result.superseded_by}")
    print(("通过：" if result.ok else "未通过：") + result.reason)
    return 0 if result.ok else 1
