"""The witness directory: every signed checkpoint also lands outside the database.

A workstation configured with a witness directory (``witness_dir`` in config.toml, or
``AUTHDESK_WITNESS_DIR``; in production a write-once share) writes one small JSON file per
signed checkpoint it takes, after the transaction that took it has committed:
``<dir>/<installation id>/checkpoint-<seq, 12 digits>.json``. The file is created with
``O_CREAT | O_EXCL`` and never rewritten: the same content again is fine, different content is a
conflict reported loudly (``WitnessConflict``). Verification reads every entry whose signature
verifies under a trusted key and fails when the database no longer holds those heads, so a
fresh workstation with no memory of its own still notices a truncated, rolled-back or
rewritten log.

The file's ``signature`` is the checkpoint's own Ed25519 signature over
``audit.checkpoint_message`` (docs/audit-format.md, "Witness files"). Deleting witness files
only loses protection back to the newest entry left.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authdesk.core.audit import CheckpointInfo, Damage, VerifyResult, checkpoint_message
from authdesk.core.errors import AuthDeskError
from authdesk.core.keys import KeyChain, key_id_of, verify_signature

log = logging.getLogger("authdesk.witness")

FORMAT = "authdesk-witness"
VERSION = 1
_NAME = re.compile(r"^checkpoint-(\d{12})\.json$")
# A witness file is a few hundred bytes; anything much larger is not one.
_MAX_BYTES = 4096


class WitnessConflict(AuthDeskError):
    template = (
        "The witness directory already holds a different checkpoint at event {seq} ({path}). "
        "The database may have been rolled back and regrown; run an integrity check "
        "(authdesk-admin audit verify)."
    )


class WitnessNotWritable(AuthDeskError):
    template = (
        "The witness directory {path} could not be written ({reason}); checkpoint {seq} is "
        "kept in the database only."
    )


@dataclass(frozen=True)
class WitnessEntry:
    installation_id: str
    checkpoint: CheckpointInfo
    public_key: str

    def as_dict(self) -> dict[str, Any]:
        cp = self.checkpoint
        return {"format": FORMAT, "version": VERSION, "installation_id": self.installation_id,
                "seq": cp.seq, "head_hash": cp.head_hash, "ts": cp.ts, "key_id": cp.key_id,
                "signature": cp.signature, "public_key": self.public_key}

    def encoded(self) -> bytes:
        return (json.dumps(self.as_dict(), sort_keys=True, indent=1) + "\n").encode("ascii")


@dataclass(frozen=True)
class BadWitness:
    """An entry that is not trusted, and why."""

    seq: int | None
    name: str
    reason: str


@dataclass
class WitnessReading:
    """What the witness directory says about one installation."""

    directory: Path
    newest: CheckpointInfo | None = None  # the newest entry that verifies under a trusted key
    valid: list[CheckpointInfo] = field(default_factory=list)  # every such entry, oldest first
    entries: int = 0
    bad: list[BadWitness] = field(default_factory=list)
    problem: str | None = None  # the directory itself cannot be read or written


def file_name(seq: int) -> str:
    return f"checkpoint-{seq:012d}.json"


class WitnessDir:
    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, installation_id: str) -> Path:
        return self.root / installation_id

    def write(self, entry: WitnessEntry) -> Path:
        """Create the entry's file once, fsynced. The same content again is accepted."""
        folder = self.folder(entry.installation_id)
        path = folder / file_name(entry.checkpoint.seq)
        data = entry.encoded()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WitnessNotWritable(path=str(self.root), reason=exc.strerror or "error",
                                     seq=entry.checkpoint.seq) from None
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o444)
        except FileExistsError:
            if _read_bytes(path) == data:
                return path
            raise WitnessConflict(seq=entry.checkpoint.seq, path=str(path)) from None
        except OSError as exc:
            raise WitnessNotWritable(path=str(self.root), reason=exc.strerror or "error",
                                     seq=entry.checkpoint.seq) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            _fsync_dir(folder)
        except OSError as exc:
            raise WitnessNotWritable(path=str(self.root), reason=exc.strerror or "error",
                                     seq=entry.checkpoint.seq) from None
        return path

    def read(self, installation_id: str, trusted: KeyChain) -> WitnessReading:
        """Every entry of the installation checked; the newest one that verifies under a key
        of ``trusted`` (a handed-over key only up to its hand-over) is the one to compare the
        database with."""
        folder = self.folder(installation_id)
        reading = WitnessReading(self.root)
        if not self.root.is_dir():
            reading.problem = "the witness directory does not exist"
            return reading
        if not os.access(folder if folder.is_dir() else self.root, os.W_OK):
            reading.problem = "the witness directory is not writable"
        try:
            names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        except OSError as exc:
            reading.problem = f"the witness directory cannot be read ({exc.strerror})"
            return reading
        for name in names:
            match = _NAME.match(name)
            if match is None:
                continue
            reading.entries += 1
            seq = int(match.group(1))
            info, reason = _check(folder / name, seq, installation_id, trusted)
            if info is None:
                reading.bad.append(BadWitness(seq, name, reason))
                continue
            reading.valid.append(info)
            if reading.newest is None or info.seq >= reading.newest.seq:
                reading.newest = info
        return reading


def witness_findings(reading: WitnessReading, result: VerifyResult,
                     latest: CheckpointInfo | None) -> None:
    """What verification adds from the witness directory besides the head check
    (audit.verify_chain's ``witness``): an entry that does not verify is damage (reported,
    never trusted); an unwritable directory and checkpoints missing from it are notes."""
    if result.damage is None and reading.bad:
        newest_bad = reading.bad[-1]
        result.damage = Damage(newest_bad.seq or 0, "bad_witness",
                               f"the witness file {newest_bad.name} is not trusted: "
                               f"{newest_bad.reason}")
    if reading.problem:
        result.notes.append(f"witness directory {reading.directory}: {reading.problem}")
    newest = reading.newest.seq if reading.newest else 0
    if latest is not None and latest.seq > newest:
        result.notes.append(
            f"the database's newest signed checkpoint (event {latest.seq}) is not in the witness "
            f"directory (its newest trusted entry is at event {newest}); a witness write failed "
            "or was not configured where it was taken")
    elif reading.newest is not None:
        result.notes.append(f"witness directory checked: the log holds its newest checkpoint, "
                            f"event {newest}")


def _read_bytes(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(_MAX_BYTES + 1)
    except OSError:
        return None


def _check(path: Path, seq: int, installation_id: str,
           trusted: KeyChain) -> tuple[CheckpointInfo | None, str]:
    raw = _read_bytes(path)
    if raw is None or len(raw) > _MAX_BYTES:
        return None, "unreadable"
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None, "not a witness file"
        info = CheckpointInfo(int(data["seq"]), str(data["head_hash"]), str(data["ts"]),
                              str(data["signature"]), str(data["key_id"]))
        public = str(data["public_key"])
        owner = str(data["installation_id"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None, "unreadable"
    if owner != installation_id:
        return None, f"it belongs to installation {owner}"
    if info.seq != seq:
        return None, f"it holds event {info.seq}, not the {seq} its name says"
    key = trusted.key_for(info.key_id, info.seq)
    if key is None:
        if info.key_id in trusted.retired_at:
            return None, (f"it is signed by key {info.key_id}, handed over at event "
                          f"{trusted.retired_at[info.key_id]}")
        return None, f"it is signed by key {info.key_id}, which this database does not trust"
    if key != public or key_id_of(public) != info.key_id:
        return None, "its public key is not the trusted key of that key id"
    try:
        signature = bytes.fromhex(info.signature)
    except ValueError:
        return None, "its signature is not valid"
    if not verify_signature(key, signature, checkpoint_message(info.seq, info.head_hash,
                                                                info.ts)):
        return None, "its signature is not valid"
    return info, ""


def _fsync_dir(folder: Path) -> None:
    """Make the new directory entry durable too (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
