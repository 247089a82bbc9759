"""``RemoteDesk``: the core's services as a workstation in shared mode reaches them, over HTTPS
with its client certificate, with the same attributes and methods as ``core.desk.Desk`` (those
the wire carries, ``wire.OPERATIONS``) and the same refusals.

Fail-over: the URLs are tried in turn, starting with the last one that answered. A request
that never reached a server (refused connection, TLS handshake failure, connect timeout) goes
to the next URL. A write whose answer was lost (the server died or the network broke after
sending) is sent again with the SAME idempotency key, so it acts at most once: the server that
receives the retry answers with the first answer, or says it is still running. When no server
answers: ``ServerUnreachable`` (nothing was done) or ``AnswerLost`` (it may have been done).
"""

from __future__ import annotations

import json
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from authdesk.client import wire
from authdesk.core.authority import SessionHandle
from authdesk.core.clock import SystemClock
from authdesk.core.remote import AnswerLost, ServerRefused, ServerUnreachable

DEFAULT_TIMEOUT = 15.0
RETRY_PAUSE = 0.2  # seconds before a second round over the URLs


@dataclass(frozen=True)
class ClientIdentity:
    """The workstation's certificate, its key (encrypted PKCS#8) with the key's passphrase,
    and the installation's CA certificate that the server's certificate must chain to."""

    certificate: Path
    key: Path
    passphrase: str
    ca_certificate: Path

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH,
                                             cafile=str(self.ca_certificate))
        context.minimum_version = max(context.minimum_version, ssl.TLSVersion.TLSv1_2)
        context.load_cert_chain(str(self.certificate), str(self.key), password=self.passphrase)
        return context


class Transport:
    """One HTTPS client over the listed servers."""

    def __init__(self, urls: Sequence[str], identity: ClientIdentity | ssl.SSLContext, *,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        if not urls:
            raise ValueError("at least one server URL is needed")
        for url in urls:
            if not url.startswith("https://"):
                raise ValueError(f"{url}: the AuthDesk server is reached over HTTPS only")
        self.urls = [u.rstrip("/") for u in urls]
        context = identity if isinstance(identity, ssl.SSLContext) else identity.ssl_context()
        self._client = httpx.Client(verify=context, timeout=timeout, trust_env=False)
        self._preferred = 0
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def call(self, service: str, method: str, handle: SessionHandle | None,
             args: Sequence[Any], kwargs: dict[str, Any]) -> Any:
        operation = wire.OPERATIONS[(service, method)]
        body = json.dumps({"service": service, "method": method,
                           "args": wire.encode(list(args)), "kwargs": wire.encode(kwargs)},
                          ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if handle is not None:
            headers[wire.SESSION_HEADER] = handle.token
        if operation.write:
            headers[wire.IDEMPOTENCY_HEADER] = uuid.uuid4().hex
        response = self._send(body, headers, write=operation.write)
        try:
            data = response.json()
        except ValueError:
            raise ServerRefused(reason=f"HTTP {response.status_code}") from None
        if response.status_code == 200 and isinstance(data, dict) and "result" in data:
            try:
                return wire.decode(data["result"])
            except wire.WireError as exc:
                raise ServerRefused(reason=f"an answer this workstation cannot read ({exc})"
                                    ) from None
        if isinstance(data, dict) and "error" in data:
            raise wire.decode_error(data["error"])
        raise ServerRefused(reason=f"HTTP {response.status_code}")

    def health(self) -> list[tuple[str, int | None]]:
        """Each server's health status code (None: not reachable)."""
        found: list[tuple[str, int | None]] = []
        for url in self.urls:
            try:
                found.append((url, self._client.get(url + wire.HEALTH_PATH).status_code))
            except httpx.HTTPError:
                found.append((url, None))
        return found

    def _send(self, body: bytes, headers: dict[str, str], *, write: bool) -> httpx.Response:
        with self._lock:
            start = self._preferred
        order = [self.urls[(start + i) % len(self.urls)] for i in range(len(self.urls))]
        lost: str | None = None
        reason = "no server listed"
        for round_ in range(2):
            if round_:
                time.sleep(RETRY_PAUSE)
            for url in order:
                try:
                    response = self._client.post(url + wire.CALL_PATH, content=body,
                                                 headers=headers)
                except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                    reason = _reason(exc)
                    continue  # never reached a server: safe to send elsewhere
                except httpx.TransportError as exc:
                    # Sent, answer lost: the retry carries the same idempotency key.
                    reason = lost = _reason(exc)
                    continue
                if response.status_code in (502, 503, 504):  # a proxy or a server going away
                    reason = f"HTTP {response.status_code}"
                    continue
                with self._lock:
                    self._preferred = self.urls.index(url)
                return response
        if lost is not None and write:
            raise AnswerLost(reason=reason)
        raise ServerUnreachable(reason=reason)


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


class _Service:
    """The methods of one service that the wire carries; any other name is an AttributeError."""

    def __init__(self, transport: Transport, name: str) -> None:
        self._transport = transport
        self._name = name

    def __getattr__(self, method: str) -> Callable[..., Any]:
        operation = wire.OPERATIONS.get((self._name, method))
        if operation is None:
            raise AttributeError(f"{self._name}.{method} is not available in shared mode")
        transport, service = self._transport, self._name

        def call(*args: Any, **kwargs: Any) -> Any:
            handle: SessionHandle | None = None
            if operation.handle:
                if not args or not isinstance(args[0], SessionHandle):
                    raise TypeError(f"{service}.{method} takes the session handle first")
                handle, args = args[0], args[1:]
            return transport.call(service, method, handle, args, kwargs)

        call.__name__ = method
        return call


class RemoteDesk:
    """The services of ``core.desk.Desk`` on the AuthDesk server."""

    staff: Any
    customers: Any
    calls: Any
    factors: Any
    requests: Any
    notifications: Any
    policies: Any
    audit: Any

    def __init__(self, urls: Sequence[str], identity: ClientIdentity | ssl.SSLContext, *,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.transport = Transport(urls, identity, timeout=timeout)
        # For display only (a lockout's "until" beside now): the server's clock decides.
        self.clock = SystemClock()
        for service in sorted(wire.SERVICES):
            setattr(self, service, _Service(self.transport, service))

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> RemoteDesk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
