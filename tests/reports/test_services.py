"""Signing, amendments, batches, verification and credentials through the services (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12
from sqlalchemy import func, select

from labdesk.domain.errors import (
    AuthenticationError,
    DutySeparationError,
    InputError,
    PermissionDenied,
    StateError,
)
from labdesk.paths import resource
from labdesk.persistence.models import AuditEvent, Report, Sample, UserCredential
from labdesk.reports import pki
from labdesk.services import credentials, reports
from tests.reports.conftest import PASSPHRASE, PASSWORD, World
from tests.reports.pdftools import pdftotext


def _sign(world: World, sample_id: int, who: str = "signatory") -> reports.ReportInfo:
    return reports.sign_report(world.ctx, world.actors[who], sample_id, password=PASSWORD, passphrase=PASSPHRASE)


def test_sign_stores_signed_bytes_and_reports_the_sample(world: World, tmp_path: Path) -> None:
    sample_id = world.sample(fail=True)
    queue = reports.signing_queue(world.ctx, world.actors["signatory"])
    assert [e.sample_id for e in queue] == [sample_id] and queue[0].verdict_zh == "不合格" and queue[0].may_sign
    info = _sign(world, sample_id)
    assert info.full_no == "JC2021-00001" and info.state == "signed" and info.verdict == "fail"
    pdf = reports.report_pdf(world.ctx, world.actors["receptionist"], info.id)
    assert hashlib.sha256(pdf).hexdigest() == info.sha256
    with world.ctx.uow() as uow:
        assert uow.session.get(Sample, sample_id).state == "reported"
        actions = set(uow.session.scalars(select(AuditEvent.action)))
    assert {"report.signed", "sample.reported"} <= actions
    assert reports.signing_queue(world.ctx, world.actors["signatory"]) == []
    text = "".join(pdftotext(pdf, tmp_path).split())
    assert "JC2021-00001" in text and "干燥基灰分Ad" in text and "检验结论为不合格" in text
    assert "signatory姓名" in text and "reviewer姓名" in text and "tester姓名" in text
    result = reports.verify_report(world.ctx, pdf)
    assert result.ok and result.trusted and result.report_no == "JC2021-00001"
    assert result.signer == "signatory姓名"


def test_refusals(world: World) -> None:
    sample_id = world.sample()
    with pytest.raises(PermissionDenied):
        reports.sign_report(world.ctx, world.actors["tester"], sample_id, password=PASSWORD, passphrase=PASSPHRASE)
    with pytest.raises(PermissionDenied):
        reports.signing_queue(world.ctx, world.actors["reviewer"])
    with pytest.raises(AuthenticationError, match="密码"):
        reports.sign_report(world.ctx, world.actors["signatory"], sample_id, password="wrong", passphrase=PASSPHRASE)
    with pytest.raises(AuthenticationError, match="证书口令"):
        reports.sign_report(world.ctx, world.actors["signatory"], sample_id, password=PASSWORD, passphrase="bad")
    with world.ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(Report.id))) == 0
        assert uow.session.get(Sample, sample_id).state == "approved"


def test_reviewer_of_the_sample_cannot_sign_it(world: World) -> None:
    sample_id = world.sample(reviewer="signatory")
    entry = reports.signing_queue(world.ctx, world.actors["signatory"])[0]
    assert not entry.may_sign and "审核" in entry.note
    with pytest.raises(DutySeparationError):
        _sign(world, sample_id)


def test_signatory_without_certificate(world: World, ctx: object) -> None:
    from labdesk.domain.permissions import Role
    from labdesk.services import auth, users

    users.create_user(world.ctx, world.actors["admin"], username="sig2", full_name="无证书", password=PASSWORD,
                      roles=(Role.SIGNATORY,))
    sig2 = auth.login(world.ctx, "sig2", PASSWORD)
    with pytest.raises(StateError, match="签名证书"):
        reports.sign_report(world.ctx, sig2, world.sample(), password=PASSWORD, passphrase=PASSPHRASE)


def test_signed_report_is_immutable_and_amendment_supersedes_it(world: World, tmp_path: Path) -> None:
    sample_id = world.sample()
    first = _sign(world, sample_id)
    old_pdf = reports.report_pdf(world.ctx, world.actors["signatory"], first.id)
    with pytest.raises(StateError):
        _sign(world, sample_id)
    with pytest.raises(InputError):
        reports.amend_report(world.ctx, world.actors["signatory"], first.id, reason=" ", password=PASSWORD,
                             passphrase=PASSPHRASE)
    amended = reports.amend_report(world.ctx, world.actors["signatory"], first.id, reason="受检单位名称有误",
                                   password=PASSWORD, passphrase=PASSPHRASE, out_dir=tmp_path)
    assert amended.full_no == "JC2021-00001-A1" and amended.replaces_no == "JC2021-00001"
    assert (tmp_path / "JC2021-00001-A1.pdf").read_bytes() == reports.report_pdf(
        world.ctx, world.actors["signatory"], amended.id)
    register = {r.full_no: r for r in reports.list_reports(world.ctx, world.actors["receptionist"])}
    assert register["JC2021-00001"].state == "superseded"
    assert register["JC2021-00001"].superseded_by_no == "JC2021-00001-A1"
    assert register["JC2021-00001-A1"].state == "signed"
    # the old bytes are kept unchanged, and now verify as superseded
    assert reports.report_pdf(world.ctx, world.actors["signatory"], first.id) == old_pdf
    old = reports.verify_report(world.ctx, old_pdf)
    assert not old.ok and old.superseded_by == "JC2021-00001-A1" and "已作废" in old.reason
    text = "".join(pdftotext(reports.report_pdf(world.ctx, world.actors["signatory"], amended.id), tmp_path).split())
    assert "本报告替代No.JC2021-00001" in text and "受检单位名称有误" in text
    with pytest.raises(StateError, match="已作废"):
        reports.amend_report(world.ctx, world.actors["signatory"], first.id, reason="again", password=PASSWORD,
                             passphrase=PASSPHRASE)
    with pytest.raises(PermissionDenied):
        reports.amend_report(world.ctx, world.actors["receptionist"], amended.id, reason="x", password=PASSWORD,
                             passphrase=PASSPHRASE)


def test_verify_rejects_changed_unknown_and_unsigned(world: World) -> None:
    info = _sign(world, world.sample())
    pdf = reports.report_pdf(world.ctx, world.actors["signatory"], info.id)
    changed = bytearray(pdf)
    changed[2000] ^= 0x20
    bad = reports.verify_report(world.ctx, bytes(changed))
    assert not bad.ok and "修改" in bad.reason and bad.report_no == "JC2021-00001"
    with world.ctx.uow() as uow:  # an intact signature that the register does not know
        uow.session.execute(Report.__table__.update().values(sha256="0" * 64))
        uow.commit()
    unknown = reports.verify_report(world.ctx, pdf)
    assert not unknown.ok and "不一致" in unknown.reason
    assert not reports.verify_report(world.ctx, b"%PDF-1.4 nothing").ok


class _Progress:
    def __init__(self, cancel_after: int) -> None:
        self.cancel_after = cancel_after
        self.reports: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total, text))

    @property
    def cancelled(self) -> bool:
        return len(self.reports) > self.cancel_after


def test_batch_reports_progress_and_cancels(world: World, tmp_path: Path) -> None:
    ids = [world.sample(photos=0) for _ in range(3)]
    tmp_path = tmp_path / "out"
    progress = _Progress(cancel_after=0)
    result = reports.sign_batch(world.ctx, world.actors["signatory"], ids, password=PASSWORD,
                                passphrase=PASSPHRASE, progress=progress, out_dir=tmp_path)
    assert result.cancelled and len(result.signed) == 1 and result.failed == ()
    assert progress.reports[0] == (0, 3, "正在签发第 1 / 3 份报告…")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["JC2021-00001.pdf"]
    rest = reports.sign_batch(world.ctx, world.actors["signatory"], ids, password=PASSWORD, passphrase=PASSPHRASE)
    assert [r.full_no for r in rest.signed] == ["JC2021-00002", "JC2021-00003"]
    assert len(rest.failed) == 1 and "已出报告" in rest.failed[0][1]


def test_crash_mid_batch_leaves_no_half_written_report(world: World, monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    ids = [world.sample(photos=0) for _ in range(3)]
    real = reports.signing.sign_pdf
    calls = {"n": 0}

    def crashing(*args: object, **kwargs: object) -> bytes:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reports.signing, "sign_pdf", crashing)
    tmp_path = tmp_path / "out"
    with pytest.raises(RuntimeError):
        reports.sign_batch(world.ctx, world.actors["signatory"], ids, password=PASSWORD, passphrase=PASSPHRASE,
                           out_dir=tmp_path)
    with world.ctx.uow() as uow:
        rows = list(uow.session.scalars(select(Report)))
        states = {s.id: s.state for s in uow.session.scalars(select(Sample))}
        assert [r.sample_id for r in rows] == [ids[0]]
        assert all(r.pdf and hashlib.sha256(r.pdf).hexdigest() == r.sha256 for r in rows)
    assert states[ids[1]] == states[ids[2]] == "approved"
    assert [p.name for p in tmp_path.iterdir()] == ["JC2021-00001.pdf"]  # no .part files left
    monkeypatch.setattr(reports.signing, "sign_pdf", real)
    again = reports.sign_batch(world.ctx, world.actors["signatory"], ids[1:], password=PASSWORD,
                               passphrase=PASSPHRASE)
    assert [r.full_no for r in again.signed] == ["JC2021-00002", "JC2021-00003"]  # the number was not burnt


def test_notices_for_failing_and_passing(world: World, tmp_path: Path) -> None:
    failing = _sign(world, world.sample(fail=True))
    passing = _sign(world, world.sample())
    notice = reports.issue_notice(world.ctx, world.actors["signatory"], failing.id, out_dir=tmp_path)
    letter = reports.issue_notice(world.ctx, world.actors["signatory"], passing.id)
    assert notice.kind == "result_notice" and notice.number == "JC2021-00001-GZ"
    assert letter.kind == "cover_letter"
    text = "".join(pdftotext((tmp_path / notice.file_name).read_bytes(), tmp_path).split())
    assert "干燥基灰分Ad" in text and "15日内" in text and "山西省市场监督管理局质量监督处" in text and "回执" in text
    # issuing twice returns the same notice
    assert reports.issue_notice(world.ctx, world.actors["signatory"], failing.id).id == notice.id
    with pytest.raises(PermissionDenied):
        reports.issue_notice(world.ctx, world.actors["tester"], failing.id)


def test_credentials_store_only_the_encrypted_pkcs12(world: World) -> None:
    admin = world.actors["admin"]
    ca = pki.make_ca("CA2", "lab", now=world.ctx.now())
    credentials.import_ca_certificate(world.ctx, admin, ca.pem)
    p12 = pki.issue_signatory(ca, "signatory姓名", "lab", "pw-12345", now=world.ctx.now())
    sid = world.actors["signatory"].user_id
    with pytest.raises(InputError, match="口令错误"):
        credentials.import_pkcs12(world.ctx, admin, sid, p12, "wrong", owner_password=PASSWORD)
    with pytest.raises(InputError, match="不是授权签字人"):
        credentials.import_pkcs12(world.ctx, admin, world.actors["tester"].user_id, p12, "pw-12345",
                                  owner_password=PASSWORD)
    with pytest.raises(PermissionDenied):
        credentials.import_pkcs12(world.ctx, world.actors["signatory"], sid, p12, "pw-12345", owner_password=PASSWORD)
    info = credentials.import_pkcs12(world.ctx, admin, sid, p12, "pw-12345", owner_password=PASSWORD)
    assert "signatory姓名" in info.subject
    with world.ctx.uow() as uow:
        row = uow.session.get(UserCredential, info.id)
        blob = bytes(row.data)
        active = uow.session.scalars(select(UserCredential).where(
            UserCredential.kind == "pkcs12", UserCredential.user_id == world.actors["signatory"].user_id,
            UserCredential.active.is_(True))).all()
    assert blob == p12 and len(active) == 1
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(blob, None)  # useless without the passphrase
    assert b"PRIVATE KEY" not in blob
    with pytest.raises(InputError, match="图片"):
        credentials.import_lab_seal(world.ctx, admin, b"not an image")
    seal = credentials.import_lab_seal(world.ctx, admin, resource("report", "demo-seal.png").read_bytes())
    kinds = {c.kind for c in credentials.list_credentials(world.ctx, admin)}
    assert {"pkcs12", "signature_image", "lab_seal", "ca_cert"} <= kinds and seal.active


KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
from argon2 import PasswordHasher
from labdesk.services import auth, reports
from labdesk.services.database import open_database
auth.set_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
ctx = open_database(sys.argv[1])
actor = auth.login(ctx, "signatory", "test1234")
real = reports.signing.sign_pdf
calls = []
def sign_then_die(*args, **kwargs):
    calls.append(1)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of the second report
    return real(*args, **kwargs)
reports.signing.sign_pdf = sign_then_die
ids = [int(x) for x in sys.argv[3].split(",")]
reports.sign_batch(ctx, actor, ids, password="test1234", passphrase=sys.argv[4], out_dir=Path(sys.argv[2]))
"""


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_killed_process_mid_batch_leaves_whole_reports_only(world: World, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    ids = [world.sample(photos=0) for _ in range(3)]
    out = tmp_path / "out"
    url = world.ctx.engine.url.render_as_string(hide_password=False)
    world.ctx.engine.dispose()
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, url, str(out), ",".join(map(str, ids)), PASSPHRASE],
                          capture_output=True, check=False, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with world.ctx.uow() as uow:
        rows = [(r.sample_id, r.full_no, hashlib.sha256(r.pdf).hexdigest() == r.sha256)
                for r in uow.session.scalars(select(Report))]
        states = [uow.session.get(Sample, i).state for i in ids]
    assert len(rows) == 1 and rows[0][0] == ids[0] and rows[0][2]  # the subprocess runs on the real clock
    assert states == ["reported", "approved", "approved"]
    assert [p.name for p in out.iterdir()] == [f"{rows[0][1]}.pdf"]
