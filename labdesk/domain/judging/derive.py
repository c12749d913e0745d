"""Step 2 of judging: derived items (GB/T 483 / GB/T 35985 / GB/T 213) from the unrounded means.

An item given as a determination is used as measured and not recomputed.  A derivation with
``per_determination`` (Qgr,ad from Qb,ad, GB/T 213-2008 §8.1) is computed for each determination,
its repeatability is checked on the computed values with the item's r table (120 J/g), and the
accepted values are averaged.  Physically impossible data are refused (issue 11 defect 3):
bases that cannot be converted (100 − Mad − Aad ≤ 0, Mad + Aad + Vad ≥ 100) and derived
percentages outside 0–100 raise :class:`InputError` naming the items.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from labdesk.domain.coal import DERIVATIONS, Derivation
from labdesk.domain.errors import InputError
from labdesk.domain.judging.expr import ExpressionError
from labdesk.domain.judging.items import ItemSpec, var_name
from labdesk.domain.judging.replicates import ReplicateOutcome, resolve
from labdesk.domain.judging.ruleset import RuleSet

__all__ = ["derive"]

_HUNDRED = Decimal(100)


def _label(ruleset: RuleSet, code: str) -> str:
    item = ruleset.item_map.get(code)
    return f"{item.name_zh}（{code}）" if item is not None and item.name_zh else code


def _impossible(ruleset: RuleSet, item: ItemSpec, inputs: tuple[str, ...], detail: str) -> InputError:
    names = "、".join(_label(ruleset, c) for c in inputs)
    return InputError(
        f"determinations.{inputs[-1]}",
        f"数据在物理上不可能：{detail}（涉及 {names}），无法计算{_label(ruleset, item.code)}，请核对测定值",
    )


def _per_determination(
    ruleset: RuleSet,
    item: ItemSpec,
    derivation: Derivation,
    values: Mapping[str, Decimal],
    determinations: Mapping[str, tuple[Decimal, ...]],
) -> ReplicateOutcome | None:
    key = derivation.per_determination
    assert key is not None
    raw = determinations.get(key)
    others = [c for c in derivation.inputs if c != key]
    if not raw or not all(c in values for c in others):
        return None
    computed = [derivation.compute({**values, key: v}) for v in raw]
    return resolve(computed, item.r_table)


def _compute(ruleset: RuleSet, item: ItemSpec, values: Mapping[str, Decimal]) -> Decimal:
    code, formula = item.code, item.formula or ""
    inputs = ruleset.formula_inputs[code]
    try:
        if formula.startswith("coal:"):
            return DERIVATIONS[formula[5:]].compute(values)
        return ruleset.expressions[code].evaluate({var_name(d): values[d] for d in inputs})
    except InputError as exc:  # a denominator 100 − … ≤ 0
        raise _impossible(ruleset, item, inputs, exc.detail) from None
    except ExpressionError as exc:
        raise InputError(code, f"无法计算：{exc}") from None


def _check_percent(ruleset: RuleSet, item: ItemSpec, value: Decimal) -> None:
    if item.unit == "%" and (value < 0 or value > _HUNDRED):
        shown = format(value.quantize(Decimal("0.01")), "f")
        raise _impossible(
            ruleset, item, ruleset.formula_inputs[item.code], f"{item.name_zh}计算得 {shown}%，超出 0～100%"
        )


def derive(
    ruleset: RuleSet,
    values: dict[str, Decimal],
    outcomes: dict[str, ReplicateOutcome],
    measured: set[str],
    determinations: Mapping[str, tuple[Decimal, ...]],
) -> None:
    """Add the derived items to ``values`` (internal units) and their per-determination outcomes."""
    for item in ruleset.derived_order:
        code = item.code
        if code in measured:
            continue
        formula = item.formula or ""
        derivation = DERIVATIONS.get(formula[5:]) if formula.startswith("coal:") else None
        if derivation is not None and derivation.per_determination in determinations:
            try:
                outcome = _per_determination(ruleset, item, derivation, values, determinations)
            except InputError as exc:
                raise _impossible(ruleset, item, derivation.inputs, exc.detail) from None
            if outcome is not None:
                outcomes[code] = outcome
                if outcome.resolved and outcome.mean is not None:
                    values[code] = outcome.mean
            continue
        if all(dep in values for dep in ruleset.formula_inputs[code]):
            values[code] = _compute(ruleset, item, values)
            _check_percent(ruleset, item, values[code])
