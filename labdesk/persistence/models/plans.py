"""Spot-check plans, their products and quotas, adopted rule sets, and enterprises."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from labdesk.persistence.base import Base, Versioned, utcnow


class Plan(Versioned, Base):
    """A 专项监督抽查计划 as issued by the regulator."""

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    issuing_authority: Mapped[str] = mapped_column(String(200))
    document_no: Mapped[str] = mapped_column(String(100), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")  # this lab, as named in the plan
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    report_deadline: Mapped[dt.date | None]  # reports and notices delivered by
    ecqs_deadline: Mapped[dt.date | None]  # e-CQS entry and result materials by
    summary_deadline: Mapped[dt.date | None]  # summary table and analysis report by
    scope: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    products: Mapped[list[PlanProduct]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanProduct.position"
    )
    quotas: Mapped[list[PlanQuota]] = relationship(back_populates="plan", cascade="all, delete-orphan")


class PlanProduct(Versioned, Base):
    """A product named in a plan, with the rule set (实施细则) it adopted."""

    __tablename__ = "plan_products"
    __table_args__ = (UniqueConstraint("plan_id", "product_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    product_code: Mapped[str] = mapped_column(String(64))  # catalogue product id
    name_zh: Mapped[str] = mapped_column(String(100))
    code_letter: Mapped[str] = mapped_column(String(8), default="")  # used in sample numbers
    needs_licence: Mapped[bool] = mapped_column(default=False)
    ruleset: Mapped[dict[str, Any] | None]  # adopted, versioned copy (RuleSet.to_dict())
    ruleset_version: Mapped[str] = mapped_column(String(64), default="")

    plan: Mapped[Plan] = relationship(back_populates="products")


class PlanQuota(Base):
    """Batches a plan assigns to an institution over regions for one or more products.

    The seed plan gives one quota for 冶金焦炭 and 铸造焦炭 together, so a quota
    names a list of product codes.
    """

    __tablename__ = "plan_quotas"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    institution: Mapped[str] = mapped_column(String(200))
    regions: Mapped[list[Any]] = mapped_column(default=list)
    product_codes: Mapped[list[Any]] = mapped_column(default=list)
    batches: Mapped[int]
    scope: Mapped[str] = mapped_column(String(200), default="")

    plan: Mapped[Plan] = relationship(back_populates="quotas")


class RuleSetRevision(Base):
    """Every change to a plan product's adopted rule set: new version, reason, who, when."""

    __tablename__ = "ruleset_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_product_id: Mapped[int] = mapped_column(ForeignKey("plan_products.id", ondelete="CASCADE"), index=True)
    version: Mapped[str] = mapped_column(String(64))
    ruleset: Mapped[dict[str, Any]]
    change: Mapped[dict[str, Any]] = mapped_column(default=dict)  # e.g. {"item": "Ad", "old": .., "new": ..}
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    acknowledged: Mapped[list[Any]] = mapped_column(default=list)  # unverified rule keys acknowledged


class Enterprise(Versioned, Base):
    """A sampled unit or nominal producer."""

    __tablename__ = "enterprises"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)  # GB 32100
    address: Mapped[str] = mapped_column(String(300), default="")
    region: Mapped[str] = mapped_column(String(50), default="")  # city (地市)
    county: Mapped[str] = mapped_column(String(50), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    licence_no: Mapped[str] = mapped_column(String(100), default="")
    followup: Mapped[bool] = mapped_column(default=False)  # failed last year's check: track it
    followup_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
