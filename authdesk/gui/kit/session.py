"""Watching the signed-in session: idle lock, absolute limit, checkpoints while running.

The rules (how long idle, how long at most) are the core's: ``check_session`` says whether the
session may go on. The guard only asks at the right moments: when the idle deadline the core
gave has passed, every half minute anyway, and after each operation.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from authdesk.core.desk import Desk
from authdesk.core.roles import Actor
from authdesk.core.staff import SessionExpired, SessionLocked, SessionStatus
from authdesk.gui.kit.background import run_in_background

CHECK_INTERVAL_MS = 30_000


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

    def __init__(self, desk: Desk, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
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
        status = self.desk.staff.check_session(self.actor)
        if self.desk.audit.checkpoint_due():
            self.desk.audit.checkpoint(self.actor, reason="interval")
        return status

    def _checked(self, status: SessionStatus) -> None:
        self._checking = False
        self.status = status
        self.status_changed.emit(status)
        if self.is_locked:
            # An answer from before the lock: only the lock screen's unlock ends a lock.
            return
        wait_ms = int((status.idle_deadline - self.desk.now()).total_seconds() * 1000)
        self.idle_timer.start(max(1000, wait_ms + 500))

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.session_error(error)

    def session_error(self, error: BaseException) -> bool:
        """Handle a session refusal from any operation; False if ``error`` is something else."""
        if isinstance(error, SessionLocked):
            self._enter_locked()
            return True
        if isinstance(error, SessionExpired):
            self.end(error)
            return True
        return False

    def activity(self) -> None:
        """An operation succeeded, so the core moved the idle deadline: fetch it soon."""
        if not self.is_locked and not self.is_over:
            self.idle_timer.start(1000)

    # -- state changes -----------------------------------------------------------------------

    def lock_now(self) -> None:
        if self.is_locked or self.is_over:
            return
        run_in_background(lambda: self.desk.staff.lock_session(self.actor),
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
        actor = self.actor

        # A write transaction: off the GUI thread. A failure (say, the database is gone)
        # still ends the session on screen, and the sign-in window names the reason.
        run_in_background(lambda: self.desk.staff.sign_out(actor),
                          lambda _result: self.ended.emit(None), self.ended.emit, owner=self)

    def time_left(self, now: datetime | None = None) -> tuple[float, float] | None:
        """Seconds until the idle lock and until the absolute limit, from the last status."""
        if self.status is None:
            return None
        now = now or self.desk.now()
        return ((self.status.idle_deadline - now).total_seconds(),
                (self.status.absolute_deadline - now).total_seconds())
