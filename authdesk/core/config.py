"""Where things are: the database URL, the data directory, the workstation name, the language.

Order: environment (``AUTHDESK_DATABASE_URL``, ``AUTHDESK_DATA_DIR``, ``AUTHDESK_WORKSTATION``,
``AUTHDESK_WITNESS_DIR``)
over the config file (``config.toml`` in the user config directory, or ``AUTHDESK_CONFIG``)
over defaults (SQLite in the user data directory).

Shared mode (issue 10): ``server_url`` (one URL or a list, for fail-over; or
``AUTHDESK_SERVER_URL``, comma-separated) with ``client_certificate``, ``client_key`` and
``ca_certificate`` names the AuthDesk server a workstation talks to. A workstation never
connects to the shared PostgreSQL itself: ``refuse_direct_shared_database`` refuses a
``database_url`` from the file or the environment that is not an embedded SQLite file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from authdesk.core.errors import AuthDeskError, ConfigError

APP_DIR_NAME = "AuthDesk"
_KNOWN_KEYS = {"database_url", "workstation", "language", "witness_dir",
               # shared mode (issue 10)
               "server_url", "client_certificate", "client_key", "ca_certificate"}


@dataclass(frozen=True)
class Config:
    database_url: str
    data_dir: Path
    workstation: str | None
    language: str | None
    config_file: Path
    # The witness directory for signed checkpoints (core.witness); None: not configured.
    witness_dir: Path | None = None
    # Shared mode (issue 10): the AuthDesk server's URLs, in fail-over order, and this
    # workstation's certificate, key and the installation's CA certificate.
    server_urls: tuple[str, ...] = ()
    client_certificate: Path | None = None
    client_key: Path | None = None
    ca_certificate: Path | None = None
    # Where database_url came from: "explicit" (a --db option), "environment", "file" or
    # "default".
    database_url_from: str = "default"

    @property
    def embedded(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def shared(self) -> bool:
        """Shared mode: this workstation talks to an AuthDesk server."""
        return bool(self.server_urls)


class SharedDatabaseNotAllowed(AuthDeskError):
    template = (
        "The configuration names a shared database ({url}). Workstations never connect to it "
        "directly: set server_url to the AuthDesk server's address instead (or "
        "AUTHDESK_SERVER_URL), and remove database_url."
    )


class SharedModeNotInDesktopApp(AuthDeskError):
    template = (
        "This version of the desktop app works with its embedded database only. In shared mode "
        "(server_url) use authdesk-admin on this workstation, or remove server_url."
    )


def refuse_direct_shared_database(config: Config) -> None:
    """A workstation's configuration (file or environment) may name an embedded SQLite
    database or an AuthDesk server, never the shared PostgreSQL: the server is its only client.
    An address given explicitly (``authdesk-admin --db`` on the server host, for set-up and
    upgrades) is the administrator's choice."""
    if config.embedded or config.database_url_from == "explicit":
        return
    if config.database_url_from in ("file", "environment"):
        raise SharedDatabaseNotAllowed(url=_without_password(config.database_url))


def _without_password(url: str) -> str:
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1@", url)


def default_config_file() -> Path:
    env = os.environ.get("AUTHDESK_CONFIG")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "config.toml"


def default_data_dir() -> Path:
    env = os.environ.get("AUTHDESK_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def load_config(path: Path | None = None, *, database_url: str | None = None) -> Config:
    """Read the configuration; a corrupt file is refused with ConfigError, never half-used."""
    path = path or default_config_file()
    values: dict[str, object] = {}
    if path.exists():
        import tomllib  # only when there is a file to read: it is not free at start-up

        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(path=str(path), reason=str(exc).splitlines()[0]) from None
        unknown = set(values) - _KNOWN_KEYS
        if unknown:
            raise ConfigError(path=str(path), reason=f"unknown setting {sorted(unknown)[0]!r}")
        for key, value in values.items():
            if key == "server_url" and isinstance(value, list) and all(
                    isinstance(v, str) for v in value):
                continue  # several servers, for fail-over
            if not isinstance(value, str):
                raise ConfigError(path=str(path), reason=f"{key} must be text")
    data_dir = default_data_dir()
    url = (
        database_url
        or os.environ.get("AUTHDESK_DATABASE_URL")
        or str(values.get("database_url") or "")
        or f"sqlite:///{data_dir / 'authdesk.db'}"
    )
    url_from = ("explicit" if database_url else
                "environment" if os.environ.get("AUTHDESK_DATABASE_URL") else
                "file" if values.get("database_url") else "default")
    servers = _server_urls(os.environ.get("AUTHDESK_SERVER_URL") or values.get("server_url"))
    if servers and url_from in ("file", "environment"):
        raise ConfigError(path=str(path), reason="name either server_url or database_url, "
                                                 "not both")
    files = {key: (path.parent / str(values[key])) if values.get(key) else None
             for key in ("client_certificate", "client_key", "ca_certificate")}
    workstation = os.environ.get("AUTHDESK_WORKSTATION") or values.get("workstation")
    language = values.get("language")
    witness = os.environ.get("AUTHDESK_WITNESS_DIR") or values.get("witness_dir")
    return Config(url, data_dir, str(workstation) if workstation else None,
                  str(language) if language else None, path,
                  Path(str(witness)) if witness else None,
                  servers, files["client_certificate"], files["client_key"],
                  files["ca_certificate"], url_from)


def _server_urls(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    items = value if isinstance(value, list) else str(value).replace(",", " ").split()
    return tuple(str(v).strip() for v in items if str(v).strip())
