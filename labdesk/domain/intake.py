"""Intake rules, pure: plan rules for a new batch, the receipt checklist, numbers and blind codes.

Nothing here touches the database; the services gather the facts and ask these
functions what is wrong.  Messages are in Chinese and name the field or the rule.
"""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from labdesk.domain.errors import InputError

Severity = Literal["error", "warning", "info"]

# the plan's wording (seed: 同一产品只抽查1个批次，1家企业抽取样品不得多于2个批次)
MAX_BATCHES_PER_ENTERPRISE = 2
# rejected batches do not count: the sample never entered the lab and may be re-sampled
NOT_COUNTED_STATES = frozenset({"rejected"})

DOMAINS: dict[str, str] = {"production": "生产领域", "circulation": "流通领域"}


@dataclass(frozen=True)
class Problem:
    """One finding on a registration draft: ``error`` blocks saving, the others inform."""

    field: str  # draft field name ("" for the whole form)
    message: str
    severity: Severity = "error"

    @property
    def blocking(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class ExistingBatch:
    """A batch already registered in the plan for the same enterprise."""

    sample_no: str
    product_code: str
    product_name: str
    state: str


def plan_rule_problems(
    product_code: str,
    product_name: str,
    enterprise_name: str,
    existing: Iterable[ExistingBatch],
    *,
    followup: bool = False,
    followup_note: str = "",
) -> list[Problem]:
    """Same product from one enterprise once per plan; at most two batches per enterprise; follow-up flag."""
    counted = [b for b in existing if b.state not in NOT_COUNTED_STATES]
    problems: list[Problem] = []
    same = [b for b in counted if b.product_code == product_code]
    if same:
        problems.append(Problem(
            "plan_product_id",
            f"计划规则：同一产品只抽查 1 个批次——「{enterprise_name}」的{product_name}已登记（样品编号 "
            f"{'、'.join(b.sample_no for b in same)}）。",
        ))
    if len(counted) >= MAX_BATCHES_PER_ENTERPRISE:
        problems.append(Problem(
            "unit_name",
            f"计划规则：1 家企业抽取样品不得多于 {MAX_BATCHES_PER_ENTERPRISE} 个批次——「{enterprise_name}」"
            f"在本计划中已有 {len(counted)} 批（{'、'.join(f'{b.sample_no} {b.product_name}' for b in counted)}）。",
        ))
    if followup:
        note = f"（{followup_note}）" if followup_note else ""
        problems.append(Problem("unit_name", f"跟踪抽查企业：「{enterprise_name}」上年度抽查不合格{note}。", "info"))
    return problems


def sampler_problems(names: Iterable[str]) -> list[Problem]:
    """At least two different people drew the sample (seed: 抽样人员不得少于2人)."""
    cleaned = [n.strip() for n in names if n and n.strip()]
    if len(set(cleaned)) < 2:
        return [Problem("samplers", "抽样人员不得少于 2 人，且须为不同人员。")]
    if len(set(cleaned)) != len(cleaned):
        return [Problem("samplers", "抽样人员重复填写。")]
    return []


# --- receipt check (seed: 外观、状态、封条有无破损 … 核对样品与抽样文书的记录是否相符) -------------

RECEIPT_CHECKS: tuple[tuple[str, str], ...] = (
    ("appearance", "样品外观与状态正常"),
    ("seal_intact", "封条完好、无破损"),
    ("matches_form", "样品与抽样单记录相符"),
    ("quantity_ok", "样品数量满足检验和备用要求"),
    ("labelling_ok", "样品标识清楚完整"),
)
RECEIPT_CHECK_NAMES = dict(RECEIPT_CHECKS)


def receipt_problems(checks: Mapping[str, bool | None], note: str) -> list[Problem]:
    """Accepting needs every item answered; any "no" needs a written note (otherwise reject)."""
    problems: list[Problem] = []
    unknown = sorted(set(checks) - set(RECEIPT_CHECK_NAMES))
    if unknown:
        problems.append(Problem("receipt_checks", f"未知的检查项：{'、'.join(unknown)}"))
    missing = [name for key, name in RECEIPT_CHECKS if checks.get(key) is None]
    if missing:
        problems.append(Problem("receipt_checks", f"接收检查未完成：{'、'.join(missing)}。"))
    failed = [name for key, name in RECEIPT_CHECKS if checks.get(key) is False]
    if failed and not note.strip():
        problems.append(Problem(
            "receipt_note",
            f"检查项「{'、'.join(failed)}」为“否”：请拒收样品，或填写书面说明后接收。",
        ))
    return problems


def rejection_problems(reasons: Iterable[str], note: str) -> list[Problem]:
    if not [r for r in reasons if r.strip()] and not note.strip():
        return [Problem("rejection_reasons", "拒收必须选择至少一条理由或填写书面说明。")]
    return []


# --- numbers ------------------------------------------------------------------------------

_FIELDS = {"year", "yy", "month", "product", "seq"}


def check_pattern(pattern: str) -> None:
    """A numbering pattern uses only known fields and contains ``{seq...}``."""
    names = {m.group(1) for m in re.finditer(r"\{(\w+)(?::[^}]*)?\}", pattern)}
    unknown = names - _FIELDS
    if unknown:
        raise InputError("编号规则", f"未知字段 {'、'.join(sorted(unknown))}（可用：year、yy、month、product、seq）。")
    if "seq" not in names:
        raise InputError("编号规则", "编号规则必须包含流水号 {seq}。")


def counter_scope(pattern: str, *, year: int, month: int, product: str) -> str:
    """The counter a number draws from: everything in the pattern except the sequence."""
    check_pattern(pattern)
    parts = [f"y{year}"]
    if "{month" in pattern:
        parts.append(f"m{month:02d}")
    if "{product" in pattern:
        parts.append(product)
    return ":".join(parts)


def format_number(pattern: str, *, year: int, month: int, product: str, seq: int) -> str:
    check_pattern(pattern)
    return pattern.format(year=year, yy=f"{year % 100:02d}", month=f"{month:02d}", product=product, seq=seq)


PORTION_SUFFIX: dict[str, str] = {"test": "J", "backup": "B"}
PORTION_NAMES: dict[str, str] = {"test": "检验样品", "backup": "备用样品"}


def portion_code(sample_no: str, kind: str) -> str:
    return f"{sample_no}-{PORTION_SUFFIX[kind]}"


# Blind codes carry no information: random, from an alphabet without look-alikes (0/O, 1/I/L).
BLIND_ALPHABET = "".join(c for c in string.digits + string.ascii_uppercase if c not in "01ILOS5Z2")
BLIND_LENGTH = 6


def new_blind_code() -> str:
    return "M" + "".join(secrets.choice(BLIND_ALPHABET) for _ in range(BLIND_LENGTH))


def normalise_code(text: str) -> str:
    """What a keyboard-wedge scanner or a person typed: trimmed, half-width, upper-case."""
    half = "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in text)
    return "".join(half.split()).upper()
