"""The demo step end to end, and ``labdesk verify-report`` on every demo report (SQLite file)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from labdesk.cli import main
from labdesk.demo import DEMO_PASSWORD, DemoClock, DemoRun, seed
from labdesk.demo import reports as reports_step
from labdesk.services import reports
from labdesk.services.database import open_database
from tests.reports.conftest import make_approved_sample
from tests.reports.pdftools import pdfsig, pdftotext


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[int]]:
    out = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{out / 'demo.sqlite3'}"
    clock = DemoClock()
    ctx = open_database(url, clock=clock)
    demo = DemoRun(ctx=ctx, clock=clock, out_dir=out, log=lambda _: None)
    seed.run(demo)
    actors = {"tester": demo.actor("tester1"), "reviewer": demo.actor("reviewer")}
    approved = [make_approved_sample(ctx, actors, demo.data["plan"].id, fail=fail, photos=4)
                for fail in (False, True, False)]
    demo.data["approved"] = approved
    reports_step.run(demo)
    ids = list(demo.data["reports"])
    ctx.engine.dispose()
    return out, url, ids


def test_demo_writes_ca_reports_and_notices(demo_dir: tuple[Path, str, list[int]]) -> None:
    out, _url, ids = demo_dir
    assert (out / "demo-ca.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    names = sorted(p.name for p in (out / "reports").iterdir())
    assert names == ["JC2021-00001-A1.pdf", "JC2021-00001.pdf", "JC2021-00002.pdf", "JC2021-00003.pdf"]
    notices = sorted(p.name for p in (out / "notices").iterdir())
    assert notices == ["JC2021-00001-A1-HS.pdf", "JC2021-00002-GZ.pdf", "JC2021-00003-HS.pdf"]
    assert len(ids) == 4


def test_every_demo_report_passes_pdfsig_and_verify_report(demo_dir: tuple[Path, str, list[int]],
                                                           capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    out, url, _ids = demo_dir
    for path in sorted((out / "reports").iterdir()):
        assert "Signature is Valid" in pdfsig(path), path.name
        code = main(["verify-report", str(path), "--db", url])
        printed = capsys.readouterr().out
        number = path.stem
        if number == "JC2021-00001":  # amended: superseded
            assert code == 1 and "已作废" in printed and "JC2021-00001-A1" in printed
        else:
            assert code == 0, printed
            assert f"报告编号：{number}" in printed and "签名人：陈刚" in printed and "签名时间：2021-08-" in printed
        changed = bytearray(path.read_bytes())
        changed[len(changed) // 2] ^= 0x01
        copy = tmp_path / f"changed-{path.name}"
        copy.write_bytes(bytes(changed))
        assert main(["verify-report", str(copy), "--db", url]) == 1
        assert "未通过" in capsys.readouterr().out
        text = "".join(pdftotext(path.read_bytes(), tmp_path).split())
        assert number in text and "检验结论为" in text
        assert "干燥基灰分Ad" in text and "干燥基全硫St,d" in text and "全水分Mt" in text


def test_verify_report_unknown_and_missing_file(demo_dir: tuple[Path, str, list[int]], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _out, url, _ids = demo_dir
    other = tmp_path / "other.sqlite3"  # another lab's (empty) register
    open_database(f"sqlite:///{other}").engine.dispose()
    report = _out / "reports" / "JC2021-00002.pdf"
    assert main(["verify-report", str(report), "--db", f"sqlite:///{other}"]) == 1
    assert "登记册中没有这份报告" in capsys.readouterr().out
    assert main(["verify-report", str(tmp_path / "missing.pdf"), "--db", url]) == 2


def test_demo_passphrase_is_the_demo_password(demo_dir: tuple[Path, str, list[int]]) -> None:
    _out, url, _ids = demo_dir
    ctx = open_database(url)
    try:
        from labdesk.services.auth import login

        signatory = login(ctx, "signatory", DEMO_PASSWORD)
        register = reports.list_reports(ctx, signatory)
        assert {r.state for r in register} == {"signed", "superseded"}
        assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", register[0].verification_code)
    finally:
        ctx.engine.dispose()
