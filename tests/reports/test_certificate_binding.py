"""Issue 10 item 2: a signing certificate is bound to its owner; nobody changes their own roles."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from labdesk.domain.errors import AuthenticationError, InputError, RuleViolation, StateError
from labdesk.domain.permissions import Role
from labdesk.reports import pki
from labdesk.services import audit, auth, credentials, reports, users
from tests.reports.conftest import PASSWORD, World

PW = "pw-12345"


@pytest.fixture
def ca(world: World) -> pki.CertificateAuthority:
    authority = pki.make_ca("受信任 CA", "lab", now=world.ctx.now())
    credentials.import_ca_certificate(world.ctx, world.actors["admin"], authority.pem)
    return authority


def _import(world: World, p12: bytes, *, user: str = "signatory", owner_password: str = PASSWORD) -> object:
    return credentials.import_pkcs12(world.ctx, world.actors["admin"], world.actors[user].user_id, p12, PW,
                                     owner_password=owner_password)


def _self_signed(name: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime(2021, 7, 1, tzinfo=dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return pkcs12.serialize_key_and_certificates(b"x", key, cert, None,
                                                 serialization.BestAvailableEncryption(PW.encode()))


def test_nobody_changes_their_own_roles_and_every_change_is_listed(world: World) -> None:
    admin = world.actors["admin"]
    with pytest.raises(RuleViolation, match="不能修改自己账户的角色"):
        users.set_roles(world.ctx, admin, admin.user_id, [Role.ADMIN, Role.SIGNATORY])
    users.set_roles(world.ctx, admin, world.actors["tester"].user_id, [Role.TESTER, Role.REVIEWER])
    changes = users.role_changes(world.ctx, admin)
    latest = changes[0]
    assert latest.user == "tester姓名" and latest.by == "admin"
    assert latest.before == ("检验员",) and latest.after == ("检验员", "审核员")
    assert any(c.user == "signatory姓名" and c.before == () and c.after == ("授权签字人",) for c in changes)


def test_subject_must_name_the_owner(world: World, ca: pki.CertificateAuthority) -> None:
    other = pki.issue_signatory(ca, "陈刚", "lab", PW, now=world.ctx.now())
    with pytest.raises(InputError, match="与用户登记的姓名「signatory姓名」不符"):
        _import(world, other)
    mine = pki.issue_signatory(ca, "signatory姓名", "lab", PW, now=world.ctx.now())
    users.set_identity(world.ctx, world.actors["admin"], world.actors["signatory"].user_id, "s-0042")
    with pytest.raises(InputError, match="身份证号/工号"):
        _import(world, mine)
    with_id = pki.issue_signatory(ca, "signatory姓名", "lab", PW, now=world.ctx.now(), serial_number="S-0042")
    assert "signatory姓名" in _import(world, with_id).subject  # type: ignore[attr-defined]
    confirmed = [e for e in audit.recent(world.ctx, world.actors["admin"])
                 if e.action == "credential.pkcs12.owner_confirmed"]
    leaf, _ = pki.load_pkcs12(with_id, PW)
    assert "本人" in confirmed[0].summary  # newest first; the fixture's own import is older
    assert confirmed[0].details["certificate_sha256"] == pki.certificate_info(leaf).sha256


def test_owner_password_is_required_and_counts_towards_the_lockout(world: World, ca: pki.CertificateAuthority) -> None:
    p12 = pki.issue_signatory(ca, "signatory姓名", "lab", PW, now=world.ctx.now())
    with pytest.raises(AuthenticationError, match="本人"):
        _import(world, p12, owner_password="")
    admin_password = PASSWORD  # what the admin knows; the owner's password is changed below
    users.reset_password(world.ctx, world.actors["admin"], world.actors["signatory"].user_id, "owner-pass-9")
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            _import(world, p12, owner_password=admin_password)
    with pytest.raises(AuthenticationError, match="锁定"):
        auth.login(world.ctx, "signatory", "owner-pass-9")
    with pytest.raises(AuthenticationError, match="锁定"):
        _import(world, p12, owner_password="owner-pass-9")


@pytest.mark.parametrize("case", ["untrusted", "self_signed", "expired", "not_yet", "no_signing_usage"])
def test_certificate_must_chain_be_valid_and_allow_signing(world: World, ca: pki.CertificateAuthority,
                                                           case: str) -> None:
    now = world.ctx.now()
    name = "signatory姓名"
    if case == "untrusted":
        p12 = pki.issue_signatory(pki.make_ca("陌生 CA", "x", now=now), name, "lab", PW, now=now)
        expect = "不是由实验室信任的 CA 签发"
    elif case == "self_signed":
        p12, expect = _self_signed(name), "自签名"
    elif case == "expired":
        p12 = pki.issue_signatory(ca, name, "lab", PW, now=now - dt.timedelta(days=800), years=2)
        expect = "过期"
    elif case == "not_yet":
        p12, expect = pki.issue_signatory(ca, name, "lab", PW, now=now + dt.timedelta(days=30)), "尚未生效"
    else:
        p12, expect = pki.issue_signatory(ca, name, "lab", PW, now=now, key_usage=False), "数字签名"
    with pytest.raises(InputError, match=expect):
        _import(world, p12)


def test_ca_import_refuses_a_personal_certificate(world: World, ca: pki.CertificateAuthority) -> None:
    p12 = pki.issue_signatory(ca, "signatory姓名", "lab", PW, now=world.ctx.now())
    leaf, _ = pki.load_pkcs12(p12, PW)
    with pytest.raises(InputError, match="不是 CA 证书"):
        credentials.import_ca_certificate(world.ctx, world.actors["admin"], pki.certificate_pem(leaf))
    with pytest.raises(InputError, match="已在受信任列表"):
        credentials.import_ca_certificate(world.ctx, world.actors["admin"], ca.pem)
    assert any("受信任 CA" in c.subject for c in credentials.trusted_cas(world.ctx, world.actors["admin"]))


def test_signing_refuses_a_certificate_that_no_longer_matches_the_signer(world: World) -> None:
    sid = world.sample()
    users.set_identity(world.ctx, world.actors["admin"], world.actors["signatory"].user_id, "S-9999")
    with pytest.raises(StateError, match="身份证号/工号"):
        reports.sign_report(world.ctx, world.actors["signatory"], sid, password=PASSWORD, passphrase="cert-pass-1")
    users.set_identity(world.ctx, world.actors["admin"], world.actors["signatory"].user_id, "")
    info = reports.sign_report(world.ctx, world.actors["signatory"], sid, password=PASSWORD,
                               passphrase="cert-pass-1")
    assert info.full_no


def test_admin_cannot_bind_another_signatorys_certificate_to_themself(world: World,
                                                                      ca: pki.CertificateAuthority) -> None:
    """The attack of issue 10: admin → (not) signatory role, another signatory's PKCS#12 on their account."""
    admin = world.actors["admin"]
    with pytest.raises(RuleViolation):
        users.set_roles(world.ctx, admin, admin.user_id, [Role.ADMIN, Role.SIGNATORY])
    users.create_user(world.ctx, admin, username="helper", full_name="helper姓名", password=PASSWORD,
                      roles=[Role.SIGNATORY])
    theirs = pki.issue_signatory(ca, "signatory姓名", "lab", PW, now=world.ctx.now())
    with pytest.raises(InputError, match="不是授权签字人"):
        credentials.import_pkcs12(world.ctx, admin, admin.user_id, theirs, PW,
                                  owner_password=PASSWORD)
    _import(world, theirs)
    helper = next(u for u in users.list_users(world.ctx, admin) if u.username == "helper")
    with pytest.raises(InputError, match="不符"):
        credentials.import_pkcs12(world.ctx, admin, helper.id, theirs, PW, owner_password=PASSWORD)
