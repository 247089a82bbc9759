"""Idempotency keys: a write the client retries after a lost answer gets the first answer
again instead of acting twice.

Before a write runs, its key is claimed (a row with no answer yet, committed); the answer is
stored when the call returns. A retry finds the answer and gets it back; a retry while the
first is still running, or after a server died between acting and storing the answer, is told
``StillRunning`` rather than acting again: the person looks at the record. Keys are per
workstation (another desk cannot read someone else's answer) and bound to the request's digest
(a key reused for another request is refused). Answers are kept for a day, encrypted under the
data key like every other secret in the database: an answer can hold a new session's token or
an authenticator key shown once.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from authdesk.core.kernel import storage_errors
from authdesk.core.keys import KeyStore
from authdesk.core.remote import ServerRefused, StillRunning
from authdesk.storage.db import Database
from authdesk.storage.models import IdempotentResult

KEEP = timedelta(days=1)
MAX_KEY = 64


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]


def request_digest(keys: KeyStore, body: bytes, session_token: str | None) -> str:
    """A keyed fingerprint of the request (a sign-in's body holds a password and a code, so a
    plain hash in the database would let a reader test guesses)."""
    digest = hashlib.sha256(body)
    digest.update(b"\0" + (session_token or "").encode("utf-8"))
    return keys.fingerprint("idempotent-request", digest.hexdigest())


def _context(workstation: str, key: str) -> str:
    return f"idempotent-answer:{workstation}:{key}"


def claim(db: Database, keys: KeyStore, workstation: str, key: str, digest: str,
          now: datetime) -> Answer | None:
    """Claim ``key`` for this request (None: go ahead), or the stored answer of the first."""
    if not key or len(key) > MAX_KEY or not key.isascii():
        raise ServerRefused(reason=f"the idempotency key must be 1 to {MAX_KEY} ASCII characters")
    try:
        with storage_errors(), db.write() as s:
            s.add(IdempotentResult(workstation=workstation, key=key, request_hash=digest,
                                   created_at=now, response=None))
        return None
    except IntegrityError:
        pass
    with storage_errors(), db.read() as s:
        row = s.get(IdempotentResult, (workstation, key))
        if row is None:  # pruned between the two statements: a very late retry
            raise StillRunning()
        if row.request_hash != digest:
            raise ServerRefused(reason="this idempotency key was used for another request")
        if row.response is None:
            raise StillRunning()
        sealed = base64.b64decode(row.response)
    stored = json.loads(keys.decrypt(sealed, _context(workstation, key)))
    return Answer(int(stored["status"]), stored["body"])


def store(db: Database, keys: KeyStore, workstation: str, key: str, answer: Answer) -> None:
    plain = json.dumps({"status": answer.status, "body": answer.body}).encode("utf-8")
    sealed = base64.b64encode(keys.encrypt(plain, _context(workstation, key))).decode("ascii")
    with storage_errors(), db.write() as s:
        row = s.get(IdempotentResult, (workstation, key))
        if row is not None:
            row.response = sealed


def prune(db: Database, now: datetime) -> int:
    with storage_errors(), db.write() as s:
        done = s.execute(delete(IdempotentResult).where(IdempotentResult.created_at < now - KEEP))
        return int(getattr(done, "rowcount", 0) or 0)
