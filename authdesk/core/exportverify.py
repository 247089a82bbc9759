"""Checking an audit export (the file and its signed manifest) the way an outside auditor would.

This is the in-app twin of the stand-alone ``docs/verify_export.py``: both follow the rules of
docs/audit-format.md §6 step by step and must reach the same findings, with the same kind and
the same event named, for every file (tests/test_verify_export.py runs both over a matrix of
damage). The export's writer is ``auditlog.AuditService.export``; the manifest's signed message
is ``manifest_message`` here, used by both.

Nothing here reads the database: the only thing an installation adds is the key id it trusts.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authdesk.core.audit import FIELDS, GENESIS_HASH, checkpoint_message, event_hash
from authdesk.core.csvsafe import audit_cell_value
from authdesk.core.errors import AuthDeskError
from authdesk.core.keys import key_id_of, verify_signature

MANIFEST_FORMAT = "authdesk-audit-export"
# Version 1 manifests were not signed; version 2 carries ``signature``.
MANIFEST_VERSION = 2
# The first line of the signed message: no checkpoint message (``authdesk-checkpoint-v1``) or
# other AuthDesk signature can ever be taken for a manifest's, nor the other way round.
MANIFEST_DOMAIN = b"authdesk-export-manifest-v1\n"
EXPORT_FIELDS = (*FIELDS, "hash")
# How far from its place a renumbered event's original sequence number is looked for, and how
# many later events the diagnosis reads. The reference verifier uses the same two numbers.
SEARCH = 256
WINDOW = 256

_HEX = frozenset("0123456789abcdef")


class ExportUnreadable(AuthDeskError):
    """The manifest or the export file cannot be read at all: nothing was verified (exit 2)."""

    template = "The {what} {path} cannot be read: {reason}."

    @property
    def name(self) -> str:
        return "manifest_unreadable" if self.params.get("what") == "manifest" else (
            "file_unreadable")


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8 (not \\u escapes): RFC 8785 for what a manifest holds
    (ASCII member names, integers, strings, true/false/null, nested objects)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def manifest_message(manifest: Mapping[str, Any]) -> bytes:
    """What the manifest's Ed25519 signature signs: the domain line, then the canonical JSON of
    every member of the manifest except ``signature``."""
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return MANIFEST_DOMAIN + canonical_json(body)


# -- findings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One thing found wrong. ``kind`` is one of the table in docs/audit-format.md §6;
    ``seq`` names the event (None when the finding is about the manifest or the whole file)."""

    kind: str
    seq: int | None
    text: str

    @property
    def sentence(self) -> str:
        where = f" at event {self.seq}" if self.seq is not None else ""
        return f"{self.kind}{where}: {self.text}"


@dataclass(frozen=True)
class ExportVerdict:
    findings: tuple[Finding, ...]
    events: int
    complete: bool
    filter: dict[str, str] = field(default_factory=dict)
    checkpoint_seq: int | None = None
    checkpoint_ts: str | None = None
    key_id: str | None = None
    file: str = ""
    # A chain segment (an evidence pack, docs/audit-format.md §5.2): the events from this
    # number to the checkpoint, every one of them.
    segment_from: int | None = None

    @property
    def ok(self) -> bool:
        return not self.findings

    def lines(self) -> list[str]:
        """What both verifiers print: one ``FAILED:`` sentence per finding, or what was shown."""
        if self.findings:
            return [f"FAILED: {f.sentence}" for f in self.findings]
        lines = [f"OK: {self.events} event(s), each matching its hash; file SHA-256 matches.",
                 f"OK: checkpoint at event {self.checkpoint_seq} ({self.checkpoint_ts}) signed "
                 f"by key {self.key_id}; the manifest is signed by the same key."]
        if self.segment_from is not None:
            lines.append(f"OK: chain segment: events {self.segment_from}..{self.checkpoint_seq} "
                         "form an unbroken chain ending at the signed head.")
        elif self.complete:
            lines.append(f"OK: complete export: events 1..{self.checkpoint_seq} form an unbroken "
                         "chain ending at the signed head.")
        else:
            lines.append(f"NOTE: filtered export ({json.dumps(self.filter, ensure_ascii=False)})"
                         ": each event is shown to be internally consistent; that no matching "
                         "event is missing, and that these events are in the signed chain, needs "
                         "a complete export or the database.")
        return lines


# -- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Event:
    line: int
    seq: int
    values: dict[str, Any]  # the ten hashed fields, seq as a number
    hash: str
    prev: str


class _BadLine(ValueError):
    pass


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A member named twice would let two readers see two different manifests or events."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _BadLine(f"the member {key!r} appears twice")
        seen[key] = value
    return seen


def _no_constants(name: str) -> Any:
    raise _BadLine(f"{name} is not a JSON value")


def _load(text: str) -> Any:
    """JSON as every reader reads it alike: no repeated member, no NaN or Infinity."""
    return json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constants)


def _event(line: int, record: Any) -> _Event:
    if not isinstance(record, dict) or set(record) != set(EXPORT_FIELDS):
        raise _BadLine("it does not have exactly the eleven event fields")
    seq = record["seq"]
    if isinstance(seq, bool) or not isinstance(seq, int):
        raise _BadLine("its seq is not a whole number")
    if not all(isinstance(record[name], str) for name in EXPORT_FIELDS[1:]):
        raise _BadLine("a field other than seq is not text")
    values = {name: record[name] for name in FIELDS}
    return _Event(line, seq, values, record["hash"], record["prev_hash"])


def _read_events(data: bytes, file_format: str) -> tuple[list[_Event], Finding | None, bool]:
    """The events of the file, the first line that is not an event (reading stops there), and
    whether the file was cut inside its last line (that piece is left out)."""
    events: list[_Event] = []
    if file_format == "jsonl":
        # Split at LF only: a value may hold U+2028, which str.splitlines would split at.
        pieces = data.split(b"\n")
        cut = pieces[-1] != b""
        for number, raw in enumerate(pieces[:-1], start=1):
            if not raw:
                continue
            try:
                events.append(_event(number, _load(raw.decode("utf-8", errors="replace"))))
            except ValueError as exc:  # _BadLine and JSONDecodeError are ValueErrors
                return events, Finding("unreadable", None,
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
            return events, Finding("unreadable", None,
                                   "row 1 of the file is not the header of an export"), cut
        body = list(rows)
    except csv.Error as exc:
        return events, Finding("unreadable", None,
                               f"row {number + 1} of the file is not an event ({exc})"), cut
    if cut and body:
        body.pop()
    for number, row in enumerate(body, start=2):
        try:
            if len(row) != len(EXPORT_FIELDS):
                raise _BadLine("it does not have eleven columns")
            record: dict[str, Any] = dict(zip(EXPORT_FIELDS, map(audit_cell_value, row),
                                              strict=True))
            seq = record["seq"]
            if not (seq.isascii() and seq.isdigit()):
                raise _BadLine("its seq is not a whole number")
            record["seq"] = int(seq)
            events.append(_event(number, record))
        except _BadLine as exc:
            return events, Finding("unreadable", None,
                                   f"row {number} of the file is not an event ({exc})"), cut
    return events, None, cut


# -- the manifest --------------------------------------------------------------------------------


def _is_hex(value: Any, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and set(value) <= _HEX


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _manifest_problem(m: Any) -> str | None:
    """Why ``m`` is not a manifest this verifier can check, or None."""
    if not isinstance(m, dict):
        return "it is not a JSON object"
    if m.get("format") != MANIFEST_FORMAT:
        return f"its format is not {MANIFEST_FORMAT!r}"
    version = m.get("format_version")
    if not _int(version) or version not in (1, MANIFEST_VERSION):
        return f"format_version {version!r} is not one this verifier knows (1 or 2)"
    texts = ("file", "file_sha256", "database_id", "exported_at", "exported_by", "workstation")
    for name in texts:
        if not isinstance(m.get(name), str):
            return f"its {name} is missing or not text"
    if m.get("file_format") not in ("jsonl", "csv"):
        return "its file_format is not jsonl or csv"
    if not _int(m.get("count")) or m["count"] < 0:
        return "its count is missing or not a whole number"
    for name in ("first_seq", "last_seq"):
        if name not in m or not (m[name] is None or _int(m[name])):
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
    if not _int(cp.get("seq")) or cp["seq"] < 1:
        return "its checkpoint seq is missing or not a whole number of at least 1"
    for name in ("head_hash", "ts", "signature", "key_id", "public_key"):
        if not isinstance(cp.get(name), str):
            return f"its checkpoint {name} is missing or not text"
    if version == MANIFEST_VERSION and not isinstance(m.get("signature"), str):
        return "its signature is missing or not text"
    return None


def read_manifest(path: Path) -> tuple[dict[str, Any] | None, Finding | None]:
    """The manifest as a JSON object, or a ``manifest_invalid`` finding when it is JSON but
    not a manifest; ExportUnreadable when it is not a readable JSON text at all."""
    try:
        text = path.read_bytes().decode("utf-8")
        data = _load(text)
    except OSError as exc:
        raise ExportUnreadable(what="manifest", path=str(path),
                               reason=exc.strerror or type(exc).__name__) from None
    except _BadLine as exc:
        return None, Finding("manifest_invalid", None, f"the manifest is not valid: {exc}")
    except ValueError as exc:
        raise ExportUnreadable(what="manifest", path=str(path),
                               reason=f"it is not UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ExportUnreadable(what="manifest", path=str(path), reason="it is not a JSON object")
    problem = _manifest_problem(data)
    if problem is not None:
        return None, Finding("manifest_invalid", None, f"the manifest is not valid: {problem}")
    return data, None


def _signature_findings(m: dict[str, Any], trusted: frozenset[str] | None) -> list[Finding]:
    cp = m["checkpoint"]
    found: list[Finding] = []
    if m["format_version"] == 1:
        found.append(Finding("unsigned", None, "the manifest is not signed (format version 1): "
                             "nothing proves its complete, filter and count are as exported"))
    if not _is_hex(cp["public_key"], 64):
        found.append(Finding("bad_checkpoint", None,
                             "the checkpoint's public key is not 32 bytes of hex"))
        return found
    key_id = key_id_of(cp["public_key"])
    if key_id != cp["key_id"]:
        found.append(Finding("bad_checkpoint", None,
                             "the checkpoint's key id does not belong to its public key"))
    if trusted is not None and key_id not in trusted:
        found.append(Finding("wrong_key", None, f"the checkpoint is signed by key {key_id}, not "
                             f"by {' or '.join(sorted(trusted))}"))
    if not (_is_hex(cp["signature"], 128) and _ascii(cp["head_hash"], cp["ts"])
            and verify_signature(cp["public_key"], bytes.fromhex(cp["signature"]),
                                 checkpoint_message(cp["seq"], cp["head_hash"], cp["ts"]))):
        found.append(Finding("bad_checkpoint", None, "the checkpoint's signature is not valid"))
    if m["format_version"] == MANIFEST_VERSION and not (
            _is_hex(m["signature"], 128)
            and verify_signature(cp["public_key"], bytes.fromhex(m["signature"]),
                                 manifest_message(m))):
        found.append(Finding("relabelled", None, "the manifest's signature is not valid: a "
                             "member of the manifest was changed after the export"))
    return found


def _ascii(*texts: str) -> bool:
    return all(t.isascii() for t in texts)


# -- the walk ------------------------------------------------------------------------------------


def _hash_as(e: _Event, seq: int) -> str:
    """The hash ``e`` would have if it had been written as event ``seq``."""
    return event_hash({**e.values, "seq": seq})


def _candidates(e: _Event, expected: int | None, before: Mapping[str, int]) -> list[int]:
    """Sequence numbers an event may have been written under, most likely first."""
    first = [e.seq, e.seq + 1, e.seq - 1]
    if expected is not None:
        first.insert(1, expected)
    if e.prev == GENESIS_HASH:
        first.append(1)
    if e.prev in before:
        first.append(before[e.prev] + 1)
    return first + list(range(max(1, e.seq - SEARCH), e.seq + SEARCH + 1))


def _seq_for(e: _Event, target: str, expected: int | None, before: Mapping[str, int]) -> (
    int | None
):
    """The sequence number under which ``e``'s content hashes to ``target``, if any."""
    for seq in _candidates(e, expected, before):
        if seq >= 1 and _hash_as(e, seq) == target:
            return seq
    return None


def _span(first: int, last: int) -> str:
    return f"event {first}" if first == last else f"events {first}..{last}"


def _were(first: int, last: int) -> str:
    return f"{_span(first, last)} {'was' if first == last else 'were'}"


class _Walk:
    """The rules of docs/audit-format.md §6.1, in their order. Stops at the first damage."""

    def __init__(self, events: Sequence[_Event], complete: bool, cp_seq: int,
                 cp_head: str, start: int = 1) -> None:
        self.events = events
        self.complete = complete
        # A segment (start > 1) is walked as a complete export that begins at ``start``; its
        # first event's previous hash is vouched for by the events after it, not by the file.
        self.start = start
        self.cp_seq = cp_seq
        self.cp_head = cp_head
        self.before: dict[str, int] = {}  # hash -> seq of every event already walked

    def run(self, *, whole_file: bool = True) -> Finding | None:
        """The first damage; ``whole_file`` False when reading stopped early (then no event is
        reported missing at the end)."""
        last: _Event | None = None
        for i, e in enumerate(self.events):
            finding = self._check(i, e, last)
            if finding is not None:
                return finding
            self.before[e.hash] = e.seq
            last = e
        if self.complete and whole_file:
            end = last.seq if last else self.start - 1
            if end < self.cp_seq:
                return Finding("truncated", end + 1, f"{_span(end + 1, self.cp_seq)}, which the "
                               "signed checkpoint covers, "
                               f"{'is' if end + 1 == self.cp_seq else 'are'} not in the file")
        return None

    def _later(self, i: int) -> Sequence[_Event]:
        return self.events[i + 1:i + 1 + WINDOW]

    def _check(self, i: int, e: _Event, last: _Event | None) -> Finding | None:
        s = e.seq
        intact = _hash_as(e, s) == e.hash
        prev_hash = last.hash if last else GENESIS_HASH
        if self.complete:
            expected = last.seq + 1 if last else self.start
            if last is None and self.start > 1:
                prev_hash = e.prev
            if expected > self.cp_seq:
                return Finding("inserted", expected, f"the file goes on after event "
                               f"{self.cp_seq}, the signed checkpoint a complete export ends at")
            if s > expected:
                return self._jump(i, e, expected, intact)
            if s < expected:
                return self._repeat(e, expected)
            if not intact:
                return self._renumbered(i, e, expected, prev_hash)
            if e.prev != prev_hash:
                return self._unlinked(i, e, prev_hash)
        else:
            after = last.seq if last else 0
            if s <= after:
                if self.before.get(e.hash) == s:
                    return Finding("inserted", s, f"a copy of event {s} appears again after "
                                   f"event {after}")
                if s == after:
                    return Finding("inserted", s, f"a second event numbered {s} follows it")
                return Finding("reordered", s, f"it comes after event {after}: sequence "
                               "numbers must strictly increase")
            if s > self.cp_seq:
                return Finding("inserted", s, f"it comes after event {self.cp_seq}, the signed "
                               "checkpoint the export ends at")
            if not intact:
                w = _seq_for(e, e.hash, None, self.before)
                if w is not None:
                    return Finding("edited", s, f"its sequence number was changed: its hash is "
                                   f"that of event {w}")
                return Finding("edited", s, "its content does not match its hash")
            if (s == 1 or (last is not None and s == last.seq + 1)) and e.prev != prev_hash:
                return self._unlinked(i, e, prev_hash)
        if s == self.cp_seq and e.hash != self.cp_head:
            return Finding("edited", s, "it is not the head the checkpoint signs: it, or the "
                           "history up to it, was changed and the hashes recomputed")
        return None

    # -- complete exports: the event at the next place is not the one expected ---------------

    def _jump(self, i: int, e: _Event, expected: int, intact: bool) -> Finding:
        """The sequence numbers jump from ``expected - 1`` to ``e.seq``."""
        for j, later in enumerate(self._later(i), start=i + 1):
            if later.seq == expected:
                if j == i + 1 and e.seq == expected + 1:
                    return Finding("swapped", expected, f"events {expected} and {expected + 1} "
                                   "are in each other's place")
                return Finding("reordered", expected, f"it comes later in the file, after "
                               f"event {e.seq}")
        if not intact and _seq_for(e, e.hash, expected, self.before) == expected:
            return Finding("edited", expected, f"its sequence number was changed to {e.seq}")
        return Finding("deleted", expected, f"{_span(expected, e.seq - 1)} "
                       f"{'is' if expected == e.seq - 1 else 'are'} missing")

    def _repeat(self, e: _Event, expected: int) -> Finding:
        """A sequence number the file already had comes again."""
        if self.before.get(e.hash) == e.seq:
            return Finding("inserted", expected, f"a copy of event {e.seq} was inserted after "
                           f"event {expected - 1}")
        return Finding("inserted", expected, f"a second event numbered {e.seq} was inserted "
                       f"after event {expected - 1}")

    def _renumbered(self, i: int, e: _Event, expected: int, prev_hash: str) -> Finding:
        """In its place but its content does not match its hash: where was it written?"""
        w = _seq_for(e, e.hash, expected, self.before)
        if w is None:
            for j, later in enumerate(self._later(i), start=i + 1):
                if _hash_as(later, expected) == later.hash or later.prev == prev_hash:
                    return Finding("inserted", expected, f"{_were(expected, expected + j - i - 1)}"
                                   " inserted; the events after renumbered")
            return Finding("edited", expected, "its content does not match its hash")
        if w > expected:
            for later in self._later(i):
                if later.seq == w:
                    if _hash_as(later, expected) == later.hash:
                        return Finding("swapped", expected, f"events {expected} and {w} were "
                                       "swapped")
                    break
            return Finding("deleted", expected, f"{_were(expected, w - 1)} deleted and the "
                           "events after renumbered")
        if self.before.get(e.hash) == w:
            return Finding("inserted", expected, f"a copy of event {w} was inserted here and "
                           "the events after renumbered")
        return Finding("inserted", w, f"{_were(w, expected - 1)} inserted and the events after "
                       "renumbered")

    def _unlinked(self, i: int, e: _Event, prev_hash: str) -> Finding:
        """Matches its own hash but does not name the hash of the event before it."""
        s = e.seq
        nxt = self.events[i + 1] if i + 1 < len(self.events) else None
        vouched = (nxt is not None and nxt.seq == s + 1 and nxt.prev == e.hash) or (
            s == self.cp_seq and e.hash == self.cp_head)
        if vouched:
            if s == 1:
                return Finding("edited", 1, "its previous hash is not the genesis value")
            return Finding("edited", s - 1, f"it was changed and its hash recomputed: event {s} "
                           "still names its original hash")
        if self.complete:
            for j, later in enumerate(self._later(i), start=i + 1):
                if later.prev == prev_hash:
                    return Finding("inserted", s, f"{_were(s, s + j - i - 1)} inserted; the "
                                   "events after renumbered and their hashes recomputed")
            if nxt is not None:
                w = _seq_for(e, nxt.prev, s, self.before)
                if w is not None and w > s:
                    return Finding("deleted", s, f"{_were(s, w - 1)} deleted; the events after "
                                   "renumbered and their hashes recomputed")
                if w is not None and w < s:
                    return Finding("inserted", w, f"{_were(w, s - 1)} inserted; the events "
                                   "after renumbered and their hashes recomputed")
        before = "start from the genesis value" if s == 1 else f"follow event {s - 1}"
        return Finding("edited", s, f"it does not {before} and no later event names its hash: "
                       "it was changed and its hash recomputed")


# -- the whole check -----------------------------------------------------------------------------


def verify_export(manifest: dict[str, Any], data: bytes,
                  trusted_key_ids: frozenset[str] | None) -> ExportVerdict:
    """Every finding about the export ``data`` described by ``manifest`` (an object that
    ``read_manifest`` accepted), in the order of docs/audit-format.md §6."""
    cp = manifest["checkpoint"]
    findings = _signature_findings(manifest, trusted_key_ids)
    flt = manifest["filter"]
    complete = manifest["complete"] or not flt
    if manifest["complete"] and flt:
        findings.append(Finding("relabelled", None, "the manifest says the export is complete "
                                "but names a filter (checked as complete)"))
    elif not manifest["complete"] and not flt:
        findings.append(Finding("relabelled", None, "the manifest says the export is not "
                                 "complete but names no filter (checked as complete)"))
    if hashlib.sha256(data).hexdigest() != manifest["file_sha256"]:
        findings.append(Finding("file_changed", None,
                                "the file's SHA-256 differs from the manifest's"))
    start = segment_start(flt)
    if start is not None:
        complete = True  # every event from_seq .. checkpoint.seq matches: all must be there
    events, unreadable, cut = _read_events(data, manifest["file_format"])
    damage = _Walk(events, complete, cp["seq"], cp["head_hash"], start or 1).run(
        whole_file=unreadable is None)
    if damage is not None:
        findings.append(damage)
    elif unreadable is not None:
        findings.append(unreadable)
    elif cut and not complete:
        findings.append(Finding("truncated", None, "the file ends in the middle of a line"))
    if unreadable is None:
        summary = {"count": len(events),
                   "first_seq": events[0].seq if events else None,
                   "last_seq": events[-1].seq if events else None,
                   "head_hash": events[-1].hash if events else None}
        for name, value in summary.items():
            if manifest[name] != value:
                findings.append(Finding("mismatch", None, f"the manifest's {name} is "
                                        f"{_shown(manifest[name])} but the file gives "
                                        f"{_shown(value)}"))
        findings.extend(_evidence_findings(manifest, {e.seq for e in events}))
    return ExportVerdict(tuple(findings), len(events), complete, dict(flt), cp["seq"],
                         cp["ts"], cp["key_id"], manifest["file"], start)


def segment_start(flt: Mapping[str, str]) -> int | None:
    """The first sequence number of a chain segment (the filter is exactly ``from_seq``,
    docs/audit-format.md §5.2), or None for any other export."""
    value = flt.get("from_seq") if set(flt) == {"from_seq"} else None
    if value is None or not (value.isascii() and value.isdigit()) or value.startswith("0"):
        return None
    return int(value)


def _evidence_findings(manifest: Mapping[str, Any], seqs: set[int]) -> list[Finding]:
    """An evidence pack's manifest names the events its lines cite: each must be in the file."""
    if "evidence" not in manifest:
        return []
    evidence = manifest["evidence"]
    cited = evidence.get("events") if isinstance(evidence, dict) else None
    if not isinstance(cited, list) or not all(_int(s) for s in cited):
        return [Finding("manifest_invalid", None, "the manifest is not valid: its evidence "
                        "events are not a list of whole numbers")]
    missing = sorted(s for s in cited if s not in seqs)
    if missing:
        return [Finding("mismatch", None, f"the manifest's evidence cites event "
                        f"{missing[0]}, which is not in the file")]
    return []


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def verify_files(manifest_file: Path, export_file: Path | None = None,
                 trusted_key_ids: frozenset[str] | None = None) -> ExportVerdict:
    """Read the manifest and the export file beside it (or ``export_file``) and check them.

    ExportUnreadable when either cannot be read at all (exit code 2)."""
    manifest, invalid = read_manifest(manifest_file)
    if manifest is None:
        assert invalid is not None
        return ExportVerdict((invalid,), 0, False)
    name = manifest["file"]
    if export_file is None:
        # Only a name: a manifest must not send the verifier to read files elsewhere.
        if not name or name in (".", "..") or "/" in name or "\\" in name:
            return ExportVerdict((Finding("manifest_invalid", None, "the manifest is not "
                                          "valid: its file is not a plain file name"),), 0, False)
        export_file = manifest_file.with_name(name)
    try:
        data = export_file.read_bytes()
    except OSError as exc:
        raise ExportUnreadable(what="export file", path=str(export_file),
                               reason=exc.strerror or type(exc).__name__) from None
    return verify_export(manifest, data, trusted_key_ids)
