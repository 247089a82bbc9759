"""This workstation: its name and what it remembers of each database's audit log.

The newest signed checkpoint seen is kept in a small file in the user's data directory, outside
the database, so that a database rolled back to an earlier state is noticed here.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from authdesk.core.audit import CheckpointInfo


@dataclass(frozen=True)
class Workstation:
    name: str
    state_file: Path

    @classmethod
    def local(cls, data_dir: Path, name: str | None = None) -> Workstation:
        return cls(name or os.environ.get("AUTHDESK_WORKSTATION") or socket.gethostname(),
                   data_dir / "workstation-state.json")

    def seen_checkpoint(self, database_id: str) -> CheckpointInfo | None:
        entry = self._read().get(database_id)
        if not entry:
            return None
        try:
            return CheckpointInfo(int(str(entry["seq"])), str(entry["head_hash"]),
                                  str(entry["ts"]), str(entry["signature"]),
                                  str(entry["key_id"]))
        except (KeyError, ValueError):
            return None

    def remember_checkpoint(self, database_id: str, checkpoint: CheckpointInfo) -> None:
        state = self._read()
        previous = state.get(database_id)
        if previous and int(str(previous.get("seq", 0))) > checkpoint.seq:
            return
        state[database_id] = checkpoint.as_dict()
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.replace(tmp, self.state_file)

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}
