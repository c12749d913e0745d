"""Test items, replicate determinations, instrument imports, evaluations and review actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from labdesk.persistence.base import Base, Versioned, utcnow


class TestItem(Versioned, Base):
    """One item (Aad, St,ad, M40...) to be determined on a sample's test portion."""

    __tablename__ = "test_items"
    __table_args__ = (UniqueConstraint("sample_id", "item_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    item_code: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(default=0)
    round: Mapped[int] = mapped_column(default=1)  # re-determination rounds start a fresh set
    status: Mapped[str] = mapped_column(String(20), default="open")  # replicate status
    qualitative_value: Mapped[str | None] = mapped_column(String(50))  # 符合 / 不符合
    method: Mapped[str] = mapped_column(String(200), default="")
    instrument: Mapped[str] = mapped_column(String(200), default="")
    tester_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    determinations: Mapped[list[Determination]] = relationship(
        back_populates="test_item", cascade="all, delete-orphan", order_by="Determination.id"
    )


class Determination(Versioned, Base):
    """One replicate value as typed or imported; never physically deleted once saved."""

    __tablename__ = "determinations"
    __test__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    test_item_id: Mapped[int] = mapped_column(ForeignKey("test_items.id", ondelete="CASCADE"), index=True)
    round: Mapped[int] = mapped_column(default=1)
    seq: Mapped[int] = mapped_column(default=1)
    value_text: Mapped[str] = mapped_column(String(40))  # exactly what was typed (Decimal-parsable)
    active: Mapped[bool] = mapped_column(default=True)  # False once deleted (with reason) or superseded
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual | import
    import_id: Mapped[int | None] = mapped_column(ForeignKey("instrument_imports.id"))
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    test_item: Mapped[TestItem] = relationship(back_populates="determinations")


TestItem.__test__ = False  # not a pytest class


class InstrumentMapping(Versioned, Base):
    """How one analyser's CSV/XLSX export maps onto portion codes and item codes."""

    __tablename__ = "instrument_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    instrument_type: Mapped[str] = mapped_column(String(50))  # proximate | sulfur | calorimeter | ...
    file_format: Mapped[str] = mapped_column(String(10), default="csv")
    encoding: Mapped[str] = mapped_column(String(20), default="utf-8")
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)  # columns, header row, delimiter...


class InstrumentImport(Base):
    """A raw analyser file as imported, kept with its hash."""

    __tablename__ = "instrument_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    mapping_id: Mapped[int | None] = mapped_column(ForeignKey("instrument_mappings.id"))
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes] = mapped_column(deferred=True)
    rows: Mapped[int] = mapped_column(default=0)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SampleEvaluation(Base):
    """A judging snapshot (engine output, with catalogue and rule-set versions)."""

    __tablename__ = "sample_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    catalogue_version: Mapped[str] = mapped_column(String(64))
    ruleset_version: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(20))
    grade: Mapped[str | None] = mapped_column(String(20))
    result: Mapped[dict[str, Any]]
    evaluated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    evaluated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class VerdictAcknowledgement(Base):
    """The quality manager's recorded acknowledgement that a sample's 不合格 rests only on unverified
    rules (issue 11 §1): which items, on which judging snapshot, with the note printed on the report."""

    __tablename__ = "verdict_acknowledgements"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("sample_evaluations.id", ondelete="CASCADE"))
    items: Mapped[list[Any]] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    acknowledged_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    acknowledged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReviewAction(Base):
    """Submit, return (with comment), pass to signing, order a re-determination."""

    __tablename__ = "review_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    item_code: Mapped[str | None] = mapped_column(String(32))
    comment: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
