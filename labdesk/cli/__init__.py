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
SUBCOMMANDS = ("gui", "demo", "evaluate", "verify_report", "export", "verify_db", "backup", "restore", "draw")


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
    """Run one sub-command; no traceback ever reaches the caller (bugs: one line, exit 1, logged)."""
    given = list(sys.argv[1:] if argv is None else argv)
    try:
        if given[:1] == ["evaluate"]:  # other systems call this often: import only the engine (no SQL, no Qt)
            from labdesk.cli import evaluate

            return evaluate.main(given[1:])
        parser = build_parser(_requested(given))  # imports only the sub-command being run
        args = parser.parse_args(given)
        if args.command is None:
            args = build_parser().parse_args([*given, "gui"])
        return int(args.func(args) or 0)
    except SystemExit as done:  # argparse's usage errors (2) and --help/--version (0)
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
    except LabDeskError as error:
        print(f"labdesk: {error}", file=sys.stderr)
        return 2
    except (EOFError, OSError) as error:
        what = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
        where = f"：{error.filename}" if isinstance(error, OSError) and error.filename else ""
        print(f"labdesk: 输入或文件错误（{what}）{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: one line here, the traceback in the log file
        database = _database_error(error)
        if database:
            print(f"labdesk: {database}", file=sys.stderr)
            return 2
        _log_internal_error(error)
        print(f"labdesk: 内部错误（{type(error).__name__}）：{error}。详细信息已写入日志。", file=sys.stderr)
        return 1


def _database_error(error: Exception) -> str:
    """A database problem in the user's words ("" when ``error`` is not one).  SQLAlchemy is imported
    only when the error came from it, so ``evaluate`` never loads it."""
    if not type(error).__module__.startswith("sqlalchemy"):
        return ""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

    if isinstance(error, OperationalError):
        return f"无法访问数据库：{str(error.orig).strip().splitlines()[0] if error.orig else error}"
    if isinstance(error, ArgumentError | NoSuchModuleError):
        return f"数据库地址无效：{error}"
    return ""


def _log_internal_error(error: BaseException) -> None:
    """Append the traceback to the log file only (never to the terminal)."""
    try:
        import datetime as dt
        import traceback

        from labdesk.logsetup import log_dir

        with (log_dir() / "labdesk.log").open("a", encoding="utf-8") as log:
            log.write(f"{dt.datetime.now().isoformat()} ERROR labdesk.cli internal error\n")
            log.write("".join(traceback.format_exception(error)))
    except Exception:  # best effort: a failing log must not become a traceback either
        return


if __name__ == "__main__":
    sys.exit(main())
