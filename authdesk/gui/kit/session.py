"""The signed-in session: its handle, and watching it (idle lock, absolute limit, checkpoints).

The GUI holds only the opaque ``SessionHandle`` the core gave at sign-in; every call to the core
passes it, and the core decides who that is and what they may do. ``SignedIn`` adds what the
core said about it (``staff.me``) for the window's texts and which pages to offer.

The rules (how long idle, how long at most) are the core's: ``check_session`` says whether the
session may go on. The guard only asks at the right moments: when the idle deadline the core
gave has passed, every half minute anyway, and after each operation. A refusal that ends the
session (expired, ended by an administrator's change, by a lockout or by wrong step-up codes)
closes the window; sign-in then shows the core's sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from authdesk.core.authority import SessionHandle
from authdesk.core.desk import Desk
from authdesk.core.kernel import (
    SessionEndedByChange,
    SessionEndedByLockout,
    SessionEndedByStepUpFailures,
    SessionExpired,
    SessionLocked,
)
from authdesk.core.staff import Me, SessionStatus
from authdesk.gui.kit.background import run_in_background
from authdesk.gui.kit.messages import show_error

CHECK_INTERVAL_MS = 30_000

# Refusals that mean the session is over: the window closes and sign-in shows the sentence.
SESSION_ENDED: tuple[type[BaseException], ...] = (
    SessionExpired, SessionEndedByChange, SessionEndedByLockout, SessionEndedByStepUpFailures)

_NOT_LIVE: tuple[type[BaseException], ...] = (SessionLocked, *SESSION_ENDED)


@dataclass(frozen=True)
class SignedIn:
    """What the GUI holds of a signed-in person: the opaque handle (the only authority) and who
    the core says it belongs to (for display and for which pages to offer; the core decides)."""

    handle: SessionHandle
    me: Me


def sign_in_and_read(desk: Desk, username: str, password: str, code: str) -> SignedIn:
    """Sign in and read who that is, in one piece of background work."""
    handle = desk.staff.sign_in(username, password, code)
    return SignedIn(handle, desk.staff.me(handle))


class SessionGuard(QObject):
    """Signals, each emitted once per change of state:"""

    locked = Signal()
    """The session is locked (idle, or locked from another path); show the lock screen."""
    unlocked = Signal()
    """Password and code were accepted; show the work again."""
    ended = Signal(object)
    """The session is over (absolute limit, signed out elsewhere); carries the error to show,
    or None after a normal sign-out."""
    status_changed = Signal(object)
    """A fresh ``SessionStatus`` (deadlines) from the core."""

    def __init__(self, desk: Desk, handle: SessionHandle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.handle = handle
        self.status: SessionStatus | None = None
        self.is_locked = False
        self.is_over = False
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_INTERVAL_MS)
        self.check_timer.timeout.connect(self.check_now)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.check_now)
        self._checking = False

    def start(self) -> None:
        self.check_timer.start()
        self.check_now()

    def stop(self) -> None:
        self.check_timer.stop()
        self.idle_timer.stop()

    # -- asking the core ---------------------------------------------------------------------

    def check_now(self) -> None:
        if self.is_over or self._checking:
            return
        self._checking = True
        run_in_background(self._check, self._checked, self._check_failed, owner=self)

    def _check(self) -> SessionStatus:
        status = self.desk.staff.check_session(self.handle)
        if self.desk.audit.checkpoint_due():
            self.desk.audit.checkpoint(self.handle, reason="interval")
        return status

    def _checked(self, status: SessionStatus) -> None:
        self._checking = False
        self.status = status
        self.status_changed.emit(status)
        if self.is_locked:
            # An answer from before the lock: only the lock screen's unlock ends a lock.
            return
        wait_ms = int((status.idle_deadline - self.desk.clock.now()).total_seconds() * 1000)
        self.idle_timer.start(max(1000, wait_ms + 500))

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.session_error(error)

    def session_error(self, error: BaseException) -> bool:
        """Handle a session refusal from any operation; False if ``error`` is something else."""
        if isinstance(error, SessionLocked):
            self._enter_locked()
            return True
        if isinstance(error, SESSION_ENDED):
            self.end(error)
            return True
        return False

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject,
        action: bool = False,
    ) -> None:
        """Run ``fn`` (a call to the core with this session's handle) in the background. A
        locked or ended session goes to the lock screen or sign-in; any other error goes to
        ``on_error``, or to a message box over ``owner``.

        ``action``: the person asked for this (a click, not a refresh). If the session locked
        first, ``on_error`` hears it too, so the screen stops waiting (its buttons work again
        after unlocking) and can say the action was not done."""

        def done(result: Any) -> None:
            self.activity()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if self.session_error(error):
                # Ended: the window closes, so there is nothing to tell the screen.
                if action and isinstance(error, SessionLocked) and on_error is not None:
                    on_error(error)
                return
            if on_error is not None:
                on_error(error)
            else:
                show_error(owner if isinstance(owner, QWidget) else None, error)

        run_in_background(fn, done, failed, owner=owner)

    def activity(self) -> None:
        """An operation succeeded, so the core moved the idle deadline: fetch it soon."""
        if not self.is_locked and not self.is_over:
            self.idle_timer.start(1000)

    # -- state changes -----------------------------------------------------------------------

    def lock_now(self) -> None:
        if self.is_locked or self.is_over:
            return
        run_in_background(lambda: self.desk.staff.lock_session(self.handle),
                          lambda _r: self._enter_locked(), self._check_failed, owner=self)

    def _enter_locked(self) -> None:
        self.idle_timer.stop()
        if not self.is_locked:
            self.is_locked = True
            self.locked.emit()

    def confirm_unlocked(self) -> None:
        """The lock screen's unlock succeeded."""
        self.is_locked = False
        self.unlocked.emit()
        self.check_now()

    def end(self, error: BaseException | None) -> None:
        """The session is over (the error says why): stop watching and tell the window."""
        if self.is_over:
            return
        self.is_over = True
        self.stop()
        self.ended.emit(error)

    def sign_out(self) -> None:
        """End the session in the core, which signs the audit head in the same transaction
        (DESIGN §6: a checkpoint at sign-out)."""
        if self.is_over:
            return
        self.stop()
        self.is_over = True
        handle = self.handle

        # A write transaction: off the GUI thread. A failure (say, the database is gone)
        # still ends the session on screen, and the sign-in window names the reason.
        run_in_background(lambda: self.desk.staff.sign_out(handle),
                          lambda _result: self.ended.emit(None), self.ended.emit, owner=self)

    def time_left(self, now: datetime | None = None) -> tuple[float, float] | None:
        """Seconds until the idle lock and until the absolute limit, from the last status."""
        if self.status is None:
            return None
        now = now or self.desk.clock.now()
        return ((self.status.idle_deadline - now).total_seconds(),
                (self.status.absolute_deadline - now).total_seconds())
