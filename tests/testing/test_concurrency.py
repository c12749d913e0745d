"""Issue 10 item 4: benches racing each other, as separate OS processes, on SQLite and PostgreSQL.

Every lost race must surface as the one ConcurrentEditError ("已被他人修改，请重新载入") — whichever flush
met it (explicit, autoflush before a query, commit) — and logins of one account on several benches must
all succeed.
"""

from __future__ import annotations

import multiprocessing as mp
import traceback
from typing import Any

import pytest
from sqlalchemy import select

from labdesk.domain.errors import ConcurrentEditError
from labdesk.persistence.models import Enterprise, User
from labdesk.services import auth, testing
from labdesk.services.context import ServiceContext
from tests.testing.conftest import PASSWORD, Lab

BENCHES = 4
SPAWN = mp.get_context("spawn")


def _outcome(fn: Any) -> str:
    try:
        fn()
    except ConcurrentEditError as error:
        return f"conflict:{error}"
    except Exception as error:  # anything else fails the test, with its traceback
        return f"raw:{type(error).__module__}.{type(error).__name__}:{error}\n{traceback.format_exc()}"
    return "ok"


def _cheap_hashing() -> None:
    from argon2 import PasswordHasher

    auth.set_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _bench_edit_enterprise(url: str, enterprise_id: int, bench: int, barrier: Any, out: Any) -> None:
    """Load the record (it stays on screen), wait for every bench, change it; a query autoflushes."""
    ctx = ServiceContext.for_url(url)
    with ctx.uow() as uow:
        shown = uow.get(Enterprise, enterprise_id, "企业")
    barrier.wait(timeout=120)

    def save() -> None:
        with ctx.uow() as uow:
            uow.session.add(shown)
            shown.name = f"甲公司（工作站 {bench}）"
            uow.session.scalar(select(Enterprise.id).where(Enterprise.name == "x"))  # autoflush here
            uow.commit()

    out.put(_outcome(save))
    ctx.engine.dispose()


def _bench_edit_determination(url: str, actor: Any, sample_id: int, bench: int, barrier: Any, out: Any) -> None:
    ctx = ServiceContext.for_url(url)
    barrier.wait(timeout=120)
    out.put(_outcome(lambda: testing.edit_determination(ctx, actor, sample_id, "Aad", 2, f"25.{30 + bench}",
                                                        "按原始记录更正", seen="25.20")))
    ctx.engine.dispose()


def _bench_login(url: str, barrier: Any, out: Any) -> None:
    _cheap_hashing()
    ctx = ServiceContext.for_url(url)
    barrier.wait(timeout=120)
    out.put(_outcome(lambda: auth.login(ctx, "tester", PASSWORD)))
    ctx.engine.dispose()


def _race(target: Any, args: Any) -> list[str]:
    barrier = SPAWN.Barrier(BENCHES)
    out = SPAWN.Queue()
    procs = [SPAWN.Process(target=target, args=(*args(bench), barrier, out)) for bench in range(BENCHES)]
    for p in procs:
        p.start()
    results = [out.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    raw = [r for r in results if r.startswith("raw:")]
    assert not raw, raw[0]
    return results


def _summary(name: str, results: list[str]) -> None:
    conflicts = [r for r in results if r.startswith("conflict:")]
    print(f"\n{name}: {BENCHES} benches, {results.count('ok')} saved, {len(conflicts)} conflicts"
          + (f" surfaced as ConcurrentEditError「{conflicts[0].split(':', 1)[1]}」" if conflicts else ""))


def test_stale_record_at_autoflush_is_the_conflict_error(ctx: ServiceContext) -> None:
    """One process, two 'benches': the conflict met by a query's autoflush, not by uow.flush()."""
    with ctx.uow() as uow:
        uow.session.add(Enterprise(name="甲公司"))
        uow.commit()
    with ctx.uow() as uow:
        shown = uow.session.scalars(select(Enterprise)).one()
    with ctx.uow() as uow:
        uow.session.scalars(select(Enterprise)).one().name = "甲公司（改）"
        uow.commit()
    with ctx.uow() as uow:
        uow.session.add(shown)
        shown.name = "甲公司（另改）"
        with pytest.raises(ConcurrentEditError, match="已被他人修改，请重新载入"):
            uow.session.scalar(select(Enterprise.id).limit(1))


def test_benches_saving_one_record_at_once(ctx: ServiceContext, db_url: str) -> None:
    with ctx.uow() as uow:
        row = Enterprise(name="甲公司")
        uow.session.add(row)
        uow.commit()
        enterprise_id = row.id
    results = _race(_bench_edit_enterprise, lambda bench: (db_url, enterprise_id, bench))
    _summary(f"record saved at once [{db_url.split(':')[0]}]", results)
    assert results.count("ok") == 1 and len(results) == BENCHES
    assert all("已被他人修改，请重新载入" in r for r in results if r != "ok")
    with ctx.uow() as uow:
        assert uow.get(Enterprise, enterprise_id, "企业").version == 2


def test_benches_editing_one_determination_at_once(lab: Lab, db_url: str) -> None:
    sid = lab.make_sample("power_coal")
    testing.apply_changes(lab.ctx, lab.actors["tester"], sid,
                          [testing.CellChange("Aad", 1, "25.10"), testing.CellChange("Aad", 2, "25.20")])
    actor = lab.actors["tester"]
    results = _race(_bench_edit_determination, lambda bench: (db_url, actor, sid, bench))
    _summary(f"determination edited at once [{db_url.split(':')[0]}]", results)
    assert results.count("ok") == 1
    assert all("已被他人修改，请重新载入" in r for r in results if r != "ok")


def test_one_account_logging_in_on_several_benches(lab: Lab, db_url: str) -> None:
    with lab.ctx.uow() as uow:
        before = uow.session.scalar(select(User).where(User.username == "tester"))
        assert before is not None
        version, last = before.version, before.last_login_at
    results = _race(_bench_login, lambda bench: (db_url,))
    _summary(f"logins of one account [{db_url.split(':')[0]}]", results)
    assert results == ["ok"] * BENCHES
    with lab.ctx.uow() as uow:
        after = uow.session.scalar(select(User).where(User.username == "tester"))
        assert after is not None and after.last_login_at is not None
        assert last is None or after.last_login_at >= last
        assert after.version == version  # the login bookkeeping does not bump the row's version
