"""``labdesk evaluate``: JSON in, JSON out; exit 2 with a one-line message naming the field."""

from __future__ import annotations

import argparse
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from labdesk.cli import evaluate as cli

EXAMPLE = {
    "product": "metallurgical_coke",
    "context": {"quench": "wet", "coal_rank": "lignite", "transport_km": 800},
    "declared": {"grade": "I", "Ad": "12.00"},
    "determinations": {"Mad": ["1.02", "1.05"], "Aad": ["12.31", "12.40"], "M40": ["83.5"]},
}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="labdesk")
    sub = parser.add_subparsers(dest="command")
    cli.add_parser(sub)
    return parser.parse_args(["evaluate", *argv])


def call(payload: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    path = tmp_path / "in.json"
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False), "utf-8")
    args = parse([str(path)])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_example_from_issue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(EXAMPLE, tmp_path, capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) == {"product", "catalogue_version", "items", "grade", "verdict", "failed_items",
                         "missing_items", "unverified_failures", "conclusion"}
    assert data["product"] == "metallurgical_coke" and data["verdict"] == "incomplete"
    aad = data["items"]["Aad"]
    assert aad["value"] == "12.36" and aad["unit"] == "%"
    assert aad["replicates"] == {"status": "accepted", "used": ["12.31", "12.40"], "limit": "0.20",
                                 "tie": False}
    # Ad = 12.355 × 100/(100 − 1.035) = 12.484 → grade II; declared grade I → fails
    ad = data["items"]["Ad"]
    assert {k: ad[k] for k in ("value", "unit", "requirement", "verdict", "grade")} == {
        "value": "12.48", "unit": "%", "requirement": "≤12.0", "verdict": "fail", "grade": "II"}
    assert data["items"]["M40"]["replicates"]["status"] == "single"
    assert data["items"]["M40"]["grade"] == "I"
    assert data["failed_items"] == ["Ad"]


def test_stdin_and_coal_pass(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    payload = {
        "product": "power_coal",
        "context": {"coal_rank": "other", "transport_km": 300},
        "determinations": {"Mad": ["3.98", "4.02"], "Aad": ["15.90", "16.10"], "St,ad": ["0.95", "0.97"]},
    }
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(payload)))
    args = parse(["-"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "pass" and data["grade"] is None
    assert data["items"]["St,d"]["value"] == "1.00" and "replicates" not in data["items"]["St,d"]
    assert data["conclusion"].endswith("检验结论为合格。")


def test_json_numbers_are_decimal_not_float(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ('{"product": "power_coal", "context": {"coal_rank": "other", "transport_km": 600.0},'
            ' "determinations": {"Mad": [4.00, 4.00], "Aad": [28.175, 28.175], "St,ad": ["1", "1"]}}')
    code, out, _ = call(text, tmp_path, capsys)
    assert code == 0
    assert json.loads(out)["items"]["Aad"]["value"] == "28.18"  # exact 28.175 → 28.18 (a float would give 28.17)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({**EXAMPLE, "product": "tea"}, "product"),
        ({k: v for k, v in EXAMPLE.items() if k != "product"}, "product"),
        ({**EXAMPLE, "determinations": {"Aadx": ["1"]}}, "determinations.Aadx"),
        ({**EXAMPLE, "determinations": {"Aad": ["12,3x"]}}, "determinations.Aad[0]"),
        ({**EXAMPLE, "determinations": {"Aad": ["101"]}}, "determinations.Aad[0]"),
        ({**EXAMPLE, "context": {}}, "context.quench"),
        ({**EXAMPLE, "declared": {"grade": "V"}}, "declared.grade"),
        ({**EXAMPLE, "ruleset": "nope"}, "ruleset"),
        ({**EXAMPLE, "determination": {}}, "determination"),
        ([1, 2], "input"),
        ("{not json", "input"),
        ('{"product": NaN}', "input"),
        ('{"product": "power_coal", "x": ' + "9" * 5000 + "}", "input"),
        ('{"product": "foundry_coke", "determinations": {"shatter": [1e400]}}', "determinations.shatter[0]"),
    ],
)
def test_bad_input_exit_2(payload: Any, field: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(payload, tmp_path, capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and field in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = parse([str(tmp_path / "missing.json")])
    assert args.func(args) == 2
    assert "input" in capsys.readouterr().err


def test_broken_catalogue_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.json").write_text(json.dumps(EXAMPLE), "utf-8")
    args = parse([str(tmp_path / "in.json"), "--catalogue", str(tmp_path / "nowhere")])
    assert args.func(args) == 3


def test_evaluate_request_direct() -> None:
    out = cli.evaluate_request(EXAMPLE, calorie_factor=Decimal("4.1868"))
    assert out["items"]["Ad"]["grade"] == "II"
