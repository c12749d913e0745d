"""Back at intake: the scanned 抽样单 opens a pre-filled registration; backup, refusal, confirmation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

import pytest

from labdesk.domain.errors import InputError, RuleViolation
from labdesk.services import logistics
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling import confirmation, documents, draws, intake_link, tasks
from tests.reports.pdftools import need


@pytest.fixture
def task(ctx: ServiceContext, qm: Actor, loaded: int, sampler_actors: list[Actor]) -> tasks.TaskInfo:
    draws.run_draw(ctx, qm, loaded, "power_coal", seed="3", count=2)
    listed = tasks.list_tasks(ctx, qm, plan_id=loaded)
    tasks.assign_samplers(ctx, qm, [t.id for t in listed], seed="3")
    return tasks.list_tasks(ctx, qm, plan_id=loaded)[0]


def _complete(draft: intake_link.RegistrationDraft) -> intake_link.RegistrationDraft:
    return dataclasses.replace(
        draft, trademark="云冈", specification="混煤", batch_no="20210801", production_date="2021-08-01",
        executed_standard="GB/T 7562-2018", base_quantity="3000 t", test_quantity="2 kg", backup_quantity="2 kg",
        test_seal="F-1", backup_seal="F-2", sampling_place="成品煤场", sampling_date="2021-08-02",
        context={"coal_rank": "other", "transport_km": "120"})


def test_scanned_form_barcode_opens_the_task_at_intake(ctx: ServiceContext, actors: dict[str, Actor],
                                                       task: tasks.TaskInfo, qm: Actor, tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(documents.task_documents(ctx, qm, task.id, ("form",)))
    subprocess.run([need("pdftoppm"), "-r", "150", "-png", str(path), str(tmp_path / "s")], check=True)
    scanned = subprocess.run([need("zbarimg"), "-q", "--raw", str(next(tmp_path.glob("s*.png")))],
                             capture_output=True, text=True, check=False).stdout.strip()
    reception = actors["receptionist"]
    assert intake_link.looks_like_task(scanned)
    draft = intake_link.draft_from_task(ctx, reception, scanned)
    assert draft.form_no == task.task_no and draft.unit_credit_code == task.credit_code
    assert [s.user_id for s in draft.samplers] == list(task.sampler_ids)
    with pytest.raises(InputError):
        intake_link.register_from_task(ctx, reception, scanned, dataclasses.replace(_complete(draft), form_no="X1"))
    detail = intake_link.register_from_task(ctx, reception, scanned, _complete(draft))
    assert detail.form_no == task.task_no
    assert tasks.get_task(ctx, qm, task.id).state == "registered"
    with pytest.raises(RuleViolation, match=detail.sample_no):
        intake_link.draft_from_task(ctx, reception, scanned)
    # sample confirmation: a denial reaches the quality manager
    confirmation.request_confirmation(ctx, reception, task.id, asked_on=dt.date(2021, 8, 20),
                                      deadline=dt.date(2021, 9, 3))
    with pytest.raises(InputError):
        confirmation.record_reply(ctx, reception, task.id, status="denied", replied_on=dt.date(2021, 8, 25))
    confirmation.record_reply(ctx, reception, task.id, status="denied", replied_on=dt.date(2021, 8, 25),
                              evidence="企业称该批为外购煤，附购销合同")
    listed = confirmation.denials_to_review(ctx, qm)
    assert [c.task_no for c in listed] == [task.task_no]
    confirmation.mark_reviewed(ctx, qm, task.id, "转省局核实")
    assert confirmation.denials_to_review(ctx, qm) == []


def test_backup_at_enterprise_and_field_refusal(ctx: ServiceContext, actors: dict[str, Actor], qm: Actor,
                                                task: tasks.TaskInfo) -> None:
    reception = actors["receptionist"]
    with pytest.raises(InputError):
        intake_link.record_backup_at_enterprise(ctx, reception, task.task_no, seal_no="", keeper="王", place="库")
    intake_link.record_backup_at_enterprise(ctx, reception, task.task_no, seal_no="F-9", keeper="王经理",
                                            place="成品库 3 号")
    assert intake_link.draft_from_task(ctx, reception, task.task_no).backup_seal == "F-9"
    other = next(t for t in tasks.list_tasks(ctx, qm) if t.id != task.id)
    refused = intake_link.record_field_refusal(ctx, reception, other.task_no, occurred_on=dt.date(2021, 8, 2),
                                               description="企业拒绝抽样并拒绝签字", witnesses=("村委会李主任",))
    assert refused.state == "refused"
    assert [r.enterprise_id for r in logistics.list_refusals(ctx, qm)] == [other.enterprise_id]
    with pytest.raises(RuleViolation):
        intake_link.draft_from_task(ctx, reception, other.task_no)



def test_home_lists_a_samplers_tasks_and_denials_for_the_manager(
        ctx: ServiceContext, actors: dict[str, Actor], qm: Actor, task: tasks.TaskInfo,
        sampler_actors: list[Actor]) -> None:
    from labdesk.services.deadlines import due_items

    sampler = next(a for a in sampler_actors if a.user_id == task.sampler_ids[0])
    lines = [i for i in due_items(ctx, sampler) if i.kind == "sampling_task"]
    assert task.task_no in {i.code for i in lines} and all(i.page == "sampling" for i in lines)
    assert [i for i in due_items(ctx, qm) if i.kind == "sampling_task"] == []
    reception = actors["receptionist"]
    draft = _complete(intake_link.draft_from_task(ctx, reception, task.task_no))
    intake_link.register_from_task(ctx, reception, task.task_no, draft)
    confirmation.request_confirmation(ctx, reception, task.id, asked_on=dt.date(2021, 8, 3),
                                      deadline=dt.date(2021, 8, 10))
    confirmation.record_reply(ctx, reception, task.id, status="denied", replied_on=dt.date(2021, 8, 4),
                              evidence="非本企业产品")
    assert [i.code for i in due_items(ctx, qm) if i.kind == "sample_confirmation"] == [task.task_no]


def test_a_tasks_sampler_records_the_backup_others_may_not(ctx: ServiceContext, actors: dict[str, Actor],
                                                           task: tasks.TaskInfo, sampler_actors: list[Actor]) -> None:
    from labdesk.domain.errors import PermissionDenied

    mine = next(a for a in sampler_actors if a.user_id == task.sampler_ids[0])
    other = next(a for a in sampler_actors if a.user_id not in task.sampler_ids)
    with pytest.raises(PermissionDenied):
        intake_link.record_backup_at_enterprise(ctx, other, task.task_no, seal_no="F-1", keeper="王", place="库")
    info = intake_link.record_backup_at_enterprise(ctx, mine, task.task_no, seal_no="F-1", keeper="王", place="库")
    assert info.backup_at_enterprise and info.backup_seal == "F-1"


def test_seal_notice_carries_the_recorded_backup(ctx: ServiceContext, actors: dict[str, Actor], qm: Actor,
                                                 task: tasks.TaskInfo, tmp_path: Path) -> None:
    import re

    from tests.reports.pdftools import pdftotext

    intake_link.record_backup_at_enterprise(ctx, actors["receptionist"], task.task_no, seal_no="FC-77",
                                            keeper="王经理", place="成品库3号")
    text = re.sub(r"\s+", "", pdftotext(documents.task_documents(ctx, qm, task.id, ("seal",)), tmp_path))
    assert "FC-77" in text and "王经理" in text and "成品库3号" in text


def test_registration_must_match_its_task(ctx: ServiceContext, actors: dict[str, Actor], task: tasks.TaskInfo,
                                          plan_id: int) -> None:
    reception = actors["receptionist"]
    draft = _complete(intake_link.draft_from_task(ctx, reception, task.task_no))
    with pytest.raises(InputError, match="统一社会信用代码"):
        intake_link.register_from_task(ctx, reception, task.task_no,
                                       dataclasses.replace(draft, unit_credit_code="91140200MA0GTQ0X19"))
    with pytest.raises(InputError, match="产品"):
        intake_link.register_from_task(ctx, reception, task.task_no,
                                       dataclasses.replace(draft, plan_product_id=(draft.plan_product_id or 0) + 1))
    assert tasks.get_task(ctx, actors["quality_manager"], task.id).state == "assigned"
