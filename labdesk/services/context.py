"""What every service call needs: a unit-of-work factory, the workstation, a clock."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from labdesk.domain.permissions import Permission, Role, permissions_for
from labdesk.persistence.db import create_db_engine, session_factory
from labdesk.persistence.uow import UnitOfWork

if TYPE_CHECKING:
    from labdesk.domain.judging.catalogue import Catalogue

BEIJING = dt.timezone(dt.timedelta(hours=8), "CST")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Actor:
    """The logged-in user as the services see it.  Services re-check it against the database."""

    user_id: int
    username: str
    full_name: str
    roles: frozenset[Role]

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_for(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


@dataclass
class ServiceContext:
    engine: Engine
    workstation: str = field(default_factory=socket.gethostname)
    clock: Callable[[], dt.datetime] = _utcnow
    _factory: sessionmaker[Session] | None = None
    _catalogue: Catalogue | None = None

    @classmethod
    def for_url(cls, url: str, **kwargs: object) -> ServiceContext:
        return cls(engine=create_db_engine(url), **kwargs)  # type: ignore[arg-type]

    def uow(self) -> UnitOfWork:
        if self._factory is None:
            self._factory = session_factory(self.engine)
        return UnitOfWork(self._factory)

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        """The lab's calendar day (China Standard Time)."""
        return self.clock().astimezone(BEIJING).date()

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            from labdesk.domain.judging.catalogue import load_catalogue

            self._catalogue = load_catalogue()
        return self._catalogue
