"""Report data for renderer tests and the benchmark (no database)."""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageDraw

from labdesk.paths import resource
from labdesk.reports.inspection_report import PhotoItem, ReportData, ResultRow, SignatureBlock


def photo(seed: int, size: tuple[int, int] = (1280, 960)) -> bytes:
    img = Image.new("RGB", size, (120 + seed * 20 % 100, 110, 100))
    draw = ImageDraw.Draw(img)
    for i in range(0, size[0], 40):
        draw.line((i, 0, i + seed * 30, size[1]), fill=(200, 180 - i % 90, 60), width=6)
    draw.rectangle((400, 300, 880, 660), outline=(220, 30, 30), width=12)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def report_data(*, fail: bool = False, photos: int = 4, replaces: str = "") -> ReportData:
    seal = resource("report", "demo-seal.png").read_bytes()
    sig = resource("report", "signature-chengang.png").read_bytes()
    rows = (
        ResultRow("全水分 Mt", "%", "≤12.0", "9.8", "合格"),
        ResultRow("灰分 Ad", "%", "≤25.00", "27.36" if fail else "18.42", "不合格" if fail else "合格"),
        ResultRow("挥发分 Vdaf", "%", "/", "28.10", "—"),
        ResultRow("全硫 St,d", "%", "≤1.00", "0.62", "合格"),
        ResultRow("发热量 Qnet,ar", "MJ/kg", "≥20.91", "22.35", "合格"),
    )
    pics = []
    for i in range(photos):
        jpeg = photo(i)
        pics.append(PhotoItem(f"封样照片 {i + 1}", jpeg, hashlib.sha256(jpeg).hexdigest()))
    conclusion = (
        "经抽样检验，所检项目中灰分 Ad 不符合 GB/T 7562-2018 的要求，检验结论为不合格。" if fail else
        "经抽样检验，所检项目符合 GB/T 7562-2018 的要求，检验结论为合格。"
    )
    return ReportData(
        full_no="JC2021-00001" + ("-A1" if replaces else ""),
        verification_code="7Q4K-9XPM-2D",
        lab_name="山西省工业标准化研究院检验检测中心",
        lab_name_en="Shanxi Industrial Standardization Institute Testing Center",
        lab_address="山西省太原市小店区示例路 1 号",
        lab_phone="0351-0000000",
        cma_no="210412340567",
        product_name="动力用煤",
        sampled_unit="大同市云冈煤业有限公司",
        sampled_unit_address="山西省大同市云冈区",
        producer="大同市云冈煤业有限公司",
        producer_address="山西省大同市云冈区",
        conclusion=conclusion,
        verdict="fail" if fail else "pass",
        rows=rows,
        issued_on="2021年08月20日",
        plan_title="2021年山西省煤炭、焦炭产品质量专项监督抽查",
        issuing_authority="山西省市场监督管理局",
        sample_no="2021D0001",
        trademark="/",
        specification="混煤 5000 大卡",
        batch_no="20210728",
        production_date="2021年07月28日",
        sampling_place="成品煤仓",
        sampling_date="2021年08月02日",
        base_quantity="3000 t",
        sample_quantity="检验样品 3 kg，备用样品 3 kg",
        sample_state="黑色块状固体，封样完好",
        received_on="2021年08月03日",
        test_period="2021年08月04日～2021年08月12日",
        executed_standard="GB/T 7562-2018",
        judging_basis=("GB/T 7562-2018 商品煤质量 发电煤粉锅炉用煤", "GB/T 18666-2014 商品煤质量抽查和验收方法"),
        ruleset_version="power_coal@2021.1",
        catalogue_version="2026.11",
        items_summary="全水分、灰分、挥发分、全硫、发热量",
        notes=("“—”表示该项目不作判定。",),
        signatures=(
            SignatureBlock("批准", "陈刚", "2021年08月20日", sig),
            SignatureBlock("审核", "赵敏", "2021年08月18日", resource("report", "signature-zhaomin.png").read_bytes()),
            SignatureBlock("主检", "李强", "2021年08月12日", resource("report", "signature-liqiang.png").read_bytes()),
        ),
        seal_image=seal,
        cma_image=resource("report", "demo-cma.png").read_bytes(),
        photos=tuple(pics),
        replaces_no=replaces,
        amendment_reason="受检单位名称录入错误" if replaces else "",
    )
