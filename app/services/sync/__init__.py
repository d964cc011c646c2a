"""Sync between help points through a shared folder: a mailbox of immutable, encrypted segment files."""

from __future__ import annotations

from typing import Any


def conflict_notes(db: Any, record_id: str) -> list[str]:
    """The concurrent edits of a record that lost, in words (see notes.conflict_notes)."""
    from app.services.sync.notes import conflict_notes as notes

    return notes(db, record_id)
