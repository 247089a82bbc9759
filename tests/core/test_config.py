"""Configuration: explicit over environment over file over defaults; a corrupt file is refused
in one sentence, never half-used."""

from __future__ import annotations

from pathlib import Path

import pytest

from authdesk.core.config import load_config
from authdesk.core.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AUTHDESK_DATABASE_URL", "AUTHDESK_WORKSTATION", "AUTHDESK_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize("content, reason", [
    (b'database_url = "postgresql://db/authdesk', "unterminated"),  # broken TOML
    (b'database_url = "sqlite:///x.db"\ncolour = "blue"\n', "unknown setting 'colour'"),
    (b"workstation = 7\n", "workstation must be text"),
    (b'workstation = "\xff\xfe"\n', "codec"),  # not UTF-8
])
def test_corrupt_config_file_is_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in info.value.message
    assert reason in info.value.message.lower() or reason in info.value.message
    assert "\n" not in info.value.message  # one sentence


def test_unreadable_config_path_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.toml").mkdir()
    with pytest.raises(ConfigError):
        load_config(tmp_path / "config.toml")


def test_corrupt_file_named_by_environment_is_refused(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "site.toml"
    path.write_text("[[[", encoding="utf-8")
    monkeypatch.setenv("AUTHDESK_CONFIG", str(path))
    with pytest.raises(ConfigError):
        load_config()


def test_default_is_sqlite_in_the_data_folder(tmp_path: Path) -> None:
    config = load_config(tmp_path / "missing.toml")
    assert config.database_url == f"sqlite:///{tmp_path / 'data' / 'authdesk.db'}"
    assert config.embedded


def test_order_explicit_environment_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text('database_url = "postgresql://file/db"\nworkstation = "WS-FILE"\n'
                    'language = "ja"\n', encoding="utf-8")
    config = load_config(path)
    assert (config.database_url, config.workstation, config.language) == (
        "postgresql://file/db", "WS-FILE", "ja")
    assert not config.embedded
    monkeypatch.setenv("AUTHDESK_DATABASE_URL", "postgresql://env/db")
    monkeypatch.setenv("AUTHDESK_WORKSTATION", "WS-ENV")
    config = load_config(path)
    assert (config.database_url, config.workstation) == ("postgresql://env/db", "WS-ENV")
    assert load_config(path, database_url="sqlite:///cli.db").database_url == "sqlite:///cli.db"
