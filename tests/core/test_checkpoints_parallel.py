"""Every test of ``test_checkpoints.py`` again, with the parallel walk forced and compared with
the sequential one (``parallel_walk``): checkpoint rows and events accounted for, the unsigned
tail and the checkpoint interval the log records are judged alike by both walks."""

from __future__ import annotations

from parallel_walk import parallel_walk
from test_checkpoints import *  # noqa: F403  (the tests and their fixtures, run again here)

__all__ = ["parallel_walk"]
