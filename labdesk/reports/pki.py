"""A small certificate authority for demos and tests: CA and signatory certificates as PKCS#12.

Production labs import the PKCS#12 their CA issued; LabDesk only stores it still
encrypted with its own passphrase.  The demo makes its own CA with these helpers
(``labdesk demo`` writes the CA certificate to ``DIR/demo-ca.pem`` so a viewer or
``pdfsig`` can be told to trust it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


class PkiError(ValueError):
    """A PKCS#12 or certificate could not be read (message in Chinese)."""


@dataclass(frozen=True)
class CertificateAuthority:
    """A CA certificate with its key (kept in memory only, never stored by LabDesk)."""

    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class CertificateInfo:
    subject: str  # RFC 4514 string, e.g. "CN=陈刚,O=..."
    common_name: str
    issuer: str
    serial: int
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str  # fingerprint of the DER certificate


def _name(common_name: str, organisation: str, unit: str = "", serial_number: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "CN")]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    if serial_number:
        parts.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial_number))
    return x509.Name(parts)


def make_ca(common_name: str, organisation: str, *, now: dt.datetime, years: int = 20) -> CertificateAuthority:
    """A self-signed EC P-256 root CA valid from a day before ``now``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name, organisation)
    start = now - dt.timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return CertificateAuthority(cert, key)


def issue_signatory(
    ca: CertificateAuthority,
    common_name: str,
    organisation: str,
    passphrase: str,
    *,
    now: dt.datetime,
    years: int = 10,
    email: str = "",
    serial_number: str = "",
    key_usage: bool = True,
) -> bytes:
    """An RSA-2048 document-signing certificate for a person, as PKCS#12 encrypted with ``passphrase``."""
    if not passphrase:
        raise PkiError("证书口令不能为空。")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start = now - dt.timedelta(days=1)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organisation, "授权签字人", serial_number))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=key_usage, content_commitment=key_usage, key_encipherment=not key_usage,
                data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
        )
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    cert = builder.sign(ca.key, hashes.SHA256())
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(50000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(
        common_name.encode("utf-8"), key, cert, [ca.certificate], encryption
    )


def certificate_info(cert: x509.Certificate) -> CertificateInfo:
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        common_name=str(cns[0].value) if cns else "",
        issuer=cert.issuer.rfc4514_string(),
        serial=cert.serial_number,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=cert.fingerprint(hashes.SHA256()).hex(),
    )


def read_pkcs12(data: bytes, passphrase: str) -> CertificateInfo:
    """Open a PKCS#12 to check it (passphrase right, holds a key and its certificate)."""
    if not passphrase:
        raise PkiError("证书口令不能为空：LabDesk 只接受有口令保护的 PKCS#12 文件。")
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError:
        raise PkiError("无法打开 PKCS#12 文件：口令错误或文件已损坏。") from None
    if key is None or cert is None:
        raise PkiError("PKCS#12 文件中缺少私钥或证书。")
    return certificate_info(cert)


def read_certificate(data: bytes) -> x509.Certificate:
    """A certificate from PEM or DER bytes."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise PkiError("无法读取证书文件（应为 PEM 或 DER 格式）。") from None


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_pkcs12(data: bytes, passphrase: str) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The signing certificate and the extra (chain) certificates of a PKCS#12."""
    if not passphrase:
        raise PkiError("证书口令不能为空：LabDesk 只接受有口令保护的 PKCS#12 文件。")
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError:
        raise PkiError("无法打开 PKCS#12 文件：口令错误或文件已损坏。") from None
    if key is None or cert is None:
        raise PkiError("PKCS#12 文件中缺少私钥或证书。")
    return cert, list(extra)


def subject_values(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(a.value).strip() for a in cert.subject.get_attributes_for_oid(oid)]


def subject_common_name(cert: x509.Certificate) -> str:
    names = subject_values(cert, NameOID.COMMON_NAME)
    return names[0] if names else ""


def subject_id_numbers(cert: x509.Certificate) -> set[str]:
    """ID/staff numbers a certificate's subject carries (serialNumber and UID attributes)."""
    return {v.upper() for oid in (NameOID.SERIAL_NUMBER, NameOID.USER_ID) for v in subject_values(cert, oid) if v}


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _within(cert: x509.Certificate, now: dt.datetime, what: str) -> None:
    if cert.not_valid_before_utc > now:
        raise PkiError(f"{what}尚未生效（生效日期 {cert.not_valid_before_utc:%Y-%m-%d}）。")
    if cert.not_valid_after_utc < now:
        raise PkiError(f"{what}已于 {cert.not_valid_after_utc:%Y-%m-%d} 过期。")


def check_ca_certificate(cert: x509.Certificate, now: dt.datetime) -> None:
    """A certificate the lab may trust as a CA: a CA certificate (basicConstraints CA) within validity."""
    if not _is_ca(cert):
        raise PkiError("该证书不是 CA 证书（缺少 basicConstraints CA 标志），不能作为受信任的 CA。")
    _within(cert, now, "CA 证书")


def check_signing_certificate(cert: x509.Certificate, extra: list[x509.Certificate], roots: list[x509.Certificate],
                              now: dt.datetime) -> None:
    """Refuse unless ``cert`` may sign reports at ``now``.

    It must be an end-entity certificate within validity, allow digitalSignature or
    nonRepudiation, not be self-signed, and chain (through CA certificates in ``extra``,
    each within validity) to one of ``roots``, the CA certificates the lab trusts.
    """
    if cert.issuer == cert.subject and _issued_by(cert, cert):
        raise PkiError("这是自签名证书，不能用于签发报告：请使用实验室信任的 CA 签发的证书。")
    if _is_ca(cert):
        raise PkiError("这是 CA 证书，不是个人签名证书。")
    _within(cert, now, "签名证书")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise PkiError("证书没有密钥用途（keyUsage）扩展，不能确认其可用于签名。") from None
    if not (usage.digital_signature or usage.content_commitment):
        raise PkiError("证书的密钥用途不包括数字签名（digitalSignature）或不可否认（nonRepudiation）。")
    if not roots:
        raise PkiError("实验室尚未导入受信任的 CA 证书：请系统管理员先导入 CA 证书。")
    current = cert
    for _depth in range(6):
        for root in roots:
            if current.issuer == root.subject and _issued_by(current, root):
                _within(root, now, "CA 证书")
                return
        parent = next((c for c in extra if c is not current and _is_ca(c) and current.issuer == c.subject
                       and _issued_by(current, c)), None)
        if parent is None or parent.issuer == parent.subject:
            break
        _within(parent, now, "中间 CA 证书")
        current = parent
    raise PkiError(f"证书不是由实验室信任的 CA 签发的（颁发者：{cert.issuer.rfc4514_string()}）。")
