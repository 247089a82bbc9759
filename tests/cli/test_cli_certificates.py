"""Shared mode, slice 1: ``authdesk-admin ca init``, ``workstation enroll/revoke/list`` and
``server certificate``: the CA key only in the keyring, workstation keys encrypted, every issue
and revocation an administrator's audited act."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import test_cli
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from test_cli import ADMIN, AGENT, Cli, add_staff, db_rows, init

from authdesk.core.clock import FakeClock
from authdesk.core.keys import MemoryKeyring


@pytest.fixture
def cli(tmp_path: Path, database_url: str, memory_keyring: MemoryKeyring, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    """test_cli's ``cli`` fixture (its environment and clock), for these commands."""
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AUTHDESK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("AUTHDESK_WORKSTATION", "WS-CLI-01")
    monkeypatch.delenv("AUTHDESK_DATABASE_URL", raising=False)
    monkeypatch.setattr(test_cli.kernel_module, "SystemClock", lambda: clock)
    return Cli(database_url, clock)


def events(cli: Cli, action: str) -> list[dict[str, object]]:
    rows = db_rows(cli.database_url)["audit_event"]
    # (seq, ts, actor, role, workstation, action, subject, ...)
    return [{"action": r[5], "subject": r[6]} for r in rows if r[5] == action]


def enrolled(cli: Cli, tmp_path: Path, name: str) -> dict[str, str]:
    out = tmp_path / name
    out.mkdir()
    done = cli("workstation", "enroll", name, "--out", str(out), "--json", user=ADMIN)
    assert done.code == 0, done.err
    return done.json


def test_ca_key_in_the_keyring_only_and_workstation_keys_encrypted(
        cli: Cli, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    init(cli)
    assert cli("ca", "init", user=ADMIN).code == 0
    assert any(entry.endswith(":ca-key") for _, entry in memory_keyring._store)
    # The database holds the CA certificate, never a private key.
    meta = dict(db_rows(cli.database_url)["meta"])
    assert "BEGIN CERTIFICATE" in meta["ca_certificate"]
    assert not any("PRIVATE KEY" in str(v) for v in meta.values())
    again = cli("ca", "init", user=ADMIN)
    assert again.code == 1 and "has a certificate authority already" in again.err

    data = enrolled(cli, tmp_path, "WS-101")
    key_file, cert_file = Path(data["key"]), Path(data["certificate"])
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    with pytest.raises(TypeError):  # no passphrase, no key
        serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    key = serialization.load_pem_private_key(key_file.read_bytes(),
                                             password=data["key_passphrase"].encode())
    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    ca = x509.load_pem_x509_certificate(Path(data["ca"]).read_bytes())
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert cert.public_key().public_numbers() == key.public_key().public_numbers()
    cert.verify_directly_issued_by(ca)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "WS-101"
    usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(usage) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    assert format(cert.serial_number, "x") == data["serial"]
    # The passphrase is printed once and kept nowhere.
    assert data["key_passphrase"] not in json.dumps(db_rows(cli.database_url), default=str)
    issued = events(cli, "certificate.issued")
    assert issued and issued[-1]["subject"] == "workstation:WS-101"


def test_enrolled_twice_refused_until_revoked_and_revocation_is_listed(
        cli: Cli, tmp_path: Path) -> None:
    init(cli)
    cli("ca", "init", user=ADMIN)
    first = enrolled(cli, tmp_path, "WS-102")
    (tmp_path / "again").mkdir()
    twice = cli("workstation", "enroll", "WS-102", "--out", str(tmp_path / "again"), user=ADMIN)
    assert twice.code == 1 and "Revoke it first" in twice.err
    revoked = cli("workstation", "revoke", "WS-102", "--json", user=ADMIN)
    assert revoked.code == 0 and revoked.json["revoked"] == [first["serial"]]
    assert cli("workstation", "revoke", "WS-102", user=ADMIN).code == 1  # nothing left
    second = cli("workstation", "enroll", "WS-102", "--out", str(tmp_path / "again"),
                 "--json", user=ADMIN)
    assert second.code == 0 and second.json["serial"] != first["serial"]
    listed = cli("workstation", "list", "--json", user=ADMIN).json
    states = {r["serial"]: r["revoked_at"] is not None for r in listed}
    assert states == {first["serial"]: True, second.json["serial"]: False}
    assert events(cli, "certificate.revoked")[-1]["subject"] == "workstation:WS-102"


def test_only_administrators_issue_or_revoke(cli: Cli, tmp_path: Path) -> None:
    init(cli)
    add_staff(cli, AGENT, "agent", employee_no="E010")
    cli("ca", "init", user=ADMIN)
    refused = cli("workstation", "enroll", "WS-9", "--out", str(tmp_path), user=AGENT)
    assert refused.code == 1 and "workstation.manage" in refused.err
    assert not (tmp_path / "WS-9.key").exists()
    assert cli("ca", "init", user=AGENT).code == 1
    assert cli("workstation", "revoke", "WS-9", user=AGENT).code == 1


def test_enrol_needs_a_ca_and_a_usable_name(cli: Cli, tmp_path: Path) -> None:
    init(cli)
    no_ca = cli("workstation", "enroll", "WS-1", "--out", str(tmp_path), user=ADMIN)
    assert no_ca.code == 1 and "ca init" in no_ca.err
    cli("ca", "init", user=ADMIN)
    bad = cli("workstation", "enroll", "../evil", "--out", str(tmp_path), user=ADMIN)
    assert bad.code == 2 and "workstation" in bad.err


def test_server_certificate_names_its_hosts(cli: Cli, tmp_path: Path) -> None:
    init(cli)
    cli("ca", "init", user=ADMIN)
    done = cli("server", "certificate", "srv-1", "--host", "localhost", "--host", "127.0.0.1",
               "--out", str(tmp_path), "--json", user=ADMIN)
    assert done.code == 0, done.err
    cert = x509.load_pem_x509_certificate(Path(done.json["certificate"]).read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    assert [str(a) for a in names.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(usage) == [ExtendedKeyUsageOID.SERVER_AUTH]
