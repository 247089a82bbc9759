"""``authdesk``: start the desktop app.

    authdesk                 the embedded database in the user's data directory (or the config's)
    authdesk --db URL        another database, for example the shared PostgreSQL one
    authdesk --demo          a fresh, throw-away demo database with sample staff and customers
    authdesk --lang ja|en    the interface language (default: the system's)

Opening: configuration -> database -> keys. Whatever stops it (a corrupt config file, no OS
keyring, an unreachable database, one from a newer version) is said in one translated sentence
in a message box, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from authdesk import APP_NAME, __version__
from authdesk.core.config import Config, load_config
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import translate_storage_error
from authdesk.core.keys import MemoryKeyring
from authdesk.core.workstation import Workstation
from authdesk.gui.kit.background import background
from authdesk.gui.kit.i18n import LANGUAGES, Translations, choose_language
from authdesk.gui.kit.messages import error_text
from authdesk.gui.shell.context import AppContext, DemoInfo, DemoPhone
from authdesk.gui.shell.controller import AppController
from authdesk.storage.db import Database, StorageError, sqlite_url

log = logging.getLogger("authdesk.gui")

EXIT_OK, EXIT_ERROR, EXIT_CANNOT_START = 0, 1, 2


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="authdesk", description="AuthDesk desktop app")
    parser.add_argument("--demo", action="store_true",
                        help="start on a fresh temporary demo database (keys kept in memory)")
    parser.add_argument("--db", metavar="URL", help="database URL (default: from the config)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="interface language")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="run the end-to-end self-test offscreen and exit (0 = all passed)")
    parser.add_argument("--measure-startup", action="store_true",
                        help="print the milliseconds until the sign-in window shows, then exit")
    return parser.parse_args(argv)


@dataclass
class Opened:
    desk: Desk
    demo: DemoInfo | None = None


def open_configured(config: Config) -> Opened:
    """The configured database: the embedded one is created and migrated on first start; a
    shared one must have been set up by IT (``authdesk-admin init``)."""
    try:
        db = Database(config.database_url)
    except StorageError as exc:
        raise translate_storage_error(exc) from None
    workstation = Workstation.local(config.data_dir, config.workstation,
                                    config.witness_dir)
    if db.kind == "embedded":
        return Opened(Desk.initialise(db, workstation=workstation))
    return Opened(Desk.open(db, workstation=workstation))


def open_demo(config: Config) -> Opened:
    """A fresh demo database in a temporary folder; its keys live in memory for this run."""
    directory = Path(tempfile.mkdtemp(prefix="authdesk-demo-"))
    db = Database(sqlite_url(directory / "demo.db"))
    workstation = Workstation(config.workstation or "demo-desk-01",
                              directory / "workstation-state.json",
                              config.witness_dir or directory / "witness")
    desk = Desk.initialise(db, workstation=workstation, keyring_backend=MemoryKeyring())
    from authdesk import demo

    summary = demo.seed(desk)
    return Opened(desk, DemoInfo(directory, demo_phones(summary)))


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
    # Both run before any QApplication exists: the self-test picks its own platform.
    if args.self_test:
        from authdesk import selftest

        return selftest.run_self_test()
    if args.measure_startup:
        from authdesk import selftest

        return selftest.measure_startup()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    translations = Translations(app)
    try:
        return _run(app, args, translations)
    finally:
        translations.remove()
        background().wait()


def _run(app: QApplication, args: argparse.Namespace, translations: Translations) -> int:
    try:
        config = load_config(database_url=args.db)
    except AuthDeskError as exc:
        translations.apply(choose_language(args.lang))
        return cannot_start(exc)
    translations.apply(choose_language(args.lang, config.language))

    splash = QLabel(QCoreApplication.translate("Startup", "Opening the database…"))
    splash.setMargin(24)
    splash.show()
    app.processEvents()
    opened: Opened | None = None
    try:
        opened = open_demo(config) if args.demo else open_configured(config)
    except AuthDeskError as exc:
        splash.close()
        return cannot_start(exc)
    except Exception as exc:  # a bug: still a message box, and the traceback in the log
        splash.close()
        return cannot_start(exc)
    splash.close()

    context = AppContext(opened.desk, translations, opened.demo)
    controller = AppController(context)
    try:
        controller.start()
        return app.exec()
    finally:
        close(opened)


def close(opened: Opened) -> None:
    """After the last window: let workers finish, close the database, delete demo data."""
    background().wait()  # no worker may outlive the database it uses
    opened.desk.db.dispose()
    if opened.demo is not None:
        shutil.rmtree(opened.demo.directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
