"""Helpers for the GUI tests (imported by conftest.py and the tests)."""

from __future__ import annotations

from typing import Any

import pyotp

from authdesk.core.authority import SessionHandle
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError
from authdesk.core.roles import Role
from authdesk.gui.kit.session import SignedIn

PASSWORD = "correct horse battery"
IT_ADMIN = "it.admin"


def employee_no_for(username: str) -> str:
    """A canonical employee number made from a username: 'sato.agent' -> 'E-SATO-AGENT'."""
    return "E-" + username.upper().replace(".", "-").replace("_", "-")


def key_on_screen(panel: Any) -> str:
    """What a person would type from the screen: the grouped key without its spaces."""
    return str(panel.manual_key.text()).replace(" ", "")


class People:
    """Staff made through the core (the admin CLI's path), with their authenticator keys.

    There is no unnamed administrator: the first one is created with ``create_first_admin``
    (``add("admin", Role.ADMIN)``, or ``it.admin`` when a test adds someone else first), and
    every other account is added by that administrator, signed in like anyone."""

    def __init__(self, desk: Desk, clock: FakeClock) -> None:
        self.desk = desk
        self.clock = clock
        self.keys: dict[str, str] = {}
        self.first_admin: str | None = None
        self._admin_handle: SessionHandle | None = None

    def add(self, username: str, *roles: Role) -> str:
        if Role.ADMIN in roles and not self.desk.staff.has_admin():
            enrol = self.desk.staff.create_first_admin(
                username=username, display_name=username.title(),
                employee_no=employee_no_for(username), password=PASSWORD)
            self.first_admin = username
        else:
            enrol = self.desk.staff.add(self.admin(), username=username,
                                        display_name=username.title(),
                                        employee_no=employee_no_for(username),
                                        roles=frozenset(roles), password=PASSWORD)
        self.keys[username] = enrol.manual_key
        return enrol.manual_key

    def admin(self) -> SessionHandle:
        """A live session of the first administrator (created first if there is none)."""
        if self.first_admin is None:
            self.add(IT_ADMIN, Role.ADMIN)
        assert self.first_admin is not None
        if self._admin_handle is not None:
            try:
                self.desk.staff.check_session(self._admin_handle)
                return self._admin_handle
            except AuthDeskError:  # idle-locked or ended while the test moved the clock on
                pass
        self._admin_handle = self.sign_in(self.first_admin)
        return self._admin_handle

    def code(self, username: str) -> str:
        return pyotp.TOTP(self.keys[username]).at(self.clock.now())

    def sign_in(self, username: str) -> SessionHandle:
        """Sign in through the core, at a fresh time step."""
        self.clock.advance(seconds=30)
        return self.desk.staff.sign_in(username, PASSWORD, self.code(username))

    def signed_in(self, username: str) -> SignedIn:
        """What the sign-in window hands to the main window."""
        handle = self.sign_in(username)
        return SignedIn(handle, self.desk.staff.me(handle))
