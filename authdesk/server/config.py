"""The server's configuration: one TOML file (``authdesk-server --config FILE``).

    database_url = "postgresql://authdesk_app@db.example/authdesk"   # no password here
    listen = "0.0.0.0:8443"
    certificate = "/etc/authdesk/server.crt"       # authdesk-admin server certificate
    key = "/etc/authdesk/server.key"
    ca_certificate = "/etc/authdesk/ca.crt"        # the installation's CA
    data_dir = "/var/lib/authdesk"                 # the server's checkpoint memory
    key_file = "/etc/authdesk/keys.json"           # optional: else the host's keyring
    revocation_cache_seconds = 5

The database password comes from ``~/.pgpass`` or ``PGPASSWORD``, the key file's passphrase
from ``AUTHDESK_KEY_PASSPHRASE`` (or a prompt on a terminal): never from this file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from authdesk.core.errors import ConfigError

_KNOWN = {"database_url", "listen", "certificate", "key", "ca_certificate", "data_dir",
          "key_file", "revocation_cache_seconds", "witness_dir"}
_REQUIRED = ("database_url", "certificate", "key", "ca_certificate", "data_dir")
DEFAULT_LISTEN = "127.0.0.1:8443"
DEFAULT_REVOCATION_CACHE = 5.0
MAX_REVOCATION_CACHE = 60.0


@dataclass(frozen=True)
class ServerConfig:
    database_url: str
    host: str
    port: int
    certificate: Path
    key: Path
    ca_certificate: Path
    data_dir: Path
    key_file: Path | None
    revocation_cache_seconds: float
    witness_dir: Path | None
    config_file: Path


def load_server_config(path: Path) -> ServerConfig:
    def refuse(reason: str) -> ConfigError:
        return ConfigError(path=str(path), reason=reason)

    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise refuse("it does not exist") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise refuse(str(exc).splitlines()[0]) from None
    unknown = set(values) - _KNOWN
    if unknown:
        raise refuse(f"unknown setting {sorted(unknown)[0]!r}")
    for name in _REQUIRED:
        if not isinstance(values.get(name), str) or not values[name]:
            raise refuse(f"{name} is missing")
    url = str(values["database_url"])
    try:
        if make_url(url).password is not None:
            raise refuse("database_url holds a password; put it in ~/.pgpass or PGPASSWORD")
    except ArgumentError:
        raise refuse("database_url is not a database address") from None
    listen = str(values.get("listen", DEFAULT_LISTEN))
    host, _, port_text = listen.rpartition(":")
    if not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise refuse("listen must be HOST:PORT")
    cache = values.get("revocation_cache_seconds", DEFAULT_REVOCATION_CACHE)
    if not isinstance(cache, int | float) or not 0 <= cache <= MAX_REVOCATION_CACHE:
        raise refuse(f"revocation_cache_seconds must be 0 to {MAX_REVOCATION_CACHE:.0f}")

    def file(name: str) -> Path:
        return (path.parent / str(values[name])).resolve()

    return ServerConfig(
        database_url=url, host=host.strip("[]"), port=int(port_text),
        certificate=file("certificate"), key=file("key"),
        ca_certificate=file("ca_certificate"), data_dir=file("data_dir"),
        key_file=file("key_file") if values.get("key_file") else None,
        revocation_cache_seconds=float(cache),
        witness_dir=file("witness_dir") if values.get("witness_dir") else None,
        config_file=path)
