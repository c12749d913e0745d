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

from cryptography import x509
from sqlalchemy import select

from labdesk.domain.errors import AuthenticationError, InputError, NotFound, StateError
from labdesk.domain.permissions import Permission, Role
from labdesk.persistence.models import User, UserCredential
from labdesk.persistence.uow import UnitOfWork
from labdesk.reports import pki
from labdesk.reports.inspection_report import image_size
from labdesk.services import audit
from labdesk.services.auth import authorize, verify_user_password
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


def _roots(uow: UnitOfWork) -> list[x509.Certificate]:
    roots = []
    for data in trust_roots(uow):
        try:
            roots.append(pki.read_certificate(data))
        except pki.PkiError:
            continue
    return roots


def _normal_name(name: str) -> str:
    return "".join(name.split()).casefold()


def check_certificate_owner(uow: UnitOfWork, user: User, cert: x509.Certificate,
                            extra: list[x509.Certificate], now: dt.datetime) -> None:
    """Refuse (InputError) unless ``cert`` belongs to ``user`` and may sign at ``now``.

    Bound to its owner: the subject's common name is the user's registered real name and,
    when the user has an ID/staff number, the subject's serialNumber (or UID) carries it.
    Then it must chain to a CA the lab trusts, be valid now and allow signing.
    """
    common_name = pki.subject_common_name(cert)
    if _normal_name(common_name) != _normal_name(user.full_name):
        raise InputError("签名证书", f"证书持有人「{common_name or '（无）'}」与用户登记的姓名「{user.full_name}」不符，"
                                   "证书只能绑定给其本人。")
    if user.id_number and user.id_number.upper() not in pki.subject_id_numbers(cert):
        raise InputError("签名证书", f"证书主题中没有用户「{user.full_name}」登记的身份证号/工号，证书只能绑定给其本人。")
    try:
        pki.check_signing_certificate(cert, extra, _roots(uow), now)
    except pki.PkiError as error:
        raise InputError("签名证书", str(error)) from None


def import_pkcs12(ctx: ServiceContext, actor: Actor, user_id: int, data: bytes, passphrase: str, *,
                  owner_password: str) -> CredentialInfo:
    """Store a signatory's PKCS#12 (still encrypted); the passphrase is only used to check it.

    ``owner_password`` is the certificate owner's own login password, typed by the owner at
    this bench: an administrator cannot bind a certificate to an account alone.  A wrong
    password counts towards the owner's lockout.
    """
    try:
        cert, extra = pki.load_pkcs12(data, passphrase)
    except pki.PkiError as error:
        raise InputError("签名证书", str(error)) from None
    info_cert = pki.certificate_info(cert)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        user = _user(uow, user_id)
        roles = {r.role for r in user.roles}
        if Role.SIGNATORY.value not in roles:
            raise InputError("签名证书", f"用户「{user.full_name}」不是授权签字人，不能导入签名证书。")
        check_certificate_owner(uow, user, cert, extra, ctx.now())
        digest = hashlib.sha256(data).hexdigest()
        other = uow.session.scalar(select(UserCredential.user_id).where(
            UserCredential.kind == PKCS12, UserCredential.active.is_(True), UserCredential.sha256 == digest,
            UserCredential.user_id != user_id))
        if other is not None:
            raise InputError("签名证书", "该证书已绑定给另一个账户。")
        name = user.full_name
    if not owner_password:
        raise AuthenticationError(f"请由证书持有人「{name}」本人在此输入其登录密码。")
    verify_user_password(ctx, user_id, owner_password, who=f"证书持有人「{name}」的")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        info = _store(uow, ctx, actor, user_id=user_id, kind=PKCS12, data=data, subject=info_cert.subject,
                      not_after=info_cert.not_after)
        audit.record(uow, ctx, actor, "credential.pkcs12.owner_confirmed", "user_credential", info.id,
                     f"证书持有人「{name}」本人在工作站 {ctx.workstation} 输入密码确认绑定",
                     details={"user_id": user_id, "issuer": info_cert.issuer, "serial": str(info_cert.serial),
                              "certificate_sha256": info_cert.sha256})
        uow.commit()
        return info


def open_signing_key(uow: UnitOfWork, ctx: ServiceContext, user: User, data: bytes, passphrase: str) -> None:
    """Before signing: the stored certificate must still belong to ``user`` and be usable now."""
    try:
        cert, extra = pki.load_pkcs12(data, passphrase)
    except pki.PkiError:
        raise AuthenticationError("证书口令错误，无法打开您的签名证书。") from None
    try:
        check_certificate_owner(uow, user, cert, extra, ctx.now())
    except InputError as error:
        raise StateError(f"不能用此签名证书签发：{error.detail}") from None


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
    """A CA certificate (PEM or DER) the lab trusts: signing certificates must chain to one."""
    try:
        parsed = pki.read_certificate(data)
        pki.check_ca_certificate(parsed, ctx.now())
        cert = pki.certificate_info(parsed)
        pem = pki.certificate_pem(parsed)
    except pki.PkiError as error:
        raise InputError("CA 证书", str(error)) from None
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        digest = hashlib.sha256(pem).hexdigest()
        if uow.session.scalar(select(UserCredential.id).where(
                UserCredential.kind == CA_CERT, UserCredential.active.is_(True), UserCredential.sha256 == digest)):
            raise InputError("CA 证书", "该 CA 证书已在受信任列表中。")
        info = _store(uow, ctx, actor, user_id=actor.user_id, kind=CA_CERT, data=pem, subject=cert.subject,
                      not_after=cert.not_after, replace=False)
        uow.commit()
        return info


def trusted_cas(ctx: ServiceContext, actor: Actor) -> list[CredentialInfo]:
    """The CA certificates the lab trusts (active), for the admin page."""
    return [c for c in list_credentials(ctx, actor) if c.kind == CA_CERT]


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
                   organisation: str = "", owner_passwords: dict[int, str] | None = None) -> DemoCa:
    """Make a demo CA, issue each user in ``passphrases`` a certificate and import it (admin only).

    The CA is registered as trusted; each certificate carries its owner's registered name and
    ID/staff number, and its import is confirmed with the owner's login password
    (``owner_passwords``, by default the same as the certificate passphrase).

    The CA's private key lives only in memory during this call; the CA certificate
    is stored as a trust root and returned (``labdesk demo`` writes it to demo-ca.pem).
    """
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        from labdesk.services.settings import get_value

        organisation = organisation or str(get_value(uow, "lab.name"))
        names = {uid: (_user(uow, uid).full_name, _user(uow, uid).id_number or "") for uid in passphrases}
    now = ctx.now()
    ca = pki.make_ca("LabDesk 演示 CA（仅供演示）", organisation, now=now)
    infos = [import_ca_certificate(ctx, actor, ca.pem)]
    for user_id, passphrase in passphrases.items():
        name, id_number = names[user_id]
        p12 = pki.issue_signatory(ca, name, organisation, passphrase, now=now, serial_number=id_number)
        owner = (owner_passwords or {}).get(user_id, passphrase)
        infos.append(import_pkcs12(ctx, actor, user_id, p12, passphrase, owner_password=owner))
    return DemoCa(ca.pem, tuple(infos))


def credential_image(ctx: ServiceContext, actor: Actor, credential_id: int) -> bytes:
    """A stored signature or seal image, for the admin's preview (never a PKCS#12)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_CREDENTIALS)
        row = uow.session.get(UserCredential, credential_id)
        if row is None or row.kind not in (SIGNATURE_IMAGE, LAB_SEAL):
            raise NotFound(f"图片（编号 {credential_id}）不存在。")
        return bytes(row.data)
