"""``composition_tolerance``: measured fibre content against the labelled composition.

The rule implemented (settled from plan2-standards.md §1.4; GB/T 29862-2013 replaced
FZ/T 01053-2007 on 2014-05-01, so the 2021 plan judges by GB/T 29862's tolerances, which the
fields below express; the old FZ/T 01053-2007 "30 % of the labelled value" case is not used):

1. every labelled component must be measured (a labelled component not found counts as 0 %);
2. each labelled component: |measured − labelled| ≤ ``tolerance`` percentage points (general 5);
   a component labelled ≤ ``small_component_max`` (10 %) uses ``small_tolerance`` (3 points);
   a component labelled ≤ ``nonzero_max`` (3 %) must also be measured above 0;
3. an unlabelled measured component above ``trace_max`` (0.5 %) fails; at or below it is a trace
   (微量) that may be left out of the total;
4. a single component labelled 100 % (纯/全) uses ``pure_tolerance`` when given (else rule 2), with
   the traces added to its measured content.

Comparisons use the unrounded percentages (全数值比较法); equality at the tolerance passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from labdesk.domain.judging.rules.base import JudgeEnv, RuleBase, RuleResult, Subject, verdict_of
from labdesk.domain.judging.schema import Condition, Reader

_HUNDRED = Decimal(100)
_DEFAULT_TRACE = Decimal("0.5")


def _pct(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.1")), "f")


@dataclass(frozen=True, slots=True)
class CompositionToleranceRule(RuleBase):
    KIND: ClassVar[str] = "composition_tolerance"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("composition",)
    FIELDS: ClassVar[tuple[str, ...]] = (
        "tolerance",
        "small_component_max",
        "small_tolerance",
        "nonzero_max",
        "trace_max",
        "pure_tolerance",
    )

    id: str
    item: str
    tolerance: Decimal
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    small_component_max: Decimal | None = None
    small_tolerance: Decimal | None = None
    nonzero_max: Decimal | None = None
    trace_max: Decimal = _DEFAULT_TRACE
    pure_tolerance: Decimal | None = None

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> CompositionToleranceRule:
        small_max, small_tol = r.opt_dec("small_component_max"), r.opt_dec("small_tolerance")
        if (small_max is None) != (small_tol is None):
            raise r.err("small_tolerance", "small_component_max 与 small_tolerance 须同时给出")
        return cls(
            tolerance=r.dec("tolerance"),
            small_component_max=small_max,
            small_tolerance=small_tol,
            nonzero_max=r.opt_dec("nonzero_max"),
            trace_max=r.opt_dec("trace_max") or _DEFAULT_TRACE,
            pure_tolerance=r.opt_dec("pure_tolerance"),
            **common,
        )

    def fields(self) -> dict[str, Any]:
        d = {key: getattr(self, key) for key in self.FIELDS}
        return {k: str(v) for k, v in d.items() if v is not None}

    def _text(self) -> str:
        text = f"标注值±{self.tolerance}"
        if self.small_component_max is not None:
            text += f"（标注≤{self.small_component_max}%的成分±{self.small_tolerance}）"
        return text

    def describe(self, env: JudgeEnv) -> str | None:
        return self._text()

    def _allowed(self, labelled: Decimal, pure: bool) -> Decimal:
        if pure and self.pure_tolerance is not None:
            return self.pure_tolerance
        if (
            self.small_component_max is not None
            and self.small_tolerance is not None
            and labelled <= self.small_component_max
        ):
            return self.small_tolerance
        return self.tolerance

    def _problems(self, measured: dict[str, Decimal], declared: tuple[tuple[str, Decimal], ...]) -> list[str]:
        labelled = dict(declared)
        traces = {n: p for n, p in measured.items() if n not in labelled and p <= self.trace_max}
        pure = len(declared) == 1 and declared[0][1] == _HUNDRED
        problems = []
        for name, label in declared:
            got = measured.get(name, Decimal(0)) + (sum(traces.values(), Decimal(0)) if pure else 0)
            allowed = self._allowed(label, pure)
            if abs(got - label) > allowed:
                problems.append(f"{name}标注 {_pct(label)}%、实测 {_pct(got)}%，超出允许偏差 {allowed}")
            elif self.nonzero_max is not None and label <= self.nonzero_max and got <= 0:
                problems.append(f"{name}标注 {_pct(label)}%，实测未检出")
        for name, got in measured.items():
            if name not in labelled and got > self.trace_max:
                problems.append(f"未标注的{name}实测 {_pct(got)}%")
        return problems

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if not subject.components:
            return None
        declared = (env.declared_compositions or {}).get(self.item)
        if not declared:
            return self.result(self._text(), "none", message="缺少标注的纤维成分（申报值），不能判定")
        problems = self._problems(dict(subject.components), declared)
        failure = f"{self.not_met(env)}（{'；'.join(problems)}）" if problems else ""
        return self.result(self._text(), verdict_of(not problems), failure)
