"""Keys for the administrator: which keys this database uses and whether this workstation's
credential store still holds the matching ones (the key check), and the passphrase-protected key
file that carries one database's keys to a second workstation (``core.keyfile``).

Every step is authorised against a signed-in administrator and audited. An import stores the
keys first (a workstation without them cannot check anyone's sign-in), then the administrator
signs in and ``confirm_import`` records it; an import nobody confirms is undone with
``KeyStore.forget``.
"""


from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from authdesk.core import audit, keyfile, keys
from authdesk.core.actions import Action
from authdesk.core.audit import CheckpointInfo
from authdesk.core.authority import Principal
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import Kernel
from authdesk.core.keys import HandOver, KeyCheck, KeyStore, handover_message, key_id_of
from authdesk.core.roles import Operation
from authdesk.storage.db import Database
from authdesk.storage.models import AuditKey, Meta

# The reason of the hand-over checkpoint (audit.checkpointed details).
CHECKPOINT_KEY_ROTATION = "key rotation"


@dataclass(frozen=True)
class KeyRotated:
    previous_key_id: str
    key_id: str
    handover_seq: int  # the hand-over checkpoint, signed by both keys


@dataclass(frozen=True)
class KeyStatus:
    installation_id: str
    key_id: str
    public_key: str
    backend: str
    problem: AuthDeskError | None  # None when the key check passed
    latest_checkpoint: CheckpointInfo | None
    head_seq: int
    # Earlier signing keys trusted through proven hand-overs, newest first.
    handovers: tuple[HandOver, ...] = ()

    @property
    def ok(self) -> bool:
        return self.problem is None


def key_status(kernel: Kernel, handle: Principal) -> KeyStatus:
    """Re-read the keys from the keyring and check them against the database's key check."""
    with kernel.read() as s:
        kernel.authorize(s, handle, Operation.VIEW_KEYS)
        meta = {m.key: m.value for m in s.scalars(select(Meta))}
        latest = audit.latest_checkpoint(s)
        head_seq = audit.head(s)[0]
        chain = keys.trusted_keys(kernel.installation_id, meta["signing_public_key"],
                                  audit.handovers(s))
    expected = KeyCheck(meta["key_check"], meta["signing_public_key"], meta["key_id"])
    problem: AuthDeskError | None = None
    try:
        kernel.keys.recheck(expected)
    except AuthDeskError as exc:  # KeyringUnavailable, KeysMissing, WrongKey
        problem = exc
    return KeyStatus(kernel.installation_id, expected.key_id, expected.public_key,
                     kernel.keys.backend_name, problem, latest, head_seq, chain.handovers)


class KeyFileSuperseded(AuthDeskError):
    template = (
        "This key file holds signing key {found}, but the database now signs with key "
        "{expected} (the key was rotated). Nothing was imported; export a new key file."
    )


class KeyFileExists(AuthDeskError):
    template = "{path} exists already; choose another name."


class KeyFileNotWritten(AuthDeskError):
    template = "{path} could not be written: {reason}."


@dataclass(frozen=True)
class KeyFileWritten:
    path: Path
    database_id: str
    key_id: str


def installation_meta(db: Database) -> dict[str, str]:
    with db.read() as s:
        return {m.key: m.value for m in s.scalars(select(Meta))}


def stage_import(db: Database, blob: bytes, passphrase: str, label: str) -> KeyStore:
    """Check a key file against this database and store its keys in this workstation's
    keyring. The caller must then have an administrator sign in and ``confirm_import``, or
    ``forget`` the keys again."""
    header, _ = keyfile.read_header(blob, label)
    meta = installation_meta(db)
    if header.database_id != meta.get("installation_id"):
        raise keyfile.KeyFileForOtherDatabase(found=header.database_id,
                                              expected=meta.get("installation_id", "?"))
    if header.key_id != meta.get("key_id"):
        raise KeyFileSuperseded(found=header.key_id, expected=meta.get("key_id", "?"))
    _, material = keyfile.unseal(blob, passphrase, label)
    store = KeyStore(meta["installation_id"])
    store.import_material(material, KeyCheck(meta["key_check"], meta["signing_public_key"],
                                             meta["key_id"]))
    return store


class KeyService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def status(self, handle: Principal) -> KeyStatus:
        return key_status(self.kernel, handle)

    def export_file(self, handle: Principal, out: Path, passphrase: str) -> KeyFileWritten:
        """Write this database's keys, sealed under ``passphrase``, to a new file readable by
        its owner only. No file without its audit event."""
        if out.exists():
            raise KeyFileExists(path=str(out))
        kernel = self.kernel
        with kernel.read() as s:
            kernel.authorize(s, handle, Operation.TRANSFER_KEYS)
        key_id = key_id_of(kernel.keys.public_key_hex)
        blob = keyfile.seal(kernel.keys.export_material(), passphrase,
                            keyfile.KeyFileHeader(kernel.installation_id, key_id))
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.TRANSFER_KEYS)
            kernel.record(s, actor, Action.KEYS_EXPORTED,
                          subject=f"database:{kernel.installation_id}",
                          details={"key_id": key_id, "file": out.name})
            try:  # inside the transaction: no file without its audit event
                fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except OSError as exc:
                raise KeyFileNotWritten(path=str(out), reason=exc.strerror or "error") from None
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(blob)
            except OSError as exc:
                out.unlink(missing_ok=True)
                raise KeyFileNotWritten(path=str(out), reason=exc.strerror or "error") from None
        return KeyFileWritten(out, kernel.installation_id, key_id)

    def confirm_import(self, handle: Principal, file_name: str) -> str:
        """Record, as the signed-in administrator, that this workstation took the keys from a
        key file. Returns the key id."""
        kernel = self.kernel
        key_id = key_id_of(kernel.keys.public_key_hex)
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.TRANSFER_KEYS)
            kernel.record(s, actor, Action.KEYS_IMPORTED,
                          subject=f"database:{kernel.installation_id}",
                          details={"key_id": key_id, "file": file_name})
        return key_id

    def rotate(self, handle: Principal) -> KeyRotated:
        """Replace the audit signing key (the data key stays), as a signed-in administrator.

        In one transaction: ``keys.rotated`` is recorded, the head is signed by the old key
        (the hand-over checkpoint, witnessed like any other) and the same head by the new key,
        the hand-over (both keys' signatures over ``keys.handover_message``) is kept in
        ``audit_key``, and the installation's public key and key id are updated. The new key
        waits in the keyring beside the old one until the commit (``KeyStore.stage_rotation``);
        a rotation cut off after the commit is completed at the next start (``KeyStore.load``).
        Other workstations must then import a new key file: their old key no longer signs.
        """
        kernel = self.kernel
        with kernel.read() as s:
            kernel.authorize(s, handle, Operation.ROTATE_KEYS)
        store = kernel.keys
        new_public = store.stage_rotation()
        try:
            with kernel.write() as s:
                actor = kernel.authorize(s, handle, Operation.ROTATE_KEYS)
                old_public = store.public_key_hex
                old_id, new_id = key_id_of(old_public), key_id_of(new_public)
                kernel.record(s, actor, Action.KEYS_ROTATED,
                              subject=f"database:{kernel.installation_id}",
                              details={"previous_key_id": old_id, "key_id": new_id})
                handover = kernel.checkpoint(s, actor, CHECKPOINT_KEY_ROTATION)
                audit.add_checkpoint(s, at=audit.parse_ts(handover.ts), sign=store.sign_staged,
                                     key_id=new_id)
                message = handover_message(kernel.installation_id, old_public, new_public,
                                           handover.seq, handover.head_hash, handover.ts)
                s.add(AuditKey(key_id=new_id, public_key=new_public, previous_key_id=old_id,
                               previous_public_key=old_public, seq=handover.seq,
                               head_hash=handover.head_hash, ts=handover.ts,
                               signature_previous=store.sign(message).hex(),
                               signature=store.sign_staged(message).hex()))
                for key, value in (("signing_public_key", new_public), ("key_id", new_id)):
                    row = s.get(Meta, key)
                    if row is None:
                        s.add(Meta(key=key, value=value))
                    else:
                        row.value = value
        except BaseException:
            store.abandon_rotation()
            raise
        store.finish_rotation()
        return KeyRotated(old_id, new_id, handover.seq)
