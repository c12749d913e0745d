"""A sample is judged by the rule-set version fixed at acceptance (issue 11 §8); a later override reaches
samples already received only by the quality manager's explicit, audited decision."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied, StateError
from labdesk.persistence.models import AuditEvent, Sample
from labdesk.services import ruleset_pinning, rulesets, testing

from .test_testing_service import PASSING_COAL, enter

HIGH_SULFUR = dict(PASSING_COAL, **{"St,ad": ["2.55", "2.58"]})  # St,d ≈ 2.6 %: passes ≤3, fails ≤2.5


def _received_and_pinned(lab) -> int:
    sid = lab.make_sample("power_coal")
    with lab.ctx.uow() as uow:
        assert ruleset_pinning.pin_on_acceptance(uow, uow.session.get(Sample, sid)) == "2014-1"
        uow.commit()
    return sid


def test_override_does_not_reach_a_received_sample_until_the_qm_applies_it(ctx, lab):
    qm, tester = lab.actors["quality_manager"], lab.actors["tester"]
    pid = lab.product_id("power_coal")
    sid = _received_and_pinned(lab)
    rulesets.override_limit(ctx, qm, pid, "basic_std_other", reason="实施细则第5.2条", value="2.5")
    sheet = enter(ctx, tester, sid, HIGH_SULFUR)
    assert sheet.ruleset_version == "2014-1" and sheet.evaluation["verdict"] == "pass"

    gap = ruleset_pinning.samples_on_older_versions(ctx, qm, pid)
    assert gap.current_version == "2014-1-p1"
    assert [(s.sample_id, s.version, s.state_zh) for s in gap.samples] == [(sid, "2014-1", "检验中")]
    with pytest.raises(PermissionDenied):
        ruleset_pinning.apply_current_version(ctx, tester, pid, [sid], "x")
    with pytest.raises(InputError, match="理由"):
        ruleset_pinning.apply_current_version(ctx, qm, pid, [sid], " ")
    with pytest.raises(StateError, match="不能改用新版本"):
        ruleset_pinning.apply_current_version(ctx, qm, pid, [sid + 999], "细则要求")

    gap = ruleset_pinning.apply_current_version(ctx, qm, pid, [sid], "省局通知：在检样品按新限值判定")
    assert gap.samples == ()
    sheet = testing.open_sample(ctx, tester, sid)
    assert sheet.ruleset_version == "2014-1-p1" and "St,d" in sheet.evaluation["failed_items"]
    with ctx.uow() as uow:
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "ruleset.version_applied"))
        assert event.reason.startswith("省局通知")
        assert event.details["samples"][0]["from"] == "2014-1" and event.details["version"] == "2014-1-p1"


def test_a_sample_accepted_after_the_override_uses_the_new_version(ctx, lab):
    qm = lab.actors["quality_manager"]
    pid = lab.product_id("power_coal")
    rulesets.override_limit(ctx, qm, pid, "basic_std_other", reason="实施细则第5.2条", value="2.5")
    sid = lab.make_sample("power_coal")
    with ctx.uow() as uow:
        assert ruleset_pinning.pin_on_acceptance(uow, uow.session.get(Sample, sid)) == "2014-1-p1"
        uow.commit()
    sheet = enter(ctx, lab.actors["tester"], sid, HIGH_SULFUR)
    assert sheet.ruleset_version == "2014-1-p1" and "St,d" in sheet.evaluation["failed_items"]
    assert ruleset_pinning.samples_on_older_versions(ctx, qm, pid).samples == ()
