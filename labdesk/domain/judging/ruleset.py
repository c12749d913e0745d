"""Rule sets: the immutable, JSON-round-trippable judging data of one product.

A :class:`RuleSet` is what the engine judges with.  The catalogue builds them
from TOML (:mod:`labdesk.domain.judging.catalogue`); a plan adopts a versioned
copy (its 实施细则) stored as JSON (:meth:`RuleSet.to_dict` /
:meth:`RuleSet.from_dict`) and may override limits (:meth:`RuleSet.with_overrides`).

``from_dict`` is the schema: every ruleset, whether from the shipped catalogue
or a plan's stored copy, is validated by it, and any problem raises
:class:`~labdesk.domain.errors.CatalogueError` with the path of the bad field.
Items are read by :mod:`.items`, rules by the registry of :mod:`.rules`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.expr import Expression, compile_expression
from labdesk.domain.judging.items import (
    ITEM_KEYS,
    ChecklistElement,
    ItemSpec,
    SubResult,
    item_from_dict,
    item_to_dict,
    var_name,
)
from labdesk.domain.judging.rules import (
    DeclaredToleranceRule,
    GradeCell,
    GradeRule,
    LimitRule,
    QualitativeRule,
    Rule,
    ToleranceBand,
    rule_from_dict,
    rule_to_dict,
)
from labdesk.domain.judging.schema import (
    Condition,
    ContextVar,
    MethodRef,
    Reader,
    context_from_dict,
    context_to_dict,
    str_list,
)
from labdesk.domain.numbers import Requirement

__all__ = [
    "ITEM_KEYS",
    "SCHEMA_VERSION",
    "ChecklistElement",
    "Condition",
    "ContextVar",
    "DeclaredToleranceRule",
    "GradeCell",
    "GradeRule",
    "ItemSpec",
    "LimitOverride",
    "LimitRule",
    "MethodRef",
    "OverrideRecord",
    "QualitativeRule",
    "Requirement",
    "Rule",
    "RuleSet",
    "SubResult",
    "ToleranceBand",
    "UnverifiedEntry",
    "var_name",
]

SCHEMA_VERSION = 1
RULESET_KEYS = (
    "schema",
    "id",
    "version",
    "product_id",
    "product_name_zh",
    "product_name_en",
    "name_zh",
    "basis_zh",
    "catalogue_version",
    "adopted_from",
    "grades",
    "grade_names_zh",
    "required_groups",
    "context",
    "items",
    "rules",
    "overrides",
    "decision",
)


@dataclass(frozen=True, slots=True)
class LimitOverride:
    """A plan's change to one limit (or one grade cell) with its reason (实施细则)."""

    rule_id: str
    reason: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    tol: Decimal | None = None
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class OverrideRecord:
    rule_id: str
    grade: str | None
    old: str
    new: str
    reason: str


@dataclass(frozen=True, slots=True)
class UnverifiedEntry:
    """Something the quality manager must acknowledge: a value not checked against its standard."""

    kind: str  # rule kind, "r_table" or "grade_cell"
    item: str
    rule_id: str
    source: str
    note: str
    grade: str | None = None


def _derived_order(
    where: str, items: tuple[ItemSpec, ...], item_map: Mapping[str, ItemSpec]
) -> tuple[list[ItemSpec], dict[str, tuple[str, ...]]]:
    """Derived items in dependency order; inputs must exist and the graph must be acyclic."""
    order: list[ItemSpec] = []
    state: dict[str, int] = {}
    by_var = {var_name(code): code for code in item_map}
    inputs: dict[str, tuple[str, ...]] = {}

    def visit(code: str, chain: tuple[str, ...]) -> None:
        if state.get(code) == 2:
            return
        if state.get(code) == 1:
            raise CatalogueError(f"{where}：派生公式循环依赖：{' → '.join((*chain, code))}")
        state[code] = 1
        item = item_map[code]
        deps = tuple(by_var.get(name, name) for name in item.formula_names)
        inputs[code] = deps
        for dep in deps:
            if dep not in item_map:
                raise CatalogueError(f"{where}：项目 {code} 的公式需要未定义的项目 {dep}")
            visit(dep, (*chain, code))
        state[code] = 2
        if item.derived:
            order.append(item)

    for item in items:
        visit(item.code, ())
    return order, inputs


@dataclass(frozen=True)
class RuleSet:
    """The judging data of one product: items, context conditions, rules, grades.

    Immutable; lookups are precomputed once (``item_map``, ``derived_order``,
    ``rules_by_item``) so an evaluation costs microseconds.  ``decision`` (item class →
    count) is an implementation rule's decision logic: the product fails when the number of
    failing items of a class reaches its count; items of other classes fail it on their own.
    """

    id: str
    version: str
    product_id: str
    product_name_zh: str
    product_name_en: str
    name_zh: str
    basis_zh: str
    items: tuple[ItemSpec, ...]
    rules: tuple[Rule, ...]
    context: tuple[ContextVar, ...] = ()
    grades: tuple[str, ...] = ()
    grade_names_zh: tuple[str, ...] = ()
    required_groups: tuple[tuple[str, ...], ...] = ()
    catalogue_version: str = ""
    adopted_from: str = ""
    overrides: tuple[OverrideRecord, ...] = ()
    decision: tuple[tuple[str, int], ...] = ()
    item_map: Mapping[str, ItemSpec] = field(init=False, repr=False, compare=False)
    rules_by_item: Mapping[str, tuple[Rule, ...]] = field(init=False, repr=False, compare=False)
    derived_order: tuple[ItemSpec, ...] = field(init=False, repr=False, compare=False)
    context_map: Mapping[str, ContextVar] = field(init=False, repr=False, compare=False)
    formula_inputs: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    expressions: Mapping[str, Expression] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        where = f"ruleset {self.product_id}/{self.id}"
        item_map: dict[str, ItemSpec] = {}
        for item in self.items:
            if item.code in item_map:
                raise CatalogueError(f"{where}：检验项目 {item.code} 重复")
            item_map[item.code] = item
        context_map = {c.key: c for c in self.context}
        if len(self.grades) != len(set(self.grades)):
            raise CatalogueError(f"{where}：等级重复")
        if self.grade_names_zh and len(self.grade_names_zh) != len(self.grades):
            raise CatalogueError(f"{where}：grade_names_zh 与 grades 数量不一致")
        by_item = self._rules_by_item(where, item_map, context_map)
        for group in self.required_groups:
            for code in group:
                if code not in item_map:
                    raise CatalogueError(f"{where}：required_groups 引用了未知的检验项目 {code}")
        order, inputs = _derived_order(where, self.items, item_map)
        object.__setattr__(self, "item_map", item_map)
        object.__setattr__(self, "rules_by_item", by_item)
        object.__setattr__(self, "derived_order", tuple(order))
        object.__setattr__(self, "context_map", context_map)
        object.__setattr__(self, "formula_inputs", inputs)
        object.__setattr__(
            self,
            "expressions",
            {
                i.code: compile_expression(i.formula[5:])
                for i in order
                if i.formula and i.formula.startswith("expr:")
            },
        )

    def _rules_by_item(
        self, where: str, item_map: Mapping[str, ItemSpec], context_map: Mapping[str, ContextVar]
    ) -> dict[str, tuple[Rule, ...]]:
        by_item: dict[str, list[Rule]] = {}
        ids: set[str] = set()
        for rule in self.rules:
            if rule.id in ids:
                raise CatalogueError(f"{where}：规则编号 {rule.id} 重复")
            ids.add(rule.id)
            if rule.item not in item_map:
                raise CatalogueError(f"{where}：规则 {rule.id} 引用了未知的检验项目 {rule.item}")
            rule.check(where, self.grades, item_map[rule.item])
            for cond in rule.when:
                if cond.key not in context_map:
                    raise CatalogueError(f"{where}：规则 {rule.id} 的条件引用了未声明的 context.{cond.key}")
            by_item.setdefault(rule.item, []).append(rule)
        return {k: tuple(v) for k, v in by_item.items()}

    # -- look-ups ---------------------------------------------------------------------------

    def item(self, code: str) -> ItemSpec:
        return self.item_map[code]

    def grade_name_zh(self, grade: str) -> str:
        if self.grade_names_zh and grade in self.grades:
            return self.grade_names_zh[self.grades.index(grade)]
        return grade

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def unverified_rules(self) -> list[UnverifiedEntry]:
        """Every value not verified against its standard: rules, grade cells, r tables, tolerances."""
        out: list[UnverifiedEntry] = []
        for item in self.items:
            if item.r_table is not None and not item.r_table.verified:
                out.append(UnverifiedEntry("r_table", item.code, "", item.r_table.source, item.r_table.note))
        for rule in self.rules:
            out.extend(rule.unverified())
        return out

    # -- plan copies --------------------------------------------------------------------------

    def with_overrides(self, overrides: Iterable[LimitOverride], new_version: str) -> RuleSet:
        """A plan's adopted copy with some limits changed (实施细则), as a new version.

        Each override names a limit rule (and, for a grade table, the grade) and
        gives the new number(s) and a reason; the changed rule's source records the
        reason and the original source, and the copy keeps an override log.
        """
        rules = list(self.rules)
        records = list(self.overrides)
        for ov in overrides:
            if not ov.reason.strip():
                raise CatalogueError(f"覆盖规则 {ov.rule_id} 须说明理由")
            index = next((i for i, r in enumerate(rules) if r.id == ov.rule_id), None)
            if index is None:
                raise CatalogueError(f"覆盖引用了未知的规则 {ov.rule_id}")
            rules[index], record = rules[index].overridden(ov, self.grades)
            records.append(record)
        return replace(
            self,
            version=new_version,
            rules=tuple(rules),
            overrides=tuple(records),
            adopted_from=self.adopted_from or f"{self.product_id}/{self.id}@{self.version}",
        )

    # -- JSON ---------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (numbers as strings) that :meth:`from_dict` reads back equal."""
        d: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "version": self.version,
            "product_id": self.product_id,
            "product_name_zh": self.product_name_zh,
            "product_name_en": self.product_name_en,
            "name_zh": self.name_zh,
            "basis_zh": self.basis_zh,
            "catalogue_version": self.catalogue_version,
            "adopted_from": self.adopted_from,
            "grades": list(self.grades),
            "grade_names_zh": list(self.grade_names_zh),
            "required_groups": [list(g) for g in self.required_groups],
            "context": {c.key: context_to_dict(c) for c in self.context},
            "items": [item_to_dict(i) for i in self.items],
            "rules": [rule_to_dict(r) for r in self.rules],
            "overrides": [
                {"rule_id": o.rule_id, "grade": o.grade, "old": o.old, "new": o.new, "reason": o.reason}
                for o in self.overrides
            ],
        }
        if self.decision:
            d["decision"] = {cls: str(count) for cls, count in self.decision}
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str = "ruleset") -> RuleSet:
        """Validate and build a RuleSet; raises CatalogueError naming the bad field."""
        r = Reader(data, path)
        r.only(RULESET_KEYS)
        schema = data.get("schema", SCHEMA_VERSION)
        if schema != SCHEMA_VERSION:
            raise r.err("schema", f"不支持的规则集格式版本 {schema!r}（本程序支持 {SCHEMA_VERSION}）")
        context = tuple(
            context_from_dict(key, value, f"{path}.context.{key}")
            for key, value in r.table("context").items()
        )
        items = tuple(item_from_dict(v, f"{path}.items[{i}]") for i, v in enumerate(r.items("items")))
        rules = tuple(rule_from_dict(v, f"{path}.rules[{i}]") for i, v in enumerate(r.items("rules", [])))
        overrides = []
        for i, o in enumerate(r.items("overrides", [])):
            orr = Reader(o, f"{path}.overrides[{i}]")
            overrides.append(
                OverrideRecord(
                    orr.text("rule_id"),
                    orr.opt_text("grade"),
                    orr.text("old"),
                    orr.text("new"),
                    orr.text("reason"),
                )
            )
        try:
            return cls(
                id=r.text("id"),
                version=r.text("version"),
                product_id=r.text("product_id"),
                product_name_zh=r.text("product_name_zh"),
                product_name_en=r.text("product_name_en", ""),
                name_zh=r.text("name_zh", ""),
                basis_zh=r.text("basis_zh"),
                catalogue_version=r.text("catalogue_version", ""),
                adopted_from=r.text("adopted_from", ""),
                grades=tuple(str_list(r, "grades")),
                grade_names_zh=tuple(str_list(r, "grade_names_zh")),
                required_groups=_groups(r),
                context=context,
                items=items,
                rules=rules,
                overrides=tuple(overrides),
                decision=_decision(r),
            )
        except CatalogueError as exc:
            raise CatalogueError(f"{path}：{exc}") from None


def _groups(r: Reader) -> tuple[tuple[str, ...], ...]:
    groups = []
    for i, g in enumerate(r.items("required_groups", [])):
        if not isinstance(g, list | tuple) or not all(isinstance(x, str) for x in g) or not g:
            raise CatalogueError(f"{r.path}.required_groups[{i}]：应为项目代码列表")
        groups.append(tuple(g))
    return tuple(groups)


def _decision(r: Reader) -> tuple[tuple[str, int], ...]:
    table = Reader(r.table("decision"), f"{r.path}.decision")
    out = []
    for cls in table.data:
        count = table.dec(cls)
        if count != count.to_integral_value() or count < 1:
            raise table.err(cls, "判定项数应为正整数")
        out.append((str(cls), int(count)))
    return tuple(out)
