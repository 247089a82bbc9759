"""What every window of one running app shares: the desk (open, or being opened), the
language, the page list, and in demo mode what the demo phones show."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from authdesk.gui.kit.i18n import Translations

if TYPE_CHECKING:
    from authdesk.core.desk import Desk
    from authdesk.gui.kit.page import PageSpec


@dataclass(frozen=True)
class DemoPhone:
    """One authenticator app of a demo person, as their phone would show it."""

    owner: str  # who holds the phone: a staff username or a customer number and name
    kind: str  # "staff" or "customer"
    key: str  # base32 TOTP key
    note: str = ""  # what else a newcomer needs (a demo password, a customer's situation)
    username: str = ""  # staff only: fills the sign-in form
    password: str = ""  # staff only (fake demo data)


@dataclass(frozen=True)
class DemoInfo:
    directory: Path
    phones: list[DemoPhone]


@dataclass(frozen=True)
class Where:
    """Which workstation and which database, as the sign-in window's footer names them."""

    workstation: str
    kind: str  # "embedded" or "shared"
    database: str  # the database's address without a password


class DeskOpening:
    """A database being opened while the sign-in window is already up (issue 14).

    ``start`` runs ``open_desk`` (the schema check, the keys, the core's services; SQLAlchemy's
    ORM is first imported there) on a worker thread; ``result`` gives the desk, waiting for it
    if need be, or raises what stopped it. Anything that needs the desk (signing in) waits for
    it on its own worker thread, so the window stays responsive meanwhile."""

    def __init__(self, open_desk: Callable[[], Desk], where: Where) -> None:
        self.where = where
        self._open = open_desk
        self._lock = threading.Lock()
        self._started = False
        self._done = threading.Event()
        self._desk: Desk | None = None
        self._error: BaseException | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def claim(self) -> bool:
        """True once: whoever gets it runs ``run`` (a worker, or ``result`` itself)."""
        with self._lock:
            if self._started:
                return False
            self._started = True
            return True

    def run(self) -> Desk:
        try:
            self._desk = self._open()
        except BaseException as exc:
            self._error = exc
            raise
        finally:
            self._done.set()
        return self._desk

    def result(self, timeout: float | None = None) -> Desk:
        if self.claim():  # nobody started it: open it here and now
            return self.run()
        if not self._done.wait(timeout):
            raise TimeoutError("the database is still being opened")
        if self._error is not None:
            raise self._error
        assert self._desk is not None
        return self._desk


class AppContext:
    """``desk`` is an open ``Desk``, or a ``DeskOpening`` when the sign-in window came up before
    the database was opened (the app's usual start on a current embedded database)."""

    def __init__(self, desk: Desk | DeskOpening, translations: Translations,
                 demo: DemoInfo | None = None, pages: list[PageSpec] | None = None) -> None:
        self._desk = desk
        self.translations = translations
        self.demo = demo
        self._pages = pages

    @property
    def desk(self) -> Desk:
        """The open desk; while it is still being opened, waits for it (call it off the GUI
        thread then: ``desk_ready`` says whether it would wait)."""
        if isinstance(self._desk, DeskOpening):
            self._desk = self._desk.result()
        return self._desk

    @property
    def desk_ready(self) -> bool:
        return not isinstance(self._desk, DeskOpening) or self._desk.done

    @property
    def where(self) -> Where:
        if isinstance(self._desk, DeskOpening):
            return self._desk.where
        desk = self._desk
        return Where(desk.workstation.name, desk.db.kind, desk.db.describe())

    @property
    def pages(self) -> list[PageSpec]:
        """The main window's pages, imported on first use (after sign-in, or while the sign-in
        window waits): none of the feature packages is loaded before the sign-in window."""
        if self._pages is None:
            from authdesk.gui.shell.pages import registered_pages

            self._pages = registered_pages()
        return self._pages
