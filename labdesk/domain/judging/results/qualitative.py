"""``qualitative``: one result text, one of the item's ``pass_values`` / ``fail_values``
("pass"/"fail" are accepted as aliases of the first of each)."""

from __future__ import annotations

from typing import ClassVar

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.base import ResultKind
from labdesk.domain.judging.rules.base import Subject


def qualitative_text(item: ItemSpec, raw: object, field: str) -> str:
    if item.kind != "qualitative":
        raise InputError(field, "不是定性项目")
    if not isinstance(raw, str):
        raise InputError(field, f"定性结果应为字符串：{raw!r}")
    text = raw.strip()
    aliases = {"pass": item.pass_values[0], "fail": item.fail_values[0]}
    text = aliases.get(text.lower(), text)
    if text not in item.pass_values and text not in item.fail_values:
        allowed = "、".join((*item.pass_values, *item.fail_values))
        raise InputError(field, f"定性结果应为 {allowed} 之一：{raw!r}")
    return text


class QualitativeResult(ResultKind):
    KIND: ClassVar[str] = "qualitative"

    def parse(self, item: ItemSpec, raw: object, field: str) -> Subject | None:
        if isinstance(raw, list | tuple):  # determinations.<code> = ["符合"]
            if len(raw) != 1:
                raise InputError(field, "定性项目只应给出一个结果")
            raw = raw[0]
        return Subject(item, text=qualitative_text(item, raw, field))

    def reported(self, subject: Subject) -> str:
        return subject.text or ""
