"""What every ``authdesk-admin`` command works with: the configuration, the database, the
signed-in person, prompts for secrets, and output in text or JSON.

The admin CLI acts only as a signed-in person (``--user NAME``; the password and the code from
that person's authenticator app are prompted, or read as two lines of standard input), with that
person's roles, exactly like the desktop app. There is no unnamed administrator."""

from __future__ import annotations

import contextlib
import getpass
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from authdesk.core.authority import SessionHandle
from authdesk.core.config import Config
from authdesk.core.desk import Desk
from authdesk.core.errors import AuthDeskError, DatabaseNotInitialised
from authdesk.core.kernel import storage_errors
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database


class UsageError(AuthDeskError):
    """Bad arguments or missing input: exit code 2."""

    template = "{reason}"


class Prompter:
    """Reads what must never come from argv. On a terminal: a prompt (passwords hidden, typed
    twice when new). Otherwise: the next line of standard input, so scripts can pipe them."""

    def __init__(self, stdin: IO[str], stderr: IO[str], interactive: bool | None = None) -> None:
        self.stdin = stdin
        self.stderr = stderr
        self.interactive = stdin.isatty() if interactive is None else interactive

    def _line(self, what: str) -> str:
        line = self.stdin.readline()
        if not line:
            raise UsageError(reason=f"{what} was expected on standard input but none was given")
        return line.rstrip("\r\n")

    def text(self, label: str) -> str:
        if self.interactive:
            # The prompt goes where getpass puts its own, not to stdout: stdout carries only
            # the result, and with --json one JSON document (a sign-in asks for a code first).
            self.stderr.write(f"{label}: ")
            self.stderr.flush()
            try:
                return input().strip()
            except EOFError:
                raise UsageError(reason=f"no {label.lower()} was given") from None
        return self._line(f"the {label.lower()}").strip()

    def secret(self, label: str, *, confirm: bool = False) -> str:
        if not self.interactive:
            return self._line(f"the {label.lower()}")
        try:
            first = getpass.getpass(f"{label}: ")
            if confirm and getpass.getpass(f"{label} (again): ") != first:
                raise UsageError(reason=f"the two entries of the {label.lower()} differ")
        except EOFError:
            raise UsageError(reason=f"no {label.lower()} was given") from None
        return first


@dataclass
class Output:
    """Text for people, or one JSON document on stdout with ``--json``."""

    json_mode: bool
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)

    def result(self, data: Any, lines: list[str] | str) -> None:
        if self.json_mode:
            json.dump(data, self.stdout, ensure_ascii=False, indent=2, default=str)
            self.stdout.write("\n")
        else:
            for line in [lines] if isinstance(lines, str) else lines:
                self.stdout.write(line + "\n")
        self.stdout.flush()

    def error(self, sentence: str) -> None:
        self.stderr.write(f"authdesk-admin: {sentence}\n")
        self.stderr.flush()

    def progress(self, label: str) -> Any:
        """A progress callback that draws on an interactive stderr only."""
        if self.json_mode or not self.stderr.isatty():
            return None

        def show(done: int, total: int) -> None:
            self.stderr.write(f"\r{label}: {done:,}/{total:,}")
            if done >= total:
                self.stderr.write("\n")
            self.stderr.flush()

        return show


    def counter(self, label: str) -> Callable[[int], None] | None:
        """A callback for work whose total is not known ahead (rows of a streamed file): draws
        the count so far on an interactive stderr only."""
        if self.json_mode or not self.stderr.isatty():
            return None

        def show(done: int) -> None:
            self.stderr.write(f"\r{label}: {done:,}")
            self.stderr.flush()

        return show

    def end_counter(self, shown: Callable[[int], None] | None) -> None:
        if shown is not None:
            self.stderr.write("\n")
            self.stderr.flush()


class SignInNeeded(UsageError):
    template = (
        "this command acts as a signed-in person: add --user NAME (the password and the code "
        "from that person's authenticator app are then asked for, or read as two lines of "
        "standard input)"
    )


@dataclass
class Context:
    config: Config
    out: Output
    prompter: Prompter
    workstation: Workstation
    username: str | None = None
    _db: Database | None = None
    _desk: Desk | None = None
    _handle: SessionHandle | None = None

    @classmethod
    def create(cls, config: Config, out: Output, prompter: Prompter,
               username: str | None = None) -> Context:
        workstation = Workstation.local(config.data_dir, config.workstation,
                                        config.witness_dir)
        return cls(config, out, prompter, workstation, username)

    def signed_in(self, desk: Desk | None = None) -> tuple[Desk, SessionHandle]:
        """The desk and the session of ``--user``, signed in once per command."""
        desk = desk or self.open_desk()
        if self._handle is None:
            if not self.username:
                raise SignInNeeded()
            password = self.prompter.secret(f"Password of {self.username}")
            code = self.prompter.text("Code from your authenticator app")
            self._handle = desk.staff.sign_in(self.username, password, code)
        return desk, self._handle

    def database(self, *, create: bool = False) -> Database:
        """The configured database. Only ``init`` may create a new SQLite file: a mistyped
        path elsewhere is reported, not silently created."""
        if self._db is None:
            url = self.config.database_url
            with storage_errors():
                if not create and url.startswith("sqlite"):
                    try:
                        path = make_url(url).database
                    except ArgumentError:
                        path = None  # Database() below says what is wrong with it
                    if path and path != ":memory:" and not Path(path).exists():
                        raise DatabaseNotInitialised()
                self._db = Database(url)
        return self._db

    def open_desk(self, *, as_owner: bool = False) -> Desk:
        """The desk on the configured database; ``as_owner`` only for init, which works as the
        tables' owner (see ``Desk.open``)."""
        if self._desk is None and self.config.shared:
            # Shared mode (issue 10): the same services on the AuthDesk server, over HTTPS
            # with this workstation's certificate (client.wire lists what crosses).
            from authdesk.client.identity import open_remote

            self._desk = cast(Desk, open_remote(self.config))
        if self._desk is None:
            self._desk = Desk.open(self.database(), workstation=self.workstation,
                                   as_owner=as_owner)
        return self._desk

    def close(self) -> None:
        try:
            if self._handle is not None and self._desk is not None:
                # A session that already ended (locked out, disabled) has nothing to sign out.
                with contextlib.suppress(AuthDeskError):
                    self._desk.staff.sign_out(self._handle)
        finally:
            self._handle = None
            if self._db is not None:
                self._db.dispose()
            close_remote = getattr(self._desk, "close", None)  # shared mode's connection
            if close_remote is not None:
                close_remote()
