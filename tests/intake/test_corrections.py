"""Judging conditions are required at intake; a registered sample can be corrected (issue 13 item 2)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from labdesk.domain.errors import DutySeparationError, InputError, PermissionDenied, StateError
from labdesk.persistence.models import AuditEvent, PlanProduct, Sample
from labdesk.services import corrections, intake
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.intake import RegistrationDraft, RegistrationRefused
from tests.intake.conftest import PlanFixture, with_


@pytest.fixture
def judged_plan(ctx: ServiceContext, plan: PlanFixture) -> PlanFixture:
    """The plan's products adopt the catalogue rule sets, as importing a plan does."""
    with ctx.uow() as uow:
        for code in ("power_coal", "metallurgical_coke"):
            product = uow.session.get(PlanProduct, plan.products[code])
            assert product is not None
            product.ruleset = ctx.catalogue.ruleset(code).to_dict()
        uow.commit()
    return plan


def _force(ctx: ServiceContext, sample_id: int, **values: object) -> None:
    """Test set-up: put the sample where the scenario needs it (an old registration, testing begun)."""
    with ctx.uow() as uow:
        sample = uow.get(Sample, sample_id, "样品")
        for name, value in values.items():
            setattr(sample, name, value)
        uow.commit()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_intake_refuses_a_sample_without_its_judging_conditions(
    ctx: ServiceContext, actors: dict[str, Actor], draft: RegistrationDraft, judged_plan: PlanFixture
) -> None:
    bare = with_(draft, context={"coal_rank": "", "transport_km": ""})
    problems = [p for p in intake.check_registration(ctx, actors["receptionist"], bare) if p.blocking]
    messages = {p.field: p.message for p in problems}
    assert messages["context.coal_rank"] == "煤种：该产品的判定需要此条件，请选择（褐煤 / 其他煤种）。"
    assert messages["context.transport_km"] == "运输距离（km）：该产品的判定需要此条件，必填。"
    assert not any("coal_rank" in p.message or "lignite" in p.message for p in problems)
    with pytest.raises(RegistrationRefused):
        intake.register_sample(ctx, actors["receptionist"], bare)
    typo = with_(draft, context={"coal_rank": "other", "transport_km": "abc"})
    found = {p.field: p.message for p in intake.check_registration(ctx, actors["receptionist"], typo)}
    assert found["context.transport_km"] == "运输距离（km）：应为数字，现为「abc」。"
    assert intake.register_sample(ctx, actors["receptionist"], draft).context["coal_rank"] == "other"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_receptionist_corrects_before_testing_with_reason_and_audit(
    ctx: ServiceContext, actors: dict[str, Actor], draft: RegistrationDraft, judged_plan: PlanFixture
) -> None:
    sample = intake.register_sample(ctx, actors["receptionist"], draft)
    _force(ctx, sample.id, context={"transport_km": "120"})  # registered before intake checked conditions
    with pytest.raises(InputError, match="更正理由：必填"):
        corrections.correct_sample(ctx, actors["receptionist"], sample.id, {"context.coal_rank": "lignite"}, "")
    with pytest.raises(InputError, match="请从 褐煤 / 其他煤种 中选择"):
        corrections.correct_sample(ctx, actors["receptionist"], sample.id, {"context.coal_rank": "anthracite"}, "x")
    with pytest.raises(PermissionDenied):
        corrections.correct_sample(ctx, actors["tester"], sample.id, {"context.coal_rank": "lignite"}, "抽样单")
    result = corrections.correct_sample(ctx, actors["receptionist"], sample.id, {"context.coal_rank": "lignite"},
                                        "抽样单注明为褐煤")
    assert result.applied and result.correction.state_name == "已更正"
    assert result.correction.changes == (("煤种", "—", "褐煤"),)
    assert intake.get_sample(ctx, actors["receptionist"], sample.id).context["coal_rank"] == "lignite"
    with ctx.uow() as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "sample.corrected")).one()
        assert event.reason == "抽样单注明为褐煤" and event.details["after"] == {"context.coal_rank": "lignite"}
    with pytest.raises(InputError, match="没有需要更正的内容"):
        corrections.correct_sample(ctx, actors["receptionist"], sample.id, {"context.coal_rank": "lignite"}, "再次")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_after_testing_only_a_quality_manager_approved_correction(
    ctx: ServiceContext, actors: dict[str, Actor], draft: RegistrationDraft, judged_plan: PlanFixture
) -> None:
    sample = intake.register_sample(ctx, actors["receptionist"], draft)
    _force(ctx, sample.id, context={"transport_km": "120"}, state="in_testing")
    result = corrections.correct_sample(ctx, actors["tester"], sample.id, {"context.coal_rank": "other"},
                                        "检验中发现煤种未登记")
    assert not result.applied and result.correction.state_name == "待批准"
    assert "coal_rank" not in intake.get_sample(ctx, actors["receptionist"], sample.id).context
    pending = corrections.pending_corrections(ctx, actors["quality_manager"])
    assert [p.id for p in pending] == [result.correction.id] and pending[0].requested_by == "tester姓名"
    with pytest.raises(PermissionDenied):
        corrections.decide_correction(ctx, actors["receptionist"], result.correction.id, approve=True)
    with pytest.raises(InputError, match="不批准时请写明理由"):
        corrections.decide_correction(ctx, actors["quality_manager"], result.correction.id, approve=False)
    approved = corrections.decide_correction(ctx, actors["quality_manager"], result.correction.id, approve=True,
                                             note="核对抽样单")
    assert approved.applied and approved.correction.decided_by == "quality_manager姓名"
    assert intake.get_sample(ctx, actors["receptionist"], sample.id).context["coal_rank"] == "other"
    assert corrections.pending_corrections(ctx, actors["quality_manager"]) == []
    with pytest.raises(StateError, match="已更正"):
        corrections.decide_correction(ctx, actors["quality_manager"], result.correction.id, approve=True)
    with ctx.uow() as uow:
        actions = [e.action for e in uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "sample",
                                                                                  AuditEvent.entity_id == str(sample.id)))]
    assert "sample.correction_requested" in actions and "sample.correction_approved" in actions


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_quality_manager_cannot_approve_own_request_and_reported_samples_are_not_corrected(
    ctx: ServiceContext, actors: dict[str, Actor], draft: RegistrationDraft, judged_plan: PlanFixture
) -> None:
    sample = intake.register_sample(ctx, actors["receptionist"], draft)
    _force(ctx, sample.id, state="submitted")
    request = corrections.correct_sample(ctx, actors["receptionist"], sample.id, {"specification": "洗混煤"},
                                         "抽样单规格型号录错")
    assert not request.applied
    _force(ctx, sample.id, state="reported")
    with pytest.raises(StateError, match="报告更正"):
        corrections.correct_sample(ctx, actors["receptionist"], sample.id, {"specification": "块煤"}, "又错")
    with pytest.raises(StateError):
        corrections.decide_correction(ctx, actors["quality_manager"], request.correction.id, approve=True)


def test_no_one_approves_their_own_request(ctx: ServiceContext, actors: dict[str, Actor],
                                           draft: RegistrationDraft, judged_plan: PlanFixture) -> None:
    from labdesk.domain.permissions import Role
    from labdesk.services import auth, users

    users.create_user(ctx, actors["admin"], username="qmdesk", full_name="兼任收样的质量负责人",
                      password="Passw0rd-long", roles=(Role.QUALITY_MANAGER, Role.RECEPTIONIST))
    both = auth.login(ctx, "qmdesk", "Passw0rd-long")
    sample = intake.register_sample(ctx, actors["receptionist"], draft)
    _force(ctx, sample.id, state="in_testing")
    request = corrections.correct_sample(ctx, both, sample.id, {"trademark": "云冈牌"}, "商标录错")
    with pytest.raises(DutySeparationError):
        corrections.decide_correction(ctx, both, request.correction.id, approve=True)
