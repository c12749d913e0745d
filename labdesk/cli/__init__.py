"""The ``labdesk`` command: the GUI by default, plus sub-commands for other systems and scripts.

Each sub-command lives in its own module with ``add_parser(subparsers)``; exit codes:
0 success, 1 failure of the requested check, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from labdesk import __version__
from labdesk.domain.errors import LabDeskError

# sub-command modules (labdesk.cli.<name>), in the order --help lists them
SUBCOMMANDS = ("gui", "demo", "evaluate", "verify_report", "export")


def _requested(argv: Sequence[str]) -> str | None:
    """The sub-command module the arguments name, found without importing any of them (issue 18).

    Only that module is imported, so ``labdesk evaluate`` never loads SQLAlchemy or Qt.  Options
    before the sub-command (``--db URL``) are skipped; ``--help`` and unknown words give None.
    """
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help", "--version"):
                return None
            continue
        name = arg.replace("-", "_")
        return name if name in SUBCOMMANDS else None
    return "gui"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="labdesk",
        description="LabDesk：产品质量监督抽查检验实验室的样品、检验、判定与报告系统。"
        " Without a sub-command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"LabDesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: $LABDESK_DB or the "
                        "SQLite file in the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS if only is None else (only,):
        try:
            module = importlib.import_module(f"labdesk.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"labdesk.cli.{name}":
                raise
            continue
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(argv if argv is not None else sys.argv[1:])
    parser = build_parser(_requested(words))
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*words, "gui"])
    try:
        return int(args.func(args) or 0)
    except LabDeskError as error:
        print(f"labdesk: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a database the command cannot reach; others propagate as before
        operational = sys.modules.get("sqlalchemy.exc")
        if operational is None or not isinstance(error, operational.OperationalError):
            raise
        print(f"labdesk: 无法访问数据库：{error.orig}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
