"""Who may be drawn: the plan's batch rules for enterprises, conflicts (回避) for samplers.

Sampler algorithm ``LD-SAMPLER-1``: the eligible samplers are ranked by
``SHA-256(seed + "|" + task_no + "|" + username)`` ascending; the first pair in rank order
(i < j, i then j ascending) that is not a recent pair of either sampler is drawn, and any further
samplers follow in rank order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from labdesk.domain.errors import RuleViolation
from labdesk.domain.intake import MAX_BATCHES_PER_ENTERPRISE
from labdesk.domain.sampling.draw import Candidate, sha256_hex

SAMPLER_ALGORITHM = "LD-SAMPLER-1"
MIN_SAMPLERS = 2


@dataclass(frozen=True)
class DirectoryEntry:
    """What the draw needs of a 名录库 entry."""

    credit_code: str
    name: str
    region: str
    products: frozenset[str]
    followup: bool
    status: str = "active"  # active | closed | not_producing


@dataclass(frozen=True)
class Exclusion:
    credit_code: str
    name: str
    reason: str


def eligible_candidates(
    entries: Iterable[DirectoryEntry], product_code: str, regions: Sequence[str],
    batches: Mapping[str, Sequence[str]], excluded: Iterable[str] = (),
) -> tuple[list[Candidate], list[Exclusion]]:
    """Entries making ``product_code`` in ``regions``, minus those the plan's rules exclude.

    ``batches`` maps a credit code to the product codes it already has in this plan (drawn tasks
    and registered samples): one batch per product per enterprise, at most two batches.
    """
    wanted = set(regions)
    skip = set(excluded)
    candidates: list[Candidate] = []
    exclusions: list[Exclusion] = []
    for entry in entries:
        if product_code not in entry.products or (wanted and entry.region not in wanted):
            continue
        held = list(batches.get(entry.credit_code, ()))
        reason = ""
        if entry.status != "active":
            reason = "已停产或关闭"
        elif entry.credit_code in skip:
            reason = "已作为被替换企业排除"
        elif product_code in held:
            reason = "同一产品只抽查 1 个批次：本计划已有该产品批次"
        elif len(held) >= MAX_BATCHES_PER_ENTERPRISE:
            reason = f"1 家企业不得多于 {MAX_BATCHES_PER_ENTERPRISE} 个批次：本计划已有 {len(held)} 批"
        if reason:
            exclusions.append(Exclusion(entry.credit_code, entry.name, reason))
        else:
            candidates.append(Candidate(entry.credit_code, entry.name, entry.region, entry.followup))
    return candidates, exclusions


@dataclass(frozen=True)
class SamplerCandidate:
    user_id: int
    username: str
    name: str
    trained: bool
    authorised_until: dt.date | None
    former_employers: frozenset[str] = frozenset()  # credit codes
    products: frozenset[str] = frozenset()  # empty: every product
    active: bool = True


def sampler_conflicts(sampler: SamplerCandidate, credit_code: str, product_code: str, on: dt.date) -> list[str]:
    """Why this sampler may not sample this enterprise and product on ``on`` (empty: may)."""
    reasons: list[str] = []
    if not sampler.active:
        reasons.append("已停用")
    if not sampler.trained:
        reasons.append("未经抽样培训")
    if sampler.authorised_until is None or sampler.authorised_until < on:
        reasons.append("抽样授权已过期或未授权")
    if sampler.products and product_code not in sampler.products:
        reasons.append("未获授权抽取该产品")
    if credit_code in sampler.former_employers:
        reasons.append("曾在该企业任职（回避）")
    return reasons


@dataclass(frozen=True)
class SamplerDraw:
    algorithm: str
    seed: str
    task_no: str
    chosen: tuple[SamplerCandidate, ...]
    ranking: tuple[str, ...]  # usernames in rank order
    excluded: tuple[tuple[str, str], ...] = field(default=())  # (name, reasons)


def sampler_key(seed: str, task_no: str, username: str) -> str:
    return sha256_hex(f"{seed}|{task_no}|{username}")


def draw_samplers(
    seed: str, task_no: str, samplers: Iterable[SamplerCandidate], *, credit_code: str, product_code: str,
    on: dt.date, recent_pairs: Iterable[frozenset[int]] = (), count: int = MIN_SAMPLERS,
) -> SamplerDraw:
    """Draw ``count`` (≥ 2) samplers for one task, avoiding conflicts and a repeat of a recent pair."""
    if count < MIN_SAMPLERS:
        raise RuleViolation(f"抽样人员不得少于 {MIN_SAMPLERS} 人。")
    eligible: list[SamplerCandidate] = []
    excluded: list[tuple[str, str]] = []
    for sampler in samplers:
        reasons = sampler_conflicts(sampler, credit_code, product_code, on)
        if reasons:
            excluded.append((sampler.name, "；".join(reasons)))
        else:
            eligible.append(sampler)
    ranked = sorted(eligible, key=lambda s: (sampler_key(seed, task_no, s.username), s.username))
    if len(ranked) < count:
        raise RuleViolation(f"可派抽样人员不足：任务 {task_no} 需要 {count} 人，符合条件的只有 {len(ranked)} 人。")
    avoid = set(recent_pairs)
    pair = next(((a, b) for a, b in combinations(ranked, 2) if frozenset({a.user_id, b.user_id}) not in avoid),
                None)
    if pair is None:
        raise RuleViolation(f"任务 {task_no}：符合条件的抽样人员只能组成与上次任务相同的组合，请增加抽样人员。")
    rest = [s for s in ranked if s not in pair][: count - 2]
    return SamplerDraw(SAMPLER_ALGORITHM, seed, task_no, (*pair, *rest), tuple(s.username for s in ranked),
                       tuple(excluded))
