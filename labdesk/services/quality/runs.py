"""Runs (工作单/批次): a tester groups samples of one item on one instrument, with positions for
reference materials, blanks and duplicates.  A reference position's result is judged against the
material's certified value ± the lab's allowance and against the control chart's Westgard rules;
a failing control blocks submission of the run's sample results until the quality manager
decides: redo the run (a new run and a new determination round), or accept with a written reason.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, RuleViolation, StateError
from labdesk.domain.numbers import parse_decimal
from labdesk.domain.permissions import Permission
from labdesk.domain.quality.control import judge_control
from labdesk.persistence.models import (
    Equipment,
    QcRun,
    QcRunPosition,
    ReferenceMaterial,
    Sample,
    TestItem,
    User,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.numbering import next_value
from labdesk.services.quality import charts, equipment, materials, nonconformities
from labdesk.services.settings import get_value

KINDS_ZH = {"sample": "样品", "reference": "质控样", "blank": "空白", "duplicate": "平行样"}
STATES_ZH = {"open": "进行中", "in_control": "质控合格", "failed": "质控失败（待处理）", "accepted": "质控失败后接受",
             "redo": "已安排重做"}
RELEASED = ("in_control", "accepted")
DEFAULT_CONTROL_ITEMS = ["Aad", "Vad", "St,ad", "Qb,ad"]  # a reference material in each run (M, §4)


@dataclass(frozen=True)
class PositionInfo:
    id: int
    position: int
    kind: str
    kind_zh: str
    code: str
    sample_id: int | None
    material_id: int | None
    material_label: str
    value_text: str | None
    outcome: str | None
    criterion_zh: str


@dataclass(frozen=True)
class RunInfo:
    id: int
    run_no: str
    item_code: str
    method: str
    equipment_label: str
    state: str
    state_zh: str
    decision_reason: str
    created_by: str
    created_at: dt.datetime
    redo_of: int | None
    positions: tuple[PositionInfo, ...]

    @property
    def released(self) -> bool:
        return self.state in RELEASED


def _criterion_text(row: ReferenceMaterial | None, item_code: str) -> str:
    if row is None:
        return ""
    try:
        value, _u, allowance = materials.criterion(row, item_code)
    except RuleViolation:
        return ""
    return f"{value} ± {allowance}"


def _info(uow: UnitOfWork, run: QcRun) -> RunInfo:
    eq = uow.session.get(Equipment, run.equipment_id) if run.equipment_id else None
    by = uow.session.get(User, run.created_by) if run.created_by else None
    positions = []
    for p in uow.session.scalars(select(QcRunPosition).where(QcRunPosition.run_id == run.id)
                                 .order_by(QcRunPosition.position)):
        mat = uow.session.get(ReferenceMaterial, p.material_id) if p.material_id else None
        positions.append(PositionInfo(p.id, p.position, p.kind, KINDS_ZH[p.kind], p.code, p.sample_id, p.material_id,
                                      f"{mat.code} {mat.lot}".strip() if mat else "", p.value_text, p.outcome,
                                      _criterion_text(mat, run.item_code)))
    return RunInfo(run.id, run.run_no, run.item_code, run.method, f"{eq.name}（{eq.asset_no}）" if eq else "",
                   run.state, STATES_ZH[run.state], run.decision_reason, by.full_name if by else "", run.created_at,
                   run.redo_of, tuple(positions))


def _control_items(uow: UnitOfWork) -> list[str]:
    try:
        return [str(i) for i in get_value(uow, "quality.control_items")]
    except KeyError:
        return list(DEFAULT_CONTROL_ITEMS)


def _qc_code() -> str:
    return f"QC{secrets.randbelow(90000) + 10000}"


def create_run(ctx: ServiceContext, actor: Actor, *, item_code: str, sample_ids: Sequence[int],
               equipment_id: int | None = None, method: str = "", material_ids: Sequence[int] = (),
               blanks: int = 0, duplicate_ids: Sequence[int] = ()) -> RunInfo:
    """Positions: reference materials first, then blanks, then samples, each duplicate after its sample."""
    item_code = item_code.strip()
    if not item_code:
        raise InputError("检验项目", "不能为空。")
    if not sample_ids:
        raise InputError("样品", "批次中须至少有一个样品。")
    if not set(duplicate_ids) <= set(sample_ids):
        raise InputError("平行样", "平行样须是本批次中的样品。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        today = ctx.today()
        if item_code in _control_items(uow) and not material_ids:
            raise RuleViolation(f"项目「{item_code}」的每个批次须至少包含一个标准物质或质控样。")
        if equipment_id is not None:
            eq = uow.get(Equipment, equipment_id, "设备")
            why = equipment.refusal_reason(uow, eq, today)
            if why:
                nonconformities.refuse_and_record(
                    uow, ctx, actor, RuleViolation(why), source="equipment", title=f"试图使用停用设备 {eq.name}",
                    refs={"equipment_id": eq.id, "item": item_code})
        run = QcRun(run_no=f"RUN{today.strftime('%Y%m%d')}-{next_value(uow, f'run:{today.isoformat()}'):03d}",
                    item_code=item_code, method=method.strip()[:200], equipment_id=equipment_id, state="open",
                    created_by=actor.user_id, created_at=ctx.now())
        uow.session.add(run)
        uow.flush()
        _add_positions(uow, run, today, sample_ids, material_ids, blanks, duplicate_ids)
        audit.record(uow, ctx, actor, "quality.run_created", "run", run.id, f"建立批次 {run.run_no}（{item_code}）",
                     details={"samples": list(sample_ids), "materials": list(material_ids), "blanks": blanks,
                              "equipment_id": equipment_id})
        info = _info(uow, run)
        uow.commit()
        return info


def _add_positions(uow: UnitOfWork, run: QcRun, today: dt.date, sample_ids: Sequence[int],
                   material_ids: Sequence[int], blanks: int, duplicate_ids: Sequence[int]) -> None:
    pos = 0

    def add(kind: str, code: str, sample_id: int | None = None, material_id: int | None = None) -> None:
        nonlocal pos
        pos += 1
        uow.session.add(QcRunPosition(run_id=run.id, position=pos, kind=kind, code=code, sample_id=sample_id,
                                      material_id=material_id))

    for material_id in material_ids:
        mat = materials.get_in(uow, material_id)
        why = materials.usable_refusal(mat, run.item_code, today)
        if why:
            raise RuleViolation(why)
        add("reference", _qc_code(), material_id=mat.id)
    for n in range(blanks):
        add("blank", f"BLK{n + 1}")
    for sample_id in sample_ids:
        sample = uow.get(Sample, sample_id, "样品")
        add("sample", sample.blind_code, sample_id=sample.id)
        if sample_id in duplicate_ids:
            add("duplicate", f"{sample.blind_code}-P", sample_id=sample.id)
    uow.flush()


def enter_position_value(ctx: ServiceContext, actor: Actor, position_id: int, value: str) -> RunInfo:
    """A control, blank or duplicate result; a reference result is judged at once."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        pos = uow.get(QcRunPosition, position_id, "批次位置")
        run = uow.get(QcRun, pos.run_id, "批次")
        if run.state != "open":
            raise StateError(f"批次 {run.run_no} 状态为「{STATES_ZH[run.state]}」，不能再录入。")
        if pos.kind == "sample":
            raise InputError("位置", "样品结果在检验录入页录入。")
        number = parse_decimal(value, f"第 {pos.position} 位 {pos.code}")
        pos.value_text = value.strip()
        pos.entered_by = actor.user_id
        pos.entered_at = ctx.now()
        summary = f"批次 {run.run_no} 第 {pos.position} 位（{KINDS_ZH[pos.kind]}）结果 {pos.value_text}"
        if pos.kind == "reference":
            mat = materials.get_in(uow, pos.material_id or 0)
            certified, _u, allowance = materials.criterion(mat, run.item_code)
            outcome = judge_control(number, certified, allowance)
            pos.outcome = "pass" if outcome.passed else "fail"
            summary += "：" + outcome.text_zh(certified)
        uow.flush()
        audit.record(uow, ctx, actor, "quality.run_value", "run", run.id, summary,
                     details={"position": pos.position, "kind": pos.kind, "value": pos.value_text,
                              "outcome": pos.outcome})
        if pos.kind == "reference":
            _after_control(uow, ctx, actor, run, pos)
        info = _info(uow, run)
        uow.commit()
        return info


def _after_control(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, run: QcRun, pos: QcRunPosition) -> None:
    mat = materials.get_in(uow, pos.material_id or 0)
    problems = []
    violation = charts.violation_at(uow, mat, run.item_code, pos.id)
    if pos.outcome == "fail":  # one nonconformity per failed control, naming the chart rules it also breaks
        certified, _u, allowance = materials.criterion(mat, run.item_code)
        problems.append(f"质控样 {mat.code} 结果 {pos.value_text} 超出 {certified} ± {allowance}")
        if violation:
            problems.append(f"控制图规则 {violation}")
        nonconformities.open_in(uow, ctx, actor, source="control",
                                title=f"批次 {run.run_no} {run.item_code} 质控样 {mat.code} 失控",
                                description="；".join(problems), refs={"run_id": run.id, "position_id": pos.id})
    elif violation:
        problems.append(f"控制图规则 {violation}")
        nonconformities.open_in(uow, ctx, actor, source="westgard",
                                title=f"{run.item_code} 控制图（{mat.code}）违背 {violation}",
                                description=f"批次 {run.run_no} 第 {pos.position} 位", refs={"run_id": run.id,
                                                                                          "position_id": pos.id})
    refs = list(uow.session.scalars(select(QcRunPosition).where(QcRunPosition.run_id == run.id,
                                                                QcRunPosition.kind == "reference")))
    if problems:
        run.state = "failed"
        audit.record(uow, ctx, actor, "quality.run_failed", "run", run.id,
                     f"批次 {run.run_no} 质控失败：{'；'.join(problems)}，样品结果暂停提交，待质量负责人处理")
    elif all(r.value_text is not None for r in refs) and all(r.outcome == "pass" for r in refs):
        run.state = "in_control"
        audit.record(uow, ctx, actor, "quality.run_in_control", "run", run.id, f"批次 {run.run_no} 质控合格")


def decide(ctx: ServiceContext, actor: Actor, run_id: int, decision: str, reason: str) -> RunInfo:
    """The quality manager's decision on a failed run: "accept" (written reason) or "redo"."""
    reason = reason.strip()
    if decision not in ("accept", "redo"):
        raise InputError("处理决定", "应为重做或接受。")
    if not reason:
        raise InputError("理由", "须书面说明处理理由。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_QUALITY)
        run = uow.get(QcRun, run_id, "批次")
        if run.state != "failed":
            raise StateError(f"批次 {run.run_no} 状态为「{STATES_ZH[run.state]}」，只有质控失败的批次需要处理。")
        run.decision_reason = reason
        run.decided_by = actor.user_id
        run.decided_at = ctx.now()
        if decision == "accept":
            run.state = "accepted"
            audit.record(uow, ctx, actor, "quality.run_accepted", "run", run.id,
                         f"批次 {run.run_no} 质控失败后接受结果", reason=reason)
            result = run
        else:
            run.state = "redo"
            result = _redo(uow, ctx, actor, run, reason)
        uow.flush()
        info = _info(uow, result)
        uow.commit()
        return info


def _redo(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, run: QcRun, reason: str) -> QcRun:
    from labdesk.services.testing import new_round

    today = ctx.today()
    new = QcRun(run_no=f"RUN{today.strftime('%Y%m%d')}-{next_value(uow, f'run:{today.isoformat()}'):03d}",
                item_code=run.item_code, method=run.method, equipment_id=run.equipment_id, state="open",
                redo_of=run.id, created_by=actor.user_id, created_at=ctx.now())
    uow.session.add(new)
    uow.flush()
    old = list(uow.session.scalars(select(QcRunPosition).where(QcRunPosition.run_id == run.id)
                                   .order_by(QcRunPosition.position)))
    for p in old:
        code = _qc_code() if p.kind == "reference" else p.code
        uow.session.add(QcRunPosition(run_id=new.id, position=p.position, kind=p.kind, code=code,
                                      sample_id=p.sample_id, material_id=p.material_id))
    for sample_id in sorted({p.sample_id for p in old if p.kind == "sample" and p.sample_id}):
        item = uow.session.scalar(select(TestItem).where(TestItem.sample_id == sample_id,
                                                         TestItem.item_code == run.item_code))
        sample = uow.session.get(Sample, sample_id)
        if item is not None and sample is not None and any(d.active and d.round == item.round
                                                           for d in item.determinations):
            new_round(uow, ctx, actor, sample, item, f"批次 {run.run_no} 质控失败，重做：{reason}",
                      action="testing.item_redo")
    audit.record(uow, ctx, actor, "quality.run_redo", "run", run.id, f"批次 {run.run_no} 重做为 {new.run_no}",
                 reason=reason, details={"new_run_id": new.id})
    return new


def run_for(uow: UnitOfWork, sample_id: int, item_code: str) -> QcRun | None:
    """The latest run that holds the sample for the item."""
    return uow.session.scalar(
        select(QcRun).join(QcRunPosition, QcRunPosition.run_id == QcRun.id)
        .where(QcRunPosition.sample_id == sample_id, QcRunPosition.kind == "sample", QcRun.item_code == item_code)
        .order_by(QcRun.id.desc()).limit(1))


def submission_block(uow: UnitOfWork, sample_id: int) -> str | None:
    """Why the sample's results may not be submitted yet because of a run, or None."""
    codes = set(uow.session.scalars(
        select(QcRun.item_code).join(QcRunPosition, QcRunPosition.run_id == QcRun.id)
        .where(QcRunPosition.sample_id == sample_id)))
    problems = []
    for code in sorted(codes):
        run = run_for(uow, sample_id, code)
        if run is not None and run.state not in RELEASED:
            word = "质控样尚未测定完" if run.state == "open" else STATES_ZH[run.state]
            problems.append(f"{code}：批次 {run.run_no} {word}")
    return "；".join(problems) or None


def list_runs(ctx: ServiceContext, actor: Actor, *, limit: int = 200) -> list[RunInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        return [_info(uow, r) for r in uow.session.scalars(select(QcRun).order_by(QcRun.id.desc()).limit(limit))]


def get_run(ctx: ServiceContext, actor: Actor, run_id: int) -> RunInfo:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        return _info(uow, uow.get(QcRun, run_id, "批次"))


def run_sheet_pdf(ctx: ServiceContext, actor: Actor, run_id: int) -> bytes:
    """The printable run sheet (positions, blind and QC codes, results entered so far)."""
    from labdesk.reports.run_sheet import RunSheet, SheetRow, render_run_sheet
    from labdesk.services.context import BEIJING

    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        info = _info(uow, uow.get(QcRun, run_id, "批次"))
        lab_name = str(get_value(uow, "lab.name"))
    sheet = RunSheet(lab_name, info.run_no, info.item_code, info.method, info.equipment_label,
                     info.created_at.astimezone(BEIJING).date().isoformat(), info.created_by,
                     tuple(SheetRow(p.position, p.kind_zh, p.code, p.value_text or "") for p in info.positions))
    return render_run_sheet(sheet)
