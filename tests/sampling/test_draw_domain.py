"""The draw algorithm: reproducible, seed-dependent, follow-ups first, hand-checkable."""

from __future__ import annotations

import hashlib

import pytest

from labdesk.domain.errors import InputError
from labdesk.domain.sampling.draw import Candidate, candidate_hash, draw

CANDIDATES = [Candidate(f"C{n:02d}", f"企业{n}", "大同", n in (4, 9)) for n in range(20)]


def test_same_seed_same_candidates_same_draw_in_any_input_order() -> None:
    first = draw("20210801", CANDIDATES, 6)
    second = draw("20210801", list(reversed(CANDIDATES)), 6)
    assert [r.candidate.credit_code for r in first.ranking] == [r.candidate.credit_code for r in second.ranking]
    assert first.candidate_hash == second.candidate_hash


def test_different_seed_gives_a_different_draw() -> None:
    a = [r.candidate.credit_code for r in draw("1", CANDIDATES, 6).drawn]
    b = [r.candidate.credit_code for r in draw("2", CANDIDATES, 6).drawn]
    assert a != b


def test_followups_come_first_then_by_key() -> None:
    outcome = draw("abc", CANDIDATES, 5)
    assert [r.candidate.followup for r in outcome.drawn[:2]] == [True, True]
    assert not any(r.candidate.followup for r in outcome.drawn[2:])
    rest = [r.key for r in outcome.ranking[2:]]
    assert rest == sorted(rest)


def test_key_is_sha256_of_seed_bar_code_and_hash_is_of_sorted_lines() -> None:
    outcome = draw("42", CANDIDATES[:3], 2)
    assert outcome.ranking[0].key == hashlib.sha256(
        f"42|{outcome.ranking[0].candidate.credit_code}".encode()).hexdigest()
    lines = "\n".join(f"C{n:02d}|企业{n}|大同|N" for n in range(3))
    assert candidate_hash(CANDIDATES[:3]) == hashlib.sha256(lines.encode()).hexdigest()


def test_count_capped_and_bad_seed_refused() -> None:
    assert len(draw("x", CANDIDATES[:3], 10).drawn) == 3
    with pytest.raises(InputError):
        draw("  ", CANDIDATES, 1)
    with pytest.raises(InputError):
        draw("a|b", CANDIDATES, 1)
    with pytest.raises(InputError):
        draw("x", [CANDIDATES[0], CANDIDATES[0]], 1)


def test_the_worked_example_of_the_documentation_holds() -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "sampling-draw.md").read_text(encoding="utf-8")
    block = doc.split("**Worked example.**")[1].split("```")[1].strip().splitlines()
    candidates = [Candidate(code, name, region, flag == "F")
                  for code, name, region, flag in (line.split("|") for line in block)]
    outcome = draw("777", candidates, 2)
    assert outcome.candidate_hash in doc
    for ranked in outcome.ranking:
        assert f"| {ranked.rank} | {ranked.candidate.credit_code} |" in doc and ranked.key[:16] in doc
