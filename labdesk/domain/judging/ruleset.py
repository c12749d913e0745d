"""Rule sets: the immutable, JSON-round-trippable judging data of one product.

A :class:`RuleSet` is what the engine judges with.  The catalogue builds them
from TOML (:mod:`labdesk.domain.judging.catalogue`); a plan adopts a versioned
copy (its 实施细则) stored as JSON (:meth:`RuleSet.to_dict` /
:meth:`RuleSet.from_dict`) and may override limits (:meth:`RuleSet.with_overrides`).

``from_dict`` is the schema: every ruleset, whether from the shipped catalogue
or a plan's stored copy, is validated by it, and any problem raises
:class:`~labdesk.domain.errors.CatalogueError` with the path of the bad field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from labdesk.domain.coal import DERIVATIONS
from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.expr import Expression, ExpressionError, compile_expression
from labdesk.domain.judging.replicates import BAND_BY, RBand, RTable
from labdesk.domain.numbers import Requirement, validate_interval

__all__ = [
    "SCHEMA_VERSION",
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
    "Rule",
    "RuleSet",
    "ToleranceBand",
    "UnverifiedEntry",
]

SCHEMA_VERSION = 1
BASES = ("ar", "ad", "d", "daf", "")
METHODS = ("full", "rounded")
COND_OPS = ("eq", "ne", "in", "gt", "ge", "lt", "le")
LIMIT_OPS = (">=", ">", "<=", "<", "range", "tolerance")


# ---------------------------------------------------------------------------------------------
# Reading helpers: every schema error names its path.


class _R:
    """A typed view of one dict of the schema, raising CatalogueError('<path>.<key>: …')."""

    __slots__ = ("data", "path")

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, Mapping):
            raise CatalogueError(f"{path}：应为表（对象），实际为 {type(data).__name__}")
        self.data = data
        self.path = path

    def err(self, key: str, msg: str) -> CatalogueError:
        return CatalogueError(f"{self.path}.{key}：{msg}")

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def only(self, allowed: Iterable[str]) -> None:
        extra = sorted(set(self.data) - set(allowed))
        if extra:
            raise CatalogueError(f"{self.path}：未知的字段 {', '.join(extra)}")

    def str(self, key: str, default: str | None = None) -> str:
        if not self.has(key):
            if default is None:
                raise self.err(key, "缺少必需的字段")
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self.err(key, f"应为字符串，实际为 {value!r}")
        return value

    def opt_str(self, key: str) -> str | None:
        return self.str(key) if self.has(key) else None

    def bool(self, key: str, default: bool) -> bool:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            raise self.err(key, f"应为 true/false，实际为 {value!r}")
        return value

    def dec(self, key: str) -> Decimal:
        if not self.has(key):
            raise self.err(key, "缺少必需的数值")
        return _to_dec(self.data[key], lambda m: self.err(key, m))

    def opt_dec(self, key: str) -> Decimal | None:
        return self.dec(key) if self.has(key) else None

    def list(self, key: str, default: Sequence[Any] | None = None) -> list[Any]:
        if not self.has(key):
            if default is None:
                raise self.err(key, "缺少必需的列表")
            return list(default)
        value = self.data[key]
        if not isinstance(value, list | tuple):
            raise self.err(key, f"应为列表，实际为 {value!r}")
        return list(value)

    def table(self, key: str) -> Mapping[str, Any]:
        if not self.has(key):
            return {}
        value = self.data[key]
        if not isinstance(value, Mapping):
            raise self.err(key, f"应为表，实际为 {value!r}")
        return value

    def choice(self, key: str, choices: Sequence[str], default: str | None = None) -> str:
        value = self.str(key, default)
        if value not in choices:
            shown = " / ".join(c or '""' for c in choices)
            raise self.err(key, f"应为 {shown} 之一，实际为 {value!r}")
        return value


def _to_dec(value: object, err: Any) -> Decimal:
    if isinstance(value, bool) or isinstance(value, float):
        raise err(f"数值须写成字符串（如 \"0.20\"），以免二进制浮点误差：{value!r}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise err(f"不是有限数值：{value!r}")
        return value
    if isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise err(f"不是有效数值：{value!r}") from None
        if not result.is_finite():
            raise err(f"不是有限数值：{value!r}")
        return result
    raise err(f"应为数值字符串，实际为 {value!r}")


def _dstr(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# ---------------------------------------------------------------------------------------------
# Value types


@dataclass(frozen=True, slots=True)
class MethodRef:
    """A method standard with its edition (domain.md §13.8: always store the edition)."""

    standard: str
    edition: str = ""

    @property
    def text(self) -> str:
        return f"{self.standard}-{self.edition}" if self.edition else self.standard


@dataclass(frozen=True, slots=True)
class ContextVar:
    """A condition the judging depends on (coal rank, transport distance, quench…)."""

    key: str
    label_zh: str
    type: Literal["choice", "number", "bool"]
    choices: tuple[str, ...] = ()
    choice_labels_zh: tuple[str, ...] = ()
    required: bool = True
    min: Decimal | None = None
    max: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Condition:
    """``context[key] <op> value``; ops: eq ne in gt ge lt le."""

    key: str
    op: str
    value: Any

    def holds(self, context: Mapping[str, object]) -> bool:
        actual = context.get(self.key)
        if actual is None:
            return False
        op, value = self.op, self.value
        if op == "eq":
            return bool(actual == value)
        if op == "ne":
            return bool(actual != value)
        if op == "in":
            return actual in value
        if not isinstance(actual, Decimal):
            return False
        if op == "gt":
            return actual > value
        if op == "ge":
            return actual >= value
        if op == "lt":
            return actual < value
        return actual <= value  # le

    def text(self) -> str:
        symbols = {"eq": "=", "ne": "≠", "in": "∈", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
        return f"{self.key}{symbols[self.op]}{self.value}"


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """A test item of a product.

    ``value`` units: determinations are typed in ``input_unit`` and multiplied by
    ``input_scale`` into ``unit`` (J/g × 0.001 → MJ/kg); ``interval`` is the
    reporting interval in ``unit``.  ``formula`` (``coal:<key>`` or
    ``expr:<formula>``) makes the item derived when no determination is given.
    """

    code: str
    name_zh: str
    name_en: str
    unit: str
    kind: Literal["numeric", "qualitative"] = "numeric"
    basis: str = ""
    method: MethodRef | None = None
    interval: Decimal | None = None
    r_table: RTable | None = None
    comparison: Literal["full", "rounded"] = "full"
    required: bool = False
    formula: str | None = None
    input_unit: str = ""
    input_scale: Decimal = Decimal(1)
    input_min: Decimal | None = None
    input_max: Decimal | None = None
    pass_values: tuple[str, ...] = ()
    fail_values: tuple[str, ...] = ()
    note: str = ""

    @property
    def derived(self) -> bool:
        return self.formula is not None

    @property
    def measured_unit(self) -> str:
        return self.input_unit or self.unit

    @property
    def formula_names(self) -> tuple[str, ...]:
        """The names the formula reads: item codes for ``coal:``; for ``expr:`` the
        variable names, which are item codes with "," written as "_" (St_d for St,d)."""
        if self.formula is None:
            return ()
        if self.formula.startswith("coal:"):
            return DERIVATIONS[self.formula[5:]].inputs
        return tuple(sorted(compile_expression(self.formula[5:]).names))


def var_name(code: str) -> str:
    """The variable name of an item code inside an ``expr:`` formula."""
    return code.replace(",", "_")


@dataclass(frozen=True, slots=True)
class LimitRule:
    """A plain limit on an item (GB/T 8170-2008 §4 wording and method)."""

    id: str
    item: str
    requirement: Requirement
    method: Literal["full", "rounded"]
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    kind: Literal["limit"] = "limit"


@dataclass(frozen=True, slots=True)
class GradeCell:
    grade: str
    value: Decimal
    verified: bool = True


@dataclass(frozen=True, slots=True)
class GradeRule:
    """One row of a grade table: the item's limit per grade (best grade first).

    A grade without a cell has no requirement for this item (e.g. CRI at grade III).
    """

    id: str
    item: str
    op: str
    cells: tuple[GradeCell, ...]
    method: Literal["full", "rounded"]
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    compare_interval: Decimal | None = None
    kind: Literal["grade"] = "grade"

    def cell(self, grade: str) -> GradeCell | None:
        for c in self.cells:
            if c.grade == grade:
                return c
        return None

    def requirement(self, grade: str) -> Requirement | None:
        c = self.cell(grade)
        if c is None:
            return None
        return Requirement(self.op, c.value, compare_interval=self.compare_interval)


@dataclass(frozen=True, slots=True)
class ToleranceBand:
    """Tolerance T for declared values up to ``upto`` (by the declared value x)."""

    expr: Expression
    upto: Decimal | None = None
    inclusive: bool = True


@dataclass(frozen=True, slots=True)
class DeclaredToleranceRule:
    """GB/T 18666 style: the inspected value against the enterprise's stated value.

    ``direction = "max"``: inspected ≤ declared + T (Ad, Mt, St,d: reported − inspected ≥ −T);
    ``direction = "min"``: inspected ≥ declared − T (Qgr,d: reported − inspected ≤ +T).
    T comes from ``bands`` evaluated with ``x`` = declared value and ``y`` = inspected value.
    """

    id: str
    item: str
    direction: Literal["max", "min"]
    bands: tuple[ToleranceBand, ...]
    method: Literal["full", "rounded"]
    source: str
    verified: bool
    table: str = ""
    when: tuple[Condition, ...] = ()
    note: str = ""
    basis_zh: str = ""
    required: bool | None = False
    kind: Literal["declared_tolerance"] = "declared_tolerance"

    def tolerance(self, declared: Decimal, inspected: Decimal) -> Decimal:
        for band in self.bands:
            if band.upto is None or (declared <= band.upto if band.inclusive else declared < band.upto):
                return band.expr.evaluate({"x": declared, "y": inspected})
        raise ExpressionError("no tolerance band covers the declared value")


@dataclass(frozen=True, slots=True)
class QualitativeRule:
    """符合/不符合 style item (labelling, 不得检出 microbiology…)."""

    id: str
    item: str
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    requirement_text: str = "符合"
    kind: Literal["qualitative"] = "qualitative"


Rule = LimitRule | GradeRule | DeclaredToleranceRule | QualitativeRule


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


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSet:
    """The judging data of one product: items, context conditions, rules, grades.

    Immutable; lookups are precomputed once (``item_map``, ``derived_order``,
    ``rules_by_item``) so an evaluation costs microseconds.
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
        by_item: dict[str, list[Rule]] = {}
        ids: set[str] = set()
        for rule in self.rules:
            if rule.id in ids:
                raise CatalogueError(f"{where}：规则编号 {rule.id} 重复")
            ids.add(rule.id)
            if rule.item not in item_map:
                raise CatalogueError(f"{where}：规则 {rule.id} 引用了未知的检验项目 {rule.item}")
            item = item_map[rule.item]
            if (item.kind == "qualitative") != isinstance(rule, QualitativeRule):
                raise CatalogueError(f"{where}：规则 {rule.id} 的类型与项目 {rule.item} 的类型不符")
            for cond in rule.when:
                if cond.key not in context_map:
                    raise CatalogueError(f"{where}：规则 {rule.id} 的条件引用了未声明的 context.{cond.key}")
            if isinstance(rule, GradeRule):
                if not self.grades:
                    raise CatalogueError(f"{where}：规则 {rule.id} 是分级规则，但规则集未定义等级")
                for c in rule.cells:
                    if c.grade not in self.grades:
                        raise CatalogueError(f"{where}：规则 {rule.id} 引用了未知的等级 {c.grade}")
            by_item.setdefault(rule.item, []).append(rule)
        for group in self.required_groups:
            for code in group:
                if code not in item_map:
                    raise CatalogueError(f"{where}：required_groups 引用了未知的检验项目 {code}")
        # Derived items: inputs must exist, and the dependency graph must be acyclic.
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

        for item in self.items:
            visit(item.code, ())
        object.__setattr__(self, "item_map", item_map)
        object.__setattr__(self, "rules_by_item", {k: tuple(v) for k, v in by_item.items()})
        object.__setattr__(self, "derived_order", tuple(order))
        object.__setattr__(self, "context_map", context_map)
        object.__setattr__(self, "formula_inputs", inputs)
        object.__setattr__(
            self,
            "expressions",
            {i.code: compile_expression(i.formula[5:]) for i in order if i.formula and i.formula.startswith("expr:")},
        )

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
            if isinstance(rule, GradeRule):
                for cell in rule.cells:
                    if not (cell.verified and rule.verified):
                        out.append(
                            UnverifiedEntry("grade_cell", rule.item, rule.id, rule.source, rule.note, cell.grade)
                        )
            elif not rule.verified:
                out.append(UnverifiedEntry(rule.kind, rule.item, rule.id, rule.source, rule.note))
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
            rule = rules[index]
            src = f"实施细则：{ov.reason}（原依据：{rule.source}）"
            if isinstance(rule, LimitRule):
                old_req = rule.requirement
                try:
                    new_req = Requirement(
                        old_req.op,
                        ov.value if ov.value is not None else old_req.value,
                        low=ov.low if ov.low is not None else old_req.low,
                        high=ov.high if ov.high is not None else old_req.high,
                        tol=ov.tol if ov.tol is not None else old_req.tol,
                        low_op=old_req.low_op,
                        high_op=old_req.high_op,
                        compare_interval=old_req.compare_interval,
                    )
                except ValueError as exc:
                    raise CatalogueError(f"覆盖规则 {ov.rule_id}：{exc}") from None
                rules[index] = replace(rule, requirement=new_req, source=src, verified=True)
                records.append(OverrideRecord(rule.id, None, old_req.text(), new_req.text(), ov.reason))
            elif isinstance(rule, GradeRule):
                if ov.grade is None or ov.grade not in self.grades or ov.value is None:
                    raise CatalogueError(f"覆盖分级规则 {ov.rule_id} 须给出等级和新限值")
                old_cell = rule.cell(ov.grade)
                cells = [c for c in rule.cells if c.grade != ov.grade]
                cells.append(GradeCell(ov.grade, ov.value, True))
                cells.sort(key=lambda c: self.grades.index(c.grade))
                rules[index] = replace(rule, cells=tuple(cells), source=src)
                old_text = "—" if old_cell is None else Requirement(rule.op, old_cell.value).text()
                records.append(
                    OverrideRecord(rule.id, ov.grade, old_text, Requirement(rule.op, ov.value).text(), ov.reason)
                )
            else:
                raise CatalogueError(f"规则 {ov.rule_id} 不是限值规则，不能覆盖")
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
        return {
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
            "context": {c.key: _context_to_dict(c) for c in self.context},
            "items": [_item_to_dict(i) for i in self.items],
            "rules": [_rule_to_dict(r) for r in self.rules],
            "overrides": [
                {"rule_id": o.rule_id, "grade": o.grade, "old": o.old, "new": o.new, "reason": o.reason}
                for o in self.overrides
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str = "ruleset") -> RuleSet:
        """Validate and build a RuleSet; raises CatalogueError naming the bad field."""
        r = _R(data, path)
        r.only(
            (
                "schema", "id", "version", "product_id", "product_name_zh", "product_name_en", "name_zh",
                "basis_zh", "catalogue_version", "adopted_from", "grades", "grade_names_zh",
                "required_groups", "context", "items", "rules", "overrides",
            )
        )
        schema = data.get("schema", SCHEMA_VERSION)
        if schema != SCHEMA_VERSION:
            raise r.err("schema", f"不支持的规则集格式版本 {schema!r}（本程序支持 {SCHEMA_VERSION}）")
        grades = tuple(_str_list(r, "grades"))
        context = tuple(
            _context_from_dict(key, value, f"{path}.context.{key}") for key, value in r.table("context").items()
        )
        items = tuple(_item_from_dict(v, f"{path}.items[{i}]") for i, v in enumerate(r.list("items")))
        rules = tuple(_rule_from_dict(v, f"{path}.rules[{i}]") for i, v in enumerate(r.list("rules", [])))
        overrides = []
        for i, o in enumerate(r.list("overrides", [])):
            orr = _R(o, f"{path}.overrides[{i}]")
            overrides.append(
                OverrideRecord(orr.str("rule_id"), orr.opt_str("grade"), orr.str("old"), orr.str("new"), orr.str("reason"))
            )
        groups = []
        for i, g in enumerate(r.list("required_groups", [])):
            if not isinstance(g, list | tuple) or not all(isinstance(x, str) for x in g) or not g:
                raise CatalogueError(f"{path}.required_groups[{i}]：应为项目代码列表")
            groups.append(tuple(g))
        try:
            return cls._build(r, grades, context, items, rules, groups, overrides)
        except CatalogueError as exc:
            raise CatalogueError(f"{path}：{exc}") from None

    @classmethod
    def _build(
        cls,
        r: _R,
        grades: tuple[str, ...],
        context: tuple[ContextVar, ...],
        items: tuple[ItemSpec, ...],
        rules: tuple[Rule, ...],
        groups: list[tuple[str, ...]],
        overrides: list[OverrideRecord],
    ) -> RuleSet:
        return cls(
            id=r.str("id"),
            version=r.str("version"),
            product_id=r.str("product_id"),
            product_name_zh=r.str("product_name_zh"),
            product_name_en=r.str("product_name_en", ""),
            name_zh=r.str("name_zh", ""),
            basis_zh=r.str("basis_zh"),
            catalogue_version=r.str("catalogue_version", ""),
            adopted_from=r.str("adopted_from", ""),
            grades=grades,
            grade_names_zh=tuple(_str_list(r, "grade_names_zh")),
            required_groups=tuple(groups),
            context=context,
            items=items,
            rules=rules,
            overrides=tuple(overrides),
        )


def _str_list(r: _R, key: str) -> list[str]:
    values = r.list(key, [])
    if not all(isinstance(v, str) for v in values):
        raise r.err(key, "应为字符串列表")
    return values


# ---- context ------------------------------------------------------------------------------


def _context_to_dict(c: ContextVar) -> dict[str, Any]:
    d: dict[str, Any] = {"label_zh": c.label_zh, "type": c.type, "required": c.required}
    if c.choices:
        d["choices"] = list(c.choices)
    if c.choice_labels_zh:
        d["choice_labels_zh"] = list(c.choice_labels_zh)
    if c.min is not None:
        d["min"] = str(c.min)
    if c.max is not None:
        d["max"] = str(c.max)
    return d


def _context_from_dict(key: str, data: object, path: str) -> ContextVar:
    r = _R(data, path)
    r.only(("label_zh", "type", "choices", "choice_labels_zh", "required", "min", "max"))
    kind = r.choice("type", ("choice", "number", "bool"))
    choices = tuple(_str_list(r, "choices"))
    labels = tuple(_str_list(r, "choice_labels_zh"))
    if kind == "choice" and not choices:
        raise r.err("choices", "选择型条件须列出可选值")
    if labels and len(labels) != len(choices):
        raise r.err("choice_labels_zh", "应与 choices 数量一致")
    return ContextVar(
        key=key,
        label_zh=r.str("label_zh"),
        type=kind,  # type: ignore[arg-type]
        choices=choices,
        choice_labels_zh=labels,
        required=r.bool("required", True),
        min=r.opt_dec("min"),
        max=r.opt_dec("max"),
    )


def _conditions_from(data: object, path: str, r: _R) -> tuple[Condition, ...]:
    if data is None:
        return ()
    when = _R(data, path)
    out = []
    for key, spec in when.data.items():
        if isinstance(spec, Mapping):
            sr = _R(spec, f"{path}.{key}")
            if len(spec) != 1:
                raise CatalogueError(f"{path}.{key}：条件应只有一个运算符（{' '.join(COND_OPS)}）")
            op, value = next(iter(spec.items()))
            if op not in COND_OPS:
                raise sr.err(op, f"未知的条件运算符（可用：{' '.join(COND_OPS)}）")
            if op in ("gt", "ge", "lt", "le"):
                value = _to_dec(value, lambda m, op=op: sr.err(op, m))
            elif op == "in":
                if not isinstance(value, list | tuple) or not all(isinstance(v, str | bool) for v in value):
                    raise sr.err(op, "应为取值列表")
                value = tuple(value)
            elif not isinstance(value, str | bool):
                value = _to_dec(value, lambda m, op=op: sr.err(op, m))
            out.append(Condition(key, op, value))
        elif isinstance(spec, str | bool):
            out.append(Condition(key, "eq", spec))
        else:
            raise CatalogueError(f"{path}.{key}：条件取值应为字符串、布尔值或 {{运算符 = 值}}")
    return tuple(out)


def _conditions_to(conds: tuple[Condition, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in conds:
        value = c.value
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[c.key] = {c.op: value}
    return out


# ---- items --------------------------------------------------------------------------------


def _item_to_dict(i: ItemSpec) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": i.code,
        "name_zh": i.name_zh,
        "name_en": i.name_en,
        "unit": i.unit,
        "kind": i.kind,
        "basis": i.basis,
        "comparison": i.comparison,
        "required": i.required,
        "input_scale": str(i.input_scale),
    }
    if i.method is not None:
        d["method"] = {"standard": i.method.standard, "edition": i.method.edition}
    for key, value in (
        ("interval", i.interval),
        ("input_min", i.input_min),
        ("input_max", i.input_max),
    ):
        if value is not None:
            d[key] = str(value)
    if i.r_table is not None:
        d["r_table"] = i.r_table.to_dict()
    if i.formula is not None:
        d["formula"] = i.formula
    if i.input_unit:
        d["input_unit"] = i.input_unit
    if i.pass_values:
        d["pass_values"] = list(i.pass_values)
    if i.fail_values:
        d["fail_values"] = list(i.fail_values)
    if i.note:
        d["note"] = i.note
    return d


ITEM_KEYS = (
    "code", "name_zh", "name_en", "unit", "kind", "basis", "method", "interval", "r_table", "comparison",
    "required", "formula", "input_unit", "input_scale", "input_min", "input_max", "pass_values",
    "fail_values", "note",
)


def _item_from_dict(data: object, path: str) -> ItemSpec:
    r = _R(data, path)
    r.only(ITEM_KEYS)
    code = r.str("code")
    if not code or any(ch.isspace() for ch in code):
        raise r.err("code", f"项目代码无效：{code!r}")
    path = f"{path}({code})"
    r = _R(data, path)
    kind = r.choice("kind", ("numeric", "qualitative"), "numeric")
    method = None
    if r.has("method"):
        mr = _R(r.data["method"], f"{path}.method")
        mr.only(("standard", "edition"))
        method = MethodRef(mr.str("standard"), mr.str("edition", ""))
    interval = r.opt_dec("interval")
    if kind == "numeric":
        if interval is None:
            raise r.err("interval", "数值型项目须给出修约间隔")
        try:
            validate_interval(interval)
        except ValueError as exc:
            raise r.err("interval", str(exc)) from None
    r_table = None
    if r.has("r_table"):
        r_table = _rtable_from_dict(r.data["r_table"], f"{path}.r_table")
    formula = r.opt_str("formula")
    if formula is not None:
        if formula.startswith("coal:"):
            if formula[5:] not in DERIVATIONS:
                raise r.err("formula", f"未知的派生公式 {formula!r}（可用：{', '.join(DERIVATIONS)}）")
        elif formula.startswith("expr:"):
            try:
                compile_expression(formula[5:])
            except ExpressionError as exc:
                raise r.err("formula", str(exc)) from None
        else:
            raise r.err("formula", "公式应以 coal: 或 expr: 开头")
    pass_values = tuple(_str_list(r, "pass_values"))
    fail_values = tuple(_str_list(r, "fail_values"))
    if kind == "qualitative" and (not pass_values or not fail_values):
        raise r.err("pass_values", "定性项目须给出 pass_values 与 fail_values")
    scale = r.dec("input_scale") if r.has("input_scale") else Decimal(1)
    if scale <= 0:
        raise r.err("input_scale", "应为正数")
    return ItemSpec(
        code=code,
        name_zh=r.str("name_zh"),
        name_en=r.str("name_en", ""),
        unit=r.str("unit", ""),
        kind=kind,  # type: ignore[arg-type]
        basis=r.choice("basis", BASES, ""),
        method=method,
        interval=interval,
        r_table=r_table,
        comparison=r.choice("comparison", METHODS, "full"),  # type: ignore[arg-type]
        required=r.bool("required", False),
        formula=formula,
        input_unit=r.str("input_unit", ""),
        input_scale=scale,
        input_min=r.opt_dec("input_min"),
        input_max=r.opt_dec("input_max"),
        pass_values=pass_values,
        fail_values=fail_values,
        note=r.str("note", ""),
    )


def _rtable_from_dict(data: object, path: str) -> RTable:
    r = _R(data, path)
    r.only(("bands", "band_by", "source", "verified", "note"))
    bands = []
    for i, b in enumerate(r.list("bands")):
        br = _R(b, f"{path}.bands[{i}]")
        br.only(("r", "upto", "inclusive"))
        bands.append(RBand(br.dec("r"), br.opt_dec("upto"), br.bool("inclusive", False)))
    try:
        return RTable(
            bands=tuple(bands),
            band_by=r.choice("band_by", BAND_BY, "mean"),  # type: ignore[arg-type]
            source=r.str("source"),
            verified=r.bool("verified", True),
            note=r.str("note", ""),
        )
    except ValueError as exc:
        raise CatalogueError(f"{path}：{exc}") from None


# ---- rules --------------------------------------------------------------------------------

_COMMON = ("id", "kind", "item", "when", "source", "verified", "required", "note", "basis_zh", "method")


def _rule_from_dict(data: object, path: str) -> Rule:
    r = _R(data, path)
    kind = r.choice("kind", ("limit", "grade", "declared_tolerance", "qualitative"))
    rid = r.str("id")
    path = f"{path}({rid})"
    r = _R(data, path)
    common: dict[str, Any] = {
        "id": rid,
        "item": r.str("item"),
        "source": r.str("source"),
        "verified": r.bool("verified", False),
        "when": _conditions_from(r.data.get("when"), f"{path}.when", r),
        "note": r.str("note", ""),
        "basis_zh": r.str("basis_zh", ""),
    }
    if not common["source"].strip():
        raise r.err("source", "每条规则都须注明来源标准")
    required = r.bool("required", False) if r.has("required") else None
    if kind == "limit":
        r.only((*_COMMON, "op", "value", "low", "high", "tol", "low_op", "high_op", "compare_interval"))
        op = r.choice("op", LIMIT_OPS)
        try:
            req = Requirement(
                op,
                r.opt_dec("value"),
                low=r.opt_dec("low"),
                high=r.opt_dec("high"),
                tol=r.opt_dec("tol"),
                low_op=r.choice("low_op", (">=", ">"), ">="),
                high_op=r.choice("high_op", ("<=", "<"), "<="),
                compare_interval=r.opt_dec("compare_interval"),
            )
        except ValueError as exc:
            raise CatalogueError(f"{path}：{exc}") from None
        return LimitRule(
            requirement=req, method=r.choice("method", METHODS), required=required, **common  # type: ignore[arg-type]
        )
    if kind == "grade":
        r.only((*_COMMON, "op", "limits", "compare_interval"))
        op = r.choice("op", (">=", ">", "<=", "<"))
        cells = []
        for grade, cell in r.table("limits").items():
            if isinstance(cell, Mapping):
                cr = _R(cell, f"{path}.limits.{grade}")
                cr.only(("value", "verified"))
                cells.append(GradeCell(grade, cr.dec("value"), cr.bool("verified", True)))
            else:
                cells.append(GradeCell(grade, _to_dec(cell, lambda m, g=grade: r.err(f"limits.{g}", m)), True))
        if not cells:
            raise r.err("limits", "分级规则须至少给出一个等级的限值")
        ci = r.opt_dec("compare_interval")
        if ci is not None:
            try:
                validate_interval(ci)
            except ValueError as exc:
                raise r.err("compare_interval", str(exc)) from None
        return GradeRule(
            op=op,
            cells=tuple(cells),
            method=r.choice("method", METHODS),  # type: ignore[arg-type]
            required=required,
            compare_interval=ci,
            **common,
        )
    if kind == "declared_tolerance":
        r.only((*_COMMON, "direction", "bands", "table"))
        bands = []
        for i, b in enumerate(r.list("bands")):
            br = _R(b, f"{path}.bands[{i}]")
            br.only(("expr", "upto", "inclusive"))
            try:
                expr = compile_expression(br.str("expr"))
            except ExpressionError as exc:
                raise br.err("expr", str(exc)) from None
            if not expr.names <= {"x", "y"}:
                raise br.err("expr", "允许差公式只能使用 x（申报值）和 y（检验值）")
            bands.append(ToleranceBand(expr, br.opt_dec("upto"), br.bool("inclusive", True)))
        if not bands or bands[-1].upto is not None:
            raise r.err("bands", "允许差须分段给出，且最后一段不设上限")
        return DeclaredToleranceRule(
            direction=r.choice("direction", ("max", "min")),  # type: ignore[arg-type]
            bands=tuple(bands),
            method=r.choice("method", METHODS, "full"),  # type: ignore[arg-type]
            table=r.str("table", ""),
            required=required if required is not None else False,
            **common,
        )
    r.only((*_COMMON, "requirement_text"))
    return QualitativeRule(required=required, requirement_text=r.str("requirement_text", "符合"), **common)


def _rule_to_dict(rule: Rule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": rule.id,
        "kind": rule.kind,
        "item": rule.item,
        "source": rule.source,
        "verified": rule.verified,
    }
    if rule.when:
        d["when"] = _conditions_to(rule.when)
    if rule.required is not None:
        d["required"] = rule.required
    if rule.note:
        d["note"] = rule.note
    if rule.basis_zh:
        d["basis_zh"] = rule.basis_zh
    if isinstance(rule, LimitRule):
        req = rule.requirement
        d["method"] = rule.method
        d["op"] = req.op
        for key in ("value", "low", "high", "tol", "compare_interval"):
            value = getattr(req, key)
            if value is not None:
                d[key] = str(value)
        if req.op == "range":
            d["low_op"], d["high_op"] = req.low_op, req.high_op
    elif isinstance(rule, GradeRule):
        d["method"] = rule.method
        d["op"] = rule.op
        d["limits"] = {c.grade: {"value": str(c.value), "verified": c.verified} for c in rule.cells}
        if rule.compare_interval is not None:
            d["compare_interval"] = str(rule.compare_interval)
    elif isinstance(rule, DeclaredToleranceRule):
        d["method"] = rule.method
        d["direction"] = rule.direction
        d["table"] = rule.table
        d["bands"] = [
            {"expr": b.expr.text, **({"upto": str(b.upto), "inclusive": b.inclusive} if b.upto is not None else {})}
            for b in rule.bands
        ]
    else:
        d["requirement_text"] = rule.requirement_text
    return d
