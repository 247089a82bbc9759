"""HTTPS with client certificates: the server's TLS context, the workstation's identity read
from the certificate it presented, and the uvicorn protocol that hands it to the app.

TLS: the ``ssl`` module's defaults for a server (TLS 1.2 or newer, its cipher list), a client
certificate REQUIRED and verified against the installation's CA; no fallback. uvicorn does not
put the peer's certificate into the ASGI scope, so ``ClientCertificateProtocol`` (its h11
protocol) reads it when the connection is made and adds it to each request's scope as the ASGI
TLS extension's ``client_cert_der``.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from uvicorn.protocols.http.h11_impl import H11Protocol

from authdesk.core.certificates import serial_hex


def server_ssl_context(certificate: Path, key: Path, ca_certificate: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(ca_certificate))
    context.minimum_version = max(context.minimum_version, ssl.TLSVersion.TLSv1_2)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_cert_chain(str(certificate), str(key))
    return context


@dataclass(frozen=True)
class Peer:
    """The workstation as its verified certificate names it."""

    name: str
    serial: str


def peer_of(der: bytes | None) -> Peer | None:
    if not der:
        return None
    cert = x509.load_der_x509_certificate(der)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if len(names) != 1:
        return None
    return Peer(str(names[0].value), serial_hex(cert.serial_number))


def peer_from_scope(scope: dict[str, Any]) -> Peer | None:
    tls = (scope.get("extensions") or {}).get("tls") or {}
    return peer_of(tls.get("client_cert_der"))


class ClientCertificateProtocol(H11Protocol):
    """uvicorn's h11 protocol, adding the connection's verified client certificate to each
    request's scope (``scope["extensions"]["tls"]["client_cert_der"]``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._peer_der: bytes | None = None
        inner = self.app

        async def app(scope: Any, receive: Any, send: Any) -> None:
            extensions = dict(scope.get("extensions") or {})
            extensions["tls"] = {"client_cert_der": self._peer_der}
            scope["extensions"] = extensions
            await inner(scope, receive, send)

        self.app = app

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        ssl_object = transport.get_extra_info("ssl_object")
        self._peer_der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
