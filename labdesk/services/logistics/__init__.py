"""After the test: refusals (拒检), deliveries (送达), objections and re-tests (异议/复检),
sample disposition (样品处置) and e-CQS entry records.

The rules come from the seed plan (晋市监发〔2021〕158号, 结果报送 and 样品处置):

- five delivery duties (``DUTIES``): passing reports to the enterprise and its local
  bureau; failing reports, result notices and sampling forms to the enterprise (and
  the nominal producer for circulation-domain samples); failing reports to the
  provincial bureau within 7 days of issue; the summary and analysis by the plan's
  deadline; the bound volume;
- the enterprise's receipt date starts the 15-day objection period; a later
  objection is recorded as refused, with the reason;
- a re-test (复检) uses the sealed backup portion: the unsealing is photographed,
  the seal number checked against intake, results judged with the plan's adopted
  rule set and compared with the original per item;
- after the objection period: unpaid passing samples are returned, unpaid failing
  ones handed to the market supervision department; paid ones per the rules.

The package is split by use case; every public name is re-exported here, so
``from labdesk.services.logistics import X`` keeps working.
"""

from __future__ import annotations

from labdesk.services.logistics._common import (
    DISPOSITION_ACTIONS,
    DUTIES,
    METHODS,
    OBJECTION_DAYS,
    PROVINCE_DAYS,
    DutySpec,
    ObjectionWindow,
)
from labdesk.services.logistics.deliveries import (
    DeliveryInfo,
    PendingDelivery,
    list_deliveries,
    pending_deliveries,
    pending_deliveries_in,
    record_delivery,
    record_receipt,
    required_duties,
)
from labdesk.services.logistics.dispositions import (
    DispositionInfo,
    PendingDisposition,
    disposition_action,
    list_dispositions,
    pending_dispositions,
    pending_dispositions_in,
    record_disposition,
)
from labdesk.services.logistics.ecqs import (
    mark_ecqs_entered,
    mark_plan_ecqs_entered,
)
from labdesk.services.logistics.feasibility import (
    PORTION_STATE_ZH,
    is_microbiological,
    retest_obstacle,
)
from labdesk.services.logistics.objections import (
    CLOSING_OUTCOMES,
    OBJECTION_STATE_ZH,
    OUTCOME_ZH,
    ItemComparison,
    ObjectionInfo,
    ReportedSample,
    close_objection,
    file_objection,
    list_objections,
    objection_window,
    reported_samples,
)
from labdesk.services.logistics.refusals import (
    EnterpriseChoice,
    RefusalInfo,
    confirm_refusal,
    enterprise_choices,
    list_refusals,
    record_refusal,
    report_refusal,
)
from labdesk.services.logistics.retest_reports import (
    retest_report,
    sign_retest_report,
)
from labdesk.services.logistics.retests import (
    enter_retest_results,
    retest_basis,
    retest_sheet,
    start_retest,
)

__all__ = [
    "CLOSING_OUTCOMES",
    "DISPOSITION_ACTIONS",
    "DUTIES",
    "METHODS",
    "OBJECTION_DAYS",
    "OBJECTION_STATE_ZH",
    "OUTCOME_ZH",
    "PORTION_STATE_ZH",
    "PROVINCE_DAYS",
    "DeliveryInfo",
    "DispositionInfo",
    "DutySpec",
    "EnterpriseChoice",
    "ItemComparison",
    "ObjectionInfo",
    "ObjectionWindow",
    "PendingDelivery",
    "PendingDisposition",
    "RefusalInfo",
    "ReportedSample",
    "close_objection",
    "confirm_refusal",
    "disposition_action",
    "enter_retest_results",
    "enterprise_choices",
    "file_objection",
    "is_microbiological",
    "list_deliveries",
    "list_dispositions",
    "list_objections",
    "list_refusals",
    "mark_ecqs_entered",
    "mark_plan_ecqs_entered",
    "objection_window",
    "pending_deliveries",
    "pending_deliveries_in",
    "pending_dispositions",
    "pending_dispositions_in",
    "record_delivery",
    "record_disposition",
    "record_receipt",
    "record_refusal",
    "report_refusal",
    "reported_samples",
    "required_duties",
    "retest_basis",
    "retest_obstacle",
    "retest_report",
    "retest_sheet",
    "sign_retest_report",
    "start_retest",
]
