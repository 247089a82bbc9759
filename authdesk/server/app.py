"""The server's ASGI application (Starlette): a health endpoint and one generic call endpoint.

Starlette, not FastAPI: the server dispatches the core's own operations generically through an
allow-list (``authdesk.client.wire.OPERATIONS``) with the wire's typed encoding; it declares no
per-endpoint models, so FastAPI's pydantic layer would add a dependency and nothing else.

Every call: the workstation is the one its verified certificate names, refused if that
certificate is not listed as a live workstation certificate (checked against the database,
cached ``revocation_cache_seconds`` at most); the core runs in a ``Desk`` whose workstation is
that name, so every audit event carries it, whatever the client says; a session handle is
refused from any workstation but the one that opened it; a write needs an idempotency key.
The core's work is synchronous, so it runs in Starlette's thread pool.
"""

from __future__ import annotations

import fcntl
import inspect
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from authdesk.client import wire
from authdesk.core.audit import CheckpointInfo
from authdesk.core.authority import Actor, SessionHandle
from authdesk.core.certificates import KIND_WORKSTATION, CertificateStatus, certificate_status
from authdesk.core.clock import Clock, SystemClock
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import SessionExpired, storage_errors
from authdesk.core.keys import KeyStore
from authdesk.core.remote import (
    ServerRefused,
    WorkstationRefused,
    refuse_session_of_other_workstation,
)
from authdesk.core.workstation import Workstation
from authdesk.server import idempotency
from authdesk.server.tls import Peer, peer_from_scope
from authdesk.storage.db import Database

log = logging.getLogger("authdesk.server")
PRUNE_EVERY = 600.0  # seconds between two prunings of old idempotent answers


class ServerWorkstation(Workstation):
    """A workstation as the server runs it: named by its certificate; the checkpoint memory is
    the server's own file, written by one thread of one process at a time."""

    _lock = threading.Lock()

    def remember_checkpoint(self, database_id: str, checkpoint: CheckpointInfo) -> None:
        lock_file = self.state_file.with_suffix(".lock")
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, open(lock_file, "a") as held:
            fcntl.flock(held, fcntl.LOCK_EX)
            super().remember_checkpoint(database_id, checkpoint)


@dataclass
class Gate:
    """Is the certificate a live workstation certificate of this installation? The answer is
    cached for ``ttl`` seconds at most, so a revocation takes effect that soon."""

    db: Database
    ttl: float

    def __post_init__(self) -> None:
        self._cache: dict[str, tuple[float, CertificateStatus]] = {}
        self._lock = threading.Lock()

    def admit(self, peer: Peer | None) -> Peer:
        if peer is None:
            raise WorkstationRefused(reason="no client certificate")
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(peer.serial)
        if cached is None or cached[0] <= now:
            with storage_errors(), self.db.read() as s:
                status = certificate_status(s, peer.serial)
            with self._lock:
                self._cache[peer.serial] = (now + self.ttl, status)
        else:
            status = cached[1]
        if not status.known:
            raise WorkstationRefused(reason="this certificate is not in the installation's list")
        if status.revoked:
            raise WorkstationRefused(reason="this workstation's certificate was revoked")
        if status.kind != KIND_WORKSTATION or status.name != peer.name:
            raise WorkstationRefused(reason="this is not a workstation certificate")
        return peer


class Server:
    """What every request shares: the open database and keys, one Desk per workstation name."""

    def __init__(self, db: Database, keys: KeyStore, *, data_dir: Path,
                 revocation_cache_seconds: float, witness_dir: Path | None = None,
                 clock: Clock | None = None) -> None:
        self.db, self.keys, self.data_dir = db, keys, data_dir
        self.witness_dir = witness_dir
        self.clock: Clock = clock or SystemClock()
        self.gate = Gate(db, revocation_cache_seconds)
        self._desks: dict[str, Desk] = {}
        self._lock = threading.Lock()
        self._pruned = 0.0

    def desk(self, name: str) -> Desk:
        with self._lock:
            desk = self._desks.get(name)
            if desk is None:
                workstation = ServerWorkstation(name, self.data_dir / "server-state.json",
                                                self.witness_dir)
                desk = Desk(self.db, self.keys, workstation=workstation, clock=self.clock)
                self._desks[name] = desk
            return desk

    # -- one call -------------------------------------------------------------------------------

    def call(self, peer_seen: Peer | None, headers: dict[str, str], body: bytes) -> (
        idempotency.Answer
    ):
        started = time.perf_counter()
        what, workstation = "?", peer_seen.name if peer_seen else "?"
        try:
            peer = self.gate.admit(peer_seen)
            request, operation, what = _parse(body)
            token = headers.get(wire.SESSION_HEADER.lower())
            key = headers.get(wire.IDEMPOTENCY_HEADER.lower())
            if operation.write and not key:
                raise ServerRefused(reason="a write needs an Idempotency-Key header")
            if operation.write and key:
                digest = idempotency.request_digest(self.keys, body, token)
                stored = idempotency.claim(self.db, self.keys, peer.name, key, digest,
                                           self.clock.now())
                if stored is not None:
                    self._log(workstation, what, stored.status, started, replayed=True)
                    return stored
            answer = self._dispatch(peer, request, operation, token)
            if operation.write and key:
                idempotency.store(self.db, self.keys, peer.name, key, answer)
            self._maybe_prune()
        except WorkstationRefused as refusal:
            answer = idempotency.Answer(403, {"error": wire.encode_error(refusal)})
        except ServerRefused as refusal:
            answer = idempotency.Answer(400, {"error": wire.encode_error(refusal)})
        except AuthDeskError as refusal:  # the database, the idempotency store
            answer = idempotency.Answer(422, {"error": wire.encode_error(refusal)})
        except Exception as exc:  # a bug: logged by class, answered without detail
            log.exception(json.dumps({"event": "call.failed", "workstation": workstation,
                                      "call": what, "error": type(exc).__name__}))
            answer = idempotency.Answer(500, {"error": wire.encode_error(
                ServerRefused(reason="an internal error; the server's log has the details"))})
        self._log(workstation, what, answer.status, started,
                  error=answer.body.get("error", {}).get("$error"))
        return answer

    def _dispatch(self, peer: Peer, request: dict[str, Any], operation: wire.Operation,
                  token: str | None) -> idempotency.Answer:
        desk = self.desk(peer.name)
        try:
            args, kwargs = _arguments(request)
            if operation.handle:
                if not token:
                    raise SessionExpired()
                handle = SessionHandle(token)
                refuse_session_of_other_workstation(desk.kernel, handle)
                args = [handle, *args]
            method: Callable[..., Any] = getattr(getattr(desk, request["service"]),
                                                 request["method"])
            try:
                inspect.signature(method).bind(*args, **kwargs)
            except TypeError as exc:
                raise ServerRefused(reason=f"{request['service']}.{request['method']}: {exc}"
                                    ) from None
            result = method(*args, **kwargs)
            try:
                return idempotency.Answer(200, {"result": wire.encode(result)})
            except wire.WireError as exc:  # a result type the wire does not carry: a bug here
                log.error(json.dumps({"event": "call.unencodable", "error": str(exc)}))
                raise ServerRefused(reason="the answer could not be encoded") from None
        except ServerRefused as refusal:
            return idempotency.Answer(400, {"error": wire.encode_error(refusal)})
        except AuthDeskError as refusal:
            return idempotency.Answer(422, {"error": wire.encode_error(refusal)})

    def _maybe_prune(self) -> None:
        now = time.monotonic()
        if now - self._pruned < PRUNE_EVERY:
            return
        self._pruned = now
        try:
            idempotency.prune(self.db, self.clock.now())
        except AuthDeskError as exc:
            log.warning(json.dumps({"event": "prune.failed", "error": type(exc).__name__}))

    @staticmethod
    def _log(workstation: str, what: str, status: int, started: float, *,
             error: str | None = None, replayed: bool = False) -> None:
        # What was called, by which desk, how it ended: never arguments, results, handles or
        # codes (they carry secrets and personal data).
        entry: dict[str, Any] = {"event": "call", "workstation": workstation, "call": what,
                                 "status": status,
                                 "ms": round((time.perf_counter() - started) * 1000, 1)}
        if error:
            entry["error"] = error.rpartition(":")[2]
        if replayed:
            entry["replayed"] = True
        log.info(json.dumps(entry, ensure_ascii=False))

    # -- health ---------------------------------------------------------------------------------

    def health(self) -> tuple[int, dict[str, Any]]:
        try:
            with storage_errors(), self.db.read() as s:
                s.execute(text("SELECT 1"))
        except AuthDeskError as exc:
            return 503, {"status": "unavailable", "database": type(exc).__name__}
        return 200, {"status": "ok", "database": "ok", "installation": self.keys.namespace}


def _parse(body: bytes) -> tuple[dict[str, Any], wire.Operation, str]:
    try:
        request = json.loads(body)
    except ValueError:
        raise ServerRefused(reason="the request is not JSON") from None
    if not isinstance(request, dict):
        raise ServerRefused(reason="the request is not a JSON object")
    pair = (request.get("service"), request.get("method"))
    operation = wire.OPERATIONS.get(pair)  # type: ignore[arg-type]
    if operation is None:
        raise ServerRefused(reason=f"{pair[0]}.{pair[1]} is not an operation of the server")
    return request, operation, f"{pair[0]}.{pair[1]}"


def _arguments(request: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    try:
        args = wire.decode(request.get("args", []))
        kwargs = wire.decode(request.get("kwargs", {"$dict": []}))
    except wire.WireError as exc:
        raise ServerRefused(reason=f"an argument cannot be read: {exc}") from None
    if not isinstance(args, list) or not isinstance(kwargs, dict) or not all(
            isinstance(k, str) for k in kwargs):
        raise ServerRefused(reason="args must be a list and kwargs a mapping of names")
    if any(isinstance(a, SessionHandle) for a in [*args, *kwargs.values()]):
        raise ServerRefused(reason="a session handle travels only in its header")
    if any(isinstance(a, Actor) for a in [*args, *kwargs.values()]):
        # Only the kernel builds an Actor, from the session it re-reads; no operation takes one.
        raise ServerRefused(reason="who acts comes from the session, never from an argument")
    return args, kwargs


def create_app(server: Server) -> Starlette:
    async def call(request: Request) -> Response:
        body = await request.body()
        peer = peer_from_scope(request.scope)  # type: ignore[arg-type]
        headers = {k.lower(): v for k, v in request.headers.items()}
        answer = await run_in_threadpool(server.call, peer, headers, body)
        return JSONResponse(answer.body, status_code=answer.status)

    async def health(request: Request) -> Response:
        status, body = await run_in_threadpool(server.health)
        return JSONResponse(body, status_code=status)

    app = Starlette(routes=[Route(wire.CALL_PATH, call, methods=["POST"]),
                            Route(wire.HEALTH_PATH, health, methods=["GET"])])
    app.state.server = server
    app.state.started = uuid.uuid4().hex  # tells two processes apart in tests and logs
    return app
