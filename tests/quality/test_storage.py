"""Sample storage: locations, store / move, check-out and check-in with who and when, refusals,
the backup portion found by its location, the disposition list shows where a sample is."""

from __future__ import annotations

import pytest

from labdesk.domain.errors import InputError, NotFound, PermissionDenied, RuleViolation, StateError
from labdesk.services.quality import storage


def test_storage_chain_of_custody(ctx, lab, qm, clock):
    lab.make_sample("power_coal")
    tester, clerk = lab.actors["tester"], lab.actors["receptionist"]
    shelf = storage.add_location(ctx, qm, "留样室", "A", "2", "05")
    other = storage.add_location(ctx, qm, "留样室", "B", "1")
    assert shelf.label == "留样室 A柜 2层 05盒"
    with pytest.raises(RuleViolation):
        storage.add_location(ctx, qm, "留样室", "A", "2", "05")
    with pytest.raises(PermissionDenied):
        storage.add_location(ctx, clerk, "X")
    with pytest.raises(StateError, match="尚未入库"):
        storage.check_out(ctx, tester, "T0001-B", "复检")
    storage.store(ctx, clerk, "T0001-J", shelf.id)
    storage.store(ctx, clerk, "T0001-B", shelf.id)
    with pytest.raises(InputError, match="用途"):
        storage.check_out(ctx, tester, "T0001-J", " ")
    out = storage.check_out(ctx, tester, "T0001-J", "检验")
    assert out.checked_out_by == "tester姓名" and out.checked_out_at is not None
    with pytest.raises(StateError, match="已被 tester姓名 借出"):
        storage.check_out(ctx, lab.actors["tester2"], "T0001-J", "检验")
    with pytest.raises(StateError, match="已借出"):
        storage.store(ctx, clerk, "T0001-J", other.id)
    clock.advance(hours=3)
    back = storage.check_in(ctx, tester, "T0001-J")
    assert back.checked_out_by == "" and back.location == shelf.label
    with pytest.raises(StateError, match="没有借出记录"):
        storage.check_in(ctx, tester, "T0001-J")
    storage.store(ctx, clerk, "T0001-J", other.id)
    chain = storage.custody(ctx, qm, "T0001-J")
    assert [(c.action_zh, c.username) for c in chain] == [("入库", "receptionist姓名"), ("借出", "tester姓名"),
                                                          ("归还", "tester姓名"), ("移位", "receptionist姓名")]
    assert chain[1].at < chain[2].at
    assert storage.backup_location(ctx, qm, "2021T0001").location == shelf.label
    with pytest.raises(NotFound):
        storage.backup_location(ctx, qm, "nope")
    with pytest.raises(PermissionDenied):
        storage.custody(ctx, lab.actors["signatory"], "T0001-J")
    with ctx.uow() as uow:
        places = storage.locations_for(uow, [1])
    assert places == {1: "检验样品：留样室 B柜 1层；备用样品：留样室 A柜 2层 05盒"}
