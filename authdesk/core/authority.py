"""Who may act: the session handle a caller holds, and the ``Actor`` the core derives from it.

Signing in returns a ``SessionHandle``: an opaque random token. Only its SHA-256 is stored, so
a copy of the database does not hold live sessions. Every public operation takes the handle;
inside the operation's own transaction the kernel re-reads the session row and the staff row and
builds the ``Actor`` from what it finds there (identity, employee number, roles, workstation).
Nothing a caller passes can name a role or a person.

Scheduled work inside the core (requests taking effect or expiring, checkpoints) acts through
``SYSTEM``, whose only role may carry out decisions already made: it cannot approve, add staff
or change policy. ``SYSTEM`` is never built from anything that crosses a process boundary.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field

from authdesk.core.roles import Role

TOKEN_BYTES = 32


class SessionHandle:
    """An opaque signed-in session. Its token is a bearer secret: it never appears in a repr,
    a log line or an audit event."""

    __slots__ = ("_token",)

    def __init__(self, token: str) -> None:
        if not token or not isinstance(token, str):
            raise ValueError("a session handle needs a token")
        self._token = token

    @classmethod
    def new(cls) -> SessionHandle:
        return cls(secrets.token_urlsafe(TOKEN_BYTES))

    @property
    def token(self) -> str:
        return self._token

    @property
    def digest(self) -> str:
        return token_digest(self._token)

    def __repr__(self) -> str:
        return "SessionHandle(…)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SessionHandle) and secrets.compare_digest(
            self._token, other._token)

    def __hash__(self) -> int:
        return hash(self.digest)


class SystemHandle:
    """The core's own scheduled work. There is one instance, ``SYSTEM``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "SYSTEM"


SYSTEM = SystemHandle()

Principal = SessionHandle | SystemHandle


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    """The acting person as the kernel read them, for one operation. Built only by the kernel.

    ``role`` is the role that allowed the operation (what the audit event records); ``None``
    for session bookkeeping that needs no particular role.
    """

    username: str
    roles: frozenset[Role]
    workstation: str
    staff_id: int | None = None
    employee_no: str | None = None
    session_id: str | None = None
    display_name: str = field(default="", compare=False)
    role: Role | None = None

    @property
    def roles_text(self) -> str:
        return ",".join(sorted(r.value for r in self.roles))
