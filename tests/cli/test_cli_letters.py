"""``authdesk-admin outbox`` and ``firm`` (issue 11): the mail room's day batch written as one
PDF from the command line, marked printed and posted, and the firm's identity set and shown."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from helpers import pdf_page_texts
from test_cli import (  # noqa: F401 (the fixtures are used by name)
    ADMIN,
    PASSWORD,
    SUPERVISOR,
    Cli,
    add_staff,
    cli,
    env,
    init,
    one_sentence,
)

from authdesk.core.letters import BatchStatus


def _customer_with_a_notice(runner: Cli, folder: Path) -> None:
    """A customer added by the administrator, and a change of their address (a notice)."""
    from authdesk.core.desk import Desk
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database

    db = Database(runner.database_url)
    try:
        desk = Desk.open(db, workstation=Workstation("WS-T", folder / "ws-t.json"),
                         clock=runner.clock)
        handle = desk.staff.sign_in(ADMIN, PASSWORD, runner.code(ADMIN))
        runner.clock.advance(seconds=30)
        customer = desk.customers.add(
            handle, number="C0000777", name_kanji="見本 太郎", name_kana="ミホン タロウ",
            birth_date="1980-04-01", postal_code="100-0001", address="東京都千代田区見本町1-1",
            phone="090-0000-0777")
        desk.customers.change_contact(handle, customer, "address", "東京都港区見本二丁目2-2")
        desk.staff.sign_out(handle)
    finally:
        db.dispose()


def test_the_firm_then_a_days_batch_printed_and_posted(
        cli: Cli, env: Path, qapp: Any) -> None:  # noqa: F811
    # ``qapp``: a widgets application for the PDF, as the GUI tests later in this process
    # expect (the CLI on its own makes a plain QGuiApplication).
    init(cli)
    add_staff(cli, SUPERVISOR, "supervisor", employee_no="E003")
    _customer_with_a_notice(cli, env)
    out = env / "letters.pdf"

    refused = cli("outbox", "print", "--out", str(out), user=SUPERVISOR)
    assert refused.code == 1 and "phone number are not set" in one_sentence(refused)
    assert not out.exists()
    bad = cli("firm", "set", "--phone", "call us", user=ADMIN)
    assert bad.code == 2 and "firm phone" in one_sentence(bad)
    done = cli("firm", "set", "--name", "みほん証券株式会社", "--phone", "0120-000-000",
               "--sender", "notice@mihon.example.jp", user=ADMIN)
    assert done.code == 0, done.err
    shown = cli("--json", "firm", "show", user=SUPERVISOR)
    assert shown.json["phone"] == "0120-000-000" and shown.json["configured"] is True

    printed = cli("--json", "outbox", "print", "--date", "2026-01-05", "--out", str(out),
                  user=SUPERVISOR)
    assert printed.code == 0, printed.err
    batch = printed.json["batch"]
    # The notice of the move goes to the new address and to the one it replaced.
    assert printed.json["letters"] == 2 and printed.json["status"] == BatchStatus.CREATED
    references = printed.json["references"]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600  # clear addresses: this account only
    cover, to_new, to_old = pdf_page_texts(out.read_bytes())
    for reference, letter in zip(references, (to_new, to_old), strict=True):
        assert reference in cover and reference in letter
        assert "0120-000-000" in letter and "みほん証券株式会社" in letter
    assert "港区" in to_new and "千代田区" in to_old

    again = cli("outbox", "print", "--date", "2026-01-05", "--out", str(out), "--force",
                user=SUPERVISOR)
    assert again.code == 1 and "no letters waiting" in one_sentence(again)
    early = cli("outbox", "posted", str(batch), user=SUPERVISOR)
    assert early.code == 1 and "not been marked printed" in one_sentence(early)
    assert cli("outbox", "printed", str(batch), user=SUPERVISOR).code == 0
    posted = cli("--json", "outbox", "posted", str(batch), user=SUPERVISOR)
    assert posted.code == 0 and posted.json["status"] == BatchStatus.POSTED
    listed = cli("--json", "outbox", "batches", user=SUPERVISOR)
    assert [b["status"] for b in listed.json] == ["posted"]
    agent = cli("outbox", "printed", str(batch), user=ADMIN)
    assert agent.code == 1 and "letter.print" in one_sentence(agent)
