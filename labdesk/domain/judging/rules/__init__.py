"""The rule kinds, registered in one place.

Adding a rule kind: write one module with a frozen dataclass deriving from
:class:`~labdesk.domain.judging.rules.base.RuleBase` (``KIND``, ``ITEM_KINDS``, ``FIELDS``,
``parse``, ``fields``, ``judge``, ``describe``), then add the class to ``RULE_CLASSES`` below.
Nothing else in the engine changes.
"""

from __future__ import annotations

from typing import Any

from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.rules.base import (
    COMMON_KEYS,
    JudgeEnv,
    RuleBase,
    RuleResult,
    Subject,
    common_from,
    common_to_dict,
)
from labdesk.domain.judging.rules.checklist import ChecklistCompleteRule
from labdesk.domain.judging.rules.composition import CompositionToleranceRule
from labdesk.domain.judging.rules.declared import DeclaredToleranceRule, ToleranceBand
from labdesk.domain.judging.rules.grade import GradeCell, GradeRule
from labdesk.domain.judging.rules.limit import LimitRule
from labdesk.domain.judging.rules.ordinal import OrdinalMinRule
from labdesk.domain.judging.rules.qualitative import QualitativeRule
from labdesk.domain.judging.rules.specimens import EachSpecimenRule, KOfNRule, MeanAndEachRule
from labdesk.domain.judging.schema import Reader

__all__ = [
    "RULE_CLASSES",
    "ChecklistCompleteRule",
    "CompositionToleranceRule",
    "EachSpecimenRule",
    "KOfNRule",
    "MeanAndEachRule",
    "OrdinalMinRule",
    "RULE_KINDS",
    "DeclaredToleranceRule",
    "GradeCell",
    "GradeRule",
    "JudgeEnv",
    "LimitRule",
    "QualitativeRule",
    "Rule",
    "RuleBase",
    "RuleResult",
    "Subject",
    "ToleranceBand",
    "rule_from_dict",
    "rule_to_dict",
]

RULE_CLASSES: tuple[type[Any], ...] = (
    LimitRule,
    GradeRule,
    DeclaredToleranceRule,
    QualitativeRule,
    OrdinalMinRule,
    EachSpecimenRule,
    MeanAndEachRule,
    KOfNRule,
    CompositionToleranceRule,
    ChecklistCompleteRule,
)
RULE_KINDS: dict[str, type[Any]] = {cls.KIND: cls for cls in RULE_CLASSES}

#: Any registered rule (they all derive from RuleBase).
Rule = RuleBase


def rule_from_dict(data: object, path: str) -> Rule:
    """Build one rule from its catalogue / stored table; CatalogueError names the bad field."""
    r = Reader(data, path)
    kind = r.choice("kind", tuple(RULE_KINDS))
    rid = r.text("id")
    r = Reader(data, f"{path}({rid})")
    cls = RULE_KINDS[kind]
    r.only((*COMMON_KEYS, "method", *cls.FIELDS))
    rule: Rule = cls.parse(r, common_from(r, rid))
    return rule


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    return {**common_to_dict(rule), **rule.fields()}


def _check_registry() -> None:
    for cls in RULE_CLASSES:
        if not cls.KIND or not cls.ITEM_KINDS:
            raise CatalogueError(f"rule class {cls.__name__} lacks KIND or ITEM_KINDS")


_check_registry()
