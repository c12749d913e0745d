"""The judging engine: determinations and results + context + declared values → verdict.

Steps (issue 3, restructured by issue 12), each its own function:

1. **Inputs** (:func:`_parse_inputs`): every result is parsed by its item kind's parser
   (:mod:`.results`; Decimal, never float) and range-checked; numeric determinations are
   resolved by GB/T 483-2007 §6.1 (:mod:`.replicates`).
2. **Derivation** (:func:`labdesk.domain.judging.derive.derive`): computed items from the
   *unrounded* accepted means; an item given as a determination is used as measured.
3. **Judging** (:func:`_judge_item`): each item by the rules whose conditions hold, each rule
   judging itself (:mod:`.rules`: limits, grade tables, declared-value tolerances, qualitative,
   ordinal, per-specimen, composition, checklist).  Only the reported value is rounded, once;
   its GB/T 8170 rounding mark is kept.
4. **Grade**: with a declared grade every graded item must meet that grade's limit; without one,
   the lowest grade's.  The product grade is the worst grade over its graded items.
5. **Verdict and conclusion** (:mod:`.conclusion`): ``incomplete`` while a required item is
   missing or unresolved; otherwise the rule set's decision logic (item classes) or "any failing
   item fails the product"; the conclusion names exactly the requirements that failed.

Every bad input raises :class:`~labdesk.domain.errors.InputError` naming the field
(``product``, ``context.transport_km``, ``determinations.Aad``, ``results.fibre``,
``declared.grade`` …); nothing the JSON can contain crashes the engine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal, localcontext
from typing import Literal

from labdesk.domain.coal import DEFAULT_CALORIE_FACTOR, to_kcal_per_kg
from labdesk.domain.errors import InputError
from labdesk.domain.judging.conclusion import conclusion_text, decide, unverified_failures
from labdesk.domain.judging.derive import derive
from labdesk.domain.judging.evaluation import Evaluation, ItemResult, RuleResult
from labdesk.domain.judging.inputs import check_context, declared_inputs, normalise_grade
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.replicates import ReplicateOutcome, resolve
from labdesk.domain.judging.results import RESULT_KINDS
from labdesk.domain.judging.results.numeric import NumericEntry, parse_determinations
from labdesk.domain.judging.rules import JudgeEnv, Rule, Subject
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.numbers import reported_with_mark

__all__ = ["Evaluation", "ItemResult", "RuleResult", "evaluate", "normalise_grade"]

Verdict = Literal["pass", "fail", "none"]
# Derived quantities are computed at 34 significant digits, independent of the caller's context.
_ARITH = Context(prec=34)


@dataclass(slots=True)
class _State:
    """What steps 1–2 produce: parsed subjects, numeric values (input units) and outcomes."""

    numeric: dict[str, NumericEntry] = field(default_factory=dict)
    subjects: dict[str, Subject | None] = field(default_factory=dict)  # None: entered, incomplete
    values: dict[str, Decimal] = field(default_factory=dict)
    outcomes: dict[str, ReplicateOutcome] = field(default_factory=dict)
    measured: set[str] = field(default_factory=set)


def evaluate(
    ruleset: RuleSet,
    *,
    context: Mapping[str, object],
    declared: Mapping[str, object],
    determinations: Mapping[str, Sequence[str]],
    qualitative: Mapping[str, str] | None = None,
    results: Mapping[str, object] | None = None,
    catalogue_version: str,
    calorie_factor: Decimal = DEFAULT_CALORIE_FACTOR,
) -> Evaluation:
    """Judge one sample against ``ruleset``.  See the module docstring for the steps."""
    with localcontext(_ARITH):
        return _evaluate(
            ruleset,
            context,
            declared,
            determinations,
            qualitative,
            results,
            catalogue_version,
            calorie_factor,
        )


def _evaluate(
    ruleset: RuleSet,
    context: object,
    declared: object,
    determinations: object,
    qualitative: object,
    results: object,
    catalogue_version: str,
    calorie_factor: Decimal,
) -> Evaluation:
    ctx = check_context(ruleset, context)
    declared_grade, declared_values, declared_compositions = declared_inputs(ruleset, declared)
    state = _parse_inputs(ruleset, determinations, qualitative, results)
    derive(
        ruleset,
        state.values,
        state.outcomes,
        state.measured,
        {code: e.values for code, e in state.numeric.items() if e.values},
    )
    target = declared_grade or (ruleset.grades[-1] if ruleset.grades else None)
    env = JudgeEnv(
        ruleset.basis_zh,
        ruleset.grades,
        ruleset.grade_names_zh,
        target,
        declared_values,
        declared_compositions,
        {i.code: i for i in ruleset.items},
    )
    items: dict[str, ItemResult] = {}
    missing: list[str] = []
    for item in ruleset.items:
        rules = [r for r in ruleset.rules_by_item.get(item.code, ()) if all(c.holds(ctx) for c in r.when)]
        res = _item_result(ruleset, item, rules, state, env, calorie_factor)
        if res is None:
            continue
        items[item.code] = res
        if res.required and res.reported is None:
            missing.append(item.code)
    for group in ruleset.required_groups:
        if not any(code in state.values for code in group):
            missing.append("/".join(group))
    failed = tuple(code for code, res in items.items() if res.verdict == "fail")
    verdict = decide(ruleset, items, failed, missing)
    grade = _product_grade(ruleset, items, missing)
    conclusion_grade = declared_grade if verdict != "pass" else (declared_grade or grade)
    return Evaluation(
        verdict=verdict,
        grade=grade,
        failed_items=failed,
        items=items,
        conclusion=conclusion_text(ruleset, env, verdict, failed, missing, items, conclusion_grade),
        catalogue_version=catalogue_version,
        ruleset_id=ruleset.id,
        ruleset_version=ruleset.version,
        product_id=ruleset.product_id,
        missing_items=tuple(missing),
        declared_grade=declared_grade,
        calorie_factor=calorie_factor,
        unverified_failures=unverified_failures(items, failed),
    )


# ---------------------------------------------------------------------------------------------
# Step 1: inputs


def _item_of(ruleset: RuleSet, key: object, field: str) -> ItemSpec:
    item = ruleset.item_map.get(key) if isinstance(key, str) else None
    if item is None:
        raise InputError(field, f"未知的检验项目代码「{key}」")
    return item


def _add(ruleset: RuleSet, state: _State, item: ItemSpec, raw: object, field: str) -> None:
    code = item.code
    if item.kind == "qualitative" and isinstance(raw, list | tuple) and not raw:
        return  # an empty determinations list: nothing entered yet
    if item.kind != "numeric":
        state.subjects[code] = RESULT_KINDS[item.kind].parse(item, raw, field)
        return
    entry = parse_determinations(item, raw, field)
    if entry is None:
        return
    state.numeric[code] = entry
    state.measured.add(code)
    if entry.below_lod:
        return
    outcome = resolve(entry.values, item.r_table)
    state.outcomes[code] = outcome
    if outcome.resolved and outcome.mean is not None:
        state.values[code] = outcome.mean


def _parse_inputs(ruleset: RuleSet, determinations: object, qualitative: object, results: object) -> _State:
    state = _State()
    for where, data in (
        ("determinations", determinations),
        ("qualitative", qualitative),
        ("results", results),
    ):
        if data is None:
            continue
        if not isinstance(data, Mapping):
            raise InputError(where, "应为对象（项目代码 → 结果）")
        for key, raw in data.items():
            field = f"{where}.{key}"
            item = _item_of(ruleset, key, field)
            if where == "qualitative" and item.kind != "qualitative":
                raise InputError(field, "不是定性项目")
            if where == "determinations" and item.kind not in ("numeric", "qualitative"):
                raise InputError(field, "该项目的结果应放在 results 中")
            if item.code in state.subjects or item.code in state.numeric:
                raise InputError(field, "同一项目的结果给出了两次")
            _add(ruleset, state, item, raw, field)
    return state


# ---------------------------------------------------------------------------------------------
# Step 3: judging one item


def _subject(item: ItemSpec, state: _State) -> Subject | None:
    code = item.code
    if item.kind != "numeric":
        return state.subjects.get(code)
    entry = state.numeric.get(code)
    if entry is not None and entry.below_lod:
        return Subject(item, below_lod=True, lod=entry.lod)
    internal = state.values.get(code)
    if internal is None:
        return None
    return Subject(item, value=internal * item.input_scale if item.input_scale != 1 else internal)


def _preview(rules: Sequence[Rule], env: JudgeEnv) -> str | None:
    return "；".join(t for t in (r.describe(env) for r in rules) if t) or None


def _at_limit(reported: str | None, kind: str, rule_results: Sequence[RuleResult]) -> bool:
    if reported is None or kind not in ("numeric", "specimens"):
        return False
    try:
        shown = Decimal(reported)
    except ArithmeticError:
        return False
    return any(shown == b for r in rule_results if r.verdict != "none" for b in r.bounds)


def _item_result(
    ruleset: RuleSet,
    item: ItemSpec,
    rules: Sequence[Rule],
    state: _State,
    env: JudgeEnv,
    calorie_factor: Decimal,
) -> ItemResult | None:
    code = item.code
    required = item.required or any(r.required for r in rules)
    subject = _subject(item, state)
    present = code in state.subjects or code in state.numeric or code in state.outcomes
    if subject is None:
        if not (present or required):
            return None
        return ItemResult(
            code,
            item.name_zh,
            item.name_en,
            item.unit,
            None,
            None,
            _preview(rules, env),
            "none",
            None,
            state.outcomes.get(code),
            True,
            code in state.measured,
            required,
            note=item.note,
            kind=item.kind,
            item_class=item.item_class,
        )
    rule_results: list[RuleResult] = []
    verdict: Verdict = "none"
    verified = True
    requirements: list[str] = []
    grade: str | None = None
    for rule in rules:  # plain loops: this runs for every item of every keystroke in the grid
        rr = rule.judge(subject, env)
        if rr is None:
            continue
        rule_results.append(rr)
        if rr.requirement:
            requirements.append(rr.requirement)
        if rr.verdict != "none":
            verified = verified and rr.verified
            if rr.verdict == "fail" or verdict == "none":
                verdict = "fail" if rr.verdict == "fail" or verdict == "fail" else "pass"
        if grade is None and rr.kind == "grade":
            grade = rr.grade
    kind = RESULT_KINDS[item.kind]
    value = subject.value
    mark = ""
    if value is not None and item.interval is not None and item.kind != "composition":
        reported, mark = reported_with_mark(value, item.interval)
    else:
        reported = kind.reported(subject)
    kcal = to_kcal_per_kg(value, calorie_factor) if value is not None and item.unit == "MJ/kg" else None
    return ItemResult(
        code,
        item.name_zh,
        item.name_en,
        item.unit,
        value,
        reported,
        "；".join(requirements) or None,
        verdict,
        grade,
        state.outcomes.get(code),
        verified,
        code in state.measured,
        required,
        tuple(rule_results),
        kcal,
        item.note,
        item.kind,
        mark,
        bool(mark) and _at_limit(reported, item.kind, rule_results),
        item.item_class,
        "；".join(r.message for r in rule_results if r.message),
        kind.extra(subject, env),
    )


# ---------------------------------------------------------------------------------------------
# Step 4: product grade


def _product_grade(ruleset: RuleSet, items: Mapping[str, ItemResult], missing: Sequence[str]) -> str | None:
    graded = [res for res in items.values() if any(r.kind == "grade" for r in res.rules)]
    if not ruleset.grades or not graded or missing:
        return None
    grades = [res.grade for res in graded if res.grade is not None]
    if len(grades) < len(graded):
        return None
    return max(grades, key=ruleset.grades.index)
