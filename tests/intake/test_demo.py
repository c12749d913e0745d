"""The demo's intake step writes labels and a rejection notice, and hands samples to the next steps."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from labdesk.demo import run_demo


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_demo_intake_step(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_demo(f"sqlite:///{tmp_path / 'demo.sqlite3'}", out, steps=("seed", "intake"))
    assert any("样品接收：登记 12 批（已接收 10，已拒收 1，待接收 1）" in line for line in result.summary)
    labels = sorted(p.name for p in (out / "labels").glob("*.pdf"))
    assert len(labels) == 10 and "2021DL0001-labels.pdf" in labels
    notices = list((out / "notices").glob("*rejection*.pdf"))
    assert len(notices) == 1
    text = subprocess.run(["pdftotext", str(notices[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "样品拒收通知" in text and "封条破损或缺失" in text and "样品数量不足" in text and "张丽" in text
