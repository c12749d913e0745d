"""PAdES signatures with pyHanko: sign PDF bytes with a PKCS#12, and verify a signed PDF.

The signature is invisible (no pyHanko stamp): the visible signature and seal
images are drawn by reportlab in the report itself, and an invisible field keeps
signing at ~0.1 s instead of ~0.5 s for a CJK text stamp.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pyhanko.keys import load_cert_from_pemder  # noqa: F401  (re-exported for callers' convenience)
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from labdesk.reports.pki import PkiError, certificate_info, read_certificate

FIELD_NAME = "LabDeskSignature"
SIGNATURE_BYTES = 16384  # room for the CMS container (RSA-2048/EC chain: ~3 KB); skips size estimation


class SigningError(ValueError):
    """Signing failed (bad PKCS#12 passphrase, unreadable PDF); message in Chinese."""


class _TimedSigner(signers.PdfSigner):
    """A PdfSigner whose signing time is given (the service's clock), not the wall clock."""

    def __init__(self, *args: Any, signing_time: dt.datetime | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
        session = super().init_signing_session(*args, **kwargs)
        if self._signing_time is not None:
            session.system_time = self._signing_time
        return session


def load_signer(p12: bytes, passphrase: str) -> signers.SimpleSigner:
    """Open the PKCS#12 (in memory only); raises SigningError on a wrong passphrase."""
    if not passphrase:
        raise SigningError("请输入证书口令。")
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(p12, other_certs=(),
                                                       passphrase=passphrase.encode("utf-8"))
    except ValueError:
        signer = None
    if signer is None:
        raise SigningError("证书口令错误，或证书文件已损坏。")
    return signer


def sign_pdf(
    pdf: bytes,
    p12: bytes | signers.SimpleSigner,
    passphrase: str = "",
    *,
    reason: str = "检验报告签发",
    location: str = "",
    signing_time: dt.datetime | None = None,
    field_name: str = FIELD_NAME,
) -> bytes:
    """Return ``pdf`` with an invisible PAdES-B-B signature covering the whole file."""
    signer = p12 if isinstance(p12, signers.SimpleSigner) else load_signer(p12, passphrase)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except Exception as error:  # pyHanko raises several kinds for a broken PDF
        raise SigningError(f"无法读取待签名的 PDF：{error}") from error
    fields.append_signature_field(writer, fields.SigFieldSpec(field_name, box=None))
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location or None,
    )
    output = io.BytesIO()
    _TimedSigner(meta, signer, signing_time=signing_time).sign_pdf(writer, output=output,
                                                                    bytes_reserved=SIGNATURE_BYTES)
    return output.getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    """What a signed PDF says about its (last) signature."""

    signed: bool
    intact: bool  # the signed bytes hash to the signed digest
    valid: bool  # the cryptographic signature checks out
    trusted: bool  # the chain leads to one of the given trust roots
    covers_whole_file: bool  # nothing was appended after signing
    signer: str  # common name of the signing certificate
    signer_subject: str
    signing_time: dt.datetime | None
    problem: str  # empty when intact, valid and covering the whole file

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.valid and self.covers_whole_file


@contextmanager
def _quiet_validation() -> Iterator[None]:
    """pyHanko logs a traceback when the chain is untrusted; that is a result, not an error."""
    names = ("pyhanko", "pyhanko_certvalidator", "pyhanko.sign.validation")
    loggers = [logging.getLogger(n) for n in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def verify_pdf(pdf: bytes, trust_roots: Iterable[bytes] = ()) -> SignatureCheck:
    """Check the PDF's last signature; ``trust_roots`` are PEM/DER CA certificates."""
    unsigned = SignatureCheck(False, False, False, False, False, "", "", None, "文件没有数字签名。")
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as error:
        return SignatureCheck(False, False, False, False, False, "", "", None,
                              f"文件不是可读的 PDF 或已损坏：{type(error).__name__}")
    if not signatures:
        return unsigned
    embedded = signatures[-1]
    roots = []
    for root in trust_roots:
        try:
            roots.append(read_certificate(root))
        except PkiError:
            continue
    from asn1crypto import x509 as asn1_x509

    context = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(c.public_bytes(_der())) for c in roots],
        allow_fetching=False,
    )
    try:
        with _quiet_validation():
            status = validate_pdf_signature(embedded, context)
    except Exception as error:
        return SignatureCheck(True, False, False, False, False, "", "", None,
                              f"签名无法校验（文件可能已被修改）：{type(error).__name__}")
    cert = status.signing_cert
    from cryptography import x509 as c_x509

    info = certificate_info(c_x509.load_der_x509_certificate(cert.dump())) if cert is not None else None
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    problem = ""
    if not status.intact:
        problem = "签名校验失败：签名后文件内容被修改。"
    elif not status.valid:
        problem = "签名无效：签名值与证书不符。"
    elif not whole:
        problem = "签名之后文件又被追加或修改（签名未覆盖整个文件）。"
    signing_time = status.signer_reported_dt
    return SignatureCheck(
        signed=True,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=whole,
        signer=info.common_name if info else "",
        signer_subject=info.subject if info else "",
        signing_time=signing_time,
        problem=problem,
    )


def _der() -> Any:
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.DER
