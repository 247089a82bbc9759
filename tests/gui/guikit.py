"""Helpers for the GUI tests (imported by conftest.py and the tests)."""

from __future__ import annotations

from typing import Any

import pyotp

from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk, system_actor
from authdesk.core.roles import Actor, Role

PASSWORD = "correct horse battery"


def employee_no_for(username: str) -> str:
    """A canonical employee number made from a username: 'sato.agent' -> 'E-SATO-AGENT'."""
    return "E-" + username.upper().replace(".", "-").replace("_", "-")


def key_on_screen(panel: Any) -> str:
    """What a person would type from the screen: the grouped key without its spaces."""
    return str(panel.manual_key.text()).replace(" ", "")


class People:
    """Staff made through the core (the admin CLI's path), with their authenticator keys."""

    def __init__(self, desk: Desk, clock: FakeClock) -> None:
        self.desk = desk
        self.clock = clock
        self.keys: dict[str, str] = {}
        self.admin_actor: Actor | None = None

    def add(self, username: str, *roles: Role) -> str:
        cli = system_actor(self.desk.workstation)
        if Role.ADMIN in roles and not self.desk.staff.has_admin():
            enrol = self.desk.staff.create_first_admin(
                cli, username=username, display_name=username.title(),
                employee_no=employee_no_for(username), password=PASSWORD)
        else:
            enrol = self.desk.staff.add(cli, username=username, display_name=username.title(),
                                        employee_no=employee_no_for(username),
                                        roles=frozenset(roles), password=PASSWORD)
        self.keys[username] = enrol.manual_key
        return enrol.manual_key

    def code(self, username: str) -> str:
        return pyotp.TOTP(self.keys[username]).at(self.clock.now())

    def sign_in(self, username: str) -> Actor:
        """Sign in through the core, at a fresh time step."""
        self.clock.advance(seconds=30)
        return self.desk.staff.sign_in(username, PASSWORD, self.code(username))
