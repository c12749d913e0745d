"""Environment: readings typed or imported, method ranges, results out of range need a reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied
from labdesk.persistence.models import DeterminationRecord
from labdesk.services import testing
from labdesk.services.quality import environment
from labdesk.services.quality.environment import EnvironmentReasonRequired
from labdesk.services.testing import CellChange


def test_environment_flags_results_out_of_range(ctx, lab, qm, clock):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    with pytest.raises(PermissionDenied):
        environment.set_requirement(ctx, tester, "Qb,ad", "量热室", t_min="15", t_max="30")
    environment.set_requirement(ctx, qm, "Qb,ad", "量热室", t_min="15", t_max="30")
    with pytest.raises(InputError, match="最低温度"):
        environment.set_requirement(ctx, qm, "Qb,ad", "量热室", t_min="31", t_max="30")
    with pytest.raises(EnvironmentReasonRequired, match="没有温湿度记录"):
        testing.apply_changes(ctx, tester, sid, [CellChange("Qb,ad", 1, "24350")])
    environment.record_reading(ctx, tester, "量热室", "22.5", "45")
    testing.apply_changes(ctx, tester, sid, [CellChange("Qb,ad", 1, "24350")])
    testing.apply_changes(ctx, tester, sid, [CellChange("Aad", 1, "25.10")])  # no requirement for ash
    clock.advance(minutes=30)
    raw = "房间,时间,温度,湿度\n量热室,2021-08-02 09:20,31.2,50\n".encode("gbk")
    assert environment.import_csv(ctx, tester, raw) == 1
    with pytest.raises(EnvironmentReasonRequired, match="高于 30"):
        testing.apply_changes(ctx, tester, sid, [CellChange("Qb,ad", 2, "24410")])
    testing.apply_changes(ctx, tester, sid, [CellChange("Qb,ad", 2, "24410")], "空调故障，测定期间室温稳定（变化 < 1 K）")
    with ctx.uow() as uow:
        flagged = uow.session.scalars(select(DeterminationRecord).where(DeterminationRecord.environment_flag != "")).all()
    assert len(flagged) == 1 and "31.2" in flagged[0].environment_flag and "空调" in flagged[0].environment_reason
    with pytest.raises(InputError, match="时间"):
        environment.import_csv(ctx, tester, "房间,时间,温度\n量热室,昨天,20\n".encode())
    with pytest.raises(InputError, match="表头"):
        environment.import_csv(ctx, tester, b"room,at\n")
    assert [r.source for r in environment.list_readings(ctx, qm)] == ["import", "manual"]
