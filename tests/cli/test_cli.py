"""``authdesk-admin``: commands, exit codes (0 ok, 1 check failed, 2 usage or environment),
one sentence on stderr and never a traceback, secrets never on the command line.

The commands run in-process through ``main(argv)`` with the in-memory keyring set as the
process keyring (the memory_keyring fixture); one test runs the real program in a subprocess.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy.engine import make_url

from authdesk.cli.main import main
from authdesk.core.keys import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long enough password"
PASSPHRASE = "correct horse battery staple"


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> object:
        return json.loads(self.out)


Admin = Callable[..., Run]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No user config, a private data folder (workstation memory), a fixed workstation."""
    monkeypatch.setenv("AUTHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AUTHDESK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("AUTHDESK_WORKSTATION", "WS-CLI-01")
    monkeypatch.delenv("AUTHDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("AUTHDESK_DEBUG", raising=False)
    return tmp_path


@pytest.fixture
def admin(env: Path, database_url: str, memory_keyring: MemoryKeyring) -> Admin:
    """Run ``authdesk-admin --db <test database> ARGS`` with ``stdin`` as standard input."""

    def run(*args: str, stdin: str = "", db: str | None = database_url) -> Run:
        out, err = io.StringIO(), io.StringIO()
        argv = (["--db", db] if db else []) + list(args)
        code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
        return Run(code, out.getvalue(), err.getvalue())

    return run


def one_sentence(run: Run) -> str:
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("authdesk-admin: ") and "Traceback" not in run.err
    return lines[0]


def init(admin: Admin) -> Run:
    done = admin("init", stdin=f"admin\nAdmin Person\nE001\n{PASSWORD}\n")
    assert done.code == 0, done.err
    return done


# -- init and staff ------------------------------------------------------------------------------


def test_init_creates_the_first_admin_and_shows_the_key_once(admin: Admin) -> None:
    first = init(admin)
    assert first.out.count("otpauth://totp/AuthDesk:admin?") == 1
    assert "manual key:" in first.out
    assert PASSWORD not in first.out + first.err
    again = admin("init")  # idempotent; no second administrator, no key shown again
    assert again.code == 0 and "otpauth://" not in again.out
    assert "administrator exists" in again.out
    listed = admin("--json", "staff", "list").json
    assert isinstance(listed, list) and listed[0]["username"] == "admin"
    assert listed[0]["roles"] == ["admin"]


def test_init_json_carries_the_enrollment(admin: Admin) -> None:
    done = admin("init", "--json", "--admin-username", "root1", "--admin-name", "Root One",
                 "--admin-employee-no", "E010", stdin=PASSWORD + "\n")
    assert done.code == 0, done.err
    data = done.json
    assert isinstance(data, dict)
    assert data["admin"]["otpauth_uri"].startswith("otpauth://totp/AuthDesk:root1?")
    assert data["key_id"] and data["created"] is True


def test_init_without_a_password_on_stdin_is_a_usage_error(admin: Admin) -> None:
    done = admin("init", stdin="admin\nAdmin\nE001\n")
    assert done.code == 2
    assert "password" in one_sentence(done).lower()


def test_passwords_are_never_taken_from_argv(admin: Admin) -> None:
    init(admin)
    done = admin("staff", "add", "--username", "bob", "--name", "Bob", "--employee-no", "E2",
                 "--role", "agent", "--password", PASSWORD)
    assert done.code == 2 and "unrecognized arguments" in one_sentence(done)


def test_staff_lifecycle(admin: Admin) -> None:
    init(admin)
    added = admin("--json", "staff", "add", "--username", "sato", "--name", "佐藤 花子",
                  "--employee-no", "E100", "--role", "agent", "--role", "supervisor",
                  stdin=PASSWORD + "\n")
    assert added.code == 0, added.err
    first_key = added.json["manual_key"]  # type: ignore[index]
    rows = {r["username"]: r for r in admin("--json", "staff", "list").json}  # type: ignore[union-attr]
    assert rows["sato"]["roles"] == ["agent", "supervisor"] and rows["sato"]["active"]
    reset = admin("--json", "staff", "reset-totp", "sato")
    assert reset.code == 0 and reset.json["manual_key"] != first_key  # type: ignore[index]
    assert admin("staff", "unlock", "sato").code == 0
    assert admin("staff", "disable", "sato").code == 0
    rows = {r["username"]: r for r in admin("--json", "staff", "list").json}  # type: ignore[union-attr]
    assert not rows["sato"]["active"]


def test_rule_refusals_exit_1_and_bad_input_exits_2(admin: Admin) -> None:
    init(admin)
    duplicate = admin("staff", "add", "--username", "admin2", "--name", "Other",
                      "--employee-no", "E001", "--role", "auditor", stdin=PASSWORD + "\n")
    assert duplicate.code == 1
    assert "E001 already has an active account" in one_sentence(duplicate)
    weak = admin("staff", "add", "--username", "x1", "--name", "X", "--employee-no", "E5",
                 "--role", "agent", stdin="short\n")
    assert weak.code == 2 and "12 characters" in one_sentence(weak)
    missing = admin("staff", "disable", "nobody")
    assert missing.code == 2 and "nobody" in one_sentence(missing)


def test_the_cli_acts_as_cli_and_the_os_user(admin: Admin) -> None:
    init(admin)
    out = admin("--json", "audit", "export", "--out", str(Path(os.environ["AUTHDESK_DATA_DIR"])
                                                         .parent / "a.jsonl"))
    assert out.code == 0, out.err
    path = Path(os.environ["AUTHDESK_DATA_DIR"]).parent / "a.jsonl"
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    added = next(e for e in events if e["action"] == "staff.added")
    assert added["actor"].startswith("cli:") and added["workstation"] == "WS-CLI-01"


# -- audit ---------------------------------------------------------------------------------------


def test_verify_an_untouched_log(admin: Admin) -> None:
    init(admin)
    done = admin("audit", "verify")
    assert done.code == 0, done.err
    assert "Audit log intact" in done.out and done.err == ""
    data = admin("audit", "verify", "--json").json  # --json after the command works too
    assert isinstance(data, dict) and data["ok"] is True and data["damage"] is None


def test_verify_fails_when_the_workstation_memory_is_damaged(admin: Admin, env: Path) -> None:
    init(admin)
    assert admin("audit", "checkpoint").code == 0
    state = env / "data" / "workstation-state.json"
    assert state.exists()
    state.write_text("{ half a file", encoding="utf-8")
    done = admin("audit", "verify")
    assert done.code == 1
    assert "is damaged, so deleting the newest events cannot be ruled out" in one_sentence(done)
    assert "Audit log intact" not in done.out and "rollback check could not run" in done.out
    data = admin("--json", "audit", "verify").json
    assert isinstance(data, dict) and data["ok"] is False and data["damage"] is None
    assert data["workstation_memory"] == "damaged"
    assert state.read_text(encoding="utf-8") == "{ half a file"  # left for whoever looks


def test_verify_after_an_edit_with_the_sqlite3_tool(admin: Admin, database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("edits the SQLite file; the PostgreSQL equivalents are in "
                    "tests/core/test_audit_damage.py")
    tool = shutil.which("sqlite3")
    if tool is None:
        pytest.skip("the sqlite3 command-line tool is not installed (apt-get install sqlite3)")
    init(admin)
    for i in range(3):
        admin("policy", "set", "staff_idle_minutes", str(20 + i))
    assert admin("audit", "verify").code == 0
    path = make_url(database_url).database
    assert path
    subprocess.run([tool, path, "UPDATE audit_event SET actor = 'mallory' WHERE seq = 3;"],
                   check=True, timeout=60)
    done = admin("audit", "verify")
    assert done.code == 1
    assert "event 3 (edited)" in one_sentence(done)
    assert "first bad event 3" in done.out
    data = admin("--json", "audit", "verify").json
    assert isinstance(data, dict) and data["damage"]["seq"] == 3


def test_verify_notices_a_deleted_row(admin: Admin, database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("edits the SQLite file")
    init(admin)
    for i in range(3):
        admin("policy", "set", "staff_idle_minutes", str(20 + i))
    path = make_url(database_url).database
    assert path
    with sqlite3.connect(path) as con:
        con.execute("DELETE FROM audit_event WHERE seq = 4")
    con.close()
    done = admin("audit", "verify")
    assert done.code == 1 and "event 4 (deleted)" in one_sentence(done)


def test_checkpoint_and_export(admin: Admin, env: Path) -> None:
    init(admin)
    cp = admin("--json", "audit", "checkpoint")
    assert cp.code == 0 and isinstance(cp.json, dict) and cp.json["seq"] > 0
    out = env / "audit.jsonl"
    done = admin("audit", "export", "--out", str(out))
    assert done.code == 0, done.err
    assert out.exists() and (env / "audit.jsonl.manifest.json").exists()
    checked = subprocess.run([sys.executable, str(ROOT / "docs" / "verify_export.py"), str(out)],
                             capture_output=True, text=True, timeout=120, check=False)
    assert checked.returncode == 0, checked.stdout
    again = admin("audit", "export", "--out", str(out))
    assert again.code == 2 and "exists already" in one_sentence(again)
    assert admin("audit", "export", "--out", str(out), "--force").code == 0


def test_filtered_csv_export(admin: Admin, env: Path) -> None:
    init(admin)
    out = env / "policy.csv"
    done = admin("--json", "audit", "export", "--out", str(out), "--action", "staff",
                 "--outcome", "ok", "--since", "2000-01-01", "--until", "2100-01-01T00:00+09:00")
    assert done.code == 0, done.err
    manifest = done.json
    assert isinstance(manifest, dict)
    assert manifest["file_format"] == "csv" and manifest["complete"] is False
    assert manifest["filter"]["action"] == "staff" and manifest["count"] == 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_bad_export_arguments_are_usage_errors(admin: Admin, env: Path) -> None:
    init(admin)
    bad_time = admin("audit", "export", "--out", str(env / "x.jsonl"), "--since", "last week")
    assert bad_time.code == 2 and "not a date" in one_sentence(bad_time)
    no_folder = admin("audit", "export", "--out", str(env / "missing" / "x.jsonl"))
    assert no_folder.code == 2 and "does not exist" in one_sentence(no_folder)


# -- policy --------------------------------------------------------------------------------------


def test_policy_show_and_set(admin: Admin) -> None:
    init(admin)
    shown = {r["name"]: r for r in admin("--json", "policy", "show").json}  # type: ignore[union-attr]
    assert shown["staff_lockout_failures"]["value"] == 5
    assert shown["staff_idle_minutes"]["value"] == 30
    assert admin("policy", "set", "staff_lockout_failures", "6").code == 0
    shown = {r["name"]: r for r in admin("--json", "policy", "show").json}  # type: ignore[union-attr]
    assert shown["staff_lockout_failures"]["value"] == 6
    assert "(default 5)" in admin("policy", "show").out
    out_of_range = admin("policy", "set", "staff_lockout_failures", "1")
    assert out_of_range.code == 2 and "between 3 and 100" in one_sentence(out_of_range)
    assert admin("policy", "set", "no_such_policy", "1").code == 2
    assert admin("policy", "set", "staff_lockout_failures", "six").code == 2


# -- keys ----------------------------------------------------------------------------------------


def test_keys_status(admin: Admin) -> None:
    data = init(admin)
    status = admin("--json", "keys", "status").json
    assert isinstance(status, dict) and status["key_check"] == "ok"
    assert status["key_id"] in data.out
    assert status["keyring"].endswith("MemoryKeyring")


def test_keys_move_to_a_second_workstation(admin: Admin, env: Path) -> None:
    init(admin)
    key_file = env / "keys.authdesk-keys"
    exported = admin("keys", "export", "--out", str(key_file), stdin=PASSPHRASE + "\n")
    assert exported.code == 0, exported.err
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert PASSPHRASE not in key_file.read_text(encoding="utf-8")
    # The second workstation: an empty keyring.
    second = MemoryKeyring()
    keyring.set_keyring(second)
    missing = admin("audit", "verify")
    assert missing.code == 2 and "keys import" in one_sentence(missing)
    wrong = admin("keys", "import", str(key_file), stdin="not the passphrase\n")
    assert wrong.code == 2 and "passphrase does not open" in one_sentence(wrong)
    assert second._store == {}  # nothing stored
    done = admin("keys", "import", str(key_file), stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert admin("audit", "verify").code == 0
    actions = [json.loads(line)["action"] for line in _export(admin, env).splitlines()]
    assert "keys.exported" in actions and "keys.imported" in actions


def _export(admin: Admin, env: Path) -> str:
    out = env / "all.jsonl"
    assert admin("audit", "export", "--out", str(out), "--force").code == 0
    return out.read_text(encoding="utf-8")


def test_key_file_of_another_database_is_refused(admin: Admin, env: Path) -> None:
    init(admin)
    other = f"sqlite:///{env / 'other.db'}"
    assert admin("init", "--no-admin", db=other).code == 0
    key_file = env / "other.keys"
    assert admin("keys", "export", "--out", str(key_file), db=other,
                 stdin=PASSPHRASE + "\n").code == 0
    done = admin("keys", "import", str(key_file), stdin=PASSPHRASE + "\n")
    assert done.code == 2 and "not of this database" in one_sentence(done)


def test_short_key_file_passphrase_is_refused(admin: Admin, env: Path) -> None:
    init(admin)
    done = admin("keys", "export", "--out", str(env / "k"), stdin="short\n")
    assert done.code == 2 and "passphrase" in one_sentence(done)
    assert not (env / "k").exists()


# -- environment errors: exit 2, one sentence, no traceback --------------------------------------


def test_missing_keyring_is_refused(admin: Admin, database_url: str) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    done = admin("init", "--no-admin")
    assert done.code == 2 and "No secure credential store" in one_sentence(done)


def test_wrong_key_is_refused(admin: Admin, env: Path, memory_keyring: MemoryKeyring) -> None:
    init(admin)
    other = f"sqlite:///{env / 'other.db'}"
    assert admin("init", "--no-admin", db=other).code == 0
    mine = admin("--json", "keys", "status").json["database_id"]  # type: ignore[index]
    theirs = admin("--json", "keys", "status", db=other).json["database_id"]  # type: ignore[index]
    # This workstation's keyring now holds the other database's keys under this one's name.
    for what in ("data-key", "signing-key"):
        memory_keyring.set_password("AuthDesk", f"{mine}:{what}",
                                    memory_keyring.get_password("AuthDesk", f"{theirs}:{what}")
                                    or "")
    done = admin("audit", "verify")
    assert done.code == 2 and "do not belong to this database" in one_sentence(done)


def test_unreachable_database(admin: Admin) -> None:
    done = admin("audit", "verify", db="postgresql://nobody@127.0.0.1:1/authdesk")
    assert done.code == 2 and "cannot be reached" in one_sentence(done)


def test_database_not_initialised_is_not_created(admin: Admin, env: Path) -> None:
    path = env / "typo.db"
    done = admin("audit", "verify", db=f"sqlite:///{path}")
    assert done.code == 2 and "authdesk-admin init" in one_sentence(done)
    assert not path.exists()


def test_corrupt_config_file(admin: Admin, env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = env / "config.toml"
    config.write_text('database_url = "sqlite:///x.db\n', encoding="utf-8")
    monkeypatch.setenv("AUTHDESK_CONFIG", str(config))
    done = admin("audit", "verify", db=None)
    assert done.code == 2 and "configuration file" in one_sentence(done)


@pytest.mark.parametrize("argv", [[], ["audit"], ["audit", "frobnicate"], ["--bogus", "init"]])
def test_usage_errors(admin: Admin, argv: list[str]) -> None:
    done = admin(*argv, db=None)
    assert done.code == 2
    one_sentence(done)


def test_json_errors_are_json(admin: Admin) -> None:
    done = admin("--json", "audit", "verify", db="postgresql://nobody@127.0.0.1:1/authdesk")
    data = done.json
    assert isinstance(data, dict)
    assert data == {"ok": False, "error": "DatabaseUnavailable", "message": data["message"],
                    "exit": 2}


def test_help_exits_0(admin: Admin) -> None:
    done = admin("--help", db=None)
    assert done.code == 0


def test_default_database_comes_from_the_data_folder(admin: Admin, env: Path) -> None:
    assert admin("init", "--no-admin", db=None).code == 0
    assert (env / "data" / "authdesk.db").exists()


def test_demo_seed_calls_the_demo_module(admin: Admin, monkeypatch: pytest.MonkeyPatch) -> None:
    init(admin)
    calls: list[object] = []
    fake = types.ModuleType("authdesk.core.demo")
    fake.seed = lambda desk: calls.append(desk) or {"staff": 3}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "authdesk.core.demo", fake)
    done = admin("--json", "demo-seed")
    assert done.code == 0, done.err
    assert len(calls) == 1 and type(calls[0]).__name__ == "Desk"
    assert done.json == {"seeded": True, "result": {"staff": 3}}


def test_the_real_program_without_a_keyring(env: Path) -> None:
    """A separate process, the way IT runs it: no OS keyring means exit 2, one sentence, no
    traceback, and no database file left behind."""
    path = env / "authdesk.db"
    done = subprocess.run(
        [sys.executable, "-m", "authdesk.cli.main", "--db", f"sqlite:///{path}", "init"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert done.returncode == 2
    assert one_sentence(Run(done.returncode, done.stdout, done.stderr))
    assert "No secure credential store" in done.stderr
    assert not path.exists()
