"""What every rule kind shares: common fields, the judged subject, the judging environment, results.

A rule kind is one class (a frozen dataclass) with

* ``KIND`` (the catalogue's ``kind``) and ``ITEM_KINDS`` (the item kinds it applies to);
* ``parse(reader, common)`` — build it from its catalogue table (``common`` holds the shared fields);
* ``fields()`` — its own fields for :meth:`RuleSet.to_dict` (the shared ones are written by
  :func:`common_to_dict`);
* ``judge(subject, env)`` — a :class:`RuleResult`, or ``None`` when the rule does not apply to
  this subject (e.g. no declared value);
* ``describe(env)`` — the requirement text shown before a result exists.

The kinds are registered in :mod:`labdesk.domain.judging.rules` (one list).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.schema import Condition, Reader, conditions_from, conditions_to
from labdesk.domain.numbers import format_reported

if TYPE_CHECKING:
    from labdesk.domain.judging.ruleset import LimitOverride, OverrideRecord, UnverifiedEntry

__all__ = [
    "COMMON_KEYS",
    "JudgeEnv",
    "RuleBase",
    "RuleResult",
    "Subject",
    "Verdict",
    "common_from",
    "common_to_dict",
    "edition_of",
    "verdict_of",
]

Verdict = Literal["pass", "fail", "none"]
COMMON_KEYS = ("id", "kind", "item", "when", "source", "verified", "required", "note", "basis_zh")
_EDITION = re.compile(r"[A-Z]{1,3}(?:/[TZ])?\s*[\d.]+-(\d{4})")


@lru_cache(maxsize=1024)
def edition_of(source: str) -> str:
    """The edition year of the first standard number in a source text ("GB/T 18666-2014 表1" → "2014")."""
    match = _EDITION.search(source)
    return match.group(1) if match else ""


def verdict_of(ok: bool) -> Verdict:
    return "pass" if ok else "fail"


@dataclass(slots=True)  # not frozen: built for every rule of every evaluation (speed); never mutated
class RuleResult:
    """One rule applied to one item.

    ``failure_zh`` is the failed requirement in its own words, for the conclusion
    (e.g. "与申报值之差超出GB/T 18666-2014…规定的允许差"); ``message`` explains a ``none``.
    """

    rule_id: str
    kind: str
    requirement: str
    verdict: Verdict
    verified: bool
    source: str
    grade: str | None = None
    basis_zh: str = ""
    failure_zh: str = ""
    message: str = ""
    edition: str = ""
    bounds: tuple[Decimal, ...] = ()  # the limit values compared with (for GB/T 8170 marks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.rule_id,
            "kind": self.kind,
            "source": self.source,
            "edition": self.edition,
            "verified": self.verified,
            "verdict": self.verdict,
            "requirement": self.requirement,
        }


@dataclass(slots=True)  # not frozen: built for every item of every evaluation (speed); never mutated
class Subject:
    """What a rule judges: one item's parsed (and derived) result.

    ``value`` is the number in the item's unit (the mean for specimens), ``None`` when the
    result is below the detection limit (``below_lod``) or not numeric.
    """

    item: ItemSpec
    value: Decimal | None = None
    below_lod: bool = False
    lod: Decimal | None = None  # the detection limit of a below-LOD result, in the item's unit
    text: str | None = None
    grades: tuple[tuple[str, str], ...] = ()  # ordinal: (sub-result code or "", grade)
    specimens: tuple[Decimal, ...] = ()
    components: tuple[tuple[str, Decimal], ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JudgeEnv:
    """What rules may read besides the subject: grades, declared values, the ruleset's basis."""

    basis_zh: str
    grades: tuple[str, ...] = ()
    grade_names_zh: tuple[str, ...] = ()
    target_grade: str | None = None
    declared: Mapping[str, Decimal] | None = None
    declared_compositions: Mapping[str, tuple[tuple[str, Decimal], ...]] | None = None
    items: Mapping[str, ItemSpec] | None = None  # the rule set's items (sub-result names in previews)

    def grade_name(self, grade: str | None) -> str:
        if grade is None:
            return ""
        if self.grade_names_zh and grade in self.grades:
            return self.grade_names_zh[self.grades.index(grade)]
        return grade


def common_from(r: Reader, rid: str) -> dict[str, Any]:
    """The shared fields of a rule table (``kind`` is read by the registry)."""
    common: dict[str, Any] = {
        "id": rid,
        "item": r.text("item"),
        "source": r.text("source"),
        "verified": r.flag("verified", False),
        "when": conditions_from(r.data.get("when"), f"{r.path}.when"),
        "note": r.text("note", ""),
        "basis_zh": r.text("basis_zh", ""),
        "required": r.flag("required", False) if r.has("required") else None,
    }
    if not common["source"].strip():
        raise r.err("source", "每条规则都须注明来源标准")
    return common


def common_to_dict(rule: RuleBase) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": rule.id,
        "kind": rule.KIND,
        "item": rule.item,
        "source": rule.source,
        "verified": rule.verified,
    }
    if rule.when:
        d["when"] = conditions_to(rule.when)
    if rule.required is not None:
        d["required"] = rule.required
    if rule.note:
        d["note"] = rule.note
    if rule.basis_zh:
        d["basis_zh"] = rule.basis_zh
    return d


class RuleBase:
    """Defaults shared by the rule kinds (a mixin; each kind is a frozen dataclass)."""

    __slots__ = ()
    KIND: ClassVar[str] = ""
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()

    id: str
    item: str
    source: str
    verified: bool
    when: tuple[Condition, ...]
    required: bool | None
    note: str
    basis_zh: str

    @property
    def kind(self) -> str:
        return self.KIND

    @property
    def edition(self) -> str:
        return edition_of(self.source)

    def fields(self) -> dict[str, Any]:
        return {}

    def describe(self, env: JudgeEnv) -> str | None:
        return None

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        raise NotImplementedError

    def check(self, where: str, grades: tuple[str, ...], item: ItemSpec) -> None:
        """Consistency with the rule set (raise CatalogueError)."""
        if item.kind not in self.ITEM_KINDS:
            raise CatalogueError(f"{where}：规则 {self.id} 的类型与项目 {self.item} 的类型不符")

    def unverified(self) -> list[UnverifiedEntry]:
        from labdesk.domain.judging.ruleset import UnverifiedEntry

        if self.verified:
            return []
        return [UnverifiedEntry(self.KIND, self.item, self.id, self.source, self.note)]

    def overridden(self, ov: LimitOverride, grades: tuple[str, ...]) -> tuple[Any, OverrideRecord]:
        raise CatalogueError(f"规则 {ov.rule_id} 不是限值规则，不能覆盖")

    def result(
        self,
        requirement: str,
        verdict: Verdict,
        failure_zh: str = "",
        *,
        verified: bool | None = None,
        grade: str | None = None,
        message: str = "",
        bounds: tuple[Decimal, ...] = (),
    ) -> RuleResult:
        return RuleResult(
            self.id,
            self.KIND,
            requirement,
            verdict,
            self.verified if verified is None else verified,
            self.source,
            grade,
            self.basis_zh,
            failure_zh,
            message,
            self.edition,
            bounds,
        )

    def basis(self, env: JudgeEnv) -> str:
        return self.basis_zh or env.basis_zh

    def not_met(self, env: JudgeEnv, grade: str | None = None) -> str:
        return f"不符合{self.basis(env)}{env.grade_name(grade)}要求"


def shown(value: Decimal, item: ItemSpec) -> str:
    """A requirement number at the item's rounding interval (issue 11 defect 2)."""
    if item.interval is None:
        return format(value.normalize(), "f")
    return format_reported(value, item.interval)
