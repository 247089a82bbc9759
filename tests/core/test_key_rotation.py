"""Key rotation (issue 9 item 7): a new signing key, a hand-over checkpoint signed by both
keys, and verification that trusts an old key only through hand-overs from the current one,
and only up to its hand-over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers import Staffing, drop_audit_triggers
from sqlalchemy import select

from authdesk.core import audit, keyfile
from authdesk.core.actions import Action
from authdesk.core.audit import checkpoint_message
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import PermissionDenied
from authdesk.core.kernel import SigningKeyRotated
from authdesk.core.keys import (
    KeyStore,
    MemoryKeyring,
    handover_message,
    key_id_of,
    trusted_keys,
)
from authdesk.core.keyservice import KeyFileSuperseded, stage_import
from authdesk.core.roles import Role
from authdesk.core.workstation import Workstation
from authdesk.storage.models import AuditCheckpoint, AuditEvent, AuditKey, Meta


@pytest.fixture
def witness_dir(tmp_path: Path) -> Path:
    return tmp_path / "witness"


@pytest.fixture
def workstation(tmp_path: Path, witness_dir: Path) -> Workstation:
    return Workstation("ws-test-01", tmp_path / "workstation-state.json", witness_dir)


@pytest.fixture
def people(desk: Desk, clock: FakeClock) -> Staffing:
    return Staffing(desk, clock)


def meta(desk: Desk) -> dict[str, str]:
    with desk.kernel.read() as s:
        return {m.key: m.value for m in s.scalars(select(Meta))}


def reopen(desk: Desk, keyring: MemoryKeyring, tmp_path: Path, name: str = "fresh") -> Desk:
    """Another start: keys read from the keyring, a workstation with no memory."""
    return Desk.open(desk.db, keyring_backend=keyring, clock=desk.clock,
                     workstation=Workstation(name, tmp_path / f"{name}.json",
                                             tmp_path / "witness"))


def test_rotation_hands_over_in_one_audited_transaction(
        desk: Desk, people: Staffing, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    admin = people.admin
    old_public = desk.keys.public_key_hex
    sealed = desk.keys.encrypt(b"seed", "customer-factor:1")
    done = desk.key_admin.rotate(admin)
    assert done.previous_key_id == key_id_of(old_public) != done.key_id
    assert meta(desk)["key_id"] == done.key_id == key_id_of(desk.keys.public_key_hex)
    assert meta(desk)["signing_public_key"] == desk.keys.public_key_hex
    with desk.kernel.read() as s:
        events = [(e.action, json.loads(e.details)) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.seq >= done.handover_seq - 1)
            .order_by(AuditEvent.seq))]
        signed_by = sorted(r.key_id for r in s.scalars(select(AuditCheckpoint).where(
            AuditCheckpoint.seq == done.handover_seq)))
        handover = s.scalars(select(AuditKey)).one()
        s.expunge(handover)
    assert [action for action, _ in events] == [Action.KEYS_ROTATED,
                                                Action.AUDIT_CHECKPOINTED]
    assert events[0][1] == {"previous_key_id": done.previous_key_id, "key_id": done.key_id}
    assert signed_by == sorted([done.previous_key_id, done.key_id])
    assert handover.previous_public_key == old_public
    message = handover_message(desk.installation_id, old_public, desk.keys.public_key_hex,
                               handover.seq, handover.head_hash, handover.ts)
    assert handover.seq == done.handover_seq
    from authdesk.core.keys import verify_signature

    assert verify_signature(old_public, bytes.fromhex(handover.signature_previous), message)
    assert verify_signature(desk.keys.public_key_hex, bytes.fromhex(handover.signature), message)
    # The data key stays: secrets sealed before the rotation still open.
    reopened = reopen(desk, memory_keyring, tmp_path)
    assert reopened.keys.decrypt(sealed, "customer-factor:1") == b"seed"
    assert reopened.keys.public_key_hex == desk.keys.public_key_hex
    # Old checkpoints verify under their recorded key, new ones under the new key.
    reopened.audit.checkpoint(people.auditor)
    result = reopened.audit.verify(people.auditor)
    assert result.ok, result.damage
    status = reopened.key_admin.status(admin)
    assert status.ok and [h.previous_key_id for h in status.handovers] == [
        done.previous_key_id]


def test_two_rotations_chain_back_to_the_first_key(desk: Desk, people: Staffing) -> None:
    first = desk.key_admin.rotate(people.admin)
    second = desk.key_admin.rotate(people.admin)
    assert second.previous_key_id == first.key_id
    result = desk.audit.verify(people.auditor)
    assert result.ok, result.damage
    with desk.kernel.read() as s:
        chain = trusted_keys(desk.installation_id, desk.keys.public_key_hex, audit.handovers(s))
    assert set(chain.keys) == {first.previous_key_id, first.key_id, second.key_id}
    assert chain.retired_at == {first.previous_key_id: first.handover_seq,
                                first.key_id: second.handover_seq}


def test_only_an_administrator_rotates(desk: Desk, people: Staffing) -> None:
    before = meta(desk)["key_id"]
    with pytest.raises(PermissionDenied):
        desk.key_admin.rotate(people.auditor)
    assert meta(desk)["key_id"] == before


def insert_as_owner(desk: Desk, *statements: str) -> None:
    drop_audit_triggers(desk.db)
    with desk.db.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)


def forged_checkpoint_sql(desk: Desk, signer: Ed25519PrivateKey, key_id: str) -> tuple[str, int]:
    with desk.kernel.read() as s:
        seq, head_hash = audit.head(s)
        ts_row = s.get(AuditEvent, seq)
        assert ts_row is not None
        moment = ts_row.ts
    ts = audit.format_ts(moment)
    signature = signer.sign(checkpoint_message(seq, head_hash, ts)).hex()
    literal = (f"'{moment.replace(tzinfo=None):%Y-%m-%d %H:%M:%S.%f}'" if desk.db.is_sqlite
               else f"TIMESTAMP '{moment.replace(tzinfo=None)}'")
    return ("INSERT INTO audit_checkpoint (seq, head_hash, ts, signature, key_id) VALUES "
            f"({seq}, '{head_hash}', {literal}, '{signature}', '{key_id}')"), seq


def test_an_inserted_key_row_without_a_trusted_hand_over_gains_nothing(
        desk: Desk, people: Staffing) -> None:
    """An insider adds a key of their own to audit_key (signing the hand-over with that key
    only: they have no trusted key) and signs a checkpoint with it."""
    mine = Ed25519PrivateKey.generate()
    public = mine.public_key().public_bytes_raw().hex()
    current = desk.keys.public_key_hex
    with desk.kernel.read() as s:
        seq, head_hash = audit.head(s)
    message = handover_message(desk.installation_id, public, current, seq, head_hash, "x")
    row = (f"INSERT INTO audit_key (key_id, public_key, previous_key_id, previous_public_key, "
           f"seq, head_hash, ts, signature_previous, signature) VALUES ('{key_id_of(current)}', "
           f"'{current}', '{key_id_of(public)}', '{public}', {seq}, '{head_hash}', 'x', "
           f"'{mine.sign(message).hex()}', '{'ab' * 64}')")
    forged, at = forged_checkpoint_sql(desk, mine, key_id_of(public))
    insert_as_owner(desk, row, forged)
    result = desk.audit.verify(people.auditor)
    assert result.damage is not None
    assert (result.damage.seq, result.damage.kind) == (at, "bad_checkpoint")
    assert "neither the current key nor one handed over" in result.damage.detail


def test_a_leaked_old_key_signs_nothing_after_its_hand_over(desk: Desk, people: Staffing,
                                                            memory_keyring: MemoryKeyring) -> None:
    from authdesk.core.keys import SERVICE

    raw = memory_keyring.get_password(SERVICE, f"{desk.installation_id}:signing-key")
    assert raw is not None
    import base64

    old = Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw))
    done = desk.key_admin.rotate(people.admin)
    desk.audit.checkpoint(people.auditor)  # the log grows on, signed by the new key
    forged, at = forged_checkpoint_sql(desk, old, done.previous_key_id)
    insert_as_owner(desk, forged)
    result = desk.audit.verify(people.auditor)
    assert result.damage is not None
    assert (result.damage.seq, result.damage.kind) == (at, "bad_checkpoint")
    assert f"handed over at event {done.handover_seq}" in result.damage.detail


def test_a_workstation_still_holding_the_old_key_signs_nothing(
        desk: Desk, people: Staffing, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    other_keyring = MemoryKeyring()
    other_keyring._store = dict(memory_keyring._store)  # the same keys, copied earlier
    other = Desk.open(desk.db, keyring_backend=other_keyring, clock=desk.clock,
                      workstation=Workstation("ws-02", tmp_path / "ws-02.json"))
    done = desk.key_admin.rotate(people.admin)
    with pytest.raises(SigningKeyRotated) as refused:
        other.audit.checkpoint(people.auditor)
    assert done.key_id in refused.value.message
    assert desk.audit.verify(people.auditor).ok


def test_a_rotation_cut_off_after_its_commit_is_finished_at_the_next_start(
        desk: Desk, people: Staffing, memory_keyring: MemoryKeyring, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KeyStore, "finish_rotation", lambda self: None)
    done = desk.key_admin.rotate(people.admin)
    reopened = reopen(desk, memory_keyring, tmp_path)
    assert key_id_of(reopened.keys.public_key_hex) == done.key_id
    from authdesk.core.keys import SERVICE

    assert memory_keyring.get_password(
        SERVICE, f"{desk.installation_id}:signing-key-next") is None


def test_a_failed_rotation_changes_nothing(desk: Desk, people: Staffing,
                                           memory_keyring: MemoryKeyring,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before, public = meta(desk)["key_id"], desk.keys.public_key_hex

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "add_checkpoint", broken)
    with pytest.raises(RuntimeError):
        desk.key_admin.rotate(people.admin)
    monkeypatch.undo()
    assert meta(desk)["key_id"] == before and desk.keys.public_key_hex == public
    from authdesk.core.keys import SERVICE

    assert memory_keyring.get_password(
        SERVICE, f"{desk.installation_id}:signing-key-next") is None
    assert desk.audit.verify(people.auditor).ok


def test_witness_entries_of_the_old_key_stay_trusted(desk: Desk, people: Staffing,
                                                     witness_dir: Path, tmp_path: Path) -> None:
    """Rotate, then delete the log back before the hand-over: the witness entry the old key
    signed (the hand-over itself) still shows it."""
    auditor = people.auditor
    done = desk.key_admin.rotate(people.admin)
    keep = done.handover_seq - 2
    with desk.kernel.read() as s:
        event = s.get(AuditEvent, keep)
        assert event is not None
        digest = event.hash
    insert_as_owner(desk, f"DELETE FROM audit_event WHERE seq > {keep}",
                    f"DELETE FROM audit_checkpoint WHERE seq > {keep}",
                    f"UPDATE audit_head SET seq = {keep}, hash = '{digest}'")
    fresh = Desk(desk.db, desk.keys, clock=desk.clock,
                 workstation=Workstation("fresh", tmp_path / "fresh.json", witness_dir))
    damage = fresh.audit.verify(auditor).damage
    assert damage is not None
    assert (damage.seq, damage.kind) == (keep + 1, "truncated")


def test_an_old_key_file_is_refused_after_rotation(desk: Desk, people: Staffing,
                                                   tmp_path: Path) -> None:
    old_file = desk.key_admin.export_file(people.admin, tmp_path / "old.keys",
                                          "a long key passphrase").path
    done = desk.key_admin.rotate(people.admin)
    with pytest.raises(KeyFileSuperseded) as refused:
        stage_import(desk.db, old_file.read_bytes(), "a long key passphrase", "old.keys")
    assert done.key_id in refused.value.message
    new_file = desk.key_admin.export_file(people.admin, tmp_path / "new.keys",
                                          "a long key passphrase").path
    header, _ = keyfile.read_header(new_file.read_bytes(), "new.keys")
    assert header.key_id == done.key_id


def test_an_export_made_before_rotation_still_verifies_in_the_app(
        desk: Desk, people: Staffing, tmp_path: Path) -> None:
    out = tmp_path / "before.jsonl"
    manifest = desk.audit.export(people.auditor, out)
    desk.key_admin.rotate(people.admin)
    verdict = desk.audit.verify_export(people.auditor, tmp_path / "before.jsonl.manifest.json")
    assert verdict.ok, verdict.findings
    assert verdict.key_id == manifest.checkpoint["key_id"] != key_id_of(desk.keys.public_key_hex)


def test_the_roles_of_rotation(desk: Desk) -> None:
    from authdesk.core.roles import ALLOWED, Operation

    assert ALLOWED[Operation.ROTATE_KEYS] == frozenset({Role.ADMIN})


def test_hand_over_rows_are_append_only(desk: Desk, people: Staffing) -> None:
    """The triggers of migration 0005 (PostgreSQL: also the app role's grants, tested in
    tests/storage/test_append_only.py) refuse changing a hand-over."""
    from sqlalchemy.exc import IntegrityError

    desk.key_admin.rotate(people.admin)
    for sql in ("UPDATE audit_key SET seq = 1", "DELETE FROM audit_key"):
        with pytest.raises(IntegrityError) as refused:
            desk.db.execute_raw(sql)
        assert "append-only" in str(refused.value)
