"""``authdesk``: start the desktop app.

    authdesk                 the embedded database in the user's data directory (or the config's)
    authdesk --db URL        another database, for example the shared PostgreSQL one
    authdesk --demo          a fresh, throw-away demo database with sample staff and customers
    authdesk --lang ja|en    the interface language (default: the system's)

Opening: configuration -> database -> keys. Whatever stops it (a corrupt config file, no OS
keyring, an unreachable database, one from a newer version) is said in one translated sentence
in a message box, never a traceback.

The usual start, on an embedded database whose schema is current (one read-only query with the
standard library's sqlite3), shows the sign-in window first and opens the database once the
window is painted, on a worker thread: SQLAlchemy, the keys, the core's services and the
windows after sign-in are loaded then (issue 14). What stops the opening is then said over the
sign-in window. A new database, one that needs a migration or cannot be read that way, a
server database and the demo are opened before the first window, as before.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

import authdesk
from authdesk import APP_NAME
from authdesk.core.config import (
    Config,
    SharedModeNotInDesktopApp,
    load_config,
    refuse_direct_shared_database,
)
from authdesk.core.errors import AuthDeskError
from authdesk.gui.kit.background import background, run_in_background
from authdesk.gui.kit.i18n import LANGUAGES, Translations, choose_language
from authdesk.gui.kit.messages import error_text
from authdesk.gui.shell.context import AppContext, DemoInfo, DemoPhone, DeskOpening, Where
from authdesk.gui.shell.controller import AppController, warm_up
from authdesk.storage.schema import sqlite_path, sqlite_schema_state

if TYPE_CHECKING:
    from authdesk.core.desk import Desk

log = logging.getLogger("authdesk.gui")

EXIT_OK, EXIT_ERROR, EXIT_CANNOT_START = 0, 1, 2
OPEN_ANYWAY_MS = 3000  # the database is opened this long after start even without a paint


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for (see ``authdesk``)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(f"{APP_NAME} {authdesk.__version__}")
        parser.exit()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="authdesk", description="AuthDesk desktop app")
    parser.add_argument("--demo", action="store_true",
                        help="start on a fresh temporary demo database (keys kept in memory)")
    parser.add_argument("--db", metavar="URL", help="database URL (default: from the config)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="interface language")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--self-test", action="store_true",
                        help="run the end-to-end self-test offscreen and exit (0 = all passed)")
    parser.add_argument("--measure-startup", nargs="?", const="painted",
                        choices=("painted", "ready"),
                        help="print the milliseconds until the first window is painted (and "
                             "with 'ready', until the database is open), then exit")
    parser.add_argument("--measure-bare-window", action="store_true",
                        help="the same for a bare Qt window: the floor of --measure-startup")
    return parser.parse_args(argv)


@dataclass
class Opened:
    desk: Desk
    demo: DemoInfo | None = None


def open_configured(config: Config) -> Opened:
    """The configured database: the embedded one is created and migrated on first start; a
    shared one must have been set up by IT (``authdesk-admin init``)."""
    from authdesk.core.desk import Desk
    from authdesk.core.kernel import translate_storage_error
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, StorageError

    refuse_direct_shared_database(config)  # shared mode (issue 10): never the shared database
    if config.shared:
        raise SharedModeNotInDesktopApp()
    try:
        db = Database(config.database_url)
    except StorageError as exc:
        raise translate_storage_error(exc) from None
    workstation = Workstation.local(config.data_dir, config.workstation,
                                    config.witness_dir)
    if db.kind == "embedded":
        desk = Desk.initialise(db, workstation=workstation)
    else:
        desk = Desk.open(db, workstation=workstation)
    desk.email.settings = config.smtp  # issue 11: e-mail notices go out from this machine
    return Opened(desk)


def open_demo(config: Config) -> Opened:
    """A fresh demo database in a temporary folder; its keys live in memory for this run."""
    from authdesk import demo
    from authdesk.core.desk import Desk
    from authdesk.core.keys import MemoryKeyring
    from authdesk.core.workstation import Workstation
    from authdesk.storage.db import Database, sqlite_url

    directory = Path(tempfile.mkdtemp(prefix="authdesk-demo-"))
    db = Database(sqlite_url(directory / "demo.db"))
    workstation = Workstation(config.workstation or "demo-desk-01",
                              directory / "workstation-state.json",
                              config.witness_dir or directory / "witness")
    desk = Desk.initialise(db, workstation=workstation, keyring_backend=MemoryKeyring())
    summary = demo.seed(desk)
    return Opened(desk, DemoInfo(directory, demo_phones(summary)))


def opens_after_window(config: Config) -> Where | None:
    """Where the sign-in window may come up before the database is opened: an embedded
    database whose schema is current. None for anything else (opened first, as before)."""
    path = sqlite_path(config.database_url)
    if path is None or sqlite_schema_state(path) != "current":
        return None
    from authdesk.core.workstation import Workstation

    name = Workstation.local(config.data_dir, config.workstation).name
    return Where(name, "embedded", config.database_url)


def demo_phones(summary: Any) -> list[DemoPhone]:
    """What the demo panel shows, from the seed's summary of demo people and their keys."""
    phones = [DemoPhone(owner=f"{s.display_name} ({s.username})", kind="staff", key=s.manual_key,
                        note=s.note, username=s.username, password=s.password)
              for s in summary.staff]
    phones += [DemoPhone(owner=f"{c.number} {c.name}", kind="customer", key=c.manual_key,
                         note=c.note)
               for c in summary.customers if c.manual_key]
    return phones


def cannot_start(error: BaseException) -> int:
    """One clear sentence in a message box; the details go to the log."""
    log.error("AuthDesk cannot start: %s", error, exc_info=not isinstance(error, AuthDeskError))
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Startup", "AuthDesk cannot start"),
                      error_text(error), QMessageBox.StandardButton.Close)
    box.setObjectName("startupError")
    box.exec()
    return EXIT_CANNOT_START


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # These run before any QApplication exists: the self-test picks its own platform.
    if args.measure_bare_window:
        from authdesk import selftest

        return selftest.measure_bare_window()
    if args.self_test:
        from authdesk import selftest

        return selftest.run_self_test()
    if args.measure_startup:
        from authdesk import selftest

        return selftest.measure_startup(db_url=args.db, until=args.measure_startup)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    translations = Translations(app)
    try:
        return _run(app, args, translations)
    finally:
        translations.remove()
        background().wait()


@dataclass
class Started:
    """The first window is up: over an open desk, or over one still to be opened."""

    controller: AppController
    opened: Opened | None = None
    opening: DeskOpening | None = None

    @property
    def window(self) -> QWidget:
        assert self.controller.window is not None
        return self.controller.window


def first_window(config: Config, translations: Translations, *, demo: bool = False) -> Started:
    """Show the first window. Raises what stops a database opened before it (AuthDeskError,
    or a bug)."""
    where = None if demo else opens_after_window(config)
    if where is not None:
        opening = DeskOpening(lambda: open_configured(config).desk, where)
        controller = AppController(AppContext(opening, translations))
        controller.start()
        return Started(controller, opening=opening)
    splash = QLabel(QCoreApplication.translate("Startup", "Opening the database…"))
    splash.setMargin(24)
    splash.show()
    QCoreApplication.processEvents()
    try:
        opened = open_demo(config) if demo else open_configured(config)
    finally:
        splash.close()
    controller = AppController(AppContext(opened.desk, translations, opened.demo))
    controller.start()
    return Started(controller, opened=opened)


class _FirstPaint(QObject):
    """Calls ``then`` once, right after the first paint of the widget it watches."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after the paint has reached the screen
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    _FirstPaint(widget, then)


def open_when_painted(started: Started, on_failed: Callable[[BaseException], None],
                      on_ready: Callable[[Desk], None] | None = None) -> None:
    """Once the sign-in window is painted, open the database on a worker thread; then let the
    controller check for an administrator, and import the windows after sign-in (also on a
    worker) so that the first sign-in does not wait for them."""
    opening = started.opening
    if opening is None:
        return
    controller = started.controller

    def ready(desk: Desk) -> None:
        controller.desk_opened(desk)
        run_in_background(lambda: warm_up(controller.context), _set_version)
        if on_ready is not None:
            on_ready(desk)

    begun: list[bool] = []

    def begin() -> None:
        if begun:
            return
        begun.append(True)
        if opening.claim():  # not already opened by an early sign-in's wait
            run_in_background(opening.run, ready, on_failed)
        else:
            run_in_background(opening.result, ready, on_failed)

    after_first_paint(started.window, begin)
    # A window that is not painted soon (started minimised, say) does not hold the opening up.
    QTimer.singleShot(OPEN_ANYWAY_MS, begin)


def _set_version(_result: object = None) -> None:
    QCoreApplication.setApplicationVersion(authdesk.__version__)


def _run(app: QApplication, args: argparse.Namespace, translations: Translations) -> int:
    try:
        config = load_config(database_url=args.db)
    except AuthDeskError as exc:
        translations.apply(choose_language(args.lang))
        return cannot_start(exc)
    translations.apply(choose_language(args.lang, config.language))
    try:
        started = first_window(config, translations, demo=args.demo)
    except Exception as exc:  # AuthDeskError, or a bug: still a message box, traceback logged
        return cannot_start(exc)
    if started.opening is None:
        _set_version()  # opened before the window; else once the database is open

    def failed(error: BaseException) -> None:
        app.exit(cannot_start(error))

    open_when_painted(started, failed)
    try:
        return app.exec()
    finally:
        close(started)


def close(started: Started | Opened) -> None:
    """After the last window: let workers finish, close the database, delete demo data."""
    background().wait()  # no worker may outlive the database it uses
    if isinstance(started, Started):
        if started.opening is not None and started.opening.done:
            with contextlib.suppress(Exception):  # it never opened: nothing to close
                started.opening.result().db.dispose()
        if started.opened is None:
            return
        started = started.opened
    started.desk.db.dispose()
    if started.demo is not None:
        shutil.rmtree(started.demo.directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
