"""A tiny, safe arithmetic evaluator for formulas held in the rule catalogue.

The catalogue is data: it must never run code.  This module parses a formula
with its own tokenizer and recursive-descent parser (no ``eval``/``exec``, no
``ast`` — whose literals would be binary floats) and evaluates it in Decimal.

Grammar::

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := '-' unary | '+' unary | atom
    atom   := NUMBER | NAME | FUNC '(' expr (',' expr)* ')' | '(' expr ')'

Functions: ``min``, ``max``, ``abs``.  Names are variables supplied at
evaluation time (item codes with ``,`` written as ``_``: ``St_d`` for St,d).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Union

__all__ = ["Expression", "ExpressionError", "compile_expression"]

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.))")
_FUNCTIONS = {"min", "max", "abs"}
MAX_LENGTH = 500

Node = Union[Decimal, str, tuple[Any, ...]]  # noqa: UP007 - a recursive alias kept simple


class ExpressionError(ValueError):
    """The formula text is not valid, or a variable is missing at evaluation."""


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:  # pragma: no cover - the pattern always matches one character
            raise ExpressionError(f"bad formula near {text[pos:]!r}")
        number, name, other = m.groups()
        if number is not None:
            tokens.append(("num", number))
        elif name is not None:
            tokens.append(("name", name))
        elif other is not None:
            if other not in "+-*/(),":
                raise ExpressionError(f"unexpected character {other!r} in formula {text!r}")
            tokens.append(("op", other))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise ExpressionError(f"formula {self.text!r}: expected {value or 'more'}")
        self.i += 1
        return tok

    def parse(self) -> Node:
        node = self.expr()
        if self.peek() is not None:
            raise ExpressionError(f"formula {self.text!r}: unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return node

    def expr(self) -> Node:
        node = self.term()
        while (tok := self.peek()) is not None and tok[1] in "+-" and tok[0] == "op":
            self.i += 1
            node = (tok[1], node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while (tok := self.peek()) is not None and tok[1] in "*/" and tok[0] == "op":
            self.i += 1
            node = (tok[1], node, self.unary())
        return node

    def unary(self) -> Node:
        tok = self.peek()
        if tok is not None and tok[0] == "op" and tok[1] in "+-":
            self.i += 1
            operand = self.unary()
            return ("neg", operand) if tok[1] == "-" else operand
        return self.atom()

    def atom(self) -> Node:
        kind, value = self.take()
        if kind == "num":
            return Decimal(value)
        if kind == "name":
            nxt = self.peek()
            if nxt is not None and nxt[1] == "(":
                if value not in _FUNCTIONS:
                    raise ExpressionError(f"formula {self.text!r}: unknown function {value!r}")
                self.take("(")
                args = [self.expr()]
                while (t := self.peek()) is not None and t[1] == ",":
                    self.i += 1
                    args.append(self.expr())
                self.take(")")
                if value == "abs" and len(args) != 1:
                    raise ExpressionError(f"formula {self.text!r}: abs takes one argument")
                return ("call", value, tuple(args))
            return value
        if value == "(":
            node = self.expr()
            self.take(")")
            return node
        raise ExpressionError(f"formula {self.text!r}: unexpected {value!r}")


def _names(node: Node, out: set[str]) -> None:
    if isinstance(node, str):
        out.add(node)
    elif isinstance(node, tuple):
        parts = node[2] if node[0] == "call" else node[1:]
        for part in parts:
            _names(part, out)


def _eval(node: Node, env: Mapping[str, Decimal]) -> Decimal:
    if isinstance(node, Decimal):
        return node
    if isinstance(node, str):
        try:
            return env[node]
        except KeyError:
            raise ExpressionError(f"formula variable {node!r} has no value") from None
    op = node[0]
    if op == "neg":
        return -_eval(node[1], env)
    if op == "call":
        args = [_eval(a, env) for a in node[2]]
        if node[1] == "min":
            return min(args)
        if node[1] == "max":
            return max(args)
        return abs(args[0])
    left, right = _eval(node[1], env), _eval(node[2], env)
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    if right == 0:
        raise ExpressionError("division by zero in formula")
    return left / right


@dataclass(frozen=True, slots=True)
class Expression:
    """A compiled formula: ``text`` as written, ``names`` it reads."""

    text: str
    tree: Node
    names: frozenset[str]

    def evaluate(self, env: Mapping[str, Decimal]) -> Decimal:
        return _eval(self.tree, env)


def compile_expression(text: str) -> Expression:
    """Parse ``text``; raises :class:`ExpressionError` for anything outside the grammar."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_LENGTH:
        raise ExpressionError(f"formula must be a non-empty string of at most {MAX_LENGTH} characters")
    tree = _Parser(text).parse()
    names: set[str] = set()
    _names(tree, names)
    return Expression(text, tree, frozenset(names))
