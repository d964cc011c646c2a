"""What one sync round works with (database, network, key, share I/O, progress) and what it reports."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from typing import Any

from app.domain.change_notice import ChangeNotice
from app.services.sync.errors import unavailable
from app.services.sync.folder import Network
from app.services.sync.io import ShareIO
from app.services.sync.junk import Skipped
from app.services.sync.keys import KeyChain
from app.store import sync_book
from app.store.db import Database

Progress = Callable[[int, int, str], None]
Listing = dict[str, list[str]]  # device id -> file names in its folder on the share


@dataclass
class Report:
    """What a round did, as printed by `pasapas sync` and shown in the status bar."""

    exported: int = 0  # changes sent
    imported: int = 0  # changes received and merged
    conflicts: int = 0
    quarantined: int = 0
    skipped: int = 0  # files ignored (torn, foreign, conflict copies, newer format)
    segments_written: int = 0
    segments_read: int = 0
    compacted: int = 0  # own old segments folded into a snapshot
    rekeyed: bool = False
    restored: int = 0  # own segments written again (missing or damaged on the share)
    held: int = 0  # changes set aside here: malformed, or a mass change waiting for a confirmation
    clock_ahead_days: int = 0  # this PC's clock ahead of the shared folder's, in days (0: fine)
    waiting: int = 0  # changes still in the outbox
    problems: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # tables whose rows changed here

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def changed_data(self) -> bool:
        return bool(self.tables)

    def notice(self) -> ChangeNotice:
        """What the round changed here, for the pages that show it (not a local change: no new round)."""
        return ChangeNotice.of(*self.tables, local=False)


class RoundContext:
    """One round's state: the raw connection it writes through, this PC's id, the report being filled."""

    def __init__(self, db: Database, net: Network, chain: KeyChain, io: ShareIO, progress: Progress | None) -> None:
        self.db, self.net, self.io = db, net, io
        self.chain = chain
        self.key = chain.key  # the current generation's: what this PC seals with
        self.keys = chain.keys  # every generation's: what it opens with
        self.progress: Progress = progress or (lambda _d, _t, _x: None)
        self.report = Report()
        self.marked = 0  # snapshots recognised as already applied
        self.skipped = Skipped()
        self.written: list[str] = []  # own files written to the share this round
        self.me = db.device_id
        self.pooled = db.engine.raw_connection()
        self.conn: sqlite3.Connection = self.pooled.driver_connection  # type: ignore[assignment]
        # Rows arrive from several PCs in any order: a session may come before the site it points to.
        self.conn.execute("PRAGMA foreign_keys=OFF")

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA foreign_keys=ON")
        finally:
            self.pooled.close()

    def tx(self) -> AbstractContextManager[None]:
        """A local transaction; the share I/O's « commit » step runs just before it commits (crash tests)."""
        return sync_book.transaction(self.conn, lambda: self.io.step("commit"))

    def applied(self, listing: Listing) -> dict[str, set[str]]:
        """Which of the listed segments are applied here: looked up by name, so a quiet round costs
        what the share holds now, not every segment ever applied."""
        return {
            dev: sync_book.applied_among(self.conn, dev, [n for n in names if n.endswith(".seg")])
            for dev, names in listing.items()
        }

    def share_error(self, exc: OSError) -> Exception:
        return unavailable(exc, str(self.net.root))

    def skip(self, dev: str, name: str, why: str) -> None:
        """A file ignored: counted, and summarised at the end of the round (a few lines, however many)."""
        self.report.skipped += 1
        self.skipped.add(f"{dev[:8]}…/{name[:60]}", why)


