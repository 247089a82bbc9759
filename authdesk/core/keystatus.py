"""Key status for the administrator: which keys this database uses and whether this
workstation's credential store still holds the matching ones (the key check)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from authdesk.core import audit
from authdesk.core.audit import CheckpointInfo
from authdesk.core.errors import AuthDeskError
from authdesk.core.keys import KeyCheck
from authdesk.core.roles import Actor, Operation
from authdesk.storage.models import Meta

if TYPE_CHECKING:
    from authdesk.core.desk import Desk


@dataclass(frozen=True)
class KeyStatus:
    installation_id: str
    key_id: str
    public_key: str
    backend: str
    problem: AuthDeskError | None  # None when the key check passed
    latest_checkpoint: CheckpointInfo | None
    head_seq: int

    @property
    def ok(self) -> bool:
        return self.problem is None


def key_status(desk: Desk, actor: Actor) -> KeyStatus:
    """Re-read the keys from the keyring and check them against the database's key check."""
    # No autoflush: authorize marks the staff session active, which a read must not write
    # (see AuditReader._read).
    with desk.read() as s:
        desk.authorize(s, actor, Operation.VIEW_KEYS)
        meta = {m.key: m.value for m in s.scalars(select(Meta))}
        latest = audit.latest_checkpoint(s)
        head_seq = audit.head(s)[0]
    expected = KeyCheck(meta["key_check"], meta["signing_public_key"], meta["key_id"])
    problem: AuthDeskError | None = None
    try:
        desk.keys.recheck(expected)
    except AuthDeskError as exc:  # KeyringUnavailable, KeysMissing, WrongKey
        problem = exc
    return KeyStatus(desk.installation_id, expected.key_id, expected.public_key,
                     desk.keys.backend_name, problem, latest, head_seq)
