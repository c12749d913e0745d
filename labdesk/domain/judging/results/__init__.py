"""Result kinds: one parser per item kind, registered in one place.

A result kind turns what the tester entered for one item (the ``results.<code>`` JSON value)
into a :class:`~labdesk.domain.judging.rules.base.Subject` for the rules, and says how the
result is reported (the reported text and the kind's extra JSON).  Adding a result kind: one
module with a class like those below, plus its entry in ``RESULT_KINDS``.
"""

from __future__ import annotations

from labdesk.domain.judging.results.base import ResultKind
from labdesk.domain.judging.results.checklist import ChecklistResult
from labdesk.domain.judging.results.composition import CompositionResult, parse_components
from labdesk.domain.judging.results.numeric import NumericResult, parse_determinations
from labdesk.domain.judging.results.ordinal import FASTNESS, OrdinalResult, normalise_grade_text
from labdesk.domain.judging.results.qualitative import QualitativeResult
from labdesk.domain.judging.results.specimens import SpecimensResult

__all__ = [
    "FASTNESS",
    "RESULT_KINDS",
    "ResultKind",
    "normalise_grade_text",
    "parse_components",
    "parse_determinations",
]

RESULT_KINDS: dict[str, ResultKind] = {
    kind.KIND: kind
    for kind in (
        NumericResult(),
        QualitativeResult(),
        OrdinalResult(),
        SpecimensResult(),
        CompositionResult(),
        ChecklistResult(),
    )
}
