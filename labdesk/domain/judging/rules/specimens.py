"""Per-specimen rules for ``specimens`` items (any number of specimens):

* ``each_specimen`` — every specimen meets ``op value``;
* ``mean_and_each`` — the mean meets ``mean_op mean_value`` and every specimen ``each_op each_value``
  (zinc coating: mean and local minimum);
* ``k_of_n`` — no more than ``max_failures`` specimens fail ``op value`` (toothbrush tuft pull).

Comparisons use the unrounded values (全数值比较法, GB/T 8170-2008 §4.3.1) unless ``method = "rounded"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from labdesk.domain.judging.rules.base import JudgeEnv, RuleBase, RuleResult, Subject, verdict_of
from labdesk.domain.judging.schema import METHODS, Condition, Reader
from labdesk.domain.numbers import Requirement, complies

OPS = (">=", ">", "<=", "<")


def _count_failing(values: tuple[Decimal, ...], req: Requirement, method: Literal["full", "rounded"]) -> int:
    return sum(1 for v in values if not complies(v, req, method))


@dataclass(frozen=True, slots=True)
class EachSpecimenRule(RuleBase):
    KIND: ClassVar[str] = "each_specimen"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("specimens",)
    FIELDS: ClassVar[tuple[str, ...]] = ("op", "value")

    id: str
    item: str
    requirement: Requirement
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    method: Literal["full", "rounded"] = "full"

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> EachSpecimenRule:
        return cls(
            requirement=Requirement(r.choice("op", OPS), r.dec("value")),
            method=r.choice("method", METHODS, "full"),  # type: ignore[arg-type]
            **common,
        )

    def fields(self) -> dict[str, Any]:
        return {"op": self.requirement.op, "value": str(self.requirement.value), "method": self.method}

    def describe(self, env: JudgeEnv) -> str | None:
        return f"单值{self.requirement.text()}"

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if not subject.specimens:
            return None
        failing = _count_failing(subject.specimens, self.requirement, self.method)
        failure = f"有 {failing} 个试样{self.not_met(env)}" if failing else ""
        return self.result(
            f"单值{self.requirement.text()}",
            verdict_of(not failing),
            failure,
            bounds=(self.requirement.value,) if self.requirement.value is not None else (),
        )


@dataclass(frozen=True, slots=True)
class MeanAndEachRule(RuleBase):
    KIND: ClassVar[str] = "mean_and_each"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("specimens",)
    FIELDS: ClassVar[tuple[str, ...]] = ("mean_op", "mean_value", "each_op", "each_value")

    id: str
    item: str
    mean: Requirement
    each: Requirement
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    method: Literal["full", "rounded"] = "full"

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> MeanAndEachRule:
        return cls(
            mean=Requirement(r.choice("mean_op", OPS), r.dec("mean_value")),
            each=Requirement(r.choice("each_op", OPS), r.dec("each_value")),
            method=r.choice("method", METHODS, "full"),  # type: ignore[arg-type]
            **common,
        )

    def fields(self) -> dict[str, Any]:
        return {
            "mean_op": self.mean.op,
            "mean_value": str(self.mean.value),
            "each_op": self.each.op,
            "each_value": str(self.each.value),
            "method": self.method,
        }

    def describe(self, env: JudgeEnv) -> str | None:
        return f"平均值{self.mean.text()}，单值{self.each.text()}"

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if subject.value is None or not subject.specimens:
            return None
        mean_ok = complies(subject.value, self.mean, self.method)
        failing = _count_failing(subject.specimens, self.each, self.method)
        parts = ([] if mean_ok else [f"平均值{self.not_met(env)}"]) + (
            [f"有 {failing} 个试样单值{self.not_met(env)}"] if failing else []
        )
        bounds = tuple(v for v in (self.mean.value,) if v is not None)
        return self.result(
            f"平均值{self.mean.text()}，单值{self.each.text()}",
            verdict_of(not parts),
            "，".join(parts),
            bounds=bounds,
        )


@dataclass(frozen=True, slots=True)
class KOfNRule(RuleBase):
    KIND: ClassVar[str] = "k_of_n"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("specimens",)
    FIELDS: ClassVar[tuple[str, ...]] = ("op", "value", "max_failures")

    id: str
    item: str
    requirement: Requirement
    max_failures: int
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    method: Literal["full", "rounded"] = "full"

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> KOfNRule:
        k = r.dec("max_failures")
        if k != k.to_integral_value() or k < 0:
            raise r.err("max_failures", "应为非负整数")
        return cls(
            requirement=Requirement(r.choice("op", OPS), r.dec("value")),
            max_failures=int(k),
            method=r.choice("method", METHODS, "full"),  # type: ignore[arg-type]
            **common,
        )

    def fields(self) -> dict[str, Any]:
        return {
            "op": self.requirement.op,
            "value": str(self.requirement.value),
            "max_failures": str(self.max_failures),
            "method": self.method,
        }

    def _text(self) -> str:
        return f"单值{self.requirement.text()}，不符合的试样不超过 {self.max_failures} 个"

    def describe(self, env: JudgeEnv) -> str | None:
        return self._text()

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if not subject.specimens:
            return None
        failing = _count_failing(subject.specimens, self.requirement, self.method)
        ok = failing <= self.max_failures
        failure = (
            ""
            if ok
            else (
                f"{len(subject.specimens)} 个试样中有 {failing} 个单值{self.not_met(env)}"
                f"（允许不超过 {self.max_failures} 个）"
            )
        )
        return self.result(self._text(), verdict_of(ok), failure)
