"""Poppler helpers for tests (pdftotext, pdfsig, pdftoppm)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def need(tool: str) -> str:
    """The tool's path; skips the test when it is missing, fails it under CI (where every tool is required)."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} not installed (required under CI)")
        pytest.skip(f"{tool} not installed")
    return path


def pdftotext(pdf: bytes, tmp: Path, *, layout: bool = False) -> str:
    path = tmp / "t.pdf"
    path.write_bytes(pdf)
    args = [need("pdftotext"), *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdfsig(path: Path, *extra: str) -> str:
    result = subprocess.run([need("pdfsig"), *extra, str(path)], capture_output=True, check=False, text=True)
    return result.stdout + result.stderr
