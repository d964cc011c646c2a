"""Has anyone else written to the database? One cheap `PRAGMA data_version` on a connection kept for it.

SQLite moves a connection's `data_version` when *another* connection commits (another process too: the
kiosk beside the desk, a sync round, `pasapas queue add`), and reads no table to say so: a screen can ask
every second for the price of a few microseconds, then re-read only when something changed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class ChangeWatch:
    """`changed()`: True once after each commit made by another connection since the last call."""

    def __init__(self, path: Path | str) -> None:
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        self._last = self._version()

    def _version(self) -> int | None:
        if self._conn is None:
            return None
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:  # the file is out of reach for a moment: nothing to tell now
            return None

    def changed(self) -> bool:
        now = self._version()
        if now is None:
            return False
        moved = now != self._last
        self._last = now
        return moved

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
