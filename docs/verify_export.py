#!/usr/bin/env python3
"""Verify an AuthDesk audit export (JSONL or CSV) against its manifest.

    python verify_export.py audit.jsonl [--manifest audit.jsonl.manifest.json] [--key-id ID]

Independent of AuthDesk: the Python standard library, plus the ``cryptography`` package for
the Ed25519 signature of the checkpoint. It follows docs/audit-format.md step by step, so it
can be read as a reference for a verifier in another language.

Exit status: 0 verified, 1 verification failed, 2 the files could not be read.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
from pathlib import Path

FIELDS = ("seq", "ts", "actor", "role", "workstation", "action", "subject", "outcome",
          "details", "prev_hash")
GENESIS = "0" * 64


def canonical_bytes(event: dict) -> bytes:
    """For each field in FIELDS order: UTF-8 byte length in decimal, ':', the bytes, '\\n'."""
    out = b""
    for name in FIELDS:
        raw = str(event[name]).encode("utf-8")
        out += str(len(raw)).encode("ascii") + b":" + raw + b"\n"
    return out


def checkpoint_message(cp: dict) -> bytes:
    return f"authdesk-checkpoint-v1\n{cp['seq']}\n{cp['head_hash']}\n{cp['ts']}\n".encode("ascii")


def read_events(data: bytes, file_format: str) -> list[dict]:
    text = data.decode("utf-8")
    if file_format == "jsonl":
        # Lines end with LF only; str.splitlines would also split at U+2028 inside a value.
        events = [json.loads(line) for line in text.split("\n") if line]
    elif file_format == "csv":
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
        header, body = rows[0], rows[1:]
        if tuple(header) != (*FIELDS, "hash"):
            raise ValueError(f"unexpected CSV columns {header}")
        events = [dict(zip(header, r, strict=True)) for r in body]
    else:
        raise ValueError(f"unknown file format {file_format!r}")
    for event in events:
        event["seq"] = int(event["seq"])
    return events


def verify(export: Path, manifest: dict, expected_key_id: str | None) -> list[str]:
    """The list of problems found (empty: verified). Prints what was proven."""
    problems: list[str] = []
    if (manifest.get("format"), manifest.get("format_version")) != ("authdesk-audit-export", 1):
        return ["the manifest is not an authdesk-audit-export version 1 manifest"]
    data = export.read_bytes()

    # 1. The file is the one the manifest describes.
    if hashlib.sha256(data).hexdigest() != manifest["file_sha256"]:
        return ["the file's SHA-256 differs from the manifest: the file was changed"]
    events = read_events(data, manifest["file_format"])

    # 2. Every event matches its own hash; consecutive sequence numbers link.
    cp = manifest["checkpoint"]
    previous: dict | None = None
    for event in events:
        seq = event["seq"]
        if hashlib.sha256(canonical_bytes(event)).hexdigest() != event["hash"]:
            problems.append(f"event {seq}: its content does not match its hash (edited)")
        if previous is not None and seq <= previous["seq"]:
            problems.append(f"event {seq}: out of order after {previous['seq']}")
        if seq > cp["seq"]:
            problems.append(f"event {seq}: after the checkpoint the export claims to end at")
        if previous is not None and seq == previous["seq"] + 1 \
                and event["prev_hash"] != previous["hash"]:
            problems.append(f"event {seq}: does not follow event {previous['seq']}")
        if seq == 1 and event["prev_hash"] != GENESIS:
            problems.append("event 1: its previous hash is not the genesis value")
        if problems:
            return problems
        previous = event

    # 3. The manifest's summary is true of the file.
    summary = {
        "count": len(events),
        "first_seq": events[0]["seq"] if events else None,
        "last_seq": events[-1]["seq"] if events else None,
        "head_hash": events[-1]["hash"] if events else None,
    }
    for key, value in summary.items():
        if manifest[key] != value:
            problems.append(f"manifest {key} is {manifest[key]!r} but the file gives {value!r}")

    # 4. A complete export is the whole log from event 1 up to the signed checkpoint.
    if manifest["complete"]:
        if [e["seq"] for e in events] != list(range(1, len(events) + 1)):
            problems.append("a complete export must hold every event from 1 without gaps")
        elif summary["last_seq"] != cp["seq"] or summary["head_hash"] != cp["head_hash"]:
            problems.append("the last event is not the head the checkpoint signs")

    # 5. The checkpoint is signed by the database's key.
    public_key = bytes.fromhex(cp["public_key"])
    key_id = hashlib.sha256(public_key).hexdigest()[:16]
    if key_id != cp["key_id"]:
        problems.append("the checkpoint's key id does not belong to its public key")
    if expected_key_id and key_id != expected_key_id.lower():
        problems.append(f"the checkpoint is signed by key {key_id}, not by {expected_key_id}")
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError:
        problems.append("the signature cannot be checked: install the 'cryptography' package")
    else:
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(
                bytes.fromhex(cp["signature"]), checkpoint_message(cp))
        except (InvalidSignature, ValueError):
            problems.append("the checkpoint's signature is not valid")
    if problems:
        return problems

    print(f"OK: {len(events)} event(s), each matching its hash; file SHA-256 matches.")
    print(f"OK: checkpoint at event {cp['seq']} ({cp['ts']}) signed by key {key_id}.")
    if manifest["complete"]:
        print(f"OK: complete export: events 1..{cp['seq']} form an unbroken chain ending at "
              "the signed head.")
    else:
        print(f"NOTE: filtered export ({manifest['filter']}): each event is shown to be "
              "internally consistent; that no matching event is missing, and that these events "
              "are in the signed chain, needs a complete export or the database.")
    if not expected_key_id:
        print("NOTE: compare the key id with the one your organisation recorded for this "
              "database (authdesk-admin keys status); a forger could sign with a new key.")
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--manifest", type=Path)
    parser.add_argument("--key-id", help="the key id recorded for this database")
    args = parser.parse_args(argv)
    manifest_file = args.manifest or args.export.with_name(args.export.name + ".manifest.json")
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        problems = verify(args.export, manifest, args.key_id)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"cannot read the export: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"FAILED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
