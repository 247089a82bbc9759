"""Regenerate the initial migration from authdesk/storage/models.py.

Only while nothing has been released: after the first release, add new revisions instead
(``alembic revision --autogenerate``)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from authdesk.storage.db import alembic_config, sqlite_url

versions = Path(__file__).resolve().parent.parent / "authdesk/storage/migrations/versions"
for old in versions.glob("*_initial.py"):
    old.unlink()
with tempfile.TemporaryDirectory() as tmp:
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", sqlite_url(Path(tmp) / "empty.db"))
    command.revision(config, message="initial", autogenerate=True, rev_id="0001")
for new in versions.glob("*_initial.py"):
    print("wrote", new)
