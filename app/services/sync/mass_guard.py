"""Mass-change guard: a change set that deletes or rewrites a large share of a table waits for a person.

A stolen or copied PC holds the network key and can write a valid segment that deletes every session on
every PC (Joplin's lesson: its issues #961, #6304, #883). Such a set is held (`store.held`), reported,
and applied only once someone confirms it on a desk (`pasapas sync confirm`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from app.domain.merge import META_FIELDS
from app.store.changes import Change, read_rows

MAX_ROWS = 200  # more rows than this deleted or rewritten in one table: held
MAX_SHARE = 0.10  # …or more than this share of the table's rows,
MIN_ROWS = 20  # …once at least this many rows (a site's address edited is not a mass change)
TABLE_WORDS = {"help_request": "accompagnement(s)", "guide": "guide(s)", "site": "lieu(x)",
               "conseiller": "conseiller(s)", "guide_image": "image(s) de guide"}


# A session's site or conseiller moved to the row it was merged into (`app/services/merges.py`) is the
# merge every PC makes on its own, not a rewrite: a merge of a busy site must not wait for a person.
MERGED_POINTERS = {"site_id": "site", "conseiller_id": "conseiller"}


def _differs(current: dict[str, Any], fields: dict[str, Any], merged: dict[str, dict[str, str]]) -> bool:
    for k, v in fields.items():
        if k in META_FIELDS or k not in current or current[k] == v:
            continue
        if k in MERGED_POINTERS and _merged_to(current[k], merged[MERGED_POINTERS[k]]) == v:
            continue
        return True
    return False


def _merged_to(row_id: Any, merged: dict[str, str]) -> Any:
    for _ in range(50):
        if row_id not in merged:
            break
        row_id = merged[row_id]
    return row_id


def _merges(conn: sqlite3.Connection, changes: Sequence[Change]) -> dict[str, dict[str, str]]:
    """Sites and conseillers merged into another: here already, or in this very change set."""
    out: dict[str, dict[str, str]] = {"site": {}, "conseiller": {}}
    for tbl, found in out.items():
        try:
            found.update(conn.execute(f'SELECT id, merged_into FROM "{tbl}" WHERE merged_into IS NOT NULL'))
        except sqlite3.Error:
            continue
    for tbl, rid, _hlc, fields, _prevs in changes:
        if tbl in out and fields.get("merged_into"):
            out[tbl][rid] = fields["merged_into"]
    return out


def mass_change(conn: sqlite3.Connection, changes: Sequence[Change]) -> str | None:
    """Why `changes` must wait for a confirmation (« supprime 5 000 accompagnement(s) sur 5 000 »), or None.

    Counted: existing, not deleted rows that the set deletes, or whose values it changes. New rows,
    values equal to what is here already (a full resend after a re-key) and sessions moved to the site or
    conseiller theirs was merged into are not counted."""
    by_table: dict[str, dict[str, dict[str, Any]]] = {}
    merged = _merges(conn, changes) if any(c[0] == "help_request" for c in changes) else {"site": {}, "conseiller": {}}
    for tbl, rid, _hlc, fields, _prevs in changes:
        by_table.setdefault(tbl, {}).setdefault(rid, {}).update(fields)
    for tbl, rows in by_table.items():
        try:
            current = read_rows(conn, tbl, list(rows))
            total = int(conn.execute(f'SELECT count(*) FROM "{tbl}" WHERE deleted = 0').fetchone()[0])
        except sqlite3.Error:
            continue  # a table this version does not know: those changes wait anyway
        live = {rid: row for rid, row in current.items() if not row.get("deleted")}
        deleted = sum(1 for rid, f in rows.items() if rid in live and f.get("deleted") in (1, True))
        rewritten = sum(1 for rid, f in rows.items() if rid in live and f.get("deleted") not in (1, True)
                        and _differs(live[rid], f, merged))
        n = deleted + rewritten
        if n > MAX_ROWS or (n >= MIN_ROWS and n > MAX_SHARE * total):
            words = TABLE_WORDS.get(tbl, f"ligne(s) de {tbl}")
            parts = [f"supprime {deleted}" if deleted else "", f"modifie {rewritten}" if rewritten else ""]
            return f"{' et '.join(p for p in parts if p)} {words} sur {total}"
    return None
