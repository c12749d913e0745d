"""Resolving repeat determinations — GB/T 483-2007 §6.1 (domain.md §3).

1. Two determinations: if |x1 − x2| ≤ r, report their mean.
2. Otherwise a third: if the range of the three ≤ 1.2r, report the mean of three.
3. Otherwise a fourth: if the range of the four ≤ 1.3r, report the mean of four;
4. else, if some three of the four have a range ≤ 1.2r, report their mean;
5. else reject all and redo.

Equality at a limit accepts.  The repeatability limit r comes from a table of
level bands (:class:`RTable`); the level that picks the band is the mean of the
determinations by default (``band_by``: ``mean``, ``min``, ``max`` or
``first``), configurable per item in the catalogue.  One r is chosen for the
whole set, from all the determinations given.

With n determinations the rule for n is applied (the count a tester has
entered says which step of the procedure has been reached).  More than four
determinations are not part of the procedure: the outcome is ``rejected`` with
reason ``too_many``.

Triple tie (more than one triple within 1.2r in step 4, not settled by the
standard, domain.md §13): only the two "contiguous" triples (the four sorted
without the largest, or without the smallest) can qualify.  The one with the
smaller range wins; if the ranges are equal, the triple made of the earlier
determinations in entry order (that is, the most recently entered of the two
extreme values is dropped).  ``tie=True`` flags the outcome so a reviewer sees it.

Items without an r table are single-run (e.g. M40): any determinations given
are averaged and the status is ``single``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from typing import Any, Literal

__all__ = ["BAND_BY", "RBand", "RTable", "ReplicateOutcome", "Status", "resolve"]

Status = Literal["accepted", "need_more", "rejected", "single"]
BandBy = Literal["mean", "min", "max", "first"]
BAND_BY: tuple[str, ...] = ("mean", "min", "max", "first")

K3 = Decimal("1.2")
K4 = Decimal("1.3")


@dataclass(frozen=True, slots=True)
class RBand:
    """One level band: applies to levels below ``upto`` (or up to and including it when
    ``inclusive``); the last band of a table has ``upto=None`` (no upper edge)."""

    r: Decimal
    upto: Decimal | None = None
    inclusive: bool = False

    def contains(self, level: Decimal) -> bool:
        if self.upto is None:
            return True
        return level <= self.upto if self.inclusive else level < self.upto


@dataclass(frozen=True, slots=True)
class RTable:
    """Repeatability limits r by level band (GB/T 483-2007 §8 and the method standards).

    ``unit`` is the unit of the determinations (e.g. "%" or "J/g"); ``source`` and
    ``verified`` record where the numbers come from (domain.md §4).
    """

    bands: tuple[RBand, ...]
    band_by: BandBy = "mean"
    source: str = ""
    verified: bool = True
    note: str = ""

    def __post_init__(self) -> None:
        if not self.bands:
            raise ValueError("an r table needs at least one band")
        if self.bands[-1].upto is not None:
            raise ValueError("the last r band must be open-ended (no upper edge)")
        edges = [b.upto for b in self.bands[:-1]]
        if any(e is None for e in edges):
            raise ValueError("only the last r band may be open-ended")
        if any(a >= b for a, b in zip(edges, edges[1:], strict=False)):  # type: ignore[operator]
            raise ValueError("r band edges must increase")
        if any(b.r <= 0 for b in self.bands):
            raise ValueError("r must be positive")
        if self.band_by not in BAND_BY:
            raise ValueError(f"band_by must be one of {BAND_BY}")

    def r_for(self, level: Decimal) -> Decimal:
        """The r of the band containing ``level``."""
        for band in self.bands:
            if band.contains(level):
                return band.r
        raise AssertionError("unreachable: the last band is open-ended")

    def level(self, values: Sequence[Decimal], band_by: str | None = None) -> Decimal:
        how = band_by or self.band_by
        if how == "mean":
            return _mean(values)
        if how == "min":
            return min(values)
        if how == "max":
            return max(values)
        if how == "first":
            return values[0]
        raise ValueError(f"band_by must be one of {BAND_BY}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "bands": [
                {"r": str(b.r), **({} if b.upto is None else {"upto": str(b.upto), "inclusive": b.inclusive})}
                for b in self.bands
            ],
            "band_by": self.band_by,
            "source": self.source,
            "verified": self.verified,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RTable:
        bands = tuple(
            RBand(
                r=Decimal(str(b["r"])),
                upto=Decimal(str(b["upto"])) if b.get("upto") is not None else None,
                inclusive=bool(b.get("inclusive", False)),
            )
            for b in data["bands"]
        )
        return cls(
            bands=bands,
            band_by=data.get("band_by", "mean"),
            source=str(data.get("source", "")),
            verified=bool(data.get("verified", True)),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True, slots=True)
class ReplicateOutcome:
    """The state of an item's determinations.

    ``status``: ``accepted`` (``mean`` is the reported basis), ``need_more``
    (``needed`` is the total number of determinations now required), ``rejected``
    (discard and redo; ``needed`` is 0), ``single`` (single-run item).
    ``used``: the determinations the mean is taken from.  ``limit``: the
    acceptance limit applied at this step (r, 1.2r or 1.3r), ``r``: the band's r.
    ``tie``: step 4 had more than one qualifying triple.  ``reason``: a short
    code (``pair``, ``three``, ``four``, ``triple_of_four``, ``too_many``, …).
    """

    status: Status
    used: tuple[Decimal, ...] = ()
    limit: Decimal | None = None
    mean: Decimal | None = None
    needed: int = 0
    r: Decimal | None = None
    tie: bool = False
    reason: str = ""
    values: tuple[Decimal, ...] = field(default=())

    @property
    def resolved(self) -> bool:
        return self.status in ("accepted", "single")


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _range(values: Sequence[Decimal]) -> Decimal:
    return max(values) - min(values)


def resolve(
    values: Sequence[Decimal], r_table: RTable | None, band_by: str | None = None
) -> ReplicateOutcome:
    """Apply GB/T 483-2007 §6.1 to the determinations entered so far.

    Handles 0–4 values (and more, as ``rejected``/``too_many``) so the result-entry
    grid can call it on every keystroke.  ``band_by`` overrides the table's own
    choice of level (``mean``, ``min``, ``max``, ``first``).
    """
    vals = tuple(values)
    n = len(vals)
    if r_table is None:
        if n == 0:
            return ReplicateOutcome("need_more", needed=1, reason="none", values=vals)
        return ReplicateOutcome("single", used=vals, mean=_mean(vals), needed=n, reason="single", values=vals)
    if n == 0:
        return ReplicateOutcome("need_more", needed=2, reason="none", values=vals)
    r = r_table.r_for(r_table.level(vals, band_by))
    if n == 1:
        return ReplicateOutcome("need_more", needed=2, limit=r, r=r, reason="one", values=vals)
    if n == 2:
        if _range(vals) <= r:
            return ReplicateOutcome("accepted", vals, r, _mean(vals), 2, r, reason="pair", values=vals)
        return ReplicateOutcome("need_more", needed=3, limit=r, r=r, reason="pair_out", values=vals)
    if n == 3:
        limit = K3 * r
        if _range(vals) <= limit:
            return ReplicateOutcome("accepted", vals, limit, _mean(vals), 3, r, reason="three", values=vals)
        return ReplicateOutcome("need_more", needed=4, limit=limit, r=r, reason="three_out", values=vals)
    if n == 4:
        limit4 = K4 * r
        if _range(vals) <= limit4:
            return ReplicateOutcome("accepted", vals, limit4, _mean(vals), 4, r, reason="four", values=vals)
        limit3 = K3 * r
        triples = [t for t in combinations(vals, 3) if _range(t) <= limit3]
        if not triples:
            return ReplicateOutcome("rejected", limit=limit4, r=r, reason="redo", values=vals)
        # GB/T 483-2007 §6.1 (第四次测定): "若四次测定值的极差大于 1.3r，而其中三个测定值的极差不大于
        # 1.2r，则取三个测定值的平均值"。The clause does not say which three when two triples qualify
        # (domain.md §3 step 4, §13).  Only the two contiguous triples of the sorted four can qualify
        # (dropping a middle value leaves the full range, > 1.3r).  The rule implemented:
        #   1. the triple with the smaller range wins (it agrees best: 3.20, 3.50, 3.28, 3.30 with
        #      r = 0.20 → 3.20/3.28/3.30, range 0.10 against 0.22, mean 3.26);
        #   2. on equal ranges, the triple of the earlier determinations in entry order wins, i.e. the
        #      later-entered of the two extreme values is dropped (3.00, 3.10, 3.20, 3.30 → 3.10);
        #   3. ``tie=True`` flags every outcome where more than one triple qualified, for the reviewer.
        # combinations() yields triples of earlier determinations first; min() keeps the first of equals.
        best = min(triples, key=_range)
        tie = len(triples) > 1
        return ReplicateOutcome(
            "accepted", best, limit3, _mean(best), 4, r, tie=tie, reason="triple_of_four", values=vals
        )
    return ReplicateOutcome("rejected", r=r, reason="too_many", values=vals)
