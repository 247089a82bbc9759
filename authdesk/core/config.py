"""Where things are: the database URL, the data directory, the workstation name, the language.

Order: environment (``AUTHDESK_DATABASE_URL``, ``AUTHDESK_DATA_DIR``, ``AUTHDESK_WORKSTATION``,
``AUTHDESK_WITNESS_DIR``)
over the config file (``config.toml`` in the user config directory, or ``AUTHDESK_CONFIG``)
over defaults (SQLite in the user data directory).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from authdesk.core.errors import ConfigError

APP_DIR_NAME = "AuthDesk"
_KNOWN_KEYS = {"database_url", "workstation", "language", "witness_dir"}


@dataclass(frozen=True)
class Config:
    database_url: str
    data_dir: Path
    workstation: str | None
    language: str | None
    config_file: Path
    # The witness directory for signed checkpoints (core.witness); None: not configured.
    witness_dir: Path | None = None

    @property
    def embedded(self) -> bool:
        return self.database_url.startswith("sqlite")


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
            if not isinstance(value, str):
                raise ConfigError(path=str(path), reason=f"{key} must be text")
    data_dir = default_data_dir()
    url = (
        database_url
        or os.environ.get("AUTHDESK_DATABASE_URL")
        or str(values.get("database_url") or "")
        or f"sqlite:///{data_dir / 'authdesk.db'}"
    )
    workstation = os.environ.get("AUTHDESK_WORKSTATION") or values.get("workstation")
    language = values.get("language")
    witness = os.environ.get("AUTHDESK_WITNESS_DIR") or values.get("witness_dir")
    return Config(url, data_dir, str(workstation) if workstation else None,
                  str(language) if language else None, path,
                  Path(str(witness)) if witness else None)
