"""The benches' waiting work for the home screen (工作台): samples to test, to review, to sign.

The tester and the reviewer see blind codes only (盲样); the signatory sees sample numbers.
An item is due on its plan's report delivery date (报告送达期限) while the plan is active,
otherwise today: the work is waiting either way.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import SampleState
from labdesk.persistence.models import Plan, PlanProduct, Sample
from labdesk.persistence.uow import UnitOfWork

if TYPE_CHECKING:
    from labdesk.services.deadlines import DueItem

S = SampleState
# (permission, states, kind, title per state, page, shows the blind code)
BENCHES: tuple[tuple[Permission, tuple[SampleState, ...], str, dict[SampleState, str], str, bool], ...] = (
    (Permission.ENTER_RESULTS, (S.RECEIVED, S.IN_TESTING, S.RETURNED), "testing",
     {S.RECEIVED: "待检验", S.IN_TESTING: "检验中，待提交审核", S.RETURNED: "审核退回，待重新检验"}, "testing", True),
    (Permission.REVIEW_RESULTS, (S.SUBMITTED,), "review", {S.SUBMITTED: "待审核"}, "review", True),
    (Permission.SIGN_REPORTS, (S.APPROVED,), "signing", {S.APPROVED: "审核已通过，待签发"}, "signing", False),
)


def work_items_in(uow: UnitOfWork, granted: frozenset[Permission], today: dt.date) -> list[DueItem]:
    """One line per waiting sample of each bench the user works at."""
    from labdesk.services.deadlines import _item

    items: list[DueItem] = []
    for permission, states, kind, titles, page, blind in BENCHES:
        if permission not in granted:
            continue
        rows = uow.session.execute(
            select(Sample.id, Sample.blind_code, Sample.sample_no, Sample.state, Sample.plan_id,
                   PlanProduct.name_zh, Plan.status, Plan.report_deadline)
            .join(PlanProduct, PlanProduct.id == Sample.plan_product_id)
            .join(Plan, Plan.id == Sample.plan_id)
            .where(Sample.state.in_([s.value for s in states])).order_by(Sample.id)
        ).all()
        for sid, blind_code, sample_no, state, pid, product, status, deadline in rows:
            due = deadline if status == "active" and deadline is not None else today
            code = (blind_code if blind else sample_no) or ""
            items.append(_item(kind, titles[SampleState(state)], f"{product}（{code}）", due, today, permission,
                               page, pid, sid, code))
    return items
