"""Field documents: the pack renders, the 抽样单's Code128 decodes with zbarimg; the draw record prints."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling import documents, draws, tasks
from tests.reports.pdftools import need, pdftotext


def test_task_pack_has_every_document_and_the_barcode_decodes(
        ctx: ServiceContext, qm: Actor, loaded: int, sampler_actors: list[Actor], tmp_path: Path) -> None:
    draws.run_draw(ctx, qm, loaded, "power_coal", seed="1", count=1)
    task = tasks.list_tasks(ctx, qm, plan_id=loaded)[0]
    tasks.assign_samplers(ctx, qm, [task.id], seed="1")
    pdf = documents.task_documents(ctx, qm, task.id)
    text = re.sub(r"\s+", "", pdftotext(pdf, tmp_path))
    for title in ("产品质量监督抽查通知书", "产品质量监督抽查/复查抽样单", "样品封存和处置告知单",
                  "工作质量及工作纪律反馈单", "拒检认定表", "授权委托书"):
        assert title in text
    assert task.enterprise_name in text and task.credit_code in text
    form = documents.task_documents(ctx, qm, task.id, ("form",))
    path = tmp_path / "form.pdf"
    path.write_bytes(form)
    subprocess.run([need("pdftoppm"), "-r", "150", "-png", str(path), str(tmp_path / "f")], check=True)
    pages = sorted(tmp_path.glob("f*.png"))
    assert len(pages) == 1  # the form fits on one A4 page
    out = subprocess.run([need("zbarimg"), "-q", "--raw", str(pages[0])], capture_output=True, text=True, check=False).stdout
    assert out.strip() == task.task_no


def test_draw_record_pdf_names_seed_hash_and_result(ctx: ServiceContext, qm: Actor, loaded: int,
                                                    tmp_path: Path) -> None:
    info = draws.run_draw(ctx, qm, loaded, "power_coal", seed="20210801", count=3, witnesses="赵敏")
    text = re.sub(r"\s+", "", pdftotext(documents.draw_record(ctx, qm, info.id or 0), tmp_path))
    assert "随机抽取记录" in text and "20210801" in text and info.candidate_hash in text
    for row in info.drawn:
        assert row.credit_code in text
