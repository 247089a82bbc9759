"""``authdesk --self-test`` and ``authdesk --measure-startup``: the installed app proves itself.

The self-test runs the real path without a display (Qt's offscreen platform), on a throw-away
SQLite database whose keys live in memory, with a clock that moves 30 s between codes (each TOTP
code must come from a new time step). It prints one line per step, ``ok   <step>`` or
``FAIL <step>: <reason>``, and returns 0 only when every step passed. It behaves the same from
source (``python -m authdesk.selftest``) and from the PyInstaller bundle, where it also checks
that every loaded module comes from the bundle.

``measure_startup`` is the start-up path of the app up to the sign-in window (Qt, translations,
a new embedded database with its migrations, the sign-in window painted once); it prints
``startup: ...`` with the milliseconds since the process started, and exits. ``python -m
authdesk.build`` times it from outside the process, for the bundle and from source.

Both are called by ``authdesk.gui.shell.app.main`` before it creates its QApplication.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from authdesk.core.authority import SessionHandle
    from authdesk.core.clock import FakeClock
    from authdesk.core.desk import Desk

CODE_STEP_SECONDS = 30  # RFC 6238 time step: a person's next code must come from a new one
KEYRING_BACKEND_OF_OS = {"win32": "Windows", "darwin": "macOS"}  # every other OS: SecretService
# A string of the sign-in window and one of Qt's own, with their Japanese translations.
APP_STRING = ("SignInWindow", "Sign in")
QT_STRING = ("QPlatformTheme", "Cancel", "キャンセル")
BARE_LINE = "startup: bare window shown;"  # the floor, printed by measure_bare_window


def _offscreen() -> None:
    """Before Qt is imported: no display is needed, and no window may appear."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _console_for_windowed_windows() -> None:
    """A windowed Windows program starts with sys.stdout None. Write to the handle it was given
    (a pipe or a file, as ``python -m authdesk.build`` gives it), else to the console of the
    program that started it (cmd, PowerShell)."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes
    import msvcrt

    kernel32 = ctypes.windll.kernel32
    kernel32.GetStdHandle.restype = ctypes.c_void_p
    handle = kernel32.GetStdHandle(-11)  # STD_OUTPUT_HANDLE
    stream: TextIO | None = None
    if handle not in (None, 0, ctypes.c_void_p(-1).value):
        try:
            stream = open(msvcrt.open_osfhandle(handle, os.O_WRONLY), "w",  # noqa: SIM115
                          encoding="utf-8", buffering=1)
        except OSError:
            stream = None
    if stream is None and kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        stream = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    if stream is not None:
        sys.stdout = sys.stderr = stream


def bundle_dir() -> Path | None:
    """The folder of the PyInstaller bundle, or None when running from source."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if getattr(sys, "frozen", False) and meipass else None


def bundle_root() -> Path | None:
    """What was installed: the bundle folder, or on macOS the app's Contents (PyInstaller
    splits a .app into Frameworks and Resources, linked to each other)."""
    folder = bundle_dir()
    if folder is None:
        return None
    return folder.parent if folder.parent.name == "Contents" else folder


# -- the runner ----------------------------------------------------------------------------------


@dataclass
class Report:
    out: TextIO
    passed: set[str] = field(default_factory=set)
    failed: list[str] = field(default_factory=list)

    def step(self, name: str, action: Callable[[], str], *, needs: tuple[str, ...] = ()) -> bool:
        """Run one step; an exception is its failure, and the run goes on."""
        missing = [n for n in needs if n not in self.passed]
        if missing:
            return self._fail(name, f"not run, needs {' and '.join(missing)}")
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:  # every failure becomes a line of the report
            reason = f"{type(exc).__name__}: {exc}"
            if os.environ.get("AUTHDESK_SELFTEST_TRACEBACK"):
                reason += "\n" + traceback.format_exc()
            return self._fail(name, reason)
        ms = (time.perf_counter() - started) * 1000
        self.passed.add(name)
        self.out.write(f"ok   {name}: {detail} ({ms:.0f} ms)\n")
        self.out.flush()
        return True

    def _fail(self, name: str, reason: str) -> bool:
        self.failed.append(name)
        self.out.write(f"FAIL {name}: {reason}\n")
        self.out.flush()
        return False


def totp(key: str, at: datetime) -> str:
    import pyotp

    return pyotp.TOTP(key).at(at)


# -- the scenario --------------------------------------------------------------------------------


@dataclass
class Scenario:
    """What the steps hand on to each other."""

    folder: Path
    clock: FakeClock
    desk: Desk | None = None
    demo: Any = None  # authdesk.demo.DemoSummary
    # Signed-in sessions: the handle is all a caller holds; the core says who it is.
    agent: SessionHandle | None = None
    supervisor: SessionHandle | None = None
    customer_id: int | None = None
    request_id: int | None = None
    app: QApplication | None = None
    windows: list[Any] = field(default_factory=list)

    def need_desk(self) -> Desk:
        assert self.desk is not None
        return self.desk

    def next_code(self, key: str) -> str:
        """A code from a time step nobody has used yet."""
        self.clock.advance(seconds=CODE_STEP_SECONDS)
        return totp(key, self.clock.now())


def check_keyring_backends() -> str:
    """The backends are found as keyring finds them: by entry point in package metadata."""
    import importlib.metadata

    wanted = KEYRING_BACKEND_OF_OS.get(sys.platform, "SecretService")
    points = {ep.name: ep for ep in importlib.metadata.entry_points(group="keyring.backends")}
    if wanted not in points:
        raise LookupError(f"no '{wanted}' entry point among {sorted(points)}; "
                          "keyring's metadata is missing from the bundle")
    module = points[wanted].load()
    import keyring.backend

    found = [f"{type(k).__module__}.{type(k).__name__}" for k in keyring.backend.get_all_keyring()]
    return f"{wanted} backend loads ({module.__name__}); usable here: {', '.join(found) or 'none'}"


def check_migrations(sc: Scenario) -> str:
    from authdesk.core.desk import Desk
    from authdesk.core.keys import MemoryKeyring
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url

    db = Database(sqlite_url(sc.folder / "selftest.db"))
    workstation = Workstation("selftest", sc.folder / "workstation-state.json")
    sc.desk = Desk.initialise(db, workstation=workstation, keyring_backend=MemoryKeyring(),
                              clock=sc.clock)
    state = db.schema_state()
    if state != "current":
        raise RuntimeError(f"schema is {state} after migrating")
    return f"schema current, {len(db.table_names())} tables"


def check_first_admin(sc: Scenario) -> str:
    """The first start of a new database: the first administrator is created (there is no
    unnamed one), enrolls the app, signs in with password and code, and may add staff."""
    from authdesk.core.desk import Desk
    from authdesk.core.keys import MemoryKeyring
    from authdesk.core.roles import Role
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url

    db = Database(sqlite_url(sc.folder / "first-run.db"))
    try:
        desk = Desk.initialise(db, workstation=Workstation("selftest", sc.folder / "first.json"),
                               keyring_backend=MemoryKeyring(), clock=sc.clock)
        password = "self-test first admin"
        enrolment = desk.staff.create_first_admin(
            username="selftest.admin", display_name="Self-test administrator",
            employee_no="SELFTEST-1", password=password)
        handle = desk.staff.sign_in("selftest.admin", password,
                                    sc.next_code(enrolment.manual_key))
        me = desk.staff.me(handle)
        if Role.ADMIN not in me.roles:
            raise RuntimeError(f"the first administrator signed in with roles {me.roles}")
        desk.staff.add(handle, username="selftest.agent", display_name="Self-test agent",
                       employee_no="SELFTEST-2", roles=frozenset({Role.AGENT}),
                       password=password)
        desk.staff.sign_out(handle)
        return f"{me.username} created, signed in on {me.workstation}, added an agent"
    finally:
        db.dispose()


def check_demo_seed(sc: Scenario) -> str:
    from authdesk import demo

    sc.demo = demo.seed(sc.need_desk())
    return f"{len(sc.demo.customers)} customers, {len(sc.demo.staff)} staff"


def _demo_staff(sc: Scenario, role: str) -> Any:
    from authdesk.core.roles import Role

    wanted = Role(role)
    for person in sc.demo.staff:
        if wanted in person.roles:
            return person
    raise LookupError(f"the demo has no {role}")


def check_staff_sign_in(sc: Scenario) -> str:
    person = _demo_staff(sc, "agent")
    desk = sc.need_desk()
    sc.agent = desk.staff.sign_in(person.username, person.password,
                                  sc.next_code(person.manual_key))
    return f"{desk.staff.me(sc.agent).username} signed in with password and code"


def _happy_customer(sc: Scenario) -> Any:
    """The demo customer meant for the plain path: an active authenticator, nothing unusual."""
    for customer in sc.demo.customers:
        if customer.manual_key and getattr(customer, "scenario", "") == "happy":
            return customer
    for customer in sc.demo.customers:
        if customer.manual_key:
            return customer
    raise LookupError("no demo customer has an authenticator")


def check_customer_step_up(sc: Scenario) -> str:
    desk, agent = sc.need_desk(), sc.agent
    assert agent is not None
    customer = _happy_customer(sc)
    sc.customer_id = customer.id
    call = desk.calls.take(agent)  # the agent takes the caller: verifications belong to a call
    started = desk.factors.start_verification(agent, customer.id)
    outcome = desk.factors.verify(agent, started.id, sc.next_code(customer.manual_key))
    return (f"call {call.id} taken; customer {customer.number} verified, fresh until "
            f"{outcome.fresh_until:%H:%M:%S} UTC")


def check_change_request(sc: Scenario) -> str:
    desk, agent = sc.need_desk(), sc.agent
    assert agent is not None and sc.customer_id is not None
    profile = desk.customers.view(agent, sc.customer_id)
    request = desk.requests.create(
        agent, sc.customer_id, bank_code="0005", branch_code="001", account_type="ordinary",
        account_number="7654321", holder=profile.name_kana)
    detail = desk.requests.get(agent, request.id)
    if detail.missing:
        raise RuntimeError("the demo customer needs more evidence than a step-up: "
                           + "; ".join(m.text for m in detail.missing))
    submitted = desk.requests.submit(agent, request.id)
    sc.request_id = request.id
    from authdesk.core.calls import CallOutcome

    desk.calls.wrap_up(agent, CallOutcome.REQUEST_OPENED, "Self-test: change request sent")
    (last, *_older) = desk.calls.recent_for_customer(agent, sc.customer_id)
    if last.outcome is not CallOutcome.REQUEST_OPENED or last.open:
        raise RuntimeError(f"the wrapped-up call reads as {last}")
    return (f"request {request.id} to {request.account.bank_name} {request.account.branch_name} "
            f"{submitted.status}, risk {submitted.risk_level}; call wrapped up")


def check_four_eyes_approval(sc: Scenario) -> str:
    desk = sc.need_desk()
    assert sc.agent is not None and sc.request_id is not None
    person = _demo_staff(sc, "supervisor")
    supervisor = desk.staff.sign_in(person.username, person.password,
                                    sc.next_code(person.manual_key))
    approver, requester = desk.staff.me(supervisor), desk.staff.me(sc.agent)
    if approver.employee_no == requester.employee_no:
        raise RuntimeError("the demo supervisor is the same person as the agent")
    desk.staff.step_up(supervisor, sc.next_code(person.manual_key))
    approved = desk.requests.approve(supervisor, sc.request_id)
    sc.supervisor = supervisor
    if approved.effective_at is not None:  # issue 11: not before its notices went out
        raise RuntimeError("the approval set a time before its notices went out")
    return (f"approved by {approver.username} (requester {requester.username}); "
            f"{approved.status}, takes effect once its notices went out and the "
            "cooling-off has run")


def check_audit(sc: Scenario) -> str:
    """The demo's auditor signs in, signs the head and verifies the whole chain."""
    desk = sc.need_desk()
    person = _demo_staff(sc, "auditor")
    auditor = desk.staff.sign_in(person.username, person.password,
                                 sc.next_code(person.manual_key))
    try:
        desk.audit.checkpoint(auditor, reason="self-test")
        result = desk.audit.verify(auditor)
    finally:
        desk.staff.sign_out(auditor)
    if not result.ok:
        raise RuntimeError(f"audit chain damaged: {result.damage}")
    return f"{result.events} events and {result.checkpoints} signed checkpoints verified"


def check_parallel_walk(sc: Scenario) -> str:
    """The audit verifier's worker processes start and agree with a walk in this process (in
    the bundle: the launcher's freeze_support makes a started copy a worker)."""
    import sqlite3

    from authdesk.core import auditwalk

    if not auditwalk.parallel_allowed():
        raise RuntimeError("worker processes are not allowed in this program")
    path = str(sc.folder / "selftest.db")
    con = sqlite3.connect(path)
    try:
        last = con.execute("SELECT max(seq) FROM audit_event").fetchone()[0] or 0
        alone = auditwalk.walk_range(con, 1, last, wanted=frozenset(), tail_start=last + 1)
    finally:
        con.close()
    spans = auditwalk.walk_parallel(path, 1, last, wanted=frozenset(), tail_start=last + 1,
                                    workers=2, chunk=max(1, last // 4 + 1))
    if (sum(s.events for s in spans) != alone.events or spans[-1].last_hash != alone.last_hash
            or any(s.broken_at is not None for s in spans)):
        raise RuntimeError("the worker processes' walk differs from the walk in this process")
    return f"{alone.events} events walked by 2 worker processes in {len(spans)} ranges"


def _application(sc: Scenario) -> QApplication:
    if sc.app is None:
        from PySide6.QtWidgets import QApplication

        from authdesk import APP_NAME

        existing = QApplication.instance()
        sc.app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        sc.app.setApplicationName(f"{APP_NAME}-selftest")  # QSettings apart from the app's
        sc.app.setOrganizationName(APP_NAME)
    return sc.app


def _screenshot(widget: Any, name: str) -> None:
    """With AUTHDESK_SELFTEST_SHOTS=<folder>, keep what was rendered, to look at."""
    folder = os.environ.get("AUTHDESK_SELFTEST_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _settle() -> None:
    """Let background work finish and deliver its results before anything is torn down.
    (The app's work runs on the background bridge's own pool, not Qt's global one.)"""
    from authdesk.gui.kit.background import background

    background().settle()


def check_main_window(sc: Scenario) -> str:
    """The main window of the agent and of the supervisor (who see different pages), each
    built and rendered once."""
    from authdesk.gui.kit.i18n import Translations
    from authdesk.gui.kit.session import SignedIn
    from authdesk.gui.shell.context import AppContext
    from authdesk.gui.shell.mainwindow import MainWindow

    app = _application(sc)
    translations = Translations(app)
    translations.apply("en")
    context = AppContext(sc.need_desk(), translations)
    rendered = []
    desk = sc.need_desk()
    for label, handle in (("agent", sc.agent), ("supervisor", sc.supervisor)):
        if handle is None:
            continue
        window = MainWindow(context, SignedIn(handle, desk.staff.me(handle)))
        sc.windows.append(window)
        window.show()
        _settle()
        pixmap = window.grab()
        _screenshot(window, f"main-window-{label}")
        if pixmap.isNull() or pixmap.width() < 200 or pixmap.height() < 200:
            raise RuntimeError(f"the {label}'s window rendered {pixmap.width()}x"
                               f"{pixmap.height()}")
        rendered.append(f"{label} ({pixmap.width()}x{pixmap.height()}, "
                        f"pages: {window.tabs.count()})")
    return "rendered for the " + ", ".join(rendered)


def check_japanese(sc: Scenario) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from authdesk.gui.kit.i18n import Translations
    from authdesk.gui.kit.resources import resource_path
    from authdesk.gui.shell.context import AppContext
    from authdesk.gui.shell.signin import SignInWindow

    app = _application(sc)
    catalogue = resource_path("i18n/authdesk_ja.qm")
    own = QTranslator()
    if not own.load(str(catalogue)):
        raise RuntimeError(f"QTranslator cannot load {catalogue}")
    if not own.translate(*APP_STRING):
        raise RuntimeError(f"{catalogue.name} has no translation of {APP_STRING[1]!r}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if not qt.load("qtbase_ja", qt_dir):
        raise RuntimeError(f"QTranslator cannot load qtbase_ja from {qt_dir}")
    if qt.translate(QT_STRING[0], QT_STRING[1]) != QT_STRING[2]:
        raise RuntimeError(f"Qt's {QT_STRING[1]!r} is not translated")
    # The app's own path: Translations installs both and the sign-in window speaks Japanese.
    translations = Translations(app)
    translations.apply("ja")
    window = SignInWindow(AppContext(sc.need_desk(), translations))
    sc.windows.append(window)
    shown = window.submit.text()
    if shown == APP_STRING[1] or not any(ord(ch) > 0x3000 for ch in shown):
        raise RuntimeError(f"the sign-in button says {shown!r}, not Japanese")
    _screenshot(window, "signin-ja")
    return f"{catalogue.name} and qtbase_ja.qm loaded; the sign-in button says {shown!r}"


def check_bundle_isolation() -> str:
    """From the bundle, every module must come from the bundle: nothing from a Python install."""
    bundle = bundle_root()
    if bundle is None:
        return "running from source: not applicable"
    outside = []
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None)
        # A relative name is no file: shiboken6 runs its support modules from memory.
        if origin and Path(origin).is_absolute() and not Path(origin).resolve().is_relative_to(
                bundle.resolve()):
            outside.append(f"{name} ({origin})")
    if outside:
        raise RuntimeError("loaded from outside the bundle: " + ", ".join(sorted(outside)[:5]))
    import importlib.metadata

    version = importlib.metadata.version("authdesk")
    return f"{len(sys.modules)} modules, all from {bundle}; version {version} from metadata"


def _close(sc: Scenario) -> None:
    if sc.app is not None:
        for window in sc.windows:
            window.close()
            window.deleteLater()
        _settle()
    if sc.desk is not None:
        sc.desk.db.dispose()


@contextmanager
def _scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="authdesk-selftest-",
                                     ignore_cleanup_errors=True) as folder:
        yield Path(folder)


def run_self_test(out: TextIO | None = None) -> int:
    """Every step of the real path once; 0 only if all passed. Call before any QApplication."""
    _offscreen()
    _console_for_windowed_windows()
    stream = out or sys.stdout
    import platform

    from authdesk import APP_NAME, __version__
    from authdesk.core.clock import FakeClock

    where = f"bundle {bundle_dir()}" if bundle_dir() else f"source {Path(__file__).parent}"
    stream.write(f"{APP_NAME} {__version__} self-test: {where}; Python "
                 f"{platform.python_version()} on {platform.system()} {platform.machine()}\n")
    report = Report(stream)
    with _scratch() as folder:
        sc = Scenario(folder, FakeClock(datetime.now(UTC)))
        try:
            report.step("keyring backends", check_keyring_backends)
            report.step("migrations", lambda: check_migrations(sc))
            report.step("first administrator", lambda: check_first_admin(sc))
            report.step("demo seed", lambda: check_demo_seed(sc), needs=("migrations",))
            report.step("staff sign-in", lambda: check_staff_sign_in(sc), needs=("demo seed",))
            report.step("customer step-up", lambda: check_customer_step_up(sc),
                        needs=("staff sign-in",))
            report.step("change request", lambda: check_change_request(sc),
                        needs=("customer step-up",))
            report.step("four-eyes approval", lambda: check_four_eyes_approval(sc),
                        needs=("change request",))
            report.step("audit verify", lambda: check_audit(sc), needs=("demo seed",))
            report.step("parallel verify", lambda: check_parallel_walk(sc),
                        needs=("audit verify",))
            report.step("main window", lambda: check_main_window(sc), needs=("staff sign-in",))
            report.step("japanese translation", lambda: check_japanese(sc))
            report.step("bundle isolation", check_bundle_isolation)
        finally:
            _close(sc)
    total = len(report.passed) + len(report.failed)
    if report.failed:
        stream.write(f"self-test FAILED: {len(report.failed)} of {total} steps failed "
                     f"({', '.join(report.failed)})\n")
        return 1
    stream.write(f"self-test passed: {total} steps\n")
    return 0


# -- start-up time -------------------------------------------------------------------------------


def process_age_ms() -> float | None:
    """Milliseconds since this process was started, where the OS says (Linux, Windows)."""
    try:
        if sys.platform.startswith("linux"):
            stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
            started_ticks = int(stat[19])  # field 22 of proc(5), counted after the name
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            return (uptime - started_ticks / os.sysconf("SC_CLK_TCK")) * 1000
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            times = [wintypes.FILETIME() for _ in range(4)]
            kernel32 = ctypes.windll.kernel32
            if kernel32.GetProcessTimes(kernel32.GetCurrentProcess(),
                                        *[ctypes.byref(t) for t in times]):
                created = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
                now = wintypes.FILETIME()
                kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))
                current = (now.dwHighDateTime << 32) | now.dwLowDateTime
                return (current - created) / 10_000
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def _offscreen_without_display() -> None:
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _since_process_start(at: float) -> str:
    """``at`` (a perf_counter reading) as milliseconds since the process started."""
    age = process_age_ms()
    return f"{age - (time.perf_counter() - at) * 1000:.0f} ms" if age is not None else "?"


def _on_first_paint(widget: Any, then: Callable[[], None]) -> Any:
    """An event filter that calls ``then`` at the widget's first paint (kept by the caller)."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                then()
            return False

    probe = FirstPaint()
    widget.installEventFilter(probe)
    return probe


def measure_bare_window(out: TextIO | None = None) -> int:
    """The floor of ``measure_startup``: a QApplication and a bare QWidget shown and painted
    once, from the same interpreter (or bundle); prints ``startup: bare window shown; ...``."""
    _console_for_windowed_windows()
    stream = out or sys.stdout
    _offscreen_without_display()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    painted: list[float] = []
    window = QWidget()
    window.resize(480, 360)
    def first_paint() -> None:
        painted.append(time.perf_counter())
        QTimer.singleShot(0, app.quit)

    probe = _on_first_paint(window, first_paint)
    window.show()
    QTimer.singleShot(30_000, app.quit)  # never hang a measurement
    app.exec()
    del probe
    if not painted:
        stream.write("startup: FAILED, the bare window was never painted\n")
        return 1
    stream.write(f"{BARE_LINE} process start: {_since_process_start(painted[0])}\n")
    stream.flush()
    return 0


def measure_startup(out: TextIO | None = None, *, db_url: str | None = None,
                    until: str = "painted") -> int:
    """The app's own start-up (``authdesk.gui.shell.app.first_window``) up to its first window
    painted once, on ``db_url`` (an existing database: the usual start), or without it on a new
    embedded database in a scratch folder with its keys in memory (a workstation's first
    start). Prints ``startup: <window> shown; process start: <ms> ...`` and exits; with
    ``until="ready"`` it goes on until the database is open behind the window and prints
    ``ready: ...`` too (``ready: FAILED ...`` if it could not be opened, say without keys)."""
    started = time.perf_counter()
    _console_for_windowed_windows()
    stream = out or sys.stdout
    _offscreen_without_display()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from authdesk import APP_NAME
    from authdesk.core.config import load_config
    from authdesk.gui.kit.i18n import Translations, choose_language
    from authdesk.gui.shell import app as gui_app
    from authdesk.gui.shell.signin import SignInWindow

    imported = time.perf_counter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    translations = Translations(app)
    marks: dict[str, float] = {}
    failure: list[BaseException] = []
    with _scratch() as folder:
        if db_url is None:
            import keyring

            from authdesk.core.keys import MemoryKeyring

            keyring.set_keyring(MemoryKeyring())
        config = load_config(database_url=db_url or f"sqlite:///{folder / 'authdesk.db'}")
        translations.apply(choose_language(None, config.language))
        try:
            shown = gui_app.first_window(config, translations)
        except Exception as exc:  # what the app would say in a message box
            stream.write(f"startup: FAILED, {type(exc).__name__}: {exc}\n")
            return 1
        marks["window"] = time.perf_counter()
        what = "sign-in" if isinstance(shown.window, SignInWindow) else "first-run"

        def painted() -> None:
            marks["painted"] = time.perf_counter()
            if shown.opening is None:  # opened before the window: ready when it shows
                marks["ready"] = marks["painted"]
            if until != "ready" or shown.opening is None:
                QTimer.singleShot(0, app.quit)

        def opened(_desk: object) -> None:
            marks["ready"] = time.perf_counter()
            app.quit()

        def failed(error: BaseException) -> None:
            failure.append(error)
            app.quit()

        probe = _on_first_paint(shown.window, painted)
        if until == "ready":
            gui_app.open_when_painted(shown, failed, opened)  # the app's own hook
        QTimer.singleShot(120_000, app.quit)  # never hang a measurement
        app.exec()
        del probe
        gui_app.close(shown)
        shown.window.close()
    translations.remove()
    if "painted" not in marks:
        stream.write(f"startup: FAILED, the {what} window was never painted\n")
        return 1
    ms = {k: (v - started) * 1000 for k, v in (("imports", imported), *marks.items())}
    stream.write(f"startup: {what} window shown; process start: "
                 f"{_since_process_start(marks['painted'])} (in measure_startup: imports "
                 f"{ms['imports']:.0f} ms, window built {ms['window']:.0f} ms, painted "
                 f"{ms['painted']:.0f} ms)\n")
    if until == "ready":
        if "ready" in marks:
            stream.write(f"ready: database open behind the window; process start: "
                         f"{_since_process_start(marks['ready'])}\n")
        else:
            reason = f"{type(failure[0]).__name__}" if failure else "timed out"
            stream.write(f"ready: FAILED, the database was not opened ({reason})\n")
    stream.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--measure-bare-window" in args:
        return measure_bare_window()
    if "--measure-startup" in args:
        return measure_startup()
    return run_self_test()


if __name__ == "__main__":
    raise SystemExit(main())
