"""Test reports (with revisions) and notices, with the exact bytes and their hashes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from labdesk.persistence.base import Base, Versioned, utcnow


class Report(Versioned, Base):
    """A 检验报告 revision.  Signed revisions are immutable; amendments add a revision."""

    __tablename__ = "reports"
    __table_args__ = (UniqueConstraint("sample_id", "kind", "revision"),
                      Index("ix_reports_sample_state_issued", "sample_id", "state", "issued_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id"), index=True)
    report_no: Mapped[str] = mapped_column(String(60), index=True)  # base number
    revision: Mapped[int] = mapped_column(default=0)
    full_no: Mapped[str] = mapped_column(String(70), unique=True)  # with suffix for amendments
    state: Mapped[str] = mapped_column(String(20), default="draft")  # draft | signed | superseded
    kind: Mapped[str] = mapped_column(String(20), default="test", server_default="test")  # test | retest (复检结果报告)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    amendment_reason: Mapped[str] = mapped_column(Text, default="")
    verification_code: Mapped[str] = mapped_column(String(32), default="")
    pdf: Mapped[bytes | None] = mapped_column(deferred=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    tester_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[dt.datetime | None]
    issued_on: Mapped[dt.date | None]
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)  # what was rendered
    chain_seq: Mapped[int | None]  # audit chain head at signing (also in the signed PDF's metadata)
    chain_head: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Notice(Base):
    """Rejection / termination notices, result notices (告知书), covering letters."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # rejection | termination | result_notice | cover_letter
    number: Mapped[str] = mapped_column(String(60), unique=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    pdf: Mapped[bytes] = mapped_column(deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
