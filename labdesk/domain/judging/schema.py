"""Reading the rule-set schema: a typed view of one table, numbers as text, context and conditions.

Every schema error raises :class:`~labdesk.domain.errors.CatalogueError` with the path of the
bad field (``ruleset.rules[3](ad_max).op：…``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from labdesk.domain.errors import CatalogueError

__all__ = [
    "COND_OPS",
    "METHODS",
    "Condition",
    "ContextVar",
    "MethodRef",
    "Reader",
    "conditions_from",
    "conditions_to",
    "context_from_dict",
    "context_to_dict",
    "str_list",
    "to_dec",
]

METHODS = ("full", "rounded")
COND_OPS = ("eq", "ne", "in", "gt", "ge", "lt", "le")

ErrorFactory = Callable[[str], CatalogueError]


class Reader:
    """A typed view of one dict of the schema, raising CatalogueError('<path>.<key>: …')."""

    __slots__ = ("data", "path")

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, Mapping):
            raise CatalogueError(f"{path}：应为表（对象），实际为 {type(data).__name__}")
        self.data: Mapping[str, Any] = data
        self.path = path

    def err(self, key: str, msg: str) -> CatalogueError:
        return CatalogueError(f"{self.path}.{key}：{msg}")

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def only(self, allowed: Iterable[str]) -> None:
        extra = sorted(set(self.data) - set(allowed))
        if extra:
            raise CatalogueError(f"{self.path}：未知的字段 {', '.join(extra)}")

    def text(self, key: str, default: str | None = None) -> str:
        if not self.has(key):
            if default is None:
                raise self.err(key, "缺少必需的字段")
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self.err(key, f"应为字符串，实际为 {value!r}")
        return value

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if self.has(key) else None

    def flag(self, key: str, default: bool) -> bool:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            raise self.err(key, f"应为 true/false，实际为 {value!r}")
        return value

    def dec(self, key: str) -> Decimal:
        if not self.has(key):
            raise self.err(key, "缺少必需的数值")
        return to_dec(self.data[key], lambda m: self.err(key, m))

    def opt_dec(self, key: str) -> Decimal | None:
        return self.dec(key) if self.has(key) else None

    def items(self, key: str, default: Sequence[Any] | None = None) -> list[Any]:
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
        value = self.text(key, default)
        if value not in choices:
            shown = " / ".join(c or '""' for c in choices)
            raise self.err(key, f"应为 {shown} 之一，实际为 {value!r}")
        return value


def to_dec(value: object, err: ErrorFactory) -> Decimal:
    """A schema number: a string (or int); floats are refused (binary rounding)."""
    if isinstance(value, bool | float):
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


def str_list(r: Reader, key: str) -> list[str]:
    values = r.items(key, [])
    if not all(isinstance(v, str) for v in values):
        raise r.err(key, "应为字符串列表")
    return values


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


def _compare(op: str, actual: object, value: Any) -> bool:
    if op == "eq":
        return bool(actual == value)
    if op == "ne":
        return bool(actual != value)
    if op == "in":
        return bool(actual in value)
    if not isinstance(actual, Decimal):
        return False
    if op == "gt":
        return bool(actual > value)
    if op == "ge":
        return bool(actual >= value)
    if op == "lt":
        return bool(actual < value)
    return bool(actual <= value)  # le


@dataclass(frozen=True, slots=True)
class Condition:
    """``context[key] <op> value``; ops: eq ne in gt ge lt le."""

    key: str
    op: str
    value: Any

    def holds(self, context: Mapping[str, object]) -> bool:
        actual = context.get(self.key)
        return actual is not None and _compare(self.op, actual, self.value)

    def text(self) -> str:
        symbols = {"eq": "=", "ne": "≠", "in": "∈", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
        return f"{self.key}{symbols[self.op]}{self.value}"


def context_to_dict(c: ContextVar) -> dict[str, Any]:
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


def context_from_dict(key: str, data: object, path: str) -> ContextVar:
    r = Reader(data, path)
    r.only(("label_zh", "type", "choices", "choice_labels_zh", "required", "min", "max"))
    kind = r.choice("type", ("choice", "number", "bool"))
    choices = tuple(str_list(r, "choices"))
    labels = tuple(str_list(r, "choice_labels_zh"))
    if kind == "choice" and not choices:
        raise r.err("choices", "选择型条件须列出可选值")
    if labels and len(labels) != len(choices):
        raise r.err("choice_labels_zh", "应与 choices 数量一致")
    return ContextVar(
        key=key,
        label_zh=r.text("label_zh"),
        type=kind,  # type: ignore[arg-type]
        choices=choices,
        choice_labels_zh=labels,
        required=r.flag("required", True),
        min=r.opt_dec("min"),
        max=r.opt_dec("max"),
    )


def _condition(path: str, key: str, spec: Mapping[str, Any]) -> Condition:
    sr = Reader(spec, f"{path}.{key}")
    if len(spec) != 1:
        raise CatalogueError(f"{path}.{key}：条件应只有一个运算符（{' '.join(COND_OPS)}）")
    op, value = next(iter(spec.items()))
    if op not in COND_OPS:
        raise sr.err(op, f"未知的条件运算符（可用：{' '.join(COND_OPS)}）")
    if op in ("gt", "ge", "lt", "le"):
        value = to_dec(value, lambda m: sr.err(op, m))
    elif op == "in":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str | bool) for v in value):
            raise sr.err(op, "应为取值列表")
        value = tuple(value)
    elif not isinstance(value, str | bool):
        value = to_dec(value, lambda m: sr.err(op, m))
    return Condition(key, op, value)


def conditions_from(data: object, path: str) -> tuple[Condition, ...]:
    if data is None:
        return ()
    when = Reader(data, path)
    out = []
    for key, spec in when.data.items():
        if isinstance(spec, Mapping):
            out.append(_condition(path, key, spec))
        elif isinstance(spec, str | bool):
            out.append(Condition(key, "eq", spec))
        else:
            raise CatalogueError(f"{path}.{key}：条件取值应为字符串、布尔值或 {{运算符 = 值}}")
    return tuple(out)


def conditions_to(conds: tuple[Condition, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in conds:
        value = c.value
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[c.key] = {c.op: value}
    return out
