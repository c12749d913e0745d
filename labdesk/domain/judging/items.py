"""Test items of a product (:class:`ItemSpec`) and their schema (to/from the rule-set dict)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from labdesk.domain.coal import DERIVATIONS
from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.expr import ExpressionError, compile_expression
from labdesk.domain.judging.replicates import BAND_BY, RBand, RTable
from labdesk.domain.judging.schema import METHODS, MethodRef, Reader, str_list
from labdesk.domain.numbers import validate_interval

__all__ = [
    "BASES",
    "ITEM_KEYS",
    "ITEM_KINDS",
    "ChecklistElement",
    "ItemSpec",
    "SubResult",
    "item_from_dict",
    "item_to_dict",
    "var_name",
]

BASES = ("ar", "ad", "d", "daf", "")
ITEM_KINDS = ("numeric", "qualitative", "ordinal", "specimens", "composition", "checklist")
#: Kinds whose value is a number at the item's rounding interval.
NUMBER_KINDS = ("numeric", "specimens", "composition")
SCALES = ("fastness",)

ItemKind = Literal["numeric", "qualitative", "ordinal", "specimens", "composition", "checklist"]


@dataclass(frozen=True, slots=True)
class SubResult:
    """A sub-result of an ordinal item (rubbing dry / wet …)."""

    code: str
    name_zh: str


@dataclass(frozen=True, slots=True)
class ChecklistElement:
    """A required element of a checklist item (labelling): its text and the finding when missing."""

    code: str
    text_zh: str
    missing_zh: str


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """A test item of a product.

    ``value`` units: determinations are typed in ``input_unit`` and multiplied by
    ``input_scale`` into ``unit`` (J/g × 0.001 → MJ/kg); ``interval`` is the
    reporting interval in ``unit``.  ``formula`` (``coal:<key>`` or
    ``expr:<formula>``) makes the item derived when no determination is given.
    ``kind`` says what the tester enters (KINDS.md); the kind-specific fields are
    ``detection_limit``/``lod_text_zh`` (numeric), ``scale``/``subresults`` (ordinal),
    ``min_specimens`` (specimens) and ``elements`` (checklist).
    """

    code: str
    name_zh: str
    name_en: str
    unit: str
    kind: ItemKind = "numeric"
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
    detection_limit: Decimal | None = None
    lod_text_zh: str = "未检出"
    scale: str = ""
    subresults: tuple[SubResult, ...] = ()
    min_specimens: int | None = None
    elements: tuple[ChecklistElement, ...] = ()
    item_class: str = ""
    microbiological: bool = False

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

    def element(self, code: str) -> ChecklistElement | None:
        return next((e for e in self.elements if e.code == code), None)


def var_name(code: str) -> str:
    """The variable name of an item code inside an ``expr:`` formula."""
    return code.replace(",", "_")


def item_to_dict(i: ItemSpec) -> dict[str, Any]:
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
        ("detection_limit", i.detection_limit),
    ):
        if value is not None:
            d[key] = str(value)
    if i.r_table is not None:
        d["r_table"] = i.r_table.to_dict()
    optional: dict[str, Any] = {
        "formula": i.formula,
        "input_unit": i.input_unit,
        "note": i.note,
        "scale": i.scale,
        "class": i.item_class,
        "pass_values": list(i.pass_values),
        "fail_values": list(i.fail_values),
        "subresults": [{"code": s.code, "name_zh": s.name_zh} for s in i.subresults],
        "elements": [{"code": e.code, "text_zh": e.text_zh, "missing_zh": e.missing_zh} for e in i.elements],
    }
    d.update({k: v for k, v in optional.items() if v})
    if i.detection_limit is not None:
        d["lod_text_zh"] = i.lod_text_zh
    if i.min_specimens is not None:
        d["min_specimens"] = str(i.min_specimens)
    if i.microbiological:
        d["microbiological"] = True
    return d


ITEM_KEYS = (
    "code",
    "name_zh",
    "name_en",
    "unit",
    "kind",
    "basis",
    "method",
    "interval",
    "r_table",
    "comparison",
    "required",
    "formula",
    "input_unit",
    "input_scale",
    "input_min",
    "input_max",
    "pass_values",
    "fail_values",
    "note",
    "detection_limit",
    "lod_text_zh",
    "scale",
    "subresults",
    "min_specimens",
    "elements",
    "class",
    "microbiological",
)


def _check_formula(r: Reader) -> str | None:
    formula = r.opt_text("formula")
    if formula is None:
        return None
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
    return formula


def _interval(r: Reader, kind: str) -> Decimal | None:
    interval = r.opt_dec("interval")
    if kind in NUMBER_KINDS and interval is None:
        raise r.err("interval", "数值型项目须给出修约间隔")
    if interval is not None:
        try:
            validate_interval(interval)
        except ValueError as exc:
            raise r.err("interval", str(exc)) from None
    return interval


def _subresults(r: Reader) -> tuple[SubResult, ...]:
    out = []
    for i, raw in enumerate(r.items("subresults", [])):
        sr = Reader(raw, f"{r.path}.subresults[{i}]")
        sr.only(("code", "name_zh"))
        out.append(SubResult(sr.text("code"), sr.text("name_zh")))
    if len({s.code for s in out}) != len(out):
        raise r.err("subresults", "子项代码重复")
    return tuple(out)


def _elements(r: Reader, kind: str) -> tuple[ChecklistElement, ...]:
    out = []
    for i, raw in enumerate(r.items("elements", [])):
        er = Reader(raw, f"{r.path}.elements[{i}]")
        er.only(("code", "text_zh", "missing_zh"))
        text = er.text("text_zh")
        out.append(ChecklistElement(er.text("code"), text, er.text("missing_zh", f"未标注{text}")))
    if len({e.code for e in out}) != len(out):
        raise r.err("elements", "要素代码重复")
    if kind == "checklist" and not out:
        raise r.err("elements", "清单项目须列出要素")
    return tuple(out)


def _kind_checks(r: Reader, kind: str, detection_limit: Decimal | None) -> None:
    if kind == "qualitative" and (not r.has("pass_values") or not r.has("fail_values")):
        raise r.err("pass_values", "定性项目须给出 pass_values 与 fail_values")
    if kind == "ordinal" and r.choice("scale", SCALES, "fastness") not in SCALES:
        raise r.err("scale", "未知的等级标尺")  # pragma: no cover - choice() raises first
    if detection_limit is not None and (kind != "numeric" or detection_limit <= 0):
        raise r.err("detection_limit", "检出限只用于数值型项目，且应为正数")


def _min_specimens(r: Reader) -> int | None:
    value = r.opt_dec("min_specimens")
    if value is None:
        return None
    if value != value.to_integral_value() or value < 1:
        raise r.err("min_specimens", "应为正整数")
    return int(value)


def item_from_dict(data: object, path: str) -> ItemSpec:
    r = Reader(data, path)
    r.only(ITEM_KEYS)
    code = r.text("code")
    if not code or any(ch.isspace() for ch in code):
        raise r.err("code", f"项目代码无效：{code!r}")
    r = Reader(data, f"{path}({code})")
    kind = r.choice("kind", ITEM_KINDS, "numeric")
    method = None
    if r.has("method"):
        mr = Reader(r.data["method"], f"{r.path}.method")
        mr.only(("standard", "edition"))
        method = MethodRef(mr.text("standard"), mr.text("edition", ""))
    r_table = _rtable_from_dict(r.data["r_table"], f"{r.path}.r_table") if r.has("r_table") else None
    scale = r.dec("input_scale") if r.has("input_scale") else Decimal(1)
    if scale <= 0:
        raise r.err("input_scale", "应为正数")
    detection_limit = r.opt_dec("detection_limit")
    _kind_checks(r, kind, detection_limit)
    return ItemSpec(
        code=code,
        name_zh=r.text("name_zh"),
        name_en=r.text("name_en", ""),
        unit=r.text("unit", ""),
        kind=kind,  # type: ignore[arg-type]
        basis=r.choice("basis", BASES, ""),
        method=method,
        interval=_interval(r, kind),
        r_table=r_table,
        comparison=r.choice("comparison", METHODS, "full"),  # type: ignore[arg-type]
        required=r.flag("required", False),
        formula=_check_formula(r),
        input_unit=r.text("input_unit", ""),
        input_scale=scale,
        input_min=r.opt_dec("input_min"),
        input_max=r.opt_dec("input_max"),
        pass_values=tuple(str_list(r, "pass_values")),
        fail_values=tuple(str_list(r, "fail_values")),
        note=r.text("note", ""),
        detection_limit=detection_limit,
        lod_text_zh=r.text("lod_text_zh", "未检出"),
        scale=r.text("scale", "fastness") if kind == "ordinal" else "",
        subresults=_subresults(r),
        min_specimens=_min_specimens(r),
        elements=_elements(r, kind),
        item_class=r.text("class", ""),
        microbiological=r.flag("microbiological", False),
    )


def _rtable_from_dict(data: object, path: str) -> RTable:
    r = Reader(data, path)
    r.only(("bands", "band_by", "source", "verified", "note"))
    bands = []
    for i, b in enumerate(r.items("bands")):
        br = Reader(b, f"{path}.bands[{i}]")
        br.only(("r", "upto", "inclusive"))
        bands.append(RBand(br.dec("r"), br.opt_dec("upto"), br.flag("inclusive", False)))
    try:
        return RTable(
            bands=tuple(bands),
            band_by=r.choice("band_by", BAND_BY, "mean"),  # type: ignore[arg-type]
            source=r.text("source"),
            verified=r.flag("verified", True),
            note=r.text("note", ""),
        )
    except ValueError as exc:
        raise CatalogueError(f"{path}：{exc}") from None
