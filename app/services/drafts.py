"""Drafts of the session form, one per queue ticket: kept when the conseiller switches to another person or
closes the desk, given back when the ticket is taken again, dropped once the session is saved.

Stored on this PC only (never synced), in `local_setting` under « draft.<ticket id> », as plain JSON values.
Drafts of earlier days are dropped: a ticket lives one day.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import delete, select

from app.store.db import Database
from app.store.models import LocalSetting

PREFIX = "draft."


def save(db: Database, request_id: str, state: dict[str, Any], *, day: date) -> None:
    with db.write() as s:
        s.merge(LocalSetting(key=PREFIX + request_id, value=json.dumps({"day": day.isoformat(), "form": state})))


def load(db: Database, request_id: str) -> dict[str, Any] | None:
    with db.read() as s:
        row = s.get(LocalSetting, PREFIX + request_id)
        text = row.value if row is not None else None
    if text is None:
        return None
    try:
        data = json.loads(text)
        form = data["form"]
    except (ValueError, KeyError, TypeError):
        return None  # a damaged draft is no draft
    return form if isinstance(form, dict) else None


def drop(db: Database, request_id: str) -> None:
    with db.write() as s:
        s.execute(delete(LocalSetting).where(LocalSetting.key == PREFIX + request_id))


def forget_before(db: Database, today: date) -> int:
    """Drop the drafts of earlier days. Returns how many."""
    with db.write() as s:
        rows = s.scalars(select(LocalSetting).where(LocalSetting.key.startswith(PREFIX))).all()
        old = []
        for row in rows:
            try:
                if date.fromisoformat(json.loads(row.value)["day"]) < today:
                    old.append(row.key)
            except (ValueError, KeyError, TypeError):
                old.append(row.key)
        if old:
            s.execute(delete(LocalSetting).where(LocalSetting.key.in_(old)))
        return len(old)
