#!/usr/bin/env python3
"""Verify an AuthDesk audit export (JSONL or CSV) against its signed manifest.

    python verify_export.py audit.jsonl [--manifest audit.jsonl.manifest.json] [--key-id ID]

An evidence pack (``authdesk-admin report evidence``) is checked the same way: its FILE.jsonl is
a chain segment ending at a signed checkpoint (docs/audit-format.md §5.2), and its manifest's
``evidence`` must cite only events of the file.

Independent of AuthDesk: the Python standard library, plus the ``cryptography`` package for
the Ed25519 signatures. It follows docs/audit-format.md §6 step by step, so it can be read as a
reference for a verifier in another language.

What it trusts: the one key id given with ``--key-id`` (without it, any key, with a note). It
does not follow signing-key hand-overs (docs/audit-format.md §4.2): an export made before a key
rotation is signed by the earlier key, so pass that key's id, which ``authdesk-admin keys
status`` lists with the event it handed over at; ``authdesk-admin audit verify-export`` follows
the database's hand-overs itself.

Exit status: 0 verified; 1 something was found (one "FAILED: <kind> [at event <seq>]: ..."
line per finding on standard output); 2 the files could not be read, or bad arguments.
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
EXPORT_FIELDS = (*FIELDS, "hash")
GENESIS = "0" * 64
MANIFEST_DOMAIN = b"authdesk-export-manifest-v1\n"
SEARCH = 256  # how far from its place a renumbered event's original number is looked for
WINDOW = 256  # how many later events the diagnosis reads
HEX = set("0123456789abcdef")


class Unreadable(Exception):
    """A file cannot be read at all: exit status 2."""


class BadLine(ValueError):
    pass


# -- §2 and §4: encodings ------------------------------------------------------------------------


def canonical_bytes(event: dict) -> bytes:
    """For each field in FIELDS order: UTF-8 byte length in decimal, ':', the bytes, '\\n'."""
    out = b""
    for name in FIELDS:
        raw = str(event[name]).encode("utf-8")
        out += str(len(raw)).encode("ascii") + b":" + raw + b"\n"
    return out


def hash_as(event: dict, seq: int) -> str:
    """The hash the event would have if it had been written as event ``seq``."""
    return hashlib.sha256(canonical_bytes({**event, "seq": seq})).hexdigest()


def checkpoint_message(cp: dict) -> bytes:
    return f"authdesk-checkpoint-v1\n{cp['seq']}\n{cp['head_hash']}\n{cp['ts']}\n".encode("ascii")


def manifest_message(manifest: dict) -> bytes:
    """§5.1: the domain line, then the canonical JSON of every member but ``signature``."""
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return MANIFEST_DOMAIN + json.dumps(body, sort_keys=True, separators=(",", ":"),
                                        ensure_ascii=False).encode("utf-8")


def ed25519_valid(public_key_hex: str, signature_hex: str, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not is_hex(signature_hex, 128):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def is_hex(value, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and set(value) <= HEX


def is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def finding(kind: str, seq: int | None, text: str) -> str:
    """One sentence: ``<kind> at event <seq>: <text>`` (no 'at event' when no event is named)."""
    return f"{kind}{'' if seq is None else f' at event {seq}'}: {text}"


def span(first: int, last: int) -> str:
    return f"event {first}" if first == last else f"events {first}..{last}"


def were(first: int, last: int) -> str:
    return f"{span(first, last)} {'was' if first == last else 'were'}"


# -- reading -------------------------------------------------------------------------------------


def no_repeats(pairs: list) -> dict:
    """A member named twice would let two readers see two different manifests or events."""
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise BadLine(f"the member {key!r} appears twice")
        seen[key] = value
    return seen


def no_constants(name: str):
    raise BadLine(f"{name} is not a JSON value")


def load(text: str):
    """JSON as every reader reads it alike: no repeated member, no NaN or Infinity."""
    return json.loads(text, object_pairs_hook=no_repeats, parse_constant=no_constants)


def as_event(record) -> dict:
    if not isinstance(record, dict) or set(record) != set(EXPORT_FIELDS):
        raise BadLine("it does not have exactly the eleven event fields")
    if not is_int(record["seq"]):
        raise BadLine("its seq is not a whole number")
    if not all(isinstance(record[name], str) for name in EXPORT_FIELDS[1:]):
        raise BadLine("a field other than seq is not text")
    return record


def read_events(data: bytes, file_format: str):
    """(events, the first line that is not an event or None, whether the last line was cut)."""
    events = []
    if file_format == "jsonl":
        # Lines end with LF only; str.splitlines would also split at U+2028 inside a value.
        pieces = data.split(b"\n")
        cut = pieces[-1] != b""
        for number, raw in enumerate(pieces[:-1], start=1):
            if not raw:
                continue
            try:
                events.append(as_event(load(raw.decode("utf-8", errors="replace"))))
            except ValueError as exc:
                return events, finding("unreadable", None,
                                       f"line {number} of the file is not an event ({exc})"), cut
        return events, None, cut
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    cut = bool(text) and not text.endswith("\n")
    rows = csv.reader(io.StringIO(text, newline=""))
    number = 0
    try:
        header = next(rows, None)
        number = 1
        if header is None or tuple(header) != EXPORT_FIELDS:
            return events, finding("unreadable", None,
                                   "row 1 of the file is not the header of an export"), cut
        body = list(rows)
    except csv.Error as exc:
        return events, finding("unreadable", None,
                               f"row {number + 1} of the file is not an event ({exc})"), cut
    if cut and body:
        body.pop()
    for number, row in enumerate(body, start=2):
        try:
            if len(row) != len(EXPORT_FIELDS):
                raise BadLine("it does not have eleven columns")
            # A cell the exporter guarded against spreadsheet formulas starts with one quote
            # (docs/audit-format.md, section 5): the stored text is the cell without it.
            record = dict(zip(EXPORT_FIELDS, (c[1:] if c.startswith("'") else c for c in row),
                              strict=True))
            if not (record["seq"].isascii() and record["seq"].isdigit()):
                raise BadLine("its seq is not a whole number")
            record["seq"] = int(record["seq"])
            events.append(as_event(record))
        except BadLine as exc:
            return events, finding("unreadable", None,
                                   f"row {number} of the file is not an event ({exc})"), cut
    return events, None, cut


def manifest_problem(m) -> str | None:
    """Why ``m`` is not a manifest this verifier can check (§5), or None."""
    if m.get("format") != "authdesk-audit-export":
        return "its format is not 'authdesk-audit-export'"
    version = m.get("format_version")
    if not is_int(version) or version not in (1, 2):
        return f"format_version {version!r} is not one this verifier knows (1 or 2)"
    for name in ("file", "file_sha256", "database_id", "exported_at", "exported_by",
                 "workstation"):
        if not isinstance(m.get(name), str):
            return f"its {name} is missing or not text"
    if m.get("file_format") not in ("jsonl", "csv"):
        return "its file_format is not jsonl or csv"
    if not is_int(m.get("count")) or m["count"] < 0:
        return "its count is missing or not a whole number"
    for name in ("first_seq", "last_seq"):
        if name not in m or not (m[name] is None or is_int(m[name])):
            return f"its {name} is missing or not a whole number or null"
    if "head_hash" not in m or not (m["head_hash"] is None or isinstance(m["head_hash"], str)):
        return "its head_hash is missing or not text or null"
    if not isinstance(m.get("complete"), bool):
        return "its complete is missing or not true or false"
    flt = m.get("filter")
    if not isinstance(flt, dict) or not all(isinstance(v, str) for v in flt.values()):
        return "its filter is missing or not an object of texts"
    cp = m.get("checkpoint")
    if not isinstance(cp, dict):
        return "its checkpoint is missing or not an object"
    if not is_int(cp.get("seq")) or cp["seq"] < 1:
        return "its checkpoint seq is missing or not a whole number of at least 1"
    for name in ("head_hash", "ts", "signature", "key_id", "public_key"):
        if not isinstance(cp.get(name), str):
            return f"its checkpoint {name} is missing or not text"
    if version == 2 and not isinstance(m.get("signature"), str):
        return "its signature is missing or not text"
    return None


# -- §6 steps 2 and 3: the signatures and the labels ---------------------------------------------


def signature_findings(m: dict, expected_key_id: str | None) -> list[str]:
    cp = m["checkpoint"]
    found = []
    if m["format_version"] == 1:
        found.append(finding("unsigned", None, "the manifest is not signed (format version 1): "
                             "nothing proves its complete, filter and count are as exported"))
    if not is_hex(cp["public_key"], 64):
        found.append(finding("bad_checkpoint", None,
                             "the checkpoint's public key is not 32 bytes of hex"))
        return found
    key_id = hashlib.sha256(bytes.fromhex(cp["public_key"])).hexdigest()[:16]
    if key_id != cp["key_id"]:
        found.append(finding("bad_checkpoint", None,
                             "the checkpoint's key id does not belong to its public key"))
    if expected_key_id is not None and key_id != expected_key_id:
        found.append(finding("wrong_key", None,
                             f"the checkpoint is signed by key {key_id}, not by {expected_key_id}"))
    if not (cp["head_hash"].isascii() and cp["ts"].isascii()
            and ed25519_valid(cp["public_key"], cp["signature"], checkpoint_message(cp))):
        found.append(finding("bad_checkpoint", None, "the checkpoint's signature is not valid"))
    if m["format_version"] == 2 and not ed25519_valid(cp["public_key"], m["signature"],
                                                      manifest_message(m)):
        found.append(finding("relabelled", None, "the manifest's signature is not valid: a "
                             "member of the manifest was changed after the export"))
    return found


# -- §6 step 5 and §6.1: the walk, and naming the first damage ----------------------------------


def seq_for(event: dict, target: str, expected: int | None, before: dict) -> int | None:
    """The sequence number under which the event's content hashes to ``target``, if any."""
    candidates = [event["seq"], event["seq"] + 1, event["seq"] - 1]
    if expected is not None:
        candidates.append(expected)
    if event["prev_hash"] == GENESIS:
        candidates.append(1)
    if event["prev_hash"] in before:
        candidates.append(before[event["prev_hash"]] + 1)
    candidates += range(max(1, event["seq"] - SEARCH), event["seq"] + SEARCH + 1)
    for seq in candidates:
        if seq >= 1 and hash_as(event, seq) == target:
            return seq
    return None


def walk(events: list, complete: bool, cp: dict, whole_file: bool, start: int = 1) -> str | None:
    """The first damage (one finding), or None. ``before`` maps the hash of every event
    already walked (all intact) to its sequence number. A chain segment (§5.2) is walked as a
    complete export that begins at ``start``."""
    before: dict = {}
    last = None
    for i, e in enumerate(events):
        damage = check(events, i, e, last, before, complete, cp, start)
        if damage:
            return damage
        before[e["hash"]] = e["seq"]
        last = e
    if complete and whole_file:
        end = last["seq"] if last else start - 1
        if end < cp["seq"]:
            return finding("truncated", end + 1, f"{span(end + 1, cp['seq'])}, which the signed "
                           f"checkpoint covers, {'is' if end + 1 == cp['seq'] else 'are'} "
                           "not in the file")
    return None


def check(events, i, e, last, before, complete, cp, start=1) -> str | None:
    s = e["seq"]
    intact = hash_as(e, s) == e["hash"]
    prev_hash = last["hash"] if last else GENESIS
    if complete:
        # A complete export holds exactly 1, 2, 3, ... checkpoint.seq; a segment start, start
        # + 1, ... checkpoint.seq, its first event's previous hash vouched for by the rest.
        expected = last["seq"] + 1 if last else start
        if last is None and start > 1:
            prev_hash = e["prev_hash"]
        if expected > cp["seq"]:
            return finding("inserted", expected, f"the file goes on after event {cp['seq']}, "
                           "the signed checkpoint a complete export ends at")
        if s > expected:
            return jump(events, i, e, expected, intact, before)
        if s < expected:
            if before.get(e["hash"]) == s:
                return finding("inserted", expected, f"a copy of event {s} was inserted after "
                               f"event {expected - 1}")
            return finding("inserted", expected, f"a second event numbered {s} was inserted "
                           f"after event {expected - 1}")
        if not intact:
            return renumbered(events, i, e, expected, prev_hash, before)
        if e["prev_hash"] != prev_hash:
            return unlinked(events, i, e, prev_hash, before, complete, cp)
    else:
        # A filtered export: strictly increasing numbers, none after the checkpoint.
        after = last["seq"] if last else 0
        if s <= after:
            if before.get(e["hash"]) == s:
                return finding("inserted", s, f"a copy of event {s} appears again after "
                               f"event {after}")
            if s == after:
                return finding("inserted", s, f"a second event numbered {s} follows it")
            return finding("reordered", s, f"it comes after event {after}: sequence numbers "
                           "must strictly increase")
        if s > cp["seq"]:
            return finding("inserted", s, f"it comes after event {cp['seq']}, the signed "
                           "checkpoint the export ends at")
        if not intact:
            w = seq_for(e, e["hash"], None, before)
            if w is not None:
                return finding("edited", s, f"its sequence number was changed: its hash is that "
                               f"of event {w}")
            return finding("edited", s, "its content does not match its hash")
        if (s == 1 or (last is not None and s == last["seq"] + 1)) \
                and e["prev_hash"] != prev_hash:
            return unlinked(events, i, e, prev_hash, before, complete, cp)
    if s == cp["seq"] and e["hash"] != cp["head_hash"]:
        return finding("edited", s, "it is not the head the checkpoint signs: it, or the "
                       "history up to it, was changed and the hashes recomputed")
    return None


def jump(events, i, e, expected, intact, before) -> str:
    """Complete export: the numbers jump from ``expected - 1`` to this event's."""
    for j in range(i + 1, min(len(events), i + 1 + WINDOW)):
        if events[j]["seq"] == expected:
            if j == i + 1 and e["seq"] == expected + 1:
                return finding("swapped", expected, f"events {expected} and {expected + 1} are "
                               "in each other's place")
            return finding("reordered", expected, f"it comes later in the file, after event "
                           f"{e['seq']}")
    if not intact and seq_for(e, e["hash"], expected, before) == expected:
        return finding("edited", expected, f"its sequence number was changed to {e['seq']}")
    return finding("deleted", expected, f"{span(expected, e['seq'] - 1)} "
                   f"{'is' if expected == e['seq'] - 1 else 'are'} missing")


def renumbered(events, i, e, expected, prev_hash, before) -> str:
    """Complete export: in its place, but its content does not match its hash. Where, if
    anywhere, was it written?"""
    w = seq_for(e, e["hash"], expected, before)
    later = events[i + 1:i + 1 + WINDOW]
    if w is None:
        for k, f in enumerate(later, start=1):
            # A later event was written for this place, or follows the last intact event.
            if hash_as(f, expected) == f["hash"] or f["prev_hash"] == prev_hash:
                return finding("inserted", expected, f"{were(expected, expected + k - 1)} "
                               "inserted; the events after renumbered")
        return finding("edited", expected, "its content does not match its hash")
    if w > expected:
        for f in later:
            if f["seq"] == w:
                if hash_as(f, expected) == f["hash"]:
                    return finding("swapped", expected, f"events {expected} and {w} were "
                                   "swapped")
                break
        return finding("deleted", expected, f"{were(expected, w - 1)} deleted and the events "
                       "after renumbered")
    if before.get(e["hash"]) == w:
        return finding("inserted", expected, f"a copy of event {w} was inserted here and the "
                       "events after renumbered")
    return finding("inserted", w, f"{were(w, expected - 1)} inserted and the events after "
                   "renumbered")


def unlinked(events, i, e, prev_hash, before, complete, cp) -> str:
    """It matches its own hash but does not name the hash of the event before it."""
    s = e["seq"]
    nxt = events[i + 1] if i + 1 < len(events) else None
    vouched = (nxt is not None and nxt["seq"] == s + 1 and nxt["prev_hash"] == e["hash"]) or (
        s == cp["seq"] and e["hash"] == cp["head_hash"])
    if vouched:
        # What follows (or the signed head) confirms this event as it is: the one before it
        # is not what the chain implies.
        if s == 1:
            return finding("edited", 1, "its previous hash is not the genesis value")
        return finding("edited", s - 1, f"it was changed and its hash recomputed: event {s} "
                       "still names its original hash")
    if complete:
        for k, f in enumerate(events[i + 1:i + 1 + WINDOW], start=1):
            if f["prev_hash"] == prev_hash:
                return finding("inserted", s, f"{were(s, s + k - 1)} inserted; the events after "
                               "renumbered and their hashes recomputed")
        if nxt is not None:
            w = seq_for(e, nxt["prev_hash"], s, before)
            if w is not None and w > s:
                return finding("deleted", s, f"{were(s, w - 1)} deleted; the events after "
                               "renumbered and their hashes recomputed")
            if w is not None and w < s:
                return finding("inserted", w, f"{were(w, s - 1)} inserted; the events after "
                               "renumbered and their hashes recomputed")
    start = "start from the genesis value" if s == 1 else f"follow event {s - 1}"
    return finding("edited", s, f"it does not {start} and no later event names its hash: it "
                   "was changed and its hash recomputed")


# -- §5.2: chain segments and evidence packs -------------------------------------------------------


def segment_start(flt: dict):
    """The first sequence number of a chain segment (the filter is exactly ``from_seq``), or
    None for any other export."""
    value = flt.get("from_seq") if set(flt) == {"from_seq"} else None
    if value is None or not (value.isascii() and value.isdigit()) or value.startswith("0"):
        return None
    return int(value)


def evidence_problems(manifest: dict, seqs: set) -> list:
    """An evidence pack's manifest names the events its lines cite: each must be in the file."""
    if "evidence" not in manifest:
        return []
    evidence = manifest["evidence"]
    cited = evidence.get("events") if isinstance(evidence, dict) else None
    if not isinstance(cited, list) or not all(is_int(s) for s in cited):
        return [finding("manifest_invalid", None, "the manifest is not valid: its evidence "
                        "events are not a list of whole numbers")]
    missing = sorted(s for s in cited if s not in seqs)
    if missing:
        return [finding("mismatch", None, f"the manifest's evidence cites event {missing[0]}, "
                        "which is not in the file")]
    return []


# -- §6: everything, in order --------------------------------------------------------------------


def verify(export: Path, manifest_file: Path, expected_key_id: str | None) -> list[str]:
    """The findings (empty: verified). Prints what was proven when there are none."""
    try:
        manifest = load(manifest_file.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise Unreadable(f"the manifest {manifest_file} cannot be read: {exc.strerror}") from None
    except BadLine as exc:
        return [finding("manifest_invalid", None, f"the manifest is not valid: {exc}")]
    except ValueError as exc:
        raise Unreadable(f"the manifest {manifest_file} cannot be read: it is not UTF-8 JSON "
                         f"({exc})") from None
    if not isinstance(manifest, dict):
        raise Unreadable(f"the manifest {manifest_file} cannot be read: it is not a JSON object")
    problem = manifest_problem(manifest)
    if problem:
        return [finding("manifest_invalid", None, f"the manifest is not valid: {problem}")]
    try:
        data = export.read_bytes()
    except OSError as exc:
        raise Unreadable(f"the export file {export} cannot be read: {exc.strerror}") from None

    # 1. The signatures, 2. the labels, 3. the file's digest.
    cp = manifest["checkpoint"]
    problems = signature_findings(manifest, expected_key_id)
    flt = manifest["filter"]
    complete = manifest["complete"] or not flt  # an unfiltered export is always complete
    if manifest["complete"] and flt:
        problems.append(finding("relabelled", None, "the manifest says the export is complete "
                                "but names a filter (checked as complete)"))
    elif not manifest["complete"] and not flt:
        problems.append(finding("relabelled", None, "the manifest says the export is not "
                                "complete but names no filter (checked as complete)"))
    if hashlib.sha256(data).hexdigest() != manifest["file_sha256"]:
        problems.append(finding("file_changed", None,
                                "the file's SHA-256 differs from the manifest's"))

    # 4. The events, even when the digest differs: the first damage, named.
    start = segment_start(flt)
    if start is not None:
        complete = True  # every event from_seq .. checkpoint.seq matches: all must be there
    events, unreadable, cut = read_events(data, manifest["file_format"])
    damage = walk(events, complete, cp, whole_file=unreadable is None, start=start or 1)
    if damage:
        problems.append(damage)
    elif unreadable:
        problems.append(unreadable)
    elif cut and not complete:
        problems.append(finding("truncated", None, "the file ends in the middle of a line"))

    # 5. The manifest's summary is true of the file.
    if unreadable is None:
        summary = {"count": len(events),
                   "first_seq": events[0]["seq"] if events else None,
                   "last_seq": events[-1]["seq"] if events else None,
                   "head_hash": events[-1]["hash"] if events else None}
        for name, value in summary.items():
            if manifest[name] != value:
                problems.append(finding("mismatch", None, f"the manifest's {name} is "
                                        f"{json.dumps(manifest[name], ensure_ascii=False)} but "
                                        f"the file gives {json.dumps(value, ensure_ascii=False)}"))
        problems.extend(evidence_problems(manifest, {e["seq"] for e in events}))
    if problems:
        return problems

    key_id = cp["key_id"]
    print(f"OK: {len(events)} event(s), each matching its hash; file SHA-256 matches.")
    print(f"OK: checkpoint at event {cp['seq']} ({cp['ts']}) signed by key {key_id}; the "
          "manifest is signed by the same key.")
    if start is not None:
        print(f"OK: chain segment: events {start}..{cp['seq']} form an unbroken chain ending at "
              "the signed head.")
    elif complete:
        print(f"OK: complete export: events 1..{cp['seq']} form an unbroken chain ending at "
              "the signed head.")
    else:
        print(f"NOTE: filtered export ({json.dumps(flt, ensure_ascii=False)}): each event is "
              "shown to be internally consistent; that no matching event is missing, and that "
              "these events are in the signed chain, needs a complete export or the database.")
    if not expected_key_id:
        print("NOTE: compare the key id with the one your organisation recorded for this "
              "database (authdesk-admin keys status); a forger could sign with a new key.")
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--manifest", type=Path)
    parser.add_argument("--key-id", help="the key id recorded for this database when the export "
                        "was made (after a key rotation, an older export needs the earlier "
                        "key id); the only key trusted")
    args = parser.parse_args(argv)  # bad arguments exit 2
    manifest_file = args.manifest or args.export.with_name(args.export.name + ".manifest.json")
    try:
        import cryptography  # noqa: F401
    except ImportError:
        print("cannot check the signatures: install the 'cryptography' package", file=sys.stderr)
        return 2
    try:
        problems = verify(args.export, manifest_file,
                          args.key_id.lower() if args.key_id else None)
    except Unreadable as exc:
        print(f"cannot read the export: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"FAILED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
