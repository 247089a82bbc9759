"""The workstation's identity in shared mode: its certificate and encrypted key (files named in
config.toml), and the key's passphrase, kept in this workstation's OS keyring by
``authdesk-admin workstation install`` (never in a file). ``AUTHDESK_CLIENT_KEY_PASSPHRASE``
overrides the keyring for services without one (and the tests).

What a workstation then holds: its configuration, the CA certificate, its own certificate and
key, and its checkpoint memory. No database password, no data key, no signing key, no seed.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import keyring.backend
import keyring.errors
from cryptography.hazmat.primitives import serialization

from authdesk.client.remote import ClientIdentity, RemoteDesk
from authdesk.core.config import Config
from authdesk.core.errors import AuthDeskError, ConfigError
from authdesk.core.keys import SERVICE, KeyringUnavailable, usable_backend

PASSPHRASE_ENV = "AUTHDESK_CLIENT_KEY_PASSPHRASE"


class ClientKeyLocked(AuthDeskError):
    template = (
        "This workstation's key ({path}) cannot be opened: {reason}. Ask IT to run "
        "'authdesk-admin workstation install' with the passphrase printed at enrolment."
    )


def passphrase_entry(key_file: Path) -> str:
    """The keyring entry of a key file's passphrase: named by the file's digest, so that a
    replaced key file never meets an old passphrase."""
    digest = hashlib.sha256(key_file.read_bytes()).hexdigest()[:16]
    return f"workstation-key:{digest}"


def check_passphrase(key_file: Path, passphrase: str) -> None:
    try:
        serialization.load_pem_private_key(key_file.read_bytes(), passphrase.encode("utf-8"))
    except OSError as exc:
        raise ClientKeyLocked(path=str(key_file), reason=exc.strerror or "unreadable") from None
    except (ValueError, TypeError):
        raise ClientKeyLocked(path=str(key_file), reason="the passphrase does not open it"
                              ) from None


def install_passphrase(key_file: Path, passphrase: str,
                       backend: keyring.backend.KeyringBackend | None = None) -> str:
    """Prove the passphrase opens the key, then keep it in the keyring; returns the entry."""
    check_passphrase(key_file, passphrase)
    chosen = usable_backend(backend)
    entry = passphrase_entry(key_file)
    try:
        chosen.set_password(SERVICE, entry, passphrase)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(backend=type(exc).__name__) from None
    return entry


def identity_of(config: Config,
                backend: keyring.backend.KeyringBackend | None = None) -> ClientIdentity:
    files = {"client_certificate": config.client_certificate, "client_key": config.client_key,
             "ca_certificate": config.ca_certificate}
    for name, value in files.items():
        if value is None:
            raise ConfigError(path=str(config.config_file),
                              reason=f"shared mode needs {name} as well as server_url")
        if not value.is_file():
            raise ConfigError(path=str(config.config_file), reason=f"{name} {value} is missing")
    key = Path(str(config.client_key))
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        try:
            passphrase = usable_backend(backend).get_password(SERVICE, passphrase_entry(key))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None
    if not passphrase:
        raise ClientKeyLocked(path=str(key), reason="its passphrase is not in this "
                                                    "workstation's keyring")
    check_passphrase(key, passphrase)
    return ClientIdentity(Path(str(config.client_certificate)), key, passphrase,
                          Path(str(config.ca_certificate)))


def open_remote(config: Config) -> RemoteDesk:
    return RemoteDesk(list(config.server_urls), identity_of(config))
