"""The kiosk's database guard: an SQLite authorizer on every connection the kiosk opens.

The kiosk may read the guides (and their search index and pictures), the sites' public details, the per-PC
settings, the PCs' ticket letters, and of the help sessions only the queue's own columns (to number a ticket
as the desk does, `queue.add_arrival`); it may add a queue row, claim this PC's ticket letter, and what change
capture writes with them. Anything else — session records, notes, beneficiaries, conseillers,
the sync history, statistics, any table added later — is refused by SQLite itself (« not authorized »), so a
mistake in the kiosk's code fails loudly instead of showing personal data on a public screen.

One exception, and why it is safe: change capture copies a new row into the sync outbox with
`INSERT INTO sync_outbox … SELECT … FROM help_request`; such a statement reads columns but returns nothing
to the caller. It is recognised as SQLite compiles it (the INSERT into the outbox comes first; a trace
callback marks where one statement ends and the next begins).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import event

from app.store.db import Database

READ_TABLES = frozenset({
    "guide", "guide_image", "guide_fts", "guide_fts_data", "guide_fts_idx", "guide_fts_content",
    "guide_fts_docsize", "guide_fts_config", "site", "local_setting", "sync_row", "sqlite_master",
    "ticket_letter",
})
QUEUE_TABLE = "help_request"
AUDIT_TABLE = "audit_entry"
QUEUE_COLUMNS = frozenset({"id", "ticket_number", "ticket_letter", "day", "site_id", "queue_status", "arrived_at",
                           "deleted"})
# Foreign-key checks of a new queue row look up the referenced keys: ids only, never names.
KEY_COLUMNS = frozenset({("conseiller", "id")})
# audit_entry: the staff PIN's use is written to the audit log (adding a line reads nothing).
INSERT_TABLES = frozenset({QUEUE_TABLE, "local_setting", "sync_outbox", "sync_row", "guide", "guide_image",
                           "guide_fts", "ticket_letter", "audit_entry"})
# FTS5 declares its table as it connects, which SQLite authorizes as an update of sqlite_master (a real one
# needs `writable_schema`, which is denied).
UPDATE_TABLES = frozenset({"local_setting", "sync_row", "guide", "guide_image", "sqlite_master", "ticket_letter"})
CAPTURE_TABLES = frozenset({"sync_outbox", "sync_row"})
# The schema's own triggers keep derived tables (search index, folded texts, statistics summaries): what
# they do is not the kiosk reading anything, and they run only on rows the kiosk itself writes.
TRIGGER_PREFIXES = ("guide_fts_", "help_request_text_", "stats_")
HARMLESS = frozenset({
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT, sqlite3.SQLITE_FUNCTION,
    sqlite3.SQLITE_PRAGMA, sqlite3.SQLITE_RECURSIVE,
})
DENIED_PRAGMAS = frozenset({"writable_schema", "trusted_schema"})


class KioskGuard:
    """The authorizer callback, with the little state it needs to recognise an outbox copy."""

    def __init__(self) -> None:
        self.copying = False  # compiling `INSERT INTO sync_outbox|sync_row … SELECT …`
        self._last = -1
        self.refused: list[str] = []  # what was refused, for the self-test and the tests

    def statement_started(self, _sql: str) -> None:
        """SQLite runs a compiled statement: the next authorizer calls belong to the next one."""
        self.copying = False
        self._last = -1

    def __call__(self, action: int, arg1: str | None, arg2: str | None, _db: str | None, source: str | None) -> int:
        verdict = self._decide(action, arg1, arg2, source)
        self._last = action
        if verdict != sqlite3.SQLITE_OK:
            self.refused.append(f"{action}:{arg1}.{arg2}" if arg2 else f"{action}:{arg1}")
        return verdict

    def _decide(self, action: int, table: str | None, column: str | None, source: str | None) -> int:
        ok, deny = sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY
        if source and source.startswith(TRIGGER_PREFIXES):
            return ok
        if action == sqlite3.SQLITE_PRAGMA:
            return deny if (table or "").lower() in DENIED_PRAGMAS else ok
        if action == sqlite3.SQLITE_SELECT:
            if self._last != sqlite3.SQLITE_INSERT:  # a SELECT of its own, not the source of an outbox copy
                self.copying = False
            return ok
        if action in HARMLESS:
            return ok
        if action == sqlite3.SQLITE_READ:
            if table in READ_TABLES:
                return ok
            if table == QUEUE_TABLE and (column in QUEUE_COLUMNS or self.copying):
                return ok
            if table == AUDIT_TABLE and self.copying:  # the capture of the kiosk's own audit line
                return ok
            if (table, column) in KEY_COLUMNS:
                return ok
            return deny
        if action == sqlite3.SQLITE_INSERT:
            self.copying = table in CAPTURE_TABLES
            return ok if table in INSERT_TABLES else deny
        self.copying = False
        if action == sqlite3.SQLITE_UPDATE:
            return ok if table in UPDATE_TABLES else deny
        return deny  # DELETE, ATTACH, CREATE, DROP, ALTER…: never from the kiosk


def restrict(db: Database) -> KioskGuard:
    """From now on every connection of `db` carries the kiosk's guard (open ones are closed first)."""
    guard = KioskGuard()

    def _install(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_authorizer(guard)
        # Called as each statement starts running, i.e. between one statement's compilation and the next's.
        dbapi_connection.set_trace_callback(guard.statement_started)

    for engine in db.engines:  # both doors: the reads as well as the writes
        event.listen(engine, "connect", _install)
        engine.dispose()  # connections made before this point had no guard
    return guard
