"""Words for the desk: conflict notes of a record (« modifié aussi sur PC-… ») and the known PCs."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, text

from app.domain import vocab
from app.domain.cra_fields import Kind
from app.domain.help_request import FIELDS
from app.store import changes, settings
from app.store.db import Database
from app.store.synced import synced_tables

# How a conflict note names a field: a help session's as declared (`note_label`, app/domain/help_request.py),
# the other tables' here (a column not named falls back to its name).
LABELS = {
    **{f.name: f.note_name for f in FIELDS},
    "queue_status": "file d'attente", "visitor_label": "repère du visiteur", "ticket_number": "ticket",
    "deleted": "suppression", "name": "nom", "address": "adresse", "phone": "téléphone", "first_name": "prénom",
    "last_name": "nom", "title": "titre",
}
_VOCABS: Mapping[str, Mapping[str, str]] = {
    **{f.name: f.vocab for f in FIELDS if f.vocab is not None},
    "queue_status": vocab.QUEUE_STATUSES,
}
_JSON_FIELDS = {f.name for f in FIELDS if f.is_json}
_FLAGS = {"deleted", *(f.name for f in FIELDS if f.kind is Kind.FLAG)}


def peers(db: Database) -> dict[str, str]:
    """Device id → PC name, this PC included."""
    with db.read() as s:
        out = {dev: name for dev, name in s.execute(select(changes.peer.c.device, changes.peer.c.name))}
    out[db.device_id] = settings.get(db, settings.DEVICE_NAME) or "ce poste"
    return out


def _show(field: str, raw: Any) -> str:
    if raw is None or raw == "":
        return "(vide)"
    if field in _FLAGS:
        return "oui" if raw else "non"
    if field in _JSON_FIELDS and isinstance(raw, str):
        with contextlib.suppress(ValueError):
            raw = json.loads(raw)
    words = _VOCABS.get(field, {})
    if isinstance(raw, list):
        return ", ".join(words.get(v, str(v)) for v in raw) or "(vide)"
    if isinstance(raw, dict):
        return "…"
    return words.get(str(raw), str(raw)) if isinstance(raw, str) else str(raw)


def _device(hlc: str) -> str:
    parts = hlc.split("-", 2)
    return parts[2] if len(parts) == 3 else ""


def conflict_notes(db: Database, record_id: str) -> list[str]:
    """The concurrent edits of a record that lost, in words, oldest first.

    « modifié aussi sur PC-MEDIATHEQUE : durée 45 → 30 » when the other PC's value won,
    « modifié aussi sur PC-MEDIATHEQUE : durée 30 non retenu (45 gardé) » when this PC's value won.
    """
    names = peers(db)
    with db.read() as s:
        rows = s.execute(
            text(
                "SELECT tbl, field, value, hlc, winner_hlc FROM sync_history "
                "WHERE row_id = :rid AND conflict = 1 ORDER BY id"
            ),
            {"rid": record_id},
        ).all()
        if not rows:
            return []
        tbl = rows[0][0]
        current: dict[str, Any] = {}
        if tbl in synced_tables():
            row = s.execute(text(f'SELECT * FROM "{tbl}" WHERE id = :rid'), {"rid": record_id}).mappings().first()
            current = dict(row) if row else {}
    notes = []
    for _tbl, field, value, hlc, winner_hlc in rows:
        label = LABELS.get(field, field)
        lost = _show(field, json.loads(value))
        now = _show(field, current.get(field))
        winner, loser = _device(winner_hlc), _device(hlc)
        if winner != db.device_id:
            notes.append(f"modifié aussi sur {names.get(winner, 'un autre poste')} : {label} {lost} → {now}")
        else:
            notes.append(
                f"modifié aussi sur {names.get(loser, 'un autre poste')} : {label} {lost} non retenu ({now} gardé)"
            )
    return notes
