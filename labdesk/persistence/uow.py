"""Unit of work (cosmicpython shape): rolls back on exit unless ``commit()`` was called."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from labdesk.domain.errors import ConcurrentEditError, NotFound

M = TypeVar("M")


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
        try:
            self.session.flush()
        except StaleDataError as error:
            self.session.rollback()
            raise ConcurrentEditError("该记录已被其他人修改，请刷新后重试。") from error

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            raise ConcurrentEditError("该记录已被其他人修改，请刷新后重试。") from error
        self._committed = True
