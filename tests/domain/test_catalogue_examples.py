"""Every resources/catalogue/examples/<product>.json judges to the verdict worked out by hand (KINDS.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from labdesk.cli.evaluate import evaluate_request

EXAMPLES = sorted(
    (Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "examples").glob("*.json")
)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_judges_as_worked_out_by_hand(path: Path) -> None:
    example: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert example.get("comment"), "each example says how the verdict was worked out"
    output = evaluate_request(example["input"])
    expect = example["expect"]
    assert output["verdict"] == expect["verdict"], output["conclusion"]
    assert sorted(output["failed_items"]) == sorted(expect.get("failed_items", []))
