"""The judging engine: determinations + context + declared values → verdict.

Steps (issue 3):

1. Parse every determination (Decimal, never float), check ranges, resolve
   replicates by GB/T 483-2007 §6.1 (:mod:`.replicates`).
2. Derive the computed items (GB/T 483 / GB/T 35985 / GB/T 213) from the
   *unrounded* accepted means; an item given as a determination is used as
   measured and not recomputed.
3. Judge each item by the rules whose conditions hold: limits (GB/T 8170-2008 §4,
   each rule's own comparison method), grade tables, declared-value tolerances,
   qualitative results.  Only the reported value is rounded, once.
4. Grade: with a declared grade every graded item must meet that grade's limit;
   without one, the lowest grade's.  The product grade is the worst grade over
   its graded items; an item beyond the lowest grade fails.
5. Verdict: ``incomplete`` while a required item is missing or unresolved (this
   takes precedence, but ``failed_items`` already lists definite failures);
   otherwise ``fail`` if any judged item fails, else ``pass``.

Every bad input raises :class:`~labdesk.domain.errors.InputError` naming the
field (``product``, ``context.transport_km``, ``determinations.Aad``,
``declared.grade`` …); nothing the JSON can contain crashes the engine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from typing import Any, Literal

from labdesk.domain.coal import DEFAULT_CALORIE_FACTOR, DERIVATIONS, to_kcal_per_kg
from labdesk.domain.errors import InputError
from labdesk.domain.judging.expr import ExpressionError
from labdesk.domain.judging.replicates import ReplicateOutcome, resolve
from labdesk.domain.judging.ruleset import (
    DeclaredToleranceRule,
    GradeRule,
    ItemSpec,
    LimitRule,
    QualitativeRule,
    Rule,
    RuleSet,
    var_name,
)
from labdesk.domain.numbers import Requirement, complies, format_reported, parse_decimal

__all__ = ["Evaluation", "ItemResult", "RuleResult", "evaluate"]

Verdict = Literal["pass", "fail", "none"]
MAX_DETERMINATIONS = 4
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)
# Derived quantities are computed at 34 significant digits, independent of the caller's context.
_ARITH = Context(prec=34)


@dataclass(frozen=True, slots=True)
class RuleResult:
    """One rule applied to one item."""

    rule_id: str
    kind: str
    requirement: str
    verdict: Literal["pass", "fail", "none"]
    verified: bool
    source: str
    grade: str | None = None
    basis_zh: str = ""


@dataclass(frozen=True, slots=True)
class ItemResult:
    """The result of one item.

    ``value`` is unrounded, in the item's unit (MJ/kg for calorific values);
    ``reported`` is the string rounded once to the item's interval (or the
    qualitative result); ``verified`` is False when any rule used is unverified.
    """

    code: str
    name_zh: str
    name_en: str
    unit: str
    value: Decimal | None
    reported: str | None
    requirement: str | None
    verdict: Verdict
    grade: str | None
    replicates: ReplicateOutcome | None
    verified: bool
    measured: bool
    required: bool
    rules: tuple[RuleResult, ...] = ()
    kcal_per_kg: Decimal | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Evaluation:
    verdict: Literal["pass", "fail", "incomplete"]
    grade: str | None
    failed_items: tuple[str, ...]
    items: dict[str, ItemResult]
    conclusion: str
    catalogue_version: str
    ruleset_id: str
    ruleset_version: str
    product_id: str
    missing_items: tuple[str, ...] = ()
    declared_grade: str | None = None
    calorie_factor: Decimal = DEFAULT_CALORIE_FACTOR

    def to_json_dict(self) -> dict[str, Any]:
        """Exactly the ``labdesk evaluate`` output shape."""
        items: dict[str, Any] = {}
        for code, res in self.items.items():
            entry: dict[str, Any] = {
                "value": res.reported,
                "unit": res.unit,
                "requirement": res.requirement,
                "verdict": res.verdict,
                "grade": res.grade,
            }
            if res.replicates is not None:
                rep = res.replicates
                entry["replicates"] = {
                    "status": rep.status,
                    "used": [_plain(v) for v in rep.used],
                    "limit": _limit_text(rep.limit, rep.r),
                }
            items[code] = entry
        return {
            "product": self.product_id,
            "catalogue_version": self.catalogue_version,
            "items": items,
            "grade": self.grade,
            "verdict": self.verdict,
            "failed_items": list(self.failed_items),
            "conclusion": self.conclusion,
        }


    def to_record_dict(self) -> dict[str, Any]:
        """What LabDesk stores with a sample: the CLI shape plus, per judged item, whether every
        rule actually applied to it is verified (reports mark the others), and the rule set used."""
        record = self.to_json_dict()
        for code, res in self.items.items():
            if res.verdict != "none":
                record["items"][code]["verified"] = res.verified
        record["ruleset_id"] = self.ruleset_id
        record["ruleset_version"] = self.ruleset_version
        return record


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text


def _limit_text(limit: Decimal | None, r: Decimal | None) -> str | None:
    if limit is None:
        return None
    if r is not None:
        r_exp = r.as_tuple().exponent
        norm = limit.normalize()
        n_exp = norm.as_tuple().exponent
        if isinstance(r_exp, int) and isinstance(n_exp, int) and n_exp >= r_exp:
            return format(limit.quantize(Decimal(1).scaleb(r_exp)), "f")
        return format(norm, "f")
    return format(limit, "f")


# ---------------------------------------------------------------------------------------------
# Input checks


def _check_context(ruleset: RuleSet, context: object) -> dict[str, object]:
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
                if var.choices:
                    options = "、".join(
                        f"{c}（{label}）" for c, label in zip(var.choices, var.choice_labels_zh, strict=False)
                    ) or "、".join(var.choices)
                    raise InputError(field, f"缺少必需的判定条件「{var.label_zh}」（可选：{options}）")
                raise InputError(field, f"缺少必需的判定条件「{var.label_zh}」")
            continue
        if var.type == "choice":
            if not isinstance(raw, str) or raw not in var.choices:
                label_map = dict(zip(var.choice_labels_zh, var.choices, strict=False))
                if isinstance(raw, str) and raw in label_map:
                    raw = label_map[raw]
                else:
                    raise InputError(field, f"「{var.label_zh}」应为 {' / '.join(var.choices)} 之一，实际为 {raw!r}")
            out[var.key] = raw
        elif var.type == "number":
            value = parse_decimal(raw, field)
            if (var.min is not None and value < var.min) or (var.max is not None and value > var.max):
                raise InputError(field, f"「{var.label_zh}」超出允许范围 {var.min}～{var.max}：{value}")
            out[var.key] = value
        else:
            if not isinstance(raw, bool):
                raise InputError(field, f"「{var.label_zh}」应为 true 或 false")
            out[var.key] = raw
    return out


def _check_range(item: ItemSpec, value: Decimal, field: str, in_input_units: bool) -> None:
    unit = item.measured_unit if in_input_units else item.unit
    if unit == "%":
        if value < 0 or value > _HUNDRED:
            raise InputError(field, f"百分数应在 0～100 之间：{value}")
        return
    if in_input_units:
        low, high = item.input_min, item.input_max
    else:  # declared values are in the item's unit; scale the input range
        scale = item.input_scale
        low = item.input_min * scale if item.input_min is not None else None
        high = item.input_max * scale if item.input_max is not None else None
    if low is None and high is None:
        if value < 0:
            raise InputError(field, f"数值不应为负：{value}")
        return
    if (low is not None and value < low) or (high is not None and value > high):
        hint = f"（单位 {unit}）" if unit else ""
        raise InputError(field, f"数值超出合理范围 {low}～{high}{hint}：{value}")


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


# ---------------------------------------------------------------------------------------------


def evaluate(
    ruleset: RuleSet,
    *,
    context: Mapping[str, object],
    declared: Mapping[str, str],
    determinations: Mapping[str, Sequence[str]],
    qualitative: Mapping[str, str] | None = None,
    catalogue_version: str,
    calorie_factor: Decimal = DEFAULT_CALORIE_FACTOR,
) -> Evaluation:
    """Judge one sample against ``ruleset``.  See the module docstring for the steps."""
    with localcontext(_ARITH):
        return _evaluate(
            ruleset, context, declared, determinations, qualitative, catalogue_version, calorie_factor
        )


def _evaluate(
    ruleset: RuleSet,
    context: object,
    declared: object,
    determinations: object,
    qualitative: object,
    catalogue_version: str,
    calorie_factor: Decimal,
) -> Evaluation:
    items = ruleset.item_map
    ctx = _check_context(ruleset, context)

    # -- declared grade and values ------------------------------------------------------------
    if declared is None:
        declared = {}
    if not isinstance(declared, Mapping):
        raise InputError("declared", "应为对象（键值表）")
    declared_grade: str | None = None
    declared_values: dict[str, Decimal] = {}
    for key, raw in declared.items():
        if key == "grade":
            if raw is not None:
                declared_grade = normalise_grade(ruleset, raw)
            continue
        field = f"declared.{key}"
        item = items.get(key) if isinstance(key, str) else None
        if item is None:
            raise InputError(field, f"未知的检验项目代码「{key}」")
        if item.kind != "numeric":
            raise InputError(field, "定性项目没有申报值")
        value = parse_decimal(raw, field)
        _check_range(item, value, field, in_input_units=False)
        declared_values[key] = value

    # -- determinations -------------------------------------------------------------------------
    if determinations is None:
        determinations = {}
    if not isinstance(determinations, Mapping):
        raise InputError("determinations", "应为对象（项目代码 → 测定值列表）")
    qual_values: dict[str, str] = {}
    if qualitative is not None:
        if not isinstance(qualitative, Mapping):
            raise InputError("qualitative", "应为对象（项目代码 → 结果）")
        for key, raw in qualitative.items():
            code = _qual_code(items, key, "qualitative")
            qual_values[code] = _qual_value(items[code], raw, f"qualitative.{code}")

    values: dict[str, Decimal] = {}  # internal values, in input units (J/g for Q)
    outcomes: dict[str, ReplicateOutcome] = {}
    measured: set[str] = set()
    for key, raw_list in determinations.items():
        field = f"determinations.{key}"
        item = items.get(key) if isinstance(key, str) else None
        if item is None:
            raise InputError(field, f"未知的检验项目代码「{key}」")
        if isinstance(raw_list, str | int | Decimal) and not isinstance(raw_list, bool):
            raw_list = [raw_list]
        if not isinstance(raw_list, list | tuple):
            raise InputError(field, "应为测定值列表（字符串数组）")
        if not raw_list:
            continue
        if item.kind == "qualitative":
            if len(raw_list) != 1:
                raise InputError(field, "定性项目只应给出一个结果")
            qual_values[key] = _qual_value(item, raw_list[0], field)
            continue
        if len(raw_list) > MAX_DETERMINATIONS:
            raise InputError(field, f"测定次数最多 {MAX_DETERMINATIONS} 次（GB/T 483-2007 §6.1），实际 {len(raw_list)} 次")
        parsed = []
        for i, raw in enumerate(raw_list):
            one = f"{field}[{i}]"
            value = parse_decimal(raw, one)
            _check_range(item, value, one, in_input_units=True)
            parsed.append(value)
        outcome = resolve(parsed, item.r_table)
        outcomes[key] = outcome
        measured.add(key)
        if outcome.resolved and outcome.mean is not None:
            values[key] = outcome.mean

    # -- derived items (unrounded inputs; a measured item is never recomputed) ---------------
    for item in ruleset.derived_order:
        code = item.code
        if code in measured:
            continue
        inputs = ruleset.formula_inputs[code]
        if not all(dep in values for dep in inputs):
            continue
        formula = item.formula or ""
        if formula.startswith("coal:"):
            values[code] = DERIVATIONS[formula[5:]].compute(values)
        else:
            try:
                values[code] = ruleset.expressions[code].evaluate({var_name(d): values[d] for d in inputs})
            except ExpressionError as exc:
                raise InputError(code, f"无法计算：{exc}") from None

    # -- judging ------------------------------------------------------------------------------
    target_grade = declared_grade or (ruleset.grades[-1] if ruleset.grades else None)
    results: dict[str, ItemResult] = {}
    failed: list[str] = []
    missing: list[str] = []
    graded: dict[str, str | None] = {}
    extra_basis: list[str] = []
    any_judged = False

    for item in ruleset.items:
        code = item.code
        rules = [r for r in ruleset.rules_by_item.get(code, ()) if all(c.holds(ctx) for c in r.when)]
        required = item.required or any(r.required for r in rules)
        is_qual = item.kind == "qualitative"
        has_value = code in qual_values if is_qual else code in values
        present = has_value or code in outcomes
        if not has_value:
            if required:
                missing.append(code)
            if present or required:
                results[code] = ItemResult(
                    code, item.name_zh, item.name_en, item.unit, None, None,
                    _requirement_preview(ruleset, rules, target_grade), "none", None,
                    outcomes.get(code), True, code in measured, required, note=item.note,
                )
            continue

        rule_results: list[RuleResult] = []
        item_grade: str | None = None
        if is_qual:
            result_text = qual_values[code]
            value = None
            reported = result_text
            for rule in rules:
                if isinstance(rule, QualitativeRule):
                    ok = result_text in item.pass_values
                    rule_results.append(
                        RuleResult(rule.id, rule.kind, rule.requirement_text, "pass" if ok else "fail",
                                   rule.verified, rule.source, basis_zh=rule.basis_zh)
                    )
        else:
            internal = values[code]
            value = internal * item.input_scale if item.input_scale != 1 else internal
            assert item.interval is not None
            reported = format_reported(value, item.interval)
            for rule in rules:
                if isinstance(rule, LimitRule):
                    ok = complies(value, rule.requirement, rule.method)
                    rule_results.append(
                        RuleResult(rule.id, rule.kind, rule.requirement.text(), "pass" if ok else "fail",
                                   rule.verified, rule.source, basis_zh=rule.basis_zh)
                    )
                elif isinstance(rule, GradeRule):
                    rr, item_grade = _judge_grade(ruleset, rule, value, target_grade)
                    rule_results.append(rr)
                    graded[code] = item_grade
                elif isinstance(rule, DeclaredToleranceRule):
                    if code not in declared_values:
                        continue
                    rule_results.append(_judge_declared(rule, value, declared_values[code], code))
        if any(r.verdict != "none" for r in rule_results):
            any_judged = True
        verdict: Verdict = "none"
        if any(r.verdict == "fail" for r in rule_results):
            verdict = "fail"
            failed.append(code)
        elif any(r.verdict == "pass" for r in rule_results):
            verdict = "pass"
        for r in rule_results:
            if r.verdict != "none" and r.basis_zh and r.basis_zh != ruleset.basis_zh and r.basis_zh not in extra_basis:
                extra_basis.append(r.basis_zh)
        requirement = "；".join(r.requirement for r in rule_results if r.requirement) or None
        kcal = None
        if value is not None and item.unit == "MJ/kg":
            kcal = to_kcal_per_kg(value, calorie_factor)
        results[code] = ItemResult(
            code, item.name_zh, item.name_en, item.unit, value, reported, requirement, verdict, item_grade,
            outcomes.get(code), all(r.verified for r in rule_results if r.verdict != "none"),
            code in measured, required, tuple(rule_results), kcal, item.note,
        )

    for group in ruleset.required_groups:
        if not any(code in values for code in group):
            missing.append("/".join(group))

    # -- product grade and verdict --------------------------------------------------------------
    grade: str | None = None
    if ruleset.grades and graded and not missing:
        if all(g is not None for g in graded.values()):
            grade = max(graded.values(), key=lambda g: ruleset.grades.index(g))  # type: ignore[arg-type]
    if missing or not any_judged:
        verdict_all: Literal["pass", "fail", "incomplete"] = "incomplete"
    elif failed:
        verdict_all = "fail"
    else:
        verdict_all = "pass"
    conclusion_grade = declared_grade if verdict_all != "pass" else (declared_grade or grade)
    conclusion = _conclusion(ruleset, verdict_all, failed, missing, results, conclusion_grade, extra_basis)
    return Evaluation(
        verdict=verdict_all,
        grade=grade,
        failed_items=tuple(failed),
        items=results,
        conclusion=conclusion,
        catalogue_version=catalogue_version,
        ruleset_id=ruleset.id,
        ruleset_version=ruleset.version,
        product_id=ruleset.product_id,
        missing_items=tuple(missing),
        declared_grade=declared_grade,
        calorie_factor=calorie_factor,
    )


def _qual_code(items: Mapping[str, ItemSpec], key: object, where: str) -> str:
    item = items.get(key) if isinstance(key, str) else None
    if item is None:
        raise InputError(f"{where}.{key}", f"未知的检验项目代码「{key}」")
    if item.kind != "qualitative":
        raise InputError(f"{where}.{key}", "不是定性项目")
    return item.code


def _qual_value(item: ItemSpec, raw: object, field: str) -> str:
    if item.kind != "qualitative":
        raise InputError(field, "不是定性项目")
    if not isinstance(raw, str):
        raise InputError(field, f"定性结果应为字符串：{raw!r}")
    text = raw.strip()
    aliases = {"pass": item.pass_values[0], "fail": item.fail_values[0]}
    text = aliases.get(text.lower(), text)
    if text not in item.pass_values and text not in item.fail_values:
        allowed = "、".join((*item.pass_values, *item.fail_values))
        raise InputError(field, f"定性结果应为 {allowed} 之一：{raw!r}")
    return text


def _judge_grade(
    ruleset: RuleSet, rule: GradeRule, value: Decimal, target: str | None
) -> tuple[RuleResult, str | None]:
    """The item's grade (best grade whose limit it meets; a grade without a cell has no
    requirement) and whether it meets the target grade."""
    item_grade: str | None = None
    grade_cell_verified = True
    for g in ruleset.grades:
        req = rule.requirement(g)
        if req is None or complies(value, req, rule.method):
            item_grade = g
            cell = rule.cell(g)
            grade_cell_verified = cell.verified if cell is not None else True
            break
    assert target is not None
    target_req = rule.requirement(target)
    target_cell = rule.cell(target)
    verified = rule.verified and grade_cell_verified and (target_cell.verified if target_cell else True)
    if item_grade is None:
        verdict: Literal["pass", "fail", "none"] = "fail"  # beyond the lowest grade
    elif ruleset.grades.index(item_grade) <= ruleset.grades.index(target):
        verdict = "pass" if target_req is not None else "none"
    else:
        verdict = "fail"
    text = target_req.text() if target_req is not None else "—"
    return RuleResult(rule.id, rule.kind, text, verdict, verified, rule.source, item_grade, rule.basis_zh), item_grade


def _judge_declared(rule: DeclaredToleranceRule, value: Decimal, declared: Decimal, code: str) -> RuleResult:
    try:
        tol = rule.tolerance(declared, value)
    except ExpressionError as exc:
        raise InputError(f"declared.{code}", f"无法计算允许差：{exc}") from None
    tol_text = format(tol.normalize(), "f") if tol == tol.to_integral_value() else format(tol, "f")
    if rule.direction == "max":
        req = Requirement("<=", declared + tol)
        text = f"≤{declared}+{tol_text}（申报值+允许差）"
    else:
        req = Requirement(">=", declared - tol)
        text = f"≥{declared}−{tol_text}（申报值−允许差）"
    ok = complies(value, req, rule.method)
    return RuleResult(rule.id, rule.kind, text, "pass" if ok else "fail", rule.verified, rule.source,
                      basis_zh=rule.basis_zh)


def _requirement_preview(ruleset: RuleSet, rules: Sequence[Rule], target: str | None) -> str | None:
    texts = []
    for rule in rules:
        if isinstance(rule, LimitRule):
            texts.append(rule.requirement.text())
        elif isinstance(rule, GradeRule) and target is not None:
            req = rule.requirement(target)
            if req is not None:
                texts.append(req.text())
        elif isinstance(rule, QualitativeRule):
            texts.append(rule.requirement_text)
    return "；".join(texts) or None


def _item_label(res: ItemResult | None, code: str) -> str:
    if res is None:
        return code
    return f"{res.name_zh}（{code}）" if res.name_zh and res.name_zh != code else code


def _conclusion(
    ruleset: RuleSet,
    verdict: str,
    failed: Sequence[str],
    missing: Sequence[str],
    results: Mapping[str, ItemResult],
    grade: str | None,
    extra_basis: Sequence[str],
) -> str:
    """The report's conclusion sentence (检验结论), in the pattern of the 实施细则 §3.2."""
    basis = "及".join([ruleset.basis_zh, *extra_basis])
    grade_text = f"{ruleset.grade_name_zh(grade)}" if grade else ""
    if verdict == "incomplete":
        if missing:
            names = "、".join(_item_label(results.get(c), c) for c in missing)
            return f"检验尚未完成：{names}尚无有效结果，暂不能作出检验结论。"
        return "检验尚未完成：尚无可判定的检验结果，暂不能作出检验结论。"
    if verdict == "pass":
        return f"经抽样检验，所检项目符合{basis}{grade_text}要求，检验结论为合格。"
    names = "、".join(_item_label(results.get(c), c) for c in failed)
    return f"经抽样检验，{names}不符合{basis}{grade_text}要求，检验结论为不合格。"
