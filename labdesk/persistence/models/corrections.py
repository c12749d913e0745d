"""Corrections of a registered sample's data (issue 13 item 2): applied at once before testing,
requested and approved by the quality manager after testing began."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from labdesk.persistence.base import Base, utcnow


class SampleCorrection(Base):
    """One correction: ``changes`` maps a field (``context.coal_rank``, ``declared_grade``…) to its new value,
    ``before`` to the value it replaced.  ``state``: pending | applied | refused."""

    __tablename__ = "sample_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id"), index=True)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    sample_state: Mapped[str] = mapped_column(String(20), default="")  # the sample's state when requested
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None]
    decision_note: Mapped[str] = mapped_column(Text, default="")
