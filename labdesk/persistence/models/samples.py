"""Sampled batches as registered at intake, their portions, samplers and photos."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, event, inspect
from sqlalchemy.orm import Mapped, mapped_column, relationship

from labdesk.persistence.base import Base, Versioned, utcnow


class Sample(Versioned, Base):
    """One sampled batch (one 抽样单), from registration to disposition.

    ``state`` follows ``labdesk.domain.workflow.SampleState``.
    """

    __tablename__ = "samples"
    __table_args__ = (
        Index("ix_samples_state_id", "state", "id"),
        Index("ix_samples_plan_product", "plan_id", "plan_product_id"),
        # the home screen's due list groups by these without reading the (wide) rows
        Index("ix_samples_plan_sampling", "plan_id", "sampling_date", "id", "state"),
        Index("ix_samples_plan_finished", "plan_id", "testing_finished_at", "state", "id"),
        Index("ix_samples_plan_state_verdict", "plan_id", "state", "verdict", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_no: Mapped[str] = mapped_column(String(40), unique=True)
    blind_code: Mapped[str] = mapped_column(String(20), unique=True)
    form_no: Mapped[str] = mapped_column(String(60), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"))
    plan_product_id: Mapped[int] = mapped_column(ForeignKey("plan_products.id"))
    # the rule-set version the sample is judged by, fixed when it is accepted (issue 11 §8)
    ruleset_revision_id: Mapped[int | None] = mapped_column(ForeignKey("ruleset_revisions.id"))
    product_code: Mapped[str] = mapped_column(String(64))
    domain: Mapped[str] = mapped_column(String(20))  # "production" 生产 | "circulation" 流通
    sampled_unit_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))
    trademark: Mapped[str] = mapped_column(String(100), default="")
    specification: Mapped[str] = mapped_column(String(100), default="")
    declared_grade: Mapped[str | None] = mapped_column(String(20))
    declared_values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    batch_no: Mapped[str] = mapped_column(String(100), default="")
    production_date: Mapped[dt.date | None]
    executed_standard: Mapped[str] = mapped_column(String(200), default="")
    licence_no: Mapped[str] = mapped_column(String(100), default="")
    base_quantity: Mapped[str] = mapped_column(String(50), default="")
    sample_quantity: Mapped[str] = mapped_column(String(50), default="")
    seal_numbers: Mapped[str] = mapped_column(String(200), default="")
    sampling_place: Mapped[str] = mapped_column(String(300), default="")
    sampling_date: Mapped[dt.date]
    region: Mapped[str] = mapped_column(String(50), default="")
    context: Mapped[dict[str, Any]] = mapped_column(default=dict)  # coal_rank, transport_km, quench...
    paid: Mapped[bool] = mapped_column(default=True)  # test portion bought (Order 18)
    remarks: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="registered")
    receipt_checks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    receipt_note: Mapped[str] = mapped_column(Text, default="")
    rejection_reasons: Mapped[list[Any]] = mapped_column(default=list)
    rejection_note: Mapped[str] = mapped_column(Text, default="")
    termination_reason: Mapped[str] = mapped_column(Text, default="")
    registered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    received_at: Mapped[dt.datetime | None]
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    testing_started_at: Mapped[dt.datetime | None]
    testing_finished_at: Mapped[dt.datetime | None]
    verdict: Mapped[str | None] = mapped_column(String(20))  # pass | fail, once judged
    workstation: Mapped[str] = mapped_column(String(100), default="")

    sampled_unit: Mapped[Any] = relationship("Enterprise", foreign_keys=[sampled_unit_id])
    producer: Mapped[Any] = relationship("Enterprise", foreign_keys=[producer_id])
    portions: Mapped[list[Portion]] = relationship(
        back_populates="sample", cascade="all, delete-orphan", order_by="Portion.id"
    )
    samplers: Mapped[list[SampleSampler]] = relationship(
        back_populates="sample", cascade="all, delete-orphan", order_by="SampleSampler.position"
    )

    def judging_declared(self) -> dict[str, Any]:
        """What the enterprise declared, as the judging engine takes it (``declared`` input).

        The declared grade lives in its own column; the engine expects it as
        ``declared["grade"]``.  Every caller of the engine builds its input here, so a
        declared grade can never be left out (it decides which grade's limits apply).
        """
        declared: dict[str, Any] = dict(self.declared_values or {})
        if self.declared_grade:
            declared["grade"] = self.declared_grade
        return declared


class SampleSampler(Base):
    """A person who drew the sample; ``user_id`` links lab staff (抽检分离 is checked on it)."""

    __tablename__ = "sample_samplers"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)

    sample: Mapped[Sample] = relationship(back_populates="samplers")


class Portion(Versioned, Base):
    """The test portion (检验样品) or backup portion (备用样品) of a sample, each with its code."""

    __tablename__ = "portions"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "test" | "backup"
    code: Mapped[str] = mapped_column(String(50), unique=True)
    quantity: Mapped[str] = mapped_column(String(50), default="")
    seal_no: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(20), default="sealed")  # sealed|in_use|unsealed|returned|disposed

    sample: Mapped[Sample] = relationship(back_populates="portions")


class Photo(Base):
    """A JPEG stored in the database, so every bench of a multi-bench lab sees it."""

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # seal | package | form | label | unsealing | other
    stage: Mapped[str] = mapped_column(String(20), default="intake")  # intake | retest
    jpeg: Mapped[bytes] = mapped_column(deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    source: Mapped[str] = mapped_column(String(20), default="camera")  # camera | file
    captured_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    captured_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    workstation: Mapped[str] = mapped_column(String(100), default="")
    locked: Mapped[bool] = mapped_column(default=False)  # immutable once the intake is saved
    note: Mapped[str] = mapped_column(Text, default="")


class PhotoLockedError(Exception):
    """A locked intake photo was about to be changed or deleted (the services never try)."""


@event.listens_for(Photo, "before_update")
def _photo_locked_update(_mapper: Any, _connection: Any, target: Photo) -> None:
    state = inspect(target)
    locked = state.attrs.locked.history
    was_locked = bool(locked.deleted[0]) if locked.deleted else bool(target.locked and not locked.added)
    if not was_locked:
        return
    for name in ("jpeg", "sha256", "sample_id", "kind", "captured_at", "captured_by", "width", "height"):
        if state.attrs[name].history.has_changes():
            raise PhotoLockedError(f"照片 {target.id} 已锁定（接收已保存），不能修改「{name}」。")
    if locked.added and not target.locked:
        raise PhotoLockedError(f"照片 {target.id} 已锁定，不能解锁。")


@event.listens_for(Photo, "before_delete")
def _photo_locked_delete(_mapper: Any, _connection: Any, target: Photo) -> None:
    history = inspect(target).attrs.locked.history
    if target.locked or (history.deleted and history.deleted[0]):
        raise PhotoLockedError(f"照片 {target.id} 已锁定（接收已保存），不能删除。")
