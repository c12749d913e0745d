"""The reproducible random draw of sampled enterprises (双随机 — the object half).

Algorithm ``LD-DRAW-1`` (docs/sampling-draw.md states it so it can be redone by hand):

1. The candidate list is the eligible directory entries, each written as the line
   ``credit_code|name|region|F`` (``F`` = follow-up, ``N`` = not), lines sorted by credit code
   (ASCII order) and joined by ``\\n``.  Its SHA-256 (UTF-8, hex) is the candidate-list hash.
2. Each candidate's key is ``SHA-256(seed + "|" + credit_code)`` (UTF-8, lower-case hex).
3. The ranking lists the follow-up candidates by ascending key, then the others by ascending key
   (ties, impossible in practice, by credit code).
4. The first ``count`` of the ranking are drawn; the rest, in order, are the reserve that
   replacements are taken from.
"""

from __future__ import annotations

import hashlib
import itertools
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from labdesk.domain.errors import InputError

ALGORITHM = "LD-DRAW-1"
SEED_MAX = 64


@dataclass(frozen=True)
class Candidate:
    credit_code: str
    name: str
    region: str
    followup: bool

    def line(self) -> str:
        return f"{self.credit_code}|{self.name}|{self.region}|{'F' if self.followup else 'N'}"


@dataclass(frozen=True)
class RankedCandidate:
    candidate: Candidate
    key: str  # SHA-256 hex of seed|credit code
    rank: int  # 1-based


@dataclass(frozen=True)
class DrawOutcome:
    algorithm: str
    seed: str
    candidate_hash: str
    candidate_lines: tuple[str, ...]
    ranking: tuple[RankedCandidate, ...]
    count: int

    @property
    def drawn(self) -> tuple[RankedCandidate, ...]:
        return self.ranking[: self.count]

    @property
    def reserve(self) -> tuple[RankedCandidate, ...]:
        return self.ranking[self.count:]


def normalise_seed(seed: str) -> str:
    """The seed as recorded: surrounding blanks removed; printable, at most 64 characters."""
    value = (seed or "").strip()
    if not value:
        raise InputError("随机种子", "请输入随机种子（数字或文字），或选择由系统生成。")
    if len(value) > SEED_MAX:
        raise InputError("随机种子", f"不得超过 {SEED_MAX} 个字符。")
    if any(not ch.isprintable() or ch == "|" for ch in value):
        raise InputError("随机种子", "不得含有控制字符或「|」。")
    return value


def generate_seed() -> str:
    """A fresh 8-digit seed (shown to the quality manager and recorded with the draw)."""
    return f"{secrets.randbelow(10**8):08d}"


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def candidate_key(seed: str, credit_code: str) -> str:
    return sha256_hex(f"{seed}|{credit_code}")


def ordered(candidates: Iterable[Candidate]) -> tuple[Candidate, ...]:
    """The canonical order of the candidate list: by credit code; duplicates are an error."""
    result = tuple(sorted(candidates, key=lambda c: c.credit_code))
    for first, second in itertools.pairwise(result):
        if first.credit_code == second.credit_code:
            raise InputError("候选名单", f"信用代码 {first.credit_code} 重复。")
    return result


def candidate_hash(candidates: Sequence[Candidate]) -> str:
    return sha256_hex("\n".join(c.line() for c in ordered(candidates)))


def rank(seed: str, candidates: Iterable[Candidate]) -> tuple[RankedCandidate, ...]:
    canonical = ordered(candidates)
    keyed = [(not c.followup, candidate_key(seed, c.credit_code), c.credit_code, c) for c in canonical]
    keyed.sort(key=lambda item: item[:3])
    return tuple(RankedCandidate(c, key, position) for position, (_, key, _, c) in enumerate(keyed, start=1))


def draw(seed: str, candidates: Iterable[Candidate], count: int) -> DrawOutcome:
    """Rank the candidates under ``seed`` and draw ``count`` of them (fewer if there are fewer)."""
    value = normalise_seed(seed)
    if count < 0:
        raise InputError("抽取数量", "不能为负数。")
    canonical = ordered(candidates)
    ranking = rank(value, canonical)
    return DrawOutcome(ALGORITHM, value, candidate_hash(canonical), tuple(c.line() for c in canonical), ranking,
                       min(count, len(ranking)))
