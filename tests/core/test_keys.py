"""The key store: keys only in a real keyring; a missing or wrong key, or no usable keyring,
is refused in one sentence before anything is read or written.

The ``secret_service`` tests run the key store against the keyring a Linux desktop really
uses, the Secret Service over D-Bus. They are skipped unless AUTHDESK_TEST_SECRET_SERVICE=1;
CI runs them in a private D-Bus session with an unlocked gnome-keyring:

    dbus-run-session -- sh -c 'echo -n x | gnome-keyring-daemon --unlock \
        --components=secrets >/dev/null; AUTHDESK_TEST_SECRET_SERVICE=1 \
        uv run pytest tests/core/test_keys.py -k secret_service'
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.core
import keyring.errors
import pyotp
import pytest
from sqlalchemy import func, select

from authdesk.core import audit
from authdesk.core.clock import FakeClock
from authdesk.core.desk import Desk
from authdesk.core.keys import (
    SERVICE,
    DecryptionFailed,
    KeyCheck,
    KeyringUnavailable,
    KeysMissing,
    KeyStore,
    MemoryKeyring,
    WrongKey,
    usable_backend,
)
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.models import AuditEvent, Meta


def snapshot(desk: Desk) -> tuple[tuple[int, str], int]:
    with desk.kernel.read() as s:
        return audit.head(s), int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def key_check(desk: Desk) -> KeyCheck:
    with desk.kernel.read() as s:
        meta = {m.key: m.value for m in s.scalars(select(Meta))}
    return KeyCheck(meta["key_check"], meta["signing_public_key"], meta["key_id"])


@pytest.fixture
def other(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Desk, MemoryKeyring]]:
    """A second, unrelated database with its own keys in its own keyring."""
    db, backend = Database(sqlite_url(tmp_path / "other.db")), MemoryKeyring()
    yield Desk.initialise(db, workstation=Workstation("ws-2", tmp_path / "ws2.json"),
                          keyring_backend=backend, clock=clock), backend
    db.dispose()


def entries(backend: MemoryKeyring, namespace: str) -> tuple[str | None, str | None]:
    return (backend.get_password(SERVICE, f"{namespace}:data-key"),
            backend.get_password(SERVICE, f"{namespace}:signing-key"))


def keyring_with(namespace: str, data: str | None, signing: str | None) -> MemoryKeyring:
    backend = MemoryKeyring()
    if data is not None:
        backend.set_password(SERVICE, f"{namespace}:data-key", data)
    if signing is not None:
        backend.set_password(SERVICE, f"{namespace}:signing-key", signing)
    return backend


# -- wrong keys ----------------------------------------------------------------------------------


@pytest.mark.parametrize("wrong", ["both", "data-key", "signing-key"])
def test_keys_of_another_database_are_refused(desk: Desk, other: tuple[Desk, MemoryKeyring],
                                              memory_keyring: MemoryKeyring, wrong: str) -> None:
    mine = entries(memory_keyring, desk.installation_id)
    theirs = entries(other[1], other[0].installation_id)
    data = theirs[0] if wrong in ("both", "data-key") else mine[0]
    signing = theirs[1] if wrong in ("both", "signing-key") else mine[1]
    backend = keyring_with(desk.installation_id, data, signing)
    before = snapshot(desk)
    with pytest.raises(WrongKey) as info:
        Desk.open(desk.db, workstation=desk.workstation, keyring_backend=backend)
    assert "do not belong to this database" in info.value.message
    assert snapshot(desk) == before  # nothing written to the database
    assert entries(backend, desk.installation_id) == (data, signing)  # nor to the keyring


def test_missing_keys_are_refused(desk: Desk, memory_keyring: MemoryKeyring) -> None:
    data, _ = entries(memory_keyring, desk.installation_id)
    before = snapshot(desk)
    for backend in (MemoryKeyring(), keyring_with(desk.installation_id, data, None)):
        with pytest.raises(KeysMissing) as info:
            Desk.open(desk.db, workstation=desk.workstation, keyring_backend=backend)
        assert "authdesk-admin keys import" in info.value.message
    assert snapshot(desk) == before


def test_the_right_keys_open_the_database(desk: Desk, memory_keyring: MemoryKeyring) -> None:
    data, signing = entries(memory_keyring, desk.installation_id)
    reopened = Desk.open(desk.db, workstation=desk.workstation,
                         keyring_backend=keyring_with(desk.installation_id, data, signing))
    blob = desk.keys.encrypt(b"seed", "customer-factor:1")
    assert reopened.keys.decrypt(blob, "customer-factor:1") == b"seed"


def test_a_secret_is_bound_to_its_context(desk: Desk) -> None:
    blob = desk.keys.encrypt(b"seed", "customer-factor:1")
    with pytest.raises(DecryptionFailed):
        desk.keys.decrypt(blob, "customer-factor:2")


# -- no usable keyring ---------------------------------------------------------------------------


@pytest.mark.parametrize("backend_class", [keyring.backends.fail.Keyring,
                                           keyring.backends.null.Keyring])
def test_no_usable_keyring_refuses_to_initialise_and_writes_nothing(
        db: Database, workstation: Workstation,
        backend_class: type[keyring.backend.KeyringBackend]) -> None:
    with pytest.raises(KeyringUnavailable) as info:
        Desk.initialise(db, workstation=workstation, keyring_backend=backend_class())
    assert "No secure credential store" in info.value.message
    assert db.table_names() == []  # refused before the database was touched


def test_no_usable_keyring_refuses_to_open(desk: Desk) -> None:
    before = snapshot(desk)
    with pytest.raises(KeyringUnavailable):
        Desk.open(desk.db, workstation=desk.workstation,
                  keyring_backend=keyring.backends.fail.Keyring())
    assert snapshot(desk) == before


def test_the_default_keyring_is_refused_when_it_is_the_fail_backend(
        desk: Desk, memory_keyring: MemoryKeyring) -> None:
    """What a Linux workstation without a Secret Service gets from keyring.get_keyring()."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        Desk.open(desk.db, workstation=desk.workstation)


def test_memory_keyring_is_never_chosen_automatically() -> None:
    """keyring auto-detects among every imported backend class; the in-memory one must not be
    a candidate, or a workstation without a keyring would silently lose its keys at exit."""
    assert MemoryKeyring not in set(keyring.backend.KeyringBackend.get_viable_backends())
    assert not isinstance(keyring.core._detect_backend(), MemoryKeyring)
    usable_backend(MemoryKeyring())  # chosen explicitly (tests, the demo) it is accepted


# -- moving keys to a second workstation ---------------------------------------------------------


def test_key_material_moves_to_a_second_workstation(desk: Desk) -> None:
    second = MemoryKeyring()
    store = KeyStore(desk.installation_id, second)
    store.import_material(desk.keys.export_material(), key_check(desk))
    reopened = Desk.open(desk.db, workstation=desk.workstation, keyring_backend=second)
    assert reopened.keys.public_key_hex == desk.keys.public_key_hex


def test_importing_another_databases_keys_changes_nothing(
        desk: Desk, other: tuple[Desk, MemoryKeyring], memory_keyring: MemoryKeyring) -> None:
    before = entries(memory_keyring, desk.installation_id)
    store = KeyStore(desk.installation_id, memory_keyring)
    for material in (other[0].keys.export_material(), {"data_key": "x"}, {}):
        with pytest.raises(WrongKey):
            store.import_material(material, key_check(desk))
    assert entries(memory_keyring, desk.installation_id) == before
    Desk.open(desk.db, workstation=desk.workstation, keyring_backend=memory_keyring)


# -- the real Secret Service ---------------------------------------------------------------------

# Selected with -m secretservice; dev.py runs them under dbus-run-session with GNOME Keyring.
_skip_without_secret_service = pytest.mark.skipif(
    os.environ.get("AUTHDESK_TEST_SECRET_SERVICE") != "1",
    reason="needs a running, unlocked Secret Service; set AUTHDESK_TEST_SECRET_SERVICE=1 "
           "(see the module docstring)")


def needs_secret_service(test: Any) -> Any:
    return pytest.mark.secretservice(_skip_without_secret_service(test))


@pytest.fixture
def secret_service() -> keyring.backend.KeyringBackend:
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    return SecretServiceKeyring()


@pytest.fixture
def created(secret_service: keyring.backend.KeyringBackend) -> Iterator[list[str]]:
    """Database ids whose keys the test put in the Secret Service; removed afterwards so the
    developer's keyring is left as it was."""
    namespaces: list[str] = []
    yield namespaces
    for namespace in namespaces:
        for what in ("data-key", "signing-key"):
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                secret_service.delete_password(SERVICE, f"{namespace}:{what}")


@needs_secret_service
def test_key_store_on_the_secret_service(secret_service: keyring.backend.KeyringBackend,
                                         created: list[str], tmp_path: Path) -> None:
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    assert usable_backend(secret_service) is secret_service
    db = Database(sqlite_url(tmp_path / "authdesk.db"))
    workstation = Workstation("ws-ss", tmp_path / "ws.json")
    desk = Desk.initialise(db, workstation=workstation, keyring_backend=secret_service)
    created.append(desk.installation_id)
    # A new connection to the Secret Service finds the keys and they fit this database.
    reopened = Desk.open(db, workstation=workstation, keyring_backend=SecretServiceKeyring())
    blob = desk.keys.encrypt(b"seed", "staff-totp:1")
    assert reopened.keys.decrypt(blob, "staff-totp:1") == b"seed"
    assert reopened.keys.public_key_hex == desk.keys.public_key_hex
    # Gone from the Secret Service: refused in one sentence.
    secret_service.delete_password(SERVICE, f"{desk.installation_id}:data-key")
    with pytest.raises(KeysMissing):
        Desk.open(db, workstation=workstation, keyring_backend=SecretServiceKeyring())
    db.dispose()


@needs_secret_service
def test_the_admin_cli_across_processes_uses_the_secret_service(
        created: list[str], tmp_path: Path) -> None:
    """Separate processes, keyring chosen by keyring's own detection, as on a workstation."""
    env = {**os.environ, "AUTHDESK_DATA_DIR": str(tmp_path / "data"),
           "AUTHDESK_CONFIG": str(tmp_path / "none.toml")}
    env.pop("AUTHDESK_DATABASE_URL", None)
    url = sqlite_url(tmp_path / "authdesk.db")

    def admin(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "authdesk.cli.main", "--db", url, *args],
                              input=stdin, capture_output=True, text=True, env=env,
                              timeout=120, check=False)

    password = "a long admin password"
    init = admin("--json", "init", "--admin-username", "it.admin", "--admin-name", "IT",
                 "--admin-employee-no", "E-1", stdin=password + "\n")
    assert init.returncode == 0, init.stderr
    made = json.loads(init.stdout)
    created.append(made["database_id"])
    totp = pyotp.TOTP(made["admin"]["manual_key"])
    now = int(time.time())
    # Each sign-in needs a time step not used before: now, then the next (within the drift).
    for step, args in enumerate((("keys", "status"), ("staff", "list"))):
        code = totp.at(now + 30 * step)
        done = admin("--user", "it.admin", *args, stdin=f"{password}\n{code}\n")
        assert done.returncode == 0, done.stderr
        if args == ("keys", "status"):
            assert "SecretService" in done.stdout
