"""Unit of work (cosmicpython shape): rolls back on exit unless ``commit()`` was called.

Every optimistic-lock conflict becomes one domain error, whatever flush hits it: an
explicit ``uow.flush()``, the autoflush before a query, or the flush inside ``commit()``.
:class:`LabDeskSession` converts it where SQLAlchemy raises it (``Session.flush``), so no
service needs to catch ``StaleDataError`` itself.  A lost database race that PostgreSQL
reports as a serialization failure or deadlock is the same conflict for the user.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from labdesk.domain.errors import CONFLICT_MESSAGE, ConcurrentEditError, NotFound

M = TypeVar("M")

# SQLSTATE 40001 serialization_failure, 40P01 deadlock_detected (PostgreSQL)
CONFLICT_SQLSTATES = frozenset({"40001", "40P01"})


def is_conflict(error: BaseException) -> bool:
    """A lost race between two benches (stale version, serialization failure, deadlock)."""
    if isinstance(error, StaleDataError):
        return True
    if isinstance(error, DBAPIError):
        state = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
        return state in CONFLICT_SQLSTATES
    return False


class LabDeskSession(Session):
    """A Session whose every flush (explicit, autoflush, commit) reports conflicts as ConcurrentEditError."""

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        try:
            super().flush(objects)
        except (StaleDataError, DBAPIError) as error:
            if not is_conflict(error):
                raise
            raise ConcurrentEditError(CONFLICT_MESSAGE) from error

    def commit(self) -> None:
        try:
            super().commit()
        except DBAPIError as error:  # e.g. a serialization failure reported at COMMIT
            if not is_conflict(error):
                raise
            raise ConcurrentEditError(CONFLICT_MESSAGE) from error


class UnitOfWork:
    """One transaction.  Services open one per use case: ``with ctx.uow() as uow: ...``."""

    session: Session

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._committed = False

    def __enter__(self) -> Self:
        self.session = self._factory()
        self._committed = False
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # close() rolls back whatever was not committed; unlike rollback() it does not expire
        # the loaded objects, so values read in a read-only unit of work stay readable.
        self.session.close()

    def get(self, model: type[M], ident: Any, what: str) -> M:
        """The row of ``model`` with primary key ``ident``, or ``NotFound`` naming it ("异议 3 不存在。")."""
        row = self.session.get(model, ident)
        if row is None:
            raise NotFound(f"{what} {ident} 不存在。")
        return row

    def flush(self) -> None:
        self.session.flush()

    def commit(self) -> None:
        self.session.commit()
        self._committed = True
