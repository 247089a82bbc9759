"""The evidence pack from the approval screen (issue 12): the supervisor presses Evidence
pack…, chooses where (the file dialog), and the PDF, the JSONL and its signed manifest appear
there; the PDF names the request and every event it cites, and the JSONL verifies. Who may
write a pack is the core's decision (report.evidence, tests/core/test_evidencepack.py); the
button is shown only to those the session says may."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from guikit import People
from helpers import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from test_approvals import quiet_page, supervisor_page, two_requests

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.exportverify import verify_files
from authdesk.core.keys import key_id_of
from authdesk.core.reference import request_reference
from authdesk.core.roles import Role
from authdesk.gui.shell.context import AppContext


def test_a_supervisor_saves_the_pack_of_the_request_on_screen(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    page = supervisor_page(qtbot, context, people)
    assert page.detail is not None and page.detail.id == made[0].id
    assert page.pack_button.isVisible() and page.pack_button.isEnabled()
    asked: list[str] = []

    def choose(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[2]))  # the name offered
        return str(tmp_path / "pack"), ""  # typed without .pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    reference = request_reference(made[0].id)
    with qtbot.waitSignal(page.pack_saved, timeout=30_000) as saved:
        qtbot.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    quiet_page(qtbot)
    assert asked and asked[0].endswith(f"evidence-{reference}.pdf")
    files = saved.args[0]
    assert files.pdf == tmp_path / "pack.pdf" and files.jsonl == tmp_path / "pack.jsonl"
    assert "saved" in page.message.text() and reference in page.message.text()
    text = pdf_text(files.pdf.read_bytes())
    assert reference in text
    for seq in files.pack.cited:
        assert f"#{seq}" in text, seq
    verdict = verify_files(files.manifest, None, frozenset({key_id_of(desk.keys.public_key_hex)}))
    assert verdict.ok, verdict.lines()


def test_the_button_follows_the_language(
        qtbot: Any, context: AppContext, people: People, desk: Desk, clock: FakeClock) -> None:
    two_requests(desk, people, clock)
    people.add("super1", Role.SUPERVISOR)
    page = supervisor_page(qtbot, context, people)
    context.translations.apply("ja")
    try:
        qtbot.waitUntil(lambda: page.pack_button.text() == "証跡パック(&P)…", timeout=5_000)
    finally:
        context.translations.apply("en")
    qtbot.waitUntil(lambda: page.pack_button.text() == "Evidence &pack…", timeout=5_000)
