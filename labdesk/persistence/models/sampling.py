"""Sampling: the enterprise directory's extra fields, samplers, draws, tasks and confirmations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from labdesk.persistence.base import Base, Versioned, utcnow


class DirectoryEntry(Versioned, Base):
    """An enterprise's 名录库 data beyond ``enterprises``: products made, last year's result, status."""

    __tablename__ = "directory_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"), unique=True)
    products: Mapped[list[Any]] = mapped_column(default=list)  # product codes
    last_result: Mapped[str] = mapped_column(String(10), default="")  # "" | pass | fail | refused
    legal_rep: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | closed | not_producing
    status_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SamplerProfile(Versioned, Base):
    """A user in the sampler directory (检查人员名录库): training, authorisation, conflicts."""

    __tablename__ = "sampler_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    trained_on: Mapped[dt.date | None]
    training_note: Mapped[str] = mapped_column(String(200), default="")
    authorised_until: Mapped[dt.date | None]
    products: Mapped[list[Any]] = mapped_column(default=list)  # empty: every product
    former_employers: Mapped[list[Any]] = mapped_column(default=list)  # credit codes (回避)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Draw(Base):
    """An immutable enterprise draw record (随机抽取记录)."""

    __tablename__ = "sampling_draws"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    product_code: Mapped[str] = mapped_column(String(64))
    region: Mapped[str] = mapped_column(String(50), default="")  # "" = every region of the quota
    count: Mapped[int]
    seed: Mapped[str] = mapped_column(String(64))
    seed_source: Mapped[str] = mapped_column(String(20))  # entered | generated
    algorithm: Mapped[str] = mapped_column(String(20))
    candidate_hash: Mapped[str] = mapped_column(String(64))
    candidates: Mapped[list[Any]] = mapped_column(default=list)  # canonical lines
    exclusions: Mapped[list[Any]] = mapped_column(default=list)  # [code, name, reason]
    ranking: Mapped[list[Any]] = mapped_column(default=list)  # [credit code, key] in rank order
    result: Mapped[list[Any]] = mapped_column(default=list)  # drawn credit codes, in order
    witnesses: Mapped[str] = mapped_column(String(200), default="")
    drawn_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    drawn_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SamplingTask(Versioned, Base):
    """One enterprise × product to sample, from the draw to the sample registered at intake."""

    __tablename__ = "sampling_tasks"
    __table_args__ = (UniqueConstraint("draw_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_no: Mapped[str] = mapped_column(String(30), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    plan_product_id: Mapped[int] = mapped_column(ForeignKey("plan_products.id"))
    product_code: Mapped[str] = mapped_column(String(64))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("sampling_draws.id"))
    position: Mapped[int]
    followup: Mapped[bool] = mapped_column(default=False)
    # drawn | assigned | replaced | refused | registered
    state: Mapped[str] = mapped_column(String(20), default="drawn")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("sampling_tasks.id"))
    replacement_reason: Mapped[str] = mapped_column(Text, default="")
    replacement_evidence: Mapped[str] = mapped_column(Text, default="")
    sampler_seed: Mapped[str] = mapped_column(String(64), default="")
    sampler_algorithm: Mapped[str] = mapped_column(String(20), default="")
    sampler_ranking: Mapped[list[Any]] = mapped_column(default=list)
    sample_id: Mapped[int | None] = mapped_column(ForeignKey("samples.id"))
    refusal_id: Mapped[int | None] = mapped_column(ForeignKey("refusals.id"))
    backup_at_enterprise: Mapped[bool] = mapped_column(default=False)
    backup_seal: Mapped[str] = mapped_column(String(100), default="")
    backup_keeper: Mapped[str] = mapped_column(String(100), default="")
    backup_place: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    samplers: Mapped[list[TaskSampler]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskSampler.position"
    )


class TaskSampler(Base):
    __tablename__ = "sampling_task_samplers"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("sampling_tasks.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)

    task: Mapped[SamplingTask] = relationship(back_populates="samplers")


class SampleConfirmation(Versioned, Base):
    """后置样品确认: the enterprise confirms (or denies) that the sample is its product."""

    __tablename__ = "sample_confirmations"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("sampling_tasks.id"), unique=True)
    asked_on: Mapped[dt.date]
    deadline: Mapped[dt.date]
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | confirmed | denied
    replied_on: Mapped[dt.date | None]
    evidence: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed: Mapped[bool] = mapped_column(default=False)  # the quality manager has dealt with a denial
