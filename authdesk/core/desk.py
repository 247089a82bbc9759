"""The composition root: one open database with its keys, clock and workstation, the kernel,
and every service wired to the kernel and the siblings it needs.

Nothing in the core imports this module; adapters (the GUI, the admin CLI, the server, tests)
open a ``Desk`` and call its services with a session handle.
"""

from __future__ import annotations

import uuid

import keyring.backend
from sqlalchemy import select

from authdesk.core.accountlock import WithdrawalLockService
from authdesk.core.actions import Action
from authdesk.core.alerts import AlertService
from authdesk.core.auditlog import AuditService
from authdesk.core.calls import CallService
from authdesk.core.cancellation import CancellationService
from authdesk.core.clock import Clock
from authdesk.core.customers import CustomerService
from authdesk.core.dashboard import DashboardService
from authdesk.core.emailnotices import EmailService
from authdesk.core.errors import AuditLogWritable, DatabaseNotInitialised
from authdesk.core.evidencepack import EvidencePackService
from authdesk.core.factors import FactorService
from authdesk.core.firm import FirmService
from authdesk.core.kernel import Kernel, storage_errors
from authdesk.core.keys import KeyCheck, KeyStore, usable_backend
from authdesk.core.keyservice import KeyService
from authdesk.core.letters import LetterService
from authdesk.core.lookback import LookbackService
from authdesk.core.notifications import NotificationService
from authdesk.core.policies import PolicyService
from authdesk.core.requests import RequestService
from authdesk.core.staff import StaffService
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database
from authdesk.storage.models import Meta
from authdesk.storage.pgroles import audit_role_facts


class Desk:
    def __init__(
        self,
        db: Database,
        keys: KeyStore,
        *,
        workstation: Workstation,
        clock: Clock | None = None,
    ) -> None:
        self.kernel = Kernel(db, keys, workstation=workstation, clock=clock)
        self.db, self.keys, self.workstation = db, keys, workstation
        self.clock = self.kernel.clock
        self.staff = StaffService(self.kernel)
        self.policies = PolicyService(self.kernel)
        self.notifications = NotificationService(self.kernel)
        self.factors = FactorService(self.kernel, self.notifications)
        self.customers = CustomerService(self.kernel, self.notifications)
        self.calls = CallService(self.kernel)
        self.requests = RequestService(self.kernel, staff=self.staff, factors=self.factors,
                                       notifications=self.notifications)
        self.audit = AuditService(self.kernel)
        self.key_admin = KeyService(self.kernel)
        # the look-back report and the supervisors' dashboard (issue 12)
        self.lookback = LookbackService(self.kernel)
        self.dashboard = DashboardService(self.kernel)
        # issue 12, evidence pack
        self.evidence = EvidencePackService(self.kernel, self.requests)
        # alerts (issue 12): the rules watch the log as it is written
        self.alerts = AlertService(self.kernel)
        # issue 11, letters: the firm's identity and the mail room's batches
        self.firm = FirmService(self.kernel)
        self.letters = LetterService(self.kernel)
        # Issue 11: e-mail notices over SMTP (settings from the configuration: ``configure``)
        self.email = EmailService(self.kernel)
        # withdrawal-account lock and cancel by reference (issue 11)
        self.locks = WithdrawalLockService(self.kernel, staff=self.staff, factors=self.factors,
                                           notifications=self.notifications)
        self.cancellations = CancellationService(self.kernel, requests=self.requests)

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def initialise(
        cls,
        db: Database,
        *,
        workstation: Workstation,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        clock: Clock | None = None,
    ) -> Desk:
        """Migrate the schema; on a new database create its id and keys. Idempotent."""
        usable_backend(keyring_backend)  # no keyring: refuse before the database is touched
        with storage_errors():
            db.migrate()
            with db.read() as session:
                existing = session.get(Meta, "installation_id")
        if existing is not None:
            return cls.open(db, workstation=workstation, keyring_backend=keyring_backend,
                            clock=clock, as_owner=True)
        installation_id = str(uuid.uuid4())
        keys = KeyStore(installation_id, keyring_backend)
        check = keys.create()
        desk = cls(db, keys, workstation=workstation, clock=clock)
        kernel = desk.kernel
        with kernel.write() as session:
            for key, value in (
                ("installation_id", installation_id),
                ("key_check", check.key_check),
                ("signing_public_key", check.public_key),
                ("key_id", check.key_id),
            ):
                session.add(Meta(key=key, value=value))
            kernel.record(session, kernel.system_actor(), Action.SYSTEM_INITIALISED,
                          subject=f"database:{installation_id}",
                          details={"database": db.kind, "key_id": check.key_id})
            # The first signed checkpoint anchors the log: a log with events and no checkpoint
            # is then never a genuine one.
            kernel.checkpoint_at_commit(session, kernel.system_actor(), "init")
        return desk

    @classmethod
    def open(
        cls,
        db: Database,
        *,
        workstation: Workstation,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        clock: Clock | None = None,
        as_owner: bool = False,
    ) -> Desk:
        """Open an initialised database: schema current, keys present and matching, and on
        PostgreSQL a role that cannot change the audit log (``refuse_writable_audit_log``).

        ``as_owner``: the connection is the database owner's, for ``authdesk-admin init`` only
        (it migrates, so it must own the tables); the role check is not made. The triggers
        still refuse changes to audit rows."""
        with storage_errors():
            db.require_current()
        if not as_owner:
            refuse_writable_audit_log(db)
        with storage_errors(), db.read() as session:
            meta = {m.key: m.value for m in session.scalars(select(Meta))}
        if "installation_id" not in meta:
            raise DatabaseNotInitialised()
        keys = KeyStore(meta["installation_id"], keyring_backend)
        keys.load(KeyCheck(meta["key_check"], meta["signing_public_key"], meta["key_id"]))
        return cls(db, keys, workstation=workstation, clock=clock)

    @property
    def installation_id(self) -> str:
        return self.keys.namespace


def refuse_writable_audit_log(db: Database) -> None:
    """On PostgreSQL, refuse to work through a role that could change or delete audit rows:
    a superuser, the tables' owner or a member of it (it could drop the triggers), or a role
    holding UPDATE, DELETE or TRUNCATE on the audit tables (or DELETE, TRUNCATE on the head).
    SQLite has no roles: whoever owns the file owns the log (docs/deployment-database.md)."""
    with storage_errors():
        facts = audit_role_facts(db)
    if facts is None:
        return
    if facts.superuser:
        what = "do anything (it is a superuser)"
    elif facts.owner_member:
        what = "act as the owner of the audit tables and drop their triggers"
    elif facts.can_change:
        what = "change or delete audit rows (" + ", ".join(facts.can_change) + ")"
    else:
        return
    raise AuditLogWritable(role=facts.role, what=what)
