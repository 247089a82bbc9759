"""Screenshots of the real widgets, offscreen, in Japanese and English.

    uv run python tools/screenshots.py            # every shot, both languages
    uv run python tools/screenshots.py audit-log  # only the shots named

writes docs/screenshots/<name>-<lang>.png. The windows run on a demo database (``demo.seed``)
on a fixed clock, so the pictures are the same each time. Japanese needs a CJK font
(Debian: ``apt-get install fonts-noto-cjk``).

To add a screen, append ``(name, builder)`` to ``SHOTS``: a builder gets the ``Studio`` (the
demo desk, sign-in helpers, the app context) and returns the top-level widget to grab; it may
drive the widget first (type, click) and call ``studio.settle()`` to let background work land.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

# A 1600×1000 screen (the offscreen platform's own is 800×800): windows open at the size they
# choose for themselves, as on a desktop.
_SCREEN = Path(tempfile.gettempdir()) / "authdesk-screenshots-screen.json"
_SCREEN.write_text('{"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1600, '
                   '"height": 1000, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
                   encoding="utf-8")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("TZ", "Asia/Tokyo")  # times on screen as a Japanese call centre sees them

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyotp  # noqa: E402
from PySide6.QtCore import QLocale, QPoint, QStandardPaths  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QWidget  # noqa: E402

from authdesk import demo  # noqa: E402
from authdesk.core.calls import CallOutcome  # noqa: E402
from authdesk.core.clock import FakeClock  # noqa: E402
from authdesk.core.desk import Desk  # noqa: E402
from authdesk.core.keys import MemoryKeyring  # noqa: E402
from authdesk.core.workstation import Workstation  # noqa: E402
from authdesk.gui.kit.background import background  # noqa: E402
from authdesk.gui.kit.i18n import Translations  # noqa: E402
from authdesk.gui.kit.session import SignedIn  # noqa: E402
from authdesk.gui.shell.app import demo_phones  # noqa: E402
from authdesk.gui.shell.context import AppContext, DemoInfo  # noqa: E402
from authdesk.gui.shell.mainwindow import PAGE_SIZE  # noqa: E402
from authdesk.storage.db import Database, sqlite_url  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("ja", "en")
START = datetime(2026, 3, 2, 0, 30, tzinfo=UTC)  # 09:30 in Tokyo, a Monday morning


class Studio:
    """A demo database on a fixed clock, and helpers for builders."""

    def __init__(self, app: QApplication, directory: Path) -> None:
        self.app = app
        self.clock = FakeClock(START)
        db = Database(sqlite_url(directory / "demo.db"))
        workstation = Workstation("desk-tokyo-07", directory / "workstation.json")
        self.desk = Desk.initialise(db, workstation=workstation,
                                    keyring_backend=MemoryKeyring(), clock=self.clock)
        self.summary = demo.seed(self.desk)
        self.translations = Translations()
        self.context = AppContext(self.desk, self.translations,
                                  DemoInfo(directory, demo_phones(self.summary)))
        self.plain_context = AppContext(self.desk, self.translations)

    def sign_in(self, username: str) -> SignedIn:
        """A fresh time step, then the staff member's own code, as at the sign-in window."""
        self.clock.advance(seconds=30)
        key = self.summary.staff_keys[username]
        handle = self.desk.staff.sign_in(username, demo.DEMO_PASSWORD,
                                         pyotp.TOTP(key).at(self.clock.now()))
        return SignedIn(handle, self.desk.staff.me(handle))

    def settle(self) -> None:
        """Let background work finish and its results reach the widgets."""
        background().settle()


Builder = Callable[[Studio], QWidget]


# -- builders ------------------------------------------------------------------------------------


def sign_in(studio: Studio) -> QWidget:
    from authdesk.gui.shell.signin import SignInWindow

    window = SignInWindow(studio.context)  # at the size it opens at
    window.username.setText("demo.agent1")
    return window


def sign_in_refused(studio: Studio) -> QWidget:
    from authdesk.gui.shell.signin import SignInWindow

    window = SignInWindow(studio.plain_context)
    window.resize(560, 460)
    window.username.setText("demo.agent2")
    window.password.setText("wrong password")
    window.code.setText("123456")
    window.sign_in()
    studio.settle()
    return window


def first_run(studio: Studio) -> QWidget:
    from authdesk.core.staff import Enrollment
    from authdesk.gui.shell.firstrun import FirstRunWindow

    window = FirstRunWindow(studio.plain_context)
    window.resize(760, 560)
    key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    enrollment = Enrollment("admin", f"otpauth://totp/AuthDesk:admin?secret={key}"
                            "&issuer=AuthDesk", key)
    window.enrollment.set_enrollment(enrollment.username, enrollment.uri, enrollment.manual_key)
    window.stack.setCurrentIndex(1)
    window.retranslate_ui()
    return window


def main_window(studio: Studio, username: str, page: str) -> QWidget:
    from authdesk.gui.shell.mainwindow import MainWindow

    window = MainWindow(studio.plain_context, studio.sign_in(username))
    window.resize(PAGE_SIZE)
    window.show_page(page)
    studio.settle()
    return window


def admin_staff(studio: Studio) -> QWidget:
    window = main_window(studio, "demo.admin", "admin.staff")
    page = window.page("admin.staff")
    page.select_username("demo.agent1")  # type: ignore[attr-defined]
    return window


def admin_policies(studio: Studio) -> QWidget:
    window = main_window(studio, "demo.admin", "admin.policies")
    page = window.page("admin.policies")
    page.select("staff_idle_minutes")  # type: ignore[attr-defined]
    return window


def admin_keys(studio: Studio) -> QWidget:
    return main_window(studio, "demo.admin", "admin.keys")


def audit_log(studio: Studio) -> QWidget:
    window = main_window(studio, "demo.auditor", "audit")
    page = window.page("audit")
    page.view.selectRow(3)  # type: ignore[attr-defined]
    page.verify()  # type: ignore[attr-defined]
    studio.settle()
    return window


def audit_memory_damaged(studio: Studio) -> QWidget:
    """Verify when this workstation's checkpoint record is damaged (restored afterwards)."""
    window = main_window(studio, "demo.auditor", "audit")
    state = studio.desk.workstation.state_file
    kept = state.read_bytes() if state.exists() else None
    state.write_text("{ half a file", encoding="utf-8")
    try:
        window.page("audit").verify()  # type: ignore[attr-defined]
        studio.settle()
    finally:
        if kept is None:
            state.unlink()
        else:
            state.write_bytes(kept)
    return window


def audit_state_differs(studio: Studio) -> QWidget:
    """Verify after an insider made an agent a supervisor and changed a customer's withdrawal
    account with SQL, no event written (both put back afterwards)."""
    window = main_window(studio, "demo.auditor", "audit")
    db = studio.desk.db
    db.execute_raw("UPDATE staff SET roles = 'supervisor' WHERE username = 'demo.agent1'")
    db.execute_raw("UPDATE customer SET account_number = '7777777' WHERE number = 'C0000001'")
    try:
        window.page("audit").verify()  # type: ignore[attr-defined]
        studio.settle()
    finally:
        db.execute_raw("UPDATE staff SET roles = 'agent' WHERE username = 'demo.agent1'")
        db.execute_raw("UPDATE customer SET account_number = '1000001' "
                       "WHERE number = 'C0000001'")
    return window


def lock_screen(studio: Studio) -> QWidget:
    window = main_window(studio, "demo.super1", "audit")
    window.session.lock_now()  # type: ignore[attr-defined]
    studio.settle()
    return window


def demo_main(studio: Studio) -> QWidget:
    from authdesk.gui.shell.mainwindow import MainWindow

    window = MainWindow(studio.context, studio.sign_in("demo.agent1"))  # at its opening size
    window.show_page("agent.customers")
    studio.settle()
    return window


SHOTS: list[tuple[str, Builder]] = [
    ("sign-in", sign_in),
    ("sign-in-refused", sign_in_refused),
    ("first-run", first_run),
    ("admin-staff", admin_staff),
    ("admin-policies", admin_policies),
    ("admin-keys", admin_keys),
    ("audit-log", audit_log),
    ("audit-memory-damaged", audit_memory_damaged),
    ("audit-state-differs", audit_state_differs),
    ("lock-screen", lock_screen),
    ("demo-panel", demo_main),
]


# -- agent and supervisor screens (the customers and approvals packages) -------------------------


def _customer(studio: Studio, name: str) -> demo.DemoCustomer:
    return next(c for c in studio.summary.customers if c.name == name)


def _new_caller(studio: Studio, window: QWidget) -> None:
    window.calls.new_caller_action.trigger()  # type: ignore[attr-defined]
    studio.settle()


def _open(studio: Studio, page: QWidget, name: str) -> None:
    page.search.query.setText(_customer(studio, name).number)  # type: ignore[attr-defined]
    page.search.search_now()  # type: ignore[attr-defined]
    studio.settle()
    page.search.pick_current()  # type: ignore[attr-defined]
    studio.settle()


def _agent_with(studio: Studio, name: str) -> tuple[QWidget, QWidget]:
    """The agent's screen on a new call, with the demo customer ``name`` found and opened."""
    window = main_window(studio, "demo.agent1", "agent.customers")
    _new_caller(studio, window)
    page = window.page("agent.customers")
    _open(studio, page, name)
    return window, page


def _customer_code(studio: Studio, name: str, *, wrong: bool = False) -> str:
    studio.clock.advance(seconds=30)
    key = studio.summary.customer_keys[name]
    code = pyotp.TOTP(key).at(studio.clock.now())
    return f"{(int(code) + 1) % 1_000_000:06d}" if wrong else code


def _verify(studio: Studio, page: QWidget, name: str, *, wrong: bool = False) -> None:
    page.show_tab("verify")  # type: ignore[attr-defined]
    page.verify_panel.code.setText(  # type: ignore[attr-defined]
        _customer_code(studio, name, wrong=wrong))
    studio.settle()


def agent_search(studio: Studio) -> QWidget:
    window = main_window(studio, "demo.agent1", "agent.customers")
    _new_caller(studio, window)
    page = window.page("agent.customers")
    page.search.query.setText("ミホン")  # type: ignore[attr-defined]
    page.search.search_now()  # type: ignore[attr-defined]
    studio.settle()
    page.search.results.setCurrentIndex(page.search.model.index(1))  # type: ignore[attr-defined]
    page.search.pick_current()  # type: ignore[attr-defined]
    studio.settle()
    page.show_tab("profile")  # type: ignore[attr-defined]
    return window


def agent_verify_ok(studio: Studio) -> QWidget:
    window, page = _agent_with(studio, "見本 太郎")
    _verify(studio, page, "見本 太郎")
    return window


def agent_verify_refused(studio: Studio) -> QWidget:
    window, page = _agent_with(studio, "見本 七子")
    _verify(studio, page, "見本 七子", wrong=True)
    return window


def change_account(studio: Studio) -> QWidget:
    window, page = _agent_with(studio, "見本 太郎")
    _verify(studio, page, "見本 太郎")
    form = page.show_tab("change")  # type: ignore[attr-defined]
    form.bank_code.setText("0005")
    form.branch_code.setText("001")
    form.account_number.setText("7654321")
    form.holder.setText("ﾐﾎﾝ ﾀﾛ-")
    form.close_reason.setText("通帳の名義は長音を「-」で表記")
    return window


def change_evidence(studio: Studio) -> QWidget:
    window, page = _agent_with(studio, "見本 次郎")
    _verify(studio, page, "見本 次郎")
    customer = _customer(studio, "見本 次郎")
    form = page.show_tab("change")  # type: ignore[attr-defined]
    form.open_request(customer.request_id)
    studio.settle()
    doc = form.document_form
    doc.doc_type.setCurrentIndex(doc.doc_type.findData("my_number_card"))
    doc.number.setText("1234 5678 9018")
    doc.expiry.setText("2031-01-31")
    for box in (doc.name_matches, doc.birth_matches, doc.address_matches):  # no photo by phone
        box.setChecked(True)
    return window


def enrol_in_branch(studio: Studio) -> QWidget:
    # One customer without an authenticator per language: enrolling changes the state.
    name = "見本 一美" if studio.translations.language == "ja" else "見本 五郎"
    window, page = _agent_with(studio, name)
    panel = page.show_tab("factor")  # type: ignore[attr-defined]
    panel.enrol_in_branch()
    studio.settle()
    return window


def agent_no_call(studio: Studio) -> QWidget:
    """A code typed before the caller was taken: the core's refusal, and the way out."""
    window = main_window(studio, "demo.agent1", "agent.customers")
    page = window.page("agent.customers")
    _open(studio, page, "見本 太郎")
    _verify(studio, page, "見本 太郎")
    return window


def _with_dialog(window: QWidget, dialog: QWidget) -> QWidget:
    """The window dimmed, with its dialog drawn over the middle, as one picture."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    shown: QPixmap = dialog.grab()
    painter.drawPixmap(QPoint((picture.width() - shown.width()) // 2,
                              (picture.height() - shown.height()) // 3), shown)
    painter.end()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.size())
    return label


def _notes(studio: Studio) -> tuple[str, str]:
    if studio.translations.language == "ja":
        return ("写真付き本人確認書類を郵送で受け取る予定。届いたら折り返し連絡",
                "新しい口座の通帳を確認中")
    return ("Photo ID to follow by mail; call the customer back when it arrives",
            "Customer is checking the passbook of the new account")


def wrap_up(studio: Studio) -> QWidget:
    """The wrap-up dialog of a call about 見本 十郎, outcome chosen and note typed."""
    window, page = _agent_with(studio, "見本 十郎")
    _verify(studio, page, "見本 十郎")
    window.calls.wrap_up()  # type: ignore[attr-defined]
    studio.settle()
    dialog = window.calls.dialog  # type: ignore[attr-defined]
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(CallOutcome.FOLLOW_UP.value))
    dialog.note.setText(_notes(studio)[0])
    picture = _with_dialog(window, dialog)
    dialog.reject()
    window.close()
    return picture


def profile_calls(studio: Studio) -> QWidget:
    """見本 桜's profile on the next call: the calls before this one, with their notes."""
    # Each shot verifies a different customer: the core allows 5 verifications an hour each.
    window, page = _agent_with(studio, "見本 桜")
    _verify(studio, page, "見本 桜")
    handle = window.handle  # type: ignore[attr-defined]
    follow_up, _ = _notes(studio)
    studio.desk.calls.wrap_up(handle, CallOutcome.FOLLOW_UP, follow_up)
    window.calls.refresh()  # type: ignore[attr-defined]
    studio.settle()
    studio.clock.advance(minutes=12)  # the next caller, within the idle time
    _new_caller(studio, window)
    _open(studio, page, "見本 桜")
    page.show_tab("profile")  # type: ignore[attr-defined]
    studio.settle()
    return window


def approval(studio: Studio) -> QWidget:
    """Where a supervisor lands after signing in: the queue, with counts on the tabs."""
    from authdesk.gui.shell.mainwindow import MainWindow

    window = MainWindow(studio.plain_context, studio.sign_in("demo.super2"))
    window.resize(PAGE_SIZE)
    studio.settle()
    return window


def profile_rejected(studio: Studio) -> QWidget:
    """見本 七子's profile: why her request was rejected, to tell her on the phone."""
    window, page = _agent_with(studio, "見本 七子")
    page.show_tab("profile")  # type: ignore[attr-defined]
    studio.settle()
    return window


def outbox(studio: Studio) -> QWidget:
    return main_window(studio, "demo.super2", "supervisor.outbox")


SHOTS += [
    ("agent-search", agent_search),
    ("agent-verify-ok", agent_verify_ok),
    ("agent-verify-refused", agent_verify_refused),
    ("change-account", change_account),
    ("change-evidence", change_evidence),
    ("enrol-in-branch", enrol_in_branch),
    ("agent-no-call", agent_no_call),
    ("wrap-up", wrap_up),
    ("profile-calls", profile_calls),
    ("profile-rejected", profile_rejected),
    ("approval", approval),
    ("outbox", outbox),
]


def change_problems(studio: Studio) -> QWidget:
    """Next pressed on a half-typed account: every problem at once, each under its field."""
    window, page = _agent_with(studio, "見本 久美")
    _verify(studio, page, "見本 久美")
    form = page.show_tab("change")  # type: ignore[attr-defined]
    form.bank_code.setText("9998")
    form.branch_code.setText("001")
    form.account_number.setText("76543")
    form.create_draft()
    studio.settle()
    return window


def keyboard_shortcuts(studio: Studio) -> QWidget:
    """Help → Keyboard shortcuts over the agent's window."""
    window = main_window(studio, "demo.agent1", "agent.customers")
    dialog = window.show_shortcuts()  # type: ignore[attr-defined]
    dialog.show()
    studio.settle()
    picture = _with_dialog(window, dialog)
    dialog.reject()
    window.close()
    return picture


SHOTS += [
    ("change-problems", change_problems),
    ("keyboard-shortcuts", keyboard_shortcuts),
]


# -- the administrator's customer import -------------------------------------------------------

IMPORT_HEADER = ("number,name_kanji,name_kana,birth_date,postal_code,address,phone,email,"
                 "bank_code,branch_code,account_type,account_number,account_holder")
IMPORT_PEOPLE = [
    ("山田 太郎", "ヤマダ タロウ"), ("佐藤 花子", "サトウ ハナコ"),
    ("鈴木 一郎", "スズキ イチロウ"), ("高橋 京子", "タカハシ キョウコ"),
    ("田中 健", "タナカ ケン"), ("伊藤 美咲", "イトウ ミサキ"),
    ("渡辺 翔太", "ワタナベ ショウタ"), ("中村 陽子", "ナカムラ ヨウコ"),
]
BRANCHES = [("0001", "001"), ("0005", "001"), ("0009", "001"), ("0005", "002")]  # real Zengin


def _import_row(first: int, i: int) -> list[str]:
    kanji, kana = IMPORT_PEOPLE[i % len(IMPORT_PEOPLE)]
    bank, branch = BRANCHES[i % len(BRANCHES)]
    return [f"C{first + i:07d}", kanji, kana, f"19{60 + i * 3}-0{i % 9 + 1}-1{i % 9}",
            f"100-00{i:02d}", f"東京都千代田区千代田{i + 1}-{i % 5 + 1}-{i % 7 + 1}",
            f"090-{first % 10_000:04d}-{i:04d}", "", bank, branch, "ordinary",
            f"{first % 100_000:05d}{i:02d}", kana]  # each file's own accounts and phones


def _import_file(name: str, rows: list[list[str]]) -> Path:
    """A fixed path, so the page shows the same file name every time."""
    import csv

    folder = Path(tempfile.gettempdir()) / "authdesk-screenshots"
    folder.mkdir(exist_ok=True)
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(IMPORT_HEADER + "\n")
        csv.writer(f).writerows(rows)
    return path


def _import(studio: Studio, path: Path) -> QWidget:
    window = main_window(studio, "demo.admin", "admin.import")
    window.page("admin.import").start(path)  # type: ignore[attr-defined]
    studio.settle()
    return window


def import_done(studio: Studio) -> QWidget:
    """A small file imported: the bar at its end, the count of customers."""
    first = 201_001 if studio.translations.language == "ja" else 202_001  # once per language
    return _import(studio, _import_file(
        "customers-2026-03.csv", [_import_row(first, i) for i in range(8)]))


def import_problems(studio: Studio) -> QWidget:
    """A file with bad rows: nothing imported, each bad row listed with its line."""
    rows = [_import_row(203_001, i) for i in range(12)]
    rows[1][3] = "1975-13-24"  # no 13th month
    rows[3][8] = "9998"  # no such bank
    rows[4][2] = "田中 健"  # kanji where kana belongs
    rows[6][6] = "03-12"  # too short for a phone number
    rows[8][0] = rows[7][0]  # the same number twice
    rows[10][0] = "C0000001"  # a demo customer's number
    return _import(studio, _import_file("customers-2026-03-bad.csv", rows))


SHOTS += [
    ("import-done", import_done),
    ("import-problems", import_problems),
]


# -- the dashboard and the look-back report (issue 12) ------------------------------------------


def _history(studio: Studio) -> object:
    """Thirty days of a plausible floor, for the picture only: the demo seed is one morning,
    and alerts come from their own feature. Built as the core returns it, never stored."""
    from datetime import timedelta

    from authdesk.core.dashboard import Dashboard, DayCounts, Measure, day_in_japan

    today = day_in_japan(studio.clock.now())
    days = []
    for i in range(30):
        day = today - timedelta(days=29 - i)
        weekend = day.weekday() >= 5
        created = 0 if weekend else 4 + (i * 7) % 5
        alerts = {"out_of_hours": 1} if weekend and i % 2 else {}
        if i in (17, 18):
            alerts = {"unmask_outside_call": 3 + i % 2, "out_of_hours": 1}
        if i == 24:
            alerts = {"shared_new_account": 2}
        days.append(DayCounts(day, {
            Measure.CREATED: created, Measure.APPROVED: max(0, created - 1 - i % 2),
            Measure.REJECTED: i % 9 == 0, Measure.CANCELLED: i % 11 == 0,
            Measure.VERIFICATION_FAILURES: (i * 3) % 4 + (9 if i in (17, 18) else 0)},
            alerts))
    rules = sorted({r for d in days for r in d.alerts})
    return Dashboard(days, rules)


def dashboard(studio: Studio) -> QWidget:
    window = main_window(studio, "demo.super1", "review.dashboard")
    page = window.page("review.dashboard")
    page.show_board(_history(studio))  # type: ignore[attr-defined]
    chart = page.requests_chart  # type: ignore[attr-defined]
    # Point at the day of the spike, as a supervisor would.
    page.hover.setText(chart.day_text(17))  # type: ignore[attr-defined]
    return window


def lookback_report(studio: Studio) -> QWidget:
    """The look-back report of the demo morning, saved as a PDF; its first page is rendered to
    docs/screenshots/lookback-pdf.png with pdftoppm."""
    import subprocess

    from PySide6.QtCore import QDate

    from authdesk.core.lookback import ReportFormat

    window = main_window(studio, "demo.auditor", "review.reports")
    page = window.page("review.reports")
    today = page.end.date()  # type: ignore[attr-defined]
    page.start.setDate(QDate(today.year(), today.month(), 1))  # type: ignore[attr-defined]
    folder = Path(tempfile.gettempdir()) / "authdesk-screenshots"
    folder.mkdir(exist_ok=True)
    pdf = folder / "lookback-2026-03.pdf"  # a fixed name: the same picture every time
    page.choose_file = lambda _format: pdf  # type: ignore[attr-defined]
    page.save(ReportFormat.PDF)  # type: ignore[attr-defined]
    studio.settle()
    studio.app.processEvents()
    studio.settle()
    if studio.translations.language == "en" and pdf.exists():
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(OUT / "lookback-pdf")], check=True)
    return window


# issue 12, evidence pack: the button on the approval screen after a pack was saved, and one
# page of a pack's PDF as a picture (once: the pack is Japanese with English labels).
def _approved_request(studio: Studio) -> int:
    from sqlalchemy import select

    from authdesk.storage.models import ChangeRequest

    with studio.desk.kernel.read() as s:
        # 花子's: the first approved one (二葉's, approved later, is held by its notice)
        return int(s.scalars(select(ChangeRequest.id).where(
            ChangeRequest.status == "approved").order_by(ChangeRequest.id).limit(1)).one())


def approval_evidence_pack(studio: Studio) -> QWidget:
    """The approval screen with 見本 花子's approved request open and its pack just saved."""
    from PySide6.QtWidgets import QFileDialog

    from authdesk.gui.approvals.page import SupervisorPage
    from authdesk.gui.shell.mainwindow import MainWindow

    window = MainWindow(studio.plain_context, studio.sign_in("demo.super2"))
    window.resize(PAGE_SIZE)
    page = window.show_page("supervisor.queue")
    assert isinstance(page, SupervisorPage)
    studio.settle()
    page.open_request(_approved_request(studio))
    studio.settle()
    out = Path(tempfile.gettempdir()) / "authdesk-shots-pack" / "evidence-pack.pdf"
    out.parent.mkdir(exist_ok=True)
    for old in out.parent.iterdir():
        old.unlink()
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = lambda *a, **k: (str(out), "")  # type: ignore[method-assign]
    try:
        page.pack_button.click()
        studio.settle()
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    return window


def evidence_pack_page(studio: Studio) -> None:
    """docs/screenshots/evidence-pack-page.png (page 1) and -2 (the events), at 80 dpi."""
    import subprocess

    from authdesk.printing.evidence import evidence_pdf

    auditor = studio.sign_in("demo.auditor")
    folder = Path(tempfile.gettempdir()) / "authdesk-shots-pack-page"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    files = studio.desk.evidence.write(auditor.handle, _approved_request(studio),
                                       folder / "pack.pdf", render=evidence_pdf)
    for page in (1, 2):
        target = OUT / ("evidence-pack-page" + ("" if page == 1 else f"-{page}"))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page),
                        "-singlefile", str(files.pdf), str(target)], check=True)
        print(target.with_suffix(".png").relative_to(ROOT))


def audit_evidence_pack(studio: Studio) -> QWidget:
    """The auditor's audit log, on 見本 花子's approval, its request's pack just saved."""
    from PySide6.QtWidgets import QFileDialog
    from sqlalchemy import select

    from authdesk.gui.audit.page import AuditPage
    from authdesk.gui.shell.mainwindow import MainWindow
    from authdesk.storage.models import AuditEvent

    window = MainWindow(studio.plain_context, studio.sign_in("demo.auditor"))
    window.resize(PAGE_SIZE)
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    studio.settle()
    with studio.desk.kernel.read() as s:
        seq = s.scalars(select(AuditEvent.seq).where(
            AuditEvent.action == "request.approved",
            AuditEvent.subject == f"request:{_approved_request(studio)}")).one()
    page.select_seq(seq)
    studio.settle()
    out = Path(tempfile.gettempdir()) / "authdesk-shots-audit-pack" / "evidence-pack.pdf"
    out.parent.mkdir(exist_ok=True)
    for old in out.parent.iterdir():
        old.unlink()
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = lambda *a, **k: (str(out), "")  # type: ignore[method-assign]
    try:
        page.pack_button.click()
        studio.settle()
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    return window


SHOTS += [
    ("dashboard", dashboard),
    ("lookback-report", lookback_report),
    ("approval-evidence-pack", approval_evidence_pack),
    ("audit-evidence-pack", audit_evidence_pack),
]
FILES: list[tuple[str, Callable[[Studio], None]]] = [
    ("evidence-pack-page", evidence_pack_page),
]


# -- alerts (issue 12) ----------------------------------------------------------------------------


def _alerts_page(studio: Studio, rule: str) -> tuple[QWidget, QWidget]:
    """A supervisor's alert queue with the alert of ``rule`` shown."""
    window = main_window(studio, "demo.super1", "supervisor.alerts")
    page = window.page("supervisor.alerts")  # type: ignore[attr-defined]
    for row in range(page.model.rowCount()):
        if page.model.summary(row).rule == rule:
            page.view.selectRow(row)
            break
    studio.settle()
    return window, page


def alerts(studio: Studio) -> QWidget:
    """The queue: the demo day's alerts, one account named for two customers shown."""
    return _alerts_page(studio, "shared_new_account")[0]


def alert_event(studio: Studio) -> QWidget:
    """An event behind an alert, opened in full (the insider's unmask)."""
    window, page = _alerts_page(studio, "unmask_outside_call")
    dialog = page.open_event(page.detail.events[0].seq)
    studio.settle()
    return _with_dialog(window, dialog)


SHOTS += [
    ("alerts", alerts),
    ("alert-event", alert_event),
]


# -- issue 11, letters: the mail room's batch on the outbox ----------------------------------


def outbox_batch(studio: Studio) -> QWidget:
    """The outbox after today's letters were saved as a batch and marked printed."""
    from authdesk.core.lettercontent import BatchStatus

    signed = studio.sign_in("demo.super2")
    desk, handle = studio.desk, signed.handle
    batches = desk.letters.batches(handle, limit=1)
    if not batches or batches[0].status is BatchStatus.POSTED:
        desk.letters.mark_printed(handle, desk.letters.create_batch(handle).id)
    return main_window(studio, "demo.super2", "supervisor.outbox")


def letter_page() -> Path:
    """docs/screenshots/letter-page.png: one letter of a demo batch, as printed (80 dpi)."""
    import subprocess

    from authdesk.core.lettercontent import (
        BatchContents,
        BatchInfo,
        LetterAccount,
        LetterAddress,
        LetterContent,
    )
    from authdesk.printing.letters import batch_pdf

    when = datetime(2026, 3, 2, 1, 10, tzinfo=UTC)
    letter = LetterContent(
        notification_id=41, reference="R0000002-1", kind="request.approved",
        customer_number="C0000002", to=LetterAddress("100-0002", "東京都千代田区見本町2-2",
                                                     "見本 花子"),
        firm_name="みほん証券株式会社", firm_phone="0120-000-000", dated=when.date(),
        happened_at=when, account=LetterAccount("三菱ＵＦＪ", "0005", "本店", "001", "普通",
                                                 "••••002"),
        effective_at=datetime(2026, 3, 5, 1, 10, tzinfo=UTC), cooling_off_hours=72)
    batch = BatchInfo(1, when.date(), 1, when, "demo.super2", None, None, None, None)
    pdf = OUT / "letter-batch.pdf"
    pdf.write_bytes(batch_pdf(BatchContents(batch, letter.firm_name, letter.firm_phone,
                                            (letter,))))
    target = OUT / "letter-page"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile",
                    str(pdf), str(target)], check=True)
    pdf.unlink()
    return target.with_suffix(".png")


SHOTS += [
    ("outbox-batch", outbox_batch),
]


# -- withdrawal-account lock and cancel by reference (issue 11) -----------------------------------


def profile_withdrawal_lock(studio: Studio) -> QWidget:
    """見本 一美 locked changes of her withdrawal account and asked to lift the lock: her photo
    ID is checked, the call-back still to make."""
    from datetime import date

    from authdesk.core.documents import DocumentType
    from authdesk.core.evidence import DocumentInput

    window, page = _agent_with(studio, "見本 一美")
    handle = window.handle  # type: ignore[attr-defined]
    customer = _customer(studio, "見本 一美").id
    locks = studio.desk.locks
    if locks.status(handle, customer) is None:  # the first language's shot placed it
        locks.place(handle, customer, "不審なメールを受け取ったため")
        locks.request_unlock(handle, customer, "別の金融機関の口座に変更したいため")
        locks.attach_document(handle, customer, DocumentInput(
            DocumentType.DRIVERS_LICENCE, number="123456789012", expiry=date(2029, 3, 31),
            name_matches=True, birth_date_matches=True, address_matches=True,
            photo_present=None))
    page.reload()  # type: ignore[attr-defined]
    studio.settle()
    page.show_tab("profile")  # type: ignore[attr-defined]
    studio.settle()
    return window


def cancel_by_reference(studio: Studio) -> QWidget:
    """見本 花子 reads the reference on the letter about her approved change: looked up, with
    the reason typed, before the agent cancels it."""
    from sqlalchemy import select

    from authdesk.core.reference import notice_reference
    from authdesk.storage.models import Notification

    window, page = _agent_with(studio, "見本 花子")
    _verify(studio, page, "見本 花子")
    page.show_tab("profile")  # type: ignore[attr-defined]
    studio.settle()
    request_id = _customer(studio, "見本 花子").request_id
    with studio.desk.kernel.read() as s:
        letter = s.scalar(select(Notification.id).where(
            Notification.request_id == request_id, Notification.channel == "letter")
            .order_by(Notification.id))
    assert letter is not None
    dialog = page.profile_panel.ask_cancel_by_reference()  # type: ignore[attr-defined]
    dialog.reference.setText(notice_reference(letter))
    dialog.look_up()
    studio.settle()
    dialog.reason.setText("お客様に変更の覚えがない" if studio.translations.language == "ja"
                          else "The customer did not ask for this change")
    picture = _with_dialog(window, dialog)
    dialog.reject()
    window.close()
    return picture


SHOTS += [
    ("profile-withdrawal-lock", profile_withdrawal_lock),
    ("cancel-by-reference", cancel_by_reference),
]


def check_fonts() -> None:
    families = QFontDatabase.families()
    if not any("CJK" in f or "Noto Sans JP" in f for f in families):
        sys.exit("No CJK font found: Japanese would show as boxes. On Debian: "
                 "apt-get install fonts-noto-cjk")


# Issue 11, e-mail notices: the outbox showing the notices that could not go out, with why.
def outbox_failed(studio: Studio) -> QWidget:
    """The supervisor's outbox filtered to failed notices: 見本 二葉's refused e-mail, whose
    change is held, with the server's answer."""
    window = main_window(studio, "demo.super2", "supervisor.outbox")
    page = window.page("supervisor.outbox")
    combo = page.status_filter  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("failed"))
    studio.settle()
    page.view.selectRow(0)  # type: ignore[attr-defined]
    return window


SHOTS += [
    ("outbox-failed", outbox_failed),
]


def main(argv: list[str]) -> int:
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication(["authdesk-screenshots"])
    assert isinstance(app, QApplication)
    check_fonts()
    app.setFont(QFont("Noto Sans CJK JP", 10))
    wanted = set(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if not wanted or "letter-page" in wanted:  # issue 11: a printed letter, not a widget
        print(letter_page().relative_to(ROOT))
    with tempfile.TemporaryDirectory(prefix="authdesk-shots-") as tmp:
        studio = Studio(app, Path(tmp))
        for language in LANGUAGES:
            studio.translations.apply(language)
            QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
                               if language == "ja" else
                               QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            for name, build in SHOTS:
                if wanted and name not in wanted:
                    continue
                widget = build(studio)
                widget.show()
                studio.settle()
                path = OUT / f"{name}-{language}.png"
                widget.grab().save(str(path))
                print(path.relative_to(ROOT))
                widget.close()
                widget.deleteLater()
                studio.settle()
        for name, write in FILES:  # pictures made once, not per language
            if not wanted or name in wanted:
                write(studio)
        background().wait()
        studio.desk.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
