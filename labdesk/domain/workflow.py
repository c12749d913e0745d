"""The sample's life cycle, as a small explicit state machine."""

from __future__ import annotations

from enum import StrEnum

from labdesk.domain.errors import StateError


class SampleState(StrEnum):
    REGISTERED = "registered"  # sampling form entered, receipt check pending
    RECEIVED = "received"  # accepted at intake, labels printed, waiting for testing
    REJECTED = "rejected"  # refused at intake with written reasons (stays in the register)
    TERMINATED = "terminated"  # testing stopped (e.g. producer lacks a required licence)
    IN_TESTING = "in_testing"  # at least one determination entered
    SUBMITTED = "submitted"  # tester submitted the complete sample for review
    RETURNED = "returned"  # reviewer sent it back with a comment
    APPROVED = "approved"  # review passed, waiting for the signatory
    REPORTED = "reported"  # signed report issued


STATE_NAMES_ZH: dict[SampleState, str] = {
    SampleState.REGISTERED: "已登记",
    SampleState.RECEIVED: "已接收",
    SampleState.REJECTED: "已拒收",
    SampleState.TERMINATED: "已终止",
    SampleState.IN_TESTING: "检验中",
    SampleState.SUBMITTED: "待审核",
    SampleState.RETURNED: "已退回",
    SampleState.APPROVED: "待签发",
    SampleState.REPORTED: "已出报告",
}

S = SampleState
TRANSITIONS: dict[SampleState, frozenset[SampleState]] = {
    S.REGISTERED: frozenset({S.RECEIVED, S.REJECTED, S.TERMINATED}),
    S.RECEIVED: frozenset({S.IN_TESTING, S.TERMINATED}),
    S.IN_TESTING: frozenset({S.SUBMITTED, S.TERMINATED}),
    S.SUBMITTED: frozenset({S.RETURNED, S.APPROVED, S.IN_TESTING}),
    S.RETURNED: frozenset({S.IN_TESTING, S.SUBMITTED, S.TERMINATED}),
    S.APPROVED: frozenset({S.REPORTED, S.RETURNED, S.IN_TESTING}),
    S.REPORTED: frozenset(),
    S.REJECTED: frozenset(),
    S.TERMINATED: frozenset(),
}

TESTABLE = frozenset({S.RECEIVED, S.IN_TESTING, S.RETURNED})


def check_transition(current: str, target: SampleState) -> SampleState:
    """Return the target state or raise ``StateError`` naming both states in Chinese."""
    state = SampleState(current)
    if target not in TRANSITIONS[state]:
        raise StateError(f"样品当前状态为「{STATE_NAMES_ZH[state]}」，不能变为「{STATE_NAMES_ZH[target]}」。")
    return target
