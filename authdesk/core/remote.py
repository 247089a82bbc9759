"""Shared mode's rules and refusals that live in the core (issue 10): a staff session is bound
to the workstation that opened it, and the refusals a workstation can hear from the server or
its own transport. The GUI translates these like every other ``AuthDeskError``.

The server (``authdesk.server``) and the client (``authdesk.client``) use this module; the core
never imports them.
"""

from __future__ import annotations

from dataclasses import replace

from authdesk.core.actions import Action
from authdesk.core.authority import Principal, SessionHandle
from authdesk.core.errors import AuthDeskError
from authdesk.core.kernel import Kernel, actor_of
from authdesk.storage.models import Staff

# What ``access.refused`` names as the operation when a session is used from elsewhere.
USE_SESSION = "session.use"


class SessionOfAnotherWorkstation(AuthDeskError):
    template = (
        "This session was opened on another workstation, so it cannot be used here. "
        "Please sign in on this workstation."
    )


class ServerUnreachable(AuthDeskError):
    template = (
        "The AuthDesk server cannot be reached ({reason}). Nothing was done. Check the network, "
        "then try again; if it persists, tell IT."
    )


class AnswerLost(AuthDeskError):
    template = (
        "The AuthDesk server did not answer in time, and it is not known whether this was done "
        "({reason}). Look at the record before you try again."
    )


class WorkstationRefused(AuthDeskError):
    template = (
        "The AuthDesk server refused this workstation's certificate ({reason}). Ask IT to "
        "enrol the workstation again."
    )


class StillRunning(AuthDeskError):
    template = (
        "The AuthDesk server is still working on this action (or was cut off while doing it). "
        "Look at the record before you do it again."
    )


class ServerRefused(AuthDeskError):
    """An answer the client could not turn into the core's own refusal (a version mismatch)."""

    template = "The AuthDesk server refused the request: {reason}."


def refuse_session_of_other_workstation(kernel: Kernel, handle: Principal) -> None:
    """Refuse (and audit) a session handle used from another workstation than the one that
    opened it: a stolen handle is no use elsewhere. ``kernel.workstation`` is the workstation
    asking, as its certificate names it. Anything that is not a live handle passes here; the
    operation's own ``authorize`` refuses it."""
    if not isinstance(handle, SessionHandle):
        return
    with kernel.read() as s:
        row = kernel.session_row(s, handle)
        if row is None or row.workstation == kernel.workstation.name:
            return
        staff = s.get(Staff, row.staff_id)
        actor = actor_of(row, staff) if staff is not None else None
        session_id, opened_on = row.id, row.workstation
    if actor is not None:
        with kernel.write() as s:
            kernel.record(s, replace(actor, workstation=kernel.workstation.name),
                          Action.ACCESS_REFUSED, subject=f"staff:{actor.username}",
                          outcome="refused", role=None,
                          details={"operation": USE_SESSION, "session": session_id,
                                   "opened_on": opened_on})
    raise SessionOfAnotherWorkstation()
