"""The bridge between the GUI and the core: database work runs off the GUI thread.

One way for every screen (the Anki pattern)::

    run_in_background(lambda: desk.staff.list(handle), on_done=self.show_staff,
                      on_error=self.show_refusal, owner=self)

``fn`` runs on a worker thread; ``on_done(result)`` or ``on_error(exception)`` then runs on the
GUI thread. If ``owner`` (a widget) has been deleted meanwhile, neither is called. Work that
reports progress takes a ``Progress`` and checks ``cancelled()``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("authdesk.gui")


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals are queued to its slots, which call back."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, finish: Callable[[_Relay], None], on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, owner: QObject | None) -> None:
        super().__init__()
        self._finish, self._on_done, self._on_error, self._owner = finish, on_done, on_error, owner
        self.done.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    def _alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._finish(self)
        if self._on_done is not None and self._alive():
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._finish(self)
        if self._on_error is not None:
            if self._alive():
                self._on_error(error)
        else:
            log.error("background work failed with no handler", exc_info=error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to on_error on the GUI thread, never lost
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """Counts work in flight so tests and the window can wait for quiet."""

    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        # Workers run Python too (building rows); the GUI thread must get the interpreter lock
        # back within a millisecond, not the default five, to keep the window responsive.
        sys.setswitchinterval(0.001)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        relay = _Relay(self._finish, on_done, on_error, owner)
        was_busy = self.busy
        self._relays.add(relay)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(_Job(fn, relay))

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self.busy:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown and tests). Results still need the event loop."""
        return self.pool.waitForDone(msecs)

    def settle(self, rounds: int = 50) -> bool:
        """Block until no work is in flight and its results have been delivered (tests, tools).
        Delivering a result may start more work, hence the rounds. False if still busy."""
        for _ in range(rounds):
            self.wait()
            QCoreApplication.processEvents()
            if not self.busy:
                QCoreApplication.processEvents()
                return True
        return False


_background: Background | None = None


def background() -> Background:
    global _background
    if _background is None or not shiboken6.isValid(_background):
        _background = Background()
    return _background


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    background().run(fn, on_done, on_error, owner=owner)


class Progress(QObject):
    """Progress of long work (verify, export): thread-safe reporting and cancellation."""

    changed = Signal(int, int)  # done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread; the signal is queued to the GUI thread."""
        self.changed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()
