"""Signing credentials: signatories' PKCS#12, signature images, the lab seal, trusted CA certificates.

- A PKCS#12 is stored exactly as imported, still encrypted with its own
  passphrase; LabDesk never stores the passphrase nor the raw key.  Import checks
  the passphrase opens it (and then forgets both).
- Images (signature scans, the 检验检测专用章) are PNG or JPEG.
- CA certificates are the trust roots used when verifying reports.
- ``create_demo_ca`` is for ``labdesk demo``: a throw-away CA that issues each demo
  signatory a certificate and imports it like an admin would.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from labdesk.domain.errors import InputError, NotFound
from labdesk.domain.permissions import Permission, Role
from labdesk.persistence.models import User, UserCredential
from labdesk.persistence.uow import UnitOfWork
from labdesk.reports import pki
from labdesk.reports.test_report import image_size
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

PKCS12 = "pkcs12"
SIGNATURE_IMAGE = "signature_image"
LAB_SEAL = "lab_seal"
CA_CERT = "ca_cert"
KIND_NAMES_ZH = {
    PKCS12: "签名证书（PKCS#12）",
    SIGNATURE_IMAGE: "签名图片",
    LAB_SEAL: "检验检测专用章图片",
    CA_CERT: "受信任的 CA 证书",
}
MAX_IMAGE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class CredentialInfo:
    id: int
    user_id: int
    user_name: str
    kind: str
    kind_zh: str
    sha256: str
    subject: str
    not_after: dt.datetime | None
    active: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class DemoCa:
    ca_pem: bytes
    credentials: tuple[CredentialInfo, ...]


def _info(uow: UnitOfWork, row: UserCredential) -> CredentialInfo:
    user = uow.session.get(User, row.user_id)
    return CredentialInfo(row.id, row.user_id, user.full_name if user else "", row.kind,
                          KIND_NAMES_ZH.get(row.kind, row.kind), row.sha256, row.subject or "", row.not_after,
                          row.active, row.created_at)


def _user(uow: UnitOfWork, user_id: int) -> User:
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotFound(f"用户（编号 {user_id}）不存在。")
    return user


def _retire(uow: UnitOfWork, kind: str, user_id: int | None) -> None:
    query = select(UserCredential).where(UserCredential.kind == kind, UserCredential.active.is_(True))
    if user_id is not None:
        query = query.where(UserCredential.user_id == user_id)
    for row in uow.session.scalars(query):
        row.active = False


def _store(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, *, user_id: int, kind: str, data: bytes,
           subject: str = "", not_after: dt.datetime | None = None, replace: bool = True) -> CredentialInfo:
    if replace:
        _retire(uow, kind, None if kind == LAB_SEAL else user_id)
    row = UserCredential(user_id=user_id, kind=kind, data=data, sha256=hashlib.sha256(data).hexdigest(),
                         subject=subject[:400] or None, not_after=not_after, active=True, created_at=ctx.now(),
                         created_by=actor.user_id)
    uow.session.add(row)
    uow.flush()
    target = uow.session.get(User, user_id)
    audit.record(uow, ctx, actor, f"credential.{kind}.imported", "user_credential", row.id,
                 f"导入{KIND_NAMES_ZH[kind]}" + (f"（{target.full_name}）" if target and kind != LAB_SEAL else ""),
                 details={"user_id": user_id, "sha256": row.sha256, "subject": subject})
    return _info(uow, row)


def _check_image(data: bytes, field: str) -> None:
    if not data:
        raise InputError(field, "文件为空。")
    if len(data) > MAX_IMAGE_BYTES:
        raise InputError(field, "图片过大（不超过 4 MB）。")
    try:
        width, height = image_size(data)
    except ValueError:
        raise InputError(field, "不是可识别的 PNG 或 JPEG 图片。") from None
    if width < 40 or height < 20:
        raise InputError(field, f"图片太小（{width}×{height} 像素）。")


def import_pkcs12(ctx: ServiceContext, actor: Actor, user_id: int, data: bytes, passphrase: str) -> CredentialInfo:
    """Store a signatory's PKCS#12 (still encrypted); the passphrase is only used to check it."""
    try:
        cert = pki.read_pkcs12(data, passphrase)
    except pki.PkiError as error:
        raise InputError("签名证书", str(error)) from None
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        user = _user(uow, user_id)
        roles = {r.role for r in user.roles}
        if Role.SIGNATORY.value not in roles:
            raise InputError("签名证书", f"用户「{user.full_name}」不是授权签字人，不能导入签名证书。")
        if cert.not_after < ctx.now():
            raise InputError("签名证书", f"证书已于 {cert.not_after:%Y-%m-%d} 过期。")
        info = _store(uow, ctx, actor, user_id=user_id, kind=PKCS12, data=data, subject=cert.subject,
                      not_after=cert.not_after)
        uow.commit()
        return info


def import_signature_image(ctx: ServiceContext, actor: Actor, user_id: int, data: bytes) -> CredentialInfo:
    _check_image(data, "签名图片")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        user = _user(uow, user_id)
        info = _store(uow, ctx, actor, user_id=user_id, kind=SIGNATURE_IMAGE, data=data, subject=user.full_name)
        uow.commit()
        return info


def import_lab_seal(ctx: ServiceContext, actor: Actor, data: bytes) -> CredentialInfo:
    """The lab's 检验检测专用章 image (one active at a time, lab-wide)."""
    _check_image(data, "检验检测专用章")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        info = _store(uow, ctx, actor, user_id=actor.user_id, kind=LAB_SEAL, data=data, subject="检验检测专用章")
        uow.commit()
        return info


def import_ca_certificate(ctx: ServiceContext, actor: Actor, data: bytes) -> CredentialInfo:
    """A CA certificate (PEM or DER) trusted when verifying reports."""
    try:
        cert = pki.certificate_info(pki.read_certificate(data))
        pem = pki.certificate_pem(pki.read_certificate(data))
    except pki.PkiError as error:
        raise InputError("CA 证书", str(error)) from None
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        info = _store(uow, ctx, actor, user_id=actor.user_id, kind=CA_CERT, data=pem, subject=cert.subject,
                      not_after=cert.not_after, replace=False)
        uow.commit()
        return info


def list_credentials(ctx: ServiceContext, actor: Actor, *, include_inactive: bool = False) -> list[CredentialInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        query = select(UserCredential).order_by(UserCredential.kind, UserCredential.user_id, UserCredential.id)
        if not include_inactive:
            query = query.where(UserCredential.active.is_(True))
        return [_info(uow, row) for row in uow.session.scalars(query)]


def deactivate(ctx: ServiceContext, actor: Actor, credential_id: int, reason: str) -> None:
    if not reason.strip():
        raise InputError("停用原因", "请填写停用原因。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        row = uow.session.get(UserCredential, credential_id)
        if row is None:
            raise NotFound(f"凭据（编号 {credential_id}）不存在。")
        row.active = False
        audit.record(uow, ctx, actor, "credential.deactivated", "user_credential", row.id,
                     f"停用{KIND_NAMES_ZH.get(row.kind, row.kind)}", reason=reason)
        uow.commit()


# ---------------------------------------------------------------------------------------------
# Reading inside another service's unit of work (no permission: the caller checked its own)


def active_credential(uow: UnitOfWork, user_id: int | None, kind: str) -> UserCredential | None:
    query = select(UserCredential).where(UserCredential.kind == kind, UserCredential.active.is_(True))
    if user_id is not None:
        query = query.where(UserCredential.user_id == user_id)
    return uow.session.scalars(query.order_by(UserCredential.id.desc()).limit(1)).first()


def signature_image(uow: UnitOfWork, user_id: int | None) -> bytes | None:
    if user_id is None:
        return None
    row = active_credential(uow, user_id, SIGNATURE_IMAGE)
    return bytes(row.data) if row is not None else None


def lab_seal(uow: UnitOfWork) -> bytes | None:
    row = active_credential(uow, None, LAB_SEAL)
    return bytes(row.data) if row is not None else None


def trust_roots(uow: UnitOfWork) -> list[bytes]:
    rows = uow.session.scalars(
        select(UserCredential.data).where(UserCredential.kind == CA_CERT, UserCredential.active.is_(True))
    )
    return [bytes(r) for r in rows]


def has_signing_certificate(uow: UnitOfWork, user_id: int) -> bool:
    return active_credential(uow, user_id, PKCS12) is not None


# ---------------------------------------------------------------------------------------------
# The demo CA


def create_demo_ca(ctx: ServiceContext, actor: Actor, passphrases: dict[int, str], *,
                   organisation: str = "") -> DemoCa:
    """Make a demo CA, issue each user in ``passphrases`` a certificate and import it (admin only).

    The CA's private key lives only in memory during this call; the CA certificate
    is stored as a trust root and returned (``labdesk demo`` writes it to demo-ca.pem).
    """
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        from labdesk.services.settings import get_value

        organisation = organisation or str(get_value(uow, "lab.name"))
        names = {uid: _user(uow, uid).full_name for uid in passphrases}
    now = ctx.now()
    ca = pki.make_ca("LabDesk 演示 CA（仅供演示）", organisation, now=now)
    infos = [import_ca_certificate(ctx, actor, ca.pem)]
    for user_id, passphrase in passphrases.items():
        p12 = pki.issue_signatory(ca, names[user_id], organisation, passphrase, now=now)
        infos.append(import_pkcs12(ctx, actor, user_id, p12, passphrase))
    return DemoCa(ca.pem, tuple(infos))


def credential_image(ctx: ServiceContext, actor: Actor, credential_id: int) -> bytes:
    """A stored signature or seal image, for the admin's preview (never a PKCS#12)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        row = uow.session.get(UserCredential, credential_id)
        if row is None or row.kind not in (SIGNATURE_IMAGE, LAB_SEAL):
            raise NotFound(f"图片（编号 {credential_id}）不存在。")
        return bytes(row.data)
