"""``ordinal``: a grade on a scale (colour fastness 1 … 5 with half grades), optionally per
sub-result (rubbing dry / wet).  The item is reported by its worst sub-result; each sub is shown.

The fastness scale (GB/T 250-2008 / GB/T 251-2008 grey scales): 1 < 1-2 < 2 < 2-3 < 3 < 3-4 < 4
< 4-5 < 5.  "3/4", "3－4", "3～4" and "3–4" are read as "3-4".  Grades are never averaged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.base import ResultKind
from labdesk.domain.judging.rules.base import JudgeEnv, Subject

__all__ = ["FASTNESS", "OrdinalResult", "grade_rank", "normalise_grade_text"]

FASTNESS: tuple[str, ...] = ("1", "1-2", "2", "2-3", "3", "3-4", "4", "4-5", "5")
SCALES: dict[str, tuple[str, ...]] = {"fastness": FASTNESS}
_DASHES = str.maketrans(
    {"/": "-", "－": "-", "～": "-", "~": "-", "–": "-", "—": "-", "／": "-", " ": "", "\u3000": "", "级": ""}
)
_FULLWIDTH_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})


def normalise_grade_text(raw: object, scale: str, field: str) -> str:
    """The scale's spelling of a typed grade ("3/4" → "3-4"); InputError otherwise."""
    steps = SCALES[scale or "fastness"]
    if not isinstance(raw, str):
        raise InputError(field, f'等级应为字符串（如 "3-4"）：{raw!r}')
    text = raw.translate(_FULLWIDTH_DIGITS).translate(_DASHES).strip()
    if text not in steps:
        raise InputError(field, f"等级应为 {'、'.join(steps)} 之一：{raw!r}")
    return text


def grade_rank(grade: str, scale: str = "fastness") -> int:
    return SCALES[scale or "fastness"].index(grade)


class OrdinalResult(ResultKind):
    KIND: ClassVar[str] = "ordinal"

    def parse(self, item: ItemSpec, raw: object, field: str) -> Subject | None:
        if not item.subresults:
            if isinstance(raw, Mapping):
                raise InputError(field, '该项目没有子项，应直接给出等级（如 "3-4"）')
            return Subject(item, grades=(("", normalise_grade_text(raw, item.scale, field)),))
        if not isinstance(raw, Mapping):
            names = "、".join(f"{s.code}（{s.name_zh}）" for s in item.subresults)
            raise InputError(field, f"应按子项给出等级：{{子项代码: 等级}}，子项：{names}")
        codes = [s.code for s in item.subresults]
        unknown = [k for k in raw if k not in codes]
        if unknown:
            raise InputError(f"{field}.{unknown[0]}", f"未知的子项（可用：{'、'.join(codes)}）")
        grades = tuple(
            (code, normalise_grade_text(raw[code], item.scale, f"{field}.{code}"))
            for code in codes
            if raw.get(code) not in (None, "")
        )
        if len(grades) < len(codes):
            return None  # not every sub-result entered yet
        return Subject(item, grades=grades)

    def worst(self, subject: Subject) -> str:
        return min((g for _, g in subject.grades), key=lambda g: grade_rank(g, subject.item.scale))

    def reported(self, subject: Subject) -> str:
        return self.worst(subject)

    def extra(self, subject: Subject, env: JudgeEnv) -> dict[str, Any]:
        if not subject.item.subresults:
            return {}
        names = {s.code: s.name_zh for s in subject.item.subresults}
        return {
            "subresults": [
                {"code": code, "name_zh": names[code], "grade": grade} for code, grade in subject.grades
            ]
        }
