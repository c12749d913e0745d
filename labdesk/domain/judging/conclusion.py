"""Step 5 of judging: the product verdict (with an implementation rule's item classes) and the
conclusion sentence (检验结论), in the pattern of the 实施细则 §3.2.

The conclusion names exactly the requirement(s) that failed, each in its own words
(:attr:`RuleResult.failure_zh`): "干燥基灰分（Ad）与申报值之差超出GB/T 18666-2014…规定的允许差"
— never the basis of a rule the item met (issue 11 defect 2).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from labdesk.domain.judging.evaluation import ItemResult, UnverifiedFailure
from labdesk.domain.judging.rules import JudgeEnv
from labdesk.domain.judging.ruleset import RuleSet

__all__ = ["conclusion_text", "decide", "is_symbol", "item_label", "unverified_failures"]

ProductVerdict = Literal["pass", "fail", "incomplete"]


def is_symbol(code: str, name_zh: str) -> bool:
    """Whether an item code is a symbol worth showing beside its name (Ad, St,d, M40) rather than an
    internal identifier (``fibre_content``, ``formaldehyde``), and not already part of the name."""
    return "_" not in code and code[:1].isupper() and code not in name_zh


def item_label(res: ItemResult | None, code: str) -> str:
    """ "干燥基灰分（Ad）": the code is shown only when it is a symbol (Ad, St,d, M40), never an
    internal identifier such as ``fibre_content``."""
    if res is None:
        return code
    if not res.name_zh or res.name_zh == code:
        return code
    label = f"{res.name_zh}（{code}）" if is_symbol(code, res.name_zh) else res.name_zh
    if not res.item_class:
        return label
    suffix = "类" if len(res.item_class) == 1 else "项目"
    return f"{label}（{res.item_class}{suffix}）"


def _decisive(ruleset: RuleSet, items: Mapping[str, ItemResult], failed: Sequence[str]) -> bool:
    """Whether the failing items fail the product under the rule set's decision logic."""
    if not failed:
        return False
    if not ruleset.decision:
        return True
    limits = dict(ruleset.decision)
    counts: dict[str, int] = {}
    for code in failed:
        cls = items[code].item_class
        if cls not in limits:
            return True  # an item without a class (or of a class not listed) fails on its own
        counts[cls] = counts.get(cls, 0) + 1
    return any(counts[cls] >= limits[cls] for cls in counts)


def decide(
    ruleset: RuleSet, items: Mapping[str, ItemResult], failed: Sequence[str], missing: Sequence[str]
) -> ProductVerdict:
    """``incomplete`` while a required item is missing or nothing is judged (this takes precedence;
    ``failed_items`` still lists definite failures), then the decision logic."""
    any_judged = any(r.verdict != "none" for res in items.values() for r in res.rules)
    if missing or not any_judged:
        return "incomplete"
    return "fail" if _decisive(ruleset, items, failed) else "pass"


def unverified_failures(
    items: Mapping[str, ItemResult], failed: Sequence[str]
) -> tuple[UnverifiedFailure, ...]:
    """Failing items whose every failing rule is unverified (the report and signing must say so)."""
    out = []
    for code in failed:
        failing = [r for r in items[code].rules if r.verdict == "fail"]
        if failing and not any(r.verified for r in failing):
            out.append(UnverifiedFailure(code, tuple(r.rule_id for r in failing)))
    return tuple(out)


def _failure_phrases(items: Mapping[str, ItemResult], failed: Sequence[str]) -> str:
    """ "A、B不符合X要求，C与申报值之差超出…允许差": items grouped by the requirement they failed."""
    groups: dict[str, list[str]] = {}
    for code in failed:
        res = items[code]
        phrases = [r.failure_zh for r in res.rules if r.verdict == "fail" and r.failure_zh] or ["不符合要求"]
        for phrase in dict.fromkeys(phrases):
            groups.setdefault(phrase, []).append(item_label(res, code))
    return "，".join(f"{'、'.join(labels)}{phrase}" for phrase, labels in groups.items())


def _decision_text(ruleset: RuleSet) -> str:
    return "或".join(f"{cls}类项目{count}项及以上不合格" for cls, count in ruleset.decision)


def conclusion_text(
    ruleset: RuleSet,
    env: JudgeEnv,
    verdict: ProductVerdict,
    failed: Sequence[str],
    missing: Sequence[str],
    items: Mapping[str, ItemResult],
    grade: str | None,
) -> str:
    if verdict == "incomplete":
        if missing:
            names = "、".join(item_label(items.get(c), c) for c in missing)
            return f"检验尚未完成：{names}尚无有效结果，暂不能作出检验结论。"
        return "检验尚未完成：尚无可判定的检验结果，暂不能作出检验结论。"
    if verdict == "fail":
        return f"经抽样检验，{_failure_phrases(items, failed)}，检验结论为不合格。"
    extra: list[str] = []
    for res in items.values():
        for r in res.rules:
            if (
                r.verdict != "none"
                and r.basis_zh
                and r.basis_zh != ruleset.basis_zh
                and r.basis_zh not in extra
            ):
                extra.append(r.basis_zh)
    basis = "及".join([ruleset.basis_zh, *extra])
    grade_text = env.grade_name(grade) if grade else ""
    if failed:  # failing items that do not reach the decision counts of their classes
        return (
            f"经抽样检验，{_failure_phrases(items, failed)}；"
            f"按判定规则（{_decision_text(ruleset)}判为不合格），"
            f"检验结论为合格。"
        )
    return f"经抽样检验，所检项目符合{basis}{grade_text}要求，检验结论为合格。"
