"""``checklist``: which required elements (labelling) are missing.  Input ``{"missing": [codes]}``
(an empty list: all present); reported as 符合 or the missing texts joined by "；"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.base import ResultKind
from labdesk.domain.judging.rules.base import JudgeEnv, Subject


class ChecklistResult(ResultKind):
    KIND: ClassVar[str] = "checklist"

    def parse(self, item: ItemSpec, raw: object, field: str) -> Subject | None:
        if (
            not isinstance(raw, Mapping)
            or set(raw) != {"missing"}
            or not isinstance(raw["missing"], list | tuple)
        ):
            raise InputError(field, '应为 {"missing": [缺少的要素代码, …]}（全部具备时为空列表）')
        codes = [e.code for e in item.elements]
        missing: list[str] = []
        for i, code in enumerate(raw["missing"]):
            if not isinstance(code, str) or code not in codes:
                raise InputError(
                    f"{field}.missing[{i}]", f"未知的要素代码 {code!r}（可用：{'、'.join(codes)}）"
                )
            if code not in missing:
                missing.append(code)
        return Subject(item, missing=tuple(c for c in codes if c in missing))

    def reported(self, subject: Subject) -> str:
        if not subject.missing:
            return "符合"
        return "；".join(self.missing_texts(subject))

    def missing_texts(self, subject: Subject) -> list[str]:
        return [e.missing_zh for e in subject.item.elements if e.code in subject.missing]

    def extra(self, subject: Subject, env: JudgeEnv) -> dict[str, Any]:
        return {
            "missing": [
                {"code": e.code, "text_zh": e.missing_zh}
                for e in subject.item.elements
                if e.code in subject.missing
            ]
        }
