"""``ordinal_min``: every sub-result (or the single result) is at least ``value`` on the item's
scale (colour fastness "≥3-4" passes 3-4, 4, 4-5, 5 and fails 3).  Grades are never averaged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from labdesk.domain.errors import CatalogueError, InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.ordinal import grade_rank, normalise_grade_text
from labdesk.domain.judging.rules.base import JudgeEnv, RuleBase, RuleResult, Subject, verdict_of
from labdesk.domain.judging.schema import Condition, Reader


@dataclass(frozen=True, slots=True)
class OrdinalMinRule(RuleBase):
    KIND: ClassVar[str] = "ordinal_min"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("ordinal",)
    FIELDS: ClassVar[tuple[str, ...]] = ("value",)

    id: str
    item: str
    value: str
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> OrdinalMinRule:
        try:
            value = normalise_grade_text(r.text("value"), "fastness", f"{r.path}.value")
        except InputError as exc:
            raise r.err("value", exc.detail) from None
        return cls(value=value, **common)

    def fields(self) -> dict[str, Any]:
        return {"value": self.value}

    def check(self, where: str, grades: tuple[str, ...], item: ItemSpec) -> None:
        RuleBase.check(self, where, grades, item)
        try:
            normalise_grade_text(self.value, item.scale, where)
        except InputError:
            raise CatalogueError(
                f"{where}：规则 {self.id} 的等级 {self.value} 不在项目 {item.code} 的标尺上"
            ) from None

    def describe(self, env: JudgeEnv) -> str | None:
        return f"≥{self.value}级"

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if not subject.grades:
            return None
        scale = subject.item.scale
        need = grade_rank(self.value, scale)
        low = [code for code, g in subject.grades if grade_rank(g, scale) < need]
        failure = ""
        if low:
            names = {s.code: s.name_zh for s in subject.item.subresults}
            subs = "、".join(names.get(c, c) for c in low if c)
            failure = f"{subs}{'' if not subs else '项'}{self.not_met(env)}"
        return self.result(f"≥{self.value}级", verdict_of(not low), failure)
