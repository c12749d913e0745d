"""After the test: refusals, deliveries, objections, dispositions and the holiday table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from labdesk.persistence.base import Base, Versioned, utcnow


class Refusal(Versioned, Base):
    """拒检认定表: an enterprise refused or obstructed sampling."""

    __tablename__ = "refusals"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"))
    product_code: Mapped[str] = mapped_column(String(64), default="")
    occurred_on: Mapped[dt.date]
    description: Mapped[str] = mapped_column(Text)
    samplers: Mapped[list[Any]] = mapped_column(default=list)
    witnesses: Mapped[list[Any]] = mapped_column(default=list)
    county_bureau: Mapped[str] = mapped_column(String(200), default="")
    county_confirmed_on: Mapped[dt.date | None]
    reported_to_province_on: Mapped[dt.date | None]
    province_method: Mapped[str] = mapped_column(String(20), default="")  # direct | ems
    province_reference: Mapped[str] = mapped_column(String(100), default="")  # EMS number / receipt
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Delivery(Versioned, Base):
    """One sending of a report, notice or plan document, direct or by EMS."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), index=True)
    sample_id: Mapped[int | None] = mapped_column(ForeignKey("samples.id"), index=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id"))
    duty: Mapped[str] = mapped_column(String(40))  # which of the seed's five duties
    documents: Mapped[list[Any]] = mapped_column(default=list)
    method: Mapped[str] = mapped_column(String(10))  # direct | ems
    tracking_no: Mapped[str] = mapped_column(String(60), default="")
    recipient: Mapped[str] = mapped_column(String(200))
    sent_on: Mapped[dt.date]
    received_on: Mapped[dt.date | None]  # starts the objection period
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Objection(Versioned, Base):
    """An objection (异议) and its re-test (复检) on the backup portion."""

    __tablename__ = "objections"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id"), index=True)
    filed_on: Mapped[dt.date]
    applicant: Mapped[str] = mapped_column(String(200))
    grounds: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="accepted")  # accepted|refused|retesting|decided
    received_on: Mapped[dt.date | None]  # the receipt that started the objection period
    deadline_on: Mapped[dt.date | None]  # last day an objection could be filed
    refusal_reason: Mapped[str] = mapped_column(Text, default="")  # why a (late) objection was refused
    seal_check: Mapped[str] = mapped_column(Text, default="")
    seal_ok: Mapped[bool | None]
    retest_result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    comparison: Mapped[list[Any]] = mapped_column(default=list)  # per item: original vs re-test
    outcome: Mapped[str] = mapped_column(String(20), default="")  # upheld|overturned|cancelled|not_retested|withdrawn
    retest_blind_code: Mapped[str] = mapped_column(String(40), default="")  # the re-test's own blind code
    retest_report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))  # the signed 复检结果报告
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Disposition(Versioned, Base):
    """What happened to a sample after the objection period (returned, handed over...)."""

    __tablename__ = "dispositions"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id"), unique=True)
    action: Mapped[str] = mapped_column(String(30))  # return | hand_over | per_rules
    due_on: Mapped[dt.date]
    done_on: Mapped[dt.date | None]
    recipient: Mapped[str] = mapped_column(String(200), default="")
    record: Mapped[str] = mapped_column(Text, default="")
    done_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EcqsEntry(Base):
    """That a sample's sampling information or results were entered in the regulator's e-CQS."""

    __tablename__ = "ecqs_entries"
    __table_args__ = (UniqueConstraint("sample_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # sampling | results
    entered_on: Mapped[dt.date]
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Holiday(Base):
    """Editable official holidays and make-up workdays (调休) for years chinesecalendar lacks."""

    __tablename__ = "holidays"

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday | workday
    name: Mapped[str] = mapped_column(String(50), default="")


class Amendment(Versioned, Base):
    """A correction of a signed report: proposed, reviewed, then signed as a new revision (更正报告)."""

    __tablename__ = "amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)  # the report corrected
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id"), index=True)
    state: Mapped[str] = mapped_column(String(20), default="proposed")  # proposed | approved | rejected | signed
    reason: Mapped[str] = mapped_column(Text)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)  # sample field -> corrected text
    results: Mapped[dict[str, Any]] = mapped_column(default=dict)  # item code -> re-determined values
    result_reason: Mapped[str] = mapped_column(Text, default="")  # why the re-determination
    conclusion: Mapped[str] = mapped_column(Text, default="")  # corrected conclusion text ("" = unchanged)
    changes: Mapped[list[Any]] = mapped_column(default=list)  # [{what, before, after}] as proposed
    proposed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[dt.datetime | None]
    review_note: Mapped[str] = mapped_column(Text, default="")
    new_report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
