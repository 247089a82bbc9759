"""``authdesk-admin report evidence REQUEST --out FILE.pdf`` (issue 12): the evidence pack of
one change request from the demo data, written as FILE.pdf, FILE.jsonl and its manifest by an
auditor; the PDF holds the reference and every cited event; the JSONL verifies with
docs/verify_export.py as a third party runs it; agents are refused, bad references are usage
errors. The CLI runs in-process with the fixtures of test_cli."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from helpers import pdf_text
from sqlalchemy import select
from test_cli import Cli, cli, env, one_sentence  # noqa: F401  (fixtures)

from authdesk.core.reference import notice_reference, request_reference
from authdesk.demo import DEMO_PASSWORD
from authdesk.storage.db import Database
from authdesk.storage.models import AuditEvent, ChangeRequest

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "docs" / "verify_export.py"


def seeded(cli: Cli) -> int:  # noqa: F811
    """The demo data; returns the id of its approved request (見本 花子's)."""
    assert cli("init", "--no-admin").code == 0
    done = cli("--json", "demo-seed")
    assert done.code == 0, done.err
    for person in done.json["result"]["staff"]:
        cli.keys[person["username"]] = person["manual_key"]
    db = Database(cli.database_url)
    try:
        with db.engine.connect() as conn:
            # 花子's is the first approved one (二葉's, approved later, is held).
            return int(conn.execute(select(ChangeRequest.id).where(
                ChangeRequest.status == "approved").order_by(ChangeRequest.id).limit(1)
            ).scalar_one())
    finally:
        db.dispose()


def test_an_auditor_writes_a_pack_that_a_third_party_verifies(
        cli: Cli, env: Path, qapp: Any) -> None:  # noqa: F811
    # ``qapp``: the session's QApplication exists before the PDF is printed, so printing does
    # not make a QGuiApplication of its own that the GUI tests after this one cannot replace.
    request_id = seeded(cli)
    reference = request_reference(request_id)
    out = env / "pack.pdf"
    done = cli("--json", "report", "evidence", reference, "--out", str(out),
               user="demo.auditor", password=DEMO_PASSWORD)
    assert done.code == 0, done.err
    result = done.json
    assert result["request"] == reference
    jsonl, manifest = env / "pack.jsonl", env / "pack.jsonl.manifest.json"
    assert out.exists() and jsonl.exists() and manifest.exists()

    text = pdf_text(out.read_bytes())
    assert reference in text
    for seq in result["events"]:
        assert f"#{seq}" in text, seq
    assert "証跡パック" in text and "Evidence pack" in text
    assert result["key_id"] in text and result["file_sha256"][:32] in text

    checked = subprocess.run([sys.executable, str(VERIFIER), str(jsonl), "--key-id",
                              result["key_id"]], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK: chain segment" in checked.stdout
    evidence = json.loads(manifest.read_text(encoding="utf-8"))["evidence"]
    assert evidence["request"] == reference and evidence["events"] == result["events"]
    for line in evidence["lines"]:  # each cited event printed with its hash (two halves)
        assert line["hash"][:32] in text and line["hash"][32:] in text, line["seq"]

    # The same check inside AuthDesk, as an auditor.
    inside = cli("audit", "verify-export", str(manifest), user="demo.auditor",
                 password=DEMO_PASSWORD)
    assert inside.code == 0, inside.out + inside.err
    assert "OK: chain segment" in inside.out

    db = Database(cli.database_url)
    try:
        with db.engine.connect() as conn:
            actors = list(conn.execute(select(AuditEvent.actor).where(
                AuditEvent.action == "report.evidence.exported")).scalars())
    finally:
        db.dispose()
    assert actors == ["demo.auditor"]


def test_agents_are_refused_and_bad_requests_are_usage_errors(
        cli: Cli, env: Path) -> None:  # noqa: F811
    request_id = seeded(cli)
    out = env / "pack.pdf"
    done = cli("report", "evidence", str(request_id), "--out", str(out),
               user="demo.agent1", password=DEMO_PASSWORD)
    assert done.code == 1 and "report.evidence" in one_sentence(done)
    assert not out.exists()
    done = cli("report", "evidence", notice_reference(request_id), "--out", str(out),
               user="demo.auditor", password=DEMO_PASSWORD)
    assert done.code == 2 and "notice" in one_sentence(done)
    done = cli("report", "evidence", "99999", "--out", str(out),
               user="demo.auditor", password=DEMO_PASSWORD)
    assert done.code == 2 and "R0099999" in one_sentence(done)
    done = cli("report", "evidence", str(request_id), "--out", str(env / "pack.txt"),
               user="demo.auditor", password=DEMO_PASSWORD)
    assert done.code == 2 and ".pdf" in one_sentence(done)
    assert not list(env.glob("pack*"))
