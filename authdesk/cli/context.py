"""What every ``authdesk-admin`` command works with: the configuration, the database, the
acting identity, prompts for secrets, and output in text or JSON."""

from __future__ import annotations

import getpass
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from authdesk.core.config import Config
from authdesk.core.desk import Desk, storage_errors, system_actor
from authdesk.core.errors import AuthDeskError, DatabaseNotInitialised
from authdesk.core.roles import Actor
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database


class UsageError(AuthDeskError):
    """Bad arguments or missing input: exit code 2."""

    template = "{reason}"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


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
            try:
                return input(f"{label}: ").strip()
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


@dataclass
class Context:
    config: Config
    out: Output
    prompter: Prompter
    workstation: Workstation
    actor: Actor
    _db: Database | None = None

    @classmethod
    def create(cls, config: Config, out: Output, prompter: Prompter) -> Context:
        workstation = Workstation.local(config.data_dir, config.workstation)
        actor = system_actor(workstation, username=f"cli:{os_user()}"[:64])
        return cls(config, out, prompter, workstation, actor)

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

    def open_desk(self) -> Desk:
        return Desk.open(self.database(), workstation=self.workstation)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
