"""The evidence pack from the audit log (issue 12): an auditor, who has no approval screen,
chooses an event of a change request and saves that request's pack; an event about anything
else leaves the button disabled, and a person without the right (an administrator has no audit
page at all) never sees it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from guikit import People
from helpers import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select
from test_agent_support import HONTEN, MUFG, active_factor, add_customer
from test_audit_page import audit_page

from authdesk.core.calls import CallOutcome
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.exportverify import verify_files
from authdesk.core.keys import key_id_of
from authdesk.core.reference import request_reference
from authdesk.core.roles import Role
from authdesk.gui.shell.context import AppContext
from authdesk.storage.models import AuditEvent


def two_requests(desk: Desk, people: People, clock: FakeClock) -> list[int]:
    """Two verified requests sent for approval by one agent, each in a call of its own."""
    people.add("agent1", Role.AGENT)
    agent = people.sign_in("agent1")
    made = []
    for n in (1, 2):
        customer = add_customer(people, f"C000020{n}", phone=f"090-2222-020{n}",
                                account_number=f"100020{n}")
        phone = active_factor(desk, agent, customer, clock)
        if desk.calls.current(agent) is not None:
            desk.calls.wrap_up(agent, CallOutcome.RESOLVED, "next caller")
        desk.calls.take(agent)
        verification = desk.factors.start_verification(agent, customer)
        desk.factors.verify(agent, verification.id, phone.code())
        draft = desk.requests.create(agent, customer, bank_code=MUFG, branch_code=HONTEN,
                                     account_type="ordinary", account_number=f"765432{n}",
                                     holder="ﾐﾎﾝ ﾀﾛｳ")
        made.append(desk.requests.submit(agent, draft.id).id)
        clock.advance(minutes=1)
    return made


def seq_of(desk: Desk, action: str, subject: str | None = None) -> int:
    with desk.kernel.read() as s:
        query = select(AuditEvent.seq).where(AuditEvent.action == action)
        if subject is not None:
            query = query.where(AuditEvent.subject == subject)
        return int(s.scalars(query.order_by(AuditEvent.seq.desc()).limit(1)).one())


def test_an_auditor_saves_the_pack_of_the_chosen_events_request(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = two_requests(desk, people, clock)
    _main, page = audit_page(qtbot, context, people)
    assert page.pack_button.isVisible()

    # An event about no request: nothing to pack.
    page.select_seq(seq_of(desk, "staff.signed_in"))
    qtbot.waitUntil(lambda: page.detail.shown_event is not None
                    and page.detail.shown_event.action == "staff.signed_in", timeout=10_000)
    assert not page.pack_button.isEnabled()

    # The second request's submission: its pack.
    target = made[1]
    page.select_seq(seq_of(desk, "request.submitted", f"request:{target}"))
    qtbot.waitUntil(lambda: page.pack_button.isEnabled(), timeout=10_000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "second.pdf"), ""))
    with qtbot.waitSignal(page.pack_saved, timeout=30_000) as saved:
        qtbot.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    files = saved.args[0]
    reference = request_reference(target)
    assert files.pack.request_id == target and reference in page.result.text()
    assert reference in pdf_text(files.pdf.read_bytes())
    manifest = json.loads(files.manifest.read_text(encoding="utf-8"))
    assert manifest["evidence"]["request"] == reference
    assert verify_files(files.manifest, None,
                        frozenset({key_id_of(desk.keys.public_key_hex)})).ok
