"""This workstation: its name and what it remembers of each database's audit log.

The newest signed checkpoint seen is kept in a small file in the user's data directory, outside
the database, so that a database rolled back to an earlier state is noticed here.

A damaged file is never read as "nothing remembered" and never overwritten: someone who rolls
the database back could also spoil this file, so verification says plainly that the rollback
check could not run until the file is restored or deliberately removed.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from authdesk.core.errors import AuthDeskError

if TYPE_CHECKING:
    from authdesk.core.audit import CheckpointInfo

log = logging.getLogger("authdesk.workstation")


class WorkstationMemoryDamaged(AuthDeskError):
    template = (
        "This workstation's record of the newest audit checkpoint ({path}) is damaged, so "
        "deleting the newest events cannot be ruled out here. Restore the file from a backup, "
        "or delete it to start a new record."
    )


@dataclass(frozen=True)
class Workstation:
    name: str
    state_file: Path
    # Where this workstation also writes each signed checkpoint it takes (core.witness);
    # None: no witness directory configured.
    witness_dir: Path | None = None

    @classmethod
    def local(cls, data_dir: Path, name: str | None = None,
              witness_dir: Path | None = None) -> Workstation:
        env = os.environ.get("AUTHDESK_WITNESS_DIR")
        return cls(name or os.environ.get("AUTHDESK_WORKSTATION") or socket.gethostname(),
                   data_dir / "workstation-state.json",
                   witness_dir or (Path(env) if env else None))

    def seen_checkpoint(self, database_id: str) -> CheckpointInfo | None:
        """The newest checkpoint this workstation saw for the database, None if none yet;
        raises WorkstationMemoryDamaged if the file cannot be read."""
        entry = self._read().get(database_id)
        return None if entry is None else self._checkpoint(entry)

    def remember_checkpoint(self, database_id: str, checkpoint: CheckpointInfo) -> None:
        """Keep ``checkpoint`` if it is newer than the one remembered. A damaged file is left
        as it is (verification reports it); the checkpoint itself is safe in the database."""
        try:
            state = self._read()
            previous = state.get(database_id)
            if previous is not None and self._checkpoint(previous).seq > checkpoint.seq:
                return
        except WorkstationMemoryDamaged:
            log.warning("not updating the damaged workstation state file %s", self.state_file)
            return
        state[database_id] = checkpoint.as_dict()
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.replace(tmp, self.state_file)

    def _checkpoint(self, entry: object) -> CheckpointInfo:
        # Imported here: the app names its workstation before its first window, without the
        # audit code and SQLAlchemy (issue 14).
        from authdesk.core.audit import CheckpointInfo

        if not isinstance(entry, dict):
            raise WorkstationMemoryDamaged(path=str(self.state_file))
        try:
            return CheckpointInfo(int(str(entry["seq"])), str(entry["head_hash"]),
                                  str(entry["ts"]), str(entry["signature"]),
                                  str(entry["key_id"]))
        except (KeyError, ValueError):
            raise WorkstationMemoryDamaged(path=str(self.state_file)) from None

    def _read(self) -> dict[str, object]:
        try:
            text = self.state_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):  # unreadable, or not UTF-8
            raise WorkstationMemoryDamaged(path=str(self.state_file)) from None
        try:
            data = json.loads(text)
        except ValueError:
            raise WorkstationMemoryDamaged(path=str(self.state_file)) from None
        if not isinstance(data, dict):
            raise WorkstationMemoryDamaged(path=str(self.state_file))
        return data
