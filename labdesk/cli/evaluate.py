"""``labdesk evaluate [FILE|-]``: the judging engine as a command other lab systems call.

Reads one JSON object (numbers are parsed as Decimal, never float), writes one
JSON object to stdout and exits 0 whatever the verdict.  Bad input — unknown
product or item code, a non-numeric value, a percentage outside 0–100, missing
required context — exits 2 with a one-line message on stderr naming the field.
A broken rule catalogue exits 3; an internal error (a bug) exits 1, also with one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from labdesk.domain.coal import DEFAULT_CALORIE_FACTOR
from labdesk.domain.errors import CatalogueError, InputError
from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import evaluate
from labdesk.domain.numbers import parse_decimal

__all__ = ["add_parser", "evaluate_request", "run"]

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_CATALOGUE = 3
EXIT_INTERNAL = 1
TOP_LEVEL_KEYS = ("product", "ruleset", "context", "declared", "determinations", "qualitative", "results")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``evaluate`` sub-command on an argparse subparsers object."""
    parser = subparsers.add_parser(
        "evaluate",
        help="judge one sample (JSON in, JSON out)",
        description="Judge one sample against the rule catalogue. Reads a JSON object from FILE or stdin.",
    )
    parser.add_argument("file", nargs="?", default="-", help="JSON input file, or - for stdin (default)")
    parser.add_argument("--catalogue", type=Path, default=None, help="rule catalogue folder (default: shipped)")
    parser.add_argument(
        "--calorie-factor",
        default=str(DEFAULT_CALORIE_FACTOR),
        help="J per cal for kcal/kg conversions (default 4.1816)",
    )
    parser.set_defaults(func=run)
    return parser


def _reject_constant(name: str) -> Any:
    raise InputError("input", f"JSON 中不允许 {name}")


def _read(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("input", f"无法读取输入：{exc}") from None
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InputError("input", f"不是有效的 JSON：{exc.msg}（第 {exc.lineno} 行第 {exc.colno} 列）") from None
    except RecursionError:
        raise InputError("input", "JSON 嵌套过深") from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise InputError("input", f"JSON 无法解析：{exc}") from None


def evaluate_request(request: Any, *, catalogue_dir: Path | None = None,
                     calorie_factor: Decimal = DEFAULT_CALORIE_FACTOR) -> dict[str, Any]:
    """Evaluate one parsed request object and return the output object."""
    if not isinstance(request, dict):
        raise InputError("input", "顶层应为 JSON 对象")
    unknown = [k for k in request if k not in TOP_LEVEL_KEYS]
    if unknown:
        raise InputError(str(unknown[0]), f"未知的字段（可用：{', '.join(TOP_LEVEL_KEYS)}）")
    product = request.get("product")
    if not isinstance(product, str) or not product:
        raise InputError("product", "缺少产品编号（字符串）")
    catalogue = load_catalogue(catalogue_dir)
    ruleset_id = request.get("ruleset")
    if ruleset_id is not None and not isinstance(ruleset_id, str):
        raise InputError("ruleset", "应为字符串")
    ruleset = catalogue.ruleset(product, ruleset_id)
    result = evaluate(
        ruleset,
        context=request.get("context") or {},
        declared=request.get("declared") or {},
        determinations=request.get("determinations") or {},
        qualitative=request.get("qualitative"),
        results=request.get("results"),
        catalogue_version=catalogue.version,
        calorie_factor=calorie_factor,
    )
    return result.to_json_dict()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def run(args: argparse.Namespace) -> int:
    """Run the sub-command; returns the exit code."""
    try:
        factor = parse_decimal(getattr(args, "calorie_factor", str(DEFAULT_CALORIE_FACTOR)), "--calorie-factor")
        if factor <= 0:
            raise InputError("--calorie-factor", "应为正数")
        request = _read(getattr(args, "file", "-") or "-")
        output = evaluate_request(request, catalogue_dir=getattr(args, "catalogue", None), calorie_factor=factor)
    except InputError as exc:
        print(_one_line(f"错误：{exc}"), file=sys.stderr)
        return EXIT_INPUT
    except CatalogueError as exc:
        print(_one_line(f"规则目录错误：{exc}"), file=sys.stderr)
        return EXIT_CATALOGUE
    except Exception as exc:  # a bug must still leave callers a one-line message
        print(_one_line(f"内部错误：{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_INTERNAL
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m labdesk.cli.evaluate``) until the lead's CLI wires it in."""
    parser = argparse.ArgumentParser(prog="labdesk")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    args = parser.parse_args(["evaluate", *(sys.argv[1:] if argv is None else argv)])
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
