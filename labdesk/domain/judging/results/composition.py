"""``composition``: components with mass percentages (fibre content), judged against the labelled
composition (``declared.<code>``, same shape).  Reported as a small table, components in order.

Input: ``[{"component": "棉", "percent": "58.2"}, ...]``; component names are unique and non-empty,
each percent 0–100, and the total at most 100.5 % (rounding of the parts).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from labdesk.domain.errors import InputError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.results.base import ResultKind
from labdesk.domain.judging.rules.base import JudgeEnv, Subject
from labdesk.domain.numbers import format_reported, parse_decimal

__all__ = ["CompositionResult", "components_from_text", "parse_components"]

MAX_TOTAL = Decimal("100.5")
Components = tuple[tuple[str, Decimal], ...]


_PART = re.compile(r"^\s*(?P<name>[^\d０-９.%％]+?)\s*(?P<pct>[\d０-９.．]+)\s*[%％]?\s*$")


def components_from_text(text: str, field: str) -> list[dict[str, str]]:
    """A labelled composition as typed on a label ("棉 60%；涤纶 40%", "棉60，涤纶40") as the list shape."""
    out: list[dict[str, str]] = []
    for part in (p for p in re.split(r"[；;，,、/\n]+", text) if p.strip()):
        m = _PART.match(part)
        if m is None:
            raise InputError(field, f"无法识别的成分「{part.strip()}」，应写作「棉 60%；涤纶 40%」")
        out.append({"component": m["name"].strip(), "percent": m["pct"]})
    if not out:
        raise InputError(field, "应写作「棉 60%；涤纶 40%」")
    return out


def parse_components(raw: object, field: str) -> Components:
    if isinstance(raw, str):
        raw = components_from_text(raw, field)
    if not isinstance(raw, list | tuple) or not raw:
        raise InputError(field, '应为成分列表，如 [{"component": "棉", "percent": "60"}]')
    out: list[tuple[str, Decimal]] = []
    for i, entry in enumerate(raw):
        one = f"{field}[{i}]"
        if not isinstance(entry, Mapping) or set(entry) - {"component", "percent"}:
            raise InputError(one, '每个成分应为 {"component": 名称, "percent": 含量}')
        name = entry.get("component")
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{one}.component", "缺少成分名称")
        percent = parse_decimal(entry.get("percent"), f"{one}.percent")
        if percent < 0 or percent > 100:
            raise InputError(f"{one}.percent", f"百分数应在 0～100 之间：{percent}")
        if any(n == name.strip() for n, _ in out):
            raise InputError(f"{one}.component", f"成分「{name.strip()}」重复")
        out.append((name.strip(), percent))
    total = sum((p for _, p in out), Decimal(0))
    if total > MAX_TOTAL:
        raise InputError(field, f"各成分含量之和为 {total}%，超过 100%")
    return tuple(out)


class CompositionResult(ResultKind):
    KIND: ClassVar[str] = "composition"

    def parse(self, item: ItemSpec, raw: object, field: str) -> Subject | None:
        return Subject(item, components=parse_components(raw, field))

    def reported(self, subject: Subject) -> str:
        interval = subject.item.interval or Decimal("0.1")
        return "；".join(f"{name} {format_reported(p, interval)}%" for name, p in subject.components)

    def extra(self, subject: Subject, env: JudgeEnv) -> dict[str, Any]:
        interval = subject.item.interval or Decimal("0.1")
        declared = dict((env.declared_compositions or {}).get(subject.item.code, ()))
        names = [name for name, _ in subject.components]
        names += [name for name in declared if name not in names]
        measured = dict(subject.components)
        return {
            "components": [
                {
                    "component": name,
                    "percent": format_reported(measured[name], interval) if name in measured else None,
                    "declared": format_reported(declared[name], interval) if name in declared else None,
                }
                for name in names
            ]
        }
