"""A declared grade decides which grade's limits apply (GB/T 1996: 一级 → grade I limits).

Regression: the declared grade is stored in its own column at intake; every engine call
must receive it (``Sample.judging_declared``), otherwise the sample is silently judged
against the lowest grade and a failing batch passes.
"""

from __future__ import annotations

from labdesk.persistence.models import Sample
from labdesk.services import testing
from labdesk.services.testing import CellChange
from tests.testing.conftest import Lab

COKE = {
    "Mt": ["4.2", "4.4"], "Mad": ["0.52", "0.58"], "Aad": ["12.10", "12.25"], "Vad": ["1.20", "1.26"],
    "St,ad": ["0.62", "0.65"], "M40": ["83.5"], "M25": ["92.4"], "M10": ["6.6"], "CRI": ["28.0", "28.9"],
    "CSR": ["62.2", "63.0"], "fines": ["3.1"],
}


def _judge(lab: Lab, declared_grade: str | None) -> dict[str, object]:
    sample_id = lab.make_sample("metallurgical_coke", context={"quench": "wet"})
    with lab.ctx.uow() as uow:
        sample = uow.session.get(Sample, sample_id)
        assert sample is not None
        sample.declared_grade = declared_grade
        uow.commit()
    changes = [CellChange(code, seq, value) for code, values in COKE.items() for seq, value in enumerate(values, 1)]
    sheet = testing.apply_changes(lab.ctx, lab.actors["tester"], sample_id, changes)
    assert sheet.evaluation is not None
    return sheet.evaluation


def test_declared_grade_one_applies_grade_one_limits(lab: Lab) -> None:
    # Ad = 12.175 × 100 / (100 − 0.55) = 12.24 % > 12.0 (grade I limit): fails as declared 一级
    result = _judge(lab, "一级")
    assert result["verdict"] == "fail"
    assert "Ad" in result["failed_items"]
    assert result["items"]["Ad"]["requirement"] == "≤12.0"  # type: ignore[index]


def test_without_declared_grade_the_lowest_grade_applies(lab: Lab) -> None:
    result = _judge(lab, None)
    assert result["verdict"] == "pass"
    assert result["items"]["Ad"]["grade"] == "II"  # type: ignore[index]
    assert result["grade"] == "II"
