"""A visitor in today's queue, as the desk shows it, and the short ticket called out (« A-12 »)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import ValidationError

# The queue states of a recorded help session: the log, the exports and the statistics count these and
# only these (waiting, in-progress and left tickets are listed, never counted). Migration 0008's
# triggers hold the same rule, written out.
RECORDED = ("done", "redirected")

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I nor O: they read as 1 and 0 when called out or on a screen
_TICKET = re.compile(r"^\s*(?:n°\s*)?([A-Za-z]{0,2})\s*[-‑ ]?\s*(\d{1,4})\s*$")


def letter_sequence() -> list[str]:
    """A, B, … Z, then AA, AB, … for a network of more than 24 desks."""
    return [*LETTERS, *(a + b for a in LETTERS for b in LETTERS)]


def ticket_text(letter: str, number: int | None) -> str:
    if number is None:
        return ""
    return f"{letter}-{number}" if letter else f"n° {number}"


def parse_ticket(text: str) -> tuple[str, int]:
    """(« A », 12) from « A-12 », « a12 », « A 12 »; (« », 12) from « 12 ». Bad input raises naming the field."""
    m = _TICKET.match(text or "")
    if m is None:
        raise ValidationError("ticket", f"« {text} » n'est pas un ticket : une lettre et un numéro, par exemple A-12")
    return m.group(1).upper(), int(m.group(2))


@dataclass(frozen=True)
class QueueEntry:
    """A ticket in the queue (no personal data beyond an optional label typed at the desk)."""

    id: str
    ticket_number: int | None
    visitor_label: str
    queue_status: str
    arrived_at: datetime | None
    started_at: datetime | None
    ticket_letter: str = ""
    themes: tuple[str, ...] = ()

    @property
    def ticket(self) -> str:
        """What is called out: « A-12 » (« n° 12 » for a ticket made without a letter: before letters existed)."""
        return ticket_text(self.ticket_letter, self.ticket_number)

    def waiting_minutes(self, now: datetime) -> int:
        if self.arrived_at is None:
            return 0
        return max(0, int((now - self.arrived_at).total_seconds() // 60))


def next_in_line(entries: list[QueueEntry]) -> QueueEntry | None:
    """The waiting visitor who arrived first (the one to take next)."""
    waiting = [e for e in entries if e.queue_status == "waiting"]
    return min(
        waiting,
        key=lambda e: (e.arrived_at is None, e.arrived_at.timestamp() if e.arrived_at else 0.0, e.ticket_number or 0),
        default=None,
    )
