"""The schema version, read cheaply: no Alembic, no SQLAlchemy.

Which revisions this program knows comes from the text of the migration scripts (their
``revision`` and ``down_revision`` lines), which revisions a database has from one query of its
``alembic_version`` table. Alembic itself (and Mako with it) is imported only when a migration
is due (``Database.migrate``). ``tests/storage/test_schema.py`` checks that this reading of the
scripts agrees with Alembic's.

``sqlite_schema_state`` is the app's check before its first window: it opens an SQLite file
read-only with the standard library and says whether the schema is current.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

# 'current', 'empty' (no schema: a new database), 'behind' (a migration is due), 'too_new' (a
# newer program migrated it), or 'unknown' (sqlite_schema_state only: could not look).
SchemaState = str

_REVISION = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=\n]*)?=\s*(.+)$""", re.MULTILINE)
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


@cache
def known_revisions() -> dict[str, frozenset[str]]:
    """Each revision of this program's migrations with the revisions it follows."""
    versions = resources.files("authdesk.storage") / "migrations" / "versions"
    known: dict[str, frozenset[str]] = {}
    for script in versions.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"migration {script.name} names no revision/down_revision")
        known[revision.group(1)] = frozenset(_QUOTED.findall(down.group(1)))
    return known


def head_revisions() -> frozenset[str]:
    """The newest revisions: the ones no other revision follows."""
    known = known_revisions()
    followed = set().union(*known.values()) if known else set()
    return frozenset(set(known) - followed)


def state_of(current: set[str] | frozenset[str]) -> SchemaState:
    """Compare a database's revisions (its ``alembic_version`` rows) with this program's."""
    if not current:
        return "empty"
    if not current <= set(known_revisions()):
        return "too_new"
    return "current" if current == head_revisions() else "behind"


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (``sqlite:///relative`` or ``sqlite:////absolute``), or None
    for anything else (a server database, an in-memory one, query options)."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            rest = url[len(prefix):]
            if not rest or "?" in rest or rest == ":memory:":
                return None
            return Path(unquote(rest))
    return None


def sqlite_schema_state(path: Path) -> SchemaState:
    """One read-only query of an SQLite file's schema version. 'empty' when the file does not
    exist (a new workstation); 'unknown' when it cannot be read (the caller then opens the
    database the slow way, which says what is wrong)."""
    if not path.is_file():
        return "empty"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return "unknown"
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:  # no such table (empty), locked, not a database: look the slow way
        return "unknown"
    finally:
        conn.close()
    return state_of({str(row[0]) for row in rows})
