"""The catalogue's safe formula evaluator (never eval/exec)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from labdesk.domain.judging.expr import ExpressionError, compile_expression


@pytest.mark.parametrize(
    ("text", "env", "expected"),
    [
        ("1 + 2 * 3", {}, "7"),
        ("(1 + 2) * 3", {}, "9"),
        ("-x + 10", {"x": D("2.5")}, "7.5"),
        ("max(0.141 * x, 1.41)", {"x": D("5")}, "1.41"),
        ("max(0.141 * x, 1.41)", {"x": D("20")}, "2.820"),
        ("min(a, b, c)", {"a": D(3), "b": D(1), "c": D(2)}, "1"),
        ("abs(St_d - 2)", {"St_d": D("1.5")}, "0.5"),
        ("Aad * 100 / (100 - Mad)", {"Aad": D(12), "Mad": D(4)}, "12.5"),
        ("0.1 + 0.2", {}, "0.3"),  # Decimal, not binary float
    ],
)
def test_evaluate(text: str, env: dict[str, D], expected: str) -> None:
    assert compile_expression(text).evaluate(env) == D(expected)


def test_names() -> None:
    assert compile_expression("max(0.141 * x, y) + abs(z)").names == {"x", "y", "z"}


@pytest.mark.parametrize(
    "text",
    ["__import__('os')", "x ** 2", "x; y", "open(x)", "1 +", "(1", "", "x.y", "1e5", "lambda: 1", "abs(1, 2)"],
)
def test_rejects(text: str) -> None:
    with pytest.raises(ExpressionError):
        compile_expression(text)


def test_missing_variable_and_division_by_zero() -> None:
    with pytest.raises(ExpressionError):
        compile_expression("x + 1").evaluate({})
    with pytest.raises(ExpressionError):
        compile_expression("1 / x").evaluate({"x": D(0)})
