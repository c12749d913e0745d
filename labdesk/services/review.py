"""The reviewer's work: see everything about a tested sample, return it or pass it to signing.

Separation of duties (rules in :mod:`labdesk.domain.duties`, read by :mod:`labdesk.services.duties`):
- 检验与审核分离 — whoever entered (or imported) a determination of a sample cannot review it;
- 审核与签发分离 / 检验与签发分离 — see :func:`check_may_sign`, called by the reports area before signing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from labdesk.domain.duties import Step
from labdesk.domain.errors import DutySeparationError, InputError, StateError
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import SampleState, check_transition
from labdesk.persistence.models import (
    Determination,
    Photo,
    PlanProduct,
    ReviewAction,
    Sample,
    SampleEvaluation,
    TestItem,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit, duties
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.testing import (
    HistoryEntry,
    ItemRow,
    ReviewComment,
    SampleSheet,
    comments_for,
    ensure_test_items,
    evaluate_sample,
    history_for,
    item_rows,
    load_sample,
    new_round,
    ruleset_for,
    sample_sheet,
)


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    kind: str
    stage: str
    captured_at: dt.datetime
    width: int
    height: int


@dataclass(frozen=True)
class ReviewQueueEntry:
    sample_id: int
    blind_code: str
    product_name_zh: str
    state: str
    submitted_at: dt.datetime | None
    verdict: str | None


@dataclass(frozen=True)
class ReviewView:
    """Everything the reviewer judges by."""

    sample_id: int
    blind_code: str
    product_code: str
    product_name_zh: str
    state: str
    ruleset_name_zh: str
    ruleset_version: str
    catalogue_version: str
    ruleset_basis_zh: str
    items: tuple[ItemRow, ...]  # every round, discarded determinations included
    evaluation: dict[str, Any] = field(repr=False)
    verdict: str
    grade: str | None
    conclusion: str
    derived: tuple[str, ...]  # codes of derived items
    history: tuple[HistoryEntry, ...]
    photos: tuple[PhotoInfo, ...]
    comments: tuple[ReviewComment, ...]
    may_review: bool
    refusal: str = ""
    sheet: SampleSheet | None = field(default=None, repr=False)  # for the read-only result grid


def latest_evaluation(uow: UnitOfWork, sample_id: int) -> SampleEvaluation | None:
    """The most recent judging snapshot of a sample (the report is rendered from it once approved)."""
    return uow.session.scalar(
        select(SampleEvaluation).where(SampleEvaluation.sample_id == sample_id)
        .order_by(SampleEvaluation.id.desc()).limit(1)
    )


def testers_of(uow: UnitOfWork, sample_id: int) -> set[int]:
    """Everybody who entered, imported or recorded a result of the sample (any round)."""
    ids = set(uow.session.scalars(
        select(Determination.entered_by).join(TestItem, TestItem.id == Determination.test_item_id)
        .where(TestItem.sample_id == sample_id, Determination.entered_by.is_not(None))
    ))
    ids |= set(uow.session.scalars(
        select(TestItem.tester_id).where(TestItem.sample_id == sample_id, TestItem.tester_id.is_not(None))
    ))
    return {i for i in ids if i is not None}


def check_may_review(uow: UnitOfWork, actor: Actor, sample: Sample) -> None:
    """检验与审核分离, and (by default) 抽样与审核签发分离 — see :mod:`labdesk.domain.duties`."""
    duties.check(uow, actor, sample, Step.REVIEW)


def approver_of(uow: UnitOfWork, sample_id: int) -> int | None:
    return uow.session.scalar(
        select(ReviewAction.user_id).where(ReviewAction.sample_id == sample_id, ReviewAction.action == "approve")
        .order_by(ReviewAction.id.desc()).limit(1)
    )


def check_may_sign(uow: UnitOfWork, actor: Actor, sample_id: int) -> None:
    """Raise DutySeparationError naming the rule when ``actor`` may not sign the sample's report.

    Refused: whoever reviewed it (审核与签发分离), entered any of its results (检验与签发分离)
    or drew it (抽样与审核签发分离, unless the quality manager allows it).  Called by the
    reports area inside its own unit of work before signing or amending.
    """
    duties.check(uow, actor, load_sample(uow, sample_id), Step.SIGN)


def review_queue(ctx: ServiceContext, actor: Actor) -> list[ReviewQueueEntry]:
    """Samples submitted for review (待审核 only: approved ones wait at the signatory's bench)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REVIEW_RESULTS)
        rows = uow.session.execute(
            select(Sample.id, Sample.blind_code, PlanProduct.name_zh, Sample.state, Sample.testing_finished_at,
                   Sample.verdict)
            .join(PlanProduct, PlanProduct.id == Sample.plan_product_id)
            .where(Sample.state == SampleState.SUBMITTED.value)
            .order_by(Sample.id)
        ).all()
        return [ReviewQueueEntry(*row) for row in rows]


def _view(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample) -> ReviewView:
    ruleset = ruleset_for(uow, sample)
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    assert product is not None
    ensure_test_items(uow, sample)
    evaluation, _ = evaluate_sample(uow, ctx, actor, sample, store=False)
    photos = tuple(
        PhotoInfo(*row) for row in uow.session.execute(
            select(Photo.id, Photo.kind, Photo.stage, Photo.captured_at, Photo.width, Photo.height)
            .where(Photo.sample_id == sample.id).order_by(Photo.id)
        )
    )
    refusal = ""
    may = actor.can(Permission.REVIEW_RESULTS)
    try:
        check_may_review(uow, actor, sample)
    except DutySeparationError as error:
        may, refusal = False, str(error)
    return ReviewView(
        sample.id, sample.blind_code, sample.product_code, product.name_zh, sample.state,
        ruleset.name_zh or ruleset.product_name_zh, ruleset.version, ruleset.catalogue_version, ruleset.basis_zh,
        item_rows(uow, sample, ruleset), evaluation.to_record_dict(), evaluation.verdict, evaluation.grade,
        evaluation.conclusion, tuple(i.code for i in ruleset.derived_order), tuple(history_for(uow, sample.id)),
        photos, comments_for(uow, sample.id), may, refusal, sample_sheet(uow, sample, evaluation.to_record_dict()),
    )


def review_view(ctx: ServiceContext, actor: Actor, sample_id: int) -> ReviewView:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ORDER_REDETERMINATION if actor.can(Permission.ORDER_REDETERMINATION)
                  and not actor.can(Permission.REVIEW_RESULTS) else Permission.REVIEW_RESULTS)
        sample = load_sample(uow, sample_id)
        view = _view(uow, ctx, actor, sample)
        uow.commit()
        return view


def return_sample(ctx: ServiceContext, actor: Actor, sample_id: int, comment: str) -> ReviewView:
    """Send a submitted sample back to the tester with a comment (the tester sees it)."""
    comment = (comment or "").strip()
    if not comment:
        raise InputError("退回意见", "退回样品须填写意见。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REVIEW_RESULTS)
        sample = load_sample(uow, sample_id, lock=True)
        check_may_review(uow, actor, sample)
        if sample.state != SampleState.SUBMITTED.value:
            check_transition(sample.state, SampleState.RETURNED)
            raise StateError(f"样品 {sample.blind_code} 不在待审核状态，不能退回。")
        sample.state = SampleState.RETURNED.value
        uow.session.add(ReviewAction(sample_id=sample.id, action="return", comment=comment, user_id=actor.user_id,
                                     at=ctx.now()))
        audit.record(uow, ctx, actor, "review.returned", "sample", sample.id, f"样品 {sample.blind_code} 退回检验",
                     details={"comment": comment}, reason=comment)
        uow.flush()
        view = _view(uow, ctx, actor, sample)
        uow.commit()
        return view


def approve_sample(ctx: ServiceContext, actor: Actor, sample_id: int, comment: str = "") -> ReviewView:
    """Pass a submitted sample to signing: state approved, final evaluation stored."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REVIEW_RESULTS)
        sample = load_sample(uow, sample_id, lock=True)
        check_may_review(uow, actor, sample)
        if sample.state != SampleState.SUBMITTED.value:
            raise StateError(f"样品 {sample.blind_code} 不在待审核状态，不能通过审核。")
        check_transition(sample.state, SampleState.APPROVED)
        evaluation, _ = evaluate_sample(uow, ctx, actor, sample, store=False)
        if evaluation.verdict not in ("pass", "fail"):
            raise StateError(f"样品 {sample.blind_code} 的判定尚未完成（{evaluation.verdict}），不能通过审核。")
        ruleset = ruleset_for(uow, sample)
        uow.session.add(SampleEvaluation(
            sample_id=sample.id, catalogue_version=ruleset.catalogue_version or "", ruleset_version=ruleset.version,
            verdict=evaluation.verdict, grade=evaluation.grade, result=evaluation.to_record_dict(),
            evaluated_at=ctx.now(), evaluated_by=actor.user_id,
        ))
        sample.verdict = evaluation.verdict
        sample.state = SampleState.APPROVED.value
        uow.session.add(ReviewAction(sample_id=sample.id, action="approve", comment=(comment or "").strip(),
                                     user_id=actor.user_id, at=ctx.now()))
        audit.record(uow, ctx, actor, "review.approved", "sample", sample.id,
                     f"样品 {sample.blind_code} 审核通过，转签发（{evaluation.verdict}）",
                     details={"verdict": evaluation.verdict, "grade": evaluation.grade,
                              "ruleset_version": ruleset.version})
        uow.flush()
        view = _view(uow, ctx, actor, sample)
        uow.commit()
        return view


def order_redetermination(ctx: ServiceContext, actor: Actor, sample_id: int, item_code: str,
                          reason: str) -> ReviewView:
    """Reviewer or quality manager: a new round for one item; old determinations stay visible."""
    reason = (reason or "").strip()
    if not reason:
        raise InputError("复测原因", "安排复测须说明原因。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.ORDER_REDETERMINATION)
        sample = load_sample(uow, sample_id, lock=True)
        if sample.state == SampleState.REPORTED.value:
            raise StateError(f"样品 {sample.blind_code} 已出具报告，须走报告更正流程。")
        if sample.state not in (SampleState.SUBMITTED.value, SampleState.APPROVED.value,
                                SampleState.IN_TESTING.value, SampleState.RETURNED.value):
            raise StateError(f"样品 {sample.blind_code} 当前状态不能安排复测。")
        item = {i.item_code: i for i in ensure_test_items(uow, sample)}.get(item_code)
        if item is None:
            raise InputError(item_code, "该样品没有此检验项目。")
        new_round(uow, ctx, actor, sample, item, reason, action="review.redetermination_ordered")
        if sample.state in (SampleState.SUBMITTED.value, SampleState.APPROVED.value, SampleState.RETURNED.value):
            check_transition(sample.state, SampleState.IN_TESTING)
            sample.state = SampleState.IN_TESTING.value
        sample.verdict = None
        uow.session.add(ReviewAction(sample_id=sample.id, action="redetermine", item_code=item_code, comment=reason,
                                     user_id=actor.user_id, at=ctx.now()))
        uow.flush()
        evaluate_sample(uow, ctx, actor, sample)
        view = _view(uow, ctx, actor, sample)
        uow.commit()
        return view


def photo_jpeg(ctx: ServiceContext, actor: Actor, photo_id: int) -> bytes:
    """The JPEG of one of the sample's photos, for the review screen."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REVIEW_RESULTS)
        photo = uow.session.get(Photo, photo_id)
        if photo is None:
            return b""
        return bytes(photo.jpeg)
