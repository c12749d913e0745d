"""Layer boundaries (import-linter) and generated Designer forms are kept honest by the test run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_import_contracts_hold() -> None:
    lint = BIN / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, check=False, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def _normalise(text: str) -> str:
    return re.sub(r"## Created by: Qt User Interface Compiler version .*\n", "", text)


UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_compiled_form_is_current(ui_file: Path, tmp_path: Path) -> None:
    uic = BIN / "pyside6-uic"
    if not uic.exists():
        uic = Path(shutil.which("pyside6-uic") or "pyside6-uic")
    out = tmp_path / f"{ui_file.stem}_ui.py"
    subprocess.run([str(uic), str(ui_file), "-o", str(out)], check=True, timeout=120)
    committed = ROOT / "labdesk" / "gui" / "forms" / f"{ui_file.stem}_ui.py"
    assert committed.exists(), f"{committed} missing: run pyside6-uic {ui_file} -o {committed}"
    assert _normalise(committed.read_text(encoding="utf-8")) == _normalise(out.read_text(encoding="utf-8")), (
        f"{committed.name} is stale: run pyside6-uic ui/{ui_file.name} -o labdesk/gui/forms/{committed.name}"
    )


def test_every_compiled_form_has_a_source() -> None:
    sources = {p.stem for p in UI_FILES}
    compiled = {p.stem.removesuffix("_ui") for p in (ROOT / "labdesk" / "gui" / "forms").glob("*_ui.py")}
    assert compiled <= sources, f"compiled forms without a ui/ source: {compiled - sources}"


def test_no_opencv_with_gui_wheels() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"opencv-python-headless' in text
    assert not re.search(r'"opencv-python[=<>~ "]', text)
