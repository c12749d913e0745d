"""``ordinal_min``: every sub-result (or the single result) is at least ``value`` on the item's
scale (colour fastness "≥3-4" passes 3-4, 4, 4-5, 5 and fails 3).  Grades are never averaged.

``values = { change = "4", staining = "3-4" }`` sets a grade per sub-result (product standards often
ask 变色 half a grade above 沾色); sub-results it does not name take ``value``.  ``value`` may be left
out when ``values`` names every sub-result of the item."""

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
    FIELDS: ClassVar[tuple[str, ...]] = ("value", "values")

    id: str
    item: str
    value: str
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> OrdinalMinRule:
        per_sub: list[tuple[str, str]] = []
        for code, raw in r.table("values").items():
            if not isinstance(raw, str):
                raise r.err("values", f"{code} 的等级应为字符串，实际为 {raw!r}")
            try:
                per_sub.append((str(code), normalise_grade_text(raw, "fastness", f"{r.path}.values.{code}")))
            except InputError as exc:
                raise r.err("values", exc.detail) from None
        if not r.has("value") and not per_sub:
            raise r.err("value", "缺少必需的字段")
        value = ""
        if r.has("value"):
            try:
                value = normalise_grade_text(r.text("value"), "fastness", f"{r.path}.value")
            except InputError as exc:
                raise r.err("value", exc.detail) from None
        return cls(value=value, values=tuple(per_sub), **common)

    def fields(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.value:
            d["value"] = self.value
        if self.values:
            d["values"] = dict(self.values)
        return d

    def check(self, where: str, grades: tuple[str, ...], item: ItemSpec) -> None:
        RuleBase.check(self, where, grades, item)
        subs = [s.code for s in item.subresults]
        for code, _ in self.values:
            if code not in subs:
                raise CatalogueError(f"{where}：规则 {self.id} 的 values 中 {code} 不是项目 {item.code} 的分项")
        if not self.value and (not subs or any(c not in dict(self.values) for c in subs)):
            raise CatalogueError(f"{where}：规则 {self.id} 缺少 value（values 未列出全部分项）")
        for grade in [self.value, *dict(self.values).values()]:
            if not grade:
                continue
            try:
                normalise_grade_text(grade, item.scale, where)
            except InputError:
                raise CatalogueError(
                    f"{where}：规则 {self.id} 的等级 {grade} 不在项目 {item.code} 的标尺上"
                ) from None

    def need_for(self, sub: str) -> str:
        """The grade a sub-result (``""`` for the single result) must reach."""
        return dict(self.values).get(sub, self.value)

    def text_for(self, item: ItemSpec) -> str:
        if not self.values:
            return f"≥{self.value}级"
        names = {s.code: s.name_zh for s in item.subresults}
        order = [s.code for s in item.subresults]
        needs = [(c, self.need_for(c)) for c in order]
        if len({g for _, g in needs}) == 1:
            return f"≥{needs[0][1]}级"
        return "，".join(f"{names.get(c, c)}≥{g}级" for c, g in needs)

    def describe(self, env: JudgeEnv) -> str | None:
        item = env.items.get(self.item) if env.items else None
        if item is not None:
            return self.text_for(item)
        lowest = min((g for g in (self.value, *dict(self.values).values()) if g), key=grade_rank)
        return f"≥{lowest}级"

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if not subject.grades:
            return None
        scale = subject.item.scale
        low = [code for code, g in subject.grades if grade_rank(g, scale) < grade_rank(self.need_for(code), scale)]
        failure = ""
        if low:
            names = {s.code: s.name_zh for s in subject.item.subresults}
            subs = "、".join(names.get(c, c) for c in low if c)
            failure = f"{subs}{'' if not subs else '项'}{self.not_met(env)}"
        return self.result(self.text_for(subject.item), verdict_of(not low), failure)
