"""Leave no trace of an erased person in the sync bookkeeping: outbox payloads, history, waiting changes.

An erasure writes blank values through the Session (so that it syncs as a change like any other), but the
change capture keeps the replaced values in `sync_history`, earlier unsent changes still carry them in
`sync_outbox`, and changes set aside (`sync_pending`, `sync_held`, `sync_quarantine`) may hold them too.
`scrub` removes them, in the caller's transaction. It also runs after every sync import that touched an
erased person or their sessions (`after_apply`): the other PCs scrub what the merge put in their history,
and an older edit arriving late cannot bring a name back. With `PRAGMA secure_delete` (every connection
of `app.store.db`) the deleted bytes are zeroed; `checkpoint` then empties the WAL file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.domain.person import PERSONAL_FIELDS, SESSION_PERSONAL_FIELDS
from app.store.changes import chunks

if TYPE_CHECKING:
    from app.store.db import Database

PERSON = "person"
SESSION = "help_request"


def _marks(part: Sequence[str]) -> str:
    return ",".join("?" * len(part))


def erased_people(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> list[str]:
    """Ids of erased persons (among `ids` if given)."""
    if ids is None:
        return [r[0] for r in conn.execute("SELECT id FROM person WHERE erased_at IS NOT NULL")]
    out: list[str] = []
    for part in chunks(list(ids)):
        q = f"SELECT id FROM person WHERE erased_at IS NOT NULL AND id IN ({_marks(part)})"
        out += [r[0] for r in conn.execute(q, tuple(part))]
    return out


def sessions_of(conn: sqlite3.Connection, person_ids: Sequence[str]) -> list[str]:
    out: list[str] = []
    for part in chunks(person_ids):
        out += [r[0] for r in conn.execute(f"SELECT id FROM help_request WHERE person_id IN ({_marks(part)})", part)]
    return out


def _blank_payload(text: str, blank: dict[str, str | None]) -> str:
    fields = json.loads(text)
    for name in blank:
        if name in fields:
            fields[name] = blank[name]
    return json.dumps(fields, separators=(",", ":"), ensure_ascii=False)


def scrub(conn: sqlite3.Connection, person_ids: Sequence[str]) -> None:
    """Remove what the bookkeeping still holds about these erased persons and their sessions."""
    if not person_ids:
        return
    sessions = sessions_of(conn, person_ids)
    for part in chunks(list(person_ids)):
        # Sticky: a late edit from another PC merged over the erasure is blanked again here.
        conn.execute(
            "UPDATE person SET first_name = '', last_name = '', phone = '', email = '', birth_year = NULL, "
            f"commune = '', notes = '' WHERE id IN ({_marks(part)})", tuple(part))
    for part in chunks(sessions):
        conn.execute(f"UPDATE help_request SET notes = '', visitor_label = '' WHERE id IN ({_marks(part)}) "
                     "AND (notes != '' OR visitor_label != '')", tuple(part))
    forget_rows(conn, [(PERSON, list(person_ids), PERSONAL_FIELDS), (SESSION, sessions, SESSION_PERSONAL_FIELDS)])
    for ids in (list(person_ids), sessions):
        for part in chunks(ids):
            conn.execute(f"DELETE FROM sync_pending WHERE row_id IN ({_marks(part)})", tuple(part))
            for rid in part:  # set-aside changes are JSON lists naming the row id
                like = f'%"{rid}"%'
                conn.execute("DELETE FROM sync_quarantine WHERE change LIKE ?", (like,))
                conn.execute("DELETE FROM sync_held WHERE change LIKE ?", (like,))


def forget(conn: sqlite3.Connection, table: str, ids: Sequence[str], fields: Sequence[str]) -> None:
    """Values of `fields` just blanked in these rows: gone from the history and from unsent outbox payloads."""
    forget_rows(conn, [(table, ids, fields)])


def forget_rows(conn: sqlite3.Connection, targets: Sequence[tuple[str, Sequence[str], Sequence[str]]]) -> None:
    """`forget` for several tables at once: the outbox (no index on row ids) is read once per 400 ids."""
    blank: dict[tuple[str, str], dict[str, str | None]] = {}
    for table, ids, fields in targets:
        names = ",".join(f"'{f}'" for f in fields)
        for part in chunks(list(ids)):
            conn.execute(f"DELETE FROM sync_history WHERE tbl = ? AND row_id IN ({_marks(part)}) "
                         f"AND field IN ({names})", (table, *part))
        for rid in ids:
            blank[(table, rid)] = {f: (None if f == "birth_year" else "") for f in fields}
    for part in chunks(sorted({rid for _t, rid in blank})):
        rows = conn.execute(f"SELECT seq, tbl, row_id, fields FROM sync_outbox WHERE row_id IN ({_marks(part)})",
                            tuple(part)).fetchall()
        conn.executemany("UPDATE sync_outbox SET fields = ? WHERE seq = ?",
                         [(_blank_payload(text, blank[(tbl, rid)]), seq) for seq, tbl, rid, text in rows
                          if (tbl, rid) in blank])


def after_apply(conn: sqlite3.Connection, touched_ids: Sequence[str]) -> None:
    """After a sync import: scrub the erased persons it touched, or whose sessions it touched."""
    if conn.execute("SELECT 1 FROM person WHERE erased_at IS NOT NULL LIMIT 1").fetchone() is None:
        return  # the usual case: nobody was ever erased here, nothing to look at
    people = set(erased_people(conn, touched_ids))
    for part in chunks(list(touched_ids)):
        q = (f"SELECT DISTINCT h.person_id FROM help_request h JOIN person p ON p.id = h.person_id "
             f"WHERE p.erased_at IS NOT NULL AND h.id IN ({_marks(part)})")
        people |= {r[0] for r in conn.execute(q, tuple(part))}
    scrub(conn, sorted(people))


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Fold the WAL into the file and truncate it (the old pages, with the erased values, go). False: busy."""
    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(row) and row[0] == 0


def fold_wal(db: Database) -> bool:
    """`checkpoint` on a connection of its own (outside any transaction)."""
    raw = db.engine.raw_connection()
    try:
        return checkpoint(raw.driver_connection)  # type: ignore[arg-type]
    finally:
        raw.close()
