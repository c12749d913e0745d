"""Directory import, draws against quota and batch rules, replacements, sampler assignment."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied, RuleViolation
from labdesk.persistence.models import AuditEvent, Enterprise
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling import directory, draws, tasks
from tests.sampling.conftest import HEADER, directory_rows, make_code

PLAN = "SX-2021-158"


def test_import_merges_by_credit_code_and_reports_bad_rows(ctx: ServiceContext, qm: Actor, plan_id: int,
                                                           tmp_path: Path) -> None:
    rows = directory_rows(5)
    bad = make_code(99)[:-1] + ("0" if make_code(99)[-1] != "0" else "1")
    rows += [["坏代码企业", bad, "", "大同", "动力用煤", "", ""], ["", make_code(50), "", "大同", "动力用煤", "", ""],
             ["未知产品企业", make_code(51), "", "大同", "蜂窝煤", "", ""], [*list(rows[1])[:6], "优秀"]]
    path = tmp_path / "名录.csv"
    path.write_text("\n".join(",".join(str(c) for c in r) for r in rows), encoding="utf-8-sig")
    report = directory.import_file(ctx, qm, path, plan_id=plan_id)
    assert (report.created, report.updated) == (5, 0)
    assert [e.line for e in report.errors] == [7, 8, 9, 10]
    assert "校验码" in str(report.errors[0]) and "企业名称" in str(report.errors[1])
    assert "蜂窝煤" in str(report.errors[2]) and "优秀" in str(report.errors[3])
    again = directory.import_rows(ctx, qm, [HEADER, [f"{rows[1][0]}（新名）", *rows[1][1:]]], plan_id=plan_id)
    assert (again.created, again.updated) == (0, 1)
    entries = directory.list_entries(ctx, qm)
    assert len(entries) == 5 and any(e.name.endswith("（新名）") for e in entries)
    assert [e.followup for e in entries if e.credit_code == make_code(3)] == [True]


def test_import_xlsx_and_missing_column(ctx: ServiceContext, qm: Actor, plan_id: int, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for row in directory_rows(4):
        book.active.append(row)
    book.save(tmp_path / "d.xlsx")
    assert directory.import_file(ctx, qm, tmp_path / "d.xlsx", plan_id=plan_id).created == 4
    with pytest.raises(InputError, match="地区"):
        directory.import_rows(ctx, qm, [["企业名称", "统一社会信用代码", "产品"]], plan_id=plan_id)


def test_draw_is_reproducible_recorded_and_audited(ctx: ServiceContext, qm: Actor, loaded: int) -> None:
    preview = draws.preview_draw(ctx, PLAN, "777", product="动力用煤", count=5)[0]
    info = draws.run_draw(ctx, qm, loaded, "power_coal", seed="777", count=5)
    assert [r.credit_code for r in info.drawn] == [r.credit_code for r in preview.drawn]
    assert info.candidate_hash == preview.candidate_hash and len(info.drawn) == 5
    other = draws.preview_draw(ctx, PLAN, "778", product="动力用煤", count=5)[0]
    assert other.candidate_hash != info.candidate_hash  # the five drawn are no longer candidates
    recorded = draws.get_draw(ctx, qm, info.id or 0)
    assert [r.task_no for r in recorded.drawn] == [r.task_no for r in info.drawn]
    with ctx.uow() as uow:
        event = uow.session.scalar(select(AuditEvent).where(AuditEvent.action == "sampling.draw"))
        assert event is not None and event.details["seed"] == "777"
        assert event.details["candidate_hash"] == info.candidate_hash


def test_followups_first_and_batch_rules_across_the_whole_draw(ctx: ServiceContext, qm: Actor, loaded: int) -> None:
    power = draws.run_draw(ctx, qm, loaded, "power_coal", seed="s1", count=3)
    assert [r.credit_code for r in power.drawn[:2]] == sorted([make_code(3), make_code(11)],
                                                              key=[r.credit_code for r in power.drawn].index)
    assert all(r.followup for r in power.drawn[:2]) and not power.drawn[2].followup
    for product in ("metallurgical_coal", "chemical_coal", "metallurgical_coke", "foundry_coke"):
        draws.run_draw(ctx, qm, loaded, product, seed="s1")
    with pytest.raises(RuleViolation):
        draws.run_draw(ctx, qm, loaded, "chemical_coal", seed="s2")
    per_enterprise: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for task in tasks.list_tasks(ctx, qm, plan_id=loaded):
        per_enterprise[task.credit_code] += 1
        pairs[(task.credit_code, task.product_code)] += 1
    assert max(per_enterprise.values()) <= 2
    assert max(pairs.values()) == 1
    chem = [t for t in tasks.list_tasks(ctx, qm, plan_id=loaded) if t.product_code == "chemical_coal"]
    assert 0 < len(chem) <= 70


def test_quota_limits_the_count(ctx: ServiceContext, qm: Actor, loaded: int) -> None:
    info = draws.preview_draw(ctx, PLAN, "1", product="power_coal", region="大同")[0]
    assert info.quota_remaining == 180 and info.regions == ("大同",)
    assert all(r.region == "大同" for r in info.drawn)
    with pytest.raises(InputError, match="太原"):
        draws.preview_draw(ctx, PLAN, "1", product="power_coal", region="太原")
    with pytest.raises(InputError, match="产品"):
        draws.preview_draw(ctx, PLAN, "1", product="蜂窝煤")


def test_replacement_takes_next_reserve_with_reason(ctx: ServiceContext, qm: Actor, loaded: int) -> None:
    info = draws.run_draw(ctx, qm, loaded, "power_coal", seed="9", count=2)
    first = tasks.list_tasks(ctx, qm, draw_id=info.id)[0]
    with pytest.raises(InputError):
        draws.replace_task(ctx, qm, first.id, status="closed", reason="大门紧锁", evidence="")
    new_no = draws.replace_task(ctx, qm, first.id, status="closed", reason="大门紧锁，已注销", evidence="照片 3 张")
    after = {t.task_no: t for t in tasks.list_tasks(ctx, qm, draw_id=info.id)}
    assert after[first.task_no].state == "replaced"
    assert after[new_no].credit_code == info.reserve[0].credit_code
    assert [e.status for e in directory.list_entries(ctx, qm) if e.credit_code == first.credit_code] == ["closed"]


def test_samplers_two_per_task_random_no_conflict_no_repeat_pair(
        ctx: ServiceContext, qm: Actor, loaded: int, sampler_actors: list[Actor]) -> None:
    draws.run_draw(ctx, qm, loaded, "power_coal", seed="5", count=8)
    ids = [t.id for t in tasks.list_tasks(ctx, qm, plan_id=loaded)]
    assigned = tasks.assign_samplers(ctx, qm, ids, seed="5", on=dt.date(2021, 8, 3))
    last_pair: dict[int, frozenset[int]] = {}
    with ctx.uow() as uow:
        codes = dict(uow.session.execute(select(Enterprise.id, Enterprise.credit_code)).all())
    for task in assigned:
        assert len(set(task.sampler_ids)) >= 2
        pair = frozenset(task.sampler_ids)
        for uid in task.sampler_ids:
            assert last_pair.get(uid) != pair
            last_pair[uid] = pair
        if codes[task.enterprise_id] == make_code(0):
            assert sampler_actors[0].user_id not in task.sampler_ids
    mine = tasks.my_tasks(ctx, sampler_actors[1])
    assert all(sampler_actors[1].user_id in t.sampler_ids for t in mine)
    with pytest.raises(RuleViolation):
        tasks.assign_samplers(ctx, qm, ids[:1], seed="5")


def test_permissions(ctx: ServiceContext, actors: dict[str, Actor], loaded: int) -> None:
    with pytest.raises(PermissionDenied):
        draws.run_draw(ctx, actors["receptionist"], loaded, "power_coal", seed="1")
    with pytest.raises(PermissionDenied):
        directory.import_rows(ctx, actors["tester"], directory_rows(2))
