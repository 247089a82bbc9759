"""A real AuthDesk server for the tests: an installation set up in-process (as its owner, with
an in-memory keyring and the real clock, since the server's clock judges the codes), its CA,
a server certificate for 127.0.0.1, enrolled workstations, the keys in an encrypted key file,
and ``authdesk-server`` running in a subprocess over TLS.

On PostgreSQL (``AUTHDESK_TEST_POSTGRES_URL``) the server connects as a real application role
(it refuses any role that could change the audit log); otherwise on a SQLite file.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyotp
from helpers import APP_ROLE_PASSWORD, pg_app_role
from sqlalchemy.engine import make_url

from authdesk.client.remote import ClientIdentity, RemoteDesk
from authdesk.core import keyfile
from authdesk.core.authority import SessionHandle
from authdesk.core.certificates import CertificateService
from authdesk.core.clock import SystemClock
from authdesk.core.desk import Desk
from authdesk.core.keys import MemoryKeyring, key_id_of
from authdesk.core.otp import DEFAULT_PERIOD as PERIOD
from authdesk.core.roles import Role
from authdesk.core.workstation import Workstation
from authdesk.storage.db import Database, sqlite_url
from authdesk.storage.pgroles import set_up_app_role

PASSWORD = "a long enough password"
KEY_PASSPHRASE = "server key file passphrase"
MIZUHO, TOKYO_EIGYOBU = "0001", "001"
MUFG, HONTEN = "0005", "001"


class Codes:
    """Authenticator codes at the real time: each time step used once per key, within ±1
    step of now; waits for the next step when a key has used up the window."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}

    def __call__(self, key: str) -> str:
        while True:
            now_step = int(time.time()) // PERIOD
            step = max(self.last.get(key, now_step - 2) + 1, now_step - 1)
            if step <= now_step + 1:
                break
            time.sleep(PERIOD - time.time() % PERIOD + 0.05)
        self.last[key] = step
        return pyotp.TOTP(key).at(step * PERIOD)


@dataclass
class Installation:
    folder: Path
    owner: Desk
    server_url: str  # the database URL the server uses (no password)
    env: dict[str, str]
    admin: SessionHandle
    staff_keys: dict[str, str] = field(default_factory=dict)
    customer_keys: dict[int, str] = field(default_factory=dict)
    numbers: dict[int, str] = field(default_factory=dict)
    codes: Codes = field(default_factory=Codes)
    _customers: int = 0

    @property
    def certificates(self) -> CertificateService:
        return CertificateService(self.owner.kernel)

    def enroll(self, name: str) -> ClientIdentity:
        issued = self.certificates.enroll(self.admin, name)
        out = self.folder / "workstations" / name
        out.mkdir(parents=True)
        (out / "ws.crt").write_bytes(issued.certificate_pem)
        (out / "ws.key").write_bytes(issued.key_pem)
        (out / "ca.crt").write_bytes(issued.ca_pem)
        assert issued.passphrase is not None
        return ClientIdentity(out / "ws.crt", out / "ws.key", issued.passphrase, out / "ca.crt")

    def staff(self, username: str, *roles: Role) -> str:
        """A new staff member (their authenticator confirmed by a first sign-in in-process,
        signed out again); returns the username."""
        number = f"E{len(self.staff_keys) + 100:04d}"
        enrol = self.owner.staff.add(self.admin, username=username,
                                     display_name=username.title(), employee_no=number,
                                     roles=frozenset(roles), password=PASSWORD)
        self.staff_keys[username] = enrol.manual_key
        return username

    def customer(self, *, factor: bool = True) -> int:
        self._customers += 1
        n = self._customers
        number = f"C{8000000 + n:07d}"
        customer_id = self.owner.customers.add(
            self.admin, number=number, name_kanji="見本 太郎",
            name_kana="ミホン タロウ", birth_date="1980-04-01", postal_code="100-0001",
            address="東京都千代田区見本町1-1", phone=f"090-1111-{n:04d}",
            email="taro@example.com", bank_code=MIZUHO, branch_code=TOKYO_EIGYOBU,
            account_type="ordinary", account_number=f"{2000000 + n:07d}",
            account_holder="ミホン タロウ")
        self.numbers[customer_id] = number
        if factor:
            helper = self.helper()
            enrol = self.owner.factors.enroll(helper, customer_id)
            self.owner.factors.activate(helper, customer_id, self.codes(enrol.manual_key))
            self.customer_keys[customer_id] = enrol.manual_key
        return customer_id

    _helper: SessionHandle | None = None

    def helper(self) -> SessionHandle:
        """An agent signed in in-process (on the owner's desk) who prepares customers."""
        if self._helper is None:
            name = self.staff("helper", Role.AGENT)
            self._helper = self.owner.staff.sign_in(name, PASSWORD,
                                                    self.codes(self.staff_keys[name]))
        return self._helper

    def sign_in(self, desk: RemoteDesk, username: str) -> SessionHandle:
        handle = desk.staff.sign_in(username, PASSWORD, self.codes(self.staff_keys[username]))
        assert isinstance(handle, SessionHandle)
        return handle


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def installation(folder: Path) -> Iterator[Installation]:
    """A set-up installation, on PostgreSQL as a real application role when the tests have
    one, else on SQLite."""
    pg = os.environ.get("AUTHDESK_TEST_POSTGRES_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AUTHDESK_", "PG"))}
    with contextlib.ExitStack() as stack:
        if pg:
            reset = Database(pg)
            reset.execute_raw("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
            reset.dispose()
            owner_url = pg
        else:
            owner_url = sqlite_url(folder / "authdesk.db")
        db = Database(owner_url)
        stack.callback(db.dispose)
        owner = Desk.initialise(db, workstation=Workstation("setup", folder / "setup.json"),
                                keyring_backend=MemoryKeyring(), clock=SystemClock())
        server_url = owner_url
        if pg:
            role = stack.enter_context(pg_app_role(pg))
            set_up_app_role(db, role, APP_ROLE_PASSWORD)
            server_url = make_url(pg).set(username=role, password=None).render_as_string(
                hide_password=False)
            env["PGPASSWORD"] = APP_ROLE_PASSWORD
        codes = Codes()
        enrol = owner.staff.create_first_admin(username="admin", display_name="Admin",
                                               employee_no="E0001", password=PASSWORD)
        admin = owner.staff.sign_in("admin", PASSWORD, codes(enrol.manual_key))
        inst = Installation(folder, owner, server_url, env, admin, codes=codes)
        inst.staff_keys["admin"] = enrol.manual_key
        certificates = inst.certificates
        certificates.create_ca(admin)
        issued = certificates.server_certificate(admin, "srv", ["127.0.0.1", "localhost"])
        (folder / "server.crt").write_bytes(issued.certificate_pem)
        (folder / "server.key").write_bytes(issued.key_pem)
        (folder / "ca.crt").write_bytes(issued.ca_pem)
        header = keyfile.KeyFileHeader(owner.installation_id,
                                       key_id_of(owner.keys.public_key_hex))
        (folder / "keys.json").write_bytes(
            keyfile.seal(owner.keys.export_material(), KEY_PASSPHRASE, header))
        env["AUTHDESK_KEY_PASSPHRASE"] = KEY_PASSPHRASE
        yield inst


@dataclass
class RunningServer:
    url: str
    config: Path
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def write_config(inst: Installation, name: str, port: int, *, cache: float = 0) -> Path:
    folder = inst.folder
    config = folder / f"{name}.toml"
    config.write_text(
        f'database_url = "{inst.server_url}"\n'
        f'listen = "127.0.0.1:{port}"\n'
        'certificate = "server.crt"\nkey = "server.key"\nca_certificate = "ca.crt"\n'
        f'data_dir = "data-{name}"\nkey_file = "keys.json"\n'
        f"revocation_cache_seconds = {cache}\n", encoding="utf-8")
    return config


def start_server(inst: Installation, name: str = "server", *, cache: float = 0,
                 identity: ClientIdentity | None = None) -> RunningServer:
    port = free_port()
    config = write_config(inst, name, port, cache=cache)
    log = inst.folder / f"{name}.log"
    with open(log, "wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "authdesk.server.main", "--config", str(config)],
            env=inst.env, stdout=log_file, stderr=subprocess.STDOUT, cwd=inst.folder)
    running = RunningServer(f"https://127.0.0.1:{port}", config, process, log)
    wait_until_up(running, identity or inst.enroll(f"probe-{name}"))
    return running


def wait_until_up(server: RunningServer, identity: ClientIdentity, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    with RemoteDesk([server.url], identity, timeout=5) as desk:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"the server stopped:\n{server.log_text()}")
            if desk.transport.health()[0][1] == 200:
                return
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"the server did not come up:\n{server.log_text()}")
