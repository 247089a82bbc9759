"""Audit exports: JSONL/CSV plus a signed manifest, anchored at a fresh signed checkpoint,
checked by the standalone docs/verify_export.py exactly as an auditor would, and by the core's
own twin of it (``AuditService.verify_export``). tests/test_verify_export.py runs both over a
matrix of damage."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import Staffing
from sqlalchemy import select

from authdesk.core import audit, auditlog
from authdesk.core.actions import Action
from authdesk.core.auditlog import ExportCancelled, manifest_path
from authdesk.core.auditquery import AuditFilter
from authdesk.core.authority import Actor, SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.exportverify import ExportUnreadable, manifest_message
from authdesk.core.keys import MemoryKeyring, key_id_of, verify_signature
from authdesk.core.roles import Role
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.models import AuditEvent

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "docs" / "verify_export.py"


@pytest.fixture
def log(desk: Desk, clock: FakeClock) -> Desk:
    """Events by two people about two customers, some refused, over two hours (written
    straight through the kernel's audit writer)."""
    alice = Actor(username="alice", roles=frozenset({Role.AGENT}), workstation="ws-07")
    bob = Actor(username="bob", roles=frozenset({Role.SUPERVISOR}), workstation="ws-01")
    for i in range(20):
        who = alice if i % 2 else bob
        with desk.kernel.write() as s:
            desk.kernel.record(s, who, "customer.viewed" if i % 3 else "totp.verification.failed",
                               subject=f"customer:C000{i % 2 + 1}",
                               outcome="refused" if i % 5 == 0 else "ok",
                               details={"i": i, "name": "山田 •••", "line": "a\u2028b"})
        clock.advance(minutes=6)
    return desk


@pytest.fixture
def staffing(log: Desk, clock: FakeClock) -> Staffing:
    return Staffing(log, clock)


@pytest.fixture
def cli(staffing: Staffing) -> SessionHandle:
    """An auditor, signed in after the two hours above (``authdesk-admin --user``)."""
    return staffing.auditor


def run_verifier(export: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(VERIFIER), str(export), *extra],
                          capture_output=True, text=True, timeout=120, check=False)


def exported_lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def test_complete_export_is_anchored_at_a_fresh_signed_checkpoint(log: Desk, cli: SessionHandle,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    manifest = log.audit.export(cli, out)
    events = exported_lines(out)
    cp = manifest.checkpoint
    # The export ends at the checkpoint it took, and the checkpoint's own event is the last.
    assert [e["seq"] for e in events] == list(range(1, cp["seq"] + 1))
    assert events[-1]["action"] == "audit.checkpointed"
    assert manifest.complete and manifest.count == len(events) == cp["seq"]
    assert (manifest.first_seq, manifest.last_seq) == (1, cp["seq"])
    assert manifest.head_hash == events[-1]["hash"] == cp["head_hash"]
    assert manifest.file_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert cp["public_key"] == log.keys.public_key_hex
    assert cp["key_id"] == key_id_of(log.keys.public_key_hex)
    assert verify_signature(cp["public_key"], bytes.fromhex(cp["signature"]),
                            audit.checkpoint_message(cp["seq"], cp["head_hash"], cp["ts"]))
    # The manifest file says the same as the returned manifest.
    on_disk = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    assert on_disk == json.loads(json.dumps(manifest.as_dict()))
    assert on_disk["format"] == "authdesk-audit-export" and on_disk["format_version"] == 2
    assert on_disk["exported_by"] == "it.auditor"
    # Signed by the key that signs the checkpoint, over every other member of the manifest.
    assert list(on_disk)[-1] == "signature"
    assert verify_signature(cp["public_key"], bytes.fromhex(on_disk["signature"]),
                            manifest_message(on_disk))
    assert manifest_message(on_disk).startswith(b"authdesk-export-manifest-v1\n{")


@pytest.mark.parametrize("member,value", [
    ("complete", False), ("filter", {"actor": "alice"}), ("count", 1), ("last_seq", 2),
    ("exported_by", "someone.else"), ("exported_at", "2030-01-01T00:00:00.000000Z"),
    ("workstation", "ws-99"), ("database_id", "another"), ("file_sha256", "0" * 64),
])
def test_any_relabelled_member_breaks_the_manifest_signature(
        log: Desk, cli: SessionHandle, tmp_path: Path, member: str, value: object) -> None:
    manifest = log.audit.export(cli, tmp_path / "audit.jsonl").as_dict()
    message = manifest_message(manifest)
    signature = bytes.fromhex(manifest["signature"])
    public_key = manifest["checkpoint"]["public_key"]
    assert verify_signature(public_key, signature, message)
    assert not verify_signature(public_key, signature,
                                manifest_message({**manifest, member: value}))
    # Nor can the signature stand for a checkpoint's: the messages start differently.
    assert not message.startswith(b"authdesk-checkpoint-v1")


def test_exported_fields_are_the_stored_fields(log: Desk, cli: SessionHandle,
                                               tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    first = exported_lines(out)[3]
    assert list(first) == ["seq", "ts", "actor", "role", "workstation", "action", "subject",
                           "outcome", "details", "prev_hash", "hash"]
    with log.kernel.read() as s:
        stored = s.get(AuditEvent, 4)
        assert stored is not None
        assert first["details"] == stored.details  # the stored text, not re-serialised
        assert first["ts"] == audit.format_ts(stored.ts)
        assert first["hash"] == stored.hash
    assert isinstance(first["details"], str)


def test_export_is_recorded_after_the_files_exist(log: Desk, cli: SessionHandle,
                                                  tmp_path: Path) -> None:
    manifest = log.audit.export(cli, tmp_path / "audit.jsonl")
    with log.kernel.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        action, seq, details = last.action, last.seq, json.loads(last.details)
    assert action == "audit.exported"
    assert seq == manifest.checkpoint["seq"] + 1
    assert details["file_sha256"] == manifest.file_sha256
    assert details["count"] == manifest.count


def test_verifier_accepts_a_complete_export(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    manifest = log.audit.export(cli, out)
    done = run_verifier(out, "--key-id", manifest.checkpoint["key_id"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "complete export" in done.stdout


def test_verifier_is_standalone() -> None:
    imports = [line.split()[1] for line in VERIFIER.read_text(encoding="utf-8").splitlines()
               if line.lstrip().startswith(("import ", "from "))]
    assert {name.split(".")[0] for name in imports} <= {
        "__future__", "argparse", "csv", "hashlib", "io", "json", "sys", "pathlib",
        "cryptography"}


def test_verifier_names_an_edited_event(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    """Edit one line and make the file digest agree: the event's own hash gives it away."""
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    lines = out.read_text(encoding="utf-8").split("\n")
    event = json.loads(lines[6])
    event["outcome"] = "ok" if event["outcome"] != "ok" else "refused"
    lines[6] = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
    out.write_text("\n".join(lines), encoding="utf-8")
    mpath = manifest_path(out)
    m = json.loads(mpath.read_text(encoding="utf-8"))
    m["file_sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()
    mpath.write_text(json.dumps(m), encoding="utf-8")
    done = run_verifier(out)
    assert done.returncode == 1
    assert f"FAILED: edited at event {event['seq']}: its content" in done.stdout


def test_verifier_refuses_a_changed_file(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    data = out.read_bytes()
    out.write_bytes(data.replace(b'"alice"', b'"alicf"', 1))
    first = next(e["seq"] for e in exported_lines(out) if e["actor"] == "alicf")
    done = run_verifier(out)
    assert done.returncode == 1
    # Even with the digest wrong, the changed event is named.
    assert done.stdout.splitlines() == [
        "FAILED: file_changed: the file's SHA-256 differs from the manifest's",
        f"FAILED: edited at event {first}: its content does not match its hash"]


def test_verifier_refuses_a_complete_export_with_an_event_left_out(
        log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    lines = out.read_text(encoding="utf-8").split("\n")
    del lines[4]
    out.write_text("\n".join(lines), encoding="utf-8")
    mpath = manifest_path(out)
    m = json.loads(mpath.read_text(encoding="utf-8"))
    m["file_sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()
    m["count"] -= 1
    mpath.write_text(json.dumps(m), encoding="utf-8")
    done = run_verifier(out)
    assert done.returncode == 1
    # The digest and count were made to fit, which breaks the signature; the gap is named.
    assert done.stdout.splitlines() == [
        "FAILED: relabelled: the manifest's signature is not valid: a member of the manifest "
        "was changed after the export",
        "FAILED: deleted at event 5: event 5 is missing"]


def test_verifier_refuses_another_key(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    done = run_verifier(out, "--key-id", "0123456789abcdef")
    assert done.returncode == 1 and "FAILED: wrong_key: " in done.stdout
    assert "not by 0123456789abcdef" in done.stdout


def test_verifier_refuses_a_bad_signature(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    mpath = manifest_path(out)
    m = json.loads(mpath.read_text(encoding="utf-8"))
    m["checkpoint"]["ts"] = "2030-01-01T00:00:00.000000Z"
    mpath.write_text(json.dumps(m), encoding="utf-8")
    done = run_verifier(out)
    assert done.returncode == 1
    assert "FAILED: bad_checkpoint: the checkpoint's signature is not valid" in done.stdout
    # The checkpoint is a member of the manifest, so the manifest's signature fails too.
    assert "FAILED: relabelled: " in done.stdout


def test_filtered_export(log: Desk, cli: SessionHandle, clock: FakeClock, tmp_path: Path) -> None:
    out = tmp_path / "alice.jsonl"
    start = clock.now() - timedelta(minutes=6 * 20)
    flt = AuditFilter(actor="alice", customer="C0002", action="customer", outcome="ok",
                      since=start, until=start + timedelta(minutes=60))
    manifest = log.audit.export(cli, out, flt)
    events = exported_lines(out)
    assert events, "the filter should match something"
    assert all(e["actor"] == "alice" and e["subject"] == "customer:C0002"
               and e["action"] == "customer.viewed" and e["outcome"] == "ok" for e in events)
    with log.kernel.read() as s:
        from authdesk.core.auditquery import count

        expected = count(s, flt)
    assert manifest.count == len(events) == expected
    assert not manifest.complete
    # The forms docs/audit-format.md §5 gives: UTC times with +00:00, the prefix as matched.
    assert manifest.filter == {
        "since": start.astimezone(UTC).isoformat(),
        "until": (start + timedelta(minutes=60)).astimezone(UTC).isoformat(),
        "actor": "alice", "customer": "C0002", "action": "customer", "outcome": "ok"}
    assert manifest.filter["since"].endswith("+00:00")
    # Only events up to the export's checkpoint, though later ones match too.
    assert all(e["seq"] <= manifest.checkpoint["seq"] for e in events)
    done = run_verifier(out)
    assert done.returncode == 0, done.stdout
    assert "filtered export" in done.stdout


def test_the_manifest_describes_the_filter_as_applied() -> None:
    tokyo = timezone(timedelta(hours=9))
    flt = AuditFilter(since=datetime(2026, 1, 5, 9, 0, tzinfo=tokyo),
                      until=datetime(2026, 1, 6, 0, 0, 0, 500000),  # naive: taken as UTC
                      customer=" C0000002 ", action="request.")
    assert flt.describe() == {"since": "2026-01-05T00:00:00+00:00",
                              "until": "2026-01-06T00:00:00.500000+00:00",
                              "customer": "C0000002", "action": "request"}


def test_csv_export_matches_jsonl(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    jsonl, csv_out = tmp_path / "a.jsonl", tmp_path / "a.csv"
    log.audit.export(cli, jsonl)
    manifest = log.audit.export(cli, csv_out, format="csv")
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheet programs need the BOM to see UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    from_jsonl = {e["seq"]: e for e in exported_lines(jsonl)}
    for r in rows:
        seq = int(r["seq"])
        if seq in from_jsonl:
            assert {**r, "seq": seq} == from_jsonl[seq]
    assert manifest.file_format == "csv" and manifest.count == len(rows)
    done = run_verifier(csv_out)
    assert done.returncode == 0, done.stdout


def test_export_streams_in_pages_and_stops_at_its_checkpoint(
        log: Desk, cli: SessionHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny pages, and another workstation writing while the export runs: the file still
    holds exactly the events up to the export's checkpoint."""
    monkeypatch.setattr(auditlog, "_PAGE", 3)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        with log.kernel.write() as s:
            log.kernel.record(s, log.kernel.system_actor(), "test.concurrent")

    out = tmp_path / "audit.jsonl"
    manifest = log.audit.export(cli, out, progress=progress)
    events = exported_lines(out)
    assert len(calls) == -(-manifest.count // 3)
    assert calls[-1] == (manifest.count, manifest.count)
    assert [e["seq"] for e in events] == list(range(1, manifest.checkpoint["seq"] + 1))
    assert all(e["action"] != "test.concurrent" for e in events)
    assert run_verifier(out).returncode == 0


def test_cancelled_export_leaves_no_file_and_no_export_event(
        log: Desk, cli: SessionHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auditlog, "_PAGE", 5)
    asked = iter([False, False, True])
    out = tmp_path / "audit.jsonl"
    with pytest.raises(ExportCancelled):
        log.audit.export(cli, out, cancelled=lambda: next(asked))
    assert list(tmp_path.glob("audit.jsonl*")) == []
    with log.kernel.read() as s:
        actions = list(s.scalars(select(AuditEvent.action)))
    assert "audit.exported" not in actions


def test_export_needs_the_auditor_or_supervisor_role(log: Desk, staffing: Staffing,
                                                    tmp_path: Path) -> None:
    agent = staffing.add("carol", Role.AGENT).handle
    with log.kernel.read() as s:
        before = audit.head(s)
    with pytest.raises(PermissionDenied):
        log.audit.export(agent, tmp_path / "audit.jsonl")
    with log.kernel.read() as s:
        # Not even a checkpoint: the refusal itself is the one event written.
        assert audit.head(s)[0] == before[0] + 1
        last = s.get(AuditEvent, before[0] + 1)
        assert last is not None and (last.action, last.outcome) == ("access.refused", "refused")
    assert list(tmp_path.glob("audit.jsonl*")) == []


# The events of the worked example in docs/audit-format.md §2.
_FIRST = {"seq": 1, "ts": "2026-01-05T09:00:00.000000Z", "actor": "system", "role": "system",
          "workstation": "WS-TOKYO-07", "action": "staff.added", "subject": "staff:sato",
          "outcome": "ok",
          "details": '{"employee_no":"E1024","first_admin":true,"roles":["admin"]}',
          "prev_hash": audit.GENESIS_HASH}
_SECOND = {**_FIRST, "seq": 2, "ts": "2026-01-05T09:00:03.250000Z", "actor": "tanaka",
           "role": "agent", "action": "customer.viewed", "subject": "customer:C0000001",
           "details": '{"name":"山田 •••"}', "prev_hash": audit.event_hash(_FIRST)}
# The published test key of §8: RFC 8032 §7.1 TEST 1.
_TEST_SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
_RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"


def _doc() -> str:
    return (ROOT / "docs" / "audit-format.md").read_text(encoding="utf-8")


def test_format_document_worked_example_matches_the_code() -> None:
    """docs/audit-format.md gives two hashes; the code must produce them."""
    doc = _doc()
    for values in (_FIRST, _SECOND):
        assert audit.canonical_bytes(values).decode("utf-8") in doc
        assert audit.event_hash(values) in doc


def _worked_example() -> dict[str, str]:
    """Everything §8 prints, recomputed from the seed, the events and the manifest's values
    exactly as AuthDesk writes them."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(_TEST_SEED))
    public = key.public_key().public_bytes_raw().hex()
    head = audit.event_hash(_SECOND)
    ts = "2026-01-05T10:00:00.000000Z"
    cp_message = audit.checkpoint_message(2, head, ts)
    cp_signature = key.sign(cp_message).hex()
    records = [{**values, "hash": audit.event_hash(values)} for values in (_FIRST, _SECOND)]
    jsonl = auditlog._encode_page(records, "jsonl")  # the exporter's own encoding
    manifest = auditlog.Manifest(
        file="audit.jsonl", file_format="jsonl", file_sha256=hashlib.sha256(jsonl).hexdigest(),
        count=2, first_seq=1, last_seq=2, head_hash=head, complete=True, filter={},
        checkpoint={"seq": 2, "head_hash": head, "ts": ts, "signature": cp_signature,
                    "key_id": key_id_of(public), "public_key": public},
        database_id="5f0c2a9e-3b7d-4c1a-9e8f-2d6b7a1c0e42",
        exported_at="2026-01-05T10:00:00.125000Z", exported_by="kato",
        workstation="WS-TOKYO-07")
    message = manifest_message(manifest.unsigned())
    signed = replace(manifest, signature=key.sign(message).hex())
    return {
        "public_key": public, "key_id": key_id_of(public),
        "checkpoint_message": cp_message.decode("ascii"), "checkpoint_signature": cp_signature,
        "jsonl": jsonl.decode("utf-8"), "file_sha256": manifest.file_sha256,
        # As the exporter writes the manifest file.
        "manifest_file": json.dumps(signed.as_dict(), ensure_ascii=False, indent=2) + "\n",
        "manifest_message": message.decode("utf-8"), "manifest_signature": signed.signature,
    }


def test_format_document_ed25519_example_matches_the_code(tmp_path: Path) -> None:
    """§8 of docs/audit-format.md, recomputed: the key, both messages and both signatures,
    the export file and the manifest file; and the reference verifier accepts those files."""
    doc = _doc()
    example = _worked_example()
    assert example["public_key"] == _RFC8032_PUBLIC
    assert f"`{_TEST_SEED}`" in doc
    for name, text in example.items():
        assert text in doc, name
    assert "authdesk-checkpoint-v1\n2\n" + audit.event_hash(_SECOND)[:8] in doc
    out = tmp_path / "audit.jsonl"
    out.write_text(example["jsonl"], encoding="utf-8")
    manifest_path(out).write_text(example["manifest_file"], encoding="utf-8")
    done = run_verifier(out, "--key-id", example["key_id"])
    assert done.returncode == 0, done.stdout
    # The relabelling the document names fails.
    manifest_path(out).write_text(example["manifest_file"].replace('"complete": true',
                                                                   '"complete": false'),
                                  encoding="utf-8")
    done = run_verifier(out, "--key-id", example["key_id"])
    assert done.returncode == 1
    assert done.stdout.startswith("FAILED: relabelled: the manifest's signature is not valid")


# -- the in-app check ----------------------------------------------------------------------------


def test_in_app_verification_of_an_export_is_audited(log: Desk, cli: SessionHandle,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    exported = log.audit.export(cli, out)
    verdict = log.audit.verify_export(cli, manifest_path(out))
    assert verdict.ok and verdict.complete and verdict.events == exported.count
    assert verdict.lines()[0].startswith("OK: ")
    with log.kernel.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        assert (last.action, last.outcome, last.actor) == (
            Action.AUDIT_EXPORT_VERIFIED, "ok", "it.auditor")
        assert json.loads(last.details)["findings"] == []
    # Relabelled: the failure and the event it names are recorded too.
    mpath = manifest_path(out)
    m = json.loads(mpath.read_text(encoding="utf-8"))
    m["complete"] = False
    mpath.write_text(json.dumps(m), encoding="utf-8")
    verdict = log.audit.verify_export(cli, mpath)
    assert [(f.kind, f.seq) for f in verdict.findings] == [("relabelled", None),
                                                           ("relabelled", None)]
    with log.kernel.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        assert last.outcome == "failed"
        assert json.loads(last.details)["findings"] == ["relabelled", "relabelled"]


def test_in_app_verification_trusts_only_this_databases_key(
        log: Desk, cli: SessionHandle, tmp_path: Path, db: Database, clock: FakeClock) -> None:
    """An export signed by another installation's key is not this database's."""
    if not db.is_sqlite:
        pytest.skip("a second database is made as a SQLite file")
    other = tmp_path / "other"
    other.mkdir()
    other_db = Database(sqlite_url(other / "other.db"))
    try:
        desk2 = Desk.initialise(other_db, workstation=Workstation("ws-2", other / "ws.json"),
                                keyring_backend=MemoryKeyring(), clock=clock)
        out = other / "audit.jsonl"
        desk2.audit.export(Staffing(desk2, clock).auditor, out)
    finally:
        other_db.dispose()
    verdict = log.audit.verify_export(cli, manifest_path(out))
    assert [f.kind for f in verdict.findings] == ["wrong_key"]


def test_in_app_verification_needs_an_auditor_or_supervisor(
        log: Desk, staffing: Staffing, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    agent = staffing.add("carol", Role.AGENT).handle
    with pytest.raises(PermissionDenied):
        log.audit.verify_export(agent, manifest_path(out))
    supervisor = staffing.add("sam", Role.SUPERVISOR).handle
    assert log.audit.verify_export(supervisor, manifest_path(out)).ok


def test_in_app_verification_of_unreadable_files(log: Desk, cli: SessionHandle,
                                                 tmp_path: Path) -> None:
    with log.kernel.read() as s:
        before = audit.head(s)
    with pytest.raises(ExportUnreadable) as missing:
        log.audit.verify_export(cli, tmp_path / "nothing.manifest.json")
    assert missing.value.name == "manifest_unreadable"
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    out.unlink()
    with pytest.raises(ExportUnreadable) as gone:
        log.audit.verify_export(cli, manifest_path(out))
    assert gone.value.name == "file_unreadable"
    with log.kernel.read() as s:
        # Nothing was checked, so nothing is recorded (the export's own events aside).
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.seq > before[0])))
    assert Action.AUDIT_EXPORT_VERIFIED not in actions
