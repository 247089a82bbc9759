"""Audit exports: JSONL/CSV plus manifest, anchored at a fresh signed checkpoint, checked by
the standalone docs/verify_export.py exactly as an auditor would."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from helpers import Staffing
from sqlalchemy import select

from authdesk.core import audit, auditlog
from authdesk.core.auditlog import ExportCancelled, manifest_path
from authdesk.core.auditquery import AuditFilter
from authdesk.core.authority import Actor, SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.keys import key_id_of, verify_signature
from authdesk.core.roles import Role
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
    assert on_disk["format"] == "authdesk-audit-export" and on_disk["format_version"] == 1
    assert on_disk["exported_by"] == "it.auditor"


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
    assert f"event {event['seq']}" in done.stdout and "edited" in done.stdout


def test_verifier_refuses_a_changed_file(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    out.write_bytes(out.read_bytes().replace(b'"alice"', b'"alicf"', 1))
    done = run_verifier(out)
    assert done.returncode == 1 and "SHA-256" in done.stdout


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
    assert "without gaps" in done.stdout


def test_verifier_refuses_another_key(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    done = run_verifier(out, "--key-id", "0123456789abcdef")
    assert done.returncode == 1 and "not by 0123456789abcdef" in done.stdout


def test_verifier_refuses_a_bad_signature(log: Desk, cli: SessionHandle, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    log.audit.export(cli, out)
    mpath = manifest_path(out)
    m = json.loads(mpath.read_text(encoding="utf-8"))
    m["checkpoint"]["ts"] = "2030-01-01T00:00:00.000000Z"
    mpath.write_text(json.dumps(m), encoding="utf-8")
    done = run_verifier(out)
    assert done.returncode == 1 and "signature is not valid" in done.stdout


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
    assert manifest.filter["actor"] == "alice"
    done = run_verifier(out)
    assert done.returncode == 0, done.stdout
    assert "filtered export" in done.stdout


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


def test_format_document_worked_example_matches_the_code() -> None:
    """docs/audit-format.md gives two hashes; the code must produce them."""
    doc = (ROOT / "docs" / "audit-format.md").read_text(encoding="utf-8")
    first = {"seq": 1, "ts": "2026-01-05T09:00:00.000000Z", "actor": "cli:it-admin",
             "role": "admin", "workstation": "WS-TOKYO-07", "action": "staff.added",
             "subject": "staff:sato", "outcome": "ok",
             "details": '{"employee_no":"E1024","first_admin":true,"roles":["admin"]}',
             "prev_hash": audit.GENESIS_HASH}
    second = {**first, "seq": 2, "ts": "2026-01-05T09:00:03.250000Z",
              "action": "customer.viewed", "subject": "customer:C0001",
              "details": '{"name":"山田 •••"}', "prev_hash": audit.event_hash(first)}
    for values in (first, second):
        assert audit.canonical_bytes(values).decode("utf-8") in doc
        assert audit.event_hash(values) in doc
