"""The tester's work: the blind queue, result entry with live judging, submission, blind decoding.

Testers see a sample only by its blind code, product and test items: nothing in
this module's DTOs names the enterprise or the sampling details.  Every number
shown comes from the judging engine applied to the plan product's adopted rule
set (``PlanProduct.ruleset``), never the live catalogue.

Separation of duties (抽检分离): a person named as a sampler of a sample
(``SampleSampler.user_id``) cannot enter, import or submit its results.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from labdesk.domain.coal import DEFAULT_CALORIE_FACTOR
from labdesk.domain.duties import (  # noqa: F401  (re-exported: the rule codes used to live here)
    RULE_NAMES_ZH,
    RULE_REVIEW_SIGNING,
    RULE_SAMPLING_TESTING,
    RULE_TESTING_REVIEW,
    Step,
)
from labdesk.domain.errors import ConcurrentEditError, InputError, NotFound, StateError
from labdesk.domain.judging.engine import Evaluation, evaluate
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.numbers import parse_decimal
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import TESTABLE as TESTABLE  # re-exported for the GUI
from labdesk.domain.workflow import SampleState, check_transition
from labdesk.persistence.models import (
    AuditEvent,
    Determination,
    Enterprise,
    PlanProduct,
    Portion,
    ReviewAction,
    RuleSetRevision,
    Sample,
    SampleEvaluation,
    TestItem,
    User,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit, result_cells
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.quality import hooks as quality_hooks
from labdesk.services.settings import get_value

MAX_REPLICATES = 4
HISTORY_PREFIXES = ("testing.", "review.")


# ---------------------------------------------------------------------------------------------
# DTOs


@dataclass(frozen=True)
class QueueEntry:
    """One line of the blind queue: no enterprise, no sampling details."""

    sample_id: int
    blind_code: str
    product_code: str
    product_name_zh: str
    state: str
    items: tuple[str, ...]
    return_comment: str = ""
    portion_code: str = ""  # the test portion's label code (what the tester scans)


@dataclass(frozen=True)
class DeterminationInfo:
    id: int
    round: int
    seq: int
    value_text: str
    active: bool
    source: str
    entered_by: str
    entered_at: dt.datetime


@dataclass(frozen=True)
class ItemRow:
    test_item_id: int
    code: str
    name_zh: str
    unit: str
    round: int
    status: str
    method: str
    instrument: str
    qualitative_value: str | None
    kind: str
    determinations: tuple[DeterminationInfo, ...]  # every round, active or not

    @property
    def current(self) -> tuple[DeterminationInfo, ...]:
        """The active determinations of the current round, by seq."""
        return tuple(sorted((d for d in self.determinations if d.active and d.round == self.round),
                            key=lambda d: d.seq))

    def cell_values(self) -> dict[int, str]:
        return {d.seq: d.value_text for d in self.current}


@dataclass(frozen=True)
class ReviewComment:
    action: str
    comment: str
    username: str
    at: dt.datetime
    item_code: str | None = None


@dataclass(frozen=True)
class SampleSheet:
    """A sample as the tester sees it, with what live judging needs."""

    sample_id: int
    blind_code: str
    product_code: str
    product_name_zh: str
    state: str
    ruleset: dict[str, Any] = field(repr=False)
    ruleset_version: str
    catalogue_version: str
    context: dict[str, Any] = field(repr=False)
    declared: dict[str, Any] = field(repr=False)
    items: tuple[ItemRow, ...]
    comments: tuple[ReviewComment, ...] = ()
    evaluation: dict[str, Any] | None = field(default=None, repr=False)
    verdict: str | None = None

    def item(self, code: str) -> ItemRow:
        for row in self.items:
            if row.code == code:
                return row
        raise KeyError(code)

    def values(self) -> dict[str, list[str]]:
        return {row.code: [d.value_text for d in row.current] for row in self.items if row.kind != "qualitative"}

    def qualitative(self) -> dict[str, str]:
        return {row.code: row.qualitative_value for row in self.items
                if row.kind == "qualitative" and row.qualitative_value}


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    username: str
    action: str
    summary: str
    item_code: str | None
    seq: int | None
    old: str | None
    new: str | None
    reason: str | None


@dataclass(frozen=True)
class CellChange:
    """A grid cell: ``value`` None or "" deletes a saved determination.

    ``expected``: the value the editor saw ("" for an empty cell); when given and
    somebody else has changed the cell since, the save is refused.
    """

    item_code: str
    seq: int
    value: str | None
    expected: str | None = None


@dataclass(frozen=True)
class DecodedSample:
    sample_id: int
    blind_code: str
    sample_no: str
    form_no: str
    product_name_zh: str
    sampled_unit: str
    producer: str | None
    sampling_date: dt.date
    trademark: str
    specification: str
    batch_no: str


# ---------------------------------------------------------------------------------------------
# Helpers shared with review and instruments


_RULESET_CACHE: dict[tuple[str, str], RuleSet] = {}


def ruleset_dict_for(uow: UnitOfWork, sample: Sample) -> tuple[str, dict[str, Any]]:
    """The rule set the sample is judged by, as stored: the version fixed when the sample was accepted
    (issue 11 §8), or — before acceptance — the plan product's current one."""
    if sample.ruleset_revision_id is not None:
        revision = uow.session.get(RuleSetRevision, sample.ruleset_revision_id)
        if revision is not None:
            return revision.version, revision.ruleset
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    if product is None or product.ruleset is None:
        raise StateError(f"产品「{sample.product_code}」在计划中没有采用判定规则集，无法检验。")
    return product.ruleset_version, product.ruleset


def ruleset_for(uow: UnitOfWork, sample: Sample) -> RuleSet:
    """The rule set the sample is judged by (cached per version and content)."""
    version, data = ruleset_dict_for(uow, sample)
    # keyed by content, not by row id: one process may open several databases (tests, CLI)
    key = (version, hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest())
    cached = _RULESET_CACHE.get(key)
    if cached is None:
        cached = RuleSet.from_dict(data)
        if len(_RULESET_CACHE) > 64:
            _RULESET_CACHE.clear()
        _RULESET_CACHE[key] = cached
    return cached


def load_sample(uow: UnitOfWork, sample_id: int, *, lock: bool = False) -> Sample:
    stmt = select(Sample).where(Sample.id == sample_id)
    if lock:
        stmt = stmt.with_for_update()
    sample = uow.session.scalar(stmt)
    if sample is None:
        raise NotFound(f"样品 {sample_id} 不存在。")
    return sample


def check_not_sampler(uow: UnitOfWork, actor: Actor, sample: Sample) -> None:
    """抽检分离: somebody who drew the sample may not test it (rules in ``labdesk.domain.duties``)."""
    from labdesk.services import duties

    duties.check(uow, actor, sample, Step.TEST)


def check_testable(sample: Sample) -> None:
    if sample.state not in TESTABLE:
        from labdesk.domain.workflow import STATE_NAMES_ZH

        raise StateError(
            f"样品 {sample.blind_code} 当前状态为「{STATE_NAMES_ZH[SampleState(sample.state)]}」，不能录入结果。"
        )


def ensure_test_items(uow: UnitOfWork, sample: Sample) -> list[TestItem]:
    """Create the sample's TestItems from the adopted rule set's measured items (first opening only)."""
    existing = list(uow.session.scalars(
        select(TestItem).where(TestItem.sample_id == sample.id).order_by(TestItem.position, TestItem.id)
    ))
    if existing:
        return existing
    ruleset = ruleset_for(uow, sample)
    items = []
    for position, spec in enumerate(i for i in ruleset.items if not i.derived):
        item = TestItem(sample_id=sample.id, item_code=spec.code, position=position,
                        method=spec.method.text if spec.method else "", instrument="")
        uow.session.add(item)
        items.append(item)
    uow.flush()
    return items


def _user_names(uow: UnitOfWork, ids: set[int | None]) -> dict[int | None, str]:
    wanted = {i for i in ids if i is not None}
    names: dict[int | None, str] = {None: ""}
    if wanted:
        for uid, name in uow.session.execute(select(User.id, User.full_name).where(User.id.in_(wanted))):
            names[uid] = name
    return names


def item_rows(uow: UnitOfWork, sample: Sample, ruleset: RuleSet) -> tuple[ItemRow, ...]:
    items = list(uow.session.scalars(
        select(TestItem).where(TestItem.sample_id == sample.id).order_by(TestItem.position, TestItem.id)
    ))
    dets = list(uow.session.scalars(
        select(Determination).where(Determination.test_item_id.in_([i.id for i in items]))
        .order_by(Determination.id)
    )) if items else []
    names = _user_names(uow, {d.entered_by for d in dets})
    by_item: dict[int, list[DeterminationInfo]] = {}
    for d in dets:
        by_item.setdefault(d.test_item_id, []).append(
            DeterminationInfo(d.id, d.round, d.seq, d.value_text, d.active, d.source, names.get(d.entered_by, ""),
                              d.entered_at)
        )
    rows = []
    for item in items:
        spec = ruleset.item_map.get(item.item_code)
        rows.append(ItemRow(
            item.id, item.item_code, spec.name_zh if spec else item.item_code,
            (spec.measured_unit if spec else ""), item.round, item.status, item.method, item.instrument,
            item.qualitative_value, spec.kind if spec else "numeric", tuple(by_item.get(item.id, ())),
        ))
    return tuple(rows)


def comments_for(uow: UnitOfWork, sample_id: int) -> tuple[ReviewComment, ...]:
    actions = list(uow.session.scalars(
        select(ReviewAction).where(ReviewAction.sample_id == sample_id).order_by(ReviewAction.id)
    ))
    names = _user_names(uow, {a.user_id for a in actions})
    return tuple(ReviewComment(a.action, a.comment, names.get(a.user_id, ""), a.at, a.item_code) for a in actions)


def evaluate_values(
    ruleset: RuleSet,
    *,
    context: Mapping[str, Any],
    declared: Mapping[str, Any],
    values: Mapping[str, Sequence[str]],
    qualitative: Mapping[str, str] | None = None,
    calorie_factor: Decimal | None = None,
    cells: Mapping[str, Sequence[tuple[int, str]]] | None = None,
) -> Evaluation:
    """Run the judging engine (pure; fast enough to call on every keystroke).

    Items of the plan-2 kinds (ordinal, specimens, composition, checklist) are judged through the engine's
    ``results`` input, built by :mod:`labdesk.services.result_cells` from their cells: ``cells`` gives
    them with their positions (seq, text); without it their ``values`` count from 1."""
    kinds = {code: spec.kind for code, spec in ruleset.item_map.items()}
    cell_codes = {code for code in values if kinds.get(code) in result_cells.CELL_KINDS}
    by_cell = dict(cells or {})
    for code in cell_codes - set(by_cell):
        by_cell[code] = list(enumerate(values[code], 1))
    return evaluate(
        ruleset,
        context=dict(context),
        declared=dict(declared),
        determinations={code: list(v) for code, v in values.items() if v and code not in cell_codes},
        results=result_cells.results_input(ruleset, by_cell),
        qualitative=dict(qualitative or {}),
        catalogue_version=ruleset.catalogue_version,
        calorie_factor=calorie_factor if calorie_factor is not None else DEFAULT_CALORIE_FACTOR,
    )


def lab_calorie_factor(uow: UnitOfWork) -> Decimal:
    try:
        return parse_decimal(str(get_value(uow, "calorie_factor")), "calorie_factor")
    except (KeyError, InputError):
        return DEFAULT_CALORIE_FACTOR


def current_cells(uow: UnitOfWork, sample: Sample) -> dict[str, list[tuple[int, str]]]:
    """The active cells (seq, text) of the current round of every item (for the plan-2 kinds)."""
    out: dict[str, list[tuple[int, str]]] = {}
    items = uow.session.scalars(
        select(TestItem).where(TestItem.sample_id == sample.id).options(selectinload(TestItem.determinations)))
    for item in items:
        active = sorted((d for d in item.determinations if d.active and d.round == item.round), key=lambda d: d.seq)
        if active:
            out[item.item_code] = [(d.seq, d.value_text) for d in active]
    return out


def current_inputs(uow: UnitOfWork, sample: Sample) -> tuple[dict[str, list[str]], dict[str, str]]:
    values: dict[str, list[str]] = {}
    qualitative: dict[str, str] = {}
    items = list(uow.session.scalars(
        select(TestItem).where(TestItem.sample_id == sample.id).options(selectinload(TestItem.determinations))
    ))
    for item in items:
        if item.qualitative_value:
            qualitative[item.item_code] = item.qualitative_value
        active = sorted((d for d in item.determinations if d.active and d.round == item.round), key=lambda d: d.seq)
        if active:
            values[item.item_code] = [d.value_text for d in active]
    return values, qualitative


def evaluate_sample(uow: UnitOfWork, ctx: ServiceContext, actor: Actor | None, sample: Sample, *,
                    store: bool = True) -> tuple[Evaluation, SampleEvaluation | None]:
    """Judge the sample's current determinations; store a snapshot when it changed.

    Updates each TestItem's replicate status and, when the verdict is final
    (pass/fail), ``Sample.verdict``.
    """
    ruleset = ruleset_for(uow, sample)
    values, qualitative = current_inputs(uow, sample)
    cells = {c: v for c, v in current_cells(uow, sample).items()
             if (spec := ruleset.item_map.get(c)) is not None and spec.kind in result_cells.CELL_KINDS}
    evaluation = evaluate_values(ruleset, context=sample.context or {}, declared=sample.judging_declared(),
                                 values=values, qualitative=qualitative, calorie_factor=lab_calorie_factor(uow),
                                 cells=cells)
    for item in uow.session.scalars(select(TestItem).where(TestItem.sample_id == sample.id)):
        result = evaluation.items.get(item.item_code)
        outcome = getattr(result, "replicates", None) if result is not None else None
        status = outcome.status if outcome is not None else ("open" if item.item_code not in values else "single")
        if item.status != status:
            item.status = status
    if evaluation.verdict in ("pass", "fail"):
        sample.verdict = evaluation.verdict
    else:
        sample.verdict = None
    if not store:
        return evaluation, None
    result_dict = evaluation.to_record_dict()
    latest = latest_snapshot(uow, sample.id)
    if latest is not None and latest.result == result_dict and latest.ruleset_version == ruleset.version:
        return evaluation, latest
    snapshot = SampleEvaluation(
        sample_id=sample.id, catalogue_version=ruleset.catalogue_version or "", ruleset_version=ruleset.version,
        verdict=evaluation.verdict, grade=evaluation.grade, result=result_dict, evaluated_at=ctx.now(),
        evaluated_by=actor.user_id if actor else None,
    )
    uow.session.add(snapshot)
    return evaluation, snapshot


def judge_after_save(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample) -> dict[str, Any] | None:
    """Judge after saving determinations.  A bad determination refuses the save; missing or bad
    sampling conditions (context, declared values — intake data the tester cannot fix) do not:
    the values are kept and the sample simply has no verdict yet (submission is refused)."""
    try:
        evaluation, _ = evaluate_sample(uow, ctx, actor, sample)
    except InputError as error:
        if error.field.startswith(("context", "declared")):
            return None
        raise
    return evaluation.to_record_dict()


def latest_snapshot(uow: UnitOfWork, sample_id: int) -> SampleEvaluation | None:
    return uow.session.scalar(
        select(SampleEvaluation).where(SampleEvaluation.sample_id == sample_id)
        .order_by(SampleEvaluation.id.desc()).limit(1)
    )


def sample_sheet(uow: UnitOfWork, sample: Sample, evaluation: dict[str, Any] | None = None) -> SampleSheet:
    ruleset = ruleset_for(uow, sample)
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    assert product is not None
    if evaluation is None:
        latest = latest_snapshot(uow, sample.id)
        evaluation = dict(latest.result) if latest is not None else None
    return SampleSheet(
        sample.id, sample.blind_code, sample.product_code, product.name_zh, sample.state, dict(product.ruleset or {}),
        ruleset.version, ruleset.catalogue_version, dict(sample.context or {}), sample.judging_declared(),
        item_rows(uow, sample, ruleset), comments_for(uow, sample.id), evaluation, sample.verdict,
    )


# ---------------------------------------------------------------------------------------------
# Queue and opening


def blind_queue(ctx: ServiceContext, actor: Actor) -> list[QueueEntry]:
    """Samples waiting for or under testing, by blind code (received, in testing, returned)."""
    states = [SampleState.RECEIVED.value, SampleState.IN_TESTING.value, SampleState.RETURNED.value]
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_BLIND_QUEUE)
        rows = uow.session.execute(
            select(Sample.id, Sample.blind_code, Sample.product_code, PlanProduct.name_zh, Sample.state,
                   PlanProduct.ruleset)
            .join(PlanProduct, PlanProduct.id == Sample.plan_product_id)
            .where(Sample.state.in_(states)).order_by(Sample.id)
        ).all()
        items_by_sample: dict[int, list[str]] = {}
        ids = [r[0] for r in rows]
        if ids:
            for sid, code in uow.session.execute(
                select(TestItem.sample_id, TestItem.item_code).where(TestItem.sample_id.in_(ids))
                .order_by(TestItem.position)
            ):
                items_by_sample.setdefault(sid, []).append(code)
        returned: dict[int, str] = {}
        if ids:
            for sid, comment in uow.session.execute(
                select(ReviewAction.sample_id, ReviewAction.comment)
                .where(ReviewAction.sample_id.in_(ids), ReviewAction.action == "return").order_by(ReviewAction.id)
            ):
                returned[sid] = comment
        portions: dict[int, str] = {}
        if ids:
            portions = dict(uow.session.execute(
                select(Portion.sample_id, Portion.code).where(Portion.sample_id.in_(ids), Portion.kind == "test")
            ).all())
        out = []
        for sid, blind, product_code, name, state, ruleset in rows:
            items = items_by_sample.get(sid)
            if items is None and ruleset:
                items = [i["code"] for i in ruleset.get("items", []) if not i.get("formula")]
            out.append(QueueEntry(sid, blind, product_code, name, state, tuple(items or ()),
                                  returned.get(sid, "") if state == SampleState.RETURNED.value else "",
                                  portions.get(sid, "")))
        return out


def find_by_code(ctx: ServiceContext, actor: Actor, code: str) -> int | None:
    """A scanned blind code or test-portion code → sample id (None when unknown)."""
    code = code.strip()
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_BLIND_QUEUE)
        sid = uow.session.scalar(select(Sample.id).where(Sample.blind_code == code))
        if sid is None:
            sid = uow.session.scalar(select(Portion.sample_id).where(Portion.code == code, Portion.kind == "test"))
        return sid


def open_sample(ctx: ServiceContext, actor: Actor, sample_id: int) -> SampleSheet:
    """Open a sample for result entry (creates its test items the first time)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        sample = load_sample(uow, sample_id)
        check_not_sampler(uow, actor, sample)
        if sample.state not in TESTABLE and sample.state != SampleState.SUBMITTED.value:
            check_testable(sample)
        created = not uow.session.scalar(select(TestItem.id).where(TestItem.sample_id == sample.id).limit(1))
        ensure_test_items(uow, sample)
        if created:
            audit.record(uow, ctx, actor, "testing.items_created", "sample", sample.id,
                         f"样品 {sample.blind_code} 建立检验项目")
        sheet = sample_sheet(uow, sample)
        uow.commit()
        return sheet


# ---------------------------------------------------------------------------------------------
# Entering and editing determinations


def _start_testing(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample) -> None:
    if sample.state in (SampleState.RECEIVED.value, SampleState.RETURNED.value):
        check_transition(sample.state, SampleState.IN_TESTING)
        old = sample.state
        sample.state = SampleState.IN_TESTING.value
        if sample.testing_started_at is None:
            sample.testing_started_at = ctx.now()
        audit.record(uow, ctx, actor, "testing.started", "sample", sample.id, f"样品 {sample.blind_code} 开始检验",
                     details={"from": old})


def _validate_value(value: str, code: str, seq: int, ruleset: RuleSet) -> str:
    spec = ruleset.item_map.get(code)
    if spec is not None and (spec.kind in result_cells.CELL_KINDS or spec.detection_limit is not None):
        text = result_cells.normalise_cell(spec, seq, value)
        if spec.kind in result_cells.CELL_KINDS or text == (spec.lod_text_zh or "未检出") or text[:1] == "<":
            return text  # a grade, a specimen, a component, a tick; or 未检出 / <LOD
    label = f"{code} 第{seq}次测定"
    number = parse_decimal(value, label)
    if spec is not None:
        if spec.input_min is not None and number < spec.input_min:
            raise InputError(label, f"数值 {value} 小于允许的最小值 {spec.input_min}。")
        if spec.input_max is not None and number > spec.input_max:
            raise InputError(label, f"数值 {value} 大于允许的最大值 {spec.input_max}。")
    return value.strip()


def apply_changes(ctx: ServiceContext, actor: Actor, sample_id: int, changes: Sequence[CellChange],
                  reason: str | None = None) -> SampleSheet:
    """Save grid cells in one transaction: new values, edits and deletions.

    A change to or deletion of an already saved determination needs ``reason``;
    the old value, new value, reason, user and time go to the audit trail.
    """
    reason = (reason or "").strip() or None
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        sample = load_sample(uow, sample_id, lock=True)
        check_not_sampler(uow, actor, sample)
        check_testable(sample)
        ruleset = ruleset_for(uow, sample)
        items = {i.item_code: i for i in ensure_test_items(uow, sample)}
        changed = False
        for change in changes:
            item = items.get(change.item_code)
            if item is None:
                raise InputError(change.item_code, "该样品没有此检验项目。")
            spec = ruleset.item_map.get(item.item_code)
            top = result_cells.cell_count(spec, result_cells.MAX_CELLS) \
                if spec is not None and spec.kind in result_cells.CELL_KINDS else MAX_REPLICATES
            if not 1 <= change.seq <= top:
                raise InputError(change.item_code, f"测定次序须在 1 至 {top} 之间。")
            if spec is not None and spec.kind == "qualitative":
                new_q = (change.value or "").strip() or None
                if new_q == item.qualitative_value:
                    continue
                if new_q is not None and spec.pass_values + spec.fail_values and \
                        new_q not in spec.pass_values + spec.fail_values:
                    raise InputError(item.item_code, f"应为：{'、'.join(spec.pass_values + spec.fail_values)}。")
                if item.qualitative_value is not None and reason is None:
                    raise InputError("修改理由", f"修改已保存的 {item.item_code} 结果须填写理由。")
                audit.record(uow, ctx, actor, "testing.qualitative_set", "sample", sample.id,
                             f"{item.item_code}：{item.qualitative_value or '—'} → {new_q or '—'}",
                             details={"item": item.item_code, "seq": 1, "old": item.qualitative_value,
                                      "new": new_q}, reason=reason if item.qualitative_value else None)
                item.qualitative_value = new_q
                item.tester_id = actor.user_id
                quality_hooks.result_saved(uow, ctx, actor, sample, item, None, reason)
                changed = True
                continue
            current = next((d for d in item.determinations
                            if d.active and d.round == item.round and d.seq == change.seq), None)
            if change.expected is not None and (current.value_text if current else "") != change.expected:
                raise ConcurrentEditError(
                    f"{item.item_code} 第{change.seq}次测定值已被他人修改，请重新载入"
                    f"（现为「{current.value_text if current else '（空）'}」）。")
            value = (change.value or "").strip()
            if not value:
                if current is None:
                    continue
                if reason is None:
                    raise InputError("删除理由", f"删除已保存的 {item.item_code} 第{change.seq}次测定值须填写理由。")
                current.active = False
                audit.record(uow, ctx, actor, "testing.determination_deleted", "sample", sample.id,
                             f"删除 {item.item_code} 第{change.seq}次测定值 {current.value_text}",
                             details={"item": item.item_code, "seq": change.seq, "round": item.round,
                                      "determination_id": current.id, "old": current.value_text, "new": None},
                             reason=reason)
                changed = True
                continue
            value = _validate_value(value, item.item_code, change.seq, ruleset)
            if current is None:
                det = Determination(round=item.round, seq=change.seq, value_text=value, active=True, source="manual",
                                    entered_by=actor.user_id, entered_at=ctx.now())
                item.determinations.append(det)
                uow.flush()
                quality_hooks.result_saved(uow, ctx, actor, sample, item, det, reason)
                audit.record(uow, ctx, actor, "testing.determination_entered", "sample", sample.id,
                             f"{item.item_code} 第{change.seq}次测定值 {value}",
                             details={"item": item.item_code, "seq": change.seq, "round": item.round,
                                      "determination_id": det.id, "old": None, "new": value})
            else:
                if current.value_text == value:
                    continue
                if reason is None:
                    raise InputError("修改理由", f"修改已保存的 {item.item_code} 第{change.seq}次测定值须填写理由。")
                old = current.value_text
                current.value_text = value
                current.entered_by = actor.user_id
                current.entered_at = ctx.now()
                current.source = "manual"
                quality_hooks.result_saved(uow, ctx, actor, sample, item, current, reason)
                audit.record(uow, ctx, actor, "testing.determination_edited", "sample", sample.id,
                             f"修改 {item.item_code} 第{change.seq}次测定值 {old} → {value}",
                             details={"item": item.item_code, "seq": change.seq, "round": item.round,
                                      "determination_id": current.id, "old": old, "new": value},
                             reason=reason)
            item.tester_id = actor.user_id
            changed = True
        if changed:
            _start_testing(uow, ctx, actor, sample)
            uow.flush()
            sheet = sample_sheet(uow, sample, judge_after_save(uow, ctx, actor, sample))
        else:
            sheet = sample_sheet(uow, sample)
        uow.commit()
        return sheet


def enter_determination(ctx: ServiceContext, actor: Actor, sample_id: int, item_code: str, seq: int,
                        value: str) -> SampleSheet:
    return apply_changes(ctx, actor, sample_id, [CellChange(item_code, seq, value)])


def edit_determination(ctx: ServiceContext, actor: Actor, sample_id: int, item_code: str, seq: int,
                       value: str, reason: str, *, seen: str) -> SampleSheet:
    """Change a saved determination; ``seen`` is the value the user had on screen.

    When somebody else changed (or deleted) it meanwhile, ``ConcurrentEditError`` — no blind
    last-writer-wins.
    """
    if not (reason or "").strip():
        raise InputError("修改理由", "修改已保存的测定值须填写理由。")
    return apply_changes(ctx, actor, sample_id, [CellChange(item_code, seq, value, expected=seen)], reason)


def delete_determination(ctx: ServiceContext, actor: Actor, sample_id: int, item_code: str, seq: int,
                         reason: str, *, seen: str) -> SampleSheet:
    """Delete a saved determination whose value on the user's screen was ``seen`` (stale → conflict)."""
    if not (reason or "").strip():
        raise InputError("删除理由", "删除已保存的测定值须填写理由。")
    if not (seen or "").strip():
        raise InputError("删除", "请先载入要删除的测定值。")
    return apply_changes(ctx, actor, sample_id, [CellChange(item_code, seq, None, expected=seen)], reason)


def redo_item(ctx: ServiceContext, actor: Actor, sample_id: int, item_code: str, reason: str) -> SampleSheet:
    """Start a new round for an item whose determinations were rejected (old ones stay visible)."""
    reason = (reason or "").strip()
    if not reason:
        raise InputError("重新测定理由", "须说明重新测定的原因。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        sample = load_sample(uow, sample_id, lock=True)
        check_not_sampler(uow, actor, sample)
        check_testable(sample)
        item = {i.item_code: i for i in ensure_test_items(uow, sample)}.get(item_code)
        if item is None:
            raise InputError(item_code, "该样品没有此检验项目。")
        new_round(uow, ctx, actor, sample, item, reason, action="testing.item_redo")
        uow.flush()
        sheet = sample_sheet(uow, sample, judge_after_save(uow, ctx, actor, sample))
        uow.commit()
        return sheet


def new_round(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample, item: TestItem, reason: str,
              *, action: str) -> None:
    old_round = item.round
    item.round = old_round + 1
    item.status = "open"
    audit.record(uow, ctx, actor, action, "sample", sample.id,
                 f"{item.item_code} 重新测定（第{old_round}轮 → 第{item.round}轮）",
                 details={"item": item.item_code, "old_round": old_round, "new_round": item.round}, reason=reason)


def set_item_method(ctx: ServiceContext, actor: Actor, sample_id: int, item_code: str, *,
                    instrument: str | None = None, method: str | None = None) -> SampleSheet:
    """Record the instrument and method used for one item."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        sample = load_sample(uow, sample_id)
        check_not_sampler(uow, actor, sample)
        check_testable(sample)
        item = {i.item_code: i for i in ensure_test_items(uow, sample)}.get(item_code)
        if item is None:
            raise InputError(item_code, "该样品没有此检验项目。")
        details: dict[str, Any] = {"item": item_code}
        if instrument is not None and instrument.strip() != item.instrument:
            details["instrument"] = {"old": item.instrument, "new": instrument.strip()}
            item.instrument = instrument.strip()[:200]
        if method is not None and method.strip() != item.method:
            details["method"] = {"old": item.method, "new": method.strip()}
            item.method = method.strip()[:200]
        if "instrument" in details:
            quality_hooks.instrument_named(uow, ctx, actor, sample, item)
        if len(details) > 1:
            audit.record(uow, ctx, actor, "testing.item_method_set", "sample", sample.id,
                         f"{item_code} 仪器/方法：{item.instrument or '—'} / {item.method or '—'}", details=details)
        sheet = sample_sheet(uow, sample)
        uow.commit()
        return sheet


def submit_sample(ctx: ServiceContext, actor: Actor, sample_id: int, note: str = "") -> SampleSheet:
    """Submit a complete sample for review: every required item resolved, nothing pending or rejected."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ENTER_RESULTS)
        sample = load_sample(uow, sample_id, lock=True)
        check_not_sampler(uow, actor, sample)
        check_transition(sample.state, SampleState.SUBMITTED)
        quality_hooks.check_submission(uow, sample)
        evaluation, _ = evaluate_sample(uow, ctx, actor, sample)
        problems = []
        for code, result in evaluation.items.items():
            outcome = getattr(result, "replicates", None)
            if outcome is not None and outcome.status in ("need_more", "rejected") and outcome.values:
                word = "需补充测定" if outcome.status == "need_more" else "测定结果超差须重新测定"
                problems.append(f"{code}（{word}）")
        if evaluation.verdict == "incomplete" or problems:
            missing = evaluation.missing_items
            detail = "；".join(problems + [f"{m}（缺结果）" for m in missing]) or "仍有检验项目未完成"
            raise StateError(f"样品 {sample.blind_code} 的检验尚未完成，不能提交：{detail}。")
        sample.state = SampleState.SUBMITTED.value
        sample.testing_finished_at = ctx.now()
        uow.session.add(ReviewAction(sample_id=sample.id, action="submit", comment=note.strip(),
                                     user_id=actor.user_id, at=ctx.now()))
        audit.record(uow, ctx, actor, "testing.submitted", "sample", sample.id,
                     f"样品 {sample.blind_code} 提交审核（{evaluation.verdict}）")
        uow.flush()
        sheet = sample_sheet(uow, sample, evaluation.to_record_dict())
        uow.commit()
        return sheet


# ---------------------------------------------------------------------------------------------
# History and decoding


def history_for(uow: UnitOfWork, sample_id: int) -> list[HistoryEntry]:
    events = uow.session.scalars(
        select(AuditEvent).where(AuditEvent.entity_type == "sample", AuditEvent.entity_id == str(sample_id))
        .order_by(AuditEvent.id)
    )
    out = []
    for e in events:
        if not e.action.startswith(HISTORY_PREFIXES) or e.action == "testing.blind_decoded":
            continue  # intake events may name the enterprise: never shown here
        d = e.details or {}
        out.append(HistoryEntry(e.at, e.username, e.action, e.summary, d.get("item"), d.get("seq"),
                                d.get("old") if isinstance(d.get("old"), str | None) else str(d.get("old")),
                                d.get("new") if isinstance(d.get("new"), str | None) else str(d.get("new")),
                                e.reason))
    return out


def sample_history(ctx: ServiceContext, actor: Actor, sample_id: int) -> list[HistoryEntry]:
    """The testing/review history of a sample (edits with old/new value and reason), oldest first."""
    with ctx.uow() as uow:
        user = authorize(uow, actor, Permission.VIEW_BLIND_QUEUE)
        del user
        load_sample(uow, sample_id)
        return history_for(uow, sample_id)


def decode_blind(ctx: ServiceContext, actor: Actor, blind_code: str, reason: str = "") -> DecodedSample:
    """Quality managers and signatories only; every decode is audited."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.DECODE_BLIND)
        sample = uow.session.scalar(select(Sample).where(Sample.blind_code == blind_code.strip()))
        if sample is None:
            raise NotFound(f"盲样编号 {blind_code} 不存在。")
        product = uow.session.get(PlanProduct, sample.plan_product_id)
        unit = uow.session.get(Enterprise, sample.sampled_unit_id)
        producer = uow.session.get(Enterprise, sample.producer_id) if sample.producer_id else None
        audit.record(uow, ctx, actor, "testing.blind_decoded", "sample", sample.id,
                     f"解码盲样 {sample.blind_code} → {sample.sample_no}", reason=reason.strip() or None)
        decoded = DecodedSample(sample.id, sample.blind_code, sample.sample_no, sample.form_no,
                                product.name_zh if product else sample.product_code, unit.name if unit else "",
                                producer.name if producer else None, sample.sampling_date, sample.trademark,
                                sample.specification, sample.batch_no)
        uow.commit()
        return decoded
