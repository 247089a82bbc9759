from __future__ import annotations

import pyotp

from authdesk.core.authority import SYSTEM
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.roles import Role


def test_init_add_signin_verify(desk: Desk, clock: FakeClock) -> None:
    enrol = desk.staff.create_first_admin(username="admin", display_name="Admin",
                                          employee_no="E001", password="correct horse battery")
    code = pyotp.TOTP(enrol.manual_key).at(clock.now())
    admin = desk.staff.sign_in("admin", "correct horse battery", code)
    assert Role.ADMIN in desk.staff.me(admin).roles
    auditor_key = desk.staff.add(admin, username="auditor1", display_name="Auditor One",
                                 employee_no="E002", roles=frozenset({Role.AUDITOR}),
                                 password="another long password").manual_key
    auditor = desk.staff.sign_in("auditor1", "another long password",
                                 pyotp.TOTP(auditor_key).at(clock.now()))
    desk.audit.checkpoint(SYSTEM)
    result = desk.audit.verify(auditor)
    assert result.ok, result.damage
    assert result.events >= 6
