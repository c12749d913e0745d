"""Review: the reviewer's view, return with comment, approval, re-determination, separation of duties."""

from __future__ import annotations

import pytest

from labdesk.domain.errors import DutySeparationError, InputError, PermissionDenied, StateError
from labdesk.domain.permissions import Role
from labdesk.services import review, testing
from labdesk.services.testing import CellChange

from .test_testing_service import PASSING_COAL, enter


def submitted(ctx, lab, values=PASSING_COAL, tester="tester", **kw) -> int:
    sid = lab.make_sample("power_coal", **kw)
    enter(ctx, lab.actors[tester], sid, values)
    testing.submit_sample(ctx, lab.actors[tester], sid)
    return sid


def test_reviewer_view_shows_everything(ctx, lab):
    sid = lab.make_sample("power_coal")
    tester = lab.actors["tester"]
    enter(ctx, tester, sid, PASSING_COAL)
    testing.delete_determination(ctx, tester, sid, "Mt", 2, "称量失误", seen=PASSING_COAL["Mt"][1])
    testing.enter_determination(ctx, tester, sid, "Mt", 2, "8.6")
    testing.submit_sample(ctx, tester, sid)
    assert [e.blind_code for e in review.review_queue(ctx, lab.actors["reviewer"])] == ["B0001"]
    view = review.review_view(ctx, lab.actors["reviewer"], sid)
    assert view.may_review and view.verdict == "pass"
    assert view.ruleset_version and view.catalogue_version and view.ruleset_name_zh
    mt = next(i for i in view.items if i.code == "Mt")
    assert [(d.value_text, d.active) for d in mt.determinations] == [("8.5", True), ("8.7", False), ("8.6", True)]
    assert {"Ad", "St,d", "Qgr,d", "Qnet,ar"} <= set(view.derived)
    assert view.evaluation["items"]["Qnet,ar"]["value"]
    assert any(h.action == "testing.determination_deleted" and h.reason == "称量失误" for h in view.history)
    assert "秘密" not in repr(view)


def test_return_with_comment_reaches_the_tester(ctx, lab):
    sid = submitted(ctx, lab)
    with pytest.raises(InputError):
        review.return_sample(ctx, lab.actors["reviewer"], sid, "  ")
    view = review.return_sample(ctx, lab.actors["reviewer"], sid, "Had 原始记录缺签名，请补充后重新提交")
    assert view.state == "returned"
    queue = testing.blind_queue(ctx, lab.actors["tester"])
    assert queue[0].return_comment == "Had 原始记录缺签名，请补充后重新提交"
    sheet = testing.open_sample(ctx, lab.actors["tester"], sid)
    assert sheet.comments[-1].action == "return" and "缺签名" in sheet.comments[-1].comment
    testing.edit_determination(ctx, lab.actors["tester"], sid, "Had", 2, "3.68", "按原始记录更正",
                               seen=PASSING_COAL["Had"][1])
    assert testing.submit_sample(ctx, lab.actors["tester"], sid).state == "submitted"
    with pytest.raises(PermissionDenied):
        review.approve_sample(ctx, lab.actors["tester2"], sid)
    with pytest.raises(PermissionDenied):
        review.review_queue(ctx, lab.actors["tester"])


def test_approve_stores_final_evaluation(ctx, lab):
    sid = submitted(ctx, lab, values=dict(PASSING_COAL, **{"St,ad": ["3.20", "3.28"]}))
    view = review.approve_sample(ctx, lab.actors["reviewer"], sid)
    assert view.state == "approved" and view.verdict == "fail"
    with ctx.uow() as uow:
        latest = review.latest_evaluation(uow, sid)
        assert latest is not None and latest.verdict == "fail" and latest.evaluated_by == lab.actors["reviewer"].user_id
        assert latest.result["items"]["St,d"]["verdict"] == "fail"
    with pytest.raises(StateError):
        review.approve_sample(ctx, lab.actors["reviewer"], sid)


def test_tester_cannot_review_own_results(ctx, lab):
    """检验与审核分离: a person holding both roles cannot review a sample they entered results for."""
    both = lab.add_user("both", Role.TESTER, Role.REVIEWER)
    sid = lab.make_sample("power_coal")
    enter(ctx, lab.actors["tester"], sid, {k: v for k, v in PASSING_COAL.items() if k != "Had"})
    testing.enter_determination(ctx, both, sid, "Had", 1, "3.60")
    testing.enter_determination(ctx, lab.actors["tester"], sid, "Had", 2, "3.70")
    testing.submit_sample(ctx, lab.actors["tester"], sid)
    view = review.review_view(ctx, both, sid)
    assert not view.may_review and "检验与审核分离" in view.refusal
    for call in (lambda: review.approve_sample(ctx, both, sid),
                 lambda: review.return_sample(ctx, both, sid, "意见")):
        with pytest.raises(DutySeparationError, match="检验与审核分离") as info:
            call()
        assert info.value.rule == testing.RULE_TESTING_REVIEW
    review.approve_sample(ctx, lab.actors["reviewer"], sid)


def test_importer_counts_as_tester_for_review(ctx, lab):
    both = lab.add_user("both", Role.TESTER, Role.REVIEWER)
    sid = submitted(ctx, lab)
    with ctx.uow() as uow:
        from sqlalchemy import select

        from labdesk.persistence.models import TestItem
        item = uow.session.scalar(select(TestItem).where(TestItem.sample_id == sid, TestItem.item_code == "Mt"))
        item.determinations[0].entered_by = both.user_id  # as if imported by "both"
        uow.commit()
    with pytest.raises(DutySeparationError):
        review.approve_sample(ctx, both, sid)


def test_reviewer_cannot_sign(ctx, lab):
    """审核与签发分离: check_may_sign refuses whoever passed the sample to signing."""
    rs = lab.add_user("rs", Role.REVIEWER, Role.SIGNATORY)
    sid = submitted(ctx, lab)
    review.approve_sample(ctx, rs, sid)
    with ctx.uow() as uow:
        with pytest.raises(DutySeparationError, match="审核与签发分离") as info:
            review.check_may_sign(uow, rs, sid)
        assert info.value.rule == testing.RULE_REVIEW_SIGNING
        review.check_may_sign(uow, lab.actors["signatory"], sid)  # another signatory may


def test_order_redetermination_keeps_old_values(ctx, lab):
    sid = submitted(ctx, lab)
    with pytest.raises(PermissionDenied):
        review.order_redetermination(ctx, lab.actors["tester"], sid, "St,ad", "复测")
    with pytest.raises(InputError):
        review.order_redetermination(ctx, lab.actors["reviewer"], sid, "St,ad", "")
    view = review.order_redetermination(ctx, lab.actors["reviewer"], sid, "St,ad", "硫含量与历史数据差异大，复测")
    assert view.state == "in_testing" and view.verdict == "incomplete"
    st = next(i for i in view.items if i.code == "St,ad")
    assert st.round == 2 and st.current == () and len(st.determinations) == 2
    sheet = testing.open_sample(ctx, lab.actors["tester"], sid)
    assert sheet.comments[-1].action == "redetermine" and sheet.comments[-1].item_code == "St,ad"
    enter(ctx, lab.actors["tester"], sid, {"St,ad": ["0.84", "0.86"]})
    assert testing.submit_sample(ctx, lab.actors["tester"], sid).state == "submitted"
    # the quality manager may also order one, even after approval
    review.approve_sample(ctx, lab.actors["reviewer"], sid)
    view = review.order_redetermination(ctx, lab.actors["quality_manager"], sid, "Mt", "复核全水分")
    assert view.state == "in_testing"


def test_paste_changes_in_one_call(ctx, lab):
    sid = lab.make_sample("power_coal")
    changes = [CellChange("Mad", 1, "1.52"), CellChange("Mad", 2, "1.58"), CellChange("Aad", 1, "x")]
    with pytest.raises(InputError):
        testing.apply_changes(ctx, lab.actors["tester"], sid, changes)
    sheet = testing.open_sample(ctx, lab.actors["tester"], sid)
    assert sheet.item("Mad").current == ()  # all or nothing
