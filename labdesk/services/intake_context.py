"""The judging context asked at intake, generic over the adopted rule set's ``context`` variables.

A product's rule set declares what its judging depends on (GB 18401 安全技术类别, 质量等级, 钢丝绳公称直径 …)
and which declared (labelled) values its rules need (the labelled fibre composition).  The intake form
builds one widget per variable from :func:`context_form`; :func:`context_problems` names what is missing
or wrong (registration shows it live), and :func:`require_context` refuses to accept a sample whose
required context is missing, so no sample reaches the bench that cannot be judged later.

Values are stored as typed at intake (``Sample.context``: choice keys, number text, ``true``/``false``);
the engine reads them with :func:`labdesk.domain.judging.inputs.check_context` (whose per-variable
parsers are used here, so intake and the engine agree on every value).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from labdesk.domain.errors import InputError, RuleViolation
from labdesk.domain.intake import Problem
from labdesk.domain.judging.inputs import _context_value as context_value
from labdesk.domain.judging.results.composition import parse_components
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.judging.schema import ContextVar
from labdesk.persistence.models import PlanProduct, Sample
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

__all__ = [
    "ELDERLY_KEY",
    "ContextField",
    "ContextForm",
    "DeclaredField",
    "composition_keys",
    "context_form",
    "context_problems",
    "form_for",
    "require_context",
    "stored_context",
]

ELDERLY_KEY = "elderly"  # context flag of the plan's 老年用品 emphasis (textile products)
_UNIT = re.compile(r"[（(]([^（）()]+)[）)]\s*$")


@dataclass(frozen=True, slots=True)
class ContextField:
    """One judging condition as the intake form shows it (human labels, never raw keys on screen)."""

    key: str
    label_zh: str  # without the unit
    type: Literal["choice", "number", "bool"]
    choices: tuple[tuple[str, str], ...] = ()  # (stored key, Chinese label)
    required: bool = True
    unit: str = ""
    min: str | None = None
    max: str | None = None


@dataclass(frozen=True, slots=True)
class DeclaredField:
    """A declared (labelled) value the rules need, e.g. the labelled fibre composition."""

    key: str
    label_zh: str
    kind: Literal["composition", "numeric"]
    hint_zh: str


@dataclass(frozen=True, slots=True)
class ContextForm:
    fields: tuple[ContextField, ...] = ()
    declared: tuple[DeclaredField, ...] = ()
    elderly_focus: bool = False  # ask "老年用品" (stored as context ``elderly``)


def _field(var: ContextVar) -> ContextField:
    label, unit = var.label_zh, ""
    m = _UNIT.search(label)
    if m is not None and var.type == "number":
        label, unit = label[: m.start()].strip(), m.group(1)
    labels = var.choice_labels_zh or var.choices
    return ContextField(
        var.key, label, var.type, tuple(zip(var.choices, labels, strict=False)), var.required, unit,
        None if var.min is None else str(var.min), None if var.max is None else str(var.max),
    )


def _declared_fields(ruleset: RuleSet) -> tuple[DeclaredField, ...]:
    out: list[DeclaredField] = []
    for rule in ruleset.rules:
        item = ruleset.item_map.get(rule.item)
        if item is None or any(d.key == item.code for d in out):
            continue
        if rule.kind == "composition_tolerance":
            out.append(DeclaredField(item.code, f"标注{item.name_zh}", "composition", "如：棉 60%；涤纶 40%"))
        elif rule.kind == "declared_tolerance":
            unit = f"（{item.unit}）" if item.unit else ""
            out.append(DeclaredField(item.code, f"标称{item.name_zh}{unit}", "numeric", "按标签或合同填写"))
    return tuple(out)


def form_for(ruleset_data: Mapping[str, Any] | None, elderly_focus: bool = False) -> ContextForm:
    """The intake widgets of an adopted rule set (``PlanProduct.ruleset``); empty without one."""
    if not ruleset_data:
        return ContextForm(elderly_focus=elderly_focus)
    ruleset = RuleSet.from_dict(dict(ruleset_data))
    return ContextForm(tuple(_field(v) for v in ruleset.context), _declared_fields(ruleset), elderly_focus)


def _elderly_focus(ctx: ServiceContext, product_code: str) -> bool:
    spec = ctx.catalogue.products.get(product_code)
    return bool(spec is not None and getattr(spec, "elderly_focus", False))


def context_form(ctx: ServiceContext, actor: Actor, plan_product_id: int) -> ContextForm:
    """What the intake form asks for this plan product."""
    from labdesk.domain.permissions import Permission

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        product = uow.session.get(PlanProduct, plan_product_id)
        if product is None:
            return ContextForm()
        return form_for(product.ruleset, _elderly_focus(ctx, product.product_code))


def stored_context(form: ContextForm, raw: Mapping[str, object]) -> dict[str, Any]:
    """The context as stored on the sample: choices as keys, numbers as text, booleans as booleans;
    blanks left out.  Keys the form does not know (coal's own widgets) are kept as typed."""
    known = {f.key: f for f in form.fields}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        field = known.get(key)
        if isinstance(value, bool):
            out[key] = value
        elif field is not None and field.type == "bool":
            out[key] = str(value).strip().lower() in ("true", "1", "是", "yes")
        elif str(value).strip():
            out[key] = str(value).strip()
    return out


def _engine_context(form: ContextForm, context: Mapping[str, object]) -> dict[str, object]:
    types = {f.key: f.type for f in form.fields}
    out: dict[str, object] = {}
    for key, value in context.items():
        if key not in types or value is None or (isinstance(value, str) and not value.strip()):
            continue
        if types[key] == "bool" and not isinstance(value, bool):
            out[key] = str(value).strip().lower() in ("true", "1", "是", "yes")
        else:
            out[key] = value
    return out


def composition_keys(ruleset_data: Mapping[str, Any] | None) -> frozenset[str]:
    """Declared values given as a labelled composition (text, not a number)."""
    if not ruleset_data:
        return frozenset()
    return frozenset(d.key for d in form_for(ruleset_data).declared if d.kind == "composition")


def context_problems(
    ruleset_data: Mapping[str, Any] | None,
    context: Mapping[str, object],
    declared: Mapping[str, object] | None = None,
    severity: Literal["error", "warning"] = "error",
) -> list[Problem]:
    """Every missing or invalid judging condition and declared value, in Chinese."""
    if not ruleset_data:
        return []
    ruleset = RuleSet.from_dict(dict(ruleset_data))
    form = form_for(ruleset_data)
    problems: list[Problem] = []
    engine_ctx = _engine_context(form, context)
    for var in ruleset.context:
        raw = engine_ctx.get(var.key)
        if raw is None:
            if var.required:
                options = "、".join(var.choice_labels_zh or var.choices)
                hint = f"（请选择：{options}）" if options else ""
                problems.append(Problem("context", f"判定条件「{var.label_zh}」：必填{hint}。", severity))
            continue
        try:
            context_value(var, raw, var.label_zh)
        except InputError as error:
            problems.append(Problem("context", f"判定条件：{error.detail.rstrip('。')}。", "error"))
    for d in form.declared:
        raw = (declared or {}).get(d.key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if d.kind == "composition":
                problems.append(Problem("declared_values", f"{d.label_zh}：必填（{d.hint_zh}），纤维含量按标注值判定。",
                                        severity))
            continue
        if d.kind == "composition":
            try:
                parse_components(raw, d.key)
            except InputError as error:
                problems.append(Problem("declared_values", f"{d.label_zh}：{error.detail}", "error"))
    return problems


def require_context(sample: Sample, product: PlanProduct | None) -> None:
    """Refuse acceptance when a required judging condition or labelled composition is missing."""
    if product is None:
        return
    declared = dict(sample.declared_values or {})
    missing = [p for p in context_problems(product.ruleset, dict(sample.context or {}), declared) if p.blocking]
    if missing:
        raise RuleViolation("不能接收：缺少判定所需的登记信息，否则样品检验后无法判定。"
                            + "；".join(p.message.rstrip("。") for p in missing) + "。请先修改登记。")
