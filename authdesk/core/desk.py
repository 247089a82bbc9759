"""``Desk``: one open database with its keys, clock, policy and workstation, and the services.

Every service reaches the database through ``Desk.write()`` / ``Desk.read()`` (storage errors
become readable ``AuthDeskError``s here) and checks the actor through ``Desk.authorize``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

import keyring.backend
from sqlalchemy import select
from sqlalchemy.orm import Session

from authdesk.core import audit
from authdesk.core.clock import Clock, SystemClock
from authdesk.core.errors import (
    AuthDeskError,
    DatabaseNotInitialised,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUpgradeRefused,
    InvalidInput,
    RefuseAfterCommit,
)
from authdesk.core.keys import KeyCheck, KeyStore, usable_backend
from authdesk.core.policy import SPECS, Policy
from authdesk.core.roles import Actor, Operation, Role, require
from authdesk.core.workstation import Workstation
from authdesk.storage.db import WRITE_SESSION, Database, StorageError
from authdesk.storage.models import Meta, PolicySetting

if TYPE_CHECKING:
    from authdesk.core.auditlog import AuditService
    from authdesk.core.customers import CustomerService
    from authdesk.core.factors import FactorService
    from authdesk.core.notifications import NotificationService
    from authdesk.core.requests import RequestService
    from authdesk.core.staff import StaffService


def translate_storage_error(exc: StorageError) -> AuthDeskError:
    if exc.kind == "too_new":
        return DatabaseTooNew(found=exc.reason)
    if exc.kind == "not_initialised":
        return DatabaseNotInitialised()
    if exc.kind == "upgrade_refused":
        return DatabaseUpgradeRefused(reason=exc.reason)
    return DatabaseUnavailable(reason=exc.reason)


@contextmanager
def storage_errors() -> Iterator[None]:
    try:
        yield
    except StorageError as exc:
        raise translate_storage_error(exc) from None


def system_actor(workstation: Workstation, username: str = "system") -> Actor:
    """The admin CLI and start-up tasks act as this (administrator and auditor, never approver)."""
    return Actor(username=username, roles=frozenset({Role.ADMIN, Role.AUDITOR}),
                 workstation=workstation.name)


class Desk:
    def __init__(
        self,
        db: Database,
        keys: KeyStore,
        *,
        workstation: Workstation,
        clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self.workstation = workstation
        self.clock: Clock = clock or SystemClock()

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def initialise(
        cls,
        db: Database,
        *,
        workstation: Workstation,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        clock: Clock | None = None,
        actor_name: str = "system",
    ) -> Desk:
        """Migrate the schema; on a new database create its id and keys. Idempotent."""
        usable_backend(keyring_backend)  # no keyring: refuse before the database is touched
        with storage_errors():
            db.migrate()
            with db.read() as session:
                existing = session.get(Meta, "installation_id")
        if existing is not None:
            return cls.open(db, workstation=workstation, keyring_backend=keyring_backend,
                            clock=clock)
        installation_id = str(uuid.uuid4())
        keys = KeyStore(installation_id, keyring_backend)
        check = keys.create()
        desk = cls(db, keys, workstation=workstation, clock=clock)
        with desk.write() as session:
            for key, value in (
                ("installation_id", installation_id),
                ("key_check", check.key_check),
                ("signing_public_key", check.public_key),
                ("key_id", check.key_id),
            ):
                session.add(Meta(key=key, value=value))
            desk.record(session, system_actor(workstation, actor_name), "system.initialised",
                        subject=f"database:{installation_id}",
                        details={"database": db.kind, "key_id": check.key_id})
        return desk

    @classmethod
    def open(
        cls,
        db: Database,
        *,
        workstation: Workstation,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        clock: Clock | None = None,
    ) -> Desk:
        """Open an initialised database: schema current, keys present and matching."""
        with storage_errors():
            db.require_current()
            with db.read() as session:
                meta = {m.key: m.value for m in session.scalars(select(Meta))}
        if "installation_id" not in meta:
            raise DatabaseNotInitialised()
        keys = KeyStore(meta["installation_id"], keyring_backend)
        keys.load(KeyCheck(meta["key_check"], meta["signing_public_key"], meta["key_id"]))
        return cls(db, keys, workstation=workstation, clock=clock)

    @property
    def installation_id(self) -> str:
        return self.keys.namespace

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction. ``RefuseAfterCommit`` inside it commits, then refuses."""
        refusal: AuthDeskError | None = None
        with storage_errors(), self.db.write() as session:
            try:
                yield session
            except RefuseAfterCommit as exc:
                refusal = exc.error
        if refusal is not None:
            raise refusal

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction; nothing it writes is kept."""
        try:
            with storage_errors(), self.db.read() as session:
                yield session
        except RefuseAfterCommit as exc:
            raise exc.error from None

    def now(self) -> datetime:
        return self.clock.now()

    def record(
        self,
        session: Session,
        actor: Actor,
        action: str,
        *,
        subject: str = "",
        details: dict[str, Any] | None = None,
        outcome: str = "ok",
        role: Role | str | None = None,
    ) -> None:
        """Write the audit event for a change in the same transaction as the change."""
        audit.record(session, at=self.now(), actor=actor, action=action, subject=subject,
                     details=details, outcome=outcome,
                     role=str(role) if role is not None else None)

    def authorize(self, session: Session, actor: Actor, operation: Operation) -> Role:
        """Role check plus, for signed-in staff, a live (not locked, not expired) session."""
        role = require(actor, operation)
        if actor.session_id is None:
            return role
        if session.info.get(WRITE_SESSION):
            self.staff.touch_session(session, actor)
        else:
            self.staff.check_live(session, actor)
        return role

    # -- policy ----------------------------------------------------------------------------------

    def policy(self, session: Session | None = None) -> Policy:
        if session is None:
            with self.read() as own:
                return self.policy(own)
        rows = session.scalars(select(PolicySetting)).all()
        return Policy.from_overrides({r.name: r.value for r in rows})

    def set_policy(self, actor: Actor, name: str, value: int) -> Policy:
        spec = SPECS.get(name)
        if spec is None:
            raise InvalidInput(field=name, reason="there is no such policy")
        if not spec.minimum <= value <= spec.maximum:
            raise InvalidInput(field=name,
                               reason=f"must be between {spec.minimum} and {spec.maximum}")
        with self.write() as session:
            role = self.authorize(session, actor, Operation.CHANGE_POLICY)
            old = self.policy(session).as_dict()[name]
            row = session.get(PolicySetting, name)
            if row is None:
                row = PolicySetting(name=name, value=value, updated_at=self.now(),
                                    updated_by=actor.username)
                session.add(row)
            row.value, row.updated_at, row.updated_by = value, self.now(), actor.username
            self.record(session, actor, "policy.changed", subject=f"policy:{name}",
                        details={"from": old, "to": value}, role=role)
            return self.policy(session)

    # -- services --------------------------------------------------------------------------------

    @cached_property
    def staff(self) -> StaffService:
        from authdesk.core.staff import StaffService

        return StaffService(self)

    @cached_property
    def audit(self) -> AuditService:
        from authdesk.core.auditlog import AuditService

        return AuditService(self)

    @cached_property
    def customers(self) -> CustomerService:
        from authdesk.core.customers import CustomerService

        return CustomerService(self)

    @cached_property
    def factors(self) -> FactorService:
        from authdesk.core.factors import FactorService

        return FactorService(self)

    @cached_property
    def requests(self) -> RequestService:
        from authdesk.core.requests import RequestService

        return RequestService(self)

    @cached_property
    def notifications(self) -> NotificationService:
        from authdesk.core.notifications import NotificationService

        return NotificationService(self)
