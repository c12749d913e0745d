"""Printed labels are never clipped: every text lies inside the label at every size (issue 13 item 4)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from labdesk.reports.labels import LabelData, render_labels

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")

LONG = "冶金焦炭（高炉用，粒度 25～40 mm，含特级、一级、二级、三级）及铸造焦炭"
LABELS = (
    LabelData("2021JT0001", "样品", "冶金焦炭", ("盲样号 7KQ4M", "检验样品 2 kg")),
    LabelData("2021JT0001-J", "检验样品", LONG, ("盲样号 7KQ4M · 封条 F2021-0001 · 抽样日期 2021-08-01 · 备注很长很长",)),
    LabelData("2021DL0001-B", "备用样品", "Power coal for boilers, washed and screened, 13-25 mm " * 2, ("x" * 80,)),
)
SIZES = ((60, 40), (50, 30), (40, 30), (80, 50), (100, 70), (70, 40))
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


@pytest.mark.parametrize(("width_mm", "height_mm"), SIZES)
def test_every_text_lies_inside_the_label(tmp_path: Path, width_mm: int, height_mm: int) -> None:
    pdf = tmp_path / "labels.pdf"
    pdf.write_bytes(render_labels(LABELS, width_mm=width_mm, height_mm=height_mm,
                                  header="山西省工业标准化研究院检验检测中心 · 2021年工业用煤及焦炭产品质量专项监督抽查"))
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    pages = html.split("<page ")[1:]
    assert len(pages) == len(LABELS)
    outside = []
    words = 0
    for page in pages:
        size = PAGE.search("<page " + page)
        assert size is not None
        page_w, page_h = float(size.group(1)), float(size.group(2))
        assert abs(page_w - width_mm / 25.4 * 72) < 0.5 and abs(page_h - height_mm / 25.4 * 72) < 0.5
        for x0, y0, x1, y1, text in WORD.findall(page):
            words += 1
            if float(x0) < 0 or float(y0) < 0 or float(x1) > page_w + 0.1 or float(y1) > page_h + 0.1:
                outside.append(f"{text}: {x0}-{x1} × {y0}-{y1} on {page_w:.1f}×{page_h:.1f}")
    assert words >= 3 * len(LABELS)
    assert not outside, outside


def test_a_long_product_name_wraps_instead_of_shrinking_to_nothing(tmp_path: Path) -> None:
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(render_labels(LABELS[1:2], width_mm=60, height_mm=40))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    assert "冶金焦炭（高炉用" in text.replace("\n", "")
