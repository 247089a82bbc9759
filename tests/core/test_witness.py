"""The witness directory (issue 9 item 4): each signed checkpoint written once, outside the
database, after its commit; verification trusts only entries signed by a trusted key."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from helpers import Staffing, drop_audit_triggers

from authdesk.core import audit
from authdesk.core.actions import Action
from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.config import load_config
from authdesk.core.desk import Desk
from authdesk.core.keys import key_id_of
from authdesk.core.witness import (
    FORMAT,
    WitnessConflict,
    WitnessDir,
    WitnessEntry,
    file_name,
)
from authdesk.core.workstation import Workstation
from authdesk.storage.models import AuditCheckpoint, AuditEvent


@pytest.fixture
def witness_dir(tmp_path: Path) -> Path:
    return tmp_path / "witness"


@pytest.fixture
def workstation(tmp_path: Path, witness_dir: Path) -> Workstation:
    return Workstation("ws-test-01", tmp_path / "workstation-state.json", witness_dir)


@pytest.fixture
def auditor(desk: Desk, clock: FakeClock) -> SessionHandle:
    return Staffing(desk, clock).auditor


def folder(desk: Desk, witness_dir: Path) -> Path:
    return witness_dir / desk.installation_id


def checkpoint_rows(desk: Desk) -> list[AuditCheckpoint]:
    with desk.kernel.read() as s:
        rows = list(s.query(AuditCheckpoint).order_by(AuditCheckpoint.seq))
        s.expunge_all()
        return rows


def fresh(desk: Desk, tmp_path: Path, witness_dir: Path | None) -> Desk:
    return Desk(desk.db, desk.keys, clock=desk.clock,
                workstation=Workstation("ws-fresh", tmp_path / "fresh.json", witness_dir))


def test_every_checkpoint_is_one_signed_file_named_by_seq(desk: Desk, auditor: SessionHandle,
                                                          witness_dir: Path) -> None:
    desk.audit.checkpoint(auditor)
    rows = checkpoint_rows(desk)
    names = sorted(p.name for p in folder(desk, witness_dir).iterdir())
    assert names == [file_name(r.seq) for r in rows]
    newest = rows[-1]
    path = folder(desk, witness_dir) / file_name(newest.seq)
    data = json.loads(path.read_text(encoding="ascii"))
    assert data == {
        "format": FORMAT, "version": 1, "installation_id": desk.installation_id,
        "seq": newest.seq, "head_hash": newest.head_hash, "ts": audit.format_ts(newest.ts),
        "key_id": newest.key_id, "signature": newest.signature,
        "public_key": desk.keys.public_key_hex,
    }
    assert key_id_of(data["public_key"]) == data["key_id"]
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_a_rolled_back_checkpoint_is_never_witnessed(desk: Desk, witness_dir: Path) -> None:
    before = sorted(folder(desk, witness_dir).iterdir())
    with pytest.raises(RuntimeError), desk.kernel.write() as s:
        desk.kernel.checkpoint(s, desk.kernel.system_actor(), "test")
        raise RuntimeError("the transaction fails after signing")
    assert sorted(folder(desk, witness_dir).iterdir()) == before


def test_the_same_entry_again_is_fine_another_is_a_conflict(desk: Desk, auditor: SessionHandle,
                                                            witness_dir: Path) -> None:
    info = desk.audit.checkpoint(auditor)
    witness = WitnessDir(witness_dir)
    entry = WitnessEntry(desk.installation_id, info, desk.keys.public_key_hex)
    path = witness.write(entry)  # written already by the checkpoint: same bytes, accepted
    other = WitnessEntry(desk.installation_id, audit.CheckpointInfo(
        info.seq, "f" * 64, info.ts, info.signature, info.key_id), desk.keys.public_key_hex)
    with pytest.raises(WitnessConflict) as refused:
        witness.write(other)
    assert str(info.seq) in refused.value.message
    assert json.loads(path.read_text())["head_hash"] == info.head_hash  # never rewritten


def witness_failures(desk: Desk) -> list[AuditEvent]:
    with desk.kernel.read() as s:
        rows = list(s.query(AuditEvent).filter(
            AuditEvent.action == Action.AUDIT_WITNESS_FAILED).order_by(AuditEvent.seq))
        s.expunge_all()
        return rows


def test_a_failed_witness_write_keeps_the_database_work_and_is_recorded(
        desk: Desk, auditor: SessionHandle, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the witness directory should be")
    elsewhere = Desk(desk.db, desk.keys, clock=desk.clock, workstation=Workstation(
        "ws-test-02", tmp_path / "state-2.json", blocked))
    info = elsewhere.audit.checkpoint(auditor)
    assert checkpoint_rows(desk)[-1].seq == info.seq  # committed all the same
    failures = witness_failures(desk)
    assert len(failures) == 1 and failures[0].outcome == "failed"
    details = json.loads(failures[0].details)
    assert details["checkpoint_seq"] == info.seq and details["error"] == "WitnessNotWritable"
    result = elsewhere.audit.verify(auditor)
    assert result.ok, result.damage  # nothing was tampered with
    assert any("witness directory" in n and "does not exist" in n for n in result.notes)
    assert any(f"event {info.seq}" in n and "not in the witness directory" in n
               for n in result.notes)


def test_a_conflicting_file_is_reported_loudly(desk: Desk, auditor: SessionHandle,
                                               witness_dir: Path) -> None:
    """A file already at the next checkpoint's name (a log rolled back and regrown would do
    this): the checkpoint is kept, the conflict recorded, the old file left as it was."""
    with desk.kernel.read() as s:
        next_checkpoint = audit.head(s)[0] + 1  # the audit.checkpointed event's own seq
    squatter = folder(desk, witness_dir) / file_name(next_checkpoint)
    squatter.write_text("{}")
    desk.audit.checkpoint(auditor)
    assert squatter.read_text() == "{}"
    failures = witness_failures(desk)
    assert [json.loads(f.details)["error"] for f in failures] == ["WitnessConflict"]


def test_a_witness_entry_with_a_bad_signature_is_reported_not_trusted(
        desk: Desk, auditor: SessionHandle, witness_dir: Path, tmp_path: Path) -> None:
    info = desk.audit.checkpoint(auditor)
    forged = {**WitnessEntry(desk.installation_id, info, desk.keys.public_key_hex).as_dict(),
              "seq": info.seq + 50, "signature": "ab" * 64}
    (folder(desk, witness_dir) / file_name(info.seq + 50)).write_text(json.dumps(forged))
    result = fresh(desk, tmp_path, witness_dir).audit.verify(auditor)
    assert result.damage is not None
    assert (result.damage.seq, result.damage.kind) == (info.seq + 50, "bad_witness")
    assert "signature" in result.damage.detail
    # Not trusted: it claims event info.seq + 50, which the log does not have, yet no
    # truncation is reported from it.


def test_an_entry_signed_by_a_key_the_database_does_not_trust_is_reported(
        desk: Desk, auditor: SessionHandle, witness_dir: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    info = desk.audit.checkpoint(auditor)
    other = Ed25519PrivateKey.generate()
    public = other.public_key().public_bytes_raw().hex()
    seq = info.seq + 10
    signature = other.sign(audit.checkpoint_message(seq, "e" * 64, info.ts)).hex()
    entry = WitnessEntry(desk.installation_id, audit.CheckpointInfo(
        seq, "e" * 64, info.ts, signature, key_id_of(public)), public)
    WitnessDir(witness_dir).write(entry)
    result = fresh(desk, tmp_path, witness_dir).audit.verify(auditor)
    assert result.damage is not None
    assert (result.damage.seq, result.damage.kind) == (seq, "bad_witness")
    assert "does not trust" in result.damage.detail


def truncate_to(desk: Desk, keep: int) -> None:
    """The owner deletes every event and checkpoint after ``keep`` and fixes the head."""
    with desk.kernel.read() as s:
        event = s.get(AuditEvent, keep)
        assert event is not None
        digest = event.hash
    drop_audit_triggers(desk.db)
    with desk.db.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM audit_event WHERE seq > {keep}")
        conn.exec_driver_sql(f"DELETE FROM audit_checkpoint WHERE seq > {keep}")
        conn.exec_driver_sql(f"UPDATE audit_head SET seq = {keep}, hash = '{digest}'")


def test_deleting_the_newest_witness_files_only_loses_protection_back_to_older_ones(
        desk: Desk, auditor: SessionHandle, witness_dir: Path, tmp_path: Path,
        clock: FakeClock) -> None:
    """Documented (docs/audit-format.md): whoever can delete witness files takes the log's
    protection back to the newest entry left, no further."""
    first = desk.audit.checkpoint(auditor).seq
    clock.advance(seconds=5)
    second = desk.audit.checkpoint(auditor).seq
    truncate_to(desk, second - 1)
    (folder(desk, witness_dir) / file_name(second)).unlink()
    result = fresh(desk, tmp_path, witness_dir).audit.verify(auditor)
    assert result.ok, result.damage  # the tail after the newest entry left is not protected
    # Going back past the newest entry left is still found.
    truncate_to(desk, first - 1)
    damage = fresh(desk, tmp_path, witness_dir).audit.verify(auditor).damage
    assert damage is not None
    assert (damage.seq, damage.kind) == (first, "truncated")


def test_witness_dir_from_config_file_and_environment(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUTHDESK_WITNESS_DIR", raising=False)
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "config.toml"
    path.write_text('witness_dir = "/srv/witness"\n', encoding="utf-8")
    config = load_config(path)
    assert config.witness_dir == Path("/srv/witness")
    assert Workstation.local(tmp_path, "ws", config.witness_dir).witness_dir == config.witness_dir
    monkeypatch.setenv("AUTHDESK_WITNESS_DIR", str(tmp_path / "w"))
    assert load_config(path).witness_dir == tmp_path / "w"
    assert Workstation.local(tmp_path, "ws").witness_dir == tmp_path / "w"
    monkeypatch.delenv("AUTHDESK_WITNESS_DIR")
    assert load_config(tmp_path / "none.toml").witness_dir is None


def test_a_log_rolled_back_and_regrown_past_the_newest_entry_is_still_found(
        desk: Desk, auditor: SessionHandle, witness_dir: Path, tmp_path: Path,
        clock: FakeClock) -> None:
    """Roll back before a witnessed checkpoint, then let AuthDesk write and sign on past the
    newest entry: the newest entry matches the regrown log, an older one does not."""
    first = desk.audit.checkpoint(auditor).seq
    truncate_to(desk, first - 1)
    for _ in range(3):
        clock.advance(seconds=5)
        desk.audit.checkpoint(auditor)  # the first of these conflicts with the old file
    assert [json.loads(f.details)["checkpoint_seq"] for f in witness_failures(desk)] == [first]
    damage = fresh(desk, tmp_path, witness_dir).audit.verify(auditor).damage
    assert damage is not None
    assert (damage.seq, damage.kind) == (first, "rewritten")
