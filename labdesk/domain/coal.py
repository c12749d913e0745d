"""Coal and coke analysis bases and derived quantities.

Bases and their conversion: GB/T 483-2007 §7.2 and GB/T 35985-2018 (which also
covers coke).  Formulas: GB/T 212-2008 (FCad), GB/T 213-2008 (Qgr, Qnet),
GB/T 214-2007 (sulfur bases).  All arithmetic is Decimal; percentages are mass
fractions in %, calorific values in J/g (1 MJ/kg = 1000 J/g).  Nothing here
rounds: derived values are computed from the unrounded accepted means and only
the reported value is rounded, once (GB/T 8170-2008 §3.4).

Confidence (domain.md §2, §5): the conversion table and FCad/Ad/Aar/Vdaf/St
formulas are H; the Qgr formula with its α bands and the Qnet,ar formula are M;
using St,ad in place of the bomb sulfur Sb,ad is L (the exact condition in
GB/T 213-2008 was not found) — see ``SB_AD_SUBSTITUTION_NOTE``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from labdesk.domain.errors import InputError

__all__ = [
    "BASES",
    "DERIVATIONS",
    "DEFAULT_CALORIE_FACTOR",
    "Basis",
    "Derivation",
    "a_ar",
    "a_d",
    "alpha",
    "conversion_factor",
    "convert",
    "fc_ad",
    "q_gr_ad",
    "q_gr_d",
    "q_net_ar",
    "st_ar",
    "st_d",
    "to_kcal_per_kg",
    "v_daf",
]

Basis = Literal["ar", "ad", "d", "daf"]
BASES: tuple[Basis, ...] = ("ar", "ad", "d", "daf")
HUNDRED = Decimal(100)

#: 1 cal(20 ℃) = 4.1816 J, the coal-standard calorie (GB 213-87 text; matches the
#: official "16.50 MJ/kg ≈ 3946 大卡").  Some software uses 4.1868; configurable.
DEFAULT_CALORIE_FACTOR = Decimal("4.1816")

SB_AD_SUBSTITUTION_NOTE = (
    "Qgr,ad 按 GB/T 213-2008 以 St,ad 代替弹筒硫 Sb,ad 计算；可代替的确切条件未核实（domain.md §5，L）"
)


def _room(*parts: tuple[str, Decimal]) -> Decimal:
    """100 minus the given percentages; raises if nothing is left (a denominator of zero)."""
    rest = HUNDRED
    for _, value in parts:
        rest -= value
    if rest <= 0:
        names = "+".join(name for name, _ in parts)
        raise InputError(parts[-1][0], f"{names} 之和须小于 100%")
    return rest


def conversion_factor(
    known: Basis,
    target: Basis,
    *,
    Mad: Decimal | None = None,
    Mt: Decimal | None = None,
    Aad: Decimal | None = None,
    Aar: Decimal | None = None,
    Ad: Decimal | None = None,
) -> Decimal:
    """The factor of GB/T 483-2007 §7.2 / GB/T 35985-2018 Table 1: value on ``target`` =
    value on ``known`` × factor.  Mt is the as-received moisture (Mar).

    Not for moisture itself, nor for net calorific value (use :func:`q_net_ar`).
    Raises :class:`ValueError` if a quantity the factor needs is not given.
    """

    def need(name: str, value: Decimal | None) -> Decimal:
        if value is None:
            raise ValueError(f"conversion {known}→{target} needs {name}")
        return value

    if known == target:
        return Decimal(1)
    table: dict[tuple[str, str], Callable[[], Decimal]] = {
        ("ad", "ar"): lambda: _room(("Mt", need("Mt", Mt))) / _room(("Mad", need("Mad", Mad))),
        ("ad", "d"): lambda: HUNDRED / _room(("Mad", need("Mad", Mad))),
        ("ad", "daf"): lambda: HUNDRED / _room(("Mad", need("Mad", Mad)), ("Aad", need("Aad", Aad))),
        ("ar", "ad"): lambda: _room(("Mad", need("Mad", Mad))) / _room(("Mt", need("Mt", Mt))),
        ("ar", "d"): lambda: HUNDRED / _room(("Mt", need("Mt", Mt))),
        ("ar", "daf"): lambda: HUNDRED / _room(("Mt", need("Mt", Mt)), ("Aar", need("Aar", Aar))),
        ("d", "ad"): lambda: _room(("Mad", need("Mad", Mad))) / HUNDRED,
        ("d", "ar"): lambda: _room(("Mt", need("Mt", Mt))) / HUNDRED,
        ("d", "daf"): lambda: HUNDRED / _room(("Ad", need("Ad", Ad))),
        ("daf", "ad"): lambda: _room(("Mad", need("Mad", Mad)), ("Aad", need("Aad", Aad))) / HUNDRED,
        ("daf", "ar"): lambda: _room(("Mt", need("Mt", Mt)), ("Aar", need("Aar", Aar))) / HUNDRED,
        ("daf", "d"): lambda: _room(("Ad", need("Ad", Ad))) / HUNDRED,
    }
    try:
        return table[(known, target)]()
    except KeyError:
        raise ValueError(f"unknown basis {known!r} or {target!r}") from None


def convert(value: Decimal, known: Basis, target: Basis, **moisture_ash: Decimal | None) -> Decimal:
    """Convert ``value`` from basis ``known`` to ``target`` (GB/T 483-2007 §7.2)."""
    return value * conversion_factor(known, target, **moisture_ash)


def fc_ad(Mad: Decimal, Aad: Decimal, Vad: Decimal) -> Decimal:
    """Fixed carbon, GB/T 212-2008 §6: FCad = 100 − (Mad + Aad + Vad); refused when
    Mad + Aad + Vad ≥ 100 (physically impossible, issue 11 defect 3)."""
    return _room(("Mad", Mad), ("Aad", Aad), ("Vad", Vad))


def a_d(Aad: Decimal, Mad: Decimal) -> Decimal:
    """Dry-basis ash: Ad = Aad × 100/(100 − Mad) (GB/T 483-2007 §7.2)."""
    return Aad * HUNDRED / _room(("Mad", Mad))


def a_ar(Aad: Decimal, Mt: Decimal, Mad: Decimal) -> Decimal:
    """As-received ash: Aar = Aad × (100 − Mt)/(100 − Mad) (GB/T 483-2007 §7.2)."""
    return Aad * _room(("Mt", Mt)) / _room(("Mad", Mad))


def v_daf(Vad: Decimal, Mad: Decimal, Aad: Decimal) -> Decimal:
    """Dry ash-free volatile matter: Vdaf = Vad × 100/(100 − Mad − Aad) (GB/T 212-2008 §5.6).

    The carbonate-coal correction (CO2,ad > 2 %) is not applied (domain.md §5, L).
    """
    return Vad * HUNDRED / _room(("Mad", Mad), ("Aad", Aad))


def st_d(St_ad: Decimal, Mad: Decimal) -> Decimal:
    """Dry-basis total sulfur: St,d = St,ad × 100/(100 − Mad) (GB/T 214-2007, GB/T 483 §7.2)."""
    return St_ad * HUNDRED / _room(("Mad", Mad))


def st_ar(St_ad: Decimal, Mt: Decimal, Mad: Decimal) -> Decimal:
    """As-received total sulfur: St,ar = St,ad × (100 − Mt)/(100 − Mad)."""
    return St_ad * _room(("Mt", Mt)) / _room(("Mad", Mad))


_ALPHA_BANDS = ((Decimal(16700), Decimal("0.0010")), (Decimal(25100), Decimal("0.0012")))
_ALPHA_TOP = Decimal("0.0016")


def alpha(Qb_ad: Decimal) -> Decimal:
    """Nitric-acid correction coefficient α of GB/T 213-2008 §8.1 by bomb value (J/g):
    0.0010 when Qb,ad ≤ 16.70 MJ/kg, 0.0012 when 16.70 < Qb,ad ≤ 25.10 MJ/kg, 0.0016 above."""
    for upper, coefficient in _ALPHA_BANDS:
        if Qb_ad <= upper:
            return coefficient
    return _ALPHA_TOP


def q_gr_ad(Qb_ad: Decimal, St_ad: Decimal) -> Decimal:
    """Gross calorific value at constant volume, GB/T 213-2008 §8.1, in J/g:
    Qgr,v,ad = Qb,ad − (94.1 × St,ad + α × Qb,ad), St,ad in % standing in for Sb,ad."""
    return Qb_ad - (Decimal("94.1") * St_ad + alpha(Qb_ad) * Qb_ad)


def q_gr_d(Qgr_ad: Decimal, Mad: Decimal) -> Decimal:
    """Dry-basis gross calorific value: Qgr,d = Qgr,ad × 100/(100 − Mad) (J/g)."""
    return Qgr_ad * HUNDRED / _room(("Mad", Mad))


def q_net_ar(Qgr_ad: Decimal, Had: Decimal, Mt: Decimal, Mad: Decimal) -> Decimal:
    """Net calorific value at constant volume, as received, GB/T 213-2008 §9 (J/g):
    Qnet,v,ar = (Qgr,v,ad − 206 × Had) × (100 − Mt)/(100 − Mad) − 23 × Mt."""
    return (Qgr_ad - 206 * Had) * _room(("Mt", Mt)) / _room(("Mad", Mad)) - 23 * Mt


def to_kcal_per_kg(q_mj_per_kg: Decimal, calorie_factor: Decimal = DEFAULT_CALORIE_FACTOR) -> Decimal:
    """MJ/kg → kcal/kg (大卡): Q × 1000 / factor, factor in J/cal (default 4.1816)."""
    if calorie_factor <= 0:
        raise ValueError("calorie factor must be positive")
    return q_mj_per_kg * 1000 / calorie_factor


@dataclass(frozen=True, slots=True)
class Derivation:
    """A named derived quantity: its input item codes and the function computing it."""

    key: str
    inputs: tuple[str, ...]
    function: Callable[..., Decimal]
    source: str
    note: str = ""
    #: GB/T 213-2008: Qgr,ad is computed for each determination of this input (α chosen by that
    #: determination's Qb,ad), repeatability is checked on the computed values, then they are averaged.
    per_determination: str | None = None

    def compute(self, values: Mapping[str, Decimal]) -> Decimal:
        return self.function(*(values[code] for code in self.inputs))


#: Derivations a catalogue item may name with ``formula = "coal:<key>"``.
DERIVATIONS: dict[str, Derivation] = {
    d.key: d
    for d in (
        Derivation("FCad", ("Mad", "Aad", "Vad"), fc_ad, "GB/T 212-2008 §6"),
        Derivation("Ad", ("Aad", "Mad"), a_d, "GB/T 483-2007 §7.2"),
        Derivation("Aar", ("Aad", "Mt", "Mad"), a_ar, "GB/T 483-2007 §7.2"),
        Derivation("Vdaf", ("Vad", "Mad", "Aad"), v_daf, "GB/T 212-2008 §5.6"),
        Derivation("St,d", ("St,ad", "Mad"), st_d, "GB/T 214-2007; GB/T 483-2007 §7.2"),
        Derivation("St,ar", ("St,ad", "Mt", "Mad"), st_ar, "GB/T 214-2007; GB/T 483-2007 §7.2"),
        Derivation("Qgr,ad", ("Qb,ad", "St,ad"), q_gr_ad, "GB/T 213-2008 §8.1", SB_AD_SUBSTITUTION_NOTE,
                   per_determination="Qb,ad"),
        Derivation("Qgr,d", ("Qgr,ad", "Mad"), q_gr_d, "GB/T 213-2008; GB/T 483-2007 §7.2"),
        Derivation("Qnet,ar", ("Qgr,ad", "Had", "Mt", "Mad"), q_net_ar, "GB/T 213-2008 §9"),
    )
}
