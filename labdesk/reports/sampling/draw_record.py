"""随机抽取记录: one recorded enterprise draw, complete enough to be redone by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from labdesk.reports.sampling.common import build, grid, p, signature_block, styles

BEIJING = dt.timezone(dt.timedelta(hours=8))


@dataclass(frozen=True)
class DrawRecordData:
    lab_name: str
    plan_title: str
    plan_code: str
    product_name: str
    regions: str
    draw_no: str
    count: int
    seed: str
    seed_source: str  # 质量负责人输入 | 系统生成
    algorithm: str
    candidate_hash: str
    candidate_count: int
    drawn_by: str
    drawn_at: dt.datetime | None
    witnesses: str
    drawn: Sequence[tuple[int, str, str, str, bool, str, str]]  # rank, name, code, region, followup, key, task no
    reserve: Sequence[tuple[int, str, str, str, bool, str, str]]
    exclusions: Sequence[tuple[str, str, str]]
    candidates: Sequence[str]


def _ranked(rows: Sequence[tuple[int, str, str, str, bool, str, str]], s: dict[str, ParagraphStyle], *,
            with_task: bool) -> Flowable:
    head = ["序号", "类别", "企业名称", "统一社会信用代码", "地区", "排序键 SHA-256（前 16 位）"]
    if with_task:
        head.append("任务编号")
    cells = [[p(h, s["label"]) for h in head]]
    for rank, name, code, region, followup, key, task in rows:
        row = [str(rank), "跟踪" if followup else "随机", name, code, region, key[:16]]
        if with_task:
            row.append(task)
        cells.append([p(c, s["cell"]) for c in row])
    widths = [10, 10, 52, 34, 12, 34] + ([22] if with_task else [])
    return grid(cells, [w * mm * (180 / sum(widths)) for w in widths],
                [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))])


def draw_record_pdf(d: DrawRecordData) -> bytes:
    s = styles()
    at = d.drawn_at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S") if d.drawn_at else ""
    info = grid([[p(k, s["label"]), p(v, s["cell"])] for k, v in (
        ("计划", f"{d.plan_title}（{d.plan_code}）"), ("产品", d.product_name), ("地区", d.regions),
        ("记录编号", d.draw_no), ("抽取数量", str(d.count)), ("随机种子", f"{d.seed}（{d.seed_source}）"),
        ("算法及版本", f"{d.algorithm}（见 docs/sampling-draw.md）"),
        ("候选名单", f"{d.candidate_count} 家；SHA-256：{d.candidate_hash}"),
        ("抽取人", d.drawn_by), ("抽取时间（北京时间）", at), ("见证人", d.witnesses or "—"),
    )], [40 * mm, 140 * mm])
    method = ("方法：候选企业每行写作「信用代码|名称|地区|F/N」（F 为跟踪抽查），按信用代码排序后以换行连接，其 SHA-256 即候选名单"
              "摘要；每家企业的排序键为 SHA-256(种子|信用代码)；先列跟踪抽查企业、再列其他企业，各按排序键升序；取前 N 家，"
              "其余依次为替补。相同候选名单和种子必得相同结果。")
    story: list[Flowable] = [p("随机抽取记录", s["title"]), p(d.lab_name, s["sub"]), Spacer(1, 3 * mm), info,
                             Spacer(1, 2 * mm), p(method, s["small"]), p("抽取结果", s["h"]),
                             _ranked(d.drawn, s, with_task=True)]
    if d.reserve:
        story += [p("替补顺序", s["h"]), _ranked(d.reserve, s, with_task=False)]
    if d.exclusions:
        story += [p("排除的企业及原因", s["h"]),
                  grid([[p(n, s["cell"]), p(c, s["cell"]), p(r, s["cell"])] for c, n, r in d.exclusions],
                       [60 * mm, 40 * mm, 80 * mm])]
    story += [p("候选名单（按信用代码排序）", s["h"]), p("\n".join(d.candidates), s["small"]), Spacer(1, 6 * mm),
              signature_block(s, ("抽取人", "见证人", "质量负责人"))]
    return build([story], f"随机抽取记录 {d.draw_no}")
