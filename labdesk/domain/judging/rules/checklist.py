"""``checklist_complete``: none of the listed elements (default: all the item's elements) is missing
(labelling: 使用说明 against GB 5296.4's required elements)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.rules.base import JudgeEnv, RuleBase, RuleResult, Subject, verdict_of
from labdesk.domain.judging.schema import Condition, Reader, str_list


@dataclass(frozen=True, slots=True)
class ChecklistCompleteRule(RuleBase):
    KIND: ClassVar[str] = "checklist_complete"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("checklist",)
    FIELDS: ClassVar[tuple[str, ...]] = ("elements",)

    id: str
    item: str
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    elements: tuple[str, ...] = ()  # empty: all the item's elements

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> ChecklistCompleteRule:
        return cls(elements=tuple(str_list(r, "elements")), **common)

    def fields(self) -> dict[str, Any]:
        return {"elements": list(self.elements)} if self.elements else {}

    def check(self, where: str, grades: tuple[str, ...], item: ItemSpec) -> None:
        RuleBase.check(self, where, grades, item)
        unknown = [c for c in self.elements if item.element(c) is None]
        if unknown:
            raise CatalogueError(
                f"{where}：规则 {self.id} 引用了项目 {item.code} 没有的要素 {', '.join(unknown)}"
            )

    def describe(self, env: JudgeEnv) -> str | None:
        return "应标注的内容齐全"

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if subject.missing is None:
            return None
        wanted = self.elements or tuple(e.code for e in subject.item.elements)
        missing = [subject.item.element(c) for c in subject.missing if c in wanted]
        texts = [e.missing_zh for e in missing if e is not None]
        failure = f"{self.not_met(env)}（{'；'.join(texts)}）" if texts else ""
        return self.result("应标注的内容齐全", verdict_of(not texts), failure)
