"""The report and notice PDFs: extractable Chinese text, page numbers, QR code, amendments."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

from labdesk.paths import resource
from labdesk.reports.inspection_report import render_report
from labdesk.reports.notices import FailingItem, NoticeData, render_notice
from tests.reports.pdftools import need, pdftotext
from tests.reports.sample_data import report_data


def test_report_text_has_number_conclusion_and_every_item(tmp_path: Path) -> None:
    data = report_data(fail=True)
    text = pdftotext(render_report(data), tmp_path)
    flat = re.sub(r"\s+", "", text)
    assert "报告编号：JC2021-00001" in text
    assert re.sub(r"\s+", "", data.conclusion) in flat
    for row in data.rows:
        assert row.name.replace(" ", "") in flat
        assert row.result in text
    for word in ("检验报告", "监督抽查", "序号", "检验项目", "单位", "标准要求", "检验结果", "单项判定", "不合格",
                 "批准", "审核", "主检", "大同市云冈煤业有限公司", "SHA-256", data.photos[0].sha256[:20]):
        assert word.replace(" ", "") in flat, word


def test_every_page_has_number_and_page_of_total(tmp_path: Path) -> None:
    pdf = render_report(report_data())
    pages = pdftotext(pdf, tmp_path).split("\f")
    pages = [p for p in pages if p.strip()]
    total = len(pages)
    assert total >= 4
    for number, page in enumerate(pages, start=1):
        assert "JC2021-00001" in page, number
        assert re.search(rf"第\s*{number}\s*页\s*共\s*{total}\s*页", page), page[-200:]


def test_amendment_says_what_it_replaces_and_why(tmp_path: Path) -> None:
    data = report_data(replaces="JC2021-00001")
    flat = re.sub(r"\s+", "", pdftotext(render_report(data), tmp_path))
    assert "JC2021-00001-A1" in flat
    assert "本报告替代No.JC2021-00001" in flat
    assert "更正原因：受检单位名称录入错误" in flat


def test_draft_preview_is_marked_and_unsealed(tmp_path: Path) -> None:
    data = dataclasses.replace(report_data(), draft=True)
    flat = re.sub(r"\s+", "", pdftotext(render_report(data), tmp_path))
    assert "预览稿（未签发，无效）" in flat


def test_invariant_rendering_is_reproducible() -> None:
    data = report_data(photos=1)
    assert render_report(data, invariant=True) == render_report(data, invariant=True)


def test_qr_code_decodes_to_number_and_verification_code(tmp_path: Path) -> None:
    zbarimg = need("zbarimg")
    path = tmp_path / "r.pdf"
    path.write_bytes(render_report(report_data(photos=0)))
    subprocess.run([need("pdftoppm"), "-r", "200", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "p")],
                   check=True)
    png = next(tmp_path.glob("p*.png"))
    out = subprocess.run([zbarimg, "--raw", "-q", "-Sbinary", str(png)], capture_output=True, check=False).stdout.decode("utf-8")
    assert "报告编号:JC2021-00001" in out
    assert "验证码:7Q4K-9XPM-2D" in out


def _notice(kind: str) -> NoticeData:
    return NoticeData(
        kind=kind, number="JC2021-00002-GZ", report_no="JC2021-00002", lab_name="山西省工业标准化研究院检验检测中心",
        addressee="大同市云冈煤业有限公司", sampled_unit="大同市云冈煤业有限公司", product_name="动力用煤",
        sample_no="2021D0002", conclusion="经抽样检验，干燥基灰分（Ad）不符合要求，检验结论为不合格。",
        issued_on="2021年08月20日", objection_office="山西省市场监督管理局质量监督处",
        plan_title="2021年山西省工业用煤及焦炭产品质量监督抽查", issuing_authority="山西省市场监督管理局",
        failing=(FailingItem("干燥基灰分 Ad", "%", "≤40", "45.84"),),
        seal_image=resource("report", "demo-seal.png").read_bytes(),
    )


def test_result_notice_lists_failures_objection_right_and_receipt(tmp_path: Path) -> None:
    pdf = render_notice(_notice("result_notice"))
    flat = re.sub(r"\s+", "", pdftotext(pdf, tmp_path))
    for word in ("检验结果告知书", "干燥基灰分Ad", "45.84", "≤40", "15日内", "山西省市场监督管理局质量监督处",
                 "回执", "签收人", "JC2021-00002", "第1页共1页"):
        assert word in flat, word


def test_cover_letter_for_a_passing_report(tmp_path: Path) -> None:
    data = dataclasses.replace(_notice("cover_letter"), failing=(), conclusion="检验结论为合格。")
    flat = re.sub(r"\s+", "", pdftotext(render_notice(data), tmp_path))
    assert "检验报告送达函" in flat
    assert "检验结论为合格" in flat
    assert "回执" in flat
    assert "不合格项目" not in flat
