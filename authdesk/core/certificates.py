"""The installation's own certificate authority, and the certificates it issues (shared mode).

Workstations talk to the AuthDesk server over HTTPS with a client certificate each; the server
accepts only certificates this CA issued, listed in ``issued_certificate`` and not revoked, and
takes the workstation's name from the certificate, never from what the client says.

- The CA key (ECDSA P-256) lives in the keyring of the machine that runs ``authdesk-admin``,
  beside the data and signing keys (``<installation id>:ca-key``), never in a file or the
  database. The CA certificate (public) is kept in the database's ``meta`` table.
- ``enroll`` makes a workstation's key and certificate. The key leaves as encrypted PKCS#8
  (``BestAvailableEncryption``) under a random passphrase that is shown once; the workstation
  keeps the passphrase in its OS keyring (docs/deployment.md), never in its configuration.
- ``server_certificate`` makes a server's TLS key and certificate (the key file is written
  readable by its owner only; the server host protects it like any TLS key).
- ``revoke`` marks every live certificate of a name revoked; the server refuses it from the
  next request (it caches the answer for a few seconds at most).

Every issue and revocation is an administrator's act, audited in its transaction.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import keyring.errors
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.clock import as_utc
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.kernel import Kernel
from authdesk.core.keys import SERVICE, KeyringUnavailable, usable_backend
from authdesk.core.roles import Operation
from authdesk.storage.models import IssuedCertificate, Meta

CA_CERT_META = "ca_certificate"
KIND_WORKSTATION = "workstation"
KIND_SERVER = "server"
CA_YEARS = 10
WORKSTATION_DAYS = 825  # the longest life browsers accept for a TLS certificate
SERVER_DAYS = 825
PASSPHRASE_BYTES = 18  # 24 characters of URL-safe base64, 144 bits
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class CaMissing(AuthDeskError):
    template = (
        "This installation has no certificate authority yet. An administrator creates it with "
        "'authdesk-admin ca init'."
    )


class CaExists(AuthDeskError):
    template = "This installation has a certificate authority already (since {since})."


class CaKeyMissing(AuthDeskError):
    template = (
        "The certificate authority's key is not in this machine's credential store; issue "
        "certificates on the machine where 'authdesk-admin ca init' was run."
    )


class WorkstationEnrolled(AuthDeskError):
    template = (
        "Workstation {name} has a valid certificate already (serial {serial}). Revoke it first "
        "('authdesk-admin workstation revoke {name}'), then enrol it again."
    )


class NothingToRevoke(AuthDeskError):
    template = "No valid {kind} certificate named {name} was found; nothing was revoked."


@dataclass(frozen=True)
class Issued:
    """A new certificate with its key: what the administrator hands over once."""

    kind: str
    name: str
    serial: str
    certificate_pem: bytes
    key_pem: bytes  # encrypted PKCS#8 for a workstation; plain PKCS#8 for a server
    passphrase: str | None  # the workstation key's passphrase, shown once
    ca_pem: bytes
    not_after: datetime


@dataclass(frozen=True)
class CertificateInfo:
    kind: str
    name: str
    serial: str
    fingerprint: str
    issued_at: datetime
    not_after: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class CertificateStatus:
    """What the server needs to know about a client certificate, read from the table."""

    known: bool
    kind: str | None
    name: str | None
    revoked: bool


def valid_name(name: str) -> bool:
    """Workstation and server names: letters, digits, '.', '_' and '-', 1 to 64 characters."""
    return bool(_NAME.fullmatch(name))


def serial_hex(serial: int) -> str:
    return format(serial, "x")


def fingerprint_of(certificate: x509.Certificate) -> str:
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def certificate_status(s: Session, serial: str) -> CertificateStatus:
    row = s.scalar(select(IssuedCertificate).where(IssuedCertificate.serial == serial))
    if row is None:
        return CertificateStatus(False, None, None, True)
    return CertificateStatus(True, row.kind, row.name, row.revoked_at is not None)


def ca_certificate_pem(s: Session) -> bytes | None:
    row = s.get(Meta, CA_CERT_META)
    return row.value.encode("ascii") if row is not None else None


class CertificateService:
    """The CA: created once, then it issues and revokes certificates (administrators only)."""

    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    # -- the CA ---------------------------------------------------------------------------------

    def create_ca(self, handle: Principal) -> bytes:
        """Make the CA key (into the keyring) and its self-signed certificate (into the
        database). Refused if the installation has one. Returns the certificate (PEM)."""
        kernel = self.kernel
        backend = usable_backend(kernel.keys.backend)
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.MANAGE_WORKSTATIONS)
            existing = ca_certificate_pem(s)
            if existing is not None:
                cert = x509.load_pem_x509_certificate(existing)
                raise CaExists(since=f"{cert.not_valid_before_utc:%Y-%m-%d}")
            now = kernel.now()
            key = ec.generate_private_key(ec.SECP256R1())
            subject = x509.Name([
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "AuthDesk"),
                x509.NameAttribute(NameOID.COMMON_NAME,
                                   f"AuthDesk CA {kernel.installation_id[:8]}"),
            ])
            cert = (
                x509.CertificateBuilder()
                .subject_name(subject).issuer_name(subject)
                .public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(minutes=5))
                .not_valid_after(now + timedelta(days=365 * CA_YEARS))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(x509.KeyUsage(
                    digital_signature=False, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True,
                    crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                               critical=False)
                .sign(key, hashes.SHA256())
            )
            pem = cert.public_bytes(serialization.Encoding.PEM)
            s.add(Meta(key=CA_CERT_META, value=pem.decode("ascii")))
            kernel.record(s, actor, Action.CA_CREATED, subject="ca",
                          details={"fingerprint": fingerprint_of(cert),
                                   "not_after": f"{cert.not_valid_after_utc:%Y-%m-%d}"})
            kernel.checkpoint_at_commit(s, actor, Action.CA_CREATED)
            # The key goes into the keyring before the commit: a CA certificate in the
            # database without its key in the keyring could never issue anything.
            raw = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            try:
                backend.set_password(SERVICE, self._ca_entry(),
                                     base64.b64encode(raw).decode("ascii"))
            except keyring.errors.KeyringError as exc:
                raise KeyringUnavailable(backend=type(exc).__name__) from None
        return pem

    def ca_pem(self) -> bytes:
        with self.kernel.read() as s:
            pem = ca_certificate_pem(s)
        if pem is None:
            raise CaMissing()
        return pem

    # -- issuing --------------------------------------------------------------------------------

    def enroll(self, handle: Principal, name: str) -> Issued:
        """A workstation's client certificate and its key, encrypted under a new passphrase."""
        if not valid_name(name):
            raise InvalidInput(field="workstation",
                               reason="use 1 to 64 letters, digits, '.', '_' or '-'")
        passphrase = secrets.token_urlsafe(PASSPHRASE_BYTES)
        return self._issue(handle, KIND_WORKSTATION, name, [], passphrase)

    def server_certificate(self, handle: Principal, name: str,
                           hosts: list[str]) -> Issued:
        """A server's TLS certificate for ``hosts`` (DNS names or IP addresses)."""
        if not valid_name(name):
            raise InvalidInput(field="server", reason="use 1 to 64 letters, digits, '.', '_' "
                                                      "or '-'")
        if not hosts:
            raise InvalidInput(field="hosts", reason="name at least one host name or address")
        return self._issue(handle, KIND_SERVER, name, hosts, None)

    def _issue(self, handle: Principal, kind: str, name: str, hosts: list[str],
               passphrase: str | None) -> Issued:
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.MANAGE_WORKSTATIONS)
            ca_pem = ca_certificate_pem(s)
            if ca_pem is None:
                raise CaMissing()
            ca_cert = x509.load_pem_x509_certificate(ca_pem)
            ca_key = self._ca_key()
            if kind == KIND_WORKSTATION:
                live = s.scalar(select(IssuedCertificate).where(
                    IssuedCertificate.kind == kind, IssuedCertificate.name == name,
                    IssuedCertificate.revoked_at.is_(None)))
                if live is not None:
                    raise WorkstationEnrolled(name=name, serial=live.serial)
            now = kernel.now()
            days = WORKSTATION_DAYS if kind == KIND_WORKSTATION else SERVER_DAYS
            key = ec.generate_private_key(ec.SECP256R1())
            usage = (ExtendedKeyUsageOID.CLIENT_AUTH if kind == KIND_WORKSTATION
                     else ExtendedKeyUsageOID.SERVER_AUTH)
            builder = (
                x509.CertificateBuilder()
                .subject_name(x509.Name([
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "AuthDesk"),
                    x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, kind),
                    x509.NameAttribute(NameOID.COMMON_NAME, name)]))
                .issuer_name(ca_cert.subject)
                .public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(minutes=5))
                .not_valid_after(now + timedelta(days=days))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                    ca_key.public_key()), critical=False)
            )
            if hosts:
                builder = builder.add_extension(
                    x509.SubjectAlternativeName([_general_name(h) for h in hosts]),
                    critical=False)
            cert = builder.sign(ca_key, hashes.SHA256())
            serial = serial_hex(cert.serial_number)
            row = IssuedCertificate(serial=serial, kind=kind, name=name,
                                    fingerprint=fingerprint_of(cert), issued_at=now,
                                    issued_by=actor.staff_id,
                                    not_after=cert.not_valid_after_utc)
            s.add(row)
            details: dict[str, object] = {"kind": kind, "name": name, "serial": serial,
                                          "fingerprint": row.fingerprint,
                                          "not_after": f"{cert.not_valid_after_utc:%Y-%m-%d}"}
            if hosts:
                details["hosts"] = list(hosts)
            kernel.record(s, actor, Action.CERTIFICATE_ISSUED, subject=f"{kind}:{name}",
                          details=details)
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase.encode("ascii"))
            if passphrase is not None else serialization.NoEncryption())
        key_pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8, encryption)
        return Issued(kind, name, serial, cert.public_bytes(serialization.Encoding.PEM),
                      key_pem, passphrase, ca_pem, cert.not_valid_after_utc)

    # -- revoking and listing ---------------------------------------------------------------------

    def revoke(self, handle: Principal, name: str, *, kind: str = KIND_WORKSTATION) -> list[str]:
        """Revoke every valid certificate of ``kind`` named ``name``; returns their serials."""
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.MANAGE_WORKSTATIONS)
            rows = s.scalars(select(IssuedCertificate).where(
                IssuedCertificate.kind == kind, IssuedCertificate.name == name,
                IssuedCertificate.revoked_at.is_(None))).all()
            if not rows:
                raise NothingToRevoke(kind=kind, name=name)
            now = kernel.now()
            for row in rows:
                row.revoked_at, row.revoked_by = now, actor.staff_id
            serials = [r.serial for r in rows]
            kernel.record(s, actor, Action.CERTIFICATE_REVOKED, subject=f"{kind}:{name}",
                          details={"kind": kind, "name": name, "serials": serials})
            kernel.checkpoint_at_commit(s, actor, Action.CERTIFICATE_REVOKED)
        return serials

    def list(self, handle: Principal) -> list[CertificateInfo]:
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.MANAGE_WORKSTATIONS)
            rows = s.scalars(select(IssuedCertificate).order_by(IssuedCertificate.id)).all()
            return [CertificateInfo(r.kind, r.name, r.serial, r.fingerprint,
                                    as_utc(r.issued_at), as_utc(r.not_after),
                                    as_utc(r.revoked_at) if r.revoked_at else None)
                    for r in rows]

    # -- the CA key -----------------------------------------------------------------------------

    def _ca_entry(self) -> str:
        return f"{self.kernel.installation_id}:ca-key"

    def _ca_key(self) -> ec.EllipticCurvePrivateKey:
        backend = usable_backend(self.kernel.keys.backend)
        try:
            stored = backend.get_password(SERVICE, self._ca_entry())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None
        if not stored:
            raise CaKeyMissing()
        key = serialization.load_pem_private_key(base64.b64decode(stored), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise CaKeyMissing()
        return key


def _general_name(host: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)
