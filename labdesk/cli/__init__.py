"""The ``labdesk`` command: the GUI by default, plus sub-commands for other systems and scripts.

Each sub-command lives in its own module with ``add_parser(subparsers)``; exit codes:
0 success, 1 failure of the requested check, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError

from labdesk import __version__
from labdesk.domain.errors import LabDeskError

# sub-command modules (labdesk.cli.<name>), in the order --help lists them
SUBCOMMANDS = ("gui", "demo", "evaluate", "verify_report", "export", "draw")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="labdesk",
        description="LabDesk：产品质量监督抽查检验实验室的样品、检验、判定与报告系统。"
        " Without a sub-command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"LabDesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: $LABDESK_DB or the "
                        "SQLite file in the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"labdesk.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"labdesk.cli.{name}":
                raise
            continue
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return int(args.func(args) or 0)
    except LabDeskError as error:
        print(f"labdesk: {error}", file=sys.stderr)
        return 2
    except OperationalError as error:
        print(f"labdesk: 无法访问数据库：{error.orig}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
