"""The head of the audit hash chain (one row, locked while an event is appended)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from labdesk.persistence.base import Base


class ChainHead(Base):
    """``seq``/``hash`` of the newest chained audit event (row ``id = 1``; genesis: 0 and 64 zeros)."""

    __tablename__ = "chain_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(default=0)
    hash: Mapped[str] = mapped_column(String(64))
