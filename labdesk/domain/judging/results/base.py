"""The interface of a result kind (see :mod:`labdesk.domain.judging.results`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.rules.base import JudgeEnv, Subject
from labdesk.domain.numbers import parse_decimal

__all__ = ["ResultKind", "plain", "number_in_range"]

_HUNDRED = Decimal(100)


def plain(value: Decimal) -> str:
    return format(value, "f")


def number_in_range(item: ItemSpec, raw: object, field: str) -> Decimal:
    """A typed number, checked against the item's plausible range (in the input unit)."""
    value = parse_decimal(raw, field)
    unit = item.measured_unit
    if unit == "%" and item.input_min is None and item.input_max is None:
        # a mass fraction; a change or deviation in % (shrinkage, diameter deviation) declares its range
        if value < 0 or value > _HUNDRED:
            raise InputError(field, f"百分数应在 0～100 之间：{value}")
        return value
    low, high = item.input_min, item.input_max
    if low is None and high is None:
        if value < 0:
            raise InputError(field, f"数值不应为负：{value}")
        return value
    if (low is not None and value < low) or (high is not None and value > high):
        hint = f"（单位 {unit}）" if unit else ""
        raise InputError(field, f"数值超出合理范围 {low}～{high}{hint}：{value}")
    return value


class ResultKind:
    """Parse one item's entered result; report it."""

    KIND: ClassVar[str] = ""

    def parse(self, item: ItemSpec, raw: object, field: str) -> Subject | None:
        """The subject for the rules, or ``None`` while the entry is incomplete (InputError if wrong)."""
        raise NotImplementedError

    def reported(self, subject: Subject) -> str:
        raise NotImplementedError

    def extra(self, subject: Subject, env: JudgeEnv) -> dict[str, Any]:
        """Kind-specific output keys of the item (``subresults``, ``specimens`` …)."""
        return {}
