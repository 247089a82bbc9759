"""The audit log as a service: signed checkpoints, integrity verification and exports, for
staff and the admin CLI. The writer itself is ``audit.record`` (called through ``Desk.record``).

``docs/audit-format.md`` describes the export files; ``docs/verify_export.py`` checks them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from authdesk.core import audit, reconcile
from authdesk.core.actions import Action
from authdesk.core.audit import CheckpointInfo, Damage, VerifyResult, format_ts
from authdesk.core.auditquery import AuditFilter, page
from authdesk.core.authority import Principal
from authdesk.core.csvsafe import audit_cell
from authdesk.core.errors import AuthDeskError, InvalidInput
from authdesk.core.exportverify import (
    MANIFEST_FORMAT,
    MANIFEST_VERSION,
    ExportVerdict,
    Finding,
    manifest_message,
    verify_files,
)
from authdesk.core.kernel import Kernel
from authdesk.core.keys import KeyChain, trusted_keys
from authdesk.core.policy import SPECS
from authdesk.core.roles import Operation
from authdesk.core.witness import WitnessReading, witness_findings
from authdesk.core.workstation import WorkstationMemoryDamaged
from authdesk.storage.models import AuditEvent

EXPORT_FORMAT = MANIFEST_FORMAT
EXPORT_FORMAT_VERSION = MANIFEST_VERSION
EXPORT_FORMATS = ("jsonl", "csv")
# The stored fields, in this order, in every line (JSONL) or column (CSV) of an export.
EXPORT_FIELDS = (*audit.FIELDS, "hash")
_PAGE = 2000


class ExportCancelled(AuthDeskError):
    template = "The export was cancelled; no file was written."


class ExportFailed(AuthDeskError):
    template = "The export file {path} could not be written: {reason}."


class AuditUnreadable(AuthDeskError):
    template = (
        "An audit event after event {seq} cannot be read. Run an integrity check "
        "(authdesk-admin audit verify) to find the damage."
    )


@dataclass(frozen=True)
class Manifest:
    """What ``FILE.manifest.json`` says about an export (see docs/audit-format.md)."""

    file: str
    file_format: str
    file_sha256: str
    count: int
    first_seq: int | None
    last_seq: int | None
    head_hash: str | None  # the hash of the last exported event
    complete: bool  # no filter: every event from 1 to the checkpoint's sequence
    filter: dict[str, str]
    checkpoint: dict[str, Any]  # the signed checkpoint taken for this export, with public_key
    database_id: str
    exported_at: str
    exported_by: str
    workstation: str
    format: str = EXPORT_FORMAT
    format_version: int = EXPORT_FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)
    # Ed25519 over exportverify.manifest_message(every other member), by the checkpoint's key:
    # relabelling any member (complete, filter, count, ...) breaks it.
    signature: str = ""

    def unsigned(self) -> dict[str, Any]:
        """Every member of the manifest file but ``signature``: what the signature covers."""
        data = asdict(self)
        extra = data.pop("extra")
        data.pop("signature")
        ordered = {"format": data.pop("format"), "format_version": data.pop("format_version")}
        return {**ordered, **data, **extra}

    def as_dict(self) -> dict[str, Any]:
        return {**self.unsigned(), "signature": self.signature}


def manifest_path(out: Path) -> Path:
    return out.with_name(out.name + ".manifest.json")


def export_record(event: AuditEvent) -> dict[str, Any]:
    """One exported event: the stored fields exactly; ``details`` stays the stored JSON text."""
    values = audit.event_values(event)
    values["hash"] = event.hash
    return {name: values[name] for name in EXPORT_FIELDS}


class _HashingWriter:
    """Writes bytes to a file and keeps their SHA-256 (no second pass over a large file)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.sha = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.sha.update(data)
        self.fh.write(data)


def _encode_page(records: list[dict[str, Any]], file_format: str) -> bytes:
    if file_format == "jsonl":
        return b"".join(
            (json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            for r in records
        )
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    # A spreadsheet must not run a cell as a formula; the verifiers take the quote off again.
    writer.writerows([[audit_cell(str(r[name])) for name in EXPORT_FIELDS] for r in records])
    return text.getvalue().encode("utf-8")


class AuditService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def checkpoint(self, handle: Principal, *, reason: str = "manual") -> CheckpointInfo:
        """Record ``audit.checkpointed`` and sign the head that includes it. Any signed-in
        person (export, the interval timer, on demand) or the system may take one; the core
        takes its own after approvals, requests taking effect, staff and policy changes and
        at sign-out (``Kernel.checkpoint_at_commit``)."""
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.CHECKPOINT_AUDIT)
            return self.kernel.checkpoint(s, actor, reason)

    def checkpoint_due(self) -> bool:
        """True when the newest checkpoint is older than the policy interval."""
        with self.kernel.read() as s:
            return self.kernel.checkpoint_due(s)

    def verify(
        self,
        handle: Principal,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> VerifyResult:
        """Check the whole chain, every checkpoint signature, that every checkpoint event has
        its signed row and every row its event, that no events are left unsigned longer than
        the checkpoint interval and its grace, and this workstation's memory; then, on an
        intact log, that the tables agree with it (``reconcile.check``).

        The outcome is itself audited (after the walk, so the walk covers a stable log)."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VERIFY_AUDIT)
            memory_error: WorkstationMemoryDamaged | None = None
            try:
                seen = self.kernel.workstation.seen_checkpoint(self.kernel.installation_id)
            except WorkstationMemoryDamaged as exc:
                seen, memory_error = None, exc
            trusted = self._trusted_keys(s)
            reading = self._witness_reading(trusted)
            result = audit.verify_chain(
                s, public_key_hex=self.kernel.keys.public_key_hex, seen_checkpoint=seen,
                progress=progress, cancelled=cancelled, now=self.kernel.now(),
                default_interval_minutes=SPECS[audit.INTERVAL_POLICY].default,
                witness=reading.newest if reading else None,
                witness_history=reading.valid if reading else (), trusted_keys=trusted)
            if reading is not None:
                witness_findings(reading, result, audit.latest_checkpoint(s))
        if result.damage is None:
            self._reconcile(result, cancelled)
        details: dict[str, object] = {"events": result.events, "head_seq": result.head_seq,
                                      "checkpoints": result.checkpoints}
        if result.mismatches:
            details["mismatches"] = len(result.mismatches)
        if result.damage:
            details.update(first_bad_seq=result.damage.seq, damage=result.damage.kind)
        if memory_error is not None:
            result.memory_error = memory_error
            details["workstation_memory"] = "damaged"
        try:
            with self.kernel.write() as s:
                actor = self.kernel.authorize(s, handle, Operation.VERIFY_AUDIT)
                self.kernel.record(s, actor, Action.AUDIT_VERIFIED, subject="audit",
                                   outcome="ok" if result.ok else "failed", details=details)
        except IntegrityError:
            # Events were added behind the writer's back, so the next sequence number is
            # taken. The finding matters more than recording it: report it all the same.
            if result.ok:
                with self.kernel.read() as s:
                    seq, _ = audit.head(s)
                result.damage = Damage(seq + 1, "inserted", f"event {seq + 1} was added outside "
                                       f"AuthDesk: the log's head record ends at {seq}")
            result.notes.append("this check could not be recorded in the log: the log's head "
                                "record no longer matches its events")
        return result

    def _reconcile(self, result: VerifyResult,
                   cancelled: Callable[[], bool] | None) -> None:
        """The tables against the log, in one snapshot of both (a change and its event commit
        together, so a snapshot never holds one without the other): on PostgreSQL a
        REPEATABLE READ transaction of its own, on SQLite any read transaction is one."""
        with self.kernel.read() as s:
            if not self.kernel.db.is_sqlite:
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            try:
                result.mismatches = reconcile.check(s, self.kernel.keys, cancelled=cancelled)
            except reconcile.ReconcileCancelled:
                raise audit.VerifyCancelled() from None
        if result.mismatches:
            first = result.mismatches[0]
            result.damage = Damage(first.since or 0, "state_differs", first.sentence)
    def _trusted_keys(self, s: Session) -> KeyChain:
        """The current signing key and every earlier one handed over to it (keys.HandOver)."""
        return trusted_keys(self.kernel.installation_id, self.kernel.keys.public_key_hex,
                            audit.handovers(s))

    def _witness_reading(self, trusted: KeyChain) -> WitnessReading | None:
        witness = self.kernel.witness
        return witness.read(self.kernel.installation_id, trusted) if witness else None

    def export(
        self,
        handle: Principal,
        out: Path,
        flt: AuditFilter | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        format: str = "jsonl",
    ) -> Manifest:
        """Write the (filtered) log up to a fresh signed checkpoint to ``out`` and its manifest
        to ``FILE.manifest.json``; return the manifest.

        A checkpoint is taken first (policy: checkpoint on export), and the export stops at it,
        so a complete export ends exactly at a signed head. Pages are read by keyset and
        written as they come, so memory stays flat for any size of log. Both files appear
        only when the ``audit.exported`` event is committed: a failed or cancelled export
        leaves no file and no event.
        """
        if format not in EXPORT_FORMATS:
            raise InvalidInput(field="format", reason="use jsonl or csv")
        flt = flt or AuditFilter()
        with self.kernel.read() as s:
            actor = self.kernel.authorize(s, handle, Operation.EXPORT_AUDIT)
        cp = self.checkpoint(handle, reason="export")
        with self.kernel.read() as s:
            total = int(s.scalar(flt.apply(select(func.count()).select_from(AuditEvent))
                                 .where(AuditEvent.seq <= cp.seq)) or 0)
        partial = out.with_name(out.name + ".partial")
        count, first, last, last_hash = 0, None, None, None
        try:
            with partial.open("wb") as fh:
                writer = _HashingWriter(fh)
                if format == "csv":
                    # The byte-order mark makes spreadsheet programs read the file as UTF-8.
                    writer.write("\ufeff".encode())
                    writer.write(_encode_page([{f: f for f in EXPORT_FIELDS}], "csv"))
                after = 0
                while True:
                    if cancelled and cancelled():
                        raise ExportCancelled()
                    with self.kernel.read() as s:
                        try:
                            rows = page(s, flt, after_seq=after, before_seq=cp.seq + 1,
                                        limit=_PAGE)
                        except ValueError:  # a stored value the database cannot read back
                            raise AuditUnreadable(seq=after) from None
                        records = [export_record(r) for r in rows]
                    if not records:
                        break
                    writer.write(_encode_page(records, format))
                    count += len(records)
                    first = first if first is not None else records[0]["seq"]
                    last, last_hash = records[-1]["seq"], records[-1]["hash"]
                    after = last
                    if progress:
                        progress(count, total)
                fh.flush()
                os.fsync(fh.fileno())
            manifest = Manifest(
                file=out.name, file_format=format, file_sha256=writer.sha.hexdigest(),
                count=count, first_seq=first, last_seq=last, head_hash=last_hash,
                complete=flt.empty, filter=flt.describe(),
                checkpoint={**cp.as_dict(), "public_key": self.kernel.keys.public_key_hex},
                database_id=self.kernel.installation_id, exported_at=format_ts(self.kernel.now()),
                exported_by=actor.username, workstation=actor.workstation,
            )
            manifest = replace(manifest, signature=self.kernel.keys.sign(
                manifest_message(manifest.unsigned())).hex())
            self._publish(handle, partial, out, manifest)
        except OSError as exc:
            raise ExportFailed(path=str(out), reason=exc.strerror or type(exc).__name__) from None
        finally:
            partial.unlink(missing_ok=True)
        return manifest

    def _publish(self, handle: Principal, partial: Path, out: Path, manifest: Manifest) -> None:
        """Move the files into place inside the transaction that records the export."""
        target = manifest_path(out)
        staged = target.with_name(target.name + ".partial")
        try:
            staged.write_text(json.dumps(manifest.as_dict(), ensure_ascii=False, indent=2) + "\n",
                              encoding="utf-8")
            with self.kernel.write() as s:
                actor = self.kernel.authorize(s, handle, Operation.EXPORT_AUDIT)
                self.kernel.record(s, actor, Action.AUDIT_EXPORTED, subject="audit", details={
                    "file": manifest.file, "format": manifest.file_format,
                    "count": manifest.count, "first_seq": manifest.first_seq,
                    "last_seq": manifest.last_seq, "checkpoint_seq": manifest.checkpoint["seq"],
                    "file_sha256": manifest.file_sha256, "filter": manifest.filter,
                })
                os.replace(staged, target)
                try:
                    os.replace(partial, out)
                except OSError:
                    target.unlink(missing_ok=True)
                    raise
        finally:
            staged.unlink(missing_ok=True)

    def verify_export(self, handle: Principal, manifest_file: Path,
                      export_file: Path | None = None) -> ExportVerdict:
        """Check an export and its manifest as docs/verify_export.py does, trusting this
        database's signing key; the outcome is audited. ExportUnreadable when a file cannot be
        read at all (nothing is recorded then: nothing was checked)."""
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VERIFY_AUDIT)
            chain = self._trusted_keys(s)
        verdict = handed_over(chain, verify_files(manifest_file, export_file,
                                                  frozenset(chain.keys)))
        details: dict[str, object] = {
            "manifest": manifest_file.name, "file": verdict.file, "events": verdict.events,
            "checkpoint_seq": verdict.checkpoint_seq, "complete": verdict.complete,
            "findings": [f.kind for f in verdict.findings],
        }
        first_bad = next((f for f in verdict.findings if f.seq is not None), None)
        if first_bad is not None:
            details.update(first_bad_seq=first_bad.seq, damage=first_bad.kind)
        with self.kernel.write() as s:
            actor = self.kernel.authorize(s, handle, Operation.VERIFY_AUDIT)
            self.kernel.record(s, actor, Action.AUDIT_EXPORT_VERIFIED, subject="audit",
                               outcome="ok" if verdict.ok else "failed", details=details)
        return verdict


def handed_over(chain: KeyChain, verdict: ExportVerdict) -> ExportVerdict:
    """An export signed by an earlier key is trusted through the database's hand-overs, and
    only for a checkpoint up to that key's hand-over (a leaked old key signs nothing later)."""
    retired = chain.retired_at.get(verdict.key_id or "")
    if retired is None or verdict.checkpoint_seq is None or verdict.checkpoint_seq <= retired:
        return verdict
    late = Finding("wrong_key", None, f"the checkpoint at event {verdict.checkpoint_seq} is "
                   f"signed by key {verdict.key_id}, which was handed over at event {retired}")
    return replace(verdict, findings=(*verdict.findings, late))
