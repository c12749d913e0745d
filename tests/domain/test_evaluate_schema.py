"""Real ``labdesk evaluate`` inputs and outputs validate against docs/evaluate.schema.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from labdesk.cli.evaluate import evaluate_request

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "evaluate.schema.json").read_text(encoding="utf-8"))
KINDS = Path(__file__).parent / "kinds"

COAL = {
    "Mt": ["7.9", "8.1"],
    "Mad": ["3.98", "4.02"],
    "Aad": ["15.90", "16.10"],
    "Vad": ["23.95", "24.05"],
    "St,ad": ["0.95", "0.97"],
    "Had": ["3.00", "3.00"],
    "Qb,ad": ["25000", "25100"],
}
REQUESTS: list[tuple[dict[str, Any], Path | None]] = [
    (
        {
            "product": "power_coal",
            "context": {"coal_rank": "other", "transport_km": 800},
            "declared": {"Ad": "10.00", "Qgr,d": "27.00"},
            "determinations": COAL,
        },
        None,
    ),
    (
        {
            "product": "power_coal",
            "context": {"coal_rank": "other", "transport_km": 800},
            "determinations": {**COAL, "Aad": ["15.90", "16.50"]},
        },
        None,
    ),
    (
        {
            "product": "metallurgical_coke",
            "context": {"quench": "wet"},
            "declared": {"grade": "I"},
            "determinations": {"Mad": ["1.00"], "Aad": ["12.31", "12.40"], "St,ad": ["0.60", "0.62"]},
        },
        None,
    ),
    ({"product": "kind_lod", "results": {"HCHO": ["未检出"], "amine": ["<30"], "N": ["120"]}}, KINDS),
    (
        {
            "product": "kind_ordinal",
            "context": {"safety_category": "A"},
            "results": {"rub": {"dry": "4", "wet": "3"}, "light": "4-5"},
        },
        KINDS,
    ),
    (
        {
            "product": "kind_specimens",
            "results": {
                "zinc": ["280", "290", "260"],
                "tuft": ["20", "10", "16"],
                "brk": ["43.0", "44.0", "39.9"],
            },
        },
        KINDS,
    ),
    (
        {
            "product": "kind_composition",
            "declared": {
                "fibre": [{"component": "棉", "percent": "60"}, {"component": "涤纶", "percent": "40"}]
            },
            "results": {
                "fibre": [{"component": "棉", "percent": "58.2"}, {"component": "涤纶", "percent": "41.8"}]
            },
        },
        KINDS,
    ),
    ({"product": "kind_checklist", "results": {"label": {"missing": ["safety_category"]}}}, KINDS),
    (
        {"product": "kind_classes", "results": {"a1": ["45.0"], "b1": ["0.60"], "b2": ["250"], "c1": ["1"]}},
        KINDS,
    ),
]


@pytest.mark.parametrize(("request_", "catalogue"), REQUESTS)
def test_real_inputs_and_outputs_validate(request_: dict[str, Any], catalogue: Path | None) -> None:
    validator = jsonschema.Draft202012Validator
    validator.check_schema(SCHEMA)
    jsonschema.validate(request_, {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/input"}, cls=validator)
    output = evaluate_request(request_, catalogue_dir=catalogue)
    jsonschema.validate(output, {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/output"}, cls=validator)


def test_schema_rejects_the_old_shapes() -> None:
    validator = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/input"})
    assert not validator.is_valid(
        {"product": "power_coal", "determinations": {"Aad": "16.02"}}
    )  # bare string
    assert not validator.is_valid({"product": "power_coal", "unknown": 1})
    out = {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/output"}
    assert not jsonschema.Draft202012Validator(out).is_valid({"product": "x"})
