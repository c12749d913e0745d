"""The plan rule-set editor (quality managers): view a plan product's adopted rule set, override a
limit with a reason (a new version, a RuleSetRevision row, audited), acknowledge unverified rules."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import CatalogueError, ConcurrentEditError, InputError, StateError
from labdesk.domain.judging.rules import JudgeEnv
from labdesk.domain.judging.ruleset import (
    DeclaredToleranceRule,
    GradeRule,
    LimitOverride,
    LimitRule,
    QualitativeRule,
    RuleSet,
    UnverifiedEntry,
)
from labdesk.domain.judging.schema import Condition
from labdesk.domain.numbers import Requirement, parse_decimal
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Plan, PlanProduct, RuleSetRevision, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext


@dataclass(frozen=True)
class PlanProductRef:
    plan_product_id: int
    plan_code: str
    plan_title: str
    product_code: str
    product_name_zh: str
    ruleset_version: str
    unverified: int
    unacknowledged: int


@dataclass(frozen=True)
class RuleRow:
    rule_id: str
    kind: str  # limit | grade | declared_tolerance | qualitative
    item: str
    item_name_zh: str
    requirement: str
    grade: str | None
    conditions: str
    source: str
    verified: bool
    overridable: bool


@dataclass(frozen=True)
class UnverifiedRow:
    key: str
    kind: str
    item: str
    rule_id: str
    grade: str | None
    source: str
    note: str
    acknowledged: bool
    acknowledged_by: str = ""
    acknowledged_at: dt.datetime | None = None


@dataclass(frozen=True)
class RevisionRow:
    version: str
    reason: str
    change: dict[str, Any]
    created_by: str
    created_at: dt.datetime


@dataclass(frozen=True)
class RuleSetView:
    plan_product_id: int
    plan_title: str
    product_name_zh: str
    ruleset_name_zh: str
    basis_zh: str
    version: str
    catalogue_version: str
    adopted_from: str
    rules: tuple[RuleRow, ...]
    unverified: tuple[UnverifiedRow, ...]
    revisions: tuple[RevisionRow, ...]
    record_version: int  # PlanProduct.version (optimistic lock for the editor)


def unverified_key(entry: UnverifiedEntry) -> str:
    return "|".join((entry.kind, entry.item, entry.rule_id, entry.grade or ""))


_SYMBOLS = {"eq": "为", "ne": "不为", "in": "为", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}


def condition_zh(ruleset: RuleSet, cond: Condition) -> str:
    """「煤种为褐煤」 instead of ``coal_rank=lignite``: the context variable's label and choice labels."""
    var = next((c for c in ruleset.context if c.key == cond.key), None)
    if var is None:
        return cond.text()
    labels = dict(zip(var.choices, var.choice_labels_zh, strict=False))

    def one(value: object) -> str:
        if isinstance(value, bool):
            return "是" if value else "否"
        return labels.get(str(value), str(value))

    values = cond.value if isinstance(cond.value, list | tuple) else [cond.value]
    return f"{var.label_zh}{_SYMBOLS.get(cond.op, cond.op)}{'或'.join(one(v) for v in values)}"


_NOTE_REF = re.compile(r"\s*[；;，,]?\s*(domain|plan2-standards|sampling|quality-system|lims-anchors|architecture)"
                       r"(\.md)?\s*(§\s*[\d.]+)?\s*([，,]\s*[HML]\b)?(\s*\[[^\]]*\])*")


def public_text(text: str) -> str:
    """A source or note without references to the developers' reference notes (``domain.md §6.1，M``)."""
    cleaned = _NOTE_REF.sub("", text or "")
    cleaned = re.sub(r"（\s*）|\(\s*\)", "", cleaned)
    return cleaned.replace("（；", "（").replace("；）", "）").strip(" ；，")


def _rule_rows(ruleset: RuleSet) -> list[RuleRow]:
    rows: list[RuleRow] = []
    for rule in ruleset.rules:
        item = ruleset.item_map[rule.item]
        when = "，".join(condition_zh(ruleset, c) for c in rule.when)
        if isinstance(rule, LimitRule):
            rows.append(RuleRow(rule.id, rule.kind, rule.item, item.name_zh, rule.requirement.text(), None, when,
                                rule.source, rule.verified, True))
        elif isinstance(rule, GradeRule):
            for cell in rule.cells:
                rows.append(RuleRow(rule.id, rule.kind, rule.item, item.name_zh,
                                    Requirement(rule.op, cell.value).text(), cell.grade, when, rule.source,
                                    rule.verified and cell.verified, True))
        elif isinstance(rule, DeclaredToleranceRule):
            text = "≤ 申报值 + T" if rule.direction == "max" else "≥ 申报值 − T"
            rows.append(RuleRow(rule.id, rule.kind, rule.item, item.name_zh, f"{text}（{rule.table or '容差表'}）",
                                None, when, rule.source, rule.verified, False))
        elif isinstance(rule, QualitativeRule):
            rows.append(RuleRow(rule.id, rule.kind, rule.item, item.name_zh, rule.requirement_text, None, when,
                                rule.source, rule.verified, False))
        else:  # the plan-2 kinds (ordinal, specimens, composition, checklist): the rule describes itself
            env = JudgeEnv(ruleset.basis_zh, ruleset.grades, ruleset.grade_names_zh,
                           items={i.code: i for i in ruleset.items})
            text = rule.describe(env) or rule.kind
            rows.append(RuleRow(rule.id, rule.kind, rule.item, item.name_zh, text, None, when, rule.source,
                                rule.verified, False))
    return rows


def _acks(revisions: list[RuleSetRevision]) -> dict[str, dict[str, Any]]:
    acks: dict[str, dict[str, Any]] = {}
    for rev in revisions:
        for ack in rev.acknowledged or []:
            if isinstance(ack, dict) and "key" in ack:
                acks[ack["key"]] = ack
    return acks


def _revisions(uow: UnitOfWork, product_id: int) -> list[RuleSetRevision]:
    return list(uow.session.scalars(
        select(RuleSetRevision).where(RuleSetRevision.plan_product_id == product_id).order_by(RuleSetRevision.id)
    ))


def _load(uow: UnitOfWork, plan_product_id: int) -> tuple[PlanProduct, RuleSet]:
    product = uow.get(PlanProduct, plan_product_id, "计划产品")
    if product.ruleset is None:
        raise StateError(f"「{product.name_zh}」没有采用判定规则集（目录中没有该产品）。")
    return product, RuleSet.from_dict(product.ruleset)


def _view(uow: UnitOfWork, product: PlanProduct, ruleset: RuleSet) -> RuleSetView:
    plan = uow.session.get(Plan, product.plan_id)
    revisions = _revisions(uow, product.id)
    acks = _acks(revisions)
    names = dict(uow.session.execute(select(User.id, User.full_name)).all())
    unverified = []
    for entry in ruleset.unverified_rules():
        key = unverified_key(entry)
        ack = acks.get(key)
        unverified.append(UnverifiedRow(
            key, entry.kind, entry.item, entry.rule_id, entry.grade, entry.source, entry.note, ack is not None,
            ack.get("username", "") if ack else "",
            dt.datetime.fromisoformat(ack["at"]) if ack and ack.get("at") else None,
        ))
    return RuleSetView(
        product.id, plan.title if plan else "", product.name_zh, ruleset.name_zh or ruleset.product_name_zh,
        ruleset.basis_zh, ruleset.version, ruleset.catalogue_version, ruleset.adopted_from,
        tuple(_rule_rows(ruleset)), tuple(unverified),
        tuple(RevisionRow(r.version, r.reason, dict(r.change or {}), names.get(r.created_by, "") if r.created_by is not None else "",
                          r.created_at)
              for r in revisions),
        product.version,
    )


def list_plan_products(ctx: ServiceContext, actor: Actor) -> list[PlanProductRef]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EDIT_RULESETS)
        out = []
        rows = uow.session.execute(
            select(PlanProduct, Plan).join(Plan, Plan.id == PlanProduct.plan_id)
            .where(PlanProduct.ruleset.is_not(None)).order_by(Plan.id.desc(), PlanProduct.position)
        ).all()
        for product, plan in rows:
            if product.ruleset is None:
                continue
            ruleset = RuleSet.from_dict(product.ruleset)
            acks = _acks(_revisions(uow, product.id))
            entries = ruleset.unverified_rules()
            open_count = sum(1 for e in entries if unverified_key(e) not in acks)
            out.append(PlanProductRef(product.id, plan.code, plan.title, product.product_code, product.name_zh,
                                      product.ruleset_version, len(entries), open_count))
        return out


def get_ruleset(ctx: ServiceContext, actor: Actor, plan_product_id: int) -> RuleSetView:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EDIT_RULESETS)
        product, ruleset = _load(uow, plan_product_id)
        return _view(uow, product, ruleset)


def _number(text: str | None, field: str) -> Decimal | None:
    if text is None or not str(text).strip():
        return None
    return parse_decimal(str(text), field)


def override_limit(
    ctx: ServiceContext, actor: Actor, plan_product_id: int, rule_id: str, *, reason: str,
    value: str | None = None, low: str | None = None, high: str | None = None, grade: str | None = None,
    expected_version: int | None = None,
) -> RuleSetView:
    """Change one limit (or one grade cell) of the plan's adopted rule set: a new version with the reason."""
    reason = (reason or "").strip()
    if not reason:
        raise InputError("修改理由", "修改判定限值须说明理由（如实施细则条款）。")
    override = LimitOverride(rule_id, reason, value=_number(value, "限值"), low=_number(low, "下限"),
                             high=_number(high, "上限"), grade=grade or None)
    if override.value is None and override.low is None and override.high is None:
        raise InputError("限值", "请填写新的限值。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.EDIT_RULESETS)
        product, ruleset = _load(uow, plan_product_id)
        if expected_version is not None and product.version != expected_version:
            raise ConcurrentEditError("该规则集已被其他人修改，请刷新后重试。")
        revisions = _revisions(uow, product.id)
        base = ruleset.version.split("-p")[0] if "-p" in ruleset.version else ruleset.version
        new_version = f"{base}-p{sum(1 for r in revisions if r.change) + 1}"
        try:
            updated = ruleset.with_overrides([override], new_version)
        except CatalogueError as error:
            raise InputError(rule_id, str(error)) from None
        record = updated.overrides[-1]
        change = {"rule_id": rule_id, "grade": record.grade, "old": record.old, "new": record.new}
        acknowledged = list(revisions[-1].acknowledged or []) if revisions else []
        product.ruleset = updated.to_dict()
        product.ruleset_version = new_version
        uow.session.add(RuleSetRevision(plan_product_id=product.id, version=new_version, ruleset=product.ruleset,
                                        change=change, reason=reason, created_by=actor.user_id,
                                        created_at=ctx.now(), acknowledged=acknowledged))
        audit.record(uow, ctx, actor, "ruleset.limit_overridden", "plan_product", product.id,
                     f"{product.name_zh} 规则 {rule_id}{'（' + grade + '）' if grade else ''}："
                     f"{record.old} → {record.new}，新版本 {new_version}",
                     details={**change, "old_version": ruleset.version, "new_version": new_version}, reason=reason)
        uow.flush()
        view = _view(uow, product, updated)
        uow.commit()
        return view


def acknowledge_unverified(ctx: ServiceContext, actor: Actor, plan_product_id: int, keys: list[str],
                           note: str = "") -> RuleSetView:
    """Record that the quality manager has seen (and accepts for this plan) unverified rules."""
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.EDIT_RULESETS)
        product, ruleset = _load(uow, plan_product_id)
        known = {unverified_key(e) for e in ruleset.unverified_rules()}
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise InputError("未核实规则", f"不是本规则集的未核实项：{'、'.join(unknown)}")
        revisions = _revisions(uow, product.id)
        if not revisions:
            raise StateError("该计划产品没有规则集版本记录。")
        latest = revisions[-1]
        already = _acks(revisions)
        new = [{"key": k, "user_id": actor.user_id, "username": user.full_name, "at": ctx.now().isoformat(),
                "note": note.strip()} for k in keys if k not in already]
        if new:
            latest.acknowledged = [*(latest.acknowledged or []), *new]
            audit.record(uow, ctx, actor, "ruleset.unverified_acknowledged", "plan_product", product.id,
                         f"{product.name_zh} 确认 {len(new)} 项未核实规则", details={"keys": [n["key"] for n in new]},
                         reason=note.strip() or None)
        uow.flush()
        view = _view(uow, product, ruleset)
        uow.commit()
        return view
