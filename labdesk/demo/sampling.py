"""Demo step 'sampling': a 60-enterprise directory, the coal plan's draw with a fixed seed, samplers,
a task pack in DIR/sampling/, and one registration at intake from a scanned 抽样单.

Runs last, so the other steps' counts are untouched; the directory's enterprises are new ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from labdesk.domain.credit_code import check_character
from labdesk.reports.files import write_atomic
from labdesk.services.sampling import directory, documents, draws, intake_link, samplers, tasks

SEED = "20210906"
REGIONS = ("大同", "朔州", "忻州", "阳泉", "吕梁")
COUNTIES = {"大同": ("云冈区", "平城区", "左云县"), "朔州": ("平鲁区", "朔城区", "怀仁市"),
            "忻州": ("忻府区", "原平市", "宁武县"), "阳泉": ("郊区", "盂县", "平定县"), "吕梁": ("孝义市", "柳林县", "交城县")}
PRODUCTS = (("动力用煤",), ("动力用煤", "冶金用煤"), ("化工用原料煤",), ("冶金焦炭", "铸造焦炭"),
            ("动力用煤", "化工用原料煤"), ("冶金用煤", "冶金焦炭"))
KINDS = ("煤业", "洗煤", "能源", "焦化", "煤炭经销", "矿业")
COUNTS = {"power_coal": 8, "metallurgical_coal": 5, "chemical_coal": 4, "metallurgical_coke": 3, "foundry_coke": 2}
HEADER = ["企业名称", "统一社会信用代码", "地址", "地区", "区县", "产品", "许可证编号", "上年度抽查结果"]
SAMPLERS = ("sampler1", "sampler2", "tester1", "tester2")


def credit_code(n: int) -> str:
    first = f"9114{n % 10}{(n * 7) % 10}00MA0{n:03d}K8"[:17].ljust(17, "0")
    return first + check_character(first)


def directory_rows(count: int = 60) -> list[list[object]]:
    rows: list[list[object]] = [list(HEADER)]
    for n in range(count):
        region = REGIONS[n % len(REGIONS)]
        county = COUNTIES[region][n % 3]
        products = PRODUCTS[n % len(PRODUCTS)]
        result = "不合格" if n % 9 == 4 else ("拒检" if n == 31 else "合格")
        rows.append([f"{region}市{county}{'晋北晋中晋南'[n % 3 * 2:n % 3 * 2 + 2]}{KINDS[n % len(KINDS)]}{n + 1:02d}有限公司",
                     credit_code(n), f"山西省{region}市{county}", region, county, "、".join(products),
                     f"（晋）XK{n + 1:04d}" if "冶金焦炭" in products else "", result])
    return rows


def _write_xlsx(rows: list[list[object]], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def _scan(pdf: bytes) -> tuple[str, str]:
    """Render the form at 150 dpi and read its barcode with zbarimg, as a scanner would."""
    zbar, poppler = shutil.which("zbarimg"), shutil.which("pdftoppm")
    if zbar is None or poppler is None:
        return "", "zbarimg/pdftoppm 未安装"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "form.pdf"
        path.write_bytes(pdf)
        subprocess.run([poppler, "-r", "150", "-png", str(path), str(Path(tmp) / "scan")], check=True)
        png = min(Path(tmp).glob("scan*.png"))
        out = subprocess.run([zbar, "-q", "--raw", str(png)], capture_output=True, text=True, check=False).stdout.strip()
        return out, "zbarimg"


def _samplers(demo: Any) -> list[Any]:
    """The demo lab's two samplers and its two testers are trained and authorised to sample (抽检分离
    then keeps a tester from testing a batch they sampled)."""
    ctx, qm = demo.ctx, demo.actor("qm")
    chosen = [demo.actor(u) for u in SAMPLERS]
    for index, actor in enumerate(chosen):
        samplers.set_sampler(ctx, qm, actor.user_id, trained_on=dt.date(2021, 3, 15),
                             training_note="2021年度抽样人员培训（考核合格）", authorised_until=dt.date(2022, 3, 31),
                             former_employers=(credit_code(0),) if index == 0 else ())
    return chosen


def run(demo: Any) -> None:
    ctx, qm, clerk = demo.ctx, demo.actor("qm"), demo.actor("reception")
    plan = demo.data["plan"]
    demo.clock.set_day(dt.date(2021, 9, 6), hour=9)
    rows = directory_rows()
    if demo.out_dir is not None:
        path = demo.out("sampling") / "被抽样对象名录库.xlsx"
        _write_xlsx(rows, path)
        report = directory.import_file(ctx, qm, path, plan_id=plan.id)
    else:
        report = directory.import_rows(ctx, qm, rows, plan_id=plan.id, source="demo")
    team = _samplers(demo)
    infos = [draws.run_draw(ctx, qm, plan.id, product, seed=SEED, count=count, witnesses="赵敏")
             for product, count in COUNTS.items()]
    first = tasks.list_tasks(ctx, qm, draw_id=infos[0].id)
    replaced = draws.replace_task(ctx, qm, first[-1].id, status="closed", reason="现场核实企业已关闭，厂区拆除",
                                  evidence="现场照片 2 张；营业执照注销公告截图")
    open_tasks = tasks.list_tasks(ctx, qm, plan_id=plan.id, state="drawn")
    assigned = tasks.assign_samplers(ctx, qm, [t.id for t in open_tasks], seed=SEED)
    task = assigned[0]
    pack = documents.task_documents(ctx, qm, task.id)
    form = documents.task_documents(ctx, qm, task.id, ("form",))
    if demo.out_dir is not None:
        out = demo.out("sampling")
        write_atomic(out / f"抽样任务资料-{task.task_no}.pdf", pack)
        for info in infos:
            write_atomic(out / f"随机抽取记录-{info.product_name}.pdf", documents.draw_record(ctx, qm, info.id or 0))
    scanned, how = _scan(form)
    code = scanned or task.task_no
    draft = intake_link.draft_from_task(ctx, clerk, code)
    draft = dataclasses.replace(
        draft, trademark="晋北", specification="混煤 0-50mm", batch_no="20210905", production_date="2021-09-05",
        executed_standard="GB/T 7562-2018", base_quantity="2800 t", test_quantity="2 kg", backup_quantity="2 kg",
        test_seal="F2021-0901", backup_seal="F2021-0902", sampling_place="成品煤场", sampling_date="2021-09-06",
        context={"coal_rank": "other", "transport_km": "210"})
    demo.clock.advance(hours=30)
    sample = intake_link.register_from_task(ctx, clerk, code, draft)
    mine = tasks.my_tasks(ctx, team[1])
    demo.data["sampling"] = {"tasks": len(assigned), "sample_no": sample.sample_no, "task_no": task.task_no}
    demo.summary.append(
        f"抽样：名录库导入 {report.created} 家（跟踪 {report.followups} 家），随机抽取（种子 {SEED}）"
        f"{sum(len(i.drawn) for i in infos)} 家、替换 1 家（{replaced}），派员 {len(assigned)} 个任务；"
        f"{team[1].full_name}有 {len(mine)} 个待抽样任务；扫描抽样单 {task.task_no}（{how or '手工输入'}）登记为 "
        f"{sample.sample_no}")
