"""``labdesk draw``: prints the draw, recomputes recorded draws, and never shows a traceback."""

from __future__ import annotations

import pytest

from labdesk.cli import main
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.sampling import draws


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_draw_prints_the_same_result_as_the_service(ctx: ServiceContext, db_url: str, qm: Actor, loaded: int,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    expected = draws.preview_draw(ctx, "SX-2021-158", "99", product="动力用煤", count=3)[0]
    assert main(["draw", "--plan", "SX-2021-158", "--product", "动力用煤", "--count", "3", "--seed", "99",
                 "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert expected.candidate_hash in out
    positions = [out.index(r.credit_code) for r in expected.drawn]
    assert positions == sorted(positions)
    recorded = draws.run_draw(ctx, qm, loaded, "power_coal", seed="99", count=3)
    assert main(["draw", "--plan", "SX-2021-158", "--seed", "99", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert f"抽取记录 #{recorded.id}" in out and "一致" in out and "不一致" not in out
    assert out.count("候选名单 SHA-256") == 5  # every product of the plan


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("args", [
    ["--plan", "NOPE", "--seed", "1"],
    ["--plan", "SX-2021-158", "--seed", "  "],
    ["--plan", "SX-2021-158", "--seed", "1", "--product", "蜂窝煤"],
    ["--plan", "SX-2021-158", "--seed", "1", "--region", "太原"],
    ["--plan", "SX-2021-158", "--seed", "1", "--count", "0"],
])
def test_bad_input_exits_2_with_a_chinese_message(ctx: ServiceContext, db_url: str, loaded: int, args: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draw", *args, "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("labdesk: ") and "Traceback" not in err
