"""The cheap schema check: the migration scripts read as text agree with Alembic, and one query
of ``alembic_version`` says whether a database is current, without importing Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from authdesk.storage.db import Database, alembic_config, sqlite_url
from authdesk.storage.schema import (
    head_revisions,
    known_revisions,
    sqlite_path,
    sqlite_schema_state,
    state_of,
)


def test_the_scripts_read_as_text_agree_with_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert set(known_revisions()) == {rev.revision for rev in script.walk_revisions()}
    for rev in script.walk_revisions():
        assert known_revisions()[rev.revision] == frozenset(rev._all_down_revisions)
    assert head_revisions() == set(script.get_heads())


def test_states() -> None:
    head = set(head_revisions())
    assert state_of(set()) == "empty"
    assert state_of(head) == "current"
    assert state_of({"from_the_future"}) == "too_new"
    older = set(known_revisions()) - head
    if older:
        assert state_of({sorted(older)[0]}) == "behind"


def test_sqlite_urls() -> None:
    assert sqlite_path("sqlite:////data/authdesk.db") == Path("/data/authdesk.db")
    assert sqlite_path("sqlite:///rel/a%20b.db") == Path("rel/a b.db")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("sqlite:///a.db?mode=ro") is None
    assert sqlite_path("postgresql://u@h/db") is None


def test_an_sqlite_file_read_with_one_query(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    assert sqlite_schema_state(path) == "empty"  # no file yet: a new workstation
    db = Database(sqlite_url(path))
    db.migrate()
    assert sqlite_schema_state(path) == "current"
    db.execute_raw("UPDATE alembic_version SET version_num = 'from_the_future'")
    assert sqlite_schema_state(path) == "too_new"
    db.dispose()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert sqlite_schema_state(junk) == "unknown"
    bare = tmp_path / "bare.db"
    sqlite3.connect(bare).close()
    assert sqlite_schema_state(bare) == "unknown"  # no alembic_version: the slow way says it


def test_a_current_schema_is_checked_and_migrated_without_importing_alembic(
        tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "a.db"))
    db.migrate()
    db.dispose()
    program = (
        "import sys\n"
        "from authdesk.storage.db import Database\n"
        f"db = Database({sqlite_url(tmp_path / 'a.db')!r})\n"
        "db.migrate(); db.require_current()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
