"""``limit``: a plain limit on a numeric item (GB/T 8170-2008 §4 wording and method); for specimens,
on the mean.  Below the detection limit: ``<=``/``<`` pass when the detection limit is at most the
limit ("未检出" means the true value is below the LOD, so it meets ``< L`` and ``<= L`` whenever LOD ≤ L;
this is how "不得检出" is written: ``op = "<"``, ``value`` = the detection limit), otherwise the item
cannot be judged (``none``, with a message); ``>=``/``>`` fail."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, ClassVar, Literal

from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.rules.base import COMMON_KEYS, JudgeEnv, RuleBase, RuleResult, Subject, verdict_of
from labdesk.domain.judging.schema import METHODS, Condition, Reader
from labdesk.domain.numbers import Requirement, complies

LIMIT_OPS = (">=", ">", "<=", "<", "range", "tolerance")


def bounds_of(req: Requirement) -> tuple[Decimal, ...]:
    """The limit values a requirement compares with."""
    if req.op == "range":
        return tuple(v for v in (req.low, req.high) if v is not None)
    if req.op == "tolerance" and req.value is not None and req.tol is not None:
        return (req.value - req.tol, req.value + req.tol)
    return (req.value,) if req.value is not None else ()


@dataclass(frozen=True, slots=True)
class LimitRule(RuleBase):
    """A plain limit on an item (GB/T 8170-2008 §4 wording and method)."""

    KIND: ClassVar[str] = "limit"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("numeric", "specimens")
    FIELDS: ClassVar[tuple[str, ...]] = (
        "method",
        "op",
        "value",
        "low",
        "high",
        "tol",
        "low_op",
        "high_op",
        "compare_interval",
    )

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

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> LimitRule:
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
            raise CatalogueError(f"{r.path}：{exc}") from None
        return cls(requirement=req, method=r.choice("method", METHODS), **common)  # type: ignore[arg-type]

    def fields(self) -> dict[str, Any]:
        req = self.requirement
        d: dict[str, Any] = {"method": self.method, "op": req.op}
        for key in ("value", "low", "high", "tol", "compare_interval"):
            value = getattr(req, key)
            if value is not None:
                d[key] = str(value)
        if req.op == "range":
            d["low_op"], d["high_op"] = req.low_op, req.high_op
        return d

    def describe(self, env: JudgeEnv) -> str | None:
        return self.requirement.text()

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        text = self.requirement.text()
        if subject.below_lod:
            return self._below_lod(subject, env, text)
        if subject.value is None:
            return None
        ok = complies(subject.value, self.requirement, self.method)
        return self.result(
            text, verdict_of(ok), "" if ok else self.not_met(env), bounds=bounds_of(self.requirement)
        )

    def _below_lod(self, subject: Subject, env: JudgeEnv, text: str) -> RuleResult:
        lod = subject.lod if subject.lod is not None else subject.item.detection_limit
        req = self.requirement
        assert lod is not None
        if req.op in ("<=", "<") and req.value is not None:
            # the true value is < lod; lod <= limit therefore meets both "< limit" and "<= limit"
            if lod <= req.value:
                return self.result(text, "pass")
            return self.result(text, "none", message=f"检出限 {lod} 高于限值 {req.value}，未检出不能判定")
        if req.op in (">=", ">") or (req.op == "range" and req.low is not None and lod <= req.low):
            return self.result(text, "fail", self.not_met(env))
        return self.result(text, "none", message=f"检出限 {lod} 与要求 {text} 无法比较，未检出不能判定")

    def overridden(self, ov: Any, grades: tuple[str, ...]) -> tuple[LimitRule, Any]:
        from labdesk.domain.judging.ruleset import OverrideRecord

        old = self.requirement

        def pick(new: Decimal | None, current: Decimal | None) -> Decimal | None:
            return new if new is not None else current

        try:
            new_req = Requirement(
                old.op,
                pick(ov.value, old.value),
                low=pick(ov.low, old.low),
                high=pick(ov.high, old.high),
                tol=pick(ov.tol, old.tol),
                low_op=old.low_op,
                high_op=old.high_op,
                compare_interval=old.compare_interval,
            )
        except ValueError as exc:
            raise CatalogueError(f"覆盖规则 {ov.rule_id}：{exc}") from None
        src = f"实施细则：{ov.reason}（原依据：{self.source}）"
        rule = replace(self, requirement=new_req, source=src, verified=True)
        return rule, OverrideRecord(self.id, None, old.text(), new_req.text(), ov.reason)


assert set(COMMON_KEYS).isdisjoint(LimitRule.FIELDS)
