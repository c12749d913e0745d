"""PAdES signing and verification with a demo CA, checked by pyHanko and poppler's pdfsig."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from labdesk.reports import pki, signing
from labdesk.reports.inspection_report import render_report
from tests.reports.pdftools import need, pdfsig
from tests.reports.sample_data import report_data

NOW = dt.datetime(2021, 8, 20, 2, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def ca() -> pki.CertificateAuthority:
    return pki.make_ca("测试 CA", "测试实验室", now=NOW)


@pytest.fixture(scope="module")
def p12(ca: pki.CertificateAuthority) -> bytes:
    return pki.issue_signatory(ca, "陈刚", "测试实验室", "s3cret-pass", now=NOW)


@pytest.fixture(scope="module")
def signed(p12: bytes) -> bytes:
    return signing.sign_pdf(render_report(report_data(photos=1)), p12, "s3cret-pass", signing_time=NOW)


def test_pkcs12_needs_its_passphrase(p12: bytes) -> None:
    info = pki.read_pkcs12(p12, "s3cret-pass")
    assert info.common_name == "陈刚"
    assert info.not_before < NOW < info.not_after
    with pytest.raises(pki.PkiError, match="口令错误"):
        pki.read_pkcs12(p12, "wrong")
    with pytest.raises(pki.PkiError, match="口令"):
        pki.read_pkcs12(p12, "")


def test_signature_is_intact_trusted_and_covers_the_file(signed: bytes, ca: pki.CertificateAuthority) -> None:
    check = signing.verify_pdf(signed, [ca.pem])
    assert check.ok and check.trusted
    assert check.signer == "陈刚"
    assert check.signing_time == NOW
    assert not signing.verify_pdf(signed).trusted  # without the CA: intact but untrusted
    assert signing.verify_pdf(signed).ok


def test_one_changed_byte_breaks_the_signature(signed: bytes, ca: pki.CertificateAuthority) -> None:
    changed = bytearray(signed)
    changed[len(changed) // 3] ^= 0x01
    check = signing.verify_pdf(bytes(changed), [ca.pem])
    assert not check.ok
    assert check.problem


def test_appending_after_signing_is_detected(signed: bytes, ca: pki.CertificateAuthority) -> None:
    check = signing.verify_pdf(signed + b"\n% appended\n", [ca.pem])
    assert not check.ok


def test_unsigned_pdf() -> None:
    check = signing.verify_pdf(render_report(report_data(photos=0)))
    assert not check.signed and not check.ok


def test_wrong_passphrase_refuses_to_sign(p12: bytes) -> None:
    with pytest.raises(signing.SigningError):
        signing.load_signer(p12, "nope")


def test_pdfsig_says_valid_and_trusted_with_nss_db(signed: bytes, ca: pki.CertificateAuthority,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    out = pdfsig(path)
    assert "Signature is Valid" in out
    assert "Total document signed" in out


def test_pdfsig_trusts_our_ca_from_an_nss_db(signed: bytes, ca: pki.CertificateAuthority, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    certutil = need("certutil")
    db = tmp_path / "nss"
    db.mkdir()
    (tmp_path / "ca.pem").write_bytes(ca.pem)
    subprocess.run([certutil, "-N", "-d", f"sql:{db}", "--empty-password"], check=True, capture_output=True)
    subprocess.run([certutil, "-A", "-d", f"sql:{db}", "-n", "labdesk-ca", "-t", "CT,C,C", "-i",
                    str(tmp_path / "ca.pem")], check=True, capture_output=True)
    trusted = pdfsig(path, "-nssdir", f"sql:{db}")
    assert "Signature is Valid" in trusted
    assert "Certificate is Trusted" in trusted
