"""``qualitative``: 符合/不符合 style items (labelling, 不得检出 microbiology …); the item's
``pass_values`` / ``fail_values`` decide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from labdesk.domain.judging.rules.base import JudgeEnv, RuleBase, RuleResult, Subject, verdict_of
from labdesk.domain.judging.schema import Condition, Reader


@dataclass(frozen=True, slots=True)
class QualitativeRule(RuleBase):
    """符合/不符合 style item (labelling, 不得检出 microbiology…)."""

    KIND: ClassVar[str] = "qualitative"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("qualitative",)
    FIELDS: ClassVar[tuple[str, ...]] = ("requirement_text",)

    id: str
    item: str
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    requirement_text: str = "符合"

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> QualitativeRule:
        return cls(requirement_text=r.text("requirement_text", "符合"), **common)

    def fields(self) -> dict[str, Any]:
        return {"requirement_text": self.requirement_text}

    def describe(self, env: JudgeEnv) -> str | None:
        return self.requirement_text

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if subject.text is None:
            return None
        ok = subject.text in subject.item.pass_values
        return self.result(self.requirement_text, verdict_of(ok), "" if ok else self.not_met(env))
