"""Plan rule-set editor: view, override a limit with a reason (versioned, audited), acknowledge unverified rules."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from labdesk.domain.errors import ConcurrentEditError, InputError, PermissionDenied
from labdesk.persistence.models import AuditEvent, RuleSetRevision
from labdesk.services import rulesets

from .test_testing_service import PASSING_COAL, enter


def test_view_and_override_limit(ctx, lab):
    qm = lab.actors["quality_manager"]
    pid = lab.product_id("power_coal")
    view = rulesets.get_ruleset(ctx, qm, pid)
    assert view.version == "2014-1" and view.rules
    std = next(r for r in view.rules if r.rule_id == "basic_std_other")
    assert std.requirement == "≤3"
    with pytest.raises(InputError, match="理由"):
        rulesets.override_limit(ctx, qm, pid, "basic_std_other", reason=" ", value="2.5")
    with pytest.raises(PermissionDenied):
        rulesets.override_limit(ctx, lab.actors["tester"], pid, "basic_std_other", reason="x", value="2.5")
    view = rulesets.override_limit(ctx, qm, pid, "basic_std_other", reason="实施细则第5.2条：St,d ≤ 2.5%",
                                   value="2.5", expected_version=view.record_version)
    assert view.version == "2014-1-p1"
    assert next(r for r in view.rules if r.rule_id == "basic_std_other").requirement == "≤2.5"
    assert view.revisions[-1].change == {"rule_id": "basic_std_other", "grade": None, "old": "≤3", "new": "≤2.5"}
    assert view.revisions[-1].reason.startswith("实施细则")
    with pytest.raises(ConcurrentEditError):
        rulesets.override_limit(ctx, qm, pid, "basic_std_other", reason="x", value="2.4", expected_version=1)
    with ctx.uow() as uow:
        assert len(uow.session.scalars(select(RuleSetRevision).where(RuleSetRevision.plan_product_id == pid)).all()) == 2
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "ruleset.limit_overridden"))
        assert event.reason.startswith("实施细则") and event.details["new_version"] == "2014-1-p1"
    # samples of that plan product are now judged with the new version: St,d 2.6 fails
    sid = lab.make_sample("power_coal")
    sheet = enter(ctx, lab.actors["tester"], sid, dict(PASSING_COAL, **{"St,ad": ["2.55", "2.58"]}))
    assert sheet.ruleset_version == "2014-1-p1" and "St,d" in sheet.evaluation["failed_items"]


def test_override_grade_cell(ctx, lab):
    qm = lab.actors["quality_manager"]
    pid = lab.product_id("metallurgical_coke")
    view = rulesets.get_ruleset(ctx, qm, pid)
    cell = next(r for r in view.rules if r.rule_id == "grade_m40" and r.grade)
    view = rulesets.override_limit(ctx, qm, pid, "grade_m40", grade=cell.grade, value="80.0", reason="细则规定")
    assert next(r for r in view.rules if r.rule_id == "grade_m40" and r.grade == cell.grade).requirement == "≥80.0"


def test_acknowledge_unverified(ctx, lab):
    qm = lab.actors["quality_manager"]
    refs = rulesets.list_plan_products(ctx, qm)
    ref = next(r for r in refs if r.unverified)
    view = rulesets.get_ruleset(ctx, qm, ref.plan_product_id)
    assert len(view.unverified) == ref.unverified == ref.unacknowledged
    keys = [u.key for u in view.unverified]
    with pytest.raises(InputError):
        rulesets.acknowledge_unverified(ctx, qm, ref.plan_product_id, ["nope|x||"])
    view = rulesets.acknowledge_unverified(ctx, qm, ref.plan_product_id, keys[:1], note="已核对标准原文")
    assert view.unverified[0].acknowledged and view.unverified[0].acknowledged_by == "quality_manager姓名"
    assert all(not u.acknowledged for u in view.unverified[1:])
    again = next(r for r in rulesets.list_plan_products(ctx, qm) if r.plan_product_id == ref.plan_product_id)
    assert again.unacknowledged == ref.unacknowledged - 1
    with pytest.raises(PermissionDenied):
        rulesets.acknowledge_unverified(ctx, lab.actors["reviewer"], ref.plan_product_id, keys)
