"""The judging engine: rule catalogue, replicate resolution and verdicts (issue 3).

Pure Python (no Qt, SQL or numeric libraries).  Typical use::

    from labdesk.domain.judging import evaluate, load_catalogue

    catalogue = load_catalogue()
    ruleset = catalogue.ruleset("power_coal")
    result = evaluate(ruleset, context={"coal_rank": "other", "transport_km": 800},
                      declared={}, determinations={"Aad": ["16.02", "16.10"], ...},
                      catalogue_version=catalogue.version)
    result.verdict, result.conclusion, result.to_json_dict()
"""

from labdesk.domain.judging.catalogue import Catalogue, ProductSpec, load_catalogue
from labdesk.domain.judging.engine import evaluate
from labdesk.domain.judging.evaluation import Evaluation, ItemResult, RuleResult
from labdesk.domain.judging.replicates import RBand, ReplicateOutcome, RTable, resolve
from labdesk.domain.judging.ruleset import (
    ItemSpec,
    LimitOverride,
    OverrideRecord,
    RuleSet,
    UnverifiedEntry,
)

__all__ = [
    "Catalogue",
    "Evaluation",
    "ItemResult",
    "ItemSpec",
    "LimitOverride",
    "OverrideRecord",
    "ProductSpec",
    "RBand",
    "RTable",
    "ReplicateOutcome",
    "RuleResult",
    "RuleSet",
    "UnverifiedEntry",
    "evaluate",
    "load_catalogue",
    "resolve",
]
