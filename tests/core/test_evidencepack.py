"""The evidence pack of one change request (issue 12): the request's events with the signed
checkpoint that covers them and the chain segment between, checked by a third party with
docs/verify_export.py (a subprocess, the published key id) and by AuthDesk's own verifier; the
same pack fails after one of its events is edited or one line is removed. Only supervisors and
auditors may write one, and writing it is audited."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from request_fixtures import LICENCE, Kit, Person
from sqlalchemy import select

from authdesk.core.auditlog import ExportFailed
from authdesk.core.authority import SYSTEM
from authdesk.core.errors import InvalidInput, PermissionDenied
from authdesk.core.evidencepack import PackFiles, request_id_of
from authdesk.core.exportverify import verify_files
from authdesk.core.keys import key_id_of
from authdesk.core.reference import request_reference
from authdesk.core.requests import RequestNotFound
from authdesk.core.roles import Role
from authdesk.storage.models import AuditCheckpoint, AuditEvent, Notification

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "docs" / "verify_export.py"


@pytest.fixture
def supervisor(kit: Kit) -> Person:
    return kit.staff("super1", Role.SUPERVISOR)


def effective_request(kit: Kit, agent: Person, supervisor: Person) -> tuple[int, Person]:
    """A request through its whole life: verified in a call, a document, submitted, approved,
    its notices sent, the cooling-off over and the new account in force. With the supervisor
    signed in again (their session ended during the cooling-off)."""
    customer = kit.customer(kanji="山田 太郎")
    kit.active_factor(agent, customer)
    kit.verify(agent, customer)
    draft = kit.draft(agent, customer)
    kit.desk.requests.record_document(agent.handle, customer, LICENCE, request_id=draft.id)
    kit.desk.requests.submit(agent.handle, draft.id)
    kit.new_call(agent)  # the call wrapped up
    kit.step_up(supervisor)
    kit.desk.requests.approve(supervisor.handle, draft.id)
    with kit.desk.kernel.read() as s:
        notices = list(s.scalars(select(Notification.id)
                                 .where(Notification.request_id == draft.id)))
    for notice in notices:
        kit.desk.notifications.mark_sent(supervisor.handle, notice)
    kit.clock.advance(hours=73)
    assert kit.desk.requests.apply_due(SYSTEM) == [draft.id]
    return draft.id, kit.sign_in_again(supervisor)


def third_party(files: PackFiles, key_id: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(VERIFIER), str(files.jsonl), "--key-id", key_id],
                          capture_output=True, text=True, check=False)


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def write_lines(path: Path, lines: list[dict[str, Any]]) -> None:
    path.write_bytes(b"".join((json.dumps(e, ensure_ascii=False, separators=(",", ":"))
                               + "\n").encode("utf-8") for e in lines))


def test_a_pack_holds_every_step_and_a_third_party_verifies_it(
        kit: Kit, agent: Person, supervisor: Person, tmp_path: Path) -> None:
    request_id, supervisor = effective_request(kit, agent, supervisor)
    files = kit.desk.evidence.write(supervisor.handle, request_reference(request_id),
                                    tmp_path / "pack.pdf")
    pack = files.pack
    assert files.jsonl == tmp_path / "pack.jsonl" and files.pdf is None
    assert files.manifest == tmp_path / "pack.jsonl.manifest.json"
    actions = [line.action for line in pack.lines]
    for expected in ("call.taken", "totp.verification.started", "totp.verification.succeeded",
                     "request.created", "document.checked", "request.submitted", "call.closed",
                     "request.approved", "notification.sent", "request.effective",
                     "customer.account_changed"):
        assert expected in actions, expected
    assert {line.section for line in pack.lines} >= {
        "call", "verification", "documents", "risk", "approval", "notices", "outcome"}
    # Every fact that an event records cites events that are in the pack.
    cited = set(pack.cited)
    assert all(set(fact.seqs) <= cited for fact in pack.facts)
    keys = [fact.key for fact in pack.facts]
    assert {"verification", "document", "risk", "decision", "notice", "cooling_off",
            "outcome"} <= set(keys)
    # Personal data masked: the name and the new account's number are not in the files.
    text = files.jsonl.read_text(encoding="utf-8") + files.manifest.read_text(encoding="utf-8")
    assert "太郎" not in text and "7654321" not in text
    assert "山田 •••" in text

    # The segment: from the request's first event to the covering checkpoint, none missing.
    segment = lines_of(files.jsonl)
    assert segment[0]["seq"] == min(cited)
    assert [e["seq"] for e in segment] == list(range(segment[0]["seq"], segment[-1]["seq"] + 1))
    assert segment[-1]["seq"] == pack.checkpoint["seq"] >= max(cited)
    assert segment[-1]["action"] == "audit.checkpointed"

    key_id = key_id_of(kit.desk.keys.public_key_hex)
    done = third_party(files, key_id)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"OK: chain segment: events {segment[0]['seq']}..{pack.checkpoint['seq']}" in done.stdout
    verdict = verify_files(files.manifest, None, frozenset({key_id}))
    assert verdict.ok and verdict.segment_from == segment[0]["seq"]

    # Writing the pack is audited, after the checkpoint it cites.
    with kit.desk.kernel.read() as s:
        seq, actor, subject, text = s.execute(
            select(AuditEvent.seq, AuditEvent.actor, AuditEvent.subject, AuditEvent.details)
            .where(AuditEvent.action == "report.evidence.exported")).one()
    details = json.loads(text)
    assert actor == "super1" and subject == f"request:{request_id}"
    assert details["reference"] == request_reference(request_id)
    assert details["checkpoint_seq"] == pack.checkpoint["seq"] < seq
    # The log as a whole still verifies, tables and all.
    result = kit.desk.audit.verify(kit.auditor)
    assert result.ok, (result.damage, result.mismatches)


def test_an_edited_event_or_a_removed_line_fails_the_third_party_check(
        kit: Kit, agent: Person, supervisor: Person, tmp_path: Path) -> None:
    request_id, _ = effective_request(kit, agent, supervisor)
    key_id = key_id_of(kit.desk.keys.public_key_hex)
    files = kit.desk.evidence.write(kit.auditor, request_id, tmp_path / "pack.pdf")
    original = lines_of(files.jsonl)
    approval = next(e for e in original if e["action"] == "request.approved")

    edited = [dict(e) for e in original]
    target = next(e for e in edited if e["seq"] == approval["seq"])
    target["actor"] = "someone.else"
    write_lines(files.jsonl, edited)
    done = third_party(files, key_id)
    assert done.returncode == 1
    assert "FAILED: file_changed" in done.stdout
    assert f"FAILED: edited at event {approval['seq']}" in done.stdout
    in_app = verify_files(files.manifest, None, frozenset({key_id}))
    assert [f.sentence for f in in_app.findings] == [
        line.removeprefix("FAILED: ") for line in done.stdout.splitlines()]

    removed = [e for e in original if e["seq"] != approval["seq"]]
    write_lines(files.jsonl, removed)
    done = third_party(files, key_id)
    assert done.returncode == 1
    assert f"FAILED: deleted at event {approval['seq']}" in done.stdout
    # The cited event is gone from the file too.
    assert f"cites event {approval['seq']}" in done.stdout
    in_app = verify_files(files.manifest, None, frozenset({key_id}))
    assert [f.sentence for f in in_app.findings] == [
        line.removeprefix("FAILED: ") for line in done.stdout.splitlines()]

    # Dropping the first line (the earliest cited event) breaks the manifest's summary.
    write_lines(files.jsonl, original[1:])
    done = third_party(files, key_id)
    assert done.returncode == 1 and "FAILED: file_changed" in done.stdout


def test_a_waiting_request_gets_a_checkpoint_of_its_own(
        kit: Kit, agent: Person, supervisor: Person, tmp_path: Path) -> None:
    pending = kit.pending(agent, kit.customer())
    with kit.desk.kernel.read() as s:
        before = s.scalar(select(AuditCheckpoint.seq).order_by(AuditCheckpoint.seq.desc()))
    files = kit.desk.evidence.write(supervisor.handle, str(pending.id), tmp_path / "p.pdf")
    assert files.pack.checkpoint["seq"] > (before or 0)
    assert files.pack.status == "pending_approval"
    done = third_party(files, key_id_of(kit.desk.keys.public_key_hex))
    assert done.returncode == 0, done.stdout


def test_the_renderer_gets_the_pack_and_its_file_is_written_with_the_others(
        kit: Kit, agent: Person, supervisor: Person, tmp_path: Path) -> None:
    pending = kit.pending(agent, kit.customer())
    seen: list[str] = []

    def render(pack: dict[str, Any]) -> bytes:
        seen.append(pack["reference"])
        return b"%PDF-1.4 test"

    files = kit.desk.evidence.write(supervisor.handle, pending.id, tmp_path / "p.pdf",
                                    render=render)
    assert seen == [request_reference(pending.id)]
    assert files.pdf is not None and files.pdf.read_bytes() == b"%PDF-1.4 test"
    with kit.desk.kernel.read() as s:
        details = json.loads(s.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "report.evidence.exported")).one())
    assert details["pdf"] == "p.pdf" and len(details["pdf_sha256"]) == 64


def test_a_failing_renderer_leaves_no_file_and_no_event(
        kit: Kit, agent: Person, supervisor: Person, tmp_path: Path) -> None:
    pending = kit.pending(agent, kit.customer())

    def render(pack: dict[str, Any]) -> bytes:
        raise OSError(28, "No space left on device")

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportFailed, match="could not be written"):
        kit.desk.evidence.write(supervisor.handle, pending.id, out / "p.pdf", render=render)
    assert list(out.iterdir()) == []
    with kit.desk.kernel.read() as s:
        assert s.scalar(select(AuditEvent.seq).where(
            AuditEvent.action == "report.evidence.exported")) is None


@pytest.mark.parametrize("role", [Role.AGENT, Role.ADMIN])
def test_only_supervisors_and_auditors_may_write_a_pack(
        kit: Kit, agent: Person, role: Role, tmp_path: Path) -> None:
    pending = kit.pending(agent, kit.customer())
    person = agent if role is Role.AGENT else kit.staff("admin2", Role.ADMIN)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PermissionDenied, match=re.escape("report.evidence")):
        kit.desk.evidence.write(person.handle, pending.id, out / "p.pdf")
    assert list(out.iterdir()) == []
    with kit.desk.kernel.read() as s:
        action, actor = s.execute(select(AuditEvent.action, AuditEvent.actor)
                                  .order_by(AuditEvent.seq.desc()).limit(1)).one()
    assert action == "access.refused" and actor == person.username


def test_requests_are_named_by_number_or_reference(kit: Kit, tmp_path: Path) -> None:
    assert request_id_of("17") == 17
    assert request_id_of(request_reference(17)) == 17
    assert request_id_of(" ｒ0000017-" + request_reference(17)[-1]) == 17
    with pytest.raises(InvalidInput):
        request_id_of("N0000017-" + request_reference(17)[-1])
    with pytest.raises(InvalidInput):
        request_id_of("R0000017-" + str((int(request_reference(17)[-1]) + 1) % 10))
    with pytest.raises(RequestNotFound):
        kit.desk.evidence.write(kit.auditor, 999, tmp_path / "p.pdf")
