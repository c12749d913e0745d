"""Equipment register and staff authorisations: each refusal in the services (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied, RuleViolation
from labdesk.persistence.models import AuditEvent, Determination, Nonconformity
from labdesk.services import instruments, testing
from labdesk.services.quality import authorisations, equipment, hooks, nonconformities
from labdesk.services.quality.authorisations import NotAuthorised
from labdesk.services.testing import CellChange
from tests.quality.conftest import TODAY, calibrated

DATA = Path(__file__).resolve().parents[1] / "testing" / "data"


def _values(ctx, sid):
    with ctx.uow() as uow:
        return sorted(uow.session.scalars(select(Determination.value_text)).all())


def test_status_shown_and_recorded(ctx, lab, qm):
    eid = calibrated(ctx, qm, "SB-001")
    info = equipment.get_equipment(ctx, lab.actors["tester"], eid)
    assert (info.status.label_zh, info.status.colour) == ("合格", "#2E7D32")
    with pytest.raises(PermissionDenied):
        equipment.register(ctx, lab.actors["tester"], asset_no="X", name="X")
    with pytest.raises(RuleViolation, match="已存在"):
        equipment.register(ctx, qm, asset_no="SB-001", name="另一台")
    with pytest.raises(InputError, match="下次到期日"):
        equipment.record_check(ctx, qm, eid, kind="calibration", performed_on=TODAY, outcome="pass", next_due=None)
    info = equipment.record_check(ctx, qm, eid, kind="verification", performed_on=TODAY, outcome="restricted",
                                  next_due=dt.date(2022, 8, 1))
    assert info.status.label_zh == "准用" and info.status.usable
    info = equipment.set_out_of_service(ctx, qm, eid, True, "加热炉温控失灵")
    assert info.status.label_zh == "停用" and "温控" in info.status.reason
    with ctx.uow() as uow:
        actions = set(uow.session.scalars(select(AuditEvent.action)).all())
    assert {"quality.equipment_registered", "quality.equipment_checked", "quality.equipment_service"} <= actions


def test_entry_with_overdue_equipment_is_refused_and_opens_a_nonconformity(ctx, lab, qm):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    overdue = calibrated(ctx, qm, "SB-OLD", due=dt.date(2021, 7, 31))
    good = calibrated(ctx, qm, "SB-NEW")
    with pytest.raises(RuleViolation, match="已超过校准有效期"):
        hooks.set_item_equipment(ctx, tester, sid, "Aad", [overdue])
    hooks.set_item_equipment(ctx, tester, sid, "Aad", [good])
    testing.apply_changes(ctx, tester, sid, [CellChange("Aad", 1, "25.10")])
    # the good one goes out of service: the next entry is refused, nothing of it is saved
    equipment.set_out_of_service(ctx, qm, good, True, "天平故障")
    with pytest.raises(RuleViolation, match="停用"):
        testing.apply_changes(ctx, tester, sid, [CellChange("Aad", 2, "25.20"), CellChange("Mad", 1, "1.5")])
    assert _values(ctx, sid) == ["25.10"]
    open_ncs = nonconformities.list_nonconformities(ctx, qm, open_only=True)
    assert [n.source for n in open_ncs] == ["equipment", "equipment"]
    # typing the asset number as the instrument links it too, and is refused when stopped
    with pytest.raises(RuleViolation, match="SB-OLD"):
        testing.set_item_method(ctx, tester, sid, "Mad", instrument="SB-OLD")
    log = equipment.usage_log(ctx, qm, good)
    assert [(u.blind_code, u.item_code, u.value_text) for u in log] == [("B0001", "Aad", "25.10")]


def test_import_with_stopped_equipment_is_refused(ctx, lab, qm):
    admin = lab.actors["admin"]
    mappings = instruments.seed_default_mappings(ctx, admin)
    proximate = next(m for m in mappings if m.instrument_type == "proximate")
    eid = calibrated(ctx, qm, "SB-MAG", mapping_id=proximate.id, items=("Mad", "Aad", "Vad"))
    for _ in range(2):
        lab.make_sample("power_coal")
    raw = (DATA / "proximate_5E-MAG6700.csv").read_bytes()
    tester = lab.actors["tester"]
    equipment.set_out_of_service(ctx, qm, eid, True, "坩埚架变形")
    with pytest.raises(RuleViolation, match="停用"):
        instruments.import_file(ctx, tester, proximate.id, "p.csv", raw)
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Determination)).all() == []
        assert uow.session.scalars(select(Nonconformity.source)).all() == ["equipment"]
    equipment.set_out_of_service(ctx, qm, eid, False, "已修复并核查")
    result = instruments.import_file(ctx, tester, proximate.id, "p.csv", raw)
    log = equipment.usage_log(ctx, qm, eid)
    assert len(log) == result.determinations > 0 and {u.item_code for u in log} <= {"Mad", "Aad", "Vad"}


def test_unauthorised_item_is_refused_once_the_register_is_in_use(ctx, lab, qm):
    sid = lab.make_sample("power_coal")
    tester, tester2 = lab.actors["tester"], lab.actors["tester2"]
    testing.apply_changes(ctx, tester2, sid, [CellChange("Qb,ad", 1, "24350")])  # no register yet: allowed
    authorisations.grant(ctx, qm, user_id=tester.user_id, kind="test", scopes=["Aad", "Qb,ad"],
                         valid_from=dt.date(2021, 1, 1), valid_to=dt.date(2023, 12, 31), record_ref="SQ-2021-01")
    authorisations.grant(ctx, qm, user_id=tester2.user_id, kind="test", scopes=["Aad"],
                         valid_from=dt.date(2021, 1, 1), valid_to=None, record_ref="SQ-2021-02")
    with pytest.raises(NotAuthorised, match="Qb,ad"):
        testing.apply_changes(ctx, tester2, sid, [CellChange("Qb,ad", 2, "24410")])
    testing.apply_changes(ctx, tester, sid, [CellChange("Qb,ad", 2, "24410")])
    testing.apply_changes(ctx, tester2, sid, [CellChange("Aad", 1, "25.10")])
    with pytest.raises(NotAuthorised):
        testing.apply_changes(ctx, lab.actors["sampler"], sid, [CellChange("Aad", 2, "25.20")])
    assert _values(ctx, sid) == ["24350", "24410", "25.10"]
    with ctx.uow() as uow:
        refused = uow.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "quality.refused_unauthorised")).all()
    assert len(refused) == 2


def test_expired_or_revoked_authorisation_is_refused(ctx, lab, qm, clock):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    granted = authorisations.grant(ctx, qm, user_id=tester.user_id, kind="test", scopes=["Aad", "Mad"],
                                   valid_from=dt.date(2020, 1, 1), valid_to=TODAY, record_ref="SQ-1")
    testing.apply_changes(ctx, tester, sid, [CellChange("Aad", 1, "25.10")])
    authorisations.revoke(ctx, qm, granted[1].id, "考核不合格")
    with pytest.raises(NotAuthorised, match="Mad"):
        testing.apply_changes(ctx, tester, sid, [CellChange("Mad", 1, "1.5")])
    clock.advance(days=1)
    with pytest.raises(NotAuthorised, match="Aad"):
        testing.apply_changes(ctx, tester, sid, [CellChange("Aad", 2, "25.20")])
    with pytest.raises(InputError, match="授权依据"):
        authorisations.grant(ctx, qm, user_id=tester.user_id, kind="test", scopes=["Aad"],
                             valid_from=TODAY, valid_to=None, record_ref=" ")


def test_import_by_unauthorised_tester_is_refused(ctx, lab, qm):
    mappings = instruments.seed_default_mappings(ctx, lab.actors["admin"])
    proximate = next(m for m in mappings if m.instrument_type == "proximate")
    for _ in range(2):
        lab.make_sample("power_coal")
    authorisations.grant(ctx, qm, user_id=lab.actors["tester"].user_id, kind="test", scopes=["Aad"],
                         valid_from=dt.date(2021, 1, 1), valid_to=None, record_ref="SQ-1")
    raw = (DATA / "proximate_5E-MAG6700.csv").read_bytes()
    with pytest.raises(NotAuthorised):
        instruments.import_file(ctx, lab.actors["tester"], proximate.id, "p.csv", raw)
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Determination)).all() == []


def test_signing_scope_check(ctx, lab, qm):
    from labdesk.persistence.models import Sample

    signer = lab.actors["signatory"]
    sid = lab.make_sample("power_coal")
    coke = lab.make_sample("metallurgical_coke")
    with ctx.uow() as uow:
        coal_sample, coke_sample = uow.session.get(Sample, sid), uow.session.get(Sample, coke)
        hooks.check_signing(uow, ctx, signer, coal_sample)  # no signing register: nothing refused
    authorisations.grant(ctx, qm, user_id=signer.user_id, kind="sign", scopes=["coal"],
                         valid_from=dt.date(2021, 1, 1), valid_to=None, record_ref="QZ-2021-1")
    with ctx.uow() as uow:
        hooks.check_signing(uow, ctx, signer, uow.session.get(Sample, sid))
        with pytest.raises(NotAuthorised, match="冶金焦"):
            hooks.check_signing(uow, ctx, signer, uow.session.get(Sample, coke))
    del coal_sample, coke_sample
