"""Report result rows mark a requirement with “*” only where an unverified rule was applied."""

from __future__ import annotations

from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.domain.judging.engine import evaluate
from labdesk.services.reports import _rows

COAL = {"Mt": ["8.6", "8.8"], "Mad": ["1.50", "1.55"], "Aad": ["22.20", "22.35"], "St,ad": ["0.80", "0.82"]}


def _requirements(declared: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    catalogue = load_catalogue()
    ruleset = catalogue.ruleset("metallurgical_coal")
    record = evaluate(ruleset, context={"coal_rank": "other", "transport_km": 100}, declared=declared,
                      determinations=COAL, catalogue_version=catalogue.version).to_record_dict()
    rows, _methods, notes = _rows(record, ruleset.to_dict())
    return {row.name.split()[-1]: row.requirement for row in rows}, notes


def test_verified_limit_is_not_starred() -> None:
    requirements, notes = _requirements({})
    assert requirements["Ad"] == "≤40"
    assert not any("未经核实" in note for note in notes)


def test_applied_unverified_tolerance_is_starred_and_explained() -> None:
    requirements, notes = _requirements({"Ad": "22.00"})
    assert requirements["Ad"].endswith("*")
    assert requirements["St,d"] == "≤3"
    assert any("未经核实" in note for note in notes)
