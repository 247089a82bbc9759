"""The key store: two keys held in the OS credential store (keyring), never in the database.

- the data key (AES-256-GCM) encrypts TOTP seeds of customers and staff;
- the signing key (Ed25519) signs audit checkpoints. ``authdesk-admin keys rotate`` replaces it
  (keyservice.KeyService.rotate); earlier public keys stay in the database's ``audit_key``
  table with the hand-over both keys signed (``HandOver``, ``trusted_keys``).

The database keeps only a key-check value (a known text encrypted under the data key) and the
signing public key, so that a missing or wrong key is reported before anything is read or
written. There is no plaintext fallback: without a usable keyring the key store refuses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from authdesk.core.errors import AuthDeskError

SERVICE = "AuthDesk"
_KEY_CHECK_PLAINTEXT = b"authdesk key check v1"
_NONCE = 12
# The fingerprint key is derived from the data key (HKDF-SHA-256 with this info, no salt): kept
# with the other keys without a keyring entry of its own. docs/audit-format.md, "Fingerprints".
FINGERPRINT_INFO = b"authdesk-fingerprint-v1"
FINGERPRINT_HEX = 32  # a fingerprint is the first 128 bits of the HMAC, in hex


class KeyringUnavailable(AuthDeskError):
    template = (
        "No secure credential store (OS keyring) is available on this workstation ({backend}). "
        "AuthDesk keeps its keys only there. On Windows and macOS it is built in; on Linux start "
        "a Secret Service such as GNOME Keyring or KWallet, then try again."
    )


class KeysMissing(AuthDeskError):
    template = (
        "The keys for this database are not in this workstation's credential store. "
        "Ask an administrator to import them (authdesk-admin keys import)."
    )


class WrongKey(AuthDeskError):
    template = (
        "The keys in this workstation's credential store do not belong to this database "
        "(key check failed). Nothing was read or written. Ask an administrator."
    )


class DecryptionFailed(AuthDeskError):
    template = "A stored secret could not be decrypted; it may have been altered."


def usable_backend(backend: keyring.backend.KeyringBackend | None = None) -> (
    keyring.backend.KeyringBackend
):
    """The keyring backend to use, or KeyringUnavailable. Never a plaintext file backend."""
    chosen = backend or keyring.get_keyring()
    name = f"{type(chosen).__module__}.{type(chosen).__name__}"
    refused = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file")
    if name.startswith(refused) or getattr(chosen, "priority", 0) <= 0:
        raise KeyringUnavailable(backend=name)
    return chosen


@dataclass(frozen=True)
class KeyCheck:
    """What the database stores about the keys (nothing secret)."""

    key_check: str  # base64 of nonce || AES-GCM(data key, known text)
    public_key: str  # hex Ed25519 public key
    key_id: str  # first 16 hex of SHA-256 of the public key


class KeyStore:
    """The keys of one database (``namespace`` is the database's installation id)."""

    def __init__(self, namespace: str, backend: keyring.backend.KeyringBackend | None = None):
        self.namespace = namespace
        self._backend = backend
        self._data_key: bytes | None = None
        self._signing_key: Ed25519PrivateKey | None = None
        self._fingerprint_key: bytes | None = None
        self._staged: Ed25519PrivateKey | None = None  # the next signing key, mid-rotation

    # -- creation and loading -----------------------------------------------------------------

    def create(self) -> KeyCheck:
        """Make new keys, put them in the keyring, and return what the database should keep."""
        backend = usable_backend(self._backend)
        data_key = AESGCM.generate_key(bit_length=256)
        signing = Ed25519PrivateKey.generate()
        raw_signing = signing.private_bytes_raw()
        try:
            backend.set_password(SERVICE, self._entry("data-key"), _b64(data_key))
            backend.set_password(SERVICE, self._entry("signing-key"), _b64(raw_signing))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None
        self._data_key, self._signing_key = data_key, signing
        self._fingerprint_key = None
        return self.key_check()

    def load(self, expected: KeyCheck) -> None:
        """Read the keys from the keyring and prove they belong to this database."""
        backend = usable_backend(self._backend)
        try:
            data_b64 = backend.get_password(SERVICE, self._entry("data-key"))
            sign_b64 = backend.get_password(SERVICE, self._entry("signing-key"))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None
        if not data_b64 or not sign_b64:
            raise KeysMissing()
        try:
            self._data_key, self._signing_key = self._proven(data_b64, sign_b64, expected)
        except WrongKey:
            # A rotation committed in the database but cut off before the keyring took the
            # new key as its signing key (finish_rotation): the staged key is the right one.
            staged = self._get(backend, "signing-key-next")
            if not staged:
                raise
            self._data_key, self._signing_key = self._proven(data_b64, staged, expected)
            self._set(backend, "signing-key", staged)
            self._delete(backend, "signing-key-next")
        self._fingerprint_key = None

    # -- rotation of the signing key (keyservice.KeyService.rotate) -----------------------------

    def stage_rotation(self) -> str:
        """Make the next signing key and keep it in the keyring beside the current one, before
        the database records the hand-over. Returns its hex public key."""
        backend = usable_backend(self._backend)
        self._need_signing_key()
        staged = Ed25519PrivateKey.generate()
        self._set(backend, "signing-key-next", _b64(staged.private_bytes_raw()))
        self._staged = staged
        return _public_hex(staged.public_key())

    def sign_staged(self, message: bytes) -> bytes:
        if self._staged is None:
            raise KeysMissing()
        return self._staged.sign(message)

    def finish_rotation(self) -> None:
        """The hand-over is committed: the staged key becomes the signing key; the old private
        key is dropped from the keyring and from memory."""
        if self._staged is None:
            raise KeysMissing()
        backend = usable_backend(self._backend)
        self._set(backend, "signing-key", _b64(self._staged.private_bytes_raw()))
        self._delete(backend, "signing-key-next")
        self._signing_key, self._staged = self._staged, None

    def abandon_rotation(self) -> None:
        """The hand-over was not committed: forget the staged key."""
        self._staged = None
        self._delete(usable_backend(self._backend), "signing-key-next")

    def _get(self, backend: keyring.backend.KeyringBackend, what: str) -> str | None:
        try:
            return backend.get_password(SERVICE, self._entry(what))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None

    def _set(self, backend: keyring.backend.KeyringBackend, what: str, value: str) -> None:
        try:
            backend.set_password(SERVICE, self._entry(what), value)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None

    def _delete(self, backend: keyring.backend.KeyringBackend, what: str) -> None:
        try:
            backend.delete_password(SERVICE, self._entry(what))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None

    def _proven(self, data_b64: str, sign_b64: str, expected: KeyCheck) -> (
        tuple[bytes, Ed25519PrivateKey]
    ):
        """Decode the two keys and prove they belong to this database, or WrongKey."""
        try:
            data_key = base64.b64decode(data_b64, validate=True)
            signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(sign_b64))
            blob = base64.b64decode(expected.key_check)
            AESGCM(data_key).decrypt(blob[:_NONCE], blob[_NONCE:], self.namespace.encode())
        except (InvalidTag, ValueError):
            raise WrongKey() from None
        if _public_hex(signing.public_key()) != expected.public_key:
            raise WrongKey()
        return data_key, signing

    def key_check(self) -> KeyCheck:
        nonce = secrets.token_bytes(_NONCE)
        sealed = AESGCM(self._need_data_key()).encrypt(
            nonce, _KEY_CHECK_PLAINTEXT, self.namespace.encode()
        )
        public = _public_hex(self._need_signing_key().public_key())
        return KeyCheck(_b64(nonce + sealed), public, key_id_of(public))

    def export_material(self) -> dict[str, str]:
        """The raw keys, for the admin CLI's passphrase-protected key transfer only."""
        return {
            "data_key": _b64(self._need_data_key()),
            "signing_key": _b64(self._need_signing_key().private_bytes_raw()),
        }

    def import_material(self, material: dict[str, str], expected: KeyCheck) -> None:
        """Store transferred keys in this workstation's keyring after proving they fit.

        Proven first: keys of another database never overwrite what the keyring holds."""
        backend = usable_backend(self._backend)
        try:
            data_b64, sign_b64 = material["data_key"], material["signing_key"]
        except (KeyError, TypeError):
            raise WrongKey() from None
        data_key, signing = self._proven(data_b64, sign_b64, expected)
        try:
            backend.set_password(SERVICE, self._entry("data-key"), data_b64)
            backend.set_password(SERVICE, self._entry("signing-key"), sign_b64)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(backend=type(exc).__name__) from None
        self._data_key, self._signing_key = data_key, signing
        self._fingerprint_key = None

    def forget(self) -> None:
        """Remove this database's keys from the keyring (an import that was not confirmed by
        a signed-in administrator is undone)."""
        backend = usable_backend(self._backend)
        for what in ("data-key", "signing-key", "signing-key-next"):
            self._delete(backend, what)
        self._data_key, self._signing_key = None, None
        self._fingerprint_key = None

    @property
    def loaded(self) -> bool:
        return self._data_key is not None

    def recheck(self, expected: KeyCheck) -> None:
        """Read the keys from the keyring again and prove they still fit (key status screens)."""
        KeyStore(self.namespace, self._backend).load(expected)

    @property
    def backend(self) -> keyring.backend.KeyringBackend | None:
        """The keyring this store was given (None: the process's keyring)."""
        return self._backend

    @property
    def backend_name(self) -> str:
        chosen = self._backend or keyring.get_keyring()
        return f"{type(chosen).__module__}.{type(chosen).__name__}"

    # -- use ------------------------------------------------------------------------------------

    def encrypt(self, plaintext: bytes, context: str) -> bytes:
        """AES-GCM; ``context`` (for example 'customer-factor:12') is bound as associated data."""
        nonce = secrets.token_bytes(_NONCE)
        return nonce + AESGCM(self._need_data_key()).encrypt(nonce, plaintext, context.encode())

    def decrypt(self, blob: bytes, context: str) -> bytes:
        try:
            return AESGCM(self._need_data_key()).decrypt(
                blob[:_NONCE], blob[_NONCE:], context.encode()
            )
        except (InvalidTag, ValueError):
            raise DecryptionFailed() from None

    def fingerprint(self, kind: str, subject: str, *values: str | None) -> str:
        """A keyed fingerprint of personal values, for the audit log: HMAC-SHA-256 under the
        fingerprint key over ``fingerprint_message(kind, subject, *values)``, the first
        ``FINGERPRINT_HEX`` hex digits. Equal values give equal fingerprints; without the key
        nobody can compute one, nor test a guess. The key and the values are never logged."""
        digest = hmac.digest(self._fingerprint_key_bytes(),
                             fingerprint_message(kind, subject, *values), "sha256")
        return digest.hex()[:FINGERPRINT_HEX]

    def fingerprinter(self, kind: str) -> Callable[..., str]:
        """``fingerprint`` with ``kind`` fixed: ``f(subject, *values)``, the same result at
        less cost per call (reconciliation computes one for every customer row)."""
        key = self._fingerprint_key_bytes()
        head = fingerprint_message(kind)
        digest = hmac.digest

        def fingerprint(subject: str, *values: str | None) -> str:
            parts = [head]
            for text in (subject, *values):
                if text is None:
                    parts.append(b"-\n")
                else:
                    raw = text.encode("utf-8")
                    parts.append(b"%d:%s\n" % (len(raw), raw))
            return digest(key, b"".join(parts), "sha256").hex()[:FINGERPRINT_HEX]

        return fingerprint

    def _fingerprint_key_bytes(self) -> bytes:
        key = self._fingerprint_key
        if key is None:
            key = self._fingerprint_key = HKDF(
                algorithm=hashes.SHA256(), length=32, salt=None, info=FINGERPRINT_INFO,
            ).derive(self._need_data_key())
        return key

    def sign(self, message: bytes) -> bytes:
        return self._need_signing_key().sign(message)

    @property
    def public_key_hex(self) -> str:
        return _public_hex(self._need_signing_key().public_key())

    def _need_data_key(self) -> bytes:
        if self._data_key is None:
            raise KeysMissing()
        return self._data_key

    def _need_signing_key(self) -> Ed25519PrivateKey:
        if self._signing_key is None:
            raise KeysMissing()
        return self._signing_key

    def _entry(self, what: str) -> str:
        return f"{self.namespace}:{what}"


def verify_signature(public_key_hex: str, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint_message(kind: str, *values: str | None) -> bytes:
    """The bytes a fingerprint covers: ``FINGERPRINT_INFO`` and a line, then kind, subject and
    each value as ``<UTF-8 byte length>:<bytes>\n`` (the audit chain's encoding); a missing
    value (None) is ``-\n``, which no length-prefixed value can be."""
    parts = [FINGERPRINT_INFO + b"\n"]
    for text in (kind, *values):
        if text is None:
            parts.append(b"-\n")
        else:
            raw = text.encode("utf-8")
            parts.append(b"%d:%s\n" % (len(raw), raw))
    return b"".join(parts)
# -- key rotation: the hand-over from one signing key to the next -------------------------------


@dataclass(frozen=True)
class HandOver:
    """One rotation, as kept in the ``audit_key`` table: the previous signing key hands over to
    ``public_key`` at the hand-over checkpoint (``seq``, ``head_hash``, ``ts``), and both keys
    sign ``handover_message``."""

    key_id: str
    public_key: str
    previous_key_id: str
    previous_public_key: str
    seq: int
    head_hash: str
    ts: str
    signature_previous: str  # hex Ed25519 by the previous key
    signature: str  # hex Ed25519 by the new key

    def message(self, installation_id: str) -> bytes:
        return handover_message(installation_id, self.previous_public_key, self.public_key,
                                self.seq, self.head_hash, self.ts)

    def proven(self, installation_id: str) -> bool:
        """Both signatures verify and the key ids are those of the public keys."""
        try:
            if (key_id_of(self.public_key) != self.key_id
                    or key_id_of(self.previous_public_key) != self.previous_key_id):
                return False
            by_previous = bytes.fromhex(self.signature_previous)
            by_new = bytes.fromhex(self.signature)
        except ValueError:
            return False
        message = self.message(installation_id)
        return (verify_signature(self.previous_public_key, by_previous, message)
                and verify_signature(self.public_key, by_new, message))

    def as_dict(self) -> dict[str, object]:
        return {"key_id": self.key_id, "public_key": self.public_key,
                "previous_key_id": self.previous_key_id,
                "previous_public_key": self.previous_public_key, "seq": self.seq,
                "head_hash": self.head_hash, "ts": self.ts,
                "signature_previous": self.signature_previous, "signature": self.signature}


def handover_message(installation_id: str, previous_public_key: str, public_key: str,
                     seq: int, head_hash: str, ts: str) -> bytes:
    return (f"authdesk-key-handover-v1\n{installation_id}\n{key_id_of(previous_public_key)}\n"
            f"{previous_public_key}\n{key_id_of(public_key)}\n{public_key}\n{seq}\n"
            f"{head_hash}\n{ts}\n").encode("ascii")


@dataclass(frozen=True)
class KeyChain:
    """The signing keys trusted for one installation: the current key and, through proven
    hand-overs, the earlier ones, each only for checkpoints up to its hand-over."""

    current_key_id: str
    keys: dict[str, str]  # key id -> hex public key
    retired_at: dict[str, int]  # key id -> sequence of the hand-over checkpoint
    handovers: tuple[HandOver, ...] = ()  # the proven chain, newest first

    def key_for(self, key_id: str, seq: int) -> str | None:
        """The public key that may sign a checkpoint at ``seq`` under ``key_id``, or None."""
        if seq > self.retired_at.get(key_id, seq):
            return None
        return self.keys.get(key_id)


def trusted_keys(installation_id: str, current_public_key: str,
                 handovers: list[HandOver]) -> KeyChain:
    """Every signing key trusted for this installation: the current key, then, walking back,
    each key that handed over to a trusted key in a hand-over both keys signed. A row nobody
    trusted signed (an insider's insert) adds nothing."""
    current = key_id_of(current_public_key)
    trusted = {current: current_public_key}
    retired: dict[str, int] = {}
    chain: list[HandOver] = []
    by_new: dict[str, list[HandOver]] = {}
    for h in handovers:
        by_new.setdefault(h.key_id, []).append(h)
    key = current_public_key
    while True:
        step = next((h for h in by_new.get(key_id_of(key), [])
                     if h.public_key == key and h.proven(installation_id)
                     and h.previous_key_id not in trusted), None)
        if step is None:
            return KeyChain(current, trusted, retired, tuple(chain))
        trusted[step.previous_key_id] = step.previous_public_key
        retired[step.previous_key_id] = step.seq
        chain.append(step)
        key = step.previous_public_key


def key_id_of(public_key_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16]


def _public_hex(key: Ed25519PublicKey) -> str:
    return key.public_bytes_raw().hex()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keys held in this process only: for tests and the throw-away demo database."""

    priority = 1
    # keyring's auto-detection considers every imported backend class; without this, a
    # workstation with no OS keyring would silently get this one and lose its keys at exit.
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
