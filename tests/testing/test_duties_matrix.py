"""Separation of duties through the services: the whole (role × person-on-the-sample × step) matrix.

Each cell is a fresh sample in the state the step needs, on which one user (holding one role) stands in
one relation: nobody, sampler, tester (entered a determination) or reviewer (returned it in review).  The
cell calls the real service (enter a result / pass review / sign the report) and records whether it was
refused by a permission, refused by a named duty rule, or allowed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import pytest

from labdesk.domain import duties as rules
from labdesk.domain.duties import Refusal, SampleParties, Step, refusal
from labdesk.domain.errors import DutySeparationError, PermissionDenied
from labdesk.domain.permissions import Role
from labdesk.persistence.models import Determination, ReviewAction, SampleSampler, TestItem
from labdesk.reports import pki
from labdesk.services import credentials, duties, reports, review, testing
from tests.testing.conftest import PASSWORD, Lab

PASSPHRASE = "cert-pass-1"
VALUES = {"Mad": ["1.50", "1.52"], "Aad": ["20.10", "20.20"], "St,ad": ["0.60", "0.62"], "Mt": ["8.0", "8.2"],
          "Vad": ["28.0", "28.2"], "Qb,ad": ["25000", "25050"], "Had": ["3.5", "3.6"]}
RELATIONS = ("none", "sampler", "tester", "reviewer")
STATE_FOR = {Step.TEST: "in_testing", Step.REVIEW: "submitted", Step.SIGN: "approved"}
PERMITTED = {Step.TEST: Role.TESTER, Step.REVIEW: Role.REVIEWER, Step.SIGN: Role.SIGNATORY}

# What the rules say for the role that holds the step's permission (written out from issue 10, not computed)
EXPECTED_DUTY = {
    (Step.TEST, "none"): None, (Step.TEST, "sampler"): rules.RULE_SAMPLING_TESTING,
    (Step.TEST, "tester"): None, (Step.TEST, "reviewer"): None,
    (Step.REVIEW, "none"): None, (Step.REVIEW, "sampler"): rules.RULE_SAMPLING_REVIEW_SIGNING,
    (Step.REVIEW, "tester"): rules.RULE_TESTING_REVIEW, (Step.REVIEW, "reviewer"): None,
    (Step.SIGN, "none"): None, (Step.SIGN, "sampler"): rules.RULE_SAMPLING_REVIEW_SIGNING,
    (Step.SIGN, "tester"): rules.RULE_TESTING_SIGNING, (Step.SIGN, "reviewer"): rules.RULE_REVIEW_SIGNING,
}


@dataclass(frozen=True)
class Cell:
    role: Role
    relation: str
    step: Step


def _sample(lab: Lab, cell: Cell, person_id: int) -> int:
    sid = lab.make_sample(state=STATE_FOR[cell.step])
    tester = lab.actors["tester2"].user_id
    reviewer = lab.actors["reviewer2"].user_id
    with lab.ctx.uow() as uow:
        now = lab.ctx.now()
        for pos, code in enumerate(VALUES):
            item = TestItem(sample_id=sid, item_code=code, position=pos, tester_id=tester)
            uow.session.add(item)
            uow.flush()
            if cell.step is Step.TEST and code == "Mad":
                continue  # the cell enters this one
            for seq, value in enumerate(VALUES[code], start=1):
                uow.session.add(Determination(test_item_id=item.id, seq=seq, value_text=value, entered_by=tester,
                                              entered_at=now))
            if cell.relation == "tester" and pos == 1:
                # an earlier round's determination by the person (discarded, still counts)
                uow.session.add(Determination(test_item_id=item.id, round=0, seq=1, value_text=VALUES[code][0],
                                              active=False, entered_by=person_id, entered_at=now))
        if cell.relation == "sampler":
            uow.session.add(SampleSampler(sample_id=sid, position=9, name="抽样人", user_id=person_id))
        if cell.relation == "reviewer":
            uow.session.add(ReviewAction(sample_id=sid, action="return", comment="请复核", user_id=person_id,
                                         at=now))
        if cell.step is Step.SIGN:
            approver = person_id if cell.relation == "reviewer" else reviewer
            uow.session.add(ReviewAction(sample_id=sid, action="approve", user_id=approver, at=now))
            uow.flush()
            evaluation, _ = testing.evaluate_sample(uow, lab.ctx, None, testing.load_sample(uow, sid))
            assert evaluation.verdict in ("pass", "fail")
        uow.commit()
    return sid


def _run(lab: Lab, cell: Cell, person: str) -> str:
    """'permission', a duty rule code, or 'allowed'."""
    actor = lab.actors[person]
    sid = _sample(lab, cell, actor.user_id)
    try:
        if cell.step is Step.TEST:
            testing.enter_determination(lab.ctx, actor, sid, "Mad", 1, "1.50")
        elif cell.step is Step.REVIEW:
            review.approve_sample(lab.ctx, actor, sid)
        else:
            reports.sign_report(lab.ctx, actor, sid, password=PASSWORD, passphrase=PASSPHRASE)
    except DutySeparationError as error:
        assert error.rule in rules.RULE_NAMES_ZH and f"「{rules.RULE_NAMES_ZH[error.rule]}」" in str(error)
        return error.rule
    except PermissionDenied:
        return "permission"
    return "allowed"


@pytest.fixture
def signing_lab(lab: Lab) -> Lab:
    now = dt.datetime(2021, 7, 1, tzinfo=dt.UTC)
    ca = pki.make_ca("LabDesk 测试 CA", "测试实验室", now=now)
    p12 = pki.issue_signatory(ca, "signatory姓名", "测试实验室", PASSPHRASE, now=now)
    admin = lab.actors["admin"]
    credentials.import_ca_certificate(lab.ctx, admin, ca.pem)
    credentials.import_pkcs12(lab.ctx, admin, lab.actors["signatory"].user_id, p12, PASSPHRASE,
                              owner_password=PASSWORD)
    return lab


def _walk(lab: Lab) -> dict[Cell, str]:
    outcome = {}
    for role in Role:
        for relation in RELATIONS:
            for step in Step:
                cell = Cell(role, relation, step)
                outcome[cell] = _run(lab, cell, role.value)
    return outcome


def _expected(cell: Cell, sampler_allowed: bool) -> str:
    if cell.role is not PERMITTED[cell.step]:
        return "permission"
    rule = EXPECTED_DUTY[(cell.step, cell.relation)]
    if rule == rules.RULE_SAMPLING_REVIEW_SIGNING and sampler_allowed:
        rule = None
    return rule or "allowed"


def test_matrix_default_policy(signing_lab: Lab, sqlite_only: str) -> None:
    outcome = _walk(signing_lab)
    assert outcome == {cell: _expected(cell, False) for cell in outcome}
    counts = Counter("allowed" if v == "allowed" else ("duty" if v != "permission" else "permission")
                     for v in outcome.values())
    print(f"\nduties matrix (default): {len(outcome)} cells, {counts['permission']} refused by permission, "
          f"{counts['duty']} refused by a duty rule, {counts['allowed']} allowed")
    assert counts == {"permission": 60, "duty": 6, "allowed": 6}


def test_matrix_samplers_allowed_by_quality_manager(signing_lab: Lab, sqlite_only: str) -> None:
    lab = signing_lab
    with pytest.raises(PermissionDenied):
        duties.set_sampler_may_review_sign(lab.ctx, lab.actors["admin"], True, "试图放宽")
    duties.set_sampler_may_review_sign(lab.ctx, lab.actors["quality_manager"], True, "人员不足，经批准")
    assert duties.sampler_may_review_sign(lab.ctx)
    outcome = _walk(lab)
    assert outcome == {cell: _expected(cell, True) for cell in outcome}
    counts = Counter(outcome.values())
    print(f"\nduties matrix (samplers may review/sign): {dict(counts)}")
    assert counts["allowed"] == 8 and counts[rules.RULE_SAMPLING_TESTING] == 1


def test_rules_are_pure_and_named() -> None:
    parties = SampleParties(samplers=frozenset({1}), testers=frozenset({2}), reviewers=frozenset({3}))
    got = {(uid, step): refusal(uid, step, parties, sample_label="B0001") for uid in (1, 2, 3, 4) for step in Step}
    assert {k: v.rule for k, v in got.items() if isinstance(v, Refusal)} == {
        (1, Step.TEST): rules.RULE_SAMPLING_TESTING, (1, Step.REVIEW): rules.RULE_SAMPLING_REVIEW_SIGNING,
        (1, Step.SIGN): rules.RULE_SAMPLING_REVIEW_SIGNING, (2, Step.REVIEW): rules.RULE_TESTING_REVIEW,
        (2, Step.SIGN): rules.RULE_TESTING_SIGNING, (3, Step.SIGN): rules.RULE_REVIEW_SIGNING,
    }
    message = got[(2, Step.SIGN)]
    assert message is not None and "检验与签发分离" in message.message and "B0001" in message.message
