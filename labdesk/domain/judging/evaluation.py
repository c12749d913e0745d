"""The result of judging one sample: per-item results, the verdict, the conclusion, and their JSON.

``to_json_dict`` is exactly the ``labdesk evaluate`` output (docs/evaluate.md,
docs/evaluate.schema.json); ``to_record_dict`` is what LabDesk stores with a sample.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from labdesk.domain.coal import DEFAULT_CALORIE_FACTOR
from labdesk.domain.judging.replicates import ReplicateOutcome
from labdesk.domain.judging.rules.base import RuleResult, Verdict

__all__ = ["Evaluation", "ItemResult", "RuleResult", "UnverifiedFailure"]


@dataclass(slots=True)  # not frozen: built for every item of every evaluation (speed); treat as read-only
class ItemResult:
    """The result of one item.

    ``value`` is unrounded, in the item's unit (MJ/kg for calorific values; the mean for
    specimens); ``reported`` is the string rounded once to the item's interval (or the
    qualitative / ordinal / checklist result text); ``mark`` is the GB/T 8170-2008 §3.3 sign
    of the rounding (``+`` 已舍: the value is above the reported one; ``-`` 已进: below; ``""``
    unchanged) and ``at_limit`` says the reported value equals a limit it was compared with
    (the report then prints the mark, §4.3.2).  ``verified`` is False when any rule used is
    unverified.  ``extra`` holds the kind's output keys (``subresults``, ``specimens``,
    ``components``, ``missing``, ``below_detection_limit``).
    """

    code: str
    name_zh: str
    name_en: str
    unit: str
    value: Decimal | None
    reported: str | None
    requirement: str | None
    verdict: Verdict
    grade: str | None
    replicates: ReplicateOutcome | None
    verified: bool
    measured: bool
    required: bool
    rules: tuple[RuleResult, ...] = ()
    kcal_per_kg: Decimal | None = None
    note: str = ""
    kind: str = "numeric"
    mark: str = ""
    at_limit: bool = False
    item_class: str = ""
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "kind": self.kind,
            "value": self.reported,
            "unit": self.unit,
            "requirement": self.requirement,
            "verdict": self.verdict,
            "grade": self.grade,
            "rules": [r.to_dict() for r in self.rules],
        }
        if self.value is not None and self.kind in ("numeric", "specimens"):
            entry["unrounded"] = _plain(self.value)
            entry["rounding_mark"] = self.mark
            entry["at_limit"] = self.at_limit
        if self.replicates is not None:
            rep = self.replicates
            entry["replicates"] = {"status": rep.status, "used": [_plain(v) for v in rep.used],
                                   "limit": _limit_text(rep.limit, rep.r), "tie": rep.tie}
        if self.item_class:
            entry["class"] = self.item_class
        if self.message:
            entry["message"] = self.message
        entry.update(self.extra)
        return entry


@dataclass(frozen=True, slots=True)
class UnverifiedFailure:
    """A failing item whose every failing rule is unverified (issue 11 defect 1)."""

    item: str
    rule_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"item": self.item, "rules": list(self.rule_ids)}


@dataclass(frozen=True, slots=True)
class Evaluation:
    verdict: Literal["pass", "fail", "incomplete"]
    grade: str | None
    failed_items: tuple[str, ...]
    items: dict[str, ItemResult]
    conclusion: str
    catalogue_version: str
    ruleset_id: str
    ruleset_version: str
    product_id: str
    missing_items: tuple[str, ...] = ()
    declared_grade: str | None = None
    calorie_factor: Decimal = DEFAULT_CALORIE_FACTOR
    unverified_failures: tuple[UnverifiedFailure, ...] = ()

    def to_json_dict(self) -> dict[str, Any]:
        """Exactly the ``labdesk evaluate`` output shape."""
        return {
            "product": self.product_id,
            "catalogue_version": self.catalogue_version,
            "items": {code: res.to_json_dict() for code, res in self.items.items()},
            "grade": self.grade,
            "verdict": self.verdict,
            "failed_items": list(self.failed_items),
            "missing_items": list(self.missing_items),
            "unverified_failures": [u.to_dict() for u in self.unverified_failures],
            "conclusion": self.conclusion,
        }

    def to_record_dict(self) -> dict[str, Any]:
        """What LabDesk stores with a sample: the CLI shape plus, per judged item, whether every
        rule actually applied to it is verified (reports mark the others), and the rule set used."""
        record = self.to_json_dict()
        for code, res in self.items.items():
            if res.verdict != "none":
                record["items"][code]["verified"] = res.verified
        record["ruleset_id"] = self.ruleset_id
        record["ruleset_version"] = self.ruleset_version
        return record


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _limit_text(limit: Decimal | None, r: Decimal | None) -> str | None:
    if limit is None:
        return None
    if r is not None:
        r_exp = r.as_tuple().exponent
        norm = limit.normalize()
        n_exp = norm.as_tuple().exponent
        if isinstance(r_exp, int) and isinstance(n_exp, int) and n_exp >= r_exp:
            return format(limit.quantize(Decimal(1).scaleb(r_exp)), "f")
        return format(norm, "f")
    return format(limit, "f")
