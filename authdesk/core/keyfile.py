"""Passphrase-protected key files: how IT carries one database's keys to a second workstation.

The file is JSON. The key material (``KeyStore.export_material``) is encrypted with AES-256-GCM
under a key derived from the passphrase with scrypt; the header (format, database id, key id,
KDF parameters) is bound as associated data, so it cannot be swapped onto another file.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from authdesk.core.errors import AuthDeskError

FORMAT = "authdesk-keys"
VERSION = 1
MIN_PASSPHRASE = 12
# scrypt N=2^15, r=8, p=1: 32 MiB and about 0.1 s, the cost RFC 7914 suggests for files.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class KeyFileUnreadable(AuthDeskError):
    template = "{path} is not an AuthDesk key file ({reason})."


class WrongPassphrase(AuthDeskError):
    template = "The passphrase does not open this key file. Nothing was imported."


class KeyFileForOtherDatabase(AuthDeskError):
    template = (
        "This key file holds the keys of database {found}, not of this database ({expected}). "
        "Nothing was imported."
    )


class WeakPassphrase(AuthDeskError):
    template = "A key-file passphrase needs at least {length} characters."


@dataclass(frozen=True)
class KeyFileHeader:
    database_id: str
    key_id: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _associated(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(material: dict[str, str], passphrase: str, header: KeyFileHeader) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(length=MIN_PASSPHRASE)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    head: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "database_id": header.database_id,
        "key_id": header.key_id, "kdf": {"name": "scrypt", "salt": _b64(salt), **_SCRYPT},
        "cipher": "AES-256-GCM",
    }
    key = _derive(passphrase, salt, **_SCRYPT)
    plaintext = json.dumps(material, sort_keys=True).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, plaintext, _associated(head))
    document = {**head, "nonce": _b64(nonce), "ciphertext": _b64(sealed)}
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def read_header(blob: bytes, path: str) -> tuple[KeyFileHeader, dict[str, Any]]:
    try:
        document = json.loads(blob.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("wrong format")
        if document.get("version") != VERSION:
            raise ValueError(f"version {document.get('version')} is not supported")
        header = KeyFileHeader(str(document["database_id"]), str(document["key_id"]))
    except (UnicodeDecodeError, ValueError, KeyError) as exc:
        raise KeyFileUnreadable(path=path, reason=str(exc) or type(exc).__name__) from None
    return header, document


def unseal(blob: bytes, passphrase: str, path: str) -> tuple[KeyFileHeader, dict[str, str]]:
    """The header and the key material, or a typed refusal. Nothing is stored here."""
    header, document = read_header(blob, path)
    head = {k: v for k, v in document.items() if k not in ("nonce", "ciphertext")}
    try:
        kdf = document["kdf"]
        if kdf.get("name") != "scrypt":
            raise ValueError("unknown key derivation")
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(document["nonce"], validate=True)
        sealed = base64.b64decode(document["ciphertext"], validate=True)
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if n > 2**20 or r > 32 or p > 16:  # refuse parameters that would exhaust memory
            raise ValueError("key derivation parameters out of range")
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise KeyFileUnreadable(path=path, reason=str(exc) or type(exc).__name__) from None
    try:
        plaintext = AESGCM(_derive(passphrase, salt, n, r, p)).decrypt(
            nonce, sealed, _associated(head))
    except (InvalidTag, ValueError):
        raise WrongPassphrase() from None
    material = json.loads(plaintext)
    return header, {"data_key": str(material["data_key"]),
                    "signing_key": str(material["signing_key"])}
