"""Step 1 of judging, the parts that are not results: the judging context and declared values."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.composition import Components, parse_components
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.judging.schema import ContextVar
from labdesk.domain.numbers import parse_decimal

__all__ = ["check_context", "declared_inputs", "normalise_grade"]


def _context_value(var: ContextVar, raw: object, field: str) -> object:
    if var.type == "choice":
        if isinstance(raw, str) and raw in var.choices:
            return raw
        label_map = dict(zip(var.choice_labels_zh, var.choices, strict=False))
        if isinstance(raw, str) and raw in label_map:
            return label_map[raw]
        raise InputError(field, f"「{var.label_zh}」应为 {' / '.join(var.choices)} 之一，实际为 {raw!r}")
    if var.type == "number":
        value = parse_decimal(raw, field)
        if (var.min is not None and value < var.min) or (var.max is not None and value > var.max):
            raise InputError(field, f"「{var.label_zh}」超出允许范围 {var.min}～{var.max}：{value}")
        return value
    if not isinstance(raw, bool):
        raise InputError(field, f"「{var.label_zh}」应为 true 或 false")
    return raw


def _missing_context(var: ContextVar, field: str) -> InputError:
    if var.choices:
        options = "、".join(
            f"{c}（{label}）" for c, label in zip(var.choices, var.choice_labels_zh, strict=False)
        ) or "、".join(var.choices)
        return InputError(field, f"缺少必需的判定条件「{var.label_zh}」（可选：{options}）")
    return InputError(field, f"缺少必需的判定条件「{var.label_zh}」")


def check_context(ruleset: RuleSet, context: object) -> dict[str, object]:
    if context is None:
        context = {}
    if not isinstance(context, Mapping):
        raise InputError("context", "应为对象（键值表）")
    out: dict[str, object] = {}
    for var in ruleset.context:
        field = f"context.{var.key}"
        raw = context.get(var.key)
        if raw is None:
            if var.required:
                raise _missing_context(var, field)
            continue
        out[var.key] = _context_value(var, raw, field)
    return out


def normalise_grade(ruleset: RuleSet, raw: object) -> str:
    """The rule set's grade code for what was declared (I, 一级, Ⅰ, 1 …); InputError otherwise."""
    if not ruleset.grades:
        raise InputError("declared.grade", f"产品 {ruleset.product_id} 不分等级")
    if isinstance(raw, str):
        text = raw.strip()
        aliases = {g: g for g in ruleset.grades}
        aliases.update({name: g for g, name in zip(ruleset.grades, ruleset.grade_names_zh, strict=False)})
        roman = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "1": "I", "2": "II", "3": "III"}
        text = roman.get(text, text)
        if text in aliases:
            return aliases[text]
    shown = "、".join(
        f"{g}（{n}）" for g, n in zip(ruleset.grades, ruleset.grade_names_zh or ruleset.grades, strict=False)
    )
    raise InputError("declared.grade", f"未知的等级 {raw!r}（可用：{shown}）")


def _declared_value(item: ItemSpec, raw: object, field: str) -> Decimal:
    """A declared value is in the item's unit; the item's input range is scaled to it."""
    if item.unit == "%":
        value = parse_decimal(raw, field)
        if value < 0 or value > 100:
            raise InputError(field, f"百分数应在 0～100 之间：{value}")
        return value
    value = parse_decimal(raw, field)
    scale = item.input_scale
    low = item.input_min * scale if item.input_min is not None else None
    high = item.input_max * scale if item.input_max is not None else None
    if low is None and high is None:
        if value < 0:
            raise InputError(field, f"数值不应为负：{value}")
        return value
    if (low is not None and value < low) or (high is not None and value > high):
        hint = f"（单位 {item.unit}）" if item.unit else ""
        raise InputError(field, f"数值超出合理范围 {low}～{high}{hint}：{value}")
    return value


def declared_inputs(
    ruleset: RuleSet, declared: object
) -> tuple[str | None, dict[str, Decimal], dict[str, Components]]:
    """The declared grade, declared numeric values and declared (labelled) compositions."""
    if declared is None:
        declared = {}
    if not isinstance(declared, Mapping):
        raise InputError("declared", "应为对象（键值表）")
    grade: str | None = None
    values: dict[str, Decimal] = {}
    compositions: dict[str, Components] = {}
    for key, raw in declared.items():
        if key == "grade":
            if raw is not None:
                grade = normalise_grade(ruleset, raw)
            continue
        field = f"declared.{key}"
        item = ruleset.item_map.get(key) if isinstance(key, str) else None
        if item is None:
            raise InputError(field, f"未知的检验项目代码「{key}」")
        if item.kind == "composition":
            compositions[key] = parse_components(raw, field)
        elif item.kind == "numeric":
            values[key] = _declared_value(item, raw, field)
        else:
            raise InputError(
                field, "定性项目没有申报值" if item.kind == "qualitative" else "该项目没有申报值"
            )
    return grade, values, compositions
