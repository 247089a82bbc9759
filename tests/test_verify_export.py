"""Damage to a real export, checked by both verifiers: the stand-alone docs/verify_export.py (a
subprocess, as an auditor runs it) and ``authdesk-admin audit verify-export`` (signed in as an
auditor, trusting the database's key). Both must reach the same verdict with the same findings,
and name the damaged place and kind the way docs/audit-format.md §6.1 says.

The damage is done to the files the way someone holding only the export would do it, knowing
the published format: editing lines, recomputing hashes with it, renumbering, and fixing the
manifest's numbers and digest (which they cannot re-sign).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers import AUDITOR, PASSWORD, Staffing

from authdesk.cli.main import main
from authdesk.core import audit
from authdesk.core import kernel as kernel_module
from authdesk.core.auditlog import manifest_path
from authdesk.core.auditquery import AuditFilter
from authdesk.core.authority import Actor
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.exportverify import manifest_message
from authdesk.core.keys import key_id_of
from authdesk.core.roles import Role

ROOT = Path(__file__).resolve().parents[1]
VERIFIER = ROOT / "docs" / "verify_export.py"
K = 9  # the event the middle-of-the-file damage is done to

Lines = list[dict[str, Any]]


@dataclass
class Export:
    desk: Desk
    staffing: Staffing
    database_url: str
    file: Path
    key_id: str

    @property
    def manifest_file(self) -> Path:
        return manifest_path(self.file)

    def lines(self) -> Lines:
        text = self.file.read_text(encoding="utf-8")
        return [json.loads(line) for line in text.split("\n") if line]

    def write_lines(self, lines: Lines) -> None:
        self.file.write_bytes(b"".join(
            (json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            for e in lines))

    def manifest(self) -> dict[str, Any]:
        return dict(json.loads(self.manifest_file.read_text(encoding="utf-8")))

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        self.manifest_file.write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                      encoding="utf-8")

    def fix_manifest(self, **values: Any) -> None:
        """What someone without the key can do: make the numbers and the digest fit the file
        (and set any other values); the signature stays the exporter's."""
        lines = self.lines()
        manifest = self.manifest()
        manifest.update(count=len(lines), first_seq=lines[0]["seq"] if lines else None,
                        last_seq=lines[-1]["seq"] if lines else None,
                        head_hash=lines[-1]["hash"] if lines else None,
                        file_sha256=hashlib.sha256(self.file.read_bytes()).hexdigest())
        manifest.update(values)
        self.write_manifest(manifest)


@dataclass(frozen=True)
class Verdict:
    code: int
    findings: list[str]
    out: str
    err: str

    @property
    def named(self) -> list[tuple[str, int | None]]:
        """(kind, seq) of each finding."""
        pairs: list[tuple[str, int | None]] = []
        for sentence in self.findings:
            head = sentence.split(": ", 1)[0]
            kind, _, where = head.partition(" at event ")
            pairs.append((kind, int(where) if where else None))
        return pairs


def _findings(out: str) -> list[str]:
    return [line.removeprefix("FAILED: ") for line in out.splitlines()
            if line.startswith("FAILED: ")]


def reference(export: Export, *extra: str) -> Verdict:
    done = subprocess.run([sys.executable, str(VERIFIER), str(export.file), "--key-id",
                           export.key_id, *extra],
                          capture_output=True, text=True, timeout=120, check=False)
    return Verdict(done.returncode, _findings(done.stdout), done.stdout, done.stderr)


def admin_cli(export: Export, *extra: str, manifest: Path | None = None) -> Verdict:
    person = export.staffing.people[AUDITOR]
    stdin = io.StringIO(f"{PASSWORD}\n{export.staffing.codes(person.key)}\n")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", export.database_url, "audit", "verify-export",
                 str(manifest or export.manifest_file), "--user", AUDITOR, *extra],
                stdin=stdin, stdout=out, stderr=err)
    return Verdict(code, _findings(out.getvalue()), out.getvalue(), err.getvalue())


def both(export: Export) -> Verdict:
    """Run both verifiers; they must agree, finding for finding."""
    ref, cli = reference(export), admin_cli(export)
    assert (cli.code, cli.findings) == (ref.code, ref.findings), (ref.out, cli.out, cli.err)
    if ref.code == 1:
        lines = cli.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("authdesk-admin: "), cli.err
        named = [f for f, (_, seq) in zip(ref.findings, ref.named, strict=True) if seq]
        assert (named or ref.findings)[0] in lines[0]
    return ref


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clock: FakeClock) -> None:
    """The admin CLI on this test's database and clock, with its own workstation memory."""
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("AUTHDESK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("AUTHDESK_WORKSTATION", "WS-AUDIT-01")
    monkeypatch.delenv("AUTHDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("AUTHDESK_DEBUG", raising=False)
    monkeypatch.setattr(kernel_module, "SystemClock", lambda: clock)


def _write_events(desk: Desk, clock: FakeClock) -> None:
    alice = Actor(username="alice", roles=frozenset({Role.AGENT}), workstation="ws-07")
    bob = Actor(username="bob", roles=frozenset({Role.SUPERVISOR}), workstation="ws-01")
    for i in range(16):
        with desk.kernel.write() as s:
            desk.kernel.record(s, alice if i % 2 else bob, "customer.viewed",
                               subject=f"customer:C000000{i % 3 + 1}",
                               outcome="refused" if i % 5 == 0 else "ok",
                               details={"i": i, "name": "山田 •••", "line": "a\u2028b"})
        clock.advance(minutes=3)


def _export(desk: Desk, clock: FakeClock, database_url: str, tmp_path: Path,
            name: str = "audit.jsonl", flt: AuditFilter | None = None,
            file_format: str = "jsonl") -> Export:
    staffing = Staffing(desk, clock)
    _write_events(desk, clock)
    out = tmp_path / name
    desk.audit.export(staffing.auditor, out, flt, format=file_format)
    return Export(desk, staffing, database_url, out, key_id_of(desk.keys.public_key_hex))


@pytest.fixture
def export(desk: Desk, clock: FakeClock, database_url: str, tmp_path: Path,
           cli_env: None) -> Export:
    """A complete JSONL export of some 30 events, ending at its signed checkpoint."""
    made = _export(desk, clock, database_url, tmp_path)
    assert len(made.lines()) > K + 5
    return made


def rehash(event: dict[str, Any]) -> None:
    event["hash"] = audit.event_hash(event)


# -- the damage ----------------------------------------------------------------------------------


def edit(x: Export) -> None:
    lines = x.lines()
    lines[K - 1]["outcome"] = "failed"
    x.write_lines(lines)


def edit_rehash(x: Export) -> None:
    lines = x.lines()
    lines[K - 1]["actor"] = "mallory"
    rehash(lines[K - 1])
    x.write_lines(lines)


def edit_rehash_fix_digest(x: Export) -> None:
    edit_rehash(x)
    x.fix_manifest()


def edit_rehash_newest(x: Export) -> None:
    lines = x.lines()
    lines[-1]["details"] = lines[-1]["details"].replace("}", ',"x":1}')
    rehash(lines[-1])
    x.write_lines(lines)


def delete_newest(x: Export) -> None:
    x.write_lines(x.lines()[:-3])


def delete_newest_fix_manifest(x: Export) -> None:
    delete_newest(x)
    x.fix_manifest()


def relabel_incomplete(x: Export) -> None:
    """The 45th case of the issue: the newest events removed, the export relabelled as not
    complete with no filter, every number and the digest made to fit."""
    delete_newest(x)
    x.fix_manifest(complete=False, filter={})


def delete_middle(x: Export) -> None:
    lines = x.lines()
    del lines[K - 1]
    x.write_lines(lines)


def delete_middle_renumber(x: Export) -> None:
    lines = x.lines()
    del lines[K - 1]
    for event in lines[K - 1:]:
        event["seq"] -= 1
    x.write_lines(lines)


def delete_middle_renumber_rehash(x: Export) -> None:
    lines = x.lines()
    del lines[K - 1]
    for event in lines[K - 1:]:
        event["seq"] -= 1
        rehash(event)
    x.write_lines(lines)


def _insert(x: Export, forged: dict[str, Any]) -> None:
    lines = x.lines()
    for event in lines[K - 1:]:
        event["seq"] += 1
    lines.insert(K - 1, forged)
    x.write_lines(lines)


def insert_forged(x: Export) -> None:
    """A forged event with a correct hash, linked to the one before it; later ones renumbered."""
    before = x.lines()[K - 2]
    forged = {**before, "seq": K, "actor": "mallory", "action": "request.approved",
              "prev_hash": before["hash"]}
    rehash(forged)
    _insert(x, forged)


def insert_copy(x: Export) -> None:
    copy = {**x.lines()[2], "seq": K}
    _insert(x, copy)


def insert_garbage(x: Export) -> None:
    before = x.lines()[K - 2]
    _insert(x, {**before, "seq": K, "actor": "mallory", "hash": "f" * 64})


def insert_forged_renumber_rehash(x: Export) -> None:
    """As insert_forged, and every later event's own hash recomputed for its new number."""
    insert_forged(x)
    lines = x.lines()
    for event in lines[K:]:
        rehash(event)
    x.write_lines(lines)


def edit_prev_hash_rehash(x: Export) -> None:
    lines = x.lines()
    lines[K - 1]["prev_hash"] = "0" * 64
    rehash(lines[K - 1])
    x.write_lines(lines)


def delete_first(x: Export) -> None:
    x.write_lines(x.lines()[1:])


def delete_first_renumber_rehash(x: Export) -> None:
    lines = x.lines()[1:]
    for event in lines:
        event["seq"] -= 1
        rehash(event)
    x.write_lines(lines)


def swap_lines(x: Export) -> None:
    lines = x.lines()
    lines[K - 1], lines[K] = lines[K], lines[K - 1]
    x.write_lines(lines)


def swap_contents(x: Export) -> None:
    lines = x.lines()
    lines[K - 1], lines[K] = {**lines[K], "seq": K}, {**lines[K - 1], "seq": K + 1}
    x.write_lines(lines)


def truncate(x: Export) -> None:
    data = x.file.read_bytes()
    x.file.write_bytes(data[:len(data) - 200])


def change_count(x: Export) -> None:
    manifest = x.manifest()
    manifest["count"] += 1
    x.write_manifest(manifest)


def rewrite_history(x: Export) -> None:
    lines = x.lines()
    lines[K - 1]["outcome"] = "ok" if lines[K - 1]["outcome"] != "ok" else "refused"
    for i in range(K - 1, len(lines)):
        if i > K - 1:
            lines[i]["prev_hash"] = lines[i - 1]["hash"]
        rehash(lines[i])
    x.write_lines(lines)
    x.fix_manifest()


def append_newest(x: Export) -> None:
    lines = x.lines()
    forged = {**lines[-1], "seq": lines[-1]["seq"] + 1, "action": "request.approved",
              "prev_hash": lines[-1]["hash"]}
    rehash(forged)
    x.write_lines([*lines, forged])


def forger_key(x: Export) -> None:
    """Everything re-signed consistently, but with a key of the forger's own."""
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw().hex()
    manifest = x.manifest()
    cp = manifest["checkpoint"]
    cp.update(public_key=public, key_id=key_id_of(public))
    cp["signature"] = key.sign(audit.checkpoint_message(cp["seq"], cp["head_hash"],
                                                        cp["ts"])).hex()
    manifest["signature"] = key.sign(manifest_message(manifest)).hex()
    x.write_manifest(manifest)


def unsigned(x: Export) -> None:
    manifest = x.manifest()
    del manifest["signature"]
    manifest["format_version"] = 1
    x.write_manifest(manifest)


Damage = Callable[[Export], None]
# damage -> (the findings' kinds and named events; N is the checkpoint's sequence number)
MATRIX: dict[str, tuple[Damage, Callable[[int], list[tuple[str, int | None]]]]] = {
    "edit": (edit, lambda n: [("file_changed", None), ("edited", K)]),
    "edit_own_hash_recomputed": (edit_rehash, lambda n: [("file_changed", None),
                                                         ("edited", K)]),
    "edit_own_hash_recomputed_digest_fixed": (
        edit_rehash_fix_digest, lambda n: [("relabelled", None), ("edited", K)]),
    "edit_newest_own_hash_recomputed": (
        edit_rehash_newest, lambda n: [("file_changed", None), ("edited", n),
                                       ("mismatch", None)]),
    "delete_newest": (delete_newest, lambda n: [
        ("file_changed", None), ("truncated", n - 2), ("mismatch", None), ("mismatch", None),
        ("mismatch", None)]),
    "delete_newest_manifest_fixed": (delete_newest_fix_manifest, lambda n: [
        ("relabelled", None), ("truncated", n - 2)]),
    "relabel_complete_false": (relabel_incomplete, lambda n: [
        ("relabelled", None), ("relabelled", None), ("truncated", n - 2)]),
    "delete_middle": (delete_middle, lambda n: [
        ("file_changed", None), ("deleted", K), ("mismatch", None)]),
    "delete_middle_renumbered": (delete_middle_renumber, lambda n: [
        ("file_changed", None), ("deleted", K), ("mismatch", None), ("mismatch", None)]),
    "delete_middle_renumbered_rehashed": (delete_middle_renumber_rehash, lambda n: [
        ("file_changed", None), ("deleted", K), ("mismatch", None), ("mismatch", None),
        ("mismatch", None)]),
    "insert_middle_renumbered_forged": (insert_forged, lambda n: [
        ("file_changed", None), ("inserted", K), ("mismatch", None), ("mismatch", None)]),
    "insert_middle_renumbered_copy": (insert_copy, lambda n: [
        ("file_changed", None), ("inserted", K), ("mismatch", None), ("mismatch", None)]),
    "insert_middle_renumbered_garbage": (insert_garbage, lambda n: [
        ("file_changed", None), ("inserted", K), ("mismatch", None), ("mismatch", None)]),
    "insert_middle_renumbered_rehashed": (insert_forged_renumber_rehash, lambda n: [
        ("file_changed", None), ("inserted", K), ("mismatch", None), ("mismatch", None),
        ("mismatch", None)]),
    "edit_prev_hash_own_hash_recomputed": (edit_prev_hash_rehash, lambda n: [
        ("file_changed", None), ("edited", K)]),
    "delete_first": (delete_first, lambda n: [
        ("file_changed", None), ("deleted", 1), ("mismatch", None), ("mismatch", None)]),
    "delete_first_renumbered_rehashed": (delete_first_renumber_rehash, lambda n: [
        ("file_changed", None), ("deleted", 1), ("mismatch", None), ("mismatch", None),
        ("mismatch", None)]),
    "swap_lines": (swap_lines, lambda n: [("file_changed", None), ("swapped", K)]),
    "swap_contents": (swap_contents, lambda n: [("file_changed", None), ("swapped", K)]),
    "truncate": (truncate, lambda n: [("file_changed", None), ("truncated", n),
                                      ("mismatch", None), ("mismatch", None),
                                      ("mismatch", None)]),
    "change_count": (change_count, lambda n: [("relabelled", None), ("mismatch", None)]),
    "rewrite_history": (rewrite_history, lambda n: [("relabelled", None), ("edited", n)]),
    "append_newest": (append_newest, lambda n: [
        ("file_changed", None), ("inserted", n + 1), ("mismatch", None), ("mismatch", None),
        ("mismatch", None)]),
    "signed_by_another_key": (forger_key, lambda n: [("wrong_key", None)]),
    "unsigned_manifest": (unsigned, lambda n: [("unsigned", None)]),
}


def test_an_untouched_export_verifies_in_both(export: Export) -> None:
    verdict = both(export)
    assert verdict.code == 0, verdict.out
    assert "complete export" in verdict.out


@pytest.mark.parametrize("name", list(MATRIX))
def test_damage_is_named_alike_by_both_verifiers(export: Export, name: str) -> None:
    damage, expected = MATRIX[name]
    n = export.manifest()["checkpoint"]["seq"]
    damage(export)
    verdict = both(export)
    assert verdict.code == 1, verdict.out
    assert verdict.named == expected(n), verdict.findings


def test_the_relabelled_manifest_names_what_it_hides(export: Export) -> None:
    """complete:false with filter {} is refused twice over, and the missing events are named."""
    n = export.manifest()["checkpoint"]["seq"]
    relabel_incomplete(export)
    verdict = both(export)
    assert verdict.findings == [
        "relabelled: the manifest's signature is not valid: a member of the manifest was "
        "changed after the export",
        "relabelled: the manifest says the export is not complete but names no filter "
        "(checked as complete)",
        f"truncated at event {n - 2}: events {n - 2}..{n}, which the signed checkpoint covers, "
        "are not in the file",
    ]


@pytest.fixture
def filtered(desk: Desk, clock: FakeClock, database_url: str, tmp_path: Path,
             cli_env: None) -> Export:
    return _export(desk, clock, database_url, tmp_path, "alice.jsonl",
                   AuditFilter(actor="alice", customer="C0000002"))


def test_a_filtered_export_verifies_and_its_filter_cannot_be_changed(filtered: Export) -> None:
    verdict = both(filtered)
    assert verdict.code == 0 and "filtered export" in verdict.out
    manifest = filtered.manifest()
    assert manifest["filter"] == {"actor": "alice", "customer": "C0000002"}
    manifest["filter"] = {"actor": "alice"}
    filtered.write_manifest(manifest)
    assert both(filtered).named == [("relabelled", None)]


def test_a_filtered_export_relabelled_complete_is_refused(filtered: Export) -> None:
    manifest = filtered.manifest()
    manifest["complete"] = True
    filtered.write_manifest(manifest)
    # Checked against the stronger claim, the events it does not hold are missing.
    assert both(filtered).named == [("relabelled", None), ("relabelled", None), ("deleted", 1)]


def test_an_edit_in_a_filtered_export_is_named(filtered: Export) -> None:
    lines = filtered.lines()
    lines[1]["details"] = lines[1]["details"].replace('"i":', '"i":1')
    filtered.write_lines(lines)
    assert both(filtered).named == [("file_changed", None), ("edited", lines[1]["seq"])]


@pytest.fixture
def csv_export(desk: Desk, clock: FakeClock, database_url: str, tmp_path: Path,
               cli_env: None) -> Export:
    return _export(desk, clock, database_url, tmp_path, "audit.csv", file_format="csv")


def test_a_csv_export_is_checked_alike(csv_export: Export) -> None:
    assert both(csv_export).code == 0
    data = csv_export.file.read_bytes()
    csv_export.file.write_bytes(data.replace(b",customer.viewed,", b",customer.searched,", 1))
    verdict = both(csv_export)
    assert [kind for kind, _ in verdict.named] == ["file_changed", "edited"]


# -- what cannot be read -------------------------------------------------------------------------


def test_unreadable_files_exit_2_in_both(export: Export) -> None:
    export.manifest_file.write_text("{not json", encoding="utf-8")
    ref, cli = reference(export), admin_cli(export)
    assert ref.code == cli.code == 2
    assert "is not UTF-8 JSON" in ref.err and "is not UTF-8 JSON" in cli.err
    export.manifest_file.unlink()
    assert reference(export).code == admin_cli(export).code == 2


def test_a_manifest_missing_a_member_is_invalid_not_unreadable(export: Export) -> None:
    manifest = export.manifest()
    del manifest["complete"]
    export.write_manifest(manifest)
    verdict = both(export)
    assert verdict.code == 1 and verdict.named == [("manifest_invalid", None)]


def test_a_manifest_with_a_repeated_member_is_invalid(export: Export) -> None:
    """The signed value and a second one: readers that keep the first or the last differ."""
    text = export.manifest_file.read_text(encoding="utf-8")
    export.manifest_file.write_text(text.replace('"complete": true,',
                                                 '"complete": false,\n  "complete": true,'),
                                    encoding="utf-8")
    assert both(export).named == [("manifest_invalid", None)]


def test_the_cli_finds_the_file_beside_the_manifest_or_where_told(export: Export,
                                                                  tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere.jsonl"
    export.file.rename(moved)
    missing = admin_cli(export)
    assert missing.code == 2 and "cannot be read" in missing.err
    assert admin_cli(export, "--file", str(moved)).code == 0


def test_the_cli_json_lists_the_findings(export: Export) -> None:
    edit(export)
    out = io.StringIO()
    person = export.staffing.people[AUDITOR]
    code = main(["--db", export.database_url, "--json", "audit", "verify-export",
                 str(export.manifest_file), "--user", AUDITOR],
                stdin=io.StringIO(f"{PASSWORD}\n{export.staffing.codes(person.key)}\n"),
                stdout=out, stderr=io.StringIO())
    data = json.loads(out.getvalue())
    assert code == 1 and data["ok"] is False
    assert [(f["kind"], f["seq"]) for f in data["findings"]] == [("file_changed", None),
                                                                 ("edited", K)]


FORMULAS = ("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
            "'quoted", "''twice")


@pytest.fixture
def formula_export(desk: Desk, clock: FakeClock, database_url: str, tmp_path: Path,
                   cli_env: None) -> Export:
    """A CSV export whose actor, workstation, subject and outcome cells start with what a
    spreadsheet would run as a formula (and with quotes, which the guard must keep apart)."""
    for text in FORMULAS:
        with desk.kernel.write() as s:
            who = Actor(username=text, roles=frozenset({Role.AGENT}), workstation=text)
            desk.kernel.record(s, who, "customer.viewed", subject=text, outcome=text[:16],
                               details={"text": text, "bell": "\x07"})
        clock.advance(minutes=1)
    return _export(desk, clock, database_url, tmp_path, "audit.csv", file_format="csv")


def test_a_csv_export_runs_no_formula_and_still_verifies(formula_export: Export) -> None:
    text = formula_export.file.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    for formula in FORMULAS:  # each is there, quoted once more
        assert "'" + formula in cells
    assert "\x07" not in text  # details is JSON: the bell is written \u0007
    assert both(formula_export).code == 0


def test_an_edit_behind_the_formula_guard_is_named(formula_export: Export) -> None:
    data = formula_export.file.read_bytes()
    formula_export.file.write_bytes(data.replace(b"'+1+1", b"'+1+2", 1))
    verdict = both(formula_export)
    assert [kind for kind, _ in verdict.named] == ["file_changed", "edited"]
