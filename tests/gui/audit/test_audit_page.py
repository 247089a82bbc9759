"""The audit log page: events shown newest first, filters done in the database, one event's
details, integrity verification (OK, and a broken chain named by its sequence number),
export, and qtmodeltester on every custom table model."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from guikit import People
from helpers import drop_audit_triggers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select

from authdesk.core.auditquery import AuditFilter
from authdesk.core.auditview import AuditReader
from authdesk.core.authority import Actor
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role
from authdesk.gui.admin.pages import PolicyTableModel, StaffTableModel
from authdesk.gui.audit.model import PAGE_SIZE, AuditTableModel
from authdesk.gui.audit.page import AuditPage
from authdesk.gui.kit.widgets import ReadOnlyField
from authdesk.gui.shell.context import AppContext
from authdesk.gui.shell.controller import AppController
from authdesk.gui.shell.mainwindow import MainWindow
from authdesk.storage.models import AuditEvent


def audit_page(qtbot: Any, context: AppContext, people: People,
               role: Role = Role.AUDITOR) -> tuple[MainWindow, AuditPage]:
    people.add("watcher", role)  # few accounts: each costs an argon2 hash
    main = AppController(context).signed_in(people.signed_in("watcher"))
    qtbot.addWidget(main)
    page = main.show_page("audit")
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.model.extent is not None, timeout=10_000)
    return main, page


def shown_rows(page: AuditPage) -> list[Any]:
    rows = []
    for row in range(page.model.rowCount()):
        event = page.model.event_at(row)
        assert event is not None
        rows.append(event)
    return rows


def add_events(desk: Desk, clock: FakeClock, count: int) -> None:
    """Filler events written straight through the kernel's audit writer (as the services
    would, for people on another workstation)."""
    with desk.kernel.write() as s:
        for i in range(count):
            clock.advance(seconds=1)
            who = Actor(username=("agent1", "agent2")[i % 2], roles=frozenset({Role.AGENT}),
                        workstation="ws-2")
            desk.kernel.record(s, who, "customer.viewed", subject=f"customer:C{i % 50:04d}",
                        outcome="ok" if i % 5 else "refused")


def test_events_are_shown_newest_first_with_details(qtbot: Any, context: AppContext,
                                                    people: People, desk: Desk) -> None:
    _main, page = audit_page(qtbot, context, people)
    rows = shown_rows(page)
    seqs = [r.seq for r in rows]
    assert seqs == sorted(seqs, reverse=True) and seqs[-1] == 1
    # Looking at the log is itself recorded, just after the auditor signed in.
    assert rows[0].action == "audit.searched" and rows[0].actor == "watcher"
    assert rows[1].action == "staff.signed_in" and rows[1].actor == "watcher"
    assert "Events: " in page.count_label.text()
    page.view.selectRow(1)
    assert page.detail.values["action"].text() == "Signed in (staff.signed_in)"
    details = page.detail.details
    keys = [details.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(details.rowCount())]
    assert "session" in keys and '"session"' in details.toolTip()


def test_filters_are_applied_in_the_database(qtbot: Any, context: AppContext, people: People,
                                             desk: Desk, clock: FakeClock) -> None:
    _main, page = audit_page(qtbot, context, people)
    add_events(desk, clock, 30)
    qtbot.keyClicks(page.filters.actor, "agent2")
    qtbot.keyClick(page.filters.actor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.extent is not None and page.model.filter.actor
                    == "agent2", timeout=10_000)
    rows = shown_rows(page)
    assert len(rows) == 15 and {r.actor for r in rows} == {"agent2"}

    page.filters.outcome.setCurrentIndex(page.filters.outcome.findData("refused"))
    qtbot.mouseClick(page.filters.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.extent is not None and page.model.filter.outcome
                    == "refused", timeout=10_000)
    rows = shown_rows(page)
    assert rows and {(r.actor, r.outcome) for r in rows} == {("agent2", "refused")}

    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.filters.customer, "C0007")
    qtbot.keyClick(page.filters.customer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (page.model.extent is not None and page.model.filter.customer
                    == "C0007") or page.result.isVisible(), timeout=10_000)
    assert not page.result.isVisible(), page.result.text()
    assert {r.subject for r in shown_rows(page)} == {"customer:C0007"}


def test_scrolling_to_the_end_of_many_events(qtbot: Any, context: AppContext, people: People,
                                             desk: Desk, clock: FakeClock) -> None:
    _main, page = audit_page(qtbot, context, people)
    add_events(desk, clock, 3 * PAGE_SIZE)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.extent is not None, timeout=10_000)
    total = page.model.rowCount()
    assert total > 3 * PAGE_SIZE
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.is_loaded(total - 1), timeout=10_000)
    assert page.model.event_at(total - 1).seq == 1
    assert page.view.currentIndex().row() == total - 1


def test_verify_integrity_reports_ok(qtbot: Any, context: AppContext, people: People) -> None:
    _main, page = audit_page(qtbot, context, people)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Integrity verified" in page.result.text(), timeout=10_000)
    assert page.verify_button.isEnabled() and not page.cancel_button.isVisible()


def test_a_broken_chain_is_named_by_its_first_bad_event(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    _main, page = audit_page(qtbot, context, people)
    drop_audit_triggers(desk.db)  # as the database's owner would, before editing the log
    desk.db.execute_raw("UPDATE audit_event SET actor = 'mallory' WHERE seq = 3")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "FAILED" in page.result.text(), timeout=10_000)
    assert "#3" in page.result.text()
    page.result.linkActivated.emit("seq:3")  # the "Show event #3" link
    qtbot.waitUntil(lambda: page.detail.shown_event is not None
                    and page.detail.shown_event.seq == 3, timeout=10_000)
    assert page.detail.values["actor"].text() == "mallory"


def test_table_rows_that_disagree_with_the_log_are_named(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    _main, page = audit_page(qtbot, context, people)
    desk.db.execute_raw("UPDATE staff SET roles = 'admin,auditor' WHERE username = 'watcher'")
    desk.db.execute_raw("UPDATE policy_setting SET value = 0")
    desk.db.execute_raw("INSERT INTO policy_setting (name, value, updated_at, updated_by) "
                        "VALUES ('cooling_off_hours', 0, '2026-01-01 00:00:00', 'nobody')")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "DISAGREE" in page.result.text(), timeout=10_000)
    assert "2 row(s)" in page.result.text()
    assert "First: staff member watcher: roles differ from the log since event #" in (
        page.result.text())
    assert "policy cooling_off_hours: value has no event behind it" in page.result.toolTip()
    assert "Integrity verified" not in page.result.text()


def test_a_damaged_workstation_memory_is_not_reported_as_intact(
        qtbot: Any, context: AppContext, people: People, desk: Desk) -> None:
    _main, page = audit_page(qtbot, context, people)
    desk.workstation.state_file.write_text("{ half a file", encoding="utf-8")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rollback check could not run" in page.result.text(),
                    timeout=10_000)
    assert "Integrity verified" not in page.result.text()
    assert "Restore the file from a backup" in page.result.text()


def test_verify_can_be_cancelled(qtbot: Any, context: AppContext, people: People,
                                 desk: Desk, clock: FakeClock) -> None:
    _main, page = audit_page(qtbot, context, people)
    page.verify()
    page.cancel_button.click()  # before the worker's first look at ``cancelled``
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=10_000)
    assert "cancelled" in page.result.text() or "Integrity verified" in page.result.text()
    assert not page.busy


def test_export_writes_the_filtered_set_with_a_manifest(
        qtbot: Any, context: AppContext, people: People, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _main, page = audit_page(qtbot, context, people)
    out = tmp_path / "audit.jsonl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "JSON Lines with manifest (*.jsonl)"))
    qtbot.keyClicks(page.filters.actor, "watcher")
    qtbot.keyClick(page.filters.actor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.filter.actor == "watcher" and page.model.extent
                    is not None, timeout=10_000)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in page.result.text(), timeout=10_000)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines and {line["actor"] for line in lines} == {"watcher"}
    manifest = json.loads((tmp_path / "audit.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["count"] == len(lines)


def test_an_administrator_has_no_audit_page(qtbot: Any, context: AppContext,
                                            people: People) -> None:
    people.add("admin", Role.ADMIN)
    main = AppController(context).signed_in(people.signed_in("admin"))
    qtbot.addWidget(main)
    assert "audit" not in main.page_keys()


def check_model(config: pytest.Config, model: Any) -> None:
    """A fresh ModelTester: it checks the model now and every change signal from now on."""
    ModelTester(config).check(model, force_py=True)


def test_qtmodeltester_audit_model(qtbot: Any, pytestconfig: pytest.Config, desk: Desk,
                                   clock: FakeClock, people: People,
                                   context: AppContext) -> None:
    add_events(desk, clock, PAGE_SIZE + 30)
    people.add("aud", Role.AUDITOR)
    reader = AuditReader(desk.kernel, people.sign_in("aud"))
    model = AuditTableModel(reader)
    check_model(pytestconfig, model)  # empty, then watching the reset, inserts and pages
    model.set_filter(AuditFilter())
    qtbot.waitUntil(lambda: model.extent is not None, timeout=10_000)
    check_model(pytestconfig, model)
    qtbot.waitUntil(lambda: model.event_at(model.rowCount() - 1) is not None, timeout=10_000)
    check_model(pytestconfig, model)
    model.set_filter(AuditFilter(actor="agent2"))
    qtbot.waitUntil(lambda: model.extent is not None, timeout=10_000)
    check_model(pytestconfig, model)


def test_qtmodeltester_staff_and_policy_models(pytestconfig: pytest.Config, desk: Desk,
                                               people: People, context: AppContext) -> None:
    people.add("admin", Role.ADMIN)
    people.add("agent1", Role.AGENT)
    staff = StaffTableModel()
    check_model(pytestconfig, staff)
    staff.set_rows(desk.staff.list(people.sign_in("admin")))
    check_model(pytestconfig, staff)
    policies = PolicyTableModel()
    check_model(pytestconfig, policies)
    policies.set_policy(desk.policies.current(people.sign_in("admin")))
    check_model(pytestconfig, policies)


def searches(desk: Desk) -> int:
    with desk.kernel.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "audit.searched")) or 0


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.AUDITOR])
def test_the_log_is_read_only_once_its_page_is_opened(qtbot: Any, context: AppContext,
                                                     people: People, desk: Desk,
                                                     role: Role) -> None:
    people.add("watcher", role)
    main = AppController(context).signed_in(people.signed_in("watcher"))
    qtbot.addWidget(main)
    main.show()
    page = main.page("audit")
    assert isinstance(page, AuditPage)
    qtbot.wait(50)  # the deferred opening, had it been asked for, has run
    if role == Role.SUPERVISOR:  # a supervisor lands elsewhere: no search recorded
        assert main.tabs.currentWidget() is not page
        assert searches(desk) == 0 and page.model.rowCount() == 0
        main.show_page("audit")
    qtbot.waitUntil(lambda: page.model.extent is not None, timeout=10_000)
    assert searches(desk) == 1
    main.show_page(main.page_keys()[0] if main.page_keys()[0] != "audit"
                   else main.page_keys()[1])
    main.show_page("audit")  # coming back only looks for new events
    qtbot.wait(50)
    assert searches(desk) == 1


def test_the_detail_pane_reads_in_words_with_whole_hashes(qtbot: Any, context: AppContext,
                                                         people: People) -> None:
    context.translations.apply("ja")
    try:
        main, page = audit_page(qtbot, context, people)
        main.resize(1280, 800)
        main.show()
        page.view.selectRow(1)  # the auditor's own sign-in
        detail = page.detail
        event = page.model.event_at(1)
        assert event is not None
        assert detail.values["action"].text() == "サインイン (staff.signed_in)"
        assert detail.values["role"].text() == "監査担当 (auditor)"
        assert detail.values["outcome"].text().endswith("(ok)")
        assert re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \S+.*",
                            detail.values["time"].text())
        for name in ("hash", "prev_hash"):
            field = detail.values[name]
            assert isinstance(field, ReadOnlyField)
            assert field.text() == getattr(event, name) and field.cursorPosition() == 0
            assert field.width() >= field.fontMetrics().horizontalAdvance(field.text())
        # The table shows the label in the interface language; the code is its tooltip and
        # the detail pane above shows both. Roles likewise.
        action = page.model.index(1, AuditTableModel.COLUMNS.index("action"))
        assert action.data() == "サインイン"
        assert action.data(Qt.ItemDataRole.ToolTipRole) == "staff.signed_in"
        role = page.model.index(1, AuditTableModel.COLUMNS.index("role"))
        assert role.data(Qt.ItemDataRole.ToolTipRole) in {r.value for r in Role}
        assert role.data() != role.data(Qt.ItemDataRole.ToolTipRole)
    finally:
        context.translations.apply("en")


def test_long_ids_in_a_subject_are_shortened_on_screen_and_whole_on_hover() -> None:
    from authdesk.gui.audit.model import short_ids

    subject = "database:8f3c2a10-1b2c-4d5e-8f90-0123456789ab"
    assert short_ids(subject) == "database:8f3c2a10…"
    assert short_ids("customer:C0000012") == "customer:C0000012"
