"""The set-based due list gives the same lines as the old per-sample walk, on a generated lab."""

from __future__ import annotations

import datetime as dt

from labdesk.services.deadlines import due_items
from tests.logistics import due_data, factory
from tests.logistics.due_reference import reference_due_items


def test_same_lines_as_the_per_sample_walk(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    plan = factory.seed_plan(ctx, actors["quality_manager"])
    due_data.fill(ctx, plan.id, 1500, seed=11)
    compared = 0
    kinds: set[str] = set()
    grouped = 0
    for name, actor in actors.items():
        for today in (dt.date(2021, 8, 15), dt.date(2021, 9, 20), dt.date(2021, 12, 31)):
            expected = reference_due_items(ctx, actor, today=today)
            got = due_items(ctx, actor, today=today)
            assert got == expected, (name, today)
            compared += len(got)
            kinds |= {i.kind for i in got}
            grouped += sum(1 for i in got if "批）" in i.title)
    assert compared > 100 and grouped > 10  # the generated lab has work, small and grouped, for several roles
    duties = {"ecqs_sampling", "ecqs_results", "delivery", "objection", "disposition", "refusal", "plan"}
    benches = {"testing", "review", "signing"}  # the work waiting at the benches (issue 13 item 7)
    assert duties <= kinds <= duties | benches


def test_large_groups_and_small_ones(ctx, actors) -> None:  # type: ignore[no-untyped-def]
    qm = actors["quality_manager"]
    plan = factory.seed_plan(ctx, qm)
    due_data.fill(ctx, plan.id, 300, seed=3)
    items = due_items(ctx, qm, today=dt.date(2021, 9, 20))
    grouped = [i for i in items if "批）" in i.title]
    single = [i for i in items if i.sample_id is not None]
    assert grouped and single
    for line in grouped:
        count = int(line.title.rsplit("（", 1)[1].split(" ")[0])
        assert count > 3 and line.detail.startswith(f"共 {count} 批：") and line.sample_id is None
    assert not [i for i in items if i.code.startswith("CLOSED")]  # the closed 2019 plan stays off the list
