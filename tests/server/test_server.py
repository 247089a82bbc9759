"""Shared mode end to end: a real ``authdesk-server`` subprocess over TLS with certificates from
the installation's CA, on PostgreSQL as a real application role (SQLite without
``AUTHDESK_TEST_POSTGRES_URL``), driven by ``RemoteDesk`` the way a workstation would."""

from __future__ import annotations

import io
import json
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from helpers import APP_ROLE_PASSWORD
from serverkit import (
    HONTEN,
    KEY_PASSPHRASE,
    MUFG,
    PASSWORD,
    Installation,
    RunningServer,
    installation,
    start_server,
)
from sqlalchemy import select

from authdesk.cli.main import main as cli_main
from authdesk.client import wire
from authdesk.client.remote import ClientIdentity, RemoteDesk
from authdesk.core.calls import CallInfo
from authdesk.core.customers import CustomerProfile, CustomerSummary
from authdesk.core.errors import PermissionDenied
from authdesk.core.factors import ReplayedCode, VerificationOutcome, WrongCode
from authdesk.core.keys import MemoryKeyring
from authdesk.core.remote import (
    ServerRefused,
    ServerUnreachable,
    SessionOfAnotherWorkstation,
    WorkstationRefused,
)
from authdesk.core.requests import RequestStatus, RequestSummary
from authdesk.core.roles import Role
from authdesk.core.staff import Me, SignInFailed
from authdesk.storage.models import AuditEvent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inst(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installation]:
    with installation(tmp_path_factory.mktemp("shared")) as made:
        yield made


@pytest.fixture(scope="module")
def server(inst: Installation) -> Iterator[RunningServer]:
    running = start_server(inst)
    yield running
    # A graceful stop on SIGTERM: requests in flight finish, then uvicorn exits by the signal.
    assert running.stop() in (0, -signal.SIGTERM), running.log_text()
    assert "Finished server process" in running.log_text()


@pytest.fixture(scope="module")
def ws_a(inst: Installation) -> ClientIdentity:
    return inst.enroll("WS-A")


@pytest.fixture(scope="module")
def ws_b(inst: Installation) -> ClientIdentity:
    return inst.enroll("WS-B")


@pytest.fixture
def desk_a(server: RunningServer, ws_a: ClientIdentity) -> Iterator[RemoteDesk]:
    with RemoteDesk([server.url], ws_a) as desk:
        yield desk


@dataclass(frozen=True)
class Event:
    seq: int
    actor: str
    workstation: str
    action: str
    outcome: str
    details: str


def events(inst: Installation, after: int = 0) -> list[Event]:
    with inst.owner.kernel.read() as s:
        return [Event(e.seq, e.actor, e.workstation, e.action, e.outcome, e.details)
                for e in s.scalars(select(AuditEvent).where(AuditEvent.seq > after)
                                   .order_by(AuditEvent.seq))]


def head(inst: Installation) -> int:
    found = events(inst)
    return found[-1].seq if found else 0


def test_a_whole_story_over_the_wire_is_logged_under_the_certificates_name(
        inst: Installation, desk_a: RemoteDesk) -> None:
    agent = inst.staff("story.agent", Role.AGENT)
    customer = inst.customer()
    before = head(inst)
    me = inst.sign_in(desk_a, agent)
    assert isinstance(desk_a.staff.me(me), Me)
    assert desk_a.staff.me(me).roles == frozenset({Role.AGENT})
    call = desk_a.calls.take(me)
    assert isinstance(call, CallInfo) and call.open
    found = desk_a.customers.search(me, inst.numbers[customer])
    assert [type(f) for f in found] == [CustomerSummary] and found[0].id == customer
    profile = desk_a.customers.view(me, customer)
    assert isinstance(profile, CustomerProfile)
    started = desk_a.factors.start_verification(me, customer)
    outcome = desk_a.factors.verify(me, started.id, inst.codes(inst.customer_keys[customer]))
    assert isinstance(outcome, VerificationOutcome) and outcome.customer_id == customer
    assert desk_a.factors.freshness(me, customer) == outcome.fresh_until
    draft = desk_a.requests.create(me, customer, bank_code=MUFG, branch_code=HONTEN,
                                   account_type="ordinary", account_number="7654321",
                                   holder="ﾐﾎﾝ ﾀﾛｳ")
    assert isinstance(draft, RequestSummary) and draft.status is RequestStatus.DRAFT
    detail = desk_a.requests.get(me, draft.id)
    assert detail.summary.id == draft.id and detail.summary.status is RequestStatus.DRAFT
    desk_a.staff.sign_out(me)
    written = events(inst, before)
    actions = [e.action for e in written]
    for action in ("staff.signed_in", "call.taken", "customer.searched", "customer.viewed",
                   "totp.verification.started", "totp.verification.succeeded",
                   "request.created", "staff.signed_out"):
        assert action in actions
    # Every event of the story carries the workstation its certificate names.
    assert {e.workstation for e in written if e.actor == agent} == {"WS-A"}


def test_refusals_cross_the_wire_as_their_own_class_with_their_parameters(
        inst: Installation, desk_a: RemoteDesk) -> None:
    agent = inst.staff("refused.agent", Role.AGENT)
    customer = inst.customer()
    with pytest.raises(SignInFailed) as failed:
        desk_a.staff.sign_in(agent, "not the password!", "000000")
    assert failed.value.params == {"attempts_left": 4}
    assert failed.value.message == SignInFailed(attempts_left=4).message
    me = inst.sign_in(desk_a, agent)
    with pytest.raises(PermissionDenied) as denied:
        desk_a.staff.list(me)
    assert denied.value.params == {"operation": "staff.view"}
    desk_a.calls.take(me)
    started = desk_a.factors.start_verification(me, customer)
    key = inst.customer_keys[customer]
    code = inst.codes(key)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    with pytest.raises(WrongCode) as wrong_code:
        desk_a.factors.verify(me, started.id, wrong)
    assert wrong_code.value.params["attempts_left"] == 4
    desk_a.factors.verify(me, started.id, code)
    again = desk_a.factors.start_verification(me, customer)
    with pytest.raises(ReplayedCode):
        desk_a.factors.verify(me, again.id, code)


def test_a_revoked_workstation_is_refused_from_its_next_request(
        inst: Installation, server: RunningServer) -> None:
    identity = inst.enroll("WS-REVOKED")
    with RemoteDesk([server.url], identity) as desk:
        assert desk.staff.has_admin() is True
        inst.certificates.revoke(inst.admin, "WS-REVOKED")
        with pytest.raises(WorkstationRefused, match="revoked"):
            desk.staff.has_admin()


def test_the_name_a_client_claims_is_ignored(inst: Installation, server: RunningServer,
                                             ws_a: ClientIdentity) -> None:
    agent = inst.staff("claims.agent", Role.AGENT)
    before = head(inst)
    body = {"service": "staff", "method": "sign_in",
            "args": [agent, PASSWORD, inst.codes(inst.staff_keys[agent])],
            "kwargs": {"$dict": []}}
    with httpx.Client(verify=ws_a.ssl_context()) as client:
        answer = client.post(server.url + wire.CALL_PATH, json=body,
                             headers={"Idempotency-Key": uuid.uuid4().hex,
                                      "X-AuthDesk-Workstation": "WS-B",
                                      "X-Forwarded-For": "WS-B"})
        assert answer.status_code == 200, answer.text
        token = answer.json()["result"]["$handle"]
        # A keyword the operation does not take is refused, not passed on.
        sneaky = client.post(server.url + wire.CALL_PATH, headers={
            "Idempotency-Key": uuid.uuid4().hex, wire.SESSION_HEADER: token},
            json={"service": "calls", "method": "take", "args": [],
                  "kwargs": {"$dict": [["workstation", "WS-B"]]}})
        assert sneaky.status_code == 400
        assert sneaky.json()["error"]["$error"] == "authdesk.core.remote:ServerRefused"
        # Only listed operations are dispatched: nothing else of the desk is reachable.
        for service, method in (("kernel", "record"), ("staff", "_add"),
                                ("staff", "create_first_admin"), ("db", "dispose")):
            refused = client.post(server.url + wire.CALL_PATH, json={
                "service": service, "method": method, "args": [], "kwargs": {"$dict": []}},
                headers={"Idempotency-Key": uuid.uuid4().hex})
            assert refused.status_code == 400, (service, method)
    signed_in = [e for e in events(inst, before) if e.action == "staff.signed_in"]
    assert [e.workstation for e in signed_in] == ["WS-A"]


def test_a_stolen_session_handle_is_refused_from_another_workstation(
        inst: Installation, server: RunningServer, desk_a: RemoteDesk,
        ws_b: ClientIdentity) -> None:
    agent = inst.staff("stolen.agent", Role.AGENT)
    me = inst.sign_in(desk_a, agent)
    before = head(inst)
    with RemoteDesk([server.url], ws_b) as desk_b:
        with pytest.raises(SessionOfAnotherWorkstation):
            desk_b.customers.search(me, "C")
        with pytest.raises(SessionOfAnotherWorkstation):
            desk_b.calls.take(me)
    refused = [e for e in events(inst, before) if e.action == "access.refused"]
    assert [(e.actor, e.workstation, e.outcome) for e in refused] == [
        (agent, "WS-B", "refused")] * 2
    assert json.loads(refused[0].details)["opened_on"] == "WS-A"
    assert [e for e in events(inst, before) if e.action == "customer.searched"] == []
    # The rightful desk goes on working with it.
    assert desk_a.staff.me(me).username == agent


def test_a_retried_write_acts_once(inst: Installation, server: RunningServer,
                                   ws_a: ClientIdentity) -> None:
    agent = inst.staff("retry.agent", Role.AGENT)
    with RemoteDesk([server.url], ws_a) as desk:
        me = inst.sign_in(desk, agent)
    before = head(inst)
    key = uuid.uuid4().hex
    body = {"service": "calls", "method": "take", "args": [], "kwargs": {"$dict": []}}
    headers = {"Idempotency-Key": key, wire.SESSION_HEADER: me.token}
    with httpx.Client(verify=ws_a.ssl_context()) as client:
        first = client.post(server.url + wire.CALL_PATH, json=body, headers=headers)
        second = client.post(server.url + wire.CALL_PATH, json=body, headers=headers)
        assert first.status_code == second.status_code == 200
        assert first.json() == second.json()
        other = client.post(server.url + wire.CALL_PATH, headers=headers, json={
            **body, "kwargs": {"$dict": [["channel", "mail"]]}})
        assert other.status_code == 400 and "another request" in other.text
        # A write without a key is refused before it acts.
        keyless = client.post(server.url + wire.CALL_PATH, json=body,
                              headers={wire.SESSION_HEADER: me.token})
        assert keyless.status_code == 400
    assert [e.action for e in events(inst, before)].count("call.taken") == 1
    # No secret of the answer is kept in the clear (a sign-in's answer holds its token).
    with inst.owner.kernel.read() as s:
        from authdesk.storage.models import IdempotentResult

        stored = [r.response or "" for r in s.scalars(select(IdempotentResult))]
    assert stored and not any(me.token in r or "$handle" in r for r in stored)


def test_the_client_fails_over_and_says_when_no_server_answers(
        inst: Installation, server: RunningServer, ws_a: ClientIdentity) -> None:
    dead = "https://127.0.0.1:9"  # nothing listens there
    with RemoteDesk([dead, server.url], ws_a) as desk:
        assert desk.staff.has_admin() is True
        assert desk.transport.urls[desk.transport._preferred] == server.url
    with RemoteDesk([dead], ws_a, timeout=2) as desk, pytest.raises(ServerUnreachable):
        desk.staff.has_admin()


def test_a_certificate_of_another_ca_never_gets_a_tls_connection(
        tmp_path: Path, inst: Installation, server: RunningServer) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "WS-A")])
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    (tmp_path / "self.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "self.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pass phrase")))
    forged = ClientIdentity(tmp_path / "self.crt", tmp_path / "self.key", "pass phrase",
                            inst.folder / "ca.crt")
    with RemoteDesk([server.url], forged, timeout=5) as desk, pytest.raises(
            (ServerUnreachable, ServerRefused)):
        desk.staff.has_admin()


def test_server_check_passes_and_names_each_check(inst: Installation,
                                                  server: RunningServer) -> None:
    done = subprocess.run([sys.executable, "-m", "authdesk.server.main", "--config",
                           str(server.config), "--check"], env=inst.env, cwd=inst.folder,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    for what in ("configuration", "certificates", "database", "keys", "clock"):
        assert re.search(rf"^ok   {what}:", done.stdout, re.M), done.stdout


def test_the_server_log_holds_no_secret(inst: Installation, server: RunningServer) -> None:
    text = server.log_text()
    assert '"event": "call"' in text
    for secret in (PASSWORD, *inst.staff_keys.values(), *inst.customer_keys.values()):
        assert secret not in text
    assert "$handle" not in text


def workstation_config(inst: Installation, server: RunningServer, identity: ClientIdentity,
                       folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.toml"
    config.write_text(
        f'server_url = ["https://127.0.0.1:9", "{server.url}"]\n'
        f'client_certificate = "{identity.certificate}"\nclient_key = "{identity.key}"\n'
        f'ca_certificate = "{identity.ca_certificate}"\nworkstation = "I-AM-WS-B"\n',
        encoding="utf-8")
    return config


def run_cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_admin_cli_works_through_the_server_and_the_workstation_keeps_no_secret(
        inst: Installation, server: RunningServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> None:
    identity = inst.enroll("WS-ADMIN")
    home = tmp_path / "workstation"
    config = workstation_config(inst, server, identity, home)
    for name in ("AUTHDESK_DATABASE_URL", "AUTHDESK_SERVER_URL", "AUTHDESK_WORKSTATION",
                 "AUTHDESK_CLIENT_KEY_PASSPHRASE", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("AUTHDESK_CONFIG", str(config))
    code, out, err = run_cli("workstation", "install", "--key", str(identity.key),
                             stdin="not the passphrase\n")
    assert code == 1 and "passphrase does not open it" in err
    code, out, err = run_cli("workstation", "install", "--key", str(identity.key),
                             stdin=identity.passphrase + "\n")
    assert code == 0, err
    before = head(inst)
    sign_in = f"{PASSWORD}\n{inst.codes(inst.staff_keys['admin'])}\n"
    code, out, err = run_cli("--json", "--user", "admin", "staff", "add", "--username",
                             "cli.agent", "--name", "Cli Agent", "--employee-no", "E7777",
                             "--role", "agent", stdin=sign_in + f"{PASSWORD}\n")
    assert code == 0, err
    assert json.loads(out)["username"] == "cli.agent"
    # What runs only on the server host says so, before anything is asked.
    code, out, err = run_cli("--user", "admin", "audit", "verify")
    assert code == 2 and "server host" in err
    written = events(inst, before)
    assert {e.workstation for e in written if e.actor == "admin"} == {"WS-ADMIN"}
    assert "staff.added" in [e.action for e in written]

    # The workstation's files and keyring hold its own certificate, key (encrypted) and the
    # key's passphrase; no database password, installation key, staff or customer seed.
    material = inst.owner.keys.export_material()
    secrets_of_the_installation = [
        APP_ROLE_PASSWORD, KEY_PASSPHRASE, material["data_key"], material["signing_key"],
        *inst.staff_keys.values(), *inst.customer_keys.values(),
    ]
    held = [p.read_bytes().decode("utf-8", "replace") for p in home.rglob("*") if p.is_file()]
    held += [identity.key.read_text(), identity.certificate.read_text()]
    held += [f"{k}={v}" for k, v in memory_keyring._store.items()]
    assert any(identity.passphrase in h for h in held)  # its own key's passphrase only
    for secret in secrets_of_the_installation:
        assert not any(secret in h for h in held), "a secret of the installation is here"
