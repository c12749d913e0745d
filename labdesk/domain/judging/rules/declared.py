"""``declared_tolerance``: the inspected value against the enterprise's declared value (GB/T 18666 style).

``direction = "max"``: inspected ≤ declared + T (Ad, Mt, St,d: reported − inspected ≥ −T);
``direction = "min"``: inspected ≥ declared − T (Qgr,d: reported − inspected ≤ +T).
T comes from ``bands`` evaluated with ``x`` = declared value and ``y`` = inspected value.
The rule applies only when the declared value is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from labdesk.domain.errors import InputError
from labdesk.domain.judging.expr import Expression, ExpressionError, compile_expression
from labdesk.domain.judging.rules.base import JudgeEnv, RuleBase, RuleResult, Subject, shown, verdict_of
from labdesk.domain.judging.schema import METHODS, Condition, Reader
from labdesk.domain.numbers import Requirement, complies


@dataclass(frozen=True, slots=True)
class ToleranceBand:
    """Tolerance T for declared values up to ``upto`` (by the declared value x)."""

    expr: Expression
    upto: Decimal | None = None
    inclusive: bool = True


@dataclass(frozen=True, slots=True)
class DeclaredToleranceRule(RuleBase):
    """GB/T 18666 style: the inspected value against the enterprise's stated value."""

    KIND: ClassVar[str] = "declared_tolerance"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("numeric",)
    FIELDS: ClassVar[tuple[str, ...]] = ("method", "direction", "bands", "table")

    id: str
    item: str
    direction: Literal["max", "min"]
    bands: tuple[ToleranceBand, ...]
    method: Literal["full", "rounded"]
    source: str
    verified: bool
    table: str = ""
    when: tuple[Condition, ...] = ()
    note: str = ""
    basis_zh: str = ""
    required: bool | None = False

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> DeclaredToleranceRule:
        bands = []
        for i, b in enumerate(r.items("bands")):
            br = Reader(b, f"{r.path}.bands[{i}]")
            br.only(("expr", "upto", "inclusive"))
            try:
                expr = compile_expression(br.text("expr"))
            except ExpressionError as exc:
                raise br.err("expr", str(exc)) from None
            if not expr.names <= {"x", "y"}:
                raise br.err("expr", "允许差公式只能使用 x（申报值）和 y（检验值）")
            bands.append(ToleranceBand(expr, br.opt_dec("upto"), br.flag("inclusive", True)))
        if not bands or bands[-1].upto is not None:
            raise r.err("bands", "允许差须分段给出，且最后一段不设上限")
        if common["required"] is None:
            common["required"] = False
        return cls(
            direction=r.choice("direction", ("max", "min")),  # type: ignore[arg-type]
            bands=tuple(bands),
            method=r.choice("method", METHODS, "full"),  # type: ignore[arg-type]
            table=r.text("table", ""),
            **common,
        )

    def fields(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "direction": self.direction,
            "table": self.table,
            "bands": [
                {
                    "expr": b.expr.text,
                    **({"upto": str(b.upto), "inclusive": b.inclusive} if b.upto is not None else {}),
                }
                for b in self.bands
            ],
        }

    def tolerance(self, declared: Decimal, inspected: Decimal) -> Decimal:
        for band in self.bands:
            if band.upto is None or (declared <= band.upto if band.inclusive else declared < band.upto):
                return band.expr.evaluate({"x": declared, "y": inspected})
        raise ExpressionError("no tolerance band covers the declared value")

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        declared = (env.declared or {}).get(self.item)
        if declared is None or subject.value is None:
            return None
        value, item = subject.value, subject.item
        try:
            tol = self.tolerance(declared, value)
        except ExpressionError as exc:
            raise InputError(f"declared.{self.item}", f"无法计算允许差：{exc}") from None
        if self.direction == "max":
            req = Requirement("<=", declared + tol)
            text = f"≤{shown(declared, item)}+{shown(tol, item)}（申报值+允许差）"
        else:
            req = Requirement(">=", declared - tol)
            text = f"≥{shown(declared, item)}−{shown(tol, item)}（申报值−允许差）"
        ok = complies(value, req, self.method)
        failure = "" if ok else f"与申报值之差超出{self.basis(env)}规定的允许差"
        return self.result(
            text, verdict_of(ok), failure, bounds=(req.value,) if req.value is not None else ()
        )
