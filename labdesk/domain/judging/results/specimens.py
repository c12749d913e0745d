"""``specimens``: one value per specimen, any number of specimens; judged on the mean and/or on
each specimen.  Reported as the mean at the item's interval with min–max.  Fewer specimens than
``min_specimens`` is an incomplete entry (no result yet)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.base import ResultKind, number_in_range, plain
from labdesk.domain.judging.rules.base import JudgeEnv, Subject
from labdesk.domain.numbers import format_reported

MAX_SPECIMENS = 200


class SpecimensResult(ResultKind):
    KIND: ClassVar[str] = "specimens"

    def parse(self, item: ItemSpec, raw: object, field: str) -> Subject | None:
        if not isinstance(raw, list | tuple):
            raise InputError(field, "应为各试样测定值的列表（字符串数组）")
        if len(raw) > MAX_SPECIMENS:
            raise InputError(field, f"试样数最多 {MAX_SPECIMENS} 个")
        values = [number_in_range(item, v, f"{field}[{i}]") * item.input_scale for i, v in enumerate(raw)]
        if not values or len(values) < (item.min_specimens or 1):
            return None
        mean = sum(values, Decimal(0)) / len(values)
        return Subject(item, value=mean, specimens=tuple(values))

    def reported(self, subject: Subject) -> str:
        assert subject.value is not None and subject.item.interval is not None
        return format_reported(subject.value, subject.item.interval)

    def extra(self, subject: Subject, env: JudgeEnv) -> dict[str, Any]:
        interval = subject.item.interval
        assert interval is not None
        values = subject.specimens
        return {
            "specimens": {
                "values": [plain(v) for v in values],
                "count": len(values),
                "min": format_reported(min(values), interval),
                "max": format_reported(max(values), interval),
            }
        }
