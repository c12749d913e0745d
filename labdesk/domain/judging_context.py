"""The judging conditions a rule set needs (煤种, 运输距离…), checked where a person types them.

The judging engine refuses a sample whose required conditions are missing; intake and corrections check
the same conditions first, so no sample is registered that testing cannot finish (issue 13 item 2).
Messages use the rule set's Chinese labels and choice labels, never the internal keys.
"""

from __future__ import annotations

from collections.abc import Mapping

from labdesk.domain.errors import InputError
from labdesk.domain.intake import Problem
from labdesk.domain.judging.ruleset import ContextVar, RuleSet
from labdesk.domain.numbers import parse_decimal


def _choice_labels(var: ContextVar) -> list[str]:
    labels = list(var.choice_labels_zh)
    return [labels[i] if i < len(labels) else choice for i, choice in enumerate(var.choices)]


def _one(var: ContextVar, raw: object) -> str | None:
    """The message for one condition, or None when it is fine."""
    text = "" if raw is None else str(raw).strip()
    label = var.label_zh
    if not text:
        if not var.required:
            return None
        if var.choices:
            return f"{label}：该产品的判定需要此条件，请选择（{' / '.join(_choice_labels(var))}）。"
        return f"{label}：该产品的判定需要此条件，必填。"
    if var.type == "choice":
        if text not in var.choices and text not in var.choice_labels_zh:
            return f"{label}：请从 {' / '.join(_choice_labels(var))} 中选择。"
    elif var.type == "number":
        try:
            value = parse_decimal(text, label)
        except InputError:
            return f"{label}：应为数字，现为「{text}」。"
        if (var.min is not None and value < var.min) or (var.max is not None and value > var.max):
            low = "" if var.min is None else format(var.min, "f")
            high = "" if var.max is None else format(var.max, "f")
            return f"{label}：应在 {low}～{high} 之间，现为 {text}。"
    elif text.lower() not in ("true", "false", "是", "否", "1", "0"):
        return f"{label}：应为“是”或“否”。"
    return None


def context_problems(ruleset: RuleSet, context: Mapping[str, object]) -> list[Problem]:
    """One problem (field ``context.<key>``) per missing or invalid judging condition of ``ruleset``."""
    problems = []
    for var in ruleset.context:
        message = _one(var, context.get(var.key))
        if message is not None:
            problems.append(Problem(f"context.{var.key}", message))
    return problems


def condition_labels(ruleset: RuleSet) -> dict[str, str]:
    """The rule set's condition keys with their Chinese labels (for showing which are needed)."""
    return {var.key: var.label_zh for var in ruleset.context}
