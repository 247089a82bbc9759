"""Shared mode (issue 10): the desktop app never opens the shared PostgreSQL database named in
a workstation's configuration; it says to use server_url instead, before connecting."""

from __future__ import annotations

from pathlib import Path

import pytest

from authdesk.core.config import (
    SharedDatabaseNotAllowed,
    SharedModeNotInDesktopApp,
    load_config,
)
from authdesk.gui.shell.app import open_configured


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AUTHDESK_DATABASE_URL", "AUTHDESK_SERVER_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))


def test_a_postgresql_database_in_the_configuration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    # Port 9 has nothing listening: the refusal must come before any connection attempt.
    path.write_text('database_url = "postgresql://app@127.0.0.1:9/authdesk"\n',
                    encoding="utf-8")
    with pytest.raises(SharedDatabaseNotAllowed, match="server_url"):
        open_configured(load_config(path))


def test_shared_mode_is_named_plainly(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('server_url = "https://authdesk.example:8443"\n', encoding="utf-8")
    with pytest.raises(SharedModeNotInDesktopApp):
        open_configured(load_config(path))
