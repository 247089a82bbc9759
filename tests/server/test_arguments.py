"""What a request's arguments may not carry: a session handle (it travels in its header only) or
an Actor (only the kernel builds one, from the session it re-reads)."""

from __future__ import annotations

import pytest

from authdesk.client import wire
from authdesk.core.authority import Actor, SessionHandle
from authdesk.core.remote import ServerRefused
from authdesk.core.roles import Role
from authdesk.server.app import _arguments


def request(*args: object) -> dict[str, object]:
    return {"args": wire.encode(list(args)), "kwargs": wire.encode({})}


def test_plain_arguments_pass() -> None:
    assert _arguments(request(7, "ミホン")) == ([7, "ミホン"], {})


@pytest.mark.parametrize("smuggled", [
    SessionHandle("someone else's token"),
    Actor(username="it.admin", roles=frozenset({Role.ADMIN}), workstation="server"),
])
def test_a_handle_or_an_actor_in_the_arguments_is_refused(smuggled: object) -> None:
    with pytest.raises(ServerRefused):
        _arguments(request(1, smuggled))
