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
# Issue 11, e-mail notices: the SMTP server (docs/notices.md); the password is in the keyring.
_SMTP_KEYS = {"smtp_host", "smtp_port", "smtp_security", "smtp_user"}
_KNOWN_KEYS |= _SMTP_KEYS
SMTP_SECURITY = ("starttls", "tls", "none")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class SmtpSettings:
    """Where e-mail notices go out. ``security``: "starttls" (port 587), "tls" (implicit TLS,
    port 465) or "none", accepted only for a relay on this machine (localhost). The login
    password is never here: it is in the OS keyring (core.emailnotices)."""

    host: str
    port: int
    security: str = "starttls"
    user: str | None = None


def smtp_settings(values: dict[str, object], path: Path) -> SmtpSettings | None:
    """The SMTP settings of a config file's values; None when no smtp_host is given."""
    host = str(values.get("smtp_host") or "").strip()
    if not host:
        return None
    security = str(values.get("smtp_security") or "starttls").strip().lower()
    if security not in SMTP_SECURITY:
        raise ConfigError(path=str(path), reason="smtp_security must be starttls, tls or none")
    if security == "none" and host not in LOOPBACK_HOSTS:
        raise ConfigError(path=str(path), reason="smtp_security none is accepted only for a "
                                                 "relay on this machine (localhost)")
    default_port = {"starttls": 587, "tls": 465, "none": 25}[security]
    port_text = str(values.get("smtp_port") or default_port).strip()
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ConfigError(path=str(path), reason="smtp_port must be a port number")
    user = str(values.get("smtp_user") or "").strip() or None
    if user is not None and security == "none":
        raise ConfigError(path=str(path), reason="an SMTP login needs smtp_security starttls "
                                                 "or tls: the password never travels in clear")
    return SmtpSettings(host=host, port=int(port_text), security=security, user=user)


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
    # Issue 11: the SMTP server for e-mail notices; None: not configured.
    smtp: SmtpSettings | None = None

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
                  files["ca_certificate"], url_from,
                  smtp=smtp_settings(values, path))


def _server_urls(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    items = value if isinstance(value, list) else str(value).replace(",", " ").split()
    return tuple(str(v).strip() for v in items if str(v).strip())
