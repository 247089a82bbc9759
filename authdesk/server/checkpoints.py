"""The interval checkpoint on the server: while any server runs, the head is signed at least
once per policy interval (DESIGN §6: "at least hourly"), by exactly one process at a time.

Each process runs a ``CheckpointTask`` thread. On PostgreSQL it first takes a session-level
advisory lock on a connection it keeps; only the holder checks and signs, and when it dies its
connection closes, the lock is released, and another process takes over at its next try. On
SQLite (one small office, one server) there is nothing to share. The checkpoint is the core's
own work (``SYSTEM``, which may only carry out decisions already made and take checkpoints).
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

from sqlalchemy import text

from authdesk.core.authority import SYSTEM
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import CHECKPOINT_INTERVAL

log = logging.getLogger("authdesk.server")
# pg_try_advisory_lock's key: "AuthDesk" + "checkpoint", as one bigint.
ADVISORY_KEY = 0x41444B_43484B50
CHECK_EVERY = 60.0  # seconds between two looks at the head


class CheckpointTask:
    def __init__(self, desk: Desk, *, every: float = CHECK_EVERY) -> None:
        self.desk = desk
        self.every = every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock_connection: Any = None

    # -- one look ---------------------------------------------------------------------------------

    def holds_lock(self) -> bool:
        """True when this process may sign (it holds the advisory lock, or SQLite)."""
        db = self.desk.db
        if db.is_sqlite:
            return True
        if self._lock_connection is not None:
            return True
        connection = db.engine.connect()
        try:
            got = bool(connection.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                          {"key": ADVISORY_KEY}).scalar())
            connection.commit()  # the lock is the session's; the transaction may end
        except Exception:
            connection.close()
            raise
        if not got:
            connection.close()
            return False
        self._lock_connection = connection
        return True

    def run_once(self) -> bool:
        """Sign the head if this process holds the lock and a checkpoint is due."""
        try:
            if not self.holds_lock() or not self.desk.audit.checkpoint_due():
                return False
            info = self.desk.audit.checkpoint(SYSTEM, reason=CHECKPOINT_INTERVAL)
        except AuthDeskError as exc:
            log.warning(json.dumps({"event": "checkpoint.failed", "error": type(exc).__name__}))
            self.release()  # a broken connection: another process may take over
            return False
        except Exception as exc:  # the lock's connection broke (database restarted)
            log.warning(json.dumps({"event": "checkpoint.failed", "error": type(exc).__name__}))
            self.release()
            return False
        log.info(json.dumps({"event": "checkpoint", "seq": info.seq, "key_id": info.key_id}))
        return True

    def release(self) -> None:
        """Give the lock up. The connection is discarded, not returned to the pool: a pooled
        connection would keep the session's lock for whoever gets it next."""
        connection, self._lock_connection = self._lock_connection, None
        if connection is not None:
            try:
                # Unlocked at once (a closed connection's backend lets go a moment later).
                connection.execute(text("SELECT pg_advisory_unlock(:key)"),
                                   {"key": ADVISORY_KEY})
            except Exception:
                log.warning(json.dumps({"event": "checkpoint.unlock_failed"}))
            try:
                connection.invalidate()
                connection.close()
            except Exception:
                log.warning(json.dumps({"event": "checkpoint.lock_close_failed"}))

    # -- the thread -------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="authdesk-checkpoints",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.release()

    def _loop(self) -> None:
        while not self._stop.wait(self.every):
            self.run_once()
