"""What the exports render: plain frozen data, filled by labdesk.services.exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from labdesk.domain.errors import LabDeskError

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class ExportCancelled(LabDeskError):  # a signal, not an error
    """The user cancelled a long export."""

    code = "cancelled"


@dataclass(frozen=True)
class ItemValue:
    code: str
    name_zh: str
    unit: str
    value: str  # as reported (rounded once)
    requirement: str  # 标准要求 as printed, e.g. "≤25.00"
    verdict: str  # pass | fail | none | n/a
    kind: str = "numeric"  # the item kind (numeric, qualitative, ordinal, specimens, composition, checklist)


@dataclass(frozen=True)
class ExportSample:
    sample_id: int
    sample_no: str
    form_no: str
    report_no: str
    product_code: str
    product_name: str
    domain: str  # production | circulation
    unit_name: str
    unit_credit_code: str
    unit_address: str
    unit_contact: str
    unit_phone: str
    region: str
    county: str
    producer_name: str
    producer_address: str
    trademark: str
    specification: str
    declared_grade: str
    batch_no: str
    production_date: dt.date | None
    sampling_date: dt.date
    sampling_place: str
    base_quantity: str
    sample_quantity: str
    seal_numbers: str
    samplers: tuple[str, ...]
    executed_standard: str
    licence_no: str
    paid: bool
    state: str
    received_on: dt.date | None
    issued_on: dt.date | None
    verdict: str | None  # pass | fail | None (not reported)
    failed_items: tuple[str, ...]
    conclusion: str
    items: tuple[ItemValue, ...]
    remarks: str = ""

    @property
    def domain_zh(self) -> str:
        return {"production": "生产领域", "circulation": "流通领域"}.get(self.domain, self.domain)

    @property
    def verdict_zh(self) -> str:
        return {"pass": "合格", "fail": "不合格"}.get(self.verdict or "", "")

    @property
    def reported(self) -> bool:
        return self.state == "reported"


@dataclass(frozen=True)
class ExportRefusal:
    enterprise: str
    region: str
    county: str
    product_name: str
    occurred_on: dt.date
    description: str
    samplers: tuple[str, ...]
    county_bureau: str
    county_confirmed_on: dt.date | None
    reported_to_province_on: dt.date | None


@dataclass(frozen=True)
class ExportDisposition:
    sample_no: str
    enterprise: str
    product_name: str
    verdict_zh: str
    paid: bool
    action_name: str
    done_on: dt.date | None
    recipient: str
    record: str


@dataclass(frozen=True)
class ExportObjection:
    sample_no: str
    enterprise: str
    filed_on: dt.date
    applicant: str
    state_zh: str
    outcome_note: str


@dataclass(frozen=True)
class ExportDocument:
    """A stored PDF (signed report or notice) for the bound volume."""

    sample_no: str
    kind: str  # report | notice
    title: str
    pdf: bytes


@dataclass(frozen=True)
class PlanExport:
    plan_code: str
    plan_title: str
    issuing_authority: str
    document_no: str
    institution: str
    lab_name: str
    period_start: dt.date | None
    period_end: dt.date | None
    generated_on: dt.date
    product_names: tuple[tuple[str, str], ...]  # (code, name) in plan order
    regions: tuple[str, ...]  # the lab's quota regions, in plan order
    quotas: tuple[tuple[str, int], ...]  # (label, batches) of the lab's quotas
    samples: tuple[ExportSample, ...]  # every sample of the plan (all states)
    refusals: tuple[ExportRefusal, ...] = ()
    dispositions: tuple[ExportDisposition, ...] = ()
    objections: tuple[ExportObjection, ...] = ()
    documents: tuple[ExportDocument, ...] = field(default=(), repr=False)

    @property
    def reported(self) -> tuple[ExportSample, ...]:
        return tuple(s for s in self.samples if s.reported)


def tick(progress: ProgressFn | None, cancelled: CancelFn | None, done: int, total: int, text: str) -> None:
    """Report progress and stop when the user cancelled."""
    if cancelled is not None and cancelled():
        raise ExportCancelled("导出已取消。")
    if progress is not None:
        progress(done, total, text)
