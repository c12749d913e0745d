"""The sampler directory (检查人员名录库): who may sample, until when, and whom they must not sample."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain import credit_code
from labdesk.domain.permissions import Permission
from labdesk.domain.sampling.rules import SamplerCandidate
from labdesk.persistence.models import SamplerProfile, SamplingTask, TaskSampler, User
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext


@dataclass(frozen=True)
class SamplerInfo:
    user_id: int
    username: str
    full_name: str
    trained_on: dt.date | None
    training_note: str
    authorised_until: dt.date | None
    products: tuple[str, ...]
    former_employers: tuple[str, ...]
    active: bool


def _info(profile: SamplerProfile, user: User) -> SamplerInfo:
    return SamplerInfo(user.id, user.username, user.full_name, profile.trained_on, profile.training_note,
                       profile.authorised_until, tuple(profile.products), tuple(profile.former_employers),
                       profile.active and user.active)


def set_sampler(
    ctx: ServiceContext, actor: Actor, user_id: int, *, trained_on: dt.date | None, authorised_until: dt.date | None,
    training_note: str = "", products: Sequence[str] = (), former_employers: Sequence[str] = (), active: bool = True,
) -> SamplerInfo:
    """Put a user in the sampler directory (or change the entry)."""
    codes = [credit_code.validate(c) for c in former_employers if c.strip()]
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        user = uow.get(User, user_id, "用户")
        profile = uow.session.scalar(select(SamplerProfile).where(SamplerProfile.user_id == user_id))
        if profile is None:
            profile = SamplerProfile(user_id=user_id)
            uow.session.add(profile)
        profile.trained_on, profile.authorised_until = trained_on, authorised_until
        profile.training_note, profile.products = training_note.strip(), list(products)
        profile.former_employers, profile.active, profile.updated_at = codes, active, ctx.now()
        uow.flush()
        audit.record(uow, ctx, actor, "sampler.set", "user", user_id, f"抽样人员名录：{user.full_name}",
                     details={"trained_on": str(trained_on), "authorised_until": str(authorised_until),
                              "former_employers": codes, "active": active})
        uow.commit()
        return _info(profile, user)


def list_samplers(ctx: ServiceContext, actor: Actor) -> list[SamplerInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        rows = uow.session.execute(select(SamplerProfile, User).join(User, User.id == SamplerProfile.user_id)
                                   .order_by(User.username)).all()
        return [_info(p, u) for p, u in rows]


def candidates_in(uow: UnitOfWork) -> list[SamplerCandidate]:
    rows = uow.session.execute(select(SamplerProfile, User).join(User, User.id == SamplerProfile.user_id)).all()
    return [SamplerCandidate(u.id, u.username, u.full_name, p.trained_on is not None, p.authorised_until,
                             frozenset(p.former_employers), frozenset(p.products), p.active and u.active)
            for p, u in rows]


def recent_pairs_in(uow: UnitOfWork) -> set[frozenset[int]]:
    """For every sampler, the pair of their most recent task (the pair not to repeat next)."""
    rows = uow.session.execute(
        select(TaskSampler.task_id, TaskSampler.user_id).join(SamplingTask, SamplingTask.id == TaskSampler.task_id)
        .where(SamplingTask.state.notin_(("replaced",))).order_by(TaskSampler.task_id)).all()
    teams: dict[int, set[int]] = {}
    last: dict[int, int] = {}
    for task_id, user_id in rows:
        teams.setdefault(task_id, set()).add(user_id)
        last[user_id] = task_id
    pairs: set[frozenset[int]] = set()
    for task_id in set(last.values()):
        team = sorted(teams[task_id])
        pairs.update(frozenset({a, b}) for i, a in enumerate(team) for b in team[i + 1:])
    return pairs


def staff(ctx: ServiceContext, actor: Actor) -> list[tuple[int, str]]:
    """Active users the manager may put in the sampler directory: (id, name)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        rows = uow.session.execute(select(User.id, User.full_name).where(User.active.is_(True))
                                   .order_by(User.username)).all()
        return [(uid, name) for uid, name in rows]
