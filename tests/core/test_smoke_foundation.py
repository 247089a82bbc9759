from __future__ import annotations

import pyotp

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk, system_actor
from authdesk.core.roles import Role


def test_init_add_signin_verify(desk: Desk, clock: FakeClock) -> None:
    cli = system_actor(desk.workstation)
    enrol = desk.staff.create_first_admin(cli, username="admin", display_name="Admin",
                                          employee_no="E001", password="correct horse battery")
    code = pyotp.TOTP(enrol.manual_key).at(clock.now())
    admin = desk.staff.sign_in("admin", "correct horse battery", code)
    assert Role.ADMIN in admin.roles
    desk.staff.add(admin, username="agent1", display_name="Agent One", employee_no="E002",
                   roles=frozenset({Role.AGENT}), password="another long password")
    desk.audit.checkpoint(cli)
    result = desk.audit.verify(cli)
    assert result.ok, result.damage
    assert result.events >= 4
