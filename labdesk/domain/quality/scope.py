"""Signing scope (授权签字领域): a product code, a product category, or everything."""

from __future__ import annotations

ALL = "*"
CATEGORIES_ZH = {"coal": "煤炭类产品", "coke": "焦炭类产品"}


def scope_covers(scope: str, product_code: str) -> bool:
    """``scope`` is ``*``, a product code (``power_coal``) or a category (``coal`` covers ``*_coal``)."""
    scope = scope.strip()
    return scope in (ALL, product_code) or (scope in CATEGORIES_ZH and product_code.endswith("_" + scope))


def scope_zh(scope: str) -> str:
    if scope == ALL:
        return "全部产品"
    return CATEGORIES_ZH.get(scope, scope)
