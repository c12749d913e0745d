"""``numeric``: replicate determinations (GB/T 483 §6.1), or a below-detection-limit result.

Determinations are a JSON list of strings (issue 11 defect 6: a bare string or number is
refused, like an object).  With the item's ``detection_limit`` a determination may be
"未检出", "ND" or "<X" (X in the item's unit; X is then the detection limit reported);
all determinations of the item must then be below the limit — a mix is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.base import ResultKind, number_in_range, plain
from labdesk.domain.judging.rules.base import JudgeEnv, Subject
from labdesk.domain.numbers import format_reported, parse_decimal

__all__ = ["MAX_DETERMINATIONS", "NumericEntry", "NumericResult", "parse_determinations"]

MAX_DETERMINATIONS = 4
ND_WORDS = ("未检出", "nd", "n.d.", "ND")


@dataclass(frozen=True, slots=True)
class NumericEntry:
    """The parsed determinations of one numeric item (input units), or a below-LOD result."""

    values: tuple[Decimal, ...] = ()
    below_lod: bool = False
    lod: Decimal | None = None


def _below(item: ItemSpec, text: str, field: str) -> Decimal | None:
    """The detection limit a below-LOD entry states (None if ``text`` is a number)."""
    cleaned = text.strip()
    if cleaned.lower() in ("未检出", "nd", "n.d.") or cleaned in ND_WORDS:
        if item.detection_limit is None:
            raise InputError(field, f"项目「{item.name_zh}」没有检出限，不能填“未检出”")
        return item.detection_limit
    if cleaned[:1] in ("<", "＜"):
        if item.detection_limit is None:
            raise InputError(field, f"项目「{item.name_zh}」没有检出限，不能填“<…”")
        lod = parse_decimal(cleaned[1:], field)
        if lod <= 0:
            raise InputError(field, f"检出限应为正数：{text!r}")
        return lod
    return None


def parse_determinations(item: ItemSpec, raw_list: object, field: str) -> NumericEntry | None:
    """The determinations of one item; ``None`` for an empty list."""
    if not isinstance(raw_list, list | tuple):
        raise InputError(field, '应为测定值列表（字符串数组，如 ["16.02", "16.10"]）')
    if not raw_list:
        return None
    if len(raw_list) > MAX_DETERMINATIONS:
        raise InputError(
            field, f"测定次数最多 {MAX_DETERMINATIONS} 次（GB/T 483-2007 §6.1），实际 {len(raw_list)} 次"
        )
    values: list[Decimal] = []
    lods: list[Decimal] = []
    for i, raw in enumerate(raw_list):
        one = f"{field}[{i}]"
        lod = _below(item, raw, one) if isinstance(raw, str) and not raw[:1].isdigit() else None
        if lod is not None:
            lods.append(lod)
        else:
            values.append(number_in_range(item, raw, one))
    if lods and values:
        raise InputError(f"{field}[{len(raw_list) - 1}]", "测定值中既有“未检出”又有数值，请核对后只填一种")
    if lods:
        return NumericEntry(below_lod=True, lod=max(lods))
    return NumericEntry(values=tuple(values))


def lod_text(item: ItemSpec, lod: Decimal | None) -> str:
    shown = plain(lod if lod is not None else item.detection_limit or Decimal(0))
    unit = f" {item.unit}" if item.unit else ""
    return f"{item.lod_text_zh}（检出限 {shown}{unit}）"


class NumericResult(ResultKind):
    """Numbers go through replicates and derivation in the engine; this reports them."""

    KIND: ClassVar[str] = "numeric"

    def parse(self, item: ItemSpec, raw: object, field: str) -> Subject | None:
        raise NotImplementedError("numeric items are parsed by parse_determinations()")

    def reported(self, subject: Subject) -> str:
        if subject.below_lod:
            return lod_text(subject.item, subject.lod)
        assert subject.value is not None and subject.item.interval is not None
        return format_reported(subject.value, subject.item.interval)

    def extra(self, subject: Subject, env: JudgeEnv) -> dict[str, Any]:
        if subject.below_lod:
            lod = subject.lod if subject.lod is not None else subject.item.detection_limit
            return {"below_detection_limit": True, "detection_limit": plain(lod) if lod is not None else None}
        return {}


def values_of(entry: NumericEntry) -> Sequence[Decimal]:
    return entry.values
