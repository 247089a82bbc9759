"""The people a benchmark acts as: there is no unnamed administrator, so a benchmark creates
the first administrator on its empty database, lets them add an auditor, and signs both in with
password and code, as the admin CLI's ``init`` and ``--user`` would."""

from __future__ import annotations

import pyotp

from authdesk.core.authority import SessionHandle
from authdesk.core.desk import Desk
from authdesk.core.roles import Role

PASSWORD = "benchmark password"


def _sign_in(desk: Desk, username: str, key: str) -> SessionHandle:
    return desk.staff.sign_in(username, PASSWORD, pyotp.TOTP(key).at(desk.clock.now()))


def auditor_session(desk: Desk) -> SessionHandle:
    """A signed-in auditor on an empty database (after its first administrator)."""
    admin_key = desk.staff.create_first_admin(username="bench.admin", display_name="Benchmark",
                                              employee_no="BENCH-1", password=PASSWORD).manual_key
    admin = _sign_in(desk, "bench.admin", admin_key)
    auditor_key = desk.staff.add(admin, username="bench.auditor", display_name="Benchmark",
                                 employee_no="BENCH-2", roles=frozenset({Role.AUDITOR}),
                                 password=PASSWORD).manual_key
    desk.staff.sign_out(admin)
    return _sign_in(desk, "bench.auditor", auditor_key)


def sign_in(desk: Desk, username: str, key: str) -> SessionHandle:
    """``username`` signed in with the benchmark password and a code from ``key``."""
    return _sign_in(desk, username, key)
