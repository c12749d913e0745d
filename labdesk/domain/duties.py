"""Separation of duties: who may test, review and sign a sample (pure rules, no database).

The services gather who did what on a sample (:class:`SampleParties`) and ask
:func:`refusal` before each step; a refusal names its rule (code and Chinese name)
so the user reads *which* rule stopped them.

Rules (CNAS-CL01 / RB/T 214 impartiality; 产品质量监督抽查管理暂行办法 抽检分离):

- 抽检分离 — a sampler of the sample may not test it (enter, import, edit, submit results);
- 抽样与审核签发分离 — a sampler may not review or sign it either, unless the quality
  manager allows it by the lab setting ``duties.sampler_may_review_sign``;
- 检验与审核分离 — whoever entered any determination of the sample (any round) may not review it;
- 检验与签发分离 — whoever entered any determination may not sign its report;
- 审核与签发分离 — whoever reviewed the sample (passed or returned it) may not sign its report.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    TEST = "test"
    REVIEW = "review"
    SIGN = "sign"


STEP_NAMES_ZH: dict[Step, str] = {Step.TEST: "检验", Step.REVIEW: "审核", Step.SIGN: "签发"}

RULE_SAMPLING_TESTING = "sampling_testing"
RULE_SAMPLING_REVIEW_SIGNING = "sampling_review_signing"
RULE_TESTING_REVIEW = "testing_review"
RULE_TESTING_SIGNING = "testing_signing"
RULE_REVIEW_SIGNING = "review_signing"

RULE_NAMES_ZH: dict[str, str] = {
    RULE_SAMPLING_TESTING: "抽检分离",
    RULE_SAMPLING_REVIEW_SIGNING: "抽样与审核签发分离",
    RULE_TESTING_REVIEW: "检验与审核分离",
    RULE_TESTING_SIGNING: "检验与签发分离",
    RULE_REVIEW_SIGNING: "审核与签发分离",
}

SETTING_SAMPLER_MAY_REVIEW_SIGN = "duties.sampler_may_review_sign"


@dataclass(frozen=True)
class SampleParties:
    """Who already took part in one sample (user ids)."""

    samplers: frozenset[int] = frozenset()
    testers: frozenset[int] = frozenset()  # entered, edited, deleted or imported any determination
    reviewers: frozenset[int] = frozenset()  # passed or returned it in review


@dataclass(frozen=True)
class DutyPolicy:
    sampler_may_review_sign: bool = False


@dataclass(frozen=True)
class Refusal:
    rule: str
    message: str

    @property
    def rule_zh(self) -> str:
        return RULE_NAMES_ZH[self.rule]


_ACT_ZH: dict[Step, str] = {Step.TEST: "检验该样品（录入、导入、修改或提交结果）", Step.REVIEW: "审核该样品",
                           Step.SIGN: "签发其报告"}
_WHY_ZH: dict[str, str] = {
    RULE_SAMPLING_TESTING: "您是样品 {s} 的抽样人员",
    RULE_SAMPLING_REVIEW_SIGNING: "您是样品 {s} 的抽样人员",
    RULE_TESTING_REVIEW: "您录入过样品 {s} 的检验结果",
    RULE_TESTING_SIGNING: "您录入过样品 {s} 的检验结果",
    RULE_REVIEW_SIGNING: "您审核了样品 {s}",
}


def _refuse(rule: str, sample_label: str, step: Step) -> Refusal:
    why = _WHY_ZH[rule].format(s=sample_label).replace("样品  ", "样品 ")
    return Refusal(rule, f"违反「{RULE_NAMES_ZH[rule]}」规则：{why}，不能{_ACT_ZH[step]}。")


def refusal(user_id: int, step: Step, parties: SampleParties, policy: DutyPolicy = DutyPolicy(),
            sample_label: str = "") -> Refusal | None:
    """The first rule that forbids ``user_id`` to do ``step`` on the sample, or ``None`` when allowed."""
    sampler = user_id in parties.samplers
    if step is Step.TEST:
        if sampler:
            return _refuse(RULE_SAMPLING_TESTING, sample_label, step)
        return None
    if user_id in parties.testers:
        rule = RULE_TESTING_REVIEW if step is Step.REVIEW else RULE_TESTING_SIGNING
        return _refuse(rule, sample_label, step)
    if step is Step.SIGN and user_id in parties.reviewers:
        return _refuse(RULE_REVIEW_SIGNING, sample_label, step)
    if sampler and not policy.sampler_may_review_sign:
        return _refuse(RULE_SAMPLING_REVIEW_SIGNING, sample_label, step)
    return None
