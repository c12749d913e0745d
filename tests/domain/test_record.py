"""The stored evaluation record says, per judged item, whether the rules actually applied are verified."""

from __future__ import annotations

from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import evaluate

COAL = {"Mt": ["8.6", "8.8"], "Mad": ["1.50", "1.55"], "Aad": ["22.20", "22.35"], "St,ad": ["0.80", "0.82"]}


def _record(declared: dict[str, str]) -> dict[str, object]:
    catalogue = load_catalogue()
    evaluation = evaluate(catalogue.ruleset("metallurgical_coal"), context={"coal_rank": "other", "transport_km": 100},
                          declared=declared, determinations=COAL, catalogue_version=catalogue.version)
    return evaluation.to_record_dict()


def test_verified_limit_alone_is_verified() -> None:
    record = _record({})
    assert record["items"]["Ad"]["verified"] is True  # type: ignore[index]
    assert record["items"]["Ad"]["requirement"] == "≤40"  # type: ignore[index]
    assert "verified" not in record["items"]["Mad"]  # type: ignore[operator]  # not judged
    assert record["ruleset_id"] == "commercial_coal_2014"


def test_applied_reconstructed_tolerance_makes_the_item_unverified() -> None:
    record = _record({"Ad": "22.00"})  # GB/T 18666 table not found: the tolerance is reconstructed
    assert record["items"]["Ad"]["verified"] is False  # type: ignore[index]
    assert record["items"]["St,d"]["verified"] is True  # type: ignore[index]


def test_record_keeps_the_cli_shape() -> None:
    record = _record({})
    catalogue = load_catalogue()
    cli = evaluate(catalogue.ruleset("metallurgical_coal"), context={"coal_rank": "other", "transport_km": 100},
                   declared={}, determinations=COAL, catalogue_version=catalogue.version).to_json_dict()
    assert set(cli) <= set(record)
    assert all(set(cli["items"][code]) <= set(record["items"][code]) for code in cli["items"])  # type: ignore[index]
