"""The demo's plan-2 step: towels, sanitary napkins and wire rope registered, tested, signed; the PDFs read
the grades, 未检出 values, composition table and labelling finding."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from labdesk.demo import run_demo


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_demo_plan2_step(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_demo(f"sqlite:///{tmp_path / 'demo.sqlite3'}", out, steps=("seed", "reports", "plan2"))
    assert any("签发 4 份报告（不合格 2 份）" in line and "老年用品 1 批" in line for line in result.summary)
    texts = {pdf.name: text_of(pdf) for pdf in sorted((out / "reports").glob("*.pdf"))}
    towels = [t for t in texts.values() if "毛巾" in t]
    assert len(towels) == 2
    fastness = next(t for t in towels if "未标注安全技术类别" in t)
    assert "2-3（变色 4" in fastness.replace("\n", "") and "不合格" in fastness
    fibre = next(t for t in towels if "涤纶" in t)
    assert "92.0" in fibre and "8.0" in fibre
    napkin = next(t for t in texts.values() if "卫生巾" in t)
    assert "未检出（检出" in napkin and "20 CFU/g）" in napkin.replace("\n", "")
    rope = next(t for t in texts.values() if "钢丝绳通用技术条件" in t)
    assert "1795" in rope and "n=6" in rope.replace("\n", "").replace(" ", "")
