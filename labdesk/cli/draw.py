"""``labdesk draw --plan CODE [--product P] [--region R] [--count N] --seed S [--db URL]``.

Prints the enterprise draw the directory gives now under seed S (algorithm LD-DRAW-1,
docs/sampling-draw.md).  Nothing is recorded: a recorded draw is made by the quality manager on
the 抽样 page.  Recorded draws of the plan made with the same seed are recomputed from their own
candidate lists and reported as matching or not.  Exit codes: 0 printed, 2 bad input.
"""

from __future__ import annotations

import argparse
from typing import Any

from labdesk.paths import database_url


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("draw", help="print the random draw of sampled enterprises for a plan (双随机)")
    parser.add_argument("--plan", required=True, metavar="CODE", help="plan code, e.g. SX-2021-158")
    parser.add_argument("--product", default="", metavar="P", help="product code or name (default: every product)")
    parser.add_argument("--region", default="", metavar="R", help="one region (default: the quota's regions)")
    parser.add_argument("--count", type=int, default=None, metavar="N", help="batches to draw (default: the "
                        "quota still open)")
    parser.add_argument("--seed", required=True, metavar="S", help="the seed (as entered by the quality manager)")
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser.set_defaults(func=run)


def format_draw(info: Any) -> list[str]:
    regions = "、".join(info.regions)
    lines = [
        f"{info.product_name}（{info.product_code}）  地区：{regions}",
        (f"  配额剩余 {info.quota_remaining} 批，本次抽取 {info.count} 家；候选 {len(info.candidates)} 家，"
        f"排除 {len(info.exclusions)} 家"),
        f"  候选名单 SHA-256：{info.candidate_hash}",
    ]
    for row in info.drawn:
        mark = "跟踪" if row.followup else "随机"
        lines.append(f"  {row.rank:>3}  {mark}  {row.credit_code}  {row.region:<4}  {row.name}  {row.key[:16]}")
    if info.reserve:
        lines.append(f"  备选（依次替补）：{'、'.join(r.name for r in info.reserve[:5])}"
                     f"{' 等' if len(info.reserve) > 5 else ''}")
    for exclusion in info.exclusions:
        lines.append(f"  排除 {exclusion.name}：{exclusion.reason}")
    return lines


def run(args: argparse.Namespace) -> int:
    from labdesk.domain.errors import InputError
    from labdesk.domain.sampling.draw import ALGORITHM
    from labdesk.services.database import open_database
    from labdesk.services.sampling import draws

    if args.count is not None and args.count <= 0:
        raise InputError("--count", "应为正整数。")
    ctx = open_database(database_url(getattr(args, "db", None)))
    try:
        infos = draws.preview_draw(ctx, args.plan, args.seed, product=args.product, region=args.region,
                                   count=args.count)
        checks = draws.verify_recorded(ctx, args.plan, args.seed, product=args.product, region=args.region)
    finally:
        ctx.engine.dispose()
    print(f"计划 {args.plan}  算法 {ALGORITHM}  种子 {infos[0].seed if infos else args.seed}（预览，未保存）")
    for info in infos:
        print("\n".join(format_draw(info)))
    for check in checks:
        verdict = "一致" if check.matches and check.hash_matches else "不一致"
        print(f"已保存的抽取记录 #{check.draw_id}（{check.product_name}{check.region and ' ' + check.region}，"
              f"{check.count} 家）按其候选名单重算：{verdict}")
    return 0
