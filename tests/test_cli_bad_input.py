"""Issue 10 item 7: no ``labdesk`` sub-command prints a traceback for bad input or a missing argument.

Each case runs the real command in a subprocess without a terminal (stdin from /dev/null) and asserts a
non-zero exit and no "Traceback" on stderr (nor stdout).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from labdesk.cli import SUBCOMMANDS


def _run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LABDESK_")}
    environment.update({"LABDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env})
    return subprocess.run([sys.executable, "-m", "labdesk", *args], check=False, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL, env=environment)


def _cases(tmp: Path) -> list[tuple[str, list[str], dict[str, str]]]:
    db = f"sqlite:///{tmp / 'cli.sqlite3'}"
    not_pdf = tmp / "note.txt"
    not_pdf.write_text("not a pdf", encoding="utf-8")
    bad_json = tmp / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    return [
        ("unknown command", ["frobnicate"], {}),
        ("bad database URL", ["--db", "nosuch://x", "verify-report", str(not_pdf)], {}),
        ("unreachable PostgreSQL", ["--db", "postgresql://nobody@127.0.0.1:1/none", "verify-report", str(not_pdf)],
         {}),
        ("database folder not writable", ["demo", "--db", "sqlite:////proc/forbidden/x.sqlite3"], {}),
        ("gui: unknown option", ["gui", "--frobnicate"], {}),
        ("demo: unknown option", ["demo", "--frobnicate"], {}),
        ("evaluate: missing file", ["evaluate", str(tmp / "missing.json")], {}),
        ("evaluate: bad JSON", ["evaluate", str(bad_json)], {}),
        ("evaluate: empty stdin", ["evaluate"], {}),
        ("verify-report: missing argument", ["verify-report"], {}),
        ("verify-report: missing file", ["verify-report", str(tmp / "missing.pdf")], {}),
        ("verify-report: not a PDF", ["verify-report", str(not_pdf), "--db", db], {}),
        ("export: missing --plan and --out", ["export"], {}),
        ("export: no --user and no terminal", ["export", "--plan", "SX-1", "--out", str(tmp / "o"), "--db", db], {}),
        ("export: no password and no terminal", ["export", "--plan", "SX-1", "--out", str(tmp / "o"), "--db", db,
                                                 "--user", "x"], {}),
        ("export: bad --only", ["export", "--plan", "SX-1", "--out", str(tmp / "o"), "--only", "nonsense"], {}),
        ("export: wrong user", ["export", "--plan", "SX-1", "--out", str(tmp / "o"), "--db", db, "--user", "nobody"],
         {"LABDESK_PASSWORD": "wrong-pass-1"}),
    ]


def test_no_traceback_for_any_bad_input(tmp_path: Path) -> None:
    failures = []
    for name, args, env in _cases(tmp_path):
        result = _run(args, tmp_path / "home", **env)
        said = (result.stderr + result.stdout).strip()
        if result.returncode == 0 or "Traceback" in said or not said:
            failures.append(f"{name}: exit {result.returncode}\n{result.stderr[-2000:]}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_sub_command_refuses_an_unknown_option_cleanly(command: str, tmp_path: Path) -> None:
    """Also covers sub-commands added later (the list comes from the CLI itself)."""
    result = _run([command.replace("_", "-"), "--no-such-option-at-all"], tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "usage:" in result.stderr


def test_an_internal_error_is_one_line_and_logged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from labdesk import cli
    from labdesk.cli import demo

    def broken(_args: object) -> int:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(demo, "run", broken)
    monkeypatch.setenv("LABDESK_HOME", str(tmp_path))
    assert cli.main(["demo"]) == 1
    err = capsys.readouterr().err
    assert "内部错误" in err and "Traceback" not in err
    assert "ZeroDivisionError" in (tmp_path / "logs" / "labdesk.log").read_text(encoding="utf-8")
