"""The base of every refusal the core can give.

Each error class carries an English ``template`` with named fields. The message is written for
an agent to read out to a caller. The GUI translates by looking up the same template in its
Qt Linguist catalogue (context ``AuthDeskError``) and formatting it with ``params``, so the
wording lives in one place. Error classes live beside the rule that raises them; the
cross-cutting ones live here.
"""

from __future__ import annotations

from typing import Any, ClassVar


class AuthDeskError(Exception):
    """A refusal or failure a person can act on. Never carries a secret."""

    template: ClassVar[str] = "The action was refused."

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class InvalidInput(AuthDeskError):
    """Input that does not have the required form."""

    template = "{field}: {reason}"


class NotFound(AuthDeskError):
    template = "No {what} was found for {key}."


class PermissionDenied(AuthDeskError):
    template = "Your role does not allow this: {operation}."


class ConfigError(AuthDeskError):
    template = "The configuration file {path} cannot be used: {reason}. Fix or remove it."


class DatabaseUnavailable(AuthDeskError):
    template = (
        "The database cannot be reached ({reason}). Check the network and the database "
        "address, then try again."
    )


class DatabaseUpgradeRefused(AuthDeskError):
    template = "The database was not upgraded, and nothing in it was changed: {reason}."


class DatabaseTooNew(AuthDeskError):
    template = (
        "This database was written by a newer version of AuthDesk (schema {found}). "
        "Install the newer version on this workstation."
    )


class DatabaseNotInitialised(AuthDeskError):
    template = "The database has not been set up yet. Run 'authdesk-admin init' first."


class AuditLogWritable(AuthDeskError):
    """PostgreSQL: the role the application connects as could change or delete audit rows."""

    template = (
        "AuthDesk does not start as database role {role}, because that role can {what}; "
        "connect as the application role that 'authdesk-admin init --owner-url URL "
        "--app-role NAME' sets up (see docs/deployment-database.md)."
    )


class AppRoleNotSetUp(AuthDeskError):
    template = "The application's database role was not set up: {reason}."


class RefuseAfterCommit(Exception):
    """Raised inside ``Desk.write()``: keep what the transaction wrote (the audit event of a
    refused attempt, a failure count), commit it, then raise ``error`` to the caller."""

    def __init__(self, error: AuthDeskError) -> None:
        super().__init__(str(error))
        self.error = error
