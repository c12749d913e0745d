"""Issue 10 item 7: a huge register search is refused with a clear message (no raw database error)."""

from __future__ import annotations

import pytest

from labdesk.domain.errors import InputError
from labdesk.services import intake
from labdesk.services.context import Actor, ServiceContext


@pytest.mark.parametrize("length", [201, 50_000, 200_000])
def test_long_search_is_refused_clearly(ctx: ServiceContext, actors: dict[str, Actor], length: int) -> None:
    clerk = actors["receptionist"]
    with pytest.raises(InputError, match="搜索内容过长") as refused:
        intake.list_samples(ctx, clerk, query="煤" * length)
    assert refused.value.field == "搜索" and str(intake.MAX_SEARCH_LENGTH) in str(refused.value)
    with pytest.raises(InputError, match="搜索内容过长"):
        intake.count_samples(ctx, clerk, query="a" * length)


def test_search_at_the_limit_still_works(ctx: ServiceContext, actors: dict[str, Actor]) -> None:
    page = intake.list_samples(ctx, actors["receptionist"], query="x" * intake.MAX_SEARCH_LENGTH)
    assert page.rows == () and intake.count_samples(ctx, actors["receptionist"], query="  煤  ") == 0
