"""Shared mode's configuration (issue 10): server_url (one or several, for fail-over), the
workstation's certificate files, and no direct connection from a workstation to the shared
PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

import pytest

from authdesk.core.config import (
    SharedDatabaseNotAllowed,
    load_config,
    refuse_direct_shared_database,
)
from authdesk.core.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AUTHDESK_DATABASE_URL", "AUTHDESK_WORKSTATION", "AUTHDESK_CONFIG",
                 "AUTHDESK_SERVER_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))


def test_server_urls_from_the_file_as_a_list_or_from_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text('server_url = ["https://a.example:8443", "https://b.example:8443"]\n'
                    'client_certificate = "ws.crt"\nclient_key = "ws.key"\n'
                    'ca_certificate = "ca.crt"\n', encoding="utf-8")
    config = load_config(path)
    assert config.shared and config.embedded  # no database of its own but the default
    assert config.server_urls == ("https://a.example:8443", "https://b.example:8443")
    assert config.client_key == tmp_path / "ws.key"
    refuse_direct_shared_database(config)  # nothing to refuse
    monkeypatch.setenv("AUTHDESK_SERVER_URL", "https://c.example, https://d.example")
    assert load_config(path).server_urls == ("https://c.example", "https://d.example")


def test_a_workstation_configuration_naming_postgresql_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text('database_url = "postgresql://app:secret@db.example/authdesk"\n',
                    encoding="utf-8")
    with pytest.raises(SharedDatabaseNotAllowed) as refused:
        refuse_direct_shared_database(load_config(path))
    assert "server_url" in refused.value.message
    assert "secret" not in refused.value.message
    monkeypatch.setenv("AUTHDESK_DATABASE_URL", "postgresql://db.example/authdesk")
    with pytest.raises(SharedDatabaseNotAllowed):
        refuse_direct_shared_database(load_config(tmp_path / "none.toml"))
    # Given explicitly (authdesk-admin --db on the server host), it is the administrator's call.
    refuse_direct_shared_database(load_config(path, database_url="postgresql://db/x"))


def test_naming_both_a_server_and_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('server_url = "https://a.example"\n'
                    'database_url = "postgresql://db.example/authdesk"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not both"):
        load_config(path)
